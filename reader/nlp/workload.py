"""Bounded work for spaCy: long blocks cut into windows, batches sized by characters.

spaCy's working memory grows with the characters of the batch it is given (about 3 KiB
a character: a 0.9 MB paragraph, one doc, peaked at 2.4 GiB), so no doc is longer than a
window and no batch holds more than a few windows' worth of text, whatever the input.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

WINDOW_CHARS = 5_000  # longer than almost any real paragraph: only odd input is cut
BATCH_CHARS = 10_000  # spaCy takes ~3 KiB a character of a batch: ~30 MiB

_SENTENCE_ENDS = (". ", "? ", "! ", ".\n", "\n")


def windows(text: str) -> list[tuple[int, str]]:
    """(offset, piece) covering `text` in order; each piece at most WINDOW_CHARS long."""
    pieces: list[tuple[int, str]] = []
    start = 0
    while len(text) - start > WINDOW_CHARS:
        cut = _cut(text, start)
        pieces.append((start, text[start:cut]))
        start = cut
    pieces.append((start, text[start:]))
    return pieces


def _cut(text: str, start: int) -> int:
    """Where a window from `start` ends: after a sentence in its second half if there is
    one (an entity is rarely split), else after a space, else at the limit."""
    limit = start + WINDOW_CHARS
    half = start + WINDOW_CHARS // 2
    end = max(text.rfind(mark, half, limit) + len(mark) for mark in _SENTENCE_ENDS)
    if end > half:
        return end
    space = text.rfind(" ", half, limit)
    return space + 1 if space != -1 else limit


def char_batches(lengths: Sequence[int], limit: int = BATCH_CHARS) -> Iterator[range]:
    """Consecutive index ranges whose lengths add up to at most `limit` (or one item)."""
    first, total = 0, 0
    for index, length in enumerate(lengths):
        if total and total + length > limit:
            yield range(first, index)
            first, total = index, 0
        total += length
    if first < len(lengths):
        yield range(first, len(lengths))
