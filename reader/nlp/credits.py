"""Agency names in caption credits and datelines are organisations, whatever spaCy said.

Pure Python over EntitySpan lists: "(AP)", "(AFP Photo)", "(AP Photo/Jane Doe)",
"Photo: Jane Doe/Agency" at the end of a caption, and datelines such as
"NAIROBI, Kenya (AP) — " or "GENEVA (Reuters) - " at the start of a block.
"""

from __future__ import annotations

import re

from reader.model import EntitySpan

# Known agencies -> (canonical name, whether a bare mention elsewhere in the article
# surely means the agency too). Other short codes stay local: "EPA" in a story
# about pollution is the Environmental Protection Agency, "PA" may be Pennsylvania.
AGENCIES: dict[str, tuple[str, bool]] = {
    "AP": ("Associated Press", True),
    "Associated Press": ("Associated Press", True),
    "Reuters": ("Reuters", True),
    "REUTERS": ("Reuters", False),
    "AFP": ("Agence France-Presse", True),
    "EPA": ("European Pressphoto Agency", False),
    "EPA-EFE": ("EPA-EFE", True),
    "EFE": ("EFE", False),
    "Getty Images": ("Getty Images", True),
    "Getty": ("Getty Images", False),
    "Bloomberg": ("Bloomberg", True),
    "dpa": ("Deutsche Presse-Agentur", True),
    "DPA": ("Deutsche Presse-Agentur", False),
    "Xinhua": ("Xinhua", True),
    "UPI": ("United Press International", False),
    "PA": ("PA Media", False),
    "AAP": ("Australian Associated Press", False),
    "ANSA": ("ANSA", False),
    "Kyodo": ("Kyodo News", True),
    "Yonhap": ("Yonhap", True),
    "TASS": ("TASS", False),
    "Anadolu": ("Anadolu Agency", True),
}

# An unlisted agency closing a caption: one word ("Bernama", "PTI") or a name like these.
_AGENCY_WORD = re.compile(r"\b(?:Agency|News|Press|Media|Wire|Service|Photos?|Images|Agencia|Agence)\b")
_NOT_AGENCIES = frozenset("file photo pool handout staff courtesy supplied contributed".split())

_COURTESY = re.compile(r"(?:photo\s+)?courtesy(?:\s+of)?\s+", re.I)
# Words after an agency that belong to the credit, not the name ("AFP Photo").
_MEDIA = re.compile(r"\s+(?:Photos?|PHOTO|Video|Images?|Pool|File)$")
# Words after a comma that end a credit ("AP Photo/Jane Doe, File").
_TAIL = re.compile(r",\s*(?:File|file|Pool|pool|Handout|handout)\b.*$")
_PAREN = re.compile(r"\(([^()\n]{1,100})\)")
# "Photo: Jane Doe/Agency" (or "Photograph by ...") closing a caption.
_PHOTO_CREDIT = re.compile(
    r"\b(?:Photo(?:graph)?s?|Picture|Image|Credit)\s*(?::|by\b)\s*([^()\n]{1,100}?)\s*\)?\s*\.?\s*$"
)
# "... May 1, 2023. REUTERS/Jane Doe" closing a caption.
_KNOWN = "|".join(map(re.escape, AGENCIES))
_SLASH_CREDIT = re.compile(r"(?:^|\s)((?:" + _KNOWN + r")/[^()\n/]{1,60}?)\s*$")
# "... on Tuesday. Jane Doe/Eastmere Courier" closing a caption: a photographer, then an outlet named as one (a
# newspaper's word last, or a station's call letters: "Jane Doe/KCUR"); not a route ("Harbour Road/Quay Street").
_OUTLET_NAME = (r"(?:(?:[A-Z][\w&'’-]*\s+){0,3}(?:News|Times|Post|Journal|Tribune|Herald|Gazette|Chronicle|Sentinel"
                r"|Examiner|Observer|Inquirer|Dispatch|Telegraph|Courier|Press|Media)|[KW][A-Z]{2,3})")
_NAMED_SLASH_CREDIT = re.compile(r"[.!?]\s+((?:[A-Z][\w'’-]+\s+){1,2}[A-Z][\w'’-]+/" + _OUTLET_NAME + r")\s*$")
# "NAIROBI, Kenya (AP) — ", "GENEVA (Reuters) - ", "LONDON, May 3 (Reuters) -".
_DATELINE = re.compile(
    r"\s*(?P<place>[A-Z][A-Z.'’\- ]*[A-Z.](?:,\s*[A-Z0-9][\w.'’\- ]{0,30}?)*)"
    r"\s*\((?P<body>[^()\n]{1,60})\)\s*[—–-]{1,2}\s"
)
# A photographer's name: two to four capitalised words, particles allowed.
_PARTICLE = r"(?:van|von|der|de|da|di|del|la|le|bin|al)\s+"
_NAME = re.compile(r"[A-Z][\w.'’-]+(?:\s+(?:" + _PARTICLE + r")*[A-Z][\w.'’-]+){1,3}")

# (start, end, label, canonical) inside one block.
Hit = tuple[int, int, str, str]


def apply_credits(
    spans: list[EntitySpan], blocks: list[str], first_caption: int | None = None
) -> list[EntitySpan]:
    """Spans with every credited agency as an ORG span (conflicting spans replaced).

    `paragraph` indexes `blocks`; blocks from `first_caption` on are captions
    (default: none are). Kept spans may be relabelled in place (an agency
    named elsewhere in the article, a dateline place); returns the spans
    sorted by (paragraph, start).
    """
    if first_caption is None:
        first_caption = len(blocks)
    hits: dict[int, list[Hit]] = {}
    places: list[tuple[int, int, int]] = []
    for i, block in enumerate(blocks):
        found = _block_hits(block, i >= first_caption, places, i)
        if found:
            hits[i] = found
    if not hits and not places:
        return spans
    kept = [s for s in spans if not _conflicts(s, hits.get(s.paragraph))]
    spread: dict[str, str] = {}
    for i, found in hits.items():
        for start, end, label, canonical in found:
            text = blocks[i][start:end]
            kept.append(EntitySpan(text, label, i, start, end, canonical))
            if label == "ORG" and AGENCIES.get(text, ("", False))[1]:
                spread[text] = canonical
    for span in kept:
        # A distinctive agency name is the agency everywhere in the article.
        if span.text in spread and span.canonical == span.text:
            span.label, span.canonical = "ORG", spread[span.text]
    _title_case_places(kept, places)
    kept.sort(key=lambda s: (s.paragraph, s.start))
    return kept


def _block_hits(
    block: str, caption: bool, places: list[tuple[int, int, int]], index: int
) -> list[Hit]:
    """Credit spans in one block, without overlaps (the earlier-starting hit wins)."""
    hits: list[Hit] = []
    dateline = _DATELINE.match(block)
    if dateline:
        places.append((index, *dateline.span("place")))
        hits += _credit_parts(block, *dateline.span("body"), unknown_agency=True)
    if caption:
        for match in _PAREN.finditer(block):
            found = _credit_parts(block, *match.span(1), unknown_agency=False)
            if not found and match.end() == len(block.rstrip()):
                found = _closing_agency(block, *match.span(1))
            hits += found
        match = _PHOTO_CREDIT.search(block) or _SLASH_CREDIT.search(block) or _NAMED_SLASH_CREDIT.search(block)
        if match:
            hits += _credit_parts(block, *match.span(1), unknown_agency=None)
    result: list[Hit] = []
    for hit in sorted(set(hits)):
        if not result or hit[0] >= result[-1][1]:
            result.append(hit)
    return result


def _credit_parts(block: str, start: int, end: int, unknown_agency: bool | None) -> list[Hit]:
    """Agency (ORG) and photographer (PERSON) spans of one credit body.

    Known agencies always count. Without one, unknown_agency=True takes any
    capitalised part as the agency (datelines: "(CNN)"), None only the part
    after the last "/" ("Photo: Jane Doe/The Daily Planet"), False none.
    Nothing is returned without an agency.
    """
    tail = _TAIL.search(block, start, end)
    if tail:
        end = tail.start()
    parts = _split(block, start, end, "/")
    known = [_agencies(block, s, e, False) for s, e in parts]
    any_known = any(known)
    # Without a known one, the agency is the part that says "Photo" ("Harbour Times Photo/Jane
    # Doe"), else the last of several ("Jane Doe/The Daily Planet").
    media = [n for n, (s, e) in enumerate(parts) if _MEDIA.search(block, s, e)]
    guess = media[0] if media else (len(parts) - 1 if len(parts) > 1 else None)
    hits: list[Hit] = []
    for n, (p_start, p_end) in enumerate(parts):
        found = known[n]
        if not any_known and (unknown_agency or (unknown_agency is None and n == guess)):
            found = _agencies(block, p_start, p_end, True)
        if found:
            hits += found
        elif len(parts) > 1 and _NAME.fullmatch(block, p_start, p_end):
            # The other side of "Agency/Name" or "Name/Agency" is the photographer.
            hits.append((p_start, p_end, "PERSON", block[p_start:p_end]))
    if any(label == "ORG" for _, _, label, _ in hits):
        return hits
    # "Photo: Jane Doe/Staff": a staff photographer; the name alone, without the word after it.
    rest = [block[s:e].casefold() for s, e in parts if not any(h[0] == s for h in hits)]
    return hits if hits and rest and all(word in _NOT_AGENCIES for word in rest) else []


def _closing_agency(block: str, start: int, end: int) -> list[Hit]:
    """The agency of a credit closing a caption, listed or not: "(Bernama)", "(Anadolu Agency)"."""
    courtesy = _COURTESY.match(block, start, end)
    if courtesy:
        start = courtesy.end()  # "(Courtesy of Kestrel News)"
    if "/" in block[start:end]:
        return _credit_parts(block, start, end, unknown_agency=None)  # "(Harbour Times Photo/Jane Doe)"
    hit = _agency(block, start, end, allow_unknown=True)
    if hit is None:
        return []
    words = block[hit[0] : hit[1]].split()
    named = len(words) == 1 or _AGENCY_WORD.search(block, hit[0], hit[1]) is not None
    if words[-1].casefold() in _NOT_AGENCIES or not named:
        return []  # "(File photo)", "(Jane Doe)": no agency named
    return [hit]


def _agencies(block: str, start: int, end: int, allow_unknown: bool) -> list[Hit]:
    """ORG hits for "AFP via Getty Images"-style parts; empty unless every piece is one."""
    hits = []
    for s, e in _split(block, start, end, " via "):
        hit = _agency(block, s, e, allow_unknown)
        if hit is None:
            return []
        hits.append(hit)
    return hits


def _split(block: str, start: int, end: int, separator: str) -> list[tuple[int, int]]:
    """Trimmed (start, end) pieces of block[start:end] between separators."""
    pieces = []
    while True:
        cut = block.find(separator, start, end)
        stop = end if cut < 0 else cut
        s, e = start, stop
        while s < e and block[s].isspace():
            s += 1
        while e > s and block[e - 1].isspace():
            e -= 1
        if s < e:
            pieces.append((s, e))
        if cut < 0:
            return pieces
        start = cut + len(separator)


def _agency(block: str, start: int, end: int, allow_unknown: bool) -> Hit | None:
    """An ORG hit if block[start:end] names an agency ("AFP Photo" -> "AFP")."""
    text = block[start:end]
    if text not in AGENCIES:
        media = _MEDIA.search(text)
        if media:
            end = start + media.start()
            text = block[start:end]
    known = AGENCIES.get(text)
    if known:
        return (start, end, "ORG", known[0])
    if allow_unknown and text[:1].isupper() and text.casefold() not in _NOT_AGENCIES:
        return (start, end, "ORG", text)  # not "Photo: Jane Doe/Staff"
    return None


def _conflicts(span: EntitySpan, hits: list[Hit] | None) -> bool:
    return bool(hits) and any(span.start < end and start < span.end for start, end, _, _ in hits)


def _title_case_places(spans: list[EntitySpan], places: list[tuple[int, int, int]]) -> None:
    """Dateline "WARSAW" is the article's "Warsaw": same label and canonical name."""
    by_text = {s.text: s for s in spans if not s.text.isupper()}
    for index, start, end in places:
        for span in spans:
            inside = span.paragraph == index and start <= span.start and span.end <= end
            if inside and span.text.isupper():
                same = by_text.get(span.text.title())
                if same is not None:
                    span.label, span.canonical = same.label, same.canonical
