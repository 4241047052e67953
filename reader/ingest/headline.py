"""Pick the headline of a scraped page among the units before its body.

Each candidate is scored on how much it looks like a title, how close it sits
to the body, the byline or the date, how many words it shares with the lede,
and whether the page repeats it (a breadcrumb, a "Share: <headline>" line, the
headline printed twice).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence

from reader.ingest.chrome import is_chrome
from reader.ingest.prose import ends_sentence, stoplist, words_of

_MIN_CHARS = 12
_MAX_CHARS = 250
_MAX_WORDS = 40


def pick_headline(
    texts: Sequence[str],
    candidates: Sequence[int],
    body_start: int,
    anchors: set[int],
    lede: str,
) -> int | None:
    """The index in `texts` of the best headline among `candidates`, or None.

    `anchors` are the indexes of byline and date lines; `lede` is the first body text.
    """
    lede_words = _content_words(lede)
    best, best_score = None, 0.0
    for index in candidates:
        text = texts[index]
        base = _title_likeness(text)
        if base <= 0:
            continue
        score = base
        distance = sum(1 for i in range(index + 1, body_start) if i not in anchors)
        score -= 0.25 * min(distance, 30)
        if any(0 < anchor - index <= 3 or 0 < index - anchor <= 2 for anchor in anchors):
            score += 2.5  # right above a byline or right under a date line
        own = _content_words(text)
        if own and lede_words:
            score += 4.0 * len(own & lede_words) / len(own)
        if _repeated(text, texts, index):
            score += 1.5
        if score > best_score:
            best, best_score = index, score
    return best


def _title_likeness(text: str) -> float:
    width = sum(2 if unicodedata.east_asian_width(char) in "WF" else 1 for char in text)
    words = text.split()
    if width < _MIN_CHARS or len(text) > _MAX_CHARS or len(words) > _MAX_WORDS or is_chrome(text):
        return 0.0
    if len(words) < 3 and width < 20:
        return 0.0  # kickers and section names: "LIVE", "World"
    if text.endswith(".") and not text.endswith("..."):
        return 0.0  # a sentence (a lede, a caption), not a title
    score = 3.0
    if 5 <= len(words) <= 20:
        score += 1.0
    if text[:1].islower():
        score -= 2.0
    if text.count("|") + text.count("•") + text.count("//") >= 2:
        score -= 2.0  # a menu on one line
    if text.isupper() and len(words) < 4:
        score -= 1.0
    return score


def _repeated(text: str, texts: Sequence[str], index: int) -> bool:
    key = text.casefold()
    return any(i != index and key in other.casefold() for i, other in enumerate(texts)
               if len(other) < 3 * len(text) + 40)


def _content_words(text: str) -> set[str]:
    stop = stoplist()
    return {word for word in words_of(text) if len(word) > 2 and word not in stop}


def looks_like_title(text: str) -> bool:
    """A short line without a final full stop: a headline or a section heading."""
    return _title_likeness(text) > 0 and not ends_sentence(text)
