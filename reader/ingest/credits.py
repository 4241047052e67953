"""Photo credits, by their shape rather than a list of agencies.

"(Yonhap)", "(AP Photo/Jane Doe)", "(File photo)", "Photo: Jane Doe/Staff",
"Credit: NASA/ESA", "Kena Betancur/Getty Images", "Bloomberg via Getty Images".
"""

from __future__ import annotations

import functools
import re

from reader.ingest.byline import NEWSPAPER_WORDS, ROLE_WORDS
from reader.ingest.chrome import CHROME_LINES, CHROME_WORDS, NETWORKS, without_new_window

# Lower-case words a parenthesised credit may hold besides names and agencies.
_CREDIT_WORDS = frozenset(
    "photo photos file image images picture pictures pool handout via courtesy of for the and "
    "staff photographer photographs photograph credit illustration video screenshot still "
    "archive archives supplied contributed by de del da di".split()
)
# Where a picture came from, a line of its own: "Photo from Jane Doe's Facebook page", "Image from Instagram".
_FROM_SOURCE = re.compile(r"^(?:Photo|Image|Picture)s? from (?P<credit>[A-Z][^.!?:]{0,60}\b(?:page|account|website)"
                          r"|(?:[A-Z][^.!?:]{0,60}\s)?(?:Facebook|Instagram|Twitter|YouTube|TikTok))$")
_MIN_TERMS_WORDS = 2  # "NO RESALES."
# What a wire's terms of use speak of: "MANDATORY CREDIT", "NO RESALES", "EDITORIAL USE ONLY", "THIRD PARTY".
_TERMS_WORD = re.compile(r"\b(?:CREDIT|RESALES?|ARCHIVES?|EDITORIAL|USE|THIRD|PARTY|SUPPLIED|MANDATORY|SALES?|"
                         r"MARKETING|ADVERTISING|LICENSING|COMMERCIAL)\b")
_MAX_LINK_WORDS = 4  # a link a dump glues after a credit with its note for screen readers
_PARENTHESISED = re.compile(r"\(([^()]{2,80})\)\s*$")
# "Photo: ...", "Photograph by ...", "Credit ...", "Picture courtesy of ...", "Image source, ..." near the end;
# a dump may glue the picture's text on ("Jane DoeImage source, Courier"), and a copy the label's hidden
# ellipsis ("... at the pier.Credit...Jane Doe/Harbour Media"). "Image Source: Jane Doe" may be
# wrapped under a paragraph by a dump: the colon after "source" stays no credit's label.
_LABELLED = re.compile(
    r"(?:^|[\s.;]|(?<=[a-z])(?=(?-i:[A-Z])))(?:Photo(?:graph)?s?|Pictures?|Images?|Credits?|Photographer|Illustration|"
    r"Foto)(?:(?:\s+(?:by|courtesy(?:\s+of)?|credit)\s*:?|\s+source\s*,|\s*:)\s+|\s*(?:\.{3}|…)\s*)(?=\S)"
    r"(?P<credit>[^:]{2,90})$",
    re.I,
)
# "Jane Doe/Reuters", "NASA/ESA", "Kriswanto/AFP/Getty Images": a line, or after a sentence.
# "Jane Doe - Agency/Getty Images": the photographer, a dash and the agencies.
# "@jdoe/via Reuters": a reader's picture, their handle and the agency that passed it on.
# "Jane Doe/Agency Images/LightRocket via Getty Images", "Jane Doe/Pool via AP": the last agency passed it on to
# the one that sells it, named as one ("... Images", capitals); "Westfold/Harrowgate via Kettle Junction" is a route.
_SLASHED = re.compile(r"(?:^|(?<=[.!?\"”’)])\s)(?P<credit>(?:@\w+|[A-Z][\w.'’&-]*(?:\s(?:[-–]\s)?[A-Z][\w.'’&-]*){0,3})"
                      r"(?:/(?:via\s)?[A-Z][\w.'’&-]*(?:\s[A-Z][\w.'’&-]*){0,3})+"
                      r"(?:\svia\s(?:(?:[A-Z][\w.'’&-]*\s){0,2}(?:Images|Photos|Pictures)|[A-Z]{2,}(?:\s[A-Z]{2,})?))?)$")
# "Jane Doe  /  AP": the slash spaced as some templates print it, a line of its own or after a caption's sentence.
_SPACED_SLASH = re.compile(r"(?:^|(?<=[.!?\"”’)])\s)(?P<credit>[A-Z][\w.'’&-]*(?:\s[A-Z][\w.'’&-]*){0,3}\s+/\s+[A-Z][\w.'’&-]*"
                           r"(?:\s[A-Z][\w.'’&-]*){0,3})$")
# "Jane Doe and Tom Roe / YouTube": the people a still from a video shows, then the network it is from (a book's
# title and its author, "Pride and Prejudice / Jane Austen", name no network).
_STILL = re.compile(rf"^(?P<credit>[A-Z][\w.'’-]*(?:\s(?:and\s)?[A-Z][\w.'’-]*){{1,3}}\s+/\s+(?i:{NETWORKS}))$")
_MAX_SLASHED_CHARS = 120  # a credit's length at most, photographer and agencies
_VIA = re.compile(r"(?:^|(?<=[.!?\"”’)])\s)"
                  r"(?P<credit>[A-Z][\w.&-]*(?:\s[A-Z][\w.&-]*){0,3}\svia\s[A-Z][\w.&-]*"
                  r"(?:\s[A-Z][\w.&-]*){0,2})$")
# "Courtesy of Harbour Estates", "Photo courtesy of the family": whoever lent the picture, in any case;
# after a caption's last word too ("Homes on Palm Drive Courtesy of Zillow").
_COURTESY = re.compile(
    r"(?:^|(?<=[.!?\"”’)])\s|\s(?=(?:Photo\s+)?Courtesy\b))(?P<credit>(?:Photo\s+)?[Cc]ourtesy\s+of\s+\S[^.!?:]{0,80})$"
)
# After a caption's one sentence, a word alone saying where the picture came from: "... at the pier. Supplied"; a
# brief's last paragraph may end so too, "... call the club. Submitted", but after sentences more than one.
_PROVENANCE = re.compile(r"(?<=[.\"”’)])\s+(?P<credit>Supplied|Handout|Submitted|Contributed)$")
_SENTENCE_GOES_ON = re.compile(r"[.!?][\"”’)]?\s+\S")
# What a picture's source ends on: "The Northern Courier", "Getty Images", "Harbour Press".
_SOURCE_LAST_WORDS = NEWSPAPER_WORDS | frozenset("images photos pictures press media globe agency wire".split())
_NETWORKS = frozenset(NETWORKS.split("|"))
_MAX_CREDIT_WORDS = 10
# What names a picture agency in a credit: "via", "Images", "Pool", a wire's name in capitals ("EPA-EFE", "AFP").
_AGENCY_MARK = re.compile(r"\b(?:(?i:via|images|photos|pictures|press|pool|handout|getty|reuters)|[A-Z]{2,})\b")
_GOING_ON = frozenset("and or & but".split())
_OPENING_QUOTES = "\"“‘'"
_QUOTE_ENDS = tuple(f"{mark}{quote}" for mark in ".!?" for quote in "\"”’'")
_MIN_QUOTE_WORDS = 20  # a pull quote over a photo's credit is a line; a quoted passage reads as a paragraph
_PICTURE_WORD = re.compile(r"\b(?:photo\w*|pictures?|images?|illustration|video|screenshot|still)\b", re.I)
# A picture's description a dump prints from its alt text: "A woman wearing a green coat standing by the sea."
_MAX_DESCRIPTION_CHARS = 300
_MIN_DESCRIPTION_WORDS = 5  # "A spelling bee." names a thing
_DESCRIPTION = re.compile(r"^An? (?:[\w'’-]+,? ){0,6}?[a-z]+ing\b")
_FINITE = re.compile(
    r"\b(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|should|shall|did|does|do|said|says|"
    r"told|tells|[a-z]{3,}ed)\b|[.!?][\"”’']?\s+\S|\b(?:I|we|you|he|she|they|it)\b", re.I)
_MIN_ASIDE_TITLE_WORDS = 3
_ASIDE_TITLE_SHARE = 0.8  # "Risotto with Wild Garlic": a title may leave a longer word small
_MAX_BUTTON_WORDS = 2
_MIN_CAPTION_WORDS = 3
_SIGN_OFF = re.compile(r"\b(?:reporting|editing|writing|compiled|update|updated)\b|;", re.I)
# A headline's label in capitals, one word: "(VIDEO)", "(PHOTOS)": what the story holds, no one credited.
_MEDIA_LABEL = re.compile(r"(?:VIDEOS?|PHOTOS|PICS|PICTURES|AUDIO|WATCH|LISTEN|GALLERY|INFOGRAPHIC|POLL|MAPS?|LIVE)")


# The button after a caption's credit that hides or shows it: "... Tom Roe/AP hide caption".
_CAPTION_BUTTON = re.compile(r"\s+(?:hide|toggle) caption$")  # in small letters, as the site prints it


@functools.lru_cache(maxsize=4096)  # asked several times per line while a page is read
def credit_at_end(text: str) -> str | None:
    """The photo credit a line ends with, or None."""
    text = caption_without_button(text.rstrip())
    if text.endswith(".") and text.rsplit(" ", 1)[-1].isupper():
        # "... /via REUTERS THIS IMAGE HAS BEEN SUPPLIED BY A THIRD PARTY. NO RESALES.": a wire's terms of use in
        # capitals after the credit, from where the credit before them ends.
        words = text.split(" ")
        shouted = len(words)
        while shouted > 0 and words[shouted - 1].isupper():
            shouted -= 1
        for cut in range(max(shouted, 1), len(words) - _MIN_TERMS_WORDS + 1):
            if words[cut - 1].endswith(".") or not words[-1].endswith("."):
                continue
            terms = " ".join(words[cut:])
            if _TERMS_WORD.search(terms) and (credit := _credit_at_end(" ".join(words[:cut]))):
                return " ".join([credit, terms])
    if (credit := _credit_at_end(text)) is not None:
        return credit
    if text.endswith(".") and not text.endswith("..") and "/" in text[-_MAX_SLASHED_CHARS:]:
        # "Photo: By Jane Doe/Courier/Getty Images.": a full stop after a credit of agencies between slashes.
        credit = _credit_at_end(text[:-1])
        return credit + "." if credit is not None and "/" in credit and not credit.startswith("(") else None
    return None


def _credit_at_end(text: str) -> str | None:
    match = _PARENTHESISED.search(text)
    if match:
        # "... in 2026 (and Reach Millions)": a headline's aside goes on with "and", a credit never starts so.
        goes_on = match[1].split()[0] in _GOING_ON and "/" not in match[1]  # "(Or Kaplan/Press)" credits Or Kaplan
        return match.group(0).strip() if _is_credit(match[1]) and not goes_on and not _quoted_source(
            text, match) else None
    for pattern, cue in ((_LABELLED, ""), (_SLASHED, "/"), (_SPACED_SLASH, "/"), (_STILL, "/"), (_VIA, "via"),
                         (_PROVENANCE, "")):
        match = pattern.search(text) if cue in text else None  # the cheap test first: most lines have no slash
        if pattern is _SPACED_SLASH and match and match.start() > 0 and not _names_an_outlet(match["credit"]):
            continue  # "... said the stallholder. Agnes Pollard / Retired Teacher": a speaker and their trade
        if pattern is _PROVENANCE and match and _SENTENCE_GOES_ON.search(text, 0, match.start()):
            continue
        if match and _is_credit(_parties(match["credit"]) if pattern is _LABELLED else match["credit"]):
            return match.group(0).strip()
    if (source := _FROM_SOURCE.match(text)) is not None:
        return source.group(0)
    match = _COURTESY.search(text) if "ourtesy" in text else None
    if match and len(match["credit"].split()) <= _MAX_CREDIT_WORDS:
        return match.group(0).strip()
    return None


def _names_an_outlet(credit: str) -> bool:
    # After a caption's sentence, the slash spaced: "Jane Doe / The Courier", "Jane Doe / Reuters", "Tom Roe / AP",
    # or the network a picture was posted on, then its poster ("Twitter / Jane Doe"); a quoted speaker's trade is no
    # outlet ("Agnes Pollard / Stallholder").
    first, _, last = credit.rpartition("/")
    words = last.split()
    return (words[-1].casefold() in _SOURCE_LAST_WORDS or words[-1].isupper()
            or ROLE_WORDS.fullmatch(words[-1]) is not None or first.strip().casefold() in _NETWORKS)


def _parties(credit: str) -> str:
    # Under a picture's label, a semicolon parts those credited ("Photograph: Jane Doe; Getty Images"),
    # as a comma would; a wire story's sign-off has no such label.
    return credit.replace(";", ",")


def _quoted_source(text: str, credit: re.Match[str]) -> bool:
    """A quoted passage of sentences and where it was read, no picture's: "‘We ... us.’ (Via The Courier)"."""
    quote = text[: credit.start()].rstrip()
    return (quote[:1] in _OPENING_QUOTES and quote.endswith(_QUOTE_ENDS)
            and len(quote.split()) >= _MIN_QUOTE_WORDS and not _PICTURE_WORD.search(credit[1]))


def titles_an_aside(text: str) -> bool:
    """A title-case line ending in a parenthesised aside, not a caption's credit: "Barley Risotto (Farmhouse Style)".

    A caption's text is a sentence; a parenthesised credit after a title holds a slash or a credit word
    ("Mayor Jane Doe (AP Photo)", "(Jane Doe/Courier)").
    """
    credit = credit_at_end(text)
    if credit is None or not credit.startswith("(") or "/" in credit:
        return False
    if any(word.casefold().strip("().,") in _CREDIT_WORDS for word in credit.split()):
        return False
    longer = [word for word in text.rstrip()[: -len(credit)].split() if sum(char.isalpha() for char in word) > 3]
    return len(longer) >= _MIN_ASIDE_TITLE_WORDS and sum(
        word[0].isupper() for word in longer) >= _ASIDE_TITLE_SHARE * len(longer)


def caption_without_button(text: str) -> str:
    """A caption without the gallery button copied after its credit: "... (AP Photo/Jane Doe) more >", the button
    that hides it ("... Tom Roe/AP hide caption"), or the link a dump glues on with its note for screen readers:
    "... REUTERS/Jane Doe Purchase Licensing Rights, opens new tab"."""
    text = _CAPTION_BUTTON.sub("", text)
    if (bare := without_new_window(text)) != text:
        words = bare.split()
        link = next((n for n in range(_MAX_LINK_WORDS, 0, -1) if " ".join(words[-n:]).casefold() in CHROME_LINES), 0)
        text = " ".join(words[: len(words) - link]) if link else text
    words = text.split()
    kept = len(words)
    while kept > 1 and len(words) - kept < _MAX_BUTTON_WORDS and (
            words[kept - 1].casefold() in CHROME_WORDS or not any(char.isalnum() for char in words[kept - 1])):
        kept -= 1
    return " ".join(words[:kept]) if kept < len(words) and words[kept - 1].endswith(")") else text


def names_a_picture(caption: str) -> bool:
    """False for a "caption" of one or two words: a credit alone ("Reuters") or a label ("Open Future")."""
    return len(caption.split()) >= _MIN_CAPTION_WORDS


def describes_a_picture(text: str) -> bool:
    """A picture's description from its alt text: "A camel crossing a desert highway, with power lines
    along the road": a noun and a participle, no verb that tells a story."""
    return (len(text) <= _MAX_DESCRIPTION_CHARS and len(text.split()) >= _MIN_DESCRIPTION_WORDS
            and _DESCRIPTION.match(text) is not None and not _FINITE.search(text))


def is_credit_only(text: str) -> bool:
    """A line that is nothing but a credit: "(Juni Kriswanto/AFP)", "Credit: NASA"."""
    credit = credit_at_end(text)
    return credit is not None and len(credit) >= len(text.strip()) - 1


def is_labelled_credit(text: str) -> bool:
    """A line that is a labelled credit and nothing else: "Image: Jane Doe", "Photo: NASA"."""
    match = _LABELLED.match(text.strip())
    return match is not None and _is_credit(match["credit"])


def _is_credit(inside: str) -> bool:
    if _SIGN_OFF.search(inside):
        return False  # "(Reporting by Jane Doe; Editing by Tom Roe)" ends a wire story
    if _MEDIA_LABEL.fullmatch(inside.strip()):
        return False
    words = inside.replace("/", " ").split()
    # "Jane Doe/Courier Tom Roe/Pool/AFP via Getty Images": a slash runs two parties' words together, a word each,
    # where an agency is named (places a slash parts are no credit: "Eastmere Central/Holm Bay/Skerry Point/...").
    longest = _MAX_CREDIT_WORDS + (inside.count("/") if _AGENCY_MARK.search(inside) else 0)
    if not words or len(words) > longest or inside.rstrip().endswith((".", "!", "?")):
        return False
    if not any(char.isalpha() for char in inside):
        return False  # "(1/2)": a thread's post counted, no one credited
    if "/" in inside:
        # "View/Post Comments", "Print/Email": links between slashes, not a photographer and an agency.
        return not all(word.casefold() in CHROME_WORDS for word in words)
    return all(
        word.casefold().strip(".,") in _CREDIT_WORDS or not word[0].isalpha() or word[0].isupper()
        for word in words
    ) and any(word[0].isupper() for word in words)
