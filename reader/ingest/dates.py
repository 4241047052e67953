"""Recognise the date lines news pages print and turn them into ISO dates."""

from __future__ import annotations

import datetime as dt
import re

_MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
            ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
            ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
_MONTH = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_DATE_PATTERNS = [
    # The year may run into the next word: "20 Apr 2026Updated 12:44" (a browser copy's glue).
    re.compile(rf"\b{_DAY}\s+{_MONTH},?\s+{_YEAR}(?!\d)", re.I),  # 14 November 2026
    # November 14, 2026; glued to the name before it too: "Jane DoeNovember 14, 2026"
    re.compile(rf"(?:\b|(?<=[a-z])(?-i:(?=[A-Z]))){_MONTH}\s+{_DAY},?\s+{_YEAR}(?!\d)", re.I),
    re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<month>\d\d)-(?P<day>\d\d)(?!\d)"),  # 2026-11-14
]
# What may surround the date on a line that is only a date line.
_PREFIX = re.compile(
    r"^(?:(?:first\s+|last\s+)?(?:published|updated|posted|modified)(?:\s+on)?\s*:?\s*"
    r"|date\s*:\s*)",
    re.I,
)
_FILLER = re.compile(
    r"""
    \b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b\.?     # weekday names
    | \b\d{1,2}[:.]\d\d(?::\d\d)?\s*(?:[ap]\.?m\.?)?  # 3:42 PM, 10.30
    | \b\d{1,2}\s*[ap]\.?m\.?(?!\w)                   # 3pm
    | T\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?  # ISO time part
    | (?-i:\b[A-Z]{2,5}\b)(?:[+-]\d{1,2}(?::?\d\d)?)?  # GMT, EST, UTC+1 (capitals only)
    | (?-i:^\s*[A-Z]{2,}(?:\s[A-Z]{2,})?\b)         # a wire dateline's place: "MUMBAI Tue Dec 30"
    | \b(?:at|on|updated|published|posted)\b
    | [,|•·\-–—()/:]
    """,
    re.X | re.I,
)


def find_date(text: str) -> str | None:
    """The first calendar date written in `text`, as YYYY-MM-DD, or None."""
    for pattern in _DATE_PATTERNS:
        match = pattern.search(text)
        if match:
            return _iso(match)
    return None


def leading_date(text: str) -> int:
    """How many characters of `text` a calendar date takes at its start, or 0."""
    for pattern in _DATE_PATTERNS:
        match = pattern.match(text)
        if match:
            return match.end()
    return 0


def date_line(line: str) -> str | None:
    """YYYY-MM-DD when the whole line is a date line ("Published 14 Nov 2026"), else None."""
    if len(line) > 90:
        return None
    body = _PREFIX.sub("", line.strip())
    for pattern in _DATE_PATTERNS:
        match = pattern.search(body)
        if match is None:
            continue
        rest = body
        for other in _DATE_PATTERNS:  # "Published ... Updated ...": a date line may give two dates
            rest = other.sub(" ", rest)
        if _FILLER.sub(" ", rest).strip():
            return None
        return _iso(match)
    return None


def _iso(match: re.Match[str]) -> str | None:
    month = match["month"].lower().rstrip(".")
    number = int(month) if month.isdigit() else _MONTHS[month]
    try:
        return dt.date(int(match["year"]), number, int(match["day"])).isoformat()
    except ValueError:
        return None
