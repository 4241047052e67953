"""A parsed query: a tree of plain, comparable values, and the text it prints back as."""

from __future__ import annotations

from dataclasses import dataclass

# Fields matched against the full-text index, and the index column each one reads.
TEXT_FIELDS = {"title": "title", "author": "byline", "source": "source"}
# Entity fields and the spaCy labels each one covers (None: any label).
ENTITY_FIELDS: dict[str, tuple[str, ...] | None] = {
    "person": ("PERSON",),
    "org": ("ORG",),
    "place": ("GPE", "LOC", "FAC"),
    "entity": None,
}
# Fields matched exactly against the index's article columns.
EXACT_FIELDS = ("tag", "feed")
FIELDS = (*TEXT_FIELDS, *ENTITY_FIELDS, *EXACT_FIELDS)
# Filters whose value is one of a few words, and those words.
CHOICES = {
    "has": ("note", "bookmark"),
    "is": ("read", "unread", "archived"),
    "sort": ("relevance", "date", "title"),
}
# Spellings accepted for a choice, mapped to the one printed.
CHOICE_ALIASES = {"notes": "note", "bookmarks": "bookmark"}
DATE_FILTERS = ("after", "before")
FILTERS = (*CHOICES, *DATE_FILTERS)


@dataclass(frozen=True, slots=True)
class Word:
    """A whole word (or, with `prefix`, any word starting with it)."""

    text: str
    prefix: bool = False

    def __str__(self) -> str:
        return self.text + ("*" if self.prefix else "")


@dataclass(frozen=True, slots=True)
class Phrase:
    """Words in this order, next to each other."""

    text: str

    def __str__(self) -> str:
        return f'"{self.text}"'


@dataclass(frozen=True, slots=True)
class Field:
    """A word or phrase looked for in one field: title:, author:, person:, tag: ..."""

    name: str
    value: Word | Phrase

    def __str__(self) -> str:
        return f"{self.name}:{self.value}"


@dataclass(frozen=True, slots=True)
class Filter:
    """A condition on an article's state or date: has:note, is:read, after:2026-01."""

    name: str
    value: str

    def __str__(self) -> str:
        return f"{self.name}:{self.value}"


@dataclass(frozen=True, slots=True)
class Not:
    item: Node

    def __str__(self) -> str:
        return "-" + _grouped(self.item, (And, Or))


@dataclass(frozen=True, slots=True)
class And:
    items: tuple[Node, ...]

    def __str__(self) -> str:
        return " ".join(_grouped(item, (And,)) for item in self.items)


@dataclass(frozen=True, slots=True)
class Or:
    items: tuple[Node, ...]

    def __str__(self) -> str:
        return " OR ".join(_grouped(item, (And, Or)) for item in self.items)


Node = Word | Phrase | Field | Filter | Not | And | Or


def _grouped(node: Node, needs_parentheses: tuple[type, ...]) -> str:
    return f"({node})" if isinstance(node, needs_parentheses) else str(node)


@dataclass(frozen=True, slots=True)
class Query:
    """What to match (None: every article) and the order asked for (None: the default)."""

    match: Node | None = None
    sort: str | None = None

    def __str__(self) -> str:
        parts = [] if self.match is None else [str(self.match)]
        if self.sort is not None:
            parts.append(f"sort:{self.sort}")
        return " ".join(parts)

    @property
    def empty(self) -> bool:
        return self.match is None


def looked_for(node: Node | None, negated: bool = False) -> list[Word | Phrase | Field]:
    """The words, phrases and text fields an article is wanted for (not those under NOT)."""
    if node is None:
        return []
    if isinstance(node, Not):
        return looked_for(node.item, not negated)
    if isinstance(node, And | Or):
        return [w for item in node.items for w in looked_for(item, negated)]
    if negated:
        return []
    if isinstance(node, Word | Phrase) or (isinstance(node, Field) and node.name in TEXT_FIELDS):
        return [node]
    return []


class QueryError(ValueError):
    """A malformed query: what is wrong, and at which character (0-based)."""

    def __init__(self, reason: str, position: int) -> None:
        super().__init__(f"{reason} (column {position + 1})")
        self.reason = reason
        self.position = position
