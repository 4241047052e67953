"""Anchors that find their passage again after the article text changes."""

from __future__ import annotations

from reader.model import Anchor

CONTEXT_CHARS = 32


def make_anchor(paragraphs: list[str], paragraph: int, start: int = 0, end: int | None = None) -> Anchor:
    """Quote, prefix and suffix (TextQuoteSelector) plus position (TextPositionSelector)."""
    text = paragraphs[paragraph]
    end = len(text) if end is None else end
    if not 0 <= start <= end <= len(text):
        raise ValueError(f"span {start}-{end} is outside passage {paragraph} (length {len(text)})")
    before = "\n".join(paragraphs[:paragraph] + [text[:start]])
    after = "\n".join([text[end:]] + paragraphs[paragraph + 1 :])
    return Anchor(
        paragraph=paragraph,
        start=start,
        end=end,
        exact=text[start:end],
        prefix=before[-CONTEXT_CHARS:],
        suffix=after[:CONTEXT_CHARS],
    )


def reanchor(anchor: Anchor, paragraphs: list[str]) -> Anchor | None:
    """The anchor placed in the new text, or None when its quote is gone (orphaned)."""
    if _still_at_position(anchor, paragraphs):
        return anchor
    candidates = [
        (p, i)
        for p, text in enumerate(paragraphs)
        for i in _find_all(text, anchor.exact)
    ]
    if not candidates:
        return None
    best_p, best_i = max(candidates, key=lambda c: _context_score(anchor, paragraphs, *c))
    return make_anchor(paragraphs, best_p, best_i, best_i + len(anchor.exact))


def _still_at_position(anchor: Anchor, paragraphs: list[str]) -> bool:
    if anchor.paragraph >= len(paragraphs):
        return False
    return paragraphs[anchor.paragraph][anchor.start : anchor.end] == anchor.exact


def _find_all(text: str, needle: str) -> list[int]:
    if not needle:
        return []
    found, i = [], text.find(needle)
    while i != -1:
        found.append(i)
        i = text.find(needle, i + 1)
    return found


def _context_score(anchor: Anchor, paragraphs: list[str], paragraph: int, start: int) -> tuple[int, int]:
    """More matching context first, then nearness to the old position."""
    moved = make_anchor(paragraphs, paragraph, start, start + len(anchor.exact))
    matched = _common_suffix(anchor.prefix, moved.prefix) + _common_prefix(anchor.suffix, moved.suffix)
    distance = abs(paragraph - anchor.paragraph) * 10_000 + abs(start - anchor.start)
    return matched, -distance


def _common_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b):
        if x != y:
            break
        n += 1
    return n


def _common_suffix(a: str, b: str) -> int:
    return _common_prefix(a[::-1], b[::-1])
