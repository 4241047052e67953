"""Pick the headline of a scraped page among the units before its body.

Each candidate is scored on how much it looks like a title, how close it sits
to the body, the byline or the date, how many words it shares with the lede,
and whether the page repeats it (a breadcrumb, a "Share: <headline>" line, the
headline printed twice).
"""

from __future__ import annotations

import unicodedata
from bisect import bisect_right
from collections import Counter
from collections.abc import Sequence
from itertools import accumulate

import re

from reader.ingest.byline import NEWSPAPER_WORDS, without_leading_marks
from reader.ingest.chrome import (
    CHROME_LINES, CHROME_WORDS, is_chrome, is_chrome_or_buttons, is_privacy_opt_out, is_share_bar, is_share_word,
    link_label,
)
from reader.ingest.credits import credit_at_end, is_credit_only
from reader.ingest.dates import MONTH_WORD, leading_date, loose_date_line, starts_with_date_note
from reader.ingest.prose import CJK, ends_sentence, stoplist, title_cased, words_of

_MIN_CHARS = 12
_ANCHOR_ABOVE = 6
_DATE_ABOVE = 10  # a date line over a share bar, a button a line, then the headline
_MAX_CHARS = 250
_MAX_WORDS = 40
# A menu's item, a label of up to three words and its blurb: "Forums : Read the rules".
_LABELLED_ITEM = re.compile(r"^[^\s:|]+(?: [^\s:|]+){0,2} [:|] \S")
_MENU_RUN = 3  # three such lines in a row are a menu, not a headline over its standfirst
_MAX_BAR_BUTTONS = 12  # a share bar's buttons a line each between a headline and its byline, at most
_FIRST_LINE = 3.0  # as much as a byline right under a line: the copy starts with its headline
_HEADING_BONUS = 1.0  # a heading of the page, as a dump sets it apart; menus and cards are headings too
_WIRE_STYLE = 1.5  # the bonus of a line right under a date or byline: wire services print the headline there
_MAX_ITEMS_BELOW = 2  # "Opinion", "Analysis": more short items under a line are a menu it belongs to
_CLOSING_QUOTES = "\"'”’»"
_TRAILING_SYMBOLS = ("So", "Sk", "Mn", "Cf")  # emoji, their skin tones, variation selectors and joiners
SHORT_TITLE_ABOVE = 2  # a title of two words only right above the body, not in a menu higher up
_SHORT_TITLE_MALUS = 1.0
_SHORT_WORD = 3  # "a", "of", "the": title case leaves them alone
_MAX_SHORT_TITLE_WORDS = 8
_MIN_CAPITALISED = 3
_MIN_HEADLINE_WORDS = 5  # a kicker above a headline is shorter ("Russia's war")
_MIN_HEADLINE_STOPWORDS = 0.15
_MIN_STANDFIRST_WORDS = 10  # a standfirst is a sentence or two, longer than a kicker or a short title
_MAX_CLIMB = 2
_MIN_SUMMARY_LINES = 4  # a headline over three or more points of a summary
_MIN_SUMMARY_WORDS = 4
_SUMMARY_CAPITALS = 0.5
_REPEATED_BLOCK = 2.0
_INSIDE_BYLINE_BLOCK = 3.0
_STANDFIRST_STOPWORDS_MORE = 0.15  # a standfirst's share of small words over its headline's, at least
_STANDFIRST_LENGTHS = 1.5  # a standfirst sharing no word with its headline is much longer than it
_MAX_TWO_SENTENCE_WORDS = 20  # "Goats ruled this island. Now its birds are back." is short; a paragraph runs on
_SENTENCE_BREAK = re.compile(r"(?:[a-z]{2}|\d)[.!?][\"”’]?\s+[A-Z]")  # one sentence ends and the next starts
_MENU_WORDS = 2  # "Videos Sign In Subscribe": buttons' words, not a headline's
_SHARE_BUTTONS_AFTER = 2  # one button's word may end a headline ("... to tweet"); two in a row never do
_SHARE_VERBS = frozenset("tweet share pin email e-mail".split())
_MAX_MESSAGE_WORDS = 4
_READER_WORDS = frozenset("you your we".split())
_MAX_MENU_ITEM_WORDS = 3  # "Mobile & Apps" printed again alone: the footer's menu, no headline's copy
_ITEM_WORDS = 2  # a menu's item or a button on a line of its own: "Opinion", "Sign in"
_DOMAIN = re.compile(r"\w\.(?:com|org|net|co\.uk|com\.au)\b", re.I)
# An address, or one a page hides from robots until its script runs: "[email protected]".
_ADDRESS = re.compile(r"\S@\S+\.\w|https?:|www\.|\[email\s+protected\]")
_WIDGET = re.compile(r"\[[^\[\]]*[\s_]\]")  # a dump's select box or text field, blank at its end
_FORM_MESSAGE = re.compile(r"\*[A-Za-z]")  # a form's required mark glued to its message; a list's bullet has a space
_FORM_LABELS = re.compile(r"\w\*(?:\s.*)?\w\*(?:\s|$)")  # two fields' labels, each with its required mark: "Name* Email*"
_TOPICS = re.compile(r"^(?:tags?|topics?|categories|category|keywords?|filed under)\s*:", re.I)
# A review's cast, names listed after the label: "Cast : Jane Doe, Tom Roe, Mo Lee".
_CAST = re.compile(r"^(?:cast|starring)\s*:\s*(?-i:[A-Z])[^,:]*(?:(?:,| and| &)\s*(?-i:[A-Z])[^,:]*)+$", re.I)
# "#Hollywood#Hugh jackman#Movie review": tags run together, a word or two each and nothing after them.
_HASHTAGS = re.compile(r"^(?:#[^#\s]+(?: [^#\s]+)?\s?){3,}$")
_MORE_TOPICS = re.compile(r"^(?P<section>[A-Z][\w'’-]*(?: (?:&|[A-Z][\w'’-]*)){0,3}) (?:More|Tags|Topics):\s")
_QUOTED = re.compile(r"^(?:'[^']+'|\"[^\"]+\"|‘[^‘’]+’|“[^“”]+”)$")
_QUOTED_MALUS = 2.0
_WRITERS_CARD_MALUS = 2.0
_PICTURE_OF = re.compile(r"^(?:photo|picture|image|avatar|portrait|head ?shot)\s+of\s", re.I)
# What a picture's text says its subject does: "Jane Doe stands in front of the office", "... poses with ...".
_POSING = re.compile(r"\b(?:stands?|standing|sits?|sitting|poses?|posing|pictured|smiles?|smiling|waves?|waving"
                     r"|looks on|walks?|walking|holds?|holding|speaks?|speaking)\b")
_PICTURE_UNDER_DECK = 10  # the share buttons and a sign-up link between a standfirst and the lead picture's text
_CARD_REACH = 12  # a card is a kicker, a title, the name: a few of them over one title
_MIN_WRITERS_CARDS = 2
_MAX_SIGNATURE_WORDS = 4
_SHORTENED_COPY = 2.0
_ARTICLE_NOTICE = re.compile(r"^this (?:article|story|post|page) (?:is|was|has|contains)\b", re.I)
_SPACED_DASH = re.compile(r"\s[-–—]\s")  # a tab's title and the site's name: "<headline> - The Courier"
_OUTLET_WORDS = NEWSPAPER_WORDS | frozenset("daily weekly magazine".split())  # a site's name: "The Harbour Daily"
_SEPARATOR = re.compile(r"\s(?:[|•»›>/]{1,2})\s")  # a breadcrumb's or a tab title's parts: "Recipes >> Cakes"
_CRUMBS = re.compile(r"[A-Z][\w&'’-]*(?: (?:[A-Z][\w&'’-]*|and|of|&))*")  # a breadcrumb's items: no comma, no clause
# The arrows between a breadcrumb's items: "Home -> Tech -> <headline>", "Blog Home>Security > <headline>".
_CRUMB_ARROW = re.compile(r"\s*(?:->|→|»|›|>)\s*")
_MAX_CRUMB_WORDS = 3  # an item of a breadcrumb: "Facts & Figures", "Blog Home"
_CRUMB_ROOTS = frozenset(("home", "welcome", "news", "main page", "front page", "start"))
_SHORT_COPY_REACH = 5  # a date, "by", the name and a button between a headline and its short copy
_MIN_WORDS_CUT = 3  # "For Holiday Parties, <headline>": a longer headline holds a clause more, not a site's name
_PLAYER_WORDS = ("Watch", "Play", "Listen")
_PLAYER_BUTTON = re.compile(rf"\s(?:{'|'.join(_PLAYER_WORDS)})$")
_PLAYED_CARDS = 3  # lines ending in the same player's button: a playlist's cards
# A product's name in small letters with a capital inside starts a title too: "iOS 14 ...", "eBay ...".
_CAMEL_CASE_START = re.compile(r"^[^\w]*[a-z]+[A-Z][\w-]*\s")
_IMAGE_FILE = re.compile(r"\.(?:jpe?g|png|gif|webp)\b", re.I)
# A button glued to the end of a teaser or an offer: "... employment during... Read More", "Free Gift Subscribe Today".
_GLUED_BUTTON = re.compile(
    r"(?:[.…?!]\s*(?:Read More|Learn More|Continue Reading)|\s(?:Subscribe|Sign Up|Join|Shop|Buy|Order) (?:Now|Today))\W*$"
)

# A magazine issue's months or season and its year: "March/April 2026 Issue", "Winter 2026 issue".
_ISSUE = re.compile(
    rf"^(?:{MONTH_WORD}(?:\s*[/–-]\s*{MONTH_WORD})?|Winter|Spring|Summer|Autumn|Fall)\s+\d{{4}}\s+issue$", re.I)
# What a page's buttons and links say, never a title: where they lead ("Back to the front page"), a story
# saved or shared ("Saved to Reading List", "View more sharing options"), readers' contributions and alerts
# ("Add More Videos or Photos", "Receive email updates on new comments!", "Add a comment"), the story next or before.
_BUTTON_TEXT = re.compile(
    r"(?:back|return|go back) to (?:the )?"
    r"(?:front page|home ?page|home|top|main page|index|previous page|search results)\W*$"
    r"|(?:saved?|added|add|removed?) (?:to|from) (?:your |my )?"
    r"(?:reading list|favou?rites|bookmarks|saved (?:articles|stories))\b"
    r"|(?:view|show|see|hide) (?:more |all |fewer )?(?:sharing|share) options\b"
    r"|(?:add|upload|submit) (?:more |your )?(?:videos?|photos?)(?: (?:or|and|&) (?:videos?|photos?))?\W*$"
    r"|(?:receive|get) (?:e-?mail )?(?:updates|alerts|notifications) (?:on|for|about|of) (?:new )?"
    r"(?:comments|replies)\b"
    r"|(?:next|previous|prev\.?) (?:story|article|post)\b"
    r"|(?:add|leave|post|write) a (?:comment|reply)\W*$"
    r"|report (?:this|a) (?:post|article|story|comment)\W*$",
    re.I,
)
# A link's text after the site's name or a picture's, or glued to a name: "The Courier - Back to home",
# "Jane Doe Click here to view Jane Doe's profile".
_LINK_AFTER = re.compile(r"\s[-–—|:]\s+(?P<link>\S.*)$")
_MIN_TAG_WORDS = 8  # a headline in capitals this long holds a function word ("OF", "IN", "TO")
_SLUG = re.compile(r"[\w']+(?:-[\w']+){2,}")  # "Harbour-tides-at-dawn-a1f3c9": a file's name, words run together
_CLICK_HERE = re.compile(r"\bclick here to (?:view|see|visit|open|read)\b", re.I)
# Buttons a copy runs together at a line's end, three or more: "... Advisor FollowUnfollowFollowingLoading".
_GLUED_BUTTONS = re.compile(r"\b(?:[A-Z][a-z]+){3,}$")
_CAPITALISED_PART = re.compile(r"[A-Z][a-z]+")  # one button of glued ones: "Follow" of "FollowUnfollow"
# A button's picture, as a dump prints its text: "Pin it button big", "Share button".
_BUTTON_PICTURE = re.compile(r"\bbuttons?\b", re.I)
_MAX_BUTTON_PICTURE_WORDS = 6  # "Pin it button big": longer, a sentence that speaks of a button

# Where someone stands in a picture, as only its caption says: "Jane Doe (left) and Tom Roe", "(L-R)".
_IN_PICTURE = re.compile(r"\((?:left|right|center|centre|(?:from )?l(?:eft)?\s?(?:-|to)\s?r(?:ight)?"
                         r"|from left|second (?:left|right|from (?:left|right)))\)", re.I)
# A picture's text saying whom it shows, the crop's note after: "Head shot of Jane Doe (2018 square)".
_PORTRAIT_TEXT = re.compile(r"^head ?shot of (?-i:[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){1,3})"
                            r"(?: \([^()]{1,30}\))?$", re.I)
# A video's card: its length and where it came from, after its title or alone: "... 02:02 - Source: CNN".
_VIDEO_CARD = re.compile(r"(?:^|\s)\d{1,2}:\d{2}(?::\d{2})? - Source: [A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,2}$")
# "By Jane Doe": a line that opens as a byline does, the writer's name after it.
BY_FIRST = re.compile(r"^by\s+", re.I)
# Badges, a count before each: "1 weather alerts 1 closings/delays".
_COUNTERS = re.compile(r"(?:\d[\d,.]*[kKmM]? [^\d\s]+(?: [^\d\s]+)? ?){2,}$")
# A comment counter, an icon's text a dump prints after it at most: "12 comments", "1 comment bubble on white".
_COMMENT_COUNT = re.compile(r"\d[\d,.]*[kKmM]?\s+comments?\b(?:\s+[a-z]+){0,4}$", re.I)
# A label over the title of the story a page links to next: "Next Story", "Up next".
_NEXT_LABEL = re.compile(r"(?:(?:next|previous|prev\.?) (?:story|article|post)|up next|read next|next up)\W*$", re.I)

# A dump's number before an ordered list's item: " 3. <headline>".
_LIST_NUMBER = re.compile(r"\s*(?P<number>[1-9]\d?)\.\s+")
# A label in capitals run into the headline, its words long, the last no verb's or plural's "S": "SPONSORED
# SUPPLEMENT", not "QUEEN OPENS" or "MARTA DELACROIX".
_CAPITALS_LABEL = re.compile(r"(?:[A-Z]{7,} ){1,2}[A-Z]{6,}[A-RT-Z] (?=[A-Z][a-z])")
# A line that is one text twice, glued or a space between: "<headline> <headline>".
_PRINTED_TWICE = re.compile(r"(?P<once>\S.{10,}?) ?(?P=once)$")
# A template's placeholder a page left in: "<?dummy-text Drophead goes here ?>".
_MARKUP = re.compile(r"^<[?!/]?[A-Za-z].*>$")
# A caption's label on a line of its own, the caption on the next: "Image caption,", "Caption:".
_CAPTION_LABEL = re.compile(r"(?:(?:image|photo|picture) )?caption\s*[,:]?$", re.I)


def under_next_label(texts: Sequence[str], index: int) -> bool:
    """A line right under "Next Story" or "Up next": the title of another story. Under "Previous post" / "Next post"
    a line each, the two are bare buttons, and the line under them this story's own headline."""
    return (index > 0 and _NEXT_LABEL.match(texts[index - 1].strip()) is not None
            and not (index > 1 and _NEXT_LABEL.match(texts[index - 2].strip())))


def headline_as_printed(text: str, above: str, below: str = "") -> str:
    """The headline without what a dump adds to it: the number of a breadcrumb's last item
    ("1. Home", "2. Careers", "3. <headline>"), or a picture's text printed with it ("<headline> <headline>");
    or the headline on the line below when a copy runs a breadcrumb into it above ("HomeLatest News<headline>")."""
    # The line below may print it twice itself ("<headline> <headline>": a picture's text, then the link).
    twice = _PRINTED_TWICE.match(below) if len(below) <= 2 * _MAX_CHARS else None
    below = twice["once"] if twice else below
    if len(below.split()) >= _MIN_HEADLINE_WORDS and _breadcrumb_then(text, below):
        return below
    numbered = _LIST_NUMBER.match(text)
    if numbered and above.lstrip().startswith(f"{int(numbered['number']) - 1}. "):
        text = text[numbered.end():]
    glued = _PRINTED_TWICE.match(text) if len(text) <= 2 * _MAX_CHARS else None
    return _after_crumbs(_after_label(glued["once"] if glued else text))


def _after_label(text: str) -> str:
    # "SPONSORED SUPPLEMENT <headline>": a label of words in capitals before a headline in sentence case; one word
    # ("CORONATION Street star ...") or short ones ("US FDA approves ...") start the headline itself, as a name in
    # capitals does before a headline in title case ("HELEN ASHDOWN Says Farewell to the Stage").
    label = _CAPITALS_LABEL.match(text)
    rest = text[label.end():] if label else ""
    return rest if len(rest.split()) >= _MIN_HEADLINE_WORDS and not title_cased(rest) else text


def _after_crumbs(text: str) -> str:
    # "Welcome > Blog Home>Security > <headline>": a breadcrumb from the site's root, its items short and
    # capitalised, then the headline ("Speed > Safety > Cost? ..." is a headline of its own).
    *crumbs, last = _CRUMB_ARROW.split(text)
    if (len(crumbs) < 2 or len(last.split()) < _MIN_HEADLINE_WORDS or crumbs[0].casefold() not in _CRUMB_ROOTS
            or not all(_CRUMBS.fullmatch(crumb) and len(crumb.split()) <= _MAX_CRUMB_WORDS for crumb in crumbs)):
        return text
    return last


def comment_count(text: str) -> bool:
    """A count of the story's comments, however a dump prints its icon: a button, never a title."""
    return _COMMENT_COUNT.fullmatch(text.strip()) is not None


def under_caption_label(texts: Sequence[str], index: int) -> bool:
    """A line right under "Image caption," or "Caption:" alone on its line: a picture's caption."""
    return index > 0 and is_caption_label(texts[index - 1])


def is_caption_label(line: str) -> bool:
    return _CAPTION_LABEL.match(line.strip()) is not None


def pick_headline(
    texts: Sequence[str],
    candidates: Sequence[int],
    body_start: int,
    anchors: set[int],
    lede: str,
    minor: set[int],
    bylines: set[int],
    labelled: set[int] = frozenset(),
    headings: set[int] = frozenset(),
    sentences: set[int] = frozenset(),
) -> int | None:
    """The index in `texts` of the best headline among `candidates`, or None.

    `anchors` are the indexes of byline and date lines (`bylines` the byline ones);
    `lede` is the first body text;
    `minor` are units that do not set a headline apart from its byline or body
    (buttons, counters, captions, a standfirst); `labelled` are lines scored without
    the label they start with ("Video: ", right above a byline); `headings` are lines a dump
    prints as headings (lynx: at the left edge, over indented paragraphs); `sentences` are headlines written as
    sentences, scored without their full stop.
    """
    lede_words = content_words(lede)
    # "By Jane Doe" over "Jane Doe Become a subscriber": the author's box, neither a headline nor a line it climbs to.
    candidates = [i for i in candidates if not (i - 1 in bylines and _names_writer_again(texts[i - 1], texts[i]))
                  and not (i + 1 in bylines and _pictures_writer(texts[i], texts[i + 1]))]
    copies = _Copies(texts, candidates)
    titles = set(candidates)
    scores: dict[int, float] = {}
    ordered = sorted(anchors)
    over_byline: set[int] = set()
    under_anchor: set[int] = set()
    for index in candidates:
        if _pictures_text(texts, index, titles, minor, lede_words):
            continue
        text = texts[index][len(link_label(texts[index])):] if index in labelled else _after_label(texts[index])
        if index in sentences:
            text = text.rstrip(".")
        if copies.player_link(text):
            continue
        score = _title_likeness(text, short=body_start - index <= SHORT_TITLE_ABOVE)
        if score <= 0:
            continue
        # Buttons between a headline and its byline do not set them apart: a dump prints a share bar a line per button.
        below = [a for a in ordered[bisect_right(ordered, index):bisect_right(ordered, index + 8 + _MAX_BAR_BUTTONS)]
                 if a - index - _buttons_between(texts, index, a) <= 8]
        target = min([body_start, *below[:1]]) if below else body_start
        between = sum(1 for i in range(index + 1, target) if i not in minor and i not in anchors)
        score -= 0.4 * min(between, 30) + 0.03 * min(body_start - index, 60)
        # Share buttons may stand between a headline and its byline, not a run of menu items.
        items = sum(1 for i in range(index + 1, target) if i in minor and i not in anchors and _menu_item(texts[i]))
        if _signed_like_cards_above(texts, titles, index):
            score -= _WRITERS_CARD_MALUS  # the writer's other stories, a card each, signed alike
        elif below and between <= 2 and items <= _MAX_ITEMS_BELOW:
            # A headline, then its byline (or a date: a masthead prints today's date too).
            score += (3.0 if below[0] in bylines else 2.0) - 1.0 * between
            if index + 1 in titles and _heads_a_standfirst(text, texts[index + 1], lede_words):
                over_byline.add(index)
        elif any(0 < index - a <= 2 or (0 < index - a <= (_ANCHOR_ABOVE if a in bylines else _DATE_ABOVE)
                                         and all(i in minor for i in range(a + 1, index)))
                 for a in anchors):
            score += _WIRE_STYLE  # a date line or a byline, then the headline (wire style), share buttons between
            under_anchor.add(index)
        if index in headings:
            score += _HEADING_BONUS
        if index == 0 and _opens_the_copy(texts, candidates, body_start):
            score += _FIRST_LINE  # the text starts with it: the reader copied the article alone, headline first
        if index - 1 in bylines and index + 1 in anchors:
            score -= _INSIDE_BYLINE_BLOCK  # between the byline and its date: a picture's caption, not a headline
        own = content_words(text)
        if own and lede_words:
            shared = len(own & lede_words)
            score += 1.5 * shared / len(own) + 0.5 * min(shared, 3)
        if _shortened_copy(texts, index, candidates):
            score -= _SHORTENED_COPY  # the headline cut short next to it: a picture's name, a card's short title
        elif copies.repeated(text, index, inside_only=len(text.split()) <= _MAX_MENU_ITEM_WORDS):
            score += 1.5
        elif copies.in_repeated_block(index) and not below:
            # A slide of a carousel, or a menu printed for phones and desktops; a headline over its byline
            # may end a breadcrumb the page prints again at its foot.
            score -= _REPEATED_BLOCK
        scores[index] = score
    if over_byline:
        # A headline and standfirst over the byline: a line under the byline is a picture's caption, not the headline.
        for index in under_anchor - over_byline:
            scores[index] -= _WIRE_STYLE
    best, best_score = None, 0.0
    for index, score in scores.items():
        if score > best_score:
            best, best_score = index, score
    if best is not None and (quoted := _quoted_title(texts, candidates, best)) is not None:
        best = quoted
    # Headline, standfirst, a picture's caption: climb while the line above heads the one chosen.
    for _ in range(_MAX_CLIMB):
        if best is None:
            break
        above = best - 1
        if above - 1 in titles and above not in titles and comment_count(texts[above]):
            above -= 1  # a comment counter between the headline and its standfirst
        if (above not in titles or copies.in_repeated_block(above, copies_above=body_start)
                or _last_of_a_labelled_menu(texts, above)
                or not (_heads_a_standfirst(texts[above], texts[best], lede_words)
                        or _heads_a_deck(texts, above, best, anchors, bylines)
                        # ... or under a menu, over a standfirst right over the byline: no shared word needed
                        or _first_under_menu(texts, above, titles) and _last_over_byline(best, titles, anchors, minor)
                        and _plainer(texts[best], texts[above])
                        and _heads_a_standfirst(texts[above], texts[best], content_words(texts[above])))):
            break  # a slide of a carousel above the headline heads nothing; a card under the article may repeat it
        best = above
    return _over_summary_lines(texts, candidates, anchors, best)


def _opens_the_copy(texts: Sequence[str], candidates: Sequence[int], body_start: int) -> bool:
    # The text's first line is a headline's phrase: not the site's name ("The Harbour Valley Chronicle Online"), a
    # tab's title or the site's tagline after a dash or a bar, its logo printed twice or its menu's sections on one
    # line; and no menu's item or button follows it ("Entertainment", "Sign In") before the next title-like line or
    # the body (a copy of the whole page starts with the site's bar, a dump with the tab's title).
    text = texts[0]
    following = next((i for i in candidates if i > 0), body_start)
    return (len(text.split()) >= _MIN_HEADLINE_WORDS and not _menu_bar(text) and _PRINTED_TWICE.match(text) is None
            and not _SEPARATOR.search(text) and not _SPACED_DASH.search(text) and not _outlets_name(text)
            and not any(_menu_item(texts[i]) or is_chrome(texts[i]) for i in range(1, following)))


def _outlets_name(text: str) -> bool:
    # "The Harbour Valley Morning Chronicle Online": every longer word capitalised, one of them an outlet's.
    words = text.split()
    longer = [word for word in words if sum(char.isalpha() for char in word) > _SHORT_WORD]
    return all(word[0].isupper() for word in longer) and any(word.casefold() in _OUTLET_WORDS for word in words)


def _first_under_menu(texts: Sequence[str], index: int, titles: set[int]) -> bool:
    # The first title-like line under a breadcrumb's or a menu's last item heads the article: over the last
    # title-like line above the byline (_last_over_byline), it heads a standfirst that may share no word with it;
    # a label's line is a kicker ("Live: ...", "Exclusive: ...").
    return index > 0 and index - 1 not in titles and _menu_item(texts[index - 1]) and ":" not in texts[index]


def _plainer(standfirst: str, headline: str) -> bool:
    # A standfirst is written as a sentence, denser with small words than a headline ("Police say the man was
    # found at the home of his ..." under a headline's nouns); a kicker over a headline is no sparer than it.
    return _stopword_share(standfirst) >= _stopword_share(headline) + _STANDFIRST_STOPWORDS_MORE


def _stopword_share(text: str) -> float:
    words = words_of(text)
    return sum(word in stoplist() for word in words) / len(words) if words else 0.0


def _last_over_byline(index: int, titles: set[int], anchors: set[int], minor: set[int]) -> bool:
    # The last title-like line over the byline or the date, nothing but buttons and chrome between.
    after = next((i for i in range(index + 1, index + 2 + _MAX_BAR_BUTTONS) if i not in minor), None)
    return index + 1 not in titles and after in anchors


def _heads_a_deck(texts: Sequence[str], above: int, best: int, anchors: set[int], bylines: set[int]) -> bool:
    # The byline, the headline, a short deck, the date: the two lines between the byline and its date are the
    # headline and its deck, however short the deck ("Police: Most suspects were held at night"). A line naming
    # the writer again under the byline is no candidate (pick_headline), so never `above`.
    return (above - 1 in bylines and best + 1 in anchors and best + 1 not in bylines
            and _title_likeness(texts[above]) > 0)


def _pictures_text(texts: Sequence[str], index: int, titles: set[int], minor: set[int], lede_words: set[str]) -> bool:
    # A dump prints the lead picture's text over its caption and credit ("Jane Doe stands in front of the office" /
    # "<caption> (Image credit: ...)"): under a headline and its standfirst, buttons and chrome between, a line
    # over the caption telling what its subject does is the picture's. With no standfirst above, or another
    # story's card right above, a headline may stand right over the caption.
    credited = index + 1 < len(texts) and (credit_at_end(texts[index + 1]) is not None or (
        index + 2 < len(texts) and is_credit_only(texts[index + 2])))
    if not credited or credit_at_end(texts[index]) is not None or not _POSING.search(texts[index]):
        return False
    return any(
        above in titles and above + 1 in titles and _heads_a_standfirst(texts[above], texts[above + 1], lede_words)
        and above + 2 < index and all(i in minor or is_chrome_or_buttons(texts[i]) for i in range(above + 2, index))
        for above in range(max(0, index - _PICTURE_UNDER_DECK), index - 1))


def _names_writer_again(byline: str, text: str) -> bool:
    # "By Jane Doe" over "Jane Doe Become a subscriber": the author's box under the byline, not a headline.
    writer = BY_FIRST.sub("", without_leading_marks(byline)).split()[:2]
    return len(writer) == 2 and text.startswith(" ".join(writer))


def _pictures_writer(text: str, byline: str) -> bool:
    # "Picture of Jane Doe Picture of Jane Doe" over "By Jane Doe": the writer's picture, its text once or twice and
    # nothing else ("Picture of health: Jane Doe on ..." is a headline).
    writer = " ".join(BY_FIRST.sub("", without_leading_marks(byline)).split()[:2])
    if len(writer.split()) != 2 or (match := _PICTURE_OF.match(text)) is None:
        return False
    once = f"{match.group().strip()} {writer}".replace(" ", "")
    return text.replace(" ", "") in (once, once * 2)  # w3m glues the copies: "... Jane DoePicture of Jane Doe"


def _quoted_title(texts: Sequence[str], candidates: Sequence[int], best: int) -> int | None:
    # "You've contributed successfully to: <headline>", "Discuss: <headline>": a message or a link that quotes
    # another title on the page after its label (one word, or ending in "to", "on"); the title alone is the headline.
    text = texts[best]
    colon = text.find(": ")
    while colon >= 0:
        label = text[:colon].split()
        quoted = [i for i in candidates if i != best and texts[i] == text[colon + 2:]]
        # A prompt's label, not a series' name over the title ("One hundred years at the harbour: <title>"); no
        # label at all (": <title>"), a stray colon before the title's copy.
        if quoted and (len(label) <= 1 or (len(label[-1]) <= _SHORT_WORD and label[-1].casefold() in stoplist())):
            return min(quoted, key=lambda i: abs(i - best))
        colon = text.find(": ", colon + 2)
    return None


def _last_of_a_labelled_menu(texts: Sequence[str], index: int) -> bool:
    # "Forums : Read the rules", "TOS : What you agree to": a menu's items, each a label and its blurb.
    return all(i >= 0 and _LABELLED_ITEM.match(texts[i]) for i in range(index - _MENU_RUN + 1, index + 1))


def _buttons_between(texts: Sequence[str], start: int, end: int) -> int:
    return sum(1 for index in range(start + 1, end)
               if len(texts[index].split()) <= _ITEM_WORDS and is_chrome(texts[index]))


def _over_summary_lines(
        texts: Sequence[str], candidates: Sequence[int], anchors: set[int], best: int | None) -> int | None:
    # Headline, then a summary a point a line ("Shoppers were charged up to 10p for a bag", no full stop),
    # then the byline: the points read alike, and the headline is the line over them.
    if best is None:
        return None
    listed = set(candidates)
    first, last = best, best
    while first - 1 in listed:
        first -= 1
    while last + 1 in listed:
        last += 1
    block = range(first, last + 1)
    if len(block) < _MIN_SUMMARY_LINES or last + 1 not in anchors or not all(
            summary_line(texts[i]) for i in block[1:]):
        return best
    return first


def summary_line(text: str) -> bool:
    # A point in sentence case: most longer words in small letters (a breadcrumb capitalises them).
    longer = [word for word in text.split() if sum(char.isalpha() for char in word) > 3]
    capitalised = sum(word[0].isupper() for word in longer)
    return (len(text.split()) >= _MIN_SUMMARY_WORDS and not ends_sentence(text)
            and capitalised <= _SUMMARY_CAPITALS * len(longer))


def _signed_like_cards_above(texts: Sequence[str], candidates: set[int], index: int) -> bool:
    # A title over a short line (the writer's name) that two or more titles just above it stand over too:
    # a list of the writer's other stories, a card each, not the story's own headline and byline.
    signature = texts[index + 1] if index + 1 < len(texts) else ""
    if not 0 < len(signature.split()) <= _MAX_SIGNATURE_WORDS:
        return False
    cards = [other for other in range(max(0, index - _CARD_REACH), index)
             if other in candidates and texts[other + 1] == signature]
    return len(cards) >= _MIN_WRITERS_CARDS


def _heads_a_standfirst(above: str, text: str, lede_words: set[str]) -> bool:
    # Headline, standfirst, byline: the standfirst sits nearest the byline, but the headline is above it.
    # A standfirst is a longer line not in title case (a caption's names may capitalise most of its words,
    # not every longer one), and a caption under it climbs to it; the headline above is a phrase with function words
    # (not a series name or a label), no breadcrumb or cut-off copy of it, and about the same story.
    # A standfirst half as long again as the line above may share no word with it, and a headline then
    # needs no function words ("Quiet engines outpace diesel rivals"), unless it is a menu in capitals.
    # A headline shorter than a kicker may head a standfirst half as long again when it asks a question.
    much_longer = len(text.split()) >= _STANDFIRST_LENGTHS * len(above.split())
    return (
        len(text.split()) >= _MIN_STANDFIRST_WORDS and not title_cased(text) and _title_likeness(above) > 0
        and (len(words_of(above)) >= _MIN_HEADLINE_WORDS or (much_longer and above.rstrip().endswith("?")))
        and (_stopword_share(above) >= _MIN_HEADLINE_STOPWORDS
             or (much_longer and not above.isupper()))
        and not above.endswith(("...", "…")) and not _menu_bar(above) and not _bar_of_links(above)
        and above.casefold() not in text.casefold() and text.casefold() not in above.casefold()
        and (bool(content_words(above) & (content_words(text) | lede_words)) or much_longer)
    )


def _bar_of_links(text: str) -> bool:
    # "Become a Member | Ad-Free Login": short links between separators, one of them chrome; a headline may hold a
    # separator too ("Dovetailing #DevOps | @DevOpsSummit"), and a label before it ("WATCH | <headline>").
    parts = _SEPARATOR.split(text)
    return (len(parts) > 1 and any(is_chrome(part) for part in parts)
            and all(len(part.split()) <= _MAX_MENU_ITEM_WORDS for part in parts))


def _menu_bar(text: str) -> bool:
    # "Subscribe Events Video Jobs" over a headline that reads like a standfirst: a bar of links heads nothing,
    # nor do a menu's sections run together ("Featured Mobile Computing Gaming Home Entertainment Services").
    stop = stoplist()
    buttons = sum(word.casefold() in CHROME_WORDS and word.casefold() not in stop for word in text.split())
    return buttons >= _MENU_WORDS or _section_run(text)


def _section_run(text: str) -> bool:
    # Eight or more capitalised words and no function word a headline this long would hold ("of", "to", "in").
    words = [word for word in text.split() if any(char.isalpha() for char in word)]
    return len(words) >= _MIN_TAG_WORDS and all(word[0].isupper() for word in words) and not any(
        len(word) <= _SHORT_WORD and word in stoplist() for word in words_of(text))


def _title_likeness(text: str, short: bool = False) -> float:
    # `short`: the line right above the body may be a title of two words ("Harbour Tides").
    # A wide script's character takes two columns; no ASCII character is wide, so ASCII text needs no look at each.
    width = len(text) if text.isascii() else sum(2 if unicodedata.east_asian_width(char) in "WF" else 1 for char in text)
    words = text.split()
    if width < _MIN_CHARS or len(text) > _MAX_CHARS or len(words) > _MAX_WORDS or is_chrome(text):
        return 0.0
    two_words = short and len(words) == 2
    if len(words) < 3 and (width < 20 or not CJK.search(text)) and not two_words:
        return 0.0  # kickers, section names and slugs: "LIVE", "World", "a-b-c-d"
    if _ADDRESS.search(text):
        return 0.0  # an address: "Letters to the Editor Email letters@example.com"
    if is_privacy_opt_out(text):
        return 0.0  # the footer's "Do Not Sell My Personal Info", printed over the head with the footer's menu
    if _MARKUP.match(text):
        return 0.0  # markup a template left in, never a title
    if _ARTICLE_NOTICE.match(text):
        return 0.0  # a note on the article itself: "This article is more than 5 years old"
    if _WIDGET.search(text) or _FORM_MESSAGE.match(text) or _FORM_LABELS.search(text) or _message_to_the_reader(words):
        # A form a dump prints: "Page Tools: [Plain View ]", "Font [Serif ]"; its "*Invalid email address", and
        # what it says once sent: "You're all set!".
        return 0.0
    if _TOPICS.match(text) or _section_then_topics(text) or _CAST.match(text) or _HASHTAGS.match(text):
        # A label and its topics: "Tags: Ferries, Harbour, Winter timetable", "Cast : Jane Doe, Tom Roe"; the
        # topics alone as hashtags.
        return 0.0
    if _GLUED_BUTTON.search(text):
        return 0.0  # another story's teaser or an offer, its button glued on
    if is_share_bar(text) or _share_buttons_after(words) or _button_text(text) or _COUNTERS.match(text) or (
            comment_count(text)):
        return 0.0  # "Google + Pinterest Tumblr", "Back to the front page": buttons and links, never a title
    if _tag_line(text, words) or all(_SLUG.fullmatch(word) for word in words):
        return 0.0  # "HOTELS ITALY SPAS TRAVEL POOLS RESORTS": tags in capitals; "Harbour-tides-a1f3c9": a slug
    if starts_with_date_note(text):
        return 0.0  # "PUBLISHED FRI, APR 28 2026 2:23 PM EDT", whether or not its date reads
    if leading_date(text):
        # A card's date and writer ("November 13, 2026 Jane Doe"), a note on where the story first ran
        # ("November 13, 2026 This story originally appeared on ..."): a headline never starts with the date.
        return 0.0
    if _VIDEO_CARD.search(text):
        return 0.0  # a video's card over the article: "Storms bring a flood risk to the South 02:02 - Source: CNN"
    if _IN_PICTURE.search(text) or _PORTRAIT_TEXT.match(text):
        return 0.0  # a picture's caption: "Jane Doe (left) and Tom Roe"; its text: "Head shot of Jane Doe"
    if loose_date_line(text) or _ISSUE.match(text):
        # A date with a section's name or the issue's: "Harbour Notes November 22, 2026 Issue",
        # "March/April 2026 Issue".
        return 0.0
    lettered = sum(1 for word in words if sum(char.isalpha() for char in word) >= 3)
    if lettered < 2 and not CJK.search(text):
        return 0.0  # a time or a date: "4:44 PM 12/27/2014"
    if len(words) > _MAX_TWO_SENTENCE_WORDS and _SENTENCE_BREAK.search(text):
        return 0.0  # a paragraph of sentences, the last one an exclamation or a question: no title
    if text.endswith((":", ",", "。")) or (
            ends_with_full_stop(text) and not (title_cased(text) or _capitalised(words))):
        return 0.0  # a sentence (a lede, a caption), not a title
    first = next((char for char in text if char.isalnum()), "")  # "31% of buyers ..." starts a title too
    if (first.islower() and not _CAMEL_CASE_START.match(text)) or _IMAGE_FILE.search(text) or all(
            w.casefold() in CHROME_WORDS for w in words) or _chrome_links_joined(text):
        return 0.0  # alt text, a file name, "Sign In Sign Up", "Terms & Conditions and Privacy Statement"
    score = 3.0 - (_SHORT_TITLE_MALUS if two_words else 0.0)
    if 5 <= len(words) <= 20:
        score += 1.0
    elif len(words) > 24:
        score -= 1.5  # a standfirst
    if " | " in text or "•" in text or "//" in text or " » " in text or " › " in text:
        score -= 3.0
    if _DOMAIN.search(text):
        score -= 2.0  # a site name: "Example.com: Community Videos"  # a menu or a tab title on one line
    if text.isupper() and len(words) < 4:
        score -= 1.0
    if _QUOTED.match(text):
        score -= _QUOTED_MALUS  # a pull quote under the headline, nothing outside its quote marks
    return score


def _chrome_links_joined(text: str) -> bool:
    # The site's links, each a chrome line, joined by "and" or "&": "Terms & Conditions and Privacy Statement".
    words = text.replace(" & ", " and ").casefold().split()
    ends = {0}  # where a run of whole links may end, "and" between two
    for end in range(1, len(words) + 1):
        if any(start in ends and " ".join(words[start:end]) in CHROME_LINES for start in range(end)):
            ends.add(end)
            if end < len(words) and words[end] == "and":
                ends.add(end + 1)
    return " and " in f" {' '.join(words)} " and len(words) in ends


def _message_to_the_reader(words: list[str]) -> bool:
    # A few words to the reader, exclaimed: "You're all set!", "Thanks, we'll be in touch!".
    return (len(words) <= _MAX_MESSAGE_WORDS and words[-1].endswith("!")
            and any(part.casefold() in _READER_WORDS for word in words for part in re.split(r"['’]", word.strip(",!"))))


def _share_buttons_after(words: list[str]) -> bool:
    # "The Courier Tweet Share": a picture's share buttons after its name, two of them, each a button's verb (a
    # headline may end in "more shares" or "Facebook Twitter").
    return len(words) > _SHARE_BUTTONS_AFTER and all(
        word.casefold() in _SHARE_VERBS for word in words[-_SHARE_BUTTONS_AFTER:])


def _tag_line(text: str, words: list[str]) -> bool:
    # Topics in capitals run together: many words, letters only, and no function word a headline would hold.
    return (text.isupper() and len(words) >= _MIN_TAG_WORDS and all(word.isalpha() for word in words)
            and not any(len(word) <= _SHORT_WORD and word in stoplist() for word in words_of(text)))


def _button_text(text: str) -> bool:
    # "Back to the front page", alone or after a name and a dash; "Click here to view ..." anywhere;
    # buttons run together after a profile's line; a share button's picture named by its text.
    after = _LINK_AFTER.search(text)
    return bool(_BUTTON_TEXT.match(text) or (after and _BUTTON_TEXT.match(after["link"]))
                or _CLICK_HERE.search(text) or _glued_buttons(text) or _button_picture(text))


def _glued_buttons(text: str) -> bool:
    # "FollowUnfollowFollowingLoading": a name of three capitalised parts ("GlaxoSmithKline") holds no button's word.
    glued = _GLUED_BUTTONS.search(text)
    return glued is not None and any(
        part.casefold() in CHROME_WORDS for part in _CAPITALISED_PART.findall(glued[0]))


def _button_picture(text: str) -> bool:
    # "Pin it button big": the word "button" beside a share button's name, on a short line.
    return (len(text.split()) <= _MAX_BUTTON_PICTURE_WORDS and _BUTTON_PICTURE.search(text) is not None
            and any(is_share_word(word) for word in words_of(text)))


def _capitalised(words: list[str]) -> bool:
    # "The Middle Manager's Oath.": a short title, every longer word capitalised, too few of them for title case.
    longer = [word for word in words if sum(char.isalpha() for char in word) > _SHORT_WORD]
    return len(words) <= _MAX_SHORT_TITLE_WORDS and len(longer) >= _MIN_CAPITALISED and all(
        word[0].isupper() for word in longer)


def _section_then_topics(text: str) -> bool:
    # "Energy & Climate More: Wind Power Harbour Board": the section's name, then its label and the topics.
    match = _MORE_TOPICS.match(text)
    # A function word in it ("Less Is More: ...") makes it a headline's phrase, not a section's name.
    return match is not None and not any(len(word) <= 3 and word in stoplist() for word in words_of(match["section"]))


def ends_with_full_stop(text: str) -> bool:
    """A line ending in a full stop, inside a closing quote too ('... from the end of the wand."'), not in "...",
    or before emoji ("... in the digital age. 💙🌎": a profile's tagline)."""
    text = _without_trailing_symbols(text).rstrip(_CLOSING_QUOTES)
    return text.endswith(".") and not text.endswith("...")


def _without_trailing_symbols(text: str) -> str:
    # Emoji, their variation selectors and joiners, and spaces at the end of a line.
    end = len(text)
    while end and (text[end - 1].isspace() or unicodedata.category(text[end - 1]) in _TRAILING_SYMBOLS):
        end -= 1
    return text[:end]


def _menu_item(text: str) -> bool:
    words = text.split()
    return 0 < len(words) <= _ITEM_WORDS and not is_chrome(text) and any(char.isalpha() for char in text)


def _shortened_copy(texts: Sequence[str], index: int, candidates: Sequence[int]) -> bool:
    # A line next to a longer title that holds all its words is that headline cut short (a picture's name,
    # the short title a card prints), not the headline; the longer one is no "Share: <headline>" line,
    # no tab's title ("<headline> - The Courier") and no breadcrumb ending in the headline.
    own = content_words(texts[index].replace("’", "'"))  # a dump may print one copy with straight quotes
    for other in (index - 1, index + 1, _title_above(texts, index, candidates)):
        if other not in candidates:
            continue
        longer = texts[other]
        if (own and own <= content_words(longer.replace("’", "'")) and not link_label(longer)
                and not _SEPARATOR.search(longer) and not _tab_title(longer)
                and not _breadcrumb_then(longer, texts[index]) and _title_likeness(longer) > 0
                and len(longer.split()) >= len(texts[index].split()) + _MIN_WORDS_CUT):
            return True
    return False


def _tab_title(text: str) -> bool:
    # "<headline> - The Courier": the site's name after a spaced dash; a headline's own clause goes on after its
    # dash, starting in small letters ("Kong: Skull Island – why do blockbusters have such politics?").
    dashes = list(_SPACED_DASH.finditer(text))
    if not dashes:
        return False
    after = text[dashes[-1].end():].split()
    return len(after) < _MIN_HEADLINE_WORDS or not after[0][:1].islower()


def _breadcrumb_then(longer: str, text: str) -> bool:
    # "Home News Markets <headline>": a breadcrumb's items run together with the headline, which is whole.
    crumbs = _CRUMB_ARROW.sub(" ", longer[: -len(text)]) if longer.endswith(text) else ""
    return bool(crumbs.strip()) and _CRUMBS.fullmatch(crumbs.strip()) is not None


def _title_above(texts: Sequence[str], index: int, candidates: Sequence[int]) -> int | None:
    # The nearest title-like line a few lines up, only a date, a byline and buttons between: a headline
    # over its date and byline, its short copy over the body ("Rye loaf", the recipe's name again).
    for other in range(index - 2, max(-1, index - _SHORT_COPY_REACH - 1), -1):
        if _title_likeness(texts[other]) > 0:
            return other if other in candidates else None
    return None


# "Follow 45: The Administration Stories": a button to follow a series, a topic or a writer names no story.
_FOLLOW = re.compile(r"^follow\s", re.I)


class _Copies:
    """Where the page prints a line again, read once for all the headline's candidates.

    A candidate's copies are found by one search of the page's text, folded once, not by a walk
    through every line for each candidate: a page of 300,000 lines has up to 68 candidates."""

    def __init__(self, texts: Sequence[str], candidates: Sequence[int]) -> None:
        self.texts = texts
        self.lines: set[str] | None = None  # every line, and the player's buttons lines end with, read when first asked
        self.endings: Counter[str] = Counter()
        folded = [text.casefold() for text in texts]
        self.folded = "\n".join(folded)
        self.starts = list(accumulate((len(text) + 1 for text in folded[:-1]), initial=0))
        self.ends = [start + len(text) for start, text in zip(self.starts, folded)]
        # Where each candidate's line stands, exactly as it is: a block printed twice repeats it.
        wanted = {texts[index] for index in candidates}
        self.at: dict[str, list[int]] = {text: [] for text in wanted}
        for index in [index for index, text in enumerate(texts) if text in wanted]:
            self.at[texts[index]].append(index)

    def player_link(self, text: str) -> bool:
        """Whether `text` is a video's or a recording's title with its button glued on ("... in 60 secs Watch"):
        printed elsewhere without it, or one of several lines the page ends with that button (a playlist)."""
        button = _PLAYER_BUTTON.search(text)
        if button is None:
            return False
        if self.lines is None:
            self.lines = set(self.texts)
            self.endings = Counter(match[0] for line in self.texts if line.endswith(_PLAYER_WORDS)
                                   and (match := _PLAYER_BUTTON.search(line)))
        return text[:button.start()] in self.lines or self.endings[button[0]] >= _PLAYED_CARDS

    def repeated(self, text: str, index: int, inside_only: bool = False) -> bool:
        """Whether `text` stands inside another line not much longer, outside a block printed twice; with
        `inside_only`, a line that is more than the copy ("<title> pinterest picture", "Share: <title>")."""
        key, longest = text.casefold(), 3 * len(text) + 40
        found = self.folded.find(key)
        while found >= 0:
            other = bisect_right(self.starts, found) - 1
            if found + len(key) > self.ends[other]:
                found = self.folded.find(key, found + 1)  # across a line's end: no copy
                continue
            if other != index and len(self.texts[other]) < longest and not _block_printed_twice(
                    self.texts, index, other) and (not inside_only or len(self.texts[other]) > len(text)) and (
                    not _FOLLOW.match(self.texts[other])):
                return True
            found = self.folded.find(key, self.ends[other] + 1)  # the next line
        return False

    def in_repeated_block(self, index: int, copies_above: int | None = None) -> bool:
        """Whether the candidate's line is one of a block the page prints twice (a menu for phones and desktops),
        counting only copies above `copies_above` if given."""
        return any(other != index and (copies_above is None or other < copies_above)
                   and _block_printed_twice(self.texts, index, other) for other in self.at[self.texts[index]])


def _block_printed_twice(texts: Sequence[str], index: int, other: int) -> bool:
    # A menu printed twice (one for phones, one for desktops) repeats its neighbours too; a headline's copy
    # (a breadcrumb, a share line) stands among other lines.
    # One section's word beside both ("Travel" / <headline>: a card's section over the copy, the kicker over the
    # headline) is no block.
    same = [step for step in (-1, 1) if 0 <= index + step < len(texts) and 0 <= other + step < len(texts)
            and texts[index + step] == texts[other + step]]
    return len(same) == 2 or any(len(texts[index + step].split()) > 1 for step in same)


def content_words(text: str) -> set[str]:
    """The words a text is about, its plurals folded: "Headbands" in a headline, "the headband" in its lede."""
    stop = stoplist()
    return {word.removesuffix("s") if len(word) > 3 else word
            for word in words_of(text) if len(word) > 2 and word not in stop}


def looks_like_title(text: str) -> bool:
    """A short line without a final full stop: a headline or a section heading."""
    return _title_likeness(text) > 0 and not ends_sentence(text)


def may_title_a_text(text: str) -> bool:
    """A first line that may be a text's title: title-like, or a question; never a sentence with a full stop."""
    asks = text.rstrip("\"'”’»)]").endswith(("?", "!", "？", "！"))
    return _title_likeness(text) > 0 and (asks or not ends_sentence(text))
