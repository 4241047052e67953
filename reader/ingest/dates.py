"""Recognise the date lines news pages print and turn them into ISO dates."""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Iterator
from itertools import islice

from reader.ingest.chrome import CHROME_WORDS
from reader.ingest.prose import stoplist

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
_MONTH_NAMES = "|".join(sorted(_MONTHS, key=len, reverse=True))
# What every month's name starts with, capitalised: "Nov", "November" (for patterns that go on with "[a-z]*").
MONTH_START = "(?:" + "|".join(name.capitalize() for name in _MONTHS if len(name) == 3) + ")"
# Every month's name whole, short or in full, capitalised: a surname that starts like one ("Novak") is none.
MONTH_WORD = "(?:" + "|".join(name.capitalize() for name in sorted(_MONTHS, key=len, reverse=True)) + ")"
_MONTH = rf"(?P<month>{_MONTH_NAMES})\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_WRITTEN_YEAR = rf"(?:{_YEAR}|['’](?P<short_year>\d\d))"  # "14 January '15": a blog's year cut to two figures
# The year may run into the next word or the time: "20 Apr 2026Updated", "Apr 20 20268:41 AM".
# Or into the reading time: "Sep 3, 202612 mins" ("2026", then "12 mins").
_READING_TIME_AFTER = r"(?=\d{1,3}\s?min(?:ute)?s?\b)"
_YEAR_END = r"(?:(?!\d)|(?=\d{1,2}:\d\d)|" + _READING_TIME_AFTER + ")"
# 14 November 2026, 14th of November 2026, 14. November, 2026 (the day's number with a stop, as in German);
# glued to the name before it too: "Jane Doe14 Nov 2026"
_WRITTEN_DAY_FIRST = re.compile(
    rf"(?:\b|(?-i:(?<=[a-z]))){_DAY}(?:\.(?=\s))?(?:\s+of)?\s+{_MONTH},?\s+{_WRITTEN_YEAR}{_YEAR_END}", re.I)
# November 14, 2026; glued to the name before it too: "Jane DoeNovember 14, 2026"
_WRITTEN_MONTH_FIRST = re.compile(
    rf"(?:\b|(?<=[a-z])(?-i:(?=[A-Z]))){_MONTH}\s+{_DAY},?\s+{_WRITTEN_YEAR}{_YEAR_END}", re.I)
# 24.11.2026, 11/24/2026 or 24-11-2026: read only where one number is over 12 and so must be the
# day, or where the page shows which comes first (see figure_order). With hyphens, not inside a
# file name or an address ("Banner_10-04-2019-02.jpg").
_FIGURES = re.compile(r"(?<![\d.])(?P<first>\d{1,2})([./])(?P<second>\d{1,2})\2(?P<year>(?:19|20)\d\d)(?![\d.])")
_HYPHENED_FIGURES = re.compile(
    r"(?<![\w.-])(?P<first>\d{1,2})(-)(?P<second>\d{1,2})-(?P<year>(?:19|20)\d\d)(?![\w-]|\.\w)")
# 14-Nov-2026, 14.Nov.2026, 14-Nov-26: the month named between figures.
_NAMED_BETWEEN_FIGURES = re.compile(
    rf"\b{_DAY}([-./])(?P<month>{_MONTH_NAMES})\.?\2(?:{_YEAR}|(?P<short_year>\d\d))(?!\d|[.-]\d)", re.I)
# Figures with the year in two: "11.24.26", "11/24/26 12:34PM". A version number or a
# score may look the same, so such a date is read where a date is looked for but is no sign of one.
_SHORT_YEAR_DATE = re.compile(
    r"(?<![\d./])(?P<first>\d{1,2})([./])(?P<second>\d{1,2})\2(?P<short_year>\d\d)(?![\d./])")
# The time of day right after a date: "12.16.14   9:30AM", "11/08/23 5:19pm".
_TIME_AFTER = re.compile(r"\s*,?\s*\d{1,2}:\d\d\s*[ap]\.?m\b", re.I)
_DATE_PATTERNS = [
    _WRITTEN_DAY_FIRST,
    _WRITTEN_MONTH_FIRST,
    # 2026-11-14; glued to the name before it too: "Jane Doe2026-11-14 09:32:17 UTC"
    re.compile(r"(?<!\d)(?P<year>(?:19|20)\d\d)-(?P<month>\d\d)-(?P<day>\d\d)(?!\d)"),
    _FIGURES,
    _HYPHENED_FIGURES,
    # 2026/11/14 or 2026.11.14: the year first, then the month, as in ISO dates (with dots, two
    # figures each, as "2026.1.2" is a version number).
    re.compile(r"(?<![\d./])(?P<year>(?:19|20)\d\d)(?=/|\.\d\d\.\d\d)([./])(?P<month>\d{1,2})\2(?P<day>\d{1,2})"
               r"(?!\d|[./]\d)"),
    _NAMED_BETWEEN_FIGURES,
    _SHORT_YEAR_DATE,  # the weakest sign of a date, tried last
]
# A weekday's name, whole or cut to three letters, right before a date in figures: "Wednesday 8.5.15", "Wed, 11/08/2023".
_WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
# Not after a capitalised word: "Baltimore Sun 03/05/2026", "Phoenix Suns 11/08/2026" name a paper or a team.
_WEEKDAY_BEFORE = re.compile(
    rf"(?<![A-Z][a-z]\s)(?<![A-Z][a-z]{{2}}\s)\b(?P<weekday>{'|'.join(_WEEKDAYS)})"
    r"(?:day|sday|nesday|r|rs|rsday|urday|(?<=tue|wed)s)?\.?,?\s*$", re.I)
_WEEKDAY_REACH = 12  # "Wednesday, " and no more
# Every date pattern above has a figure in it: text without one is read no further.
_FIGURE = re.compile(r"\d")
_MAX_DATE_LINE = 200  # a byline's line with its dates; longer text is a paragraph, its first date the one told
# Time zones of places that write dates in figures day first, and of those that write the month first ("CST" is
# China's too, which writes the year first: it says nothing).
_DAY_FIRST_ZONES = frozenset(
    "GMT BST IST WET WEST CET CEST EET EEST SAST CAT EAT WAT AEST AEDT ACST ACDT AWST NZST NZDT MYT SGT PKT HKT".split())
_MONTH_FIRST_ZONES = frozenset("EST EDT CDT MST MDT PST PDT ET CT MT PT AKST AKDT HST".split())
# A time and its zone: "09:41 IST", "9.41am (AEDT)", "7:07 PM PDT"; the spaces bounded, a long run is no clock.
_ZONED_CLOCK = r"\d{1,2}[:.]\d\d(?::\d\d)?[ \t]{0,3}(?i:[ap]\.?m\.?)?[ \t]{0,3}\(?(?P<zone>[A-Z]{2,5})\b"
# The time right after a date in figures, or right before it: " 09:41 IST", ", 9.41am (AEDT)", "7:07 PM PDT ".
_ZONE_AFTER = re.compile(rf"[\s,|]{{0,5}}(?:at\s+)?{_ZONED_CLOCK}")
_ZONE_BEFORE = re.compile(rf"\b{_ZONED_CLOCK}\)?[ \t,|]{{0,5}}$")
_ZONE_REACH = 30
_ZONED_TIME = re.compile(rf"\b{_ZONED_CLOCK}")
_MAX_CLOCK_LINE = 80  # a masthead's clock or a dateline; a sentence of the article is longer or ends in a stop
_SENTENCE_STOP = re.compile(r"[.!?](?:\s|$)")
# A page's first dates of each shape show its order; a file of nothing but dates need not be read through.
_MAX_DATES_SHOWING_ORDER = 1000
# A time since publication, as cards and bylines print it: "7 hours", "2 hours ago", "5m".
ELAPSED = r"\d{1,2}\s*(?:min(?:ute)?s?|hours?|hrs?|days?|h|m|d)"
# ... and with "ago", weeks or months: "3 weeks ago", "9 months ago" ("9 months" alone is no time; "50 years ago"
# heads an archive's entry).
AGO = rf"(?:{ELAPSED}|\d{{1,2}}\s+(?:weeks?|months?))\s+ago"
# A card's section before its time: "Malaysia / 3 days ago", "World · 2 weeks ago".
SECTION_BEFORE = r"(?:[^\W\d][\w&'’ -]{0,30}?\s*[/|•·]\s*)"
# The notes a page prints before its dates: "First published", "Posted", "Issued on:", "Last updated", "Modified".
_UPDATED_NOTE = r"(?:last\s+)?(?:updated|modified|edited)"
_NOTE = rf"(?:(?:first\s+|last\s+)?(?:published|posted|written|issued(?=\s+on\s*:))|{_UPDATED_NOTE})"
# "Published ...", and a note under the article: "Story published on ...", "This article was first published on ...".
_NOTE_START = re.compile(rf"^(?:(?:this )?(?:story|article|post) (?:was )?)?{_NOTE}\b", re.I)
_UPDATED_START = re.compile(rf"^{_UPDATED_NOTE}\b", re.I)
_ANY_NOTE = re.compile(rf"\b{_NOTE}\b", re.I)
_UPDATED_LABEL = re.compile(rf"^{_UPDATED_NOTE}(?:\s+on)?\s*:?$", re.I)  # "Last modified:", the date below
# What may surround the date on a line that is only a date line.
_PREFIX = re.compile(rf"^(?:{_NOTE}(?:\s+on)?\s*:?\s*|date\s*:\s*)", re.I)
_FILLER = re.compile(
    r"""
    \b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b\.?     # weekday names
    | \b\d{1,2}[:.]\d\d(?::\d\d)?\s*(?:[ap]\.?m\.?|hrs?\b)?  # 3:42 PM, 10.30, 09:41 hrs
    | \b\d{1,2}\s*[ap]\.?m\.?(?!\w)                   # 3pm
    | (?-i:(?<!\S)[a-zà-ÿа-яё]{1,3})(?=\s+\d{1,2}:\d\d)  # "at" in another language before the time: "в 16:43"
    | \b[0-2]\d[0-5]\d(?:\s*hrs?\b|(?=\s*\(?(?-i:[A-Z]{2,5})\b))  # 0941 hrs (armies, some papers), 0430 GMT (1230 HKT)
    | T\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?  # ISO time part
    | (?-i:\b[A-Z]{2,5}\b)(?:[+-]\d{1,2}(?::?\d\d)?)?  # GMT, EST, UTC+1 (capitals only)
    | (?<![\w+-])[+-][01]\d:?[0-5]\d\b               # a zone in figures: +0200, -05:00
    | (?-i:^\s*[A-Z]{2,}(?:\s[A-Z]{2,})?\b)         # a wire dateline's place: "MUMBAI Tue Dec 30"
    | (?-i:[-–—]\s*[A-Z]{2,}(?:\s[A-Z]{2,})?\s*$)  # or the place after the date: "... 9:41 am IST - NEW DELHI"
    | \b(?:at|on|first|last|updated|modified|published|posted|ago)\b|\bissued(?=\s+on\s*:)
    | \b(?-i:[a-z]+)?\d{1,3}\s*(?:min|mins|minutes?|hours?|hrs?)\b\.?(?:\s+read\b)?  # "2 minute read", "9 min ago",
                                                       # "timer5 min. read" (an icon's name a copy prints)
    | [,;|•·\-–—()\[\]/:●▪■@]                     # "December 8, 2010; 10:37 PM" too
    """,
    re.X | re.I,
)


# "... First published on Friday 13 November": a second date a dump cut off at the line's end, its year below.
_CUT_DATE = re.compile(rf"(?:\b\d{{1,2}}\s+(?:{_MONTH_NAMES})\.?|\b(?:{_MONTH_NAMES})\.?\s+\d{{1,2}})\s*$", re.I)
# The parts of a line such as "Politics / 14 November 2026" or "14 Nov 2026 • Oslo, Norway".
_PARTS = re.compile(r"\s+[•|·/]\s+|\s{2,}")
# One word beside a date: a kicker before it in any case, a kind of article after it in small letters (a name
# after a date is a card's byline).
_ONE_WORD_BEFORE = re.compile(r"^(?P<word>[^\W\d_]{3,})\s+(?P<rest>.+)$")
_ONE_WORD_AFTER = re.compile(r"^(?P<rest>.+?)\s+(?P<word>[a-z]{3,})$")
# A sentence's end with the next line's capital or figure run into it: "recovery?Monday", "weeks.12 Nov".
_GLUED_AFTER_SENTENCE = re.compile(r"[a-z][.?!][\"”’]?(?=[A-Z0-9])")
# A capitalised note inside a line, the date after it: "... Agencies)Updated: April 7, 2026 03:49 pm IST".
_NOTE_IN_LINE = re.compile(r"(?:Last\s+|LAST\s+)?(?:Updated|Published|Posted|UPDATED|PUBLISHED|POSTED)\b")
_MAX_NOTED_DATE = 80  # "Updated: Saturday, 14 November 2026 at 09:41 GMT" and a little more
# "by" before the writer's name after the date, glued to the name or not: "September 15, 2026 byJane Doe".
_BY_AFTER_DATE = re.compile(r"\s(?:by|By|BY)(?=\s*[A-Z])")
_MAX_DATED_WRITER = 120  # the date, "by", the writer, a comment count or a button
# The magazine issue's date: "November 22, 2026 Issue".
_ISSUE_AFTER = re.compile(r"\s+issue\s*$", re.I)
# A blog's note under its post: "This entry was posted on" and the date (its weekday at most before it).
_POSTED_ON = re.compile(
    r"^(?:this|the)\s+(?:entry|post|article)\s+was\s+(?:posted|published|written)\s+on\s+"
    r"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s+)?(?P<date>.{6,40})", re.I)
# A date printed over lines: the year alone on one, the day and the month on the next ("Nov 13", "13 Nov").
_YEAR_ALONE = re.compile(r"^\s*(?:19|20)\d\d\s*$")
_MONTH_DAY = re.compile(
    rf"^\s*(?:(?:{_MONTH_NAMES})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTH_NAMES})\.?)\s*$",
    re.I)
_MAX_GLUED_DATE = 70  # "Saturday, 14 November 2026 at 09.41 GMT" and a little more
_PRINT_PAGE = re.compile(r"\bpage\s?\d{1,3}\b", re.I)
# Capitals or figures glued to the next word: "UTCUpdated", "GMT+2Last", "readApril"; capitals glued to the day.
_GLUED_CAPITALS = re.compile(r"(?<=[A-Z]{2})(?=[A-Z][a-z])|(?<=\d)(?=[A-Z][a-z])|(?<=[a-z])(?=[A-Z][a-z])"
                             # "CWN13 November 2026", "Courier News13 November 2026": an outlet's initials or name,
                             # three letters or more ("WW2" is none).
                             rf"|(?<=[A-Z]{{3}}|[a-z]{{3}})(?=\d{{1,2}}\s+(?i:{_MONTH_NAMES})\b)"
                             # "Updated10:20, 28 Apr 2026": a note glued to the time after it.
                             r"|(?<=[a-z]{3})(?=\d{1,2}[:.]\d\d\b)")


# "Jane Doe for Metro.co.uk Monday 27 Mar 2026": up to three capitalised words, "for", the outlet's one to three.
_CREDIT_BEFORE_DATE = re.compile(r"^[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2} for "
                                 r"[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2} "
                                 r"(?P<date>(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,? )?\d.*)$")
# A weekday alone on its line, over the date: "Monday" / "Mar 16, 2020 at 3:44 AM".
_WEEKDAY_ALONE = re.compile(r"^\s*(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s*$", re.I)


def is_weekday_alone(line: str) -> bool:
    """Whether the line is a weekday's name and nothing else ("Monday"), the date printed under it."""
    return _WEEKDAY_ALONE.match(line) is not None


def starts_with_date_note(text: str) -> bool:
    """Whether `text` starts with a note a date follows: "Published ...", "Last updated ...", "Modified"."""
    return _NOTE_START.match(text) is not None


def is_update_note(line: str, above: str = "") -> bool:
    """Whether the line's date is an update: "Updated 14 Nov 2026", or under "Last modified:" on the line above."""
    return _UPDATED_START.match(line) is not None or _UPDATED_LABEL.match(above) is not None


# "Published" or "Posted on:" alone on a line, the date on the next.
_PUBLISHED_LABEL = re.compile(r"^(?:first\s+)?(?:published|posted)(?:\s+on)?\s*:?$", re.I)
# "Date 19.01.2026", "Date: 19.01.2026": a page's own field, labelled as in a table of the story's details.
_DATE_LABEL = re.compile(r"^date\b\s*:?\s*", re.I)
# "May 4, 2026 This story originally appeared on Courier Wire": the date, then where the story first ran.
_FIRST_RAN = re.compile(
    r"^(?:this|the)\s+(?:story|article|post|piece|report)\s+(?:was\s+)?(?:originally|first)\s+"
    r"(?:appeared|published|ran|posted)\b.{0,60}$", re.I)


def is_published_label(line: str) -> bool:
    """Whether the line only labels the publication date the next line gives: "Published", "Posted on:"."""
    return _PUBLISHED_LABEL.match(line.strip()) is not None


def labelled_date(line: str, day_first: bool | None = None) -> str | None:
    """YYYY-MM-DD when the line is a date after the label "Date" ("Date 19.01.2026"), else None."""
    label = _DATE_LABEL.match(line.strip())
    return _whole_date_line(line.strip()[label.end():], day_first) if label and len(line) <= 90 else None


def date_before_first_run(line: str, day_first: bool | None = None) -> str | None:
    """YYYY-MM-DD when the line is a date and a note on where the story first ran, else None."""
    end = leading_date(line.strip())
    if end and _FIRST_RAN.match(line.strip()[end:].strip()) and len(line) <= 120:
        return date_line(line.strip()[:end], day_first)
    return None


def find_date(text: str, day_first: bool | None = None) -> str | None:
    """The first calendar date written in `text`, as YYYY-MM-DD, or None.

    `day_first` settles figures either number of which could be the month (05/11/2026):
    True reads the day first, False the month, None leaves them unread.
    """
    if not _FIGURE.search(text):
        return None
    for pattern in _DATE_PATTERNS:
        for match in pattern.finditer(text):
            if iso := _iso(match, day_first):
                return (len(text) <= _MAX_DATE_LINE and _first_publication(text, day_first)) or iso
    return None


def short_year_only(text: str, day_first: bool | None = None) -> bool:
    """Whether the only dates `text` writes have the year in two figures ("12.16.14"), no time of day after
    them ("12.16.14 9:30AM" is a date: a version number or a score has none)."""
    return any(_iso(m, day_first) and not _TIME_AFTER.match(text, m.end())
               for m in _SHORT_YEAR_DATE.finditer(text)) and not any(
        _iso(m, day_first) for pattern in _DATE_PATTERNS if pattern is not _SHORT_YEAR_DATE
        for m in pattern.finditer(text))


def undecided_figures(text: str) -> bool:
    """Whether `text` writes a date in figures either number of which could be the month (05/11/2026)."""
    return any(_iso(m) is None and _iso(m, True) for m in _figure_dates(text))


def figure_order(text: str) -> bool | None:
    """Whether a page writes dates in figures day first (True) or month first (False); None if it does not show.

    13/11/2026 shows the day first and 11/13/2026 the month; so does a date written out
    (5 November 2026, May 11, 2026) that matches one reading of 05/11/2026. Signs both ways show nothing.
    """
    signs: set[bool] = set()
    readings: dict[str, set[bool]] = {}  # each reading of an undecided date, and the order that gives it
    for match in islice(_figure_dates(text), _MAX_DATES_SHOWING_ORDER):
        first, second = int(match["first"]), int(match["second"])
        if (first > 12) != (second > 12) and _iso(match):
            signs.add(first > 12)
            if len(signs) == 2:  # stop early: a long page need not be read to its end
                return None
        elif first != second and _iso(match) is None and _iso(match, True):
            for order in (True, False):
                readings.setdefault(_iso(match, order) or "", set()).add(order)
            if (zoned := _zone_order(text, match)) is not None:
                signs.add(zoned)
                if len(signs) == 2:
                    return None
    if readings:
        for pattern in (_WRITTEN_DAY_FIRST, _WRITTEN_MONTH_FIRST, _NAMED_BETWEEN_FIGURES):
            for match in islice(pattern.finditer(text), _MAX_DATES_SHOWING_ORDER):
                signs |= readings.get(_iso(match) or "", set())
                if len(signs) == 2:
                    return None
    if readings and not signs:
        signs = _zones_order(text)  # "OCT 06, 10:04 AM EDT" over "BY JANE DOE ON 10/06/17": a page on US time
    return signs.pop() if len(signs) == 1 else None


def _zones_order(text: str) -> set[bool]:
    # The orders of the zones the page's clock lines name (a masthead's "OCT 06, 10:04 AM EDT"): its dates are
    # written as its readers' are.
    clocks = (line for line in text.split("\n") if len(line) <= _MAX_CLOCK_LINE and not _SENTENCE_STOP.search(line))
    zones = {match["zone"] for line in islice(clocks, _MAX_DATES_SHOWING_ORDER) for match in _ZONED_TIME.finditer(line)}
    return {order for order, named in ((True, _DAY_FIRST_ZONES), (False, _MONTH_FIRST_ZONES)) if zones & named}


def _zone_order(text: str, date: re.Match[str]) -> bool | None:
    # The time after the date, or before it, names its zone: Britain, Europe, Africa, India, Australia and Malaysia
    # write the day first (05/11/2026 09:41 IST), the United States the month (05/11/2026 9:41 AM ET,
    # 7:07 PM PDT 10/5/2017).
    match = (_ZONE_AFTER.match(text[date.end(): date.end() + _ZONE_REACH])
             or _ZONE_BEFORE.search(text[max(0, date.start() - _ZONE_REACH): date.start()]))
    if match is None:
        return None
    return True if match["zone"] in _DAY_FIRST_ZONES else False if match["zone"] in _MONTH_FIRST_ZONES else None


def _figure_dates(text: str) -> Iterator[re.Match[str]]:
    # Four-figure years, and two-figure ones with slashes (a version number is written with dots).
    yield from _FIGURES.finditer(text)
    yield from _HYPHENED_FIGURES.finditer(text)
    yield from (m for m in _SHORT_YEAR_DATE.finditer(text) if m[2] == "/")


def is_figures_date(text: str) -> bool:
    """Whether `text` is a date in figures and nothing else ("08/06/2022"), whichever number is the day."""
    return _FIGURES.fullmatch(text) is not None


def date_span(text: str) -> tuple[int, int] | None:
    """Where the first calendar date written in `text` stands, read either way where its figures leave
    the order open (05/11/2026), or None."""
    if not _FIGURE.search(text):
        return None
    spans = []
    for pattern in _DATE_PATTERNS:
        match = next((m for m in pattern.finditer(text) if _iso(m, True) or _iso(m, False)), None)
        if match:
            spans.append(match.span())
    return min(spans, default=None)


def leading_date(text: str) -> int:
    """How many characters of `text` a calendar date takes at its start, or 0."""
    for pattern in _DATE_PATTERNS:
        match = pattern.match(text)
        if match:
            return match.end()
    return 0


def date_line(line: str, day_first: bool | None = None) -> str | None:
    """YYYY-MM-DD when the whole line is a date line ("Published 14 Nov 2026"), else None."""
    return _whole_date_line(line, day_first) if len(line) <= 90 else None


def loose_date_line(line: str, day_first: bool | None = None, words: int = 4) -> str | None:
    """YYYY-MM-DD when the line is a date with a few words beside it, else None.

    Short parts set off by bullets or slashes (a section, a place; up to `words` words each), an
    outlet's name before the date, a print page after it, or the magazine issue's date.
    """
    if len(line) > 90:
        return None
    if iso := _whole_date_line(_PRINT_PAGE.sub(" ", line), day_first) or _after_a_name(line, day_first) or _issue_date(
            line, day_first):
        return iso
    dated = [(part, _whole_date_line(part, day_first)) for part in _PARTS.split(line.strip()) if part]
    # "Updated: 14 Nov 2026 | Published: 13 Nov 2026": the first publication counts.
    first = next((iso for part, iso in dated if iso and not _UPDATED_START.match(part)), None) or next(
        (iso for _, iso in dated if iso), None)
    others = [part for part, iso in dated if not iso]
    if first and all(len(part.split()) <= words and not part.endswith((".", "!", "?")) for part in others):
        return first
    return _beside_one_word(line.strip(), day_first) or _before_buttons(line, day_first)


def _before_buttons(line: str, day_first: bool | None) -> str | None:
    # A share button beside the date, run into it or not: "14 November 2026Share", "... 10:00 Share this article".
    words = _GLUED_CAPITALS.sub(" ", line).split()
    kept = len(words)
    while kept > 1 and words[kept - 1].casefold() in CHROME_WORDS:
        kept -= 1
    return _whole_date_line(" ".join(words[:kept]), day_first) if kept < len(words) else None


def date_after_sentence(line: str, day_first: bool | None = None) -> str | None:
    """YYYY-MM-DD when a date line is glued to the end of a sentence ("... its recovery?Monday, 6 January
    2026": a dump runs a standfirst into the date under it), else None."""
    tail = line[-_MAX_GLUED_DATE:]
    return next((iso for match in _GLUED_AFTER_SENTENCE.finditer(tail)
                 if (iso := _whole_date_line(tail[match.end():], day_first))), None)


def date_after_note(line: str, day_first: bool | None = None) -> str | None:
    """YYYY-MM-DD when the line ends in a date under its note ("... (with inputs from Agencies)Updated: April 7,
    2026 03:49 pm IST": a byline's credits, then the date), else None."""
    tail = line[-_MAX_NOTED_DATE:]
    return next((iso for match in _NOTE_IN_LINE.finditer(tail)
                 if match.start() > 0 and (iso := _whole_date_line(tail[match.start():], day_first))), None)


def date_before_writer(line: str, day_first: bool | None = None) -> str | None:
    """YYYY-MM-DD when the line is a date, then "by" and the writer ("September 15, 2026 byJane Doe Post a
    Comment": a dump glues "by" to the name), else None."""
    by = _BY_AFTER_DATE.search(line)
    return _whole_date_line(line[:by.start()], day_first) if by and len(line) <= _MAX_DATED_WRITER else None


def date_after_credit(line: str, day_first: bool | None = None) -> str | None:
    """YYYY-MM-DD when the line is a writer's credit for an outlet, then the date: "GameCentral for Metro.co.uk
    Monday 27 Mar 2026 2:55 pm" (the weekday may be run into the outlet's name), else None."""
    if len(line) > 90 or " for " not in line:  # the cheap test first: most lines credit no one
        return None
    credit = _CREDIT_BEFORE_DATE.match(_GLUED_CAPITALS.sub(" ", line.strip()))
    return _whole_date_line(credit["date"], day_first) if credit else None


def _issue_date(line: str, day_first: bool | None) -> str | None:
    # The date of the magazine's issue the story ran in, its section's name before it at most: "Harbour Notes
    # November 22, 2026 Issue".
    issue = _ISSUE_AFTER.search(line)
    if issue is None or len(line) > 90:
        return None
    return _whole_date_line(line[:issue.start()], day_first) or _after_a_name(line[:issue.start()], day_first)


def posted_on(text: str, day_first: bool | None = None) -> str | None:
    """YYYY-MM-DD when the text says on what day the post was published ("This entry was posted on Sunday,
    November 15th, 2026 at 3:00 pm and is filed under ..."), else None."""
    said = _POSTED_ON.match(text)
    return find_date(said["date"], day_first) if said and leading_date(said["date"]) else None


def date_over_lines(line: str, above: str, below: str) -> str | None:
    """YYYY-MM-DD when the line is a day and a month and the line over or under it the year alone ("2026" /
    "Nov 13" / "9:41 AM": a date printed as a block of lines), else None."""
    year = next((other.strip() for other in (above, below) if _YEAR_ALONE.match(other)), None)
    return date_line(f"{line.strip()} {year}") if year and _MONTH_DAY.match(line) else None


def _beside_one_word(line: str, day_first: bool | None) -> str | None:
    # A kicker a dump prints in small letters where the page capitalises it ("conservatism May 16, 2026"),
    # or the kind of article after the date ("October 22, 2026 report"): one word, no function word, and
    # the year in four figures ("Version 4.13.26" is no date).
    for pattern in (_ONE_WORD_BEFORE, _ONE_WORD_AFTER):
        match = pattern.match(line)
        if match is None or match["word"].casefold() in stoplist() or short_year_only(match["rest"], day_first):
            continue
        if iso := _whole_date_line(match["rest"], day_first):
            return iso
    return None


def _after_a_name(line: str, day_first: bool | None) -> str | None:
    # An outlet's name run into the date: "Courier News November 14, 2026, 8:41 AM", "Courier NewsNovember 14";
    # or a section's: "Tides & Times November 14, 2026"; a brand may start in lower case ("artnet News, ...").
    words = _GLUED_CAPITALS.sub(" ", line).split()
    for count in range(1, min(4, len(words) - 1) + 1):
        word = words[count - 1]
        brand = count == 1 and word.isalpha() and word not in stoplist() and words[1][:1].isupper()
        if not (word[:1].isupper() or word == "&" or brand):
            return None
        if iso := _whole_date_line(" ".join(words[count:]), day_first):
            return iso
    return None


@functools.lru_cache(maxsize=4096)  # several rules ask it of the same line, or of the same part of one
def _whole_date_line(line: str, day_first: bool | None) -> str | None:
    if not _FIGURE.search(line):
        return None
    body = _GLUED_CAPITALS.sub(" ", _PREFIX.sub("", line.strip()))
    for pattern in _DATE_PATTERNS:
        for match in pattern.finditer(body):
            iso = _iso(match, day_first)
            if iso is None:
                continue
            rest = body
            for other in _DATE_PATTERNS:  # "Published ... Updated ...": a date line may give two dates
                rest = other.sub(" ", rest)
            if _FILLER.sub(" ", _CUT_DATE.sub(" ", rest)).strip():
                return None
            return _first_publication(line, day_first) or iso
    return None


def _first_publication(line: str, day_first: bool | None) -> str | None:
    # "Updated: 4 Mar 2026 | Published: 3 Mar 2026": where an update's note leads the line's first date, the date
    # a publishing note leads is the article's.
    text = _GLUED_CAPITALS.sub(" ", line)
    found = sorted((match.start(), iso) for pattern in _DATE_PATTERNS for match in pattern.finditer(text)
                   if (iso := _iso(match, day_first)))
    notes = [(match.start(), _UPDATED_START.match(match[0]) is not None) for match in _ANY_NOTE.finditer(text)]

    def updated(at: int) -> bool:
        before = [update for start, update in notes if start < at]
        return bool(before) and before[-1]

    if len(found) < 2 or not updated(found[0][0]):
        return None
    return next((iso for at, iso in found if not updated(at)), None)


def _weekday_order(match: re.Match[str]) -> bool | None:
    # The weekday printed right before figures either of which could be the month: the reading that falls on it.
    named = _WEEKDAY_BEFORE.search(match.string, max(0, match.start() - _WEEKDAY_REACH), match.start())
    if named is None:
        return None
    weekday = _WEEKDAYS.index(named["weekday"].casefold())
    groups = match.groupdict()
    year = int(groups["year"]) if groups.get("year") else 2000 + int(groups["short_year"])
    falls_on = set()
    for day_first, (day, month) in ((True, (int(match["first"]), int(match["second"]))),
                                    (False, (int(match["second"]), int(match["first"])))):
        try:
            if dt.date(year, month, day).weekday() == weekday:
                falls_on.add(day_first)
        except ValueError:
            continue
    return falls_on.pop() if len(falls_on) == 1 else None


def _iso(match: re.Match[str], day_first: bool | None = None) -> str | None:
    groups = match.groupdict()
    if groups.get("first"):
        first, second = int(groups["first"]), int(groups["second"])
        if first > 12 or second > 12:
            day_first = first > 12
        elif first == second:
            day_first = True  # 05/05/2026 is the same day either way
        elif day_first is None and (named := _weekday_order(match)) is not None:
            day_first = named  # "Wednesday 8.5.15": 5 August 2015 was a Wednesday, 8 May a Friday
        elif day_first is None:  # 11/12/2026 is a different day in London and New York
            return None
        day, number = (first, second) if day_first else (second, first)
    else:
        month = match["month"].lower().rstrip(".")
        number = int(month) if month.isdigit() else _MONTHS[month]
        day = int(match["day"])
    year = int(groups["year"]) if groups.get("year") else 2000 + int(groups["short_year"])
    try:
        return dt.date(year, number, day).isoformat()
    except ValueError:
        return None
