"""Trimming one raw spaCy entity to clean offsets (pure, per span: keep it cheap)."""

from __future__ import annotations

import re

# Counts, not names: a leading "a"/"an" there is the amount ("a year", "an hour").
_QUANTITIES = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL"})
# Labels whose trailing 's is a possessive; ORG/FAC/PRODUCT keep it ("McDonald's").
_POSSESSIVE_LABELS = frozenset({"PERSON", "GPE", "LOC", "NORP"})
# Names whose article is part of the name.
_ARTICLE_IS_NAME = frozenset({"Hague"})

_THE = re.compile(r"(?:the|The|THE)\s+")
_A_OR_AN = re.compile(r"(?:an?|An?|AN?)\s+")
_WORDY = re.compile(r"\w")
# "International Monetary Fund (IMF" / "... (IMF)": spaCy sometimes swallows the acronym.
_TRAILING_ACRONYM = re.compile(r"\s*\(\s*([A-Za-z][A-Za-z&.]{1,9})\s*\)?$")
# Edge characters that are never part of a name; "." stays for "U.S." and "Jr.".
_EDGE = frozenset(" \t\n\r\u00a0\"“”‘’'[]{},;:")
_EDGE_OR_PAREN = _EDGE | {"(", ")"}


def clean_offsets(block: str, label: str, start: int, end: int) -> list[tuple[int, int]]:
    """Clean (start, end) pairs for one entity: none (drop), one, or two (name + acronym)."""
    first = block[start]
    if first in "tT":
        match = _THE.match(block, start, end)
        if match and block[match.end() : end] not in _ARTICLE_IS_NAME:
            start = match.end()
    elif first in "aA" and label not in _QUANTITIES:
        match = _A_OR_AN.match(block, start, end)
        if match:
            start = match.end()
    if label in _POSSESSIVE_LABELS and end - start > 2 and block[end - 1] == "s":
        if block[end - 2] in "'’":
            end -= 2
    if start < end and (block[start] in _EDGE_OR_PAREN or block[end - 1] in _EDGE_OR_PAREN):
        start, end = _trim_edges(block, start, end)
    if start >= end or not _WORDY.search(block, start, end):
        return []
    if " - " in block[start:end]:
        start, end = _after_dash(block, start, end)
    if "(" in block[start:end]:
        return _split_acronym(block, start, end)
    return [(start, end)]


def _trim_edges(block: str, start: int, end: int) -> tuple[int, int]:
    """Drop quotes, brackets and whitespace around a name; keep balanced parentheses."""
    while True:
        while start < end and block[start] in _EDGE:
            start += 1
        while start < end and block[end - 1] in _EDGE:
            end -= 1
        if start >= end:
            return start, end
        inner = block[start + 1 : end - 1]
        if block[start] == "(" and (block[end - 1] == ")" or ")" not in inner):
            start += 1
            end -= block[end - 1] == ")"
        elif block[end - 1] == ")" and "(" not in inner:
            end -= 1
        else:
            return start, end


def _after_dash(block: str, start: int, end: int) -> tuple[int, int]:
    """"CRICKET - AUSTRALIA": a headline's section and its subject are not one name."""
    cut = block.rindex(" - ", start, end)
    if _WORDY.search(block, cut + 3, end):
        return cut + 3, end
    return start, block.index(" - ", start, end)


def _split_acronym(block: str, start: int, end: int) -> list[tuple[int, int]]:
    """"World Health Organization (WHO" -> the name and the acronym as two spans."""
    match = _TRAILING_ACRONYM.search(block, start, end)
    if match is None or match.start() == start:
        return [(start, end)]
    return [(start, match.start()), (match.start(1), match.end(1))]
