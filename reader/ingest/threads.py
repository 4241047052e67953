"""Readers' comment threads in scraped text: prose, but no part of the article.

A thread has a shape of its own: before each comment a line names the commenter
("harbourfan on Nov 13, 3:29 PM said:", "Jane Doe November 13, 2026 at 7:01 pm",
"Jane Doe subscriber"), and the same few buttons ("Reply", "Flag as Offensive",
a vote count) come back around each comment.  Found by that shape, a thread is
kept out of the body however long its comments run.
"""

from __future__ import annotations

import re
from collections import defaultdict

from reader.ingest.byline import bare_name, without_leading_marks
from reader.ingest.chrome import is_comments_heading
from reader.ingest.dates import AGO, find_date
from reader.ingest.prose import Prose
from reader.ingest.scraped_lines import Unit, runs

_MIN_COMMENTS = 3  # commenter lines in a row: one or two may be a quote's or a byline's
# "Jane Doe   May 26, 2016", "gullwatcher May 26, 2016" over every comment, the day alone: a byline's shape,
# so one more in a row (_day_only_thread).
_MIN_DAY_ONLY = 4
_DAY_ONLY = "day "
_MAX_DAY_WORDS = 4  # "May 26, 2016", "26 May 2016", "Thursday 26 May 2016"
_MAX_HANDLE_WORDS = 5  # "Mike @ Home Kitchen"
_COMMENT_REACH = 30  # units from one commenter line to the next: a long comment, a reply's buttons
_MAX_COMMENTER_CHARS = 100
_MAX_BUTTON_WORDS = 3
_MAX_BUTTON_CHARS = 30
# "harbourfan on Nov 13, 3:29 PM said:", "Jane Doe says:", "Jane Doe says: November 13, 2026 at 7:01 pm",
# "Anonymous said..." (a blog's).
_SAYS = re.compile(r"^\S.{0,80}?\s(?:said|says|wrote|writes)\s*(?::|\.\.\.|…)(?P<rest>.{0,40})$", re.I)
# When a comment was posted: a clock time, or how long ago ("3:29 PM", "7:01 pm", "2 hours ago").
_STAMP = re.compile(rf"\b\d{{1,2}}:\d\d\b|\b{AGO}\b", re.I)
# "Jane Doe subscriber": a name, then the same word of the site's after every commenter's name.
_NAME_AND_TAG = re.compile(r"^(?P<name>[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){1,3}) (?P<tag>[a-z]{3,20})$")
_MIN_TAGGED = 3  # different names with the same word after them
_SAYS_OVER_TIME = "says, time below"
_BLOG_SAYS = "says..., time above"
_COMMENT_COUNT = re.compile(r"^\d[\d,]* [\w'’ -]{1,30}:$")
_WORD = re.compile(r"\w+")
_FIGURE = re.compile(r"\d")  # every time and date has one


def comment_threads(units: list[Unit], prose: list[Prose]) -> set[int]:
    """The units of readers' comment threads: commenter lines, comments and their buttons."""
    by_form: dict[str, list[int]] = defaultdict(list)
    for index, form in sorted(_commenter_lines(units).items()):
        by_form[form].append(index)
    found: set[int] = set()
    for form, commenters in by_form.items():
        # A blog's thread opens under its count ("48 comments:"); a live page's quotes have none.
        if form == _BLOG_SAYS and not any(i > 0 and _counts_comments(units[i - 1].text) for i in commenters):
            continue
        for run in runs(commenters, _COMMENT_REACH):
            # "Jane Doe says:" over a time is also how a live page or a transcript prints its speakers: a
            # thread's own buttons ("Reply") must come back around each comment too.
            if form.startswith(_DAY_ONLY) and not _day_only_thread(units, run):
                continue
            if len(run) >= _MIN_COMMENTS and (form != _SAYS_OVER_TIME or _cycle_lines(units, run)):
                found.update(_thread(units, prose, run))
    return found


def _counts_comments(text: str) -> bool:
    # "4 comments:", "48 mental poops:": a blog counts its comments over the first, in its own words.
    return is_comments_heading(text) or _COMMENT_COUNT.match(text.strip()) is not None


def _day_only_thread(units: list[Unit], run: list[int]) -> bool:
    # Names over the day alone are a byline's shape (a live page's entries, a table's rows): more of them, each
    # over its comment, and the thread's own marks (the comments' numbers, "Reply") around every comment.
    apart = all(b - a > 1 for a, b in zip(run, run[1:]))
    return len(run) >= _MIN_DAY_ONLY and apart and bool(_cycle_lines(units, run))


def _commenter_lines(units: list[Unit]) -> dict[int, str]:
    """Lines that name a commenter with the time of the comment, or a name with the site's word after it,
    each with its form: a thread prints every commenter's line alike (a byline is printed otherwise)."""
    found = {i: form for i in range(len(units)) if (form := _says_or_dated(units, i))}
    tagged: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
    for index, unit in enumerate(units):
        if len(unit.text) <= _MAX_COMMENTER_CHARS and (match := _NAME_AND_TAG.match(unit.text.strip())):
            tagged[match["tag"]][match["name"].casefold()].append(index)
    for tag, names in tagged.items():
        if len(names) >= _MIN_TAGGED:
            found.update((i, f"tag {tag}") for indexes in names.values() for i in indexes)
    return found


def _says_or_dated(units: list[Unit], index: int) -> str | None:
    # "harbourfan on Nov 13, 3:29 PM said:", "Jane Doe says:" over "November 13, 2026 at 7:01 pm",
    # "Jane Doe November 13, 2026 at 7:01 pm": the time the comment was posted, on the line or under it.
    text = without_leading_marks(units[index].text.strip())
    if len(text) > _MAX_COMMENTER_CHARS:
        return None
    below = units[index + 1].text if index + 1 < len(units) else ""
    if says := _SAYS.match(text):
        rest = says["rest"].strip()
        if _stamped(text):
            return "says"
        if not rest and _stamped(below) and len(below) <= _MAX_COMMENTER_CHARS:
            return _SAYS_OVER_TIME
        # "April 13, 2011 7:56 AM" / "Anonymous said...": a blog prints each comment's time under it, over the next
        # commenter, and "4 comments:" over the first; a live page may stamp a speaker so ("7:15 pm" / "The minister
        # said:"), where no "..." follows the verb.
        above = units[index - 1].text if index > 0 else ""
        speaker = text[: says.start("rest")].rsplit(" ", 1)[0]
        if rest or not text.endswith(("...", "…")) or "," in speaker or len(speaker.split()) > _MAX_HANDLE_WORDS:
            return None  # "The harbourmaster, Tom Roe, said...": a live page's speaker, named as a story names one
        stamped = _stamped(above) and len(above) <= _MAX_COMMENTER_CHARS
        return _BLOG_SAYS if stamped or _counts_comments(above) else None
    if not _FIGURE.search(text):
        return None  # a comment's time or day has a figure: most lines have none, nor need a name read
    name = bare_name(text)
    if name is not None and text.startswith(name) and _stamped(rest := text[len(name):]):
        return _WORD.sub("w", rest.strip())  # "w w, w at w:w w": the same for every comment, not for a byline
    return _day_only(text)


def _day_only(text: str) -> str | None:
    # A handle, then the day alone: "KayN   May 26, 2016"; the handle is any few words, a reader's own.
    words = text.split()
    for size in range(2, _MAX_DAY_WORDS + 1):
        handle, day = words[:-size], " ".join(words[-size:])
        # A handle starts with a letter: "— Jane Doe (@jdoe) May 26, 2016" signs a post, "2:15 pm ..." is a time.
        if 0 < len(handle) <= _MAX_HANDLE_WORDS and handle[0][:1].isalpha() and "(@" not in text \
                and find_date(day) and not find_date(" ".join(handle)):
            return _DAY_ONLY + _WORD.sub("w", day) if not handle[-1].endswith((".", ",", ":")) else None
    return None


def _stamped(text: str) -> bool:
    return _STAMP.search(text) is not None and (find_date(text) is not None or len(text.split()) <= 12)


def _thread(units: list[Unit], prose: list[Prose], run: list[int]) -> range:
    # From the buttons over the first comment to the last comment's end: its buttons, or its paragraphs.
    cycle = _cycle_lines(units, run)
    first = run[0]
    while first > 0 and _button_key(units[first - 1].text) in cycle:
        first -= 1
    last = run[-1] + 1
    gap = max(b - a for a, b in zip(run, run[1:]))
    limit = min(len(units), run[-1] + gap)
    while last < limit and _button_key(units[last].text) in cycle:
        last += 1  # the comment's number or votes under the commenter's line: the comment follows
    if cycle:
        closing = [i for i in range(last, limit) if _button_key(units[i].text) in cycle]
        if closing:
            return range(first, closing[0] + 1)
    # No buttons: the last comment's paragraphs, under the line with its time.
    if last < limit and prose[last].score <= 0 and not prose[last].sentence:
        last += 1
    while last < limit and prose[last].score > 0 and not is_comments_heading(units[last].text):
        last += 1
    return range(first, last)


def _cycle_lines(units: list[Unit], run: list[int]) -> set[str]:
    # Buttons printed around every comment: a short line in each gap between two commenter lines.
    gaps = [{_button_key(units[i].text) for i in range(a + 1, b)} for a, b in zip(run, run[1:])]
    common = set.intersection(*gaps) if gaps else set()
    return {key for key in common if key}


def _button_key(text: str) -> str:
    # "Reply", "Flag as Offensive", and any vote count alike ("0", "12").
    text = text.strip()
    if len(text) > _MAX_BUTTON_CHARS or len(text.split()) > _MAX_BUTTON_WORDS or text.endswith("."):
        return ""
    return "#" if text.isdigit() else text.casefold()
