"""The publication's name, read from the copyright line scraped pages end with."""

from __future__ import annotations

import re

# The notice itself: "©", "(c)", "Copyright" beside a year or a ©, then more of them, years, "by", "of"
_MARK = r"(?:©|\(c\)|\bcopyright\b(?=\s*(?:©|\(c\)|\d{4})))"
_NOTICE_TAIL = r"(?:[\s,.]*(?:©|\(c\)|\bcopyright\b|\d{4}(?:\s*[-–]\s*\d{4})?|\bby\b|\bof\b))*[\s,.]*"
_NOTICE = re.compile(_MARK + _NOTICE_TAIL, re.I)
_CONTINUED = re.compile(_NOTICE_TAIL, re.I)
# Starts where a run of marks does: started at each, a long run of spaces is rescanned from each.
_RESERVED = re.compile(r"(?<![\s,.;:|·•—–-])[\s,.;:|·•—–-]*all rights reserved", re.I)
# "U.S. News" keeps its initials; other full stops, bars, bullets and wide gaps end a name, and so
# does a full stop glued to the next sentence ("Cable News Network.A Pacific Media Company.All Rights").
_SEPARATORS = re.compile(r"(?<!\b[A-Z])\.\s+|(?<=[a-z]{2})\.(?=[A-Z])|\s*[|·•]\s*|\s{2,}")
# What follows a name in its part and is not the name: the site's addresses in brackets, its owner and
# address ("Wellspring Media a Blue Harbor Company", "Wellspring Media UK Ltd, Brighton", "Courier.com, 900 N.
# Harbour Blvd"), or the links of the footer ("Privacy Policy").
_AFTER_NAME = re.compile(r"\s*[\[(].*$|,?\s+an?\s+[A-Z].*$|(?<=\b(?:Ltd|LLC|Inc|plc))[.,]?\s.*$|,\s*\d{1,6}\s+\S.*$")
_COPYRIGHT_WORD = re.compile(r"^copyright\s+", re.I)  # "Copyright Example Media © 2015": the word opens the notice
_FOOTER_LINKS = ("privacy", "terms of", "terms and", "cookie", "contact us", "about us", "legal notice",
                 "site map", "sitemap", "disclaimer")
# "Eastern Sans ™ & © 2024": a part that ends in "&" or "and" runs on into the notice, naming a font
_RUNS_ON = re.compile(r"(?:&|\band)$", re.I)
# "The Harbour News - Established 1977", "Courier 2026": the year the site began, or the notice's.
_TRAILING_YEAR = re.compile(r"(?:(?:\s*[-–—,]\s*|\s+)(?:established|est\.|since|founded(?:\s+in)?))?,?\s+\d{4}$", re.I)
_BULLETS = re.compile(r"^[\s*•·|-]+")
_PROSE_WORD = re.compile(r"^[a-z]{4,}$")
_DOMAIN = re.compile(r"^[\w-]+(?:\.[a-z]{2,})+$", re.I)
_MAX_WORDS = 6
# The holder's legal form says nothing to a reader: "CNBC LLC", "Guardian News & Media Limited", "Nine Harbours Pty Ltd".
_LEGAL_FORM = re.compile(r"(?:inc|llc|l\.l\.c|ltd|limited|plc|corp|corporation|gmbh|ag|s\.?a|l\.?p|co|pty|n\.?v)\.?", re.I)
_WORD = re.compile(r"\S+")


def site_name(text: str) -> str | None:
    """The name beside the © on the last copyright line, if it looks like one."""
    lines = [_BULLETS.sub("", line) for line in text.splitlines()[-40:]]
    # The notice that reserves the rights names the holder; a later one may credit a theme or a font.
    reserving = [at for at in range(len(lines)) if _NOTICE.search(lines[at]) and _RESERVED.search(lines[at])]
    for at in [*reversed(reserving), *range(len(lines) - 1, -1, -1)]:
        line = lines[at]
        notice = _NOTICE.search(line)
        if not notice:
            continue
        if joined := _wrapped_before_reserved(line, lines[at + 1] if at + 1 < len(lines) else ""):
            line, notice = joined, _NOTICE.search(joined)
        rest = line[notice.end() :]
        if not rest.strip() and _last_part(line[: notice.start()]).isdigit():
            continue  # "All rights reserved. 2026 ©" ends the notice: its year names nobody
        if not rest.strip() and at + 1 < len(lines):  # a text browser wrapped the line after the ©
            rest = _CONTINUED.sub("", lines[at + 1], count=1)
        reserved = _RESERVED.search(rest)
        # "Jamaica Observer, 2022 © All Rights Reserved": the year after the name is no part of it.
        before = _TRAILING_YEAR.sub("", _COPYRIGHT_WORD.sub("", _last_part(line[: notice.start()])))
        before = "" if _RUNS_ON.search(before) else _name_like(before)
        after = _name_like(_first_part(rest[: reserved.start()] if reserved else rest))
        # "Terms of Use © 2015 The Motley Fool. All rights reserved.": the holder is the one reserving
        name = (after or before) if reserved else (before or after)
        if name:
            return without_legal_form(name)
    return None


def _wrapped_before_reserved(line: str, below: str) -> str:
    # A dump wraps the notice inside the name or its reservation ("© 2026 Harbour\n   Media LLC. All
    # rights reserved", "© 2026 Harbour Media. All\n   Rights Reserved"): the two lines are one notice.
    joined = f"{line.rstrip()} {below.strip()}"
    if _RESERVED.search(line) or _NOTICE.search(below) or not _RESERVED.search(joined):
        return ""
    return joined


def without_legal_form(name: str) -> str:
    """A publisher's name without "LLC", "Inc." and the like; a name that is nothing else stays."""
    # Word by word from the end: a pattern anchored at the end but searched for from the front starts
    # a scan to the end at each word of a long run ("Inc Inc Inc ... Gazette"), a time growing with the square.
    words = list(_WORD.finditer(name))
    legal_from = len(name)
    for at in range(len(words) - 1, -1, -1):
        word = words[at]
        if at == len(words) - 1:
            legal = word.end() == len(name) and _LEGAL_FORM.fullmatch(word.group())
        else:  # a comma may stand between two legal words ("Example Inc., Co."), never after the last
            legal = _LEGAL_FORM.fullmatch(word.group().removesuffix(","))
        if word.start() == 0 or not legal:
            break
        legal_from = word.start()
    kept = name[:legal_from].rstrip().removesuffix(",") if legal_from < len(name) else name
    kept = kept.strip()
    if legal_from < len(name) and _RUNS_ON.search(kept):
        kept = _RUNS_ON.sub("", kept).rstrip(" ,")  # "Patel, Rao & Co. Ltd": "Patel, Rao"
    return kept or name


def _name_like(part: str) -> str:
    """The part when it reads as a name: capitalised, short, not a fragment of prose."""
    words = part.split()
    if not words or len(words) > _MAX_WORDS or not (part[0].isupper() or part[0].isdigit() or _DOMAIN.match(words[0])):
        return ""
    if part.endswith("-") or any(_PROSE_WORD.match(w) for w in words):
        return ""
    return part


def _last_part(text: str) -> str:
    parts = [p.strip(" .,;:") for p in _SEPARATORS.split(text) if p.strip(" .,;:")]
    return parts[-1] if parts else ""


def _first_part(text: str) -> str:
    parts = [p.strip(" .,;:") for p in _SEPARATORS.split(text.strip()) if p.strip(" .,;:")]
    return _without_footer_links(_AFTER_NAME.sub("", _TRAILING_YEAR.sub("", parts[0]))) if parts else ""


def _without_footer_links(part: str) -> str:
    lowered = part.lower()
    cut = min((at for link in _FOOTER_LINKS if (at := lowered.find(" " + link)) > 0), default=len(part))
    return part[:cut].rstrip(" –—-&")
