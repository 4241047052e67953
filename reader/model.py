"""Plain data: what an article, an entity and an annotation are."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from functools import cache
from typing import Any

from reader.text import word_count


@dataclass(slots=True)
class EntitySpan:
    """A named entity inside one block of an article.

    `start`/`end` are character offsets into that block's text; `canonical`
    is the full name the mention stands for once aliases are folded.
    """

    text: str
    label: str
    paragraph: int
    start: int
    end: int
    canonical: str

    def to_dict(self) -> dict[str, Any]:
        # Built by hand: asdict() deep-copies, 30x slower, and an export writes every span.
        return {
            "text": self.text,
            "label": self.label,
            "paragraph": self.paragraph,
            "start": self.start,
            "end": self.end,
            "canonical": self.canonical,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> EntitySpan:
        return cls(
            text=data["text"],
            label=data["label"],
            paragraph=data["paragraph"],
            start=data["start"],
            end=data["end"],
            canonical=data.get("canonical") or data["text"],
        )


@dataclass(slots=True)
class ParsedArticle:
    """One article as read from a file, page or feed item (reader.ingest hands these out).

    `key` identifies the article across re-imports: its URL when it has one,
    otherwise where it was read from (a file path, plus the item id for feeds).
    A field added here is stored with every Article, and listed too once
    ArticleSummary has it (the copies between them go by `dataclasses.fields`).
    """

    key: str
    title: str
    paragraphs: list[str]
    captions: list[str] = field(default_factory=list)
    byline: str | None = None
    source: str | None = None
    url: str | None = None
    published: str | None = None  # ISO 8601 when known
    feed: str | None = None  # the id of the subscribed feed it came from


@dataclass(slots=True, kw_only=True)
class Article(ParsedArticle):
    """A stored article: what was read, plus its id, when it was added, the entities found in it.

    `key` is what makes two imports "the same article"; `content_hash` tells a changed
    version from a duplicate.
    """

    id: str
    added: str | None = None
    content_hash: str = ""
    entities: list[EntitySpan] = field(default_factory=list)
    # Entities found in captions; `paragraph` there indexes `captions`.
    caption_entities: list[EntitySpan] = field(default_factory=list)

    @classmethod
    def stored(
        cls, parsed: ParsedArticle, *, id: str, added: str, content_hash: str,
        entities: list[EntitySpan], caption_entities: list[EntitySpan],
    ) -> Article:
        """What an import stores of `parsed`."""
        return cls(
            **{f.name: getattr(parsed, f.name) for f in fields(ParsedArticle)}, id=id, added=added,
            content_hash=content_hash, entities=entities, caption_entities=caption_entities,
        )

    def summary(self) -> ArticleSummary:
        return ArticleSummary(
            **{name: getattr(self, name) for name in _SUMMARY_OF_ARTICLE},
            paragraph_count=len(self.paragraphs),
            word_count=sum(map(word_count, self.paragraphs)),
        )

    def body_dict(self) -> dict[str, Any]:
        """The body file; it carries the summary too, so opening an article reads one file."""
        return {
            "summary": self.summary().to_dict(),
            "paragraphs": self.paragraphs,
            "captions": self.captions,
            # orjson writes the dataclasses as to_dict() would, without a dict per span
            # (hundreds of MB at the input cap: benchmarks/ner_memory.py).
            "entities": self.entities,
            "caption_entities": self.caption_entities,
        }

    @classmethod
    def from_parts(cls, summary: ArticleSummary, body: dict[str, Any]) -> Article:
        return cls(
            **{name: getattr(summary, name) for name in _SUMMARY_OF_ARTICLE},
            paragraphs=list(body.get("paragraphs", [])),
            captions=list(body.get("captions", [])),
            entities=[EntitySpan.from_dict(e) for e in body.get("entities", [])],
            caption_entities=[
                EntitySpan.from_dict(e) for e in body.get("caption_entities", [])
            ],
        )


@dataclass(slots=True)
class ArticleSummary:
    """What the library list needs, without the body."""

    id: str
    key: str
    title: str
    byline: str | None = None
    source: str | None = None
    url: str | None = None
    published: str | None = None
    added: str | None = None
    content_hash: str = ""
    paragraph_count: int = 0
    word_count: int = 0
    feed: str | None = None  # the id of the subscribed feed it came from

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ArticleSummary:
        return cls(**_known(cls, data))


# The summary's fields an Article has too (all but the counts), copied both ways.
_SUMMARY_OF_ARTICLE = tuple(f.name for f in fields(ArticleSummary) if f.name in Article.__dataclass_fields__)


@dataclass(slots=True)
class Anchor:
    """Where an annotation sits: W3C TextQuoteSelector + TextPositionSelector.

    `start`/`end` are offsets inside paragraph `paragraph`; `exact`, `prefix`
    and `suffix` let the anchor be found again after the text changes.
    """

    paragraph: int
    start: int
    end: int
    exact: str
    prefix: str = ""
    suffix: str = ""

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Anchor:
        return cls(**data)


@dataclass(slots=True)
class Bookmark:
    """A marked passage.

    `content_hash` is the `content_hash` of the article text `anchor` points into (None:
    stored before annotations carried it, and taken to be the article's current text).
    """

    id: str
    article_id: str
    anchor: Anchor
    created: str
    orphaned: bool = False
    content_hash: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Bookmark:
        return cls(**{**_known(cls, data), "anchor": Anchor.from_dict(data["anchor"])})


@dataclass(slots=True)
class Note:
    """A note on a passage (`anchor` set) or on the whole article (None).

    `content_hash`: as for Bookmark, the hash of the article text the anchor points into.
    """

    id: str
    article_id: str
    text: str
    created: str
    updated: str
    anchor: Anchor | None = None
    orphaned: bool = False
    content_hash: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Note:
        anchor = data.get("anchor")
        return cls(**{
            **_known(cls, data),
            "updated": data.get("updated", data["created"]),
            "anchor": Anchor.from_dict(anchor) if anchor else None,
        })


@dataclass(slots=True)
class ReadingState:
    """What the reader did with an article: read it, where they stopped, how they filed it."""

    article_id: str
    read: bool = False
    position: int = 0
    archived: bool = False
    deleted: str | None = None  # when it went to the trash
    tags: tuple[str, ...] = ()

    @property
    def listed(self) -> bool:
        """In the default list: neither archived nor in the trash."""
        return not self.archived and self.deleted is None

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ReadingState:
        tags = data.get("tags")
        return cls(
            data["article_id"], bool(data.get("read", False)), data.get("position", 0),
            bool(data.get("archived", False)), data.get("deleted"),
            tuple(t for t in tags if isinstance(t, str)) if isinstance(tags, list) else (),
        )


@dataclass(slots=True)
class MarkedPassage:
    """One bookmark or note with its article's title: a row of "everything I marked".

    `quote` and its place (`paragraph`, `start`, `end`) are None for a note on the whole
    article; `note` is None for a bookmark. Flat, not an Anchor: thousands are listed at once.
    """

    kind: str  # "bookmark" or "note"
    id: str
    article_id: str
    article_title: str
    quote: str | None
    paragraph: int | None
    start: int | None
    end: int | None
    note: str | None
    created: str
    updated: str
    orphaned: bool = False

    @classmethod
    def from_dict(cls, kind: str, data: dict[str, Any], title: str) -> MarkedPassage:
        """From a stored bookmark or note."""
        anchor = data.get("anchor") or {}
        return cls(
            kind,
            data["id"],
            data["article_id"],
            title,
            anchor.get("exact"),
            anchor.get("paragraph"),
            anchor.get("start"),
            anchor.get("end"),
            data.get("text"),
            data["created"],
            data.get("updated", data["created"]),
            data.get("orphaned", False),
        )


def _known(cls: type, data: dict[str, Any]) -> dict[str, Any]:
    """The items of a stored record that are fields of `cls` (older or newer ones left out)."""
    names = _field_names(cls)
    return {k: v for k, v in data.items() if k in names}


@cache
def _field_names(cls: type) -> frozenset[str]:
    return frozenset(f.name for f in fields(cls))
