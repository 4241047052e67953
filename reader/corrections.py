"""The reader's entity corrections, applied over stored spans (the model is not run again).

Pure Python, outside reader.nlp: opening an article applies them, and the app never
loads the NLP package. A correction names an entity by a mention's text or its
canonical name, case-insensitively, and relabels it, merges it into another entity,
splits it from the entity it was folded into, or says it is no entity at all.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from reader.model import EntitySpan
from reader.text import without_invisible

ACTIONS = ("relabel", "merge", "split", "ignore")
# The labels `show --json` uses (spaCy's OntoNotes set), the names readers correct most first.
LABELS = (
    "PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "PRODUCT", "WORK_OF_ART", "LAW",
    "LANGUAGE", "DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "ORDINAL", "CARDINAL",
)
_POSSESSIVES = ("'s", "’s")


@dataclass(slots=True)
class Correction:
    """One correction; `article_id` None means every article, now and imported later."""

    id: str
    action: str
    name: str
    article_id: str | None
    created: str
    label: str | None = None  # relabel: the new label; merge: the label of `into`
    into: str | None = None  # merge: the canonical name NAME becomes a mention of

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id, "action": self.action, "name": self.name,
            "article_id": self.article_id, "created": self.created,
            "label": self.label, "into": self.into,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Correction:
        return cls(
            id=str(data["id"]), action=str(data["action"]), name=str(data["name"]),
            article_id=data.get("article_id"), created=str(data.get("created", "")),
            label=data.get("label"), into=data.get("into"),
        )

    def describe(self) -> str:
        """One line for people: what it does and where."""
        where = "everywhere" if self.article_id is None else f"in {self.article_id}"
        if self.action == "relabel":
            what = f"{self.name} is {self.label}"
        elif self.action == "merge":
            what = f"{self.name} is {self.into} ({self.label})"
        elif self.action == "split":
            what = f"{self.name} is its own entity"
        else:
            what = f"{self.name} is not an entity"
        return f"{what}, {where}"


def for_article(corrections: Iterable[Correction], article_id: str) -> list[Correction]:
    """The corrections that apply to one article: library-wide first, so its own win."""
    ordered = sorted(corrections, key=lambda c: c.created)
    return [c for c in ordered if c.article_id is None] + [
        c for c in ordered if c.article_id == article_id
    ]


def matches(span: EntitySpan, name: str) -> bool:
    """Whether the span is a mention of NAME: its text or canonical name, any case."""
    key = _key(name)
    return key in (_key(span.text), _key(_bare(span.text)), _key(span.canonical))


def apply_corrections(spans: list[EntitySpan], corrections: list[Correction]) -> list[EntitySpan]:
    """New spans with the corrections applied in order; the input is not modified."""
    out = [EntitySpan(s.text, s.label, s.paragraph, s.start, s.end, s.canonical) for s in spans]
    for correction in corrections:
        out = _apply(out, correction)
    return out


def _apply(spans: list[EntitySpan], correction: Correction) -> list[EntitySpan]:
    name = correction.name
    if correction.action == "ignore":
        return [s for s in spans if not matches(s, name)]
    key = _key(name)
    for span in spans:
        if correction.action == "split":
            # Only mentions written as NAME leave the entity they were folded into.
            if _key(_bare(span.text)) == key or _key(span.text) == key:
                span.canonical = without_invisible(_bare(span.text))
        elif matches(span, name):
            if correction.action == "relabel" and correction.label:
                span.label = correction.label
            elif correction.action == "merge" and correction.into and correction.label:
                span.canonical, span.label = correction.into, correction.label
    return spans


def _key(text: str) -> str:
    # "Net\u200banyahu" is "Netanyahu" to the reader, as to the entities and search.
    return without_invisible(text).casefold()


def _bare(text: str) -> str:
    return text[:-2] if text.endswith(_POSSESSIVES) else text
