"""Labels across the library: a name the library has seen often with one label keeps it.

The model labels each article on its own, so "Khartoum" can be a person in one article
and a place in forty others. When the other articles agree (at least MIN_ARTICLES of
them, MIN_SHARE of those that name it), an entity here takes their label, unless the
article itself says what the name is:
- it sits in a table, results or dateline line ("Milan 2 Roma 1"), where the article's
  layout labelled it (a club is no city there, whatever the library says);
- it is a short form folded into a longer name of this article ("Rapajic").
Corrections are applied after this, so a correction always has the last word.

Pure Python over stored spans (no spaCy, no store): the counts come from the entity index.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping

from reader.model import Article, EntitySpan

# Only names: a date or an amount is never relabelled, nor does a name become one.
NAME_LABELS = frozenset({
    "PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "PRODUCT", "WORK_OF_ART", "LAW",
    "LANGUAGE",
})
# Tuned on CoNLL-2003 train and testa (benchmarks/ner_quality.py): fewer or looser
# majorities relabel clubs and cities that the library only seems to agree on.
MIN_ARTICLES = 3
MIN_SHARE = 0.85

# A word starting in lower case: a line without one, but with figures, is a table row,
# a results line or a dateline.
_LOWER_WORD = re.compile(r"(?:^|\s)[a-z]")

# Casefolded canonical name -> label -> how many other articles name it with that label.
LabelCounts = Mapping[str, Mapping[str, int]]


def names_to_look_up(spans: Iterable[EntitySpan]) -> set[str]:
    """The casefolded canonical names whose library labels matter for these spans."""
    return {s.canonical.casefold() for s in spans if s.label in NAME_LABELS}


def article_with_library_labels(article: Article, seen: LabelCounts) -> Article:
    """The article with library labels on its paragraphs' and captions' entities alike."""
    first_caption = len(article.paragraphs)
    spans = article.entities + [
        EntitySpan(s.text, s.label, s.paragraph + first_caption, s.start, s.end, s.canonical)
        for s in article.caption_entities
    ]
    labelled = library_labels(spans, article.paragraphs + article.captions, seen)
    if labelled is not spans:
        article.entities = labelled[: len(article.entities)]
        article.caption_entities = [
            EntitySpan(s.text, s.label, s.paragraph - first_caption, s.start, s.end, s.canonical)
            for s in labelled[len(article.entities) :]
        ]
    return article


def library_labels(spans: list[EntitySpan], blocks: list[str], seen: LabelCounts) -> list[EntitySpan]:
    """New spans, each entity with the label the library agrees on where the article does
    not say otherwise. `paragraph` of each span indexes `blocks`."""
    groups: dict[str, list[EntitySpan]] = defaultdict(list)
    for span in spans:
        if span.label in NAME_LABELS:
            groups[span.canonical.casefold()].append(span)
    relabelled: dict[str, str] = {}
    for key, mentions in groups.items():
        label = agreed_label(seen.get(key, {}))
        if label is None or all(s.label == label for s in mentions):
            continue
        if not _said_here(mentions, blocks):
            relabelled[key] = label
    if not relabelled:
        return spans
    return [
        EntitySpan(s.text, relabelled.get(s.canonical.casefold(), s.label) if s.label in NAME_LABELS
                   else s.label, s.paragraph, s.start, s.end, s.canonical)
        for s in spans
    ]


def agreed_label(counts: Mapping[str, int]) -> str | None:
    """The name label enough other articles agree on, or None."""
    named = {label: n for label, n in counts.items() if label in NAME_LABELS}
    if not named:
        return None
    label, top = max(named.items(), key=lambda item: item[1])
    if top >= MIN_ARTICLES and top >= MIN_SHARE * sum(named.values()):
        return label
    return None


def _said_here(mentions: list[EntitySpan], blocks: list[str]) -> bool:
    """Whether the article itself labels the name: by its layout, or by a longer name."""
    for span in mentions:
        if not span.text.casefold().startswith(span.canonical.casefold()):
            return True  # a short form folded into a full name of this article
        block = blocks[span.paragraph] if span.paragraph < len(blocks) else ""
        if any(c.isdigit() for c in block) and not _LOWER_WORD.search(block):
            return True
    return False
