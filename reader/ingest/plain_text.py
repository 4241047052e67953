"""Scraped plain text: chrome out, then headline, byline, date, captions and paragraphs."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from reader.ingest.byline import byline_name
from reader.ingest.chrome import is_chrome, is_link_list_heading
from reader.ingest.dates import date_line, find_date
from reader.ingest.origin import Origin
from reader.ingest.parsed import ParsedArticle
from reader.ingest.site_name import site_name

# A photo credit at the end of a caption: "(AP)", "(AFP Photo)", "Photo: Jane Doe/Reuters".
_CREDIT = re.compile(
    r"""(?:
        \(\s*[^()]{0,60}?\b(?:AP|Associated\ Press|Reuters|AFP|EPA(?:-EFE)?|Getty(?:\ Images)?
            |PA(?:\ Media|\ Wire)?|Bloomberg|Shutterstock|Alamy|Xinhua|Anadolu|Pool
            |Photo|Photograph|Image|Images|Picture|File)\b[^()]{0,60}\)
      | \b(?:Photo|Photograph|Image|Picture|Credit)s?\s*:\s*[^.()]{1,80}
    )\s*$""",
    re.X,
)
_MAX_CAPTION_CHARS = 300
_MAX_HEADLINE_CHARS = 250
_MAX_BYLINE_LINE_CHARS = 150
_HEAD_LINES = 12  # masthead, kicker, headline, standfirst, byline and date come first


@dataclass(slots=True)
class _Head:
    title: str = ""
    byline: str | None = None
    published: str | None = None
    captions: list[str] = field(default_factory=list)


def parse_plain_text(text: str, origin: Origin) -> list[ParsedArticle]:
    """One article from a scraped-text file."""
    blocks, had_chrome = _blocks_without_chrome(text)
    head = _Head()
    _take_head(blocks, had_chrome, head)
    paragraphs: list[str] = []
    for block in blocks:
        for segment, is_caption in _split_captions(block, head):
            if is_caption:
                _add_unique(head.captions, segment)
            else:
                paragraphs.append(segment)
    return [
        ParsedArticle(
            key=origin.key,
            title=head.title,
            paragraphs=_clean_body(paragraphs, head),
            captions=head.captions,
            byline=head.byline,
            source=site_name(text),
            url=origin.url,
            published=head.published,
        )
    ]


def _blocks_without_chrome(text: str) -> tuple[list[list[str]], set[int]]:
    """Blank-line separated blocks of lines, and which blocks lost chrome lines."""
    blocks: list[list[str]] = [[]]
    had_chrome: set[int] = set()
    in_link_list = False
    for raw in text.split("\n"):
        line = " ".join(raw.split())
        if not line:
            if blocks[-1]:
                blocks.append([])
            in_link_list = False
        elif in_link_list:
            continue  # the other stories listed under "Related stories"
        elif is_link_list_heading(line):
            in_link_list = True
        elif is_chrome(raw.strip()):  # raw: "News   Sport   Life" is a menu by its spacing
            had_chrome.add(len(blocks) - 1)
        else:
            blocks[-1].append(line)
    if not blocks[-1]:
        blocks.pop()
    return blocks, had_chrome


def _take_head(blocks: list[list[str]], had_chrome: set[int], head: _Head) -> None:
    """Take headline, byline, date and early captions out of the first lines.

    The headline is the last headline-like line before the byline or date line
    (mastheads and kickers come before it, a standfirst sentence may sit between);
    with neither, the first substantial line outside the menu block.
    """
    window = _head_window(blocks)
    anchor = next(
        (i for i, (_, line) in enumerate(window) if byline_name(line) or date_line(line)), None
    )
    candidates = [
        i for i, (_, line) in enumerate(window[:anchor])
        if _is_substantial(line) and not _is_caption_line(line)
    ]
    if anchor is not None:
        headlines = [i for i in candidates if not window[i][1].endswith(".")]
        title_at = (headlines or candidates or [None])[-1]
    else:
        outside_menu = [i for i in candidates if window[i][0][0] not in had_chrome]
        title_at = (outside_menu or candidates or [None])[0]
    drop: set[tuple[int, int]] = set()
    for i, (position, line) in enumerate(window):
        if title_at is not None and i == title_at:
            head.title = line
        elif _take_byline(line, head) or _take_date(line, head):
            pass
        elif _is_caption_line(line):
            _add_unique(head.captions, line)
        elif title_at is None or i > title_at:
            continue  # body text (a standfirst) stays
        drop.add(position)
    for block_index, block in enumerate(blocks):
        block[:] = [line for i, line in enumerate(block) if (block_index, i) not in drop]
    blocks[:] = [block for block in blocks if block]


def _head_window(blocks: list[list[str]]) -> list[tuple[tuple[int, int], str]]:
    # The first few lines, up to the first one long enough to be body text.
    window: list[tuple[tuple[int, int], str]] = []
    for block_index, block in enumerate(blocks):
        for line_index, line in enumerate(block):
            if len(window) >= _HEAD_LINES or len(line) > _MAX_HEADLINE_CHARS:
                return window
            window.append(((block_index, line_index), line))
    return window


def _is_caption_line(line: str) -> bool:
    return len(line) <= _MAX_CAPTION_CHARS and _ends_in_credit(line)


def _ends_in_credit(line: str) -> bool:
    # The cheap test first: every credit ends in ")" or follows a "Photo:"-style colon.
    return (line.endswith(")") or ":" in line) and _CREDIT.search(line) is not None


def _is_substantial(line: str) -> bool:
    # Kickers such as "LIVE" or "World" are not headlines; CJK headlines have no spaces.
    width = sum(2 if unicodedata.east_asian_width(char) in "WF" else 1 for char in line)
    return len(line.split()) >= 3 or width >= 20


def _take_byline(line: str, head: _Head) -> bool:
    if head.byline is not None or len(line) > _MAX_BYLINE_LINE_CHARS:
        return False
    name = byline_name(line)
    if name is None:
        return False
    head.byline = name
    if head.published is None:
        head.published = find_date(line)
    return True


def _take_date(line: str, head: _Head) -> bool:
    iso = date_line(line)
    if iso is None:
        return False
    head.published = head.published or iso
    return True


def _split_captions(block: list[str], head: _Head) -> list[tuple[str, bool]]:
    # A caption may share its block with body lines: cut after each line ending in a credit.
    segments: list[tuple[str, bool]] = []
    pending: list[str] = []
    pending_chars = 0
    for line in block:
        if _take_date(line, head):
            continue
        pending.append(line)
        pending_chars += len(line) + 1
        if pending_chars <= _MAX_CAPTION_CHARS + 1 and _ends_in_credit(line):
            segments.append((" ".join(pending), True))
            pending, pending_chars = [], 0
    if pending:
        segments.append((" ".join(pending), False))
    return segments


def _clean_body(paragraphs: list[str], head: _Head) -> list[str]:
    # Captions repeat in scraped pages, sometimes without their credit; the title too.
    unwanted = {head.title.casefold()}
    for caption in head.captions:
        unwanted.add(caption.casefold())
        unwanted.add(_CREDIT.sub("", caption).strip().casefold())
    seen: set[str] = set()
    body: list[str] = []
    for paragraph in paragraphs:
        if paragraph.casefold() in unwanted or paragraph in seen:
            continue
        seen.add(paragraph)
        body.append(paragraph)
    return body


def _add_unique(items: list[str], item: str) -> None:
    if item not in items:
        items.append(item)
