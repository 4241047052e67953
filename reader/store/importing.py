"""Turning sources into stored articles: dedupe, entities in batches, one commit per batch."""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from reader.ingest.parsed import ParsedArticle
from reader.model import Article, EntitySpan
from reader.store.article_shards import TABLE, read_docs_of
from reader.store.files import LibraryFiles
from reader.store.jsonfile import read_tables, write_document, write_tables
from reader.store.reanchoring import before_reimport, listed
from reader.store.stamps import now_iso
from reader.store.reports import FailedItem, ImportedItem, ImportReport
from reader.store.storage import open_db
from reader.text import readable_bytes

if TYPE_CHECKING:
    from reader.corrections import Correction
    from reader.store.library import ImportProgress, Library
    from reader.store.search_index import SearchIndex

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
    # One step per source, and one for the entities: the model may take seconds to load.
    total = len(expanded) + 1
    for done, source in enumerate(expanded):
        if cancelled is not None and cancelled():
            # Articles read but not committed are dropped whole: nothing is half-done.
            batch.report.cancelled = True
            return batch.report
        if progress:
            progress(done, total, source)
            batch.before_commit = partial(progress, done, total)
        try:
            parsed_items = read_source(source)
        except ImportFailure as failure:
            batch.report.failed.append(FailedItem(failure.source, failure.reason))
            continue
        for parsed in parsed_items:
            batch.offer(parsed, source)
    if progress:
        batch.before_commit = partial(progress, len(expanded), total)
    batch.flush()
    if progress:
        progress(total, total, "")
    return batch.report


def _entity_step(library: Library) -> str:
    """What finding entities is about to do: load spaCy first, or only read."""
    from reader.nlp import find_entities
    from reader.nlp.pipeline import is_loaded
    from reader.store.library import FINDING_NAMES, LOADING_MODEL

    return LOADING_MODEL if library.entity_finder() is find_entities and not is_loaded() else FINDING_NAMES


class ImportBatch:
    """Skips duplicates, gathers new and changed articles, commits them a batch at a time."""

    def __init__(self, library: Library) -> None:
        self.library = library
        self.report = ImportReport()
        self._seen_hashes: set[str] = set()  # in this import; the index knows the library's
        self._pending: list[_Pending] = []
        # Told the entity step's name before each commit (the import's progress, if any).
        self.before_commit: Callable[[str], None] | None = None

    def offer(self, parsed: ParsedArticle, source: str) -> None:
        source = readable_bytes(source)  # a file name that is not UTF-8, as the report shows it
        item = _Pending(parsed, source, article_id_for(parsed.key), content_hash(parsed))
        if item.digest in self._seen_hashes or self.library.has_content(item.digest):
            self.report.duplicates.append(ImportedItem(source, item.article_id, parsed.title))
            return
        self._seen_hashes.add(item.digest)
        self._pending.append(item)
        if len(self._pending) >= BATCH_SIZE:
            self.flush()

    def flush(self) -> None:
        if self._pending:
            if self.before_commit is not None:
                self.before_commit(_entity_step(self.library))
            _commit(self.library, self._pending, self.report)
            self._pending = []


def _commit(library: Library, pending: list[_Pending], report: ImportReport) -> None:
    """Annotations moved onto changed texts first (one write), then bodies, then metadata:
    the metadata write is the commit, and the index follows it. An annotation is never left
    behind a body it does not know about (see reader.store.reanchoring)."""
    found = library.entity_finder()([(p.parsed.paragraphs, p.parsed.captions) for p in pending])
    stamp = now_iso()
    articles = [
        _article(item, entities, captions, stamp)
        for item, (entities, captions) in zip(pending, found, strict=True)
    ]
    files = library.files
    with library._writing() as follow:
        # Read (and so check) the files this commit rewrites before writing anything:
        # a damaged one refuses the import with the library exactly as it was.
        stored = read_docs_of(files, (a.id for a in articles))
        new = [a for a in articles if a.id not in stored]
        changed = [a for a in articles if a.id in stored]
        for article in changed:
            article.added = stored[article.id].get("added") or article.added
        annotations = read_tables(files.annotations) if changed else None
        if annotations is not None:
            # What is committed of these, and of the articles an earlier import listed.
            earlier = read_docs_of(files, listed(annotations))
            committed = {i: doc.get("content_hash") for i, doc in {**earlier, **stored}.items()}
            new_texts = {a.id: (a.paragraphs, a.content_hash) for a in changed}
            moved = before_reimport(annotations, new_texts, committed, library.body)
            if moved is not None:
                write_tables(files.annotations, moved)
        for article in articles:
            write_document(files.body(article.id), article.body_dict())
        _store_summaries(files, articles)
        corrections = library.corrections()  # they hold for new imports too
        follow(lambda index: _index_articles(index, articles, corrections))

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
        feed=parsed.feed,
    )


def _store_summaries(files: LibraryFiles, articles: list[Article]) -> None:
    """Each article's summary into its shard: one read and one write per shard touched."""
    by_shard: dict[Path, list[Article]] = defaultdict(list)
    for article in articles:
        by_shard[files.shard(article.id)].append(article)
    files.shards.mkdir(exist_ok=True)
    for path, shard_articles in by_shard.items():
        table = open_db(path).table(TABLE)
        ids = {doc["id"]: doc.doc_id for doc in table.all()}
        table.insert_multiple(a.summary().to_dict() for a in shard_articles if a.id not in ids)
        for article in shard_articles:
            if article.id in ids:
                table.update(article.summary().to_dict(), doc_ids=[ids[article.id]])


def _index_articles(index: SearchIndex, articles: list[Article], corrections: list[Correction]) -> None:
    """Indexed with the reader's entity corrections applied (the bodies keep what was found)."""
    from reader.store.corrections import corrected

    for article in articles:
        index.put(article.summary(), corrected(article, corrections).body_dict())
