"""W3C Web Annotation (JSON-LD): bookmarks and notes for any annotation tool.

Positions (TextPositionSelector) count characters in the article's text with its
paragraphs joined by a blank line ("\n\n"), captions left out; the TextQuoteSelector's
prefix and suffix come from the same text. An orphaned annotation (its passage no longer
in the article) keeps only its quote selector and is marked "reader:orphaned": true.
"""

from __future__ import annotations

import uuid
from typing import Any

from reader.anchoring import CONTEXT_CHARS, PARAGRAPH_JOIN
from reader.export import Annotated
from reader.model import Anchor, Article, Bookmark, Note
from reader.store.stamps import now_iso

CONTEXT = "http://www.w3.org/ns/anno.jsonld"
# Ids are stable across exports: a UUID derived from the annotation's own id.
_NAMESPACE = uuid.UUID("6f1c3f0e-9a55-4c1e-8b0e-2d7a3c6e5b41")


def annotation_id(kind: str, local_id: str) -> str:
    return f"urn:uuid:{uuid.uuid5(_NAMESPACE, f'reader:{kind}:{local_id}')}"


def target_source(article: Article) -> str:
    """The article's URL, else the key it was imported under (a file's path)."""
    return article.url or article.key


def paragraph_offsets(article: Article) -> list[int]:
    """Where each paragraph starts in the joined text."""
    offsets, position = [], 0
    for paragraph in article.paragraphs:
        offsets.append(position)
        position += len(paragraph) + len(PARAGRAPH_JOIN)
    return offsets


def target(article: Article, anchor: Anchor | None, orphaned: bool, offsets: list[int]) -> dict[str, Any]:
    source = target_source(article)
    if anchor is None:
        return {"source": source}
    placed = (
        not orphaned
        and anchor.paragraph < len(article.paragraphs)
        and article.paragraphs[anchor.paragraph][anchor.start : anchor.end] == anchor.exact
    )
    if not placed:
        quote = {"type": "TextQuoteSelector", "exact": anchor.exact,
                 "prefix": anchor.prefix, "suffix": anchor.suffix}
        return {"source": source, "selector": [quote]}
    text = PARAGRAPH_JOIN.join(article.paragraphs)
    start = offsets[anchor.paragraph] + anchor.start
    end = start + len(anchor.exact)
    return {
        "source": source,
        "selector": [
            {
                "type": "TextQuoteSelector",
                "exact": anchor.exact,
                "prefix": text[max(0, start - CONTEXT_CHARS) : start],
                "suffix": text[end : end + CONTEXT_CHARS],
            },
            {"type": "TextPositionSelector", "start": start, "end": end},
        ],
    }


def bookmark_annotation(article: Article, bookmark: Bookmark, offsets: list[int]) -> dict[str, Any]:
    return _annotation(article, bookmark, "bookmarking", bookmark.created, offsets)


def note_annotation(article: Article, note: Note, offsets: list[int]) -> dict[str, Any]:
    body = {"type": "TextualBody", "value": note.text, "format": "text/plain", "purpose": "commenting"}
    return _annotation(article, note, "commenting", note.updated, offsets, body)


def _annotation(
    article: Article, marked: Bookmark | Note, motivation: str, modified: str,
    offsets: list[int], body: dict[str, Any] | None = None,
) -> dict[str, Any]:
    kind = "bookmark" if isinstance(marked, Bookmark) else "note"
    annotation: dict[str, Any] = {
        "@context": CONTEXT,
        "id": annotation_id(kind, marked.id),
        "type": "Annotation",
        "motivation": motivation,
        "created": marked.created,
        "modified": modified,
    }
    if body is not None:
        annotation["body"] = body
    annotation["target"] = target(article, marked.anchor, marked.orphaned, offsets)
    if marked.orphaned:
        annotation["reader:orphaned"] = True
    return annotation


def article_annotations(item: Annotated) -> list[dict[str, Any]]:
    """An article's notes (article-level first) and bookmarks, in reading order."""
    article = item.article
    offsets = paragraph_offsets(article)

    def place(anchor: Anchor | None) -> tuple[int, int]:
        return (-1, 0) if anchor is None else (anchor.paragraph, anchor.start)

    found = [(place(n.anchor), n.created, note_annotation(article, n, offsets)) for n in item.notes]
    found += [(place(b.anchor), b.created, bookmark_annotation(article, b, offsets)) for b in item.bookmarks]
    found.sort(key=lambda f: (f[0], f[1]))
    return [annotation for _place, _created, annotation in found]


def annotation_collection(items: list[Annotated]) -> dict[str, Any]:
    """Every annotation of `items` as one AnnotationCollection with its single page."""
    annotations = [a for item in items for a in article_annotations(item)]
    return {
        "@context": CONTEXT,
        "id": f"urn:uuid:{uuid.uuid4()}",
        "type": "AnnotationCollection",
        "label": "Bookmarks and notes exported from reader",
        "generated": now_iso(),
        "generator": {"type": "Software", "name": "reader"},
        "total": len(annotations),
        "first": {
            "id": f"urn:uuid:{uuid.uuid4()}",
            "type": "AnnotationPage",
            "startIndex": 0,
            "items": annotations,
        },
    }
