"""Word wrapping that keeps character offsets, so styles by offset survive the wrap."""

from __future__ import annotations

import re
from functools import lru_cache

from rich.cells import cell_len, get_character_cell_size

_TOKEN = re.compile(r"\S+\s*|\s+")


@lru_cache(maxsize=64)
def _line_pattern(width: int) -> re.Pattern[str]:
    """One screen line of one-cell characters: words up to `width`, or a too-long word cut."""
    return re.compile(rf"\S.{{0,{width - 1}}}(?=\s|$)|\S{{1,{width}}}")


def wrap_offsets(text: str, width: int) -> list[tuple[int, int]]:
    """(start, end) of each screen line of `text` at `width` cells; newlines force a break.

    `end` excludes the spaces where a line was broken; words wider than a line are folded.
    """
    width = max(width, 1)
    lines: list[tuple[int, int]] = []
    offset = 0
    for hard_line in text.split("\n"):
        _wrap_line(hard_line, offset, width, lines)
        offset += len(hard_line) + 1
    return lines


def _wrap_line(line: str, base: int, width: int, lines: list[tuple[int, int]]) -> None:
    if cell_len(line) == len(line):
        # One cell per character (most text): let the regex engine find the breaks.
        found = [(base + m.start(), base + m.end()) for m in _line_pattern(width).finditer(line)]
        lines.extend(found or [(base, base)])
        return
    start = base
    end = base  # end of the last word placed on the current line
    used = 0  # cells used on the current line, trailing spaces included
    for match in _TOKEN.finditer(line):
        word = match.group().rstrip()
        word_start = base + match.start()
        word_cells = cell_len(word)
        if used and used + word_cells > width:
            lines.append((start, end))
            start, used = word_start, 0
        if word_cells > width:
            start, used = _fold(word, word_start, width, lines)
        else:
            used += word_cells
        end = word_start + len(word)
        used += len(match.group()) - len(word)
    lines.append((start, max(start, end)))


def _fold(word: str, word_start: int, width: int, lines: list[tuple[int, int]]) -> tuple[int, int]:
    """Cut a word wider than a line into full lines; the start and cells of the last piece."""
    start, used = word_start, 0
    for index, character in enumerate(word):
        size = get_character_cell_size(character)
        if used + size > width:
            lines.append((start, word_start + index))
            start, used = word_start + index, 0
        used += size
    return start, used
