"""The article view's screen lines, and a mouse selection mapped back to the text they show.

A line shows characters `start:end` of one block after a gutter (and a note's indent);
Textual reports a selection as (column, line) offsets, which map back to block offsets.
"""

from __future__ import annotations

from typing import NamedTuple

from textual.selection import Selection

from reader.text import shown_text
from reader.tui.article_blocks import Block

GUTTER = 3  # "▌" cursor bar, a bookmark mark, a space
NOTE_INDENT = 4  # notes sit under their passage: two spaces, "✎", a space
NOT_ONE_PARAGRAPH = "Select text inside one paragraph to bookmark or note it."


class Line(NamedTuple):
    block: int
    start: int  # character offsets into the block's text
    end: int
    first: bool  # the block's first line


def touches(line: Line, start: int, end: int) -> bool:
    """Whether characters start..end of the line's block are (partly) on this line."""
    return line.start < max(end, start + 1) and start < max(line.end, line.start + 1)


# A point in the text: (block index, character offset into its text).
TextPoint = tuple[int, int]


def text_point(blocks: list[Block], lines: list[Line | None], y: int, x: int) -> TextPoint | None:
    """The character at column `x` (-1: the line's end) of line `y`; None on a blank line."""
    line = lines[y] if 0 <= y < len(lines) else None
    if line is None:
        return None
    if x < 0:
        return line.block, line.end
    left = GUTTER + (NOTE_INDENT if blocks[line.block].marker else 0)
    return line.block, min(line.start + max(0, x - left), line.end)


def selection_points(
    blocks: list[Block], lines: list[Line | None], selection: Selection
) -> tuple[TextPoint, TextPoint] | None:
    """Where a selection starts and ends in the text; blank lines at either end skipped."""
    y0, x0 = (selection.start.y, selection.start.x) if selection.start else (0, 0)
    y1, x1 = (selection.end.y, selection.end.x) if selection.end else (len(lines) - 1, -1)
    while y0 <= y1 and (y0 >= len(lines) or lines[y0] is None):
        y0, x0 = y0 + 1, 0
    while y1 >= y0 and (y1 >= len(lines) or lines[y1] is None):
        y1, x1 = y1 - 1, -1
    if y0 > y1:
        return None
    start, end = text_point(blocks, lines, y0, x0), text_point(blocks, lines, y1, x1)
    return (start, end) if start is not None and end is not None else None


def paragraph_span(
    blocks: list[Block], lines: list[Line | None], selection: Selection
) -> tuple[int, int, int] | str:
    """(paragraph, start, end) of a selection inside one paragraph, in offsets of its stored
    text, spaces at its ends left out; or why it cannot be bookmarked."""
    points = selection_points(blocks, lines, selection)
    if points is None:
        return "The selection holds no text."
    (block_a, start), (block_b, end) = points
    block = blocks[block_a]
    if block_a != block_b or block.kind != "paragraph" or block.passage is None:
        return NOT_ONE_PARAGRAPH
    text = block.text
    # Lines are in offsets of the text as shown (escapes gone, bidi and zero-width characters
    # as markers); a selection reaching into a marker takes in its character.
    shown = shown_text(text)
    start, end = shown.stored(start), shown.stored(end, end=True)
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return block.passage, start, end


def selected_text(
    blocks: list[Block], lines: list[Line | None], selection: Selection, texts: list[str]
) -> str | None:
    """The selected characters of `texts` (each block's shown text), blocks apart by a blank line."""
    points = selection_points(blocks, lines, selection)
    if points is None:
        return None
    (block_a, start), (block_b, end) = points
    pieces = [
        texts[index][start if index == block_a else 0 : end if index == block_b else None]
        for index in range(block_a, block_b + 1)
    ]
    return "\n\n".join(piece for piece in pieces if piece)
