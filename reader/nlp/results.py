"""Sports results and standings lines: the names that carry the scores are teams.

"Puchon 2 Chonbuk 1", "SEATTLE 9 Baltimore 6" and "Chonbuk 0 0 3 3 7 0" name clubs,
which the model reads as places or people. A line made only of capitalised names each
followed by numbers (asides in parentheses allowed) is such a line; its names become
organisations. A two-word person ("Greg Norman 69 70") stays a person.
"""

from __future__ import annotations

import re

from reader.model import EntitySpan

# A name: one to four capitalised words ("Kansas City", "ST LOUIS", "Real Madrid").
_NAME = r"[A-Z][\w.'’&-]*(?: [A-Z][\w.'’&-]*){0,3}"
# Scores and table figures: "2", "1-1", ".545", "5 1/2", "429-7"; not dates ("1996-08-30").
_NUMBER = r"(?!\d{4}-\d)[\d.][\d.,/-]*"
_ENTRY = re.compile(rf"(?P<name>{_NAME})(?: {_NUMBER})+")
_ANY_ENTRY = rf"{_NAME}(?: {_NUMBER})+"
_LINE = re.compile(rf"\s*{_ANY_ENTRY}(?:\s*,?\s*{_ANY_ENTRY})*\s*\.?\s*")
_ASIDE = re.compile(r"\([^()]*\)")
# Labels the model gives to clubs; a team's own ORG label stays as it is.
_TEAM_MISREAD = frozenset({"GPE", "LOC", "PERSON", "NORP", "FAC"})
# Results lines are short; longer ones are prose, and the pattern stays cheap.
_LONGEST = 200
_LOWER_WORD = re.compile(r"(?:^|\s)[a-z]")


def team_spans(spans: list[EntitySpan], blocks: list[str]) -> list[EntitySpan]:
    """Spans with the names in results lines labelled ORG (added where the model saw none)."""
    by_block: dict[int, list[EntitySpan]] = {}
    for span in spans:
        by_block.setdefault(span.paragraph, []).append(span)
    added = []
    for index, block in enumerate(blocks):
        if len(block) > _LONGEST or not block[:1].isupper() or not any(c.isdigit() for c in block):
            continue
        # Asides blanked to spaces: offsets stay those of the block.
        bare = _ASIDE.sub(lambda m: " " * len(m.group()), block)
        if _LOWER_WORD.search(bare) or not _LINE.fullmatch(bare):
            continue
        entries = list(_ENTRY.finditer(bare))
        # One name and one figure is a dateline ("LONDON 1996-08-30"), not a table row.
        if len(entries) == 1 and len(entries[0].group().split()) - len(entries[0]["name"].split()) < 2:
            continue
        here = by_block.get(index, [])
        for match in entries:
            start, end = match.span("name")
            same = [s for s in here if s.start == start and s.end == end]
            if same:
                for span in same:
                    if span.label in _TEAM_MISREAD and not _two_word_person(span):
                        span.label = "ORG"
            elif not any(s.start < end and start < s.end for s in here):
                name = block[start:end]
                added.append(EntitySpan(name, "ORG", index, start, end, name))
    return spans + added if added else spans


def _two_word_person(span: EntitySpan) -> bool:
    return span.label == "PERSON" and " " in span.text
