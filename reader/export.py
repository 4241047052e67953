"""Articles and their annotations as records for `show --json` and exports."""

from __future__ import annotations

from typing import Any

import orjson

from reader.model import Article, Bookmark, Note


def article_record(article: Article, bookmarks: list[Bookmark], notes: list[Note]) -> dict[str, Any]:
    """The stable `show --json` shape (see README)."""
    return {
        "id": article.id,
        "title": article.title,
        "byline": article.byline,
        "source": article.source,
        "url": article.url,
        "published": article.published,
        "added": article.added,
        "paragraphs": article.paragraphs,
        "captions": article.captions,
        "entities": [e.to_dict() for e in article.entities],
        "caption_entities": [e.to_dict() for e in article.caption_entities],
        "bookmarks": [
            {
                "id": b.id,
                "paragraph": b.anchor.paragraph,
                "start": b.anchor.start,
                "end": b.anchor.end,
                "quote": b.anchor.exact,
                "created": b.created,
                "orphaned": b.orphaned,
            }
            for b in sorted(bookmarks, key=lambda b: (b.anchor.paragraph, b.anchor.start))
        ],
        "notes": [
            {
                "id": n.id,
                "paragraph": n.anchor.paragraph if n.anchor else None,
                "text": n.text,
                "quote": n.anchor.exact if n.anchor else None,
                "created": n.created,
                "updated": n.updated,
                "orphaned": n.orphaned,
            }
            for n in sorted(notes, key=lambda n: n.created)
        ],
    }


def to_json(data: Any) -> str:
    """The one JSON encoder for output: UTF-8, indented, stable key order."""
    return orjson.dumps(data, option=orjson.OPT_INDENT_2).decode("utf-8")
