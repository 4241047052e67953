"""Anchors that find their passage again after the article text changes.

An anchor is the W3C TextQuoteSelector (exact, prefix, suffix) plus TextPositionSelector
(paragraph, start, end). Prefix and suffix are cut from the article text with paragraphs
joined by a blank line ("\n\n"), the text the W3C export's positions count in.

Re-anchoring tries, in order: the same position still holding the same quote; the exact
quote elsewhere (best matching context, then nearest); a fuzzy match of the quote; else
None, and the caller keeps the annotation flagged as orphaned.
"""

from __future__ import annotations

import re
from collections import Counter
from difflib import SequenceMatcher

from reader.model import Anchor

CONTEXT_CHARS = 32
PARAGRAPH_JOIN = "\n\n"

# Similarity (difflib ratio, 0..1) a changed quote needs to keep its annotation. A fixed
# typo, a corrected figure or a reworded clause in a sentence scores 0.85-0.98; another
# sentence built from the same words of the article scores well under 0.7. Below 0.8 the
# annotation would more likely land on the wrong words than the right ones, and a flagged
# orphan (kept, with its quote) is better than a note beside text it was not about.
FUZZY_THRESHOLD = 0.8
# Shorter quotes are not matched fuzzily: two edits in a short word already make it another word.
FUZZY_MIN_CHARS = 12
# Windows (of the quote's length in words) kept from the cheap word-overlap pass for difflib.
FUZZY_CANDIDATES = 6
# How far (in words) each end of a candidate window may move while refining it.
FUZZY_SLACK = 3
# Windows sharing fewer of the quote's words than this are not compared character by
# character (the costly part): text 0.8 alike keeps most of its words.
FUZZY_MIN_SHARED = 0.5

_WORD = re.compile(r"\S+")


def make_anchor(paragraphs: list[str], paragraph: int, start: int = 0, end: int | None = None) -> Anchor:
    """Quote, prefix and suffix (TextQuoteSelector) plus position (TextPositionSelector)."""
    text = paragraphs[paragraph]
    end = len(text) if end is None else end
    if not 0 <= start <= end <= len(text):
        raise ValueError(f"span {start}-{end} is outside passage {paragraph} (length {len(text)})")
    return Anchor(
        paragraph=paragraph,
        start=start,
        end=end,
        exact=text[start:end],
        prefix=_before(paragraphs, paragraph, start),
        suffix=_after(paragraphs, paragraph, end),
    )


def _before(paragraphs: list[str], paragraph: int, start: int) -> str:
    """The CONTEXT_CHARS before a point, over paragraph breaks (joined only as far as needed)."""
    parts = [paragraphs[paragraph][:start]]
    size, p = len(parts[0]), paragraph
    while size < CONTEXT_CHARS and p > 0:
        p -= 1
        parts.append(paragraphs[p] + PARAGRAPH_JOIN)
        size += len(parts[-1])
    return "".join(reversed(parts))[-CONTEXT_CHARS:]


def _after(paragraphs: list[str], paragraph: int, end: int) -> str:
    parts = [paragraphs[paragraph][end:]]
    size, p = len(parts[0]), paragraph
    while size < CONTEXT_CHARS and p < len(paragraphs) - 1:
        p += 1
        parts.append(PARAGRAPH_JOIN + paragraphs[p])
        size += len(parts[-1])
    return "".join(parts)[:CONTEXT_CHARS]


def reanchor(anchor: Anchor, paragraphs: list[str]) -> Anchor | None:
    """The anchor placed in the new text, or None when its quote is gone (orphaned)."""
    if _still_at_position(anchor, paragraphs):
        placed = make_anchor(paragraphs, anchor.paragraph, anchor.start, anchor.end)
        if (placed.prefix, placed.suffix) == (anchor.prefix, anchor.suffix):
            return placed  # same words, same place, same surroundings
    candidates = [
        (p, i)
        for p, text in enumerate(paragraphs)
        for i in _find_all(text, anchor.exact)
    ]
    if candidates:
        # The same words elsewhere may fit better: a repeated phrase after an insertion.
        best_p, best_i = max(candidates, key=lambda c: _context_score(anchor, paragraphs, *c))
        return make_anchor(paragraphs, best_p, best_i, best_i + len(anchor.exact))
    found = fuzzy_find(anchor, paragraphs)
    if found is None:
        return None
    paragraph, start, end = found
    return make_anchor(paragraphs, paragraph, start, end)


def similarity(a: str, b: str) -> float:
    return SequenceMatcher(None, a, b, autojunk=False).ratio()


def fuzzy_find(anchor: Anchor, paragraphs: list[str]) -> tuple[int, int, int] | None:
    """(paragraph, start, end) of the words most like the quote, if alike enough.

    Cheap first: windows of the quote's length in words, ranked by how many of the quote's
    words they share (one pass per paragraph). The best few have their ends moved a few
    words either way (an insertion or deletion inside the quote changes its length),
    compared word by word; the winners are then compared character by character against
    the threshold, the costly step, done a handful of times.
    """
    exact = anchor.exact
    if len(exact.strip()) < FUZZY_MIN_CHARS:
        return None
    quote_words = exact.split()
    wanted = Counter(quote_words)
    size = len(quote_words)
    words_of: dict[int, list[tuple[int, int]]] = {}
    tokens_of: dict[int, list[str]] = {}
    windows: list[tuple[int, int, int, int]] = []  # (shared words, paragraph, first word, last word)
    for p, text in enumerate(paragraphs):
        words = [(m.start(), m.end()) for m in _WORD.finditer(text)]
        if not words:
            continue
        tokens = [text[s:e] for s, e in words]
        words_of[p], tokens_of[p] = words, tokens
        have: Counter[str] = Counter()
        shared = 0
        for i, token in enumerate(tokens):
            have[token] += 1
            if have[token] <= wanted[token]:
                shared += 1
            if i >= size:
                gone = tokens[i - size]
                if have[gone] <= wanted[gone]:
                    shared -= 1
                have[gone] -= 1
            if i >= size - 1 or i == len(tokens) - 1:
                windows.append((shared, p, max(0, i - size + 1), i))
    windows.sort(key=lambda w: -w[0])

    by_words = SequenceMatcher(None, autojunk=False)
    by_words.set_seq2(quote_words)  # difflib caches what it learns about the second sequence
    context_chars = max(1, len(anchor.prefix) + len(anchor.suffix))

    def context(p: int, a: int, b: int) -> float:
        """0..1: how much of the quote's surroundings surround words a..b too."""
        matched, _distance = _context_score(anchor, paragraphs, p, words_of[p][a][0], words_of[p][b][1])
        return matched / context_chars

    def word_score(p: int, a: int, b: int) -> float:
        # A window cut a word short scores about as well alone; its surroundings tell them apart.
        by_words.set_seq1(tokens_of[p][a : b + 1])
        return by_words.ratio() + 0.25 * context(p, a, b)

    refined: list[tuple[int, int, int]] = []
    for shared, p, first, last in windows[:FUZZY_CANDIDATES]:
        if shared < FUZZY_MIN_SHARED * size:
            break
        n = len(words_of[p])
        found = (word_score(p, first, last), first, last)
        for a in range(max(0, first - FUZZY_SLACK), min(last, first + FUZZY_SLACK) + 1):
            found = max(found, (word_score(p, a, found[2]), a, found[2]))
        for b in range(max(found[1], last - FUZZY_SLACK), min(n - 1, last + FUZZY_SLACK) + 1):
            found = max(found, (word_score(p, found[1], b), found[1], b))
        refined.append((p, found[1], found[2]))

    by_chars = SequenceMatcher(None, autojunk=False)
    by_chars.set_seq2(exact)
    best: tuple[float, int, int, int] | None = None
    for p, a, b in set(refined):
        start, end = words_of[p][a][0], words_of[p][b][1]
        by_chars.set_seq1(paragraphs[p][start:end])
        if by_chars.real_quick_ratio() < FUZZY_THRESHOLD or by_chars.quick_ratio() < FUZZY_THRESHOLD:
            continue
        alone = by_chars.ratio()
        if alone < FUZZY_THRESHOLD:
            continue
        score = alone + 0.25 * context(p, a, b)
        if best is None or score > best[0]:
            best = (score, p, start, end)
    return None if best is None else best[1:]


def _still_at_position(anchor: Anchor, paragraphs: list[str]) -> bool:
    if not 0 <= anchor.paragraph < len(paragraphs):
        return False
    text = paragraphs[anchor.paragraph]
    # An empty quote (a note at a point) "matches" past the end of a shortened passage too.
    return 0 <= anchor.start <= anchor.end <= len(text) and text[anchor.start : anchor.end] == anchor.exact


def _find_all(text: str, needle: str) -> list[int]:
    if not needle:
        return []
    found, i = [], text.find(needle)
    while i != -1:
        found.append(i)
        i = text.find(needle, i + 1)
    return found


def _context_score(
    anchor: Anchor, paragraphs: list[str], paragraph: int, start: int, end: int | None = None
) -> tuple[int, int]:
    """More matching context first, then nearness to the old position."""
    end = start + len(anchor.exact) if end is None else end
    moved = make_anchor(paragraphs, paragraph, start, end)
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
