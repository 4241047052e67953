"""Annotations stay on their words when an article's text is replaced, even half way.

Every stored bookmark and note carries `content_hash`: the hash of the article text its
anchor points into (the `content_hash` of the body it was made in, or that an import moved
it onto). A stamp of None is an annotation stored before stamps existed: it counts as
anchored to the article's current text.

A re-import of changed, annotated articles writes annotations.json first, once for the
whole batch: every annotation of those articles moved onto the new text and stamped with
its hash, and those articles listed in the REANCHORED table with that hash. Only then come
the bodies and then the article metadata (its shard in articles/). So the body of an annotated article is
never replaced before its annotations are listed there, and wherever the import stops, an
annotation whose stamp differs from its body's can only be on a listed article.

Reads therefore check the bodies of the listed articles, and nothing else (no stamp is
compared on the hot path while the table is empty): annotations whose stamp is not the
body's are moved onto the text on disk in memory. The next import's annotations write makes
that permanent and takes the articles off the list (directly when the metadata already
holds the hash they were listed with: that import went through).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from reader.anchoring import reanchor
from reader.model import Anchor
from reader.store.errors import LibraryError

# Table of annotations.json: {"article_id", "content_hash"} of articles whose annotations an
# import moved onto a text (that hash) which may not be the body on disk yet.
REANCHORED = "reanchored"
ANNOTATION_TABLES = ("bookmarks", "notes")

Tables = dict[str, dict[str, Any]]
# article id -> (paragraphs, content_hash) of the text to anchor in
Texts = Mapping[str, tuple[list[str], str | None]]


def body_hash(body: Mapping[str, Any]) -> str | None:
    """The content hash a body file carries (None for a body without its summary)."""
    summary = body.get("summary")
    return summary.get("content_hash") if isinstance(summary, dict) else None


def listed(tables: Tables) -> dict[str, str | None]:
    """Article id -> the content hash an import moved its annotations onto, not yet confirmed."""
    return {
        doc["article_id"]: doc.get("content_hash")
        for doc in tables.get(REANCHORED, {}).values()
        if isinstance(doc, dict) and isinstance(doc.get("article_id"), str)
    }


def moved_onto(doc: dict[str, Any], paragraphs: list[str], digest: str | None) -> dict[str, Any]:
    """A copy of a stored bookmark or note anchored in `paragraphs` (the text hashed `digest`):
    at its quote there, else flagged orphaned with its old anchor (and quote) kept."""
    moved = {**doc, "content_hash": digest}
    anchor = doc.get("anchor")
    if anchor is not None:
        placed = reanchor(Anchor.from_dict(anchor), paragraphs)
        if placed is None:
            moved["orphaned"] = True
        else:
            moved["anchor"] = placed.to_dict()
            moved["orphaned"] = False
    return moved


def follow(tables: Tables, texts: Texts, *, unstamped_current: bool) -> Tables:
    """`tables` with each annotation of an article in `texts` whose stamp is not that text's
    moved onto it. Unstamped ones stay put when `unstamped_current` (they count as anchored to
    the current body), else they move too. Tables and documents not moved are shared: when
    nothing moves, `tables` itself comes back."""
    result = tables
    for name in ANNOTATION_TABLES:
        docs = tables.get(name)
        if not docs or not texts:
            continue
        copied: dict[str, Any] | None = None
        for key, doc in docs.items():
            text = texts.get(doc.get("article_id"))
            if text is None:
                continue
            paragraphs, digest = text
            stamp = doc.get("content_hash")
            if stamp == digest or (stamp is None and unstamped_current):
                continue
            if copied is None:
                if result is tables:
                    result = dict(tables)
                copied = result[name] = dict(docs)
            copied[key] = moved_onto(doc, paragraphs, digest)
    return result


def before_reimport(
    tables: Tables,
    new_texts: Texts,
    committed: Mapping[str, str | None],
    body_of: Callable[[str], Mapping[str, Any]],
) -> Tables | None:
    """annotations.json as an import must write it before it replaces any body, or None when
    it need not change.

    `new_texts`: the articles the import changes, with their new text. `committed`: article
    id -> content hash in the stored metadata. Articles listed by an earlier import leave the list:
    at once when the metadata has the hash they were listed with, else once their
    annotations are moved onto the body on disk (`body_of(article_id)`, its body file).
    """
    before = listed(tables)
    keep: dict[str, str | None] = {}
    on_disk: dict[str, tuple[list[str], str | None]] = {}
    for article_id, digest in before.items():
        if article_id in new_texts or committed.get(article_id, digest) == digest:
            continue  # moved again below / that import went through (or the article is gone)
        try:
            body = body_of(article_id)
        except LibraryError:
            keep[article_id] = digest  # nothing to check against now: the reads go on checking
            continue
        on_disk[article_id] = (list(body.get("paragraphs", [])), body_hash(body))
    result = follow(tables, on_disk, unstamped_current=True)
    annotated = {
        doc.get("article_id") for name in ANNOTATION_TABLES for doc in tables.get(name, {}).values()
    }
    moving = {i: text for i, text in new_texts.items() if i in annotated}
    result = follow(result, moving, unstamped_current=False)
    keep.update((i, digest) for i, (_, digest) in moving.items())
    if result is tables and keep == before:
        return None
    result = dict(result)
    result[REANCHORED] = {
        str(n): {"article_id": i, "content_hash": digest}
        for n, (i, digest) in enumerate(sorted(keep.items()), start=1)
    }
    return result
