"""Turning sources into stored articles: dedupe, entities in batches, one commit per batch."""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from reader.ingest.parsed import ParsedArticle
from reader.model import Article, ArticleSummary, EntitySpan
from reader.store.listing import write_listing
from reader.store.entity_index import encode_entities
from reader.store.jsonfile import read_document, read_tables, write_document, write_tables
from reader.store.reanchoring import before_reimport
from reader.store.stamps import now_iso
from reader.store.reports import FailedItem, ImportedItem, ImportReport
from reader.store.storage import open_db
from reader.text import readable_bytes

if TYPE_CHECKING:
    from reader.store.library import ImportProgress, Library

# Articles per spaCy batch and per commit: large enough for nlp.pipe, small enough to lose little.
BATCH_SIZE = 64


def article_id_for(key: str) -> str:
    # surrogatepass: a key is sanitized text, but an id must never be the thing that fails.
    return hashlib.sha1(key.encode("utf-8", "surrogatepass")).hexdigest()[:12]


def content_hash(parsed: ParsedArticle) -> str:
    digest = hashlib.sha1()
    for part in [parsed.title, *parsed.paragraphs, "\x1e", *parsed.captions]:
        digest.update(part.encode("utf-8"))
        digest.update(b"\x1f")
    return digest.hexdigest()


@dataclass(slots=True)
class _Pending:
    parsed: ParsedArticle
    source: str
    article_id: str
    digest: str


def import_sources(
    library: Library,
    sources: list[str],
    progress: ImportProgress | None,
    cancelled: Callable[[], bool] | None = None,
) -> ImportReport:
    from reader.ingest import ImportFailure, expand_source, read_source

    batch = ImportBatch(library)
    expanded: list[str] = []
    for source in sources:
        try:
            found, unreadable = expand_source(source)
        except ImportFailure as failure:
            unreadable, found = [failure], []
        expanded.extend(found)
        batch.report.failed.extend(FailedItem(failure.source, failure.reason) for failure in unreadable)
    for done, source in enumerate(expanded):
        if cancelled is not None and cancelled():
            # Articles read but not committed are dropped whole: nothing is half-done.
            batch.report.cancelled = True
            return batch.report
        if progress:
            progress(done, len(expanded), source)
        try:
            parsed_items = read_source(source)
        except ImportFailure as failure:
            batch.report.failed.append(FailedItem(failure.source, failure.reason))
            continue
        for parsed in parsed_items:
            batch.offer(parsed, source)
    batch.flush()
    if progress:
        progress(len(expanded), len(expanded), "")
    return batch.report


class ImportBatch:
    """Skips duplicates, gathers new and changed articles, commits them a batch at a time."""

    def __init__(self, library: Library) -> None:
        self.library = library
        self.report = ImportReport()
        self._seen_hashes = {s.content_hash for s in library.summaries()}
        self._pending: list[_Pending] = []

    def offer(self, parsed: ParsedArticle, source: str) -> None:
        source = readable_bytes(source)  # a file name that is not UTF-8, as the report shows it
        item = _Pending(parsed, source, article_id_for(parsed.key), content_hash(parsed))
        if item.digest in self._seen_hashes:
            self.report.duplicates.append(ImportedItem(source, item.article_id, parsed.title))
            return
        self._seen_hashes.add(item.digest)
        self._pending.append(item)
        if len(self._pending) >= BATCH_SIZE:
            self.flush()

    def flush(self) -> None:
        if self._pending:
            _commit(self.library, self._pending, self.report)
            self._pending = []


def _commit(library: Library, pending: list[_Pending], report: ImportReport) -> None:
    """Annotations moved onto changed texts first (one write), then bodies, then the entity
    index, then metadata: the metadata write is the commit. An annotation is never left
    behind a body it does not know about (see reader.store.reanchoring)."""
    found = library.entity_finder()([(p.parsed.paragraphs, p.parsed.captions) for p in pending])
    stamp = now_iso()
    articles = [
        _article(item, entities, captions, stamp)
        for item, (entities, captions) in zip(pending, found, strict=True)
    ]
    files = library.files
    with library._locked():
        db = open_db(files.articles)
        table = db.table("articles")
        stored = {doc["id"]: doc for doc in table.all()}
        new = [a for a in articles if a.id not in stored]
        changed = [a for a in articles if a.id in stored]
        for article in changed:
            article.added = stored[article.id].get("added") or article.added
        # Read (and so check) the files this commit rewrites before writing anything:
        # a damaged one refuses the import with the library exactly as it was.
        entity_data = read_document(files.entities) or {}
        annotations = read_tables(files.annotations) if changed else None
        if annotations is not None:
            committed = {i: doc.get("content_hash") for i, doc in stored.items()}
            new_texts = {a.id: (a.paragraphs, a.content_hash) for a in changed}
            moved = before_reimport(annotations, new_texts, committed, library.body)
            if moved is not None:
                write_tables(files.annotations, moved)
        for article in articles:
            write_document(files.body(article.id), article.body_dict())
        _update_entity_index(library, entity_data, articles)

        table.insert_multiple(a.summary().to_dict() for a in new)
        for article in changed:
            table.update(article.summary().to_dict(), doc_ids=[stored[article.id].doc_id])
        merged = {i: ArticleSummary.from_dict(doc) for i, doc in stored.items()}
        merged.update((a.id, a.summary()) for a in articles)
        write_listing(files.listing, files.articles, list(merged.values()))

    by_id = {item.article_id: item.source for item in pending}
    for article in new:
        report.imported.append(ImportedItem(by_id[article.id], article.id, article.title))
    for article in changed:
        report.updated.append(ImportedItem(by_id[article.id], article.id, article.title))


def _article(
    item: _Pending, entities: list[EntitySpan], captions: list[EntitySpan], stamp: str
) -> Article:
    parsed = item.parsed
    return Article(
        id=item.article_id,
        key=parsed.key,
        title=parsed.title,
        paragraphs=parsed.paragraphs,
        captions=parsed.captions,
        byline=parsed.byline,
        source=parsed.source,
        url=parsed.url,
        published=parsed.published,
        added=stamp,
        content_hash=item.digest,
        entities=entities,
        caption_entities=captions,
    )


def _update_entity_index(library: Library, data: dict, articles: list[Article]) -> None:
    names: list[list[str]] = data.get("names", [])
    index: dict[str, str] = data.get("articles", {})
    positions = {(name, label): i for i, (name, label) in enumerate(names)}
    for article in articles:
        counts = Counter((e.canonical, e.label) for e in article.entities + article.caption_entities)
        index[article.id] = encode_entities(counts, names, positions)
    write_document(library.files.entities, {"names": names, "articles": index})
