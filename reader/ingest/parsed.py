"""What a parser hands back before the library gives it an id and entities."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(slots=True)
class ParsedArticle:
    """One article as read from a file, page or feed item.

    `key` identifies the article across re-imports: its URL when it has one,
    otherwise where it was read from (a file path, plus the item id for feeds).
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
