"""Case restoration for shouted and title-cased lines, so the model reads them as prose.

"JAPAN GET LUCKY WIN" is read as "Japan get lucky win": each word takes the casing it
usually has in the article's ordinary prose, else a guess from the model's string
store. Only letters change case and every word keeps its length, so an entity found
in the restored copy has the same offsets in the original line.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Container

# Letter runs: "AL-AIN" is two words, "O'NEILL" is "O" and "NEILL".
_WORD = re.compile(r"[^\W\d_]+")
# What ends a sentence: the word after it is capitalised whatever it is.
_SENTENCE_END = frozenset(".!?:\"“”'‘’(")
# Clitics after an apostrophe ("JAPAN'S", "DON'T") are lowercase.
_CLITICS = frozenset({"S", "T", "LL", "RE", "VE", "D", "M"})
# A title-cased line needs this many words before it reads as a headline.
_TITLE_WORDS = 4


def needs_restoring(block: str) -> bool:
    """A line of capitals, or a headline with every word capitalised."""
    words = _WORD.findall(block)
    letters = sum(len(w) for w in words)
    if letters < 4:
        return False
    if not any(c.islower() for w in words for c in w):
        return True
    long_words = [w for w in words if len(w) > 1]
    return len(long_words) >= _TITLE_WORDS and all(w[0].isupper() for w in long_words)


def usual_casing(blocks: list[str], skip: Container[int]) -> dict[str, str]:
    """Lowercased word -> its most frequent form in the ordinary blocks, sentence starts aside."""
    forms: dict[str, Counter[str]] = defaultdict(Counter)
    for i, block in enumerate(blocks):
        if i in skip:
            continue
        for match in _WORD.finditer(block):
            word = match.group()
            if _sentence_start(block, match.start()):
                continue
            forms[word.lower()][word] += 1
    return {key: counts.most_common(1)[0][0] for key, counts in forms.items()}


def _sentence_start(block: str, at: int) -> bool:
    i = at - 1
    while i >= 0 and block[i] == " ":
        i -= 1
    return i < 0 or block[i] in _SENTENCE_END


def restore_case(block: str, usual: dict[str, str], known: Container[str], common: Container[str]) -> str:
    """The block in sentence case; `known`: forms the model has seen, `common`: function words."""
    out = []
    last = 0
    first = True
    # In a title-cased line, words in capitals are acronyms or datelines: left as they are.
    shouted = not any(c.islower() for c in block)
    for match in _WORD.finditer(block):
        start, end = match.span()
        word = match.group()
        out.append(block[last:start])
        if shouted or not word.isupper():
            word = _cased(block, start, word, first, usual, known, common)
        out.append(word)
        last = end
        first = False
    out.append(block[last:])
    restored = "".join(out)
    # Unicode case changes can change lengths ("ß"): then offsets would not map back.
    return restored if len(restored) == len(block) else block


def _cased(
    block: str, start: int, word: str, first: bool,
    usual: dict[str, str], known: Container[str], common: Container[str],
) -> str:
    lower = word.lower()
    if start and block[start - 1] in "'’" and word.upper() in _CLITICS:
        return lower
    form = usual.get(lower)
    if form is None:
        form = _guess(word, lower, known, common)
    if len(form) != len(word):
        return word
    if first and form[:1].islower():
        return form[:1].upper() + form[1:]
    return form


def _guess(word: str, lower: str, known: Container[str], common: Container[str]) -> str:
    if len(word) == 1:
        return word
    if lower in common:
        return lower
    title = word[:1].upper() + lower[1:]
    upper = word.upper()
    # An acronym the model knows only in capitals ("EU", "NATO").
    if len(word) <= 4 and upper in known and title not in known:
        return upper
    # A word the model knows only in lowercase ("defeat").
    if title not in known and lower in known:
        return lower
    return title
