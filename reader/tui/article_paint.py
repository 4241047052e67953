"""Painting the article's lines: a styled block rendered once, its lines cut from it.

Plain functions over Rich segments, used by ArticlePage: each block is rendered into
final segments once (every style folded in), and a screen line is a cut of those plus
its gutter, carrying the offsets a mouse selection maps back through (bench_reading:
opening and scrolling a long article costs per line on screen).
"""

from __future__ import annotations

from bisect import bisect_right
from typing import NamedTuple

from rich.console import Console
from rich.segment import Segment
from rich.style import NULL_STYLE as NULL, Style
from rich.text import Text
from textual.strip import Strip

from reader.tui.article_lines import GUTTER

PLACEHOLDER = (
    "",
    "Nothing open yet.",
    "",
    "Choose an article in the list and press enter to read it here.",
    "Press ? for every key, ctrl+p for every command.",
)


class Painted(NamedTuple):
    segments: list[Segment]
    starts: list[int]  # each segment's first character offset into the block


def paint(text: Text, console: Console, under: Style) -> Painted:
    """`text` rendered once on `under`, every layer folded into each segment."""
    # Text.render leaves the text's own (base) style to the caller.
    under += console.get_style(text.style)
    segments = list(Segment.apply_style(text.render(console), under))
    starts, offset = [], 0
    for segment in segments:
        starts.append(offset)
        offset += len(segment.text)
    return Painted(segments, starts)


def cut(painted: Painted, start: int, end: int) -> list[Segment]:
    """Characters start:end of a painted block."""
    if start >= end:
        return []
    segments, starts = painted
    pieces = []
    for index in range(max(0, bisect_right(starts, start) - 1), len(segments)):
        first = starts[index]
        if first >= end:
            break
        text, style, _ = segment = segments[index]
        low, high = max(start - first, 0), min(end - first, len(text))
        if low < high:
            pieces.append(segment if high - low == len(text) else Segment(text[low:high], style))
    return pieces


def with_offsets(segments: list[Segment], y: int) -> list[Segment]:
    """What Strip.apply_offsets adds, in the same pass that builds the line."""
    offset_segments, x = [], 0
    for text, style, _ in segments:
        if text:
            offset_segments.append(Segment(text, (style or NULL) + Style.from_meta({"offset": (x, y)})))
            x += len(text)
    return offset_segments


def attributes_only(style: Style) -> Style:
    """A component style without its colours, so the entity colour and the tint show through."""
    return Style(bold=style.bold, italic=style.italic, underline=style.underline,
                 reverse=style.reverse, strike=style.strike)


def selected(strip: Strip, span: tuple[int, int], background: Style) -> Strip:
    """`strip` with the cells of a mouse selection's `span` on `background` (its colour only,
    so the entity colours stay readable inside a selection)."""
    start, end = span
    end = strip.cell_length if end == -1 else end
    if end <= start:
        return strip
    before, inside, after = strip.divide([start, end, strip.cell_length])
    marked = Strip(Segment.apply_style(list(inside), post_style=background), inside.cell_length)
    return Strip.join([before, marked, after])


def placeholder_line(y: int, width: int, style: Style, base: Style) -> Strip:
    """Line `y` of what the article side says while nothing is open."""
    text = PLACEHOLDER[y] if y < len(PLACEHOLDER) else ""
    strip = Strip([Segment(" " * GUTTER + text, style)]).adjust_cell_length(width)
    return strip.apply_style(base)
