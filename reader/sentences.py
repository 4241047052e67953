"""Sentences inside a paragraph, as character offsets (for bookmarks and notes on a sentence)."""

from __future__ import annotations

import re

# Words that end in a full stop without ending the sentence (compared lower-cased, no dot).
ABBREVIATIONS = frozenset(
    """
    mr mrs ms mx dr prof sr jr st mt ft gen col lt sgt capt cmdr adm gov sen rep rev hon pres
    no nos vol vols fig figs p pp ed eds approx est dept univ inc ltd co corp bros
    jan feb mar apr jun jul aug sep sept oct nov dec mon tue wed thu fri sat sun
    vs etc al cf ie eg e.g i.e a.m p.m u.s u.k u.n e.u
    """.split()
)

# A candidate end: . ! ? or …, then closing quotes/brackets, then space(s) before more text.
# It starts where a run of marks does: started at every mark, a long run is rescanned from each.
_END = re.compile(r"(?<![.!?…])[.!?…]+[\"'”’)\]]*(?=\s+\S)")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence of `text`; spaces between sentences belong to neither.

    A simple rule-based splitter: a sentence ends at . ! ? or … followed by a space, unless
    the word before the dot is a known abbreviation ("Dr.", "U.S.") or an initial ("J."),
    or the next word starts in lower case or with a digit. Never empty: a text without an
    end is one sentence.
    """
    spans: list[tuple[int, int]] = []
    start = _skip_spaces(text, 0)
    for match in _END.finditer(text):
        if match.start() < start:
            continue
        if not _ends_sentence(text, match.start(), match.end()):
            continue
        spans.append((start, match.end()))
        start = _skip_spaces(text, match.end())
    end = len(text.rstrip())
    if start < end:
        spans.append((start, end))
    if not spans:
        spans.append((0, len(text)))
    return spans


def _skip_spaces(text: str, position: int) -> int:
    while position < len(text) and text[position].isspace():
        position += 1
    return position


def _word_before(text: str, position: int) -> str:
    # Walked back from the dot: a search for "a word at the end" tried every start of the text.
    if text[position - 1 : position] == "\n":
        position -= 1  # the word before a line break just before the dot, as that search found
    start = position
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    return text[start:position]


def _ends_sentence(text: str, dot: int, end: int) -> bool:
    if text[dot] != ".":
        return True  # ! ? … always end a sentence
    before = _word_before(text, dot).lstrip("\"'“‘([")
    after_at = _skip_spaces(text, end)
    after = text[after_at : after_at + 1]
    if before.lower() in ABBREVIATIONS or before.lower().rstrip(".") in ABBREVIATIONS:
        # "...in the U.S. The talks" is then one sentence: rarer than "Dr. Smith", so accepted.
        return False
    if len(before) == 1 and before.isalpha() and before.isupper():
        return False  # an initial: "J. Smith"
    if "." in before and all(len(part) <= 2 for part in before.split(".")):
        return False  # dotted initials not in the list: "J.R.R."
    if after and (after.islower() or after.isdigit()):
        return False  # "approx. 40", "the 3. item": a sentence starts with a capital
    return True
