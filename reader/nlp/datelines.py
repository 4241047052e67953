"""Datelines: bare ones, "BUCHAREST 1996-08-30" or "AL-AIN, United Arab Emirates 1996-12-06",
and the ones that open a story, "JERUSALEM — Prime Minister ..." or "BUSAN, South Korea — ...".

A line that is only a place (with its country) and a date names a place, which the
model often misses on such a short line; so does a place in capitals before the dash that
opens a paragraph of prose (the model reads "JERUSALEM" as an organisation, or skips
"BUSAN"). Datelines with an agency ("GENEVA (Reuters) -") are reader.nlp.credits' part.
"""

from __future__ import annotations

import re

from reader.model import EntitySpan

_PLACE = r"[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}"
_DATE = r"\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{2,4}"
_DATELINE = re.compile(rf"\s*(?P<place>{_PLACE})(?:\s*,\s*(?P<country>{_PLACE}))?\s+(?:{_DATE})\s*")
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# Capitals, an optional ", Country", then a dash and a sentence of prose (not the
# all-capitals headline of "CRICKET - NORLAND WIN BY AN INNINGS").
_CAPITALS = r"[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3}"
_LEAD = re.compile(rf"(?P<place>{_CAPITALS})(?:,\s*(?P<country>{_PLACE}))?\s+[—–-]{{1,2}}\s+(?=[A-Z\"“‘'])")
_PROSE_WORDS = 8  # read this far for lower-case words: names may come first


def dateline_places(spans: list[EntitySpan], blocks: list[str]) -> list[EntitySpan]:
    """Spans with the places of bare datelines labelled GPE (added where the model saw none)."""
    added: list[EntitySpan] = []
    for index, block in enumerate(blocks):
        if not block[:1].isupper():
            continue
        if len(block) <= 80 and (match := _DATELINE.fullmatch(block)) is not None:
            _name_places(spans, added, index, block, match, ("place", "country"))
        elif (match := _LEAD.match(block)) is not None and _opens_prose(block, match.end()):
            # A bare word in capitals before a dash may be a rubric ("ANALYSIS — ..."): only
            # a place the model saw, or one that a country follows, is taken.
            groups = ("place", "country") if match.group("country") else ("place",)
            _name_places(spans, added, index, block, match, groups,
                         add=bool(match.group("country")))
    return spans + added if added else spans


def _name_places(spans: list[EntitySpan], added: list[EntitySpan], index: int, block: str,
                 match: re.Match[str], groups: tuple[str, ...], add: bool = True) -> None:
    for group in groups:
        start, end = match.span(group)
        if start < 0:
            continue
        here = [s for s in spans if s.paragraph == index and s.start < end and start < s.end]
        if not here and add:
            name = block[start:end]
            added.append(EntitySpan(name, "GPE", index, start, end, name))
        for span in here:
            if span.start == start and span.end == end and span.label not in _PLACE_LABELS:
                span.label = "GPE"


def _opens_prose(block: str, start: int) -> bool:
    words = block[start : start + 200].split(maxsplit=_PROSE_WORDS)[:_PROSE_WORDS]
    return len(words) >= 5 and sum(w[:1].islower() for w in words) >= 2
