"""Bare datelines: "BUCHAREST 1996-08-30" or "AL-AIN, United Arab Emirates 1996-12-06".

A line that is only a place (with its country) and a date names a place, which the
model often misses on such a short line. Datelines with an agency ("GENEVA (Reuters) -")
are reader.nlp.credits' part.
"""

from __future__ import annotations

import re

from reader.model import EntitySpan

_PLACE = r"[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}"
_DATE = r"\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{2,4}"
_DATELINE = re.compile(rf"\s*(?P<place>{_PLACE})(?:\s*,\s*(?P<country>{_PLACE}))?\s+(?:{_DATE})\s*")
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})


def dateline_places(spans: list[EntitySpan], blocks: list[str]) -> list[EntitySpan]:
    """Spans with the places of bare datelines labelled GPE (added where the model saw none)."""
    added = []
    for index, block in enumerate(blocks):
        if len(block) > 80 or not block[:1].isupper():
            continue
        match = _DATELINE.fullmatch(block)
        if match is None:
            continue
        for group in ("place", "country"):
            start, end = match.span(group)
            if start < 0:
                continue
            here = [s for s in spans if s.paragraph == index and s.start < end and start < s.end]
            if not here:
                name = block[start:end]
                added.append(EntitySpan(name, "GPE", index, start, end, name))
            for span in here:
                if span.start == start and span.end == end and span.label not in _PLACE_LABELS:
                    span.label = "GPE"
    return spans + added if added else spans
