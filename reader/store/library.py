"""The Library: the one object the TUI and the command line talk to.

A new read or write goes here as a thin method; what it does at length lives in a module
of its own beside this one (annotations, importing, corrections, filing), and every write
is one `with self.transaction() as tx:` block.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import AbstractContextManager
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from tinydb import Query
from tinydb.table import Document

from reader.model import (
    Article,
    ArticleSummary,
    Bookmark,
    MarkedPassage,
    Note,
    ParsedArticle,
    ReadingState,
)
from reader.store.annotations import Annotations
from reader.store.errors import AmbiguousArticleId, ArticleNotFound, LibraryError
from reader.store.files import LibraryFiles, is_article_id
from reader.store.filing import merged_tags, remove_articles
from reader.store.index_keeper import IndexKeeper
from reader.store.index_sync import IndexProgress
from reader.store.jsonfile import read_document, read_tables
from reader.store.reports import EntityFinder, ImportProgress, ImportReport
from reader.store.search_index import (
    HEAD_ROWS,
    IndexUnusable,
    ListingHead,
    SearchIndex,
    SearchResult,
)
from reader.store.stamps import now_iso
from reader.store.storage import open_db
from reader.store.transaction import Transaction, WriterLock

if TYPE_CHECKING:  # typing only: the TUI imports the Library at start-up
    from reader.corrections import Correction
    from reader.search import CompiledQuery
    from reader.store.subscribing import Subscriptions

T = TypeVar("T")

# The imports inside methods below (importing, corrections, reader.nlp) load on first use,
# not when the app starts: benchmarks/bench_startup.py; nor is the query language loaded
# by `reader list` (benchmarks/bench_search.py).


class Library:
    """A library in one data folder. Reads need no lock; every write is a transaction."""

    def __init__(self, data_dir: Path, entity_finder: EntityFinder | None = None) -> None:
        self.files = LibraryFiles(Path(data_dir))
        self.files.root.mkdir(parents=True, exist_ok=True)
        self._entity_finder = entity_finder
        self._lock = WriterLock(self.files)
        self._keeper = IndexKeeper(self, self._lock)
        self._annotations = Annotations(self)

    @property
    def data_dir(self) -> Path:
        return self.files.root

    def transaction(self) -> AbstractContextManager[Transaction]:
        """One unit of work: `with library.transaction() as tx:` holds the writer lock while
        the block writes the truth files, and `tx.follow(change)` queues what the index must
        do to follow; the index makes those changes once the block is done."""
        return self._keeper.transaction()

    # -- articles -------------------------------------------------------

    def is_new(self) -> bool:
        return not self.files.shards.exists() and not self.files.legacy_articles.exists()

    def summaries(self) -> list[ArticleSummary]:
        """Every article's metadata, without reading any body."""
        return self._keeper.ask(SearchIndex.summaries)

    def list_summaries(self) -> list[ArticleSummary]:
        """What the app's list shows of every article, newest first (key, byline, url and
        content hash left empty, which halves the memory at 100,000 articles); summaries()
        has it all."""
        return self._keeper.ask(SearchIndex.list_summaries)

    def list_rows(self, made: Callable[[ArticleSummary], T]) -> list[T]:
        """`made(summary)` for each of list_summaries(), one summary at a time: 100,000
        of them are never held at once (bench_filter's peak memory)."""
        return self._keeper.ask(lambda index: index.list_summaries(made))

    def listing_head(self, rows: int | None = HEAD_ROWS) -> ListingHead:
        """How many articles there are and the newest `rows` of them (None: all), newest first."""
        return self._keeper.ask(lambda index: index.head(rows))

    def listed(self, with_ids: bool = False) -> Iterator[list[tuple]]:
        """Every listed article's line of `reader list`, newest first, in batches read as
        they are used: 1-tuples, or (id, line) `with_ids` (see SearchIndex.listed)."""
        return self._keeper.current().listed(with_ids)

    def listed_summaries(self) -> Iterator[list[ArticleSummary]]:
        """Every listed article's summary, newest first, in batches read as they are used."""
        return self._keeper.current().listed_summaries()

    def has_tags(self) -> bool:
        """Whether any article has a tag (else the reading state need not be read for them)."""
        return self._keeper.ask(SearchIndex.has_tags)

    def summary(self, article_id: str) -> ArticleSummary:
        found = self._keeper.ask(lambda index: index.summary(article_id))
        if found is None:
            raise ArticleNotFound(article_id)
        return found

    def has_content(self, content_hash: str) -> bool:
        """Whether an article with exactly this content is in the library."""
        return self._keeper.ask(lambda index: index.has_content(content_hash))

    def resolve_id(self, id_or_prefix: str) -> str:
        """A full article id from an id or a unique prefix of one."""
        if is_article_id(id_or_prefix) and self.files.body(id_or_prefix).exists():
            return id_or_prefix
        found = self._keeper.ask(lambda index: index.ids_starting(id_or_prefix)) if id_or_prefix else []
        if not found:
            raise ArticleNotFound(id_or_prefix)
        if len(found) > 1:
            raise AmbiguousArticleId(id_or_prefix, len(found))
        return found[0]

    # -- the index ------------------------------------------------------

    def index_is_current(self) -> bool:
        """Whether reading now needs a rebuild first (the command line shows a bar for it)."""
        return self._keeper.is_current()

    def refresh_index(self, progress: IndexProgress | None = None) -> None:
        """Index what changed in the truth since the index last matched it (all, if new)."""
        self._keeper.refresh(progress)

    def drop_index(self) -> None:
        """Delete the index; the next read builds it again."""
        self._keeper.drop()

    @property
    def feeds(self) -> Subscriptions:
        """Subscribed feeds: subscribe, refresh, unsubscribe (reader.store.subscribing)."""
        from reader.store.subscribing import Subscriptions

        return Subscriptions(self)

    def body(self, article_id: str) -> dict[str, Any]:
        body = read_document(self.files.body(article_id))
        if body is None:
            raise ArticleNotFound(article_id)
        return body

    def article(self, article_id: str) -> Article:
        """The article as the reader sees it: the labels the library agrees on (see
        reader.library_labels), then the reader's entity corrections, applied."""
        from reader.library_labels import article_with_library_labels, names_to_look_up
        from reader.store.corrections import corrected

        article = self.found_article(article_id)
        names = names_to_look_up(article.entities + article.caption_entities)
        try:
            seen = self._keeper.ask(lambda index: index.label_counts(names, article_id)) if names else {}
        except (LibraryError, IndexUnusable, sqlite3.Error):
            seen = {}  # no index to count with: the labels as found
        return corrected(article_with_library_labels(article, seen), self.corrections())

    def found_article(self, article_id: str) -> Article:
        """The article with its entities as found at import."""
        body = self.body(article_id)
        stored = body.get("summary")
        summary = ArticleSummary.from_dict(stored) if stored else self.summary(article_id)
        return Article.from_parts(summary, body)

    def paragraphs(self, article_id: str) -> list[str]:
        return list(self.body(article_id).get("paragraphs", []))

    def search(
        self, text: str, limit: int | None = None, now: datetime | None = None
    ) -> SearchResult:
        """Articles matching a query (see reader.search), ranked, with snippets; a malformed
        query raises QueryError. `now` dates relative filters such as after:7d."""
        compiled = _compiled(text, now)
        return self._keeper.ask(lambda index: index.search(compiled, limit))

    def matching_ids(
        self, text: str, now: datetime | None = None, stop: Callable[[], bool] | None = None
    ) -> set[str]:
        """The ids of every article matching a query (for the app's filter). `stop` is asked
        every few milliseconds while SQLite works; once it says so, SearchStopped is raised."""
        compiled = _compiled(text, now)
        return self._keeper.ask(lambda index: index.matching_ids(compiled, stop))

    def snippet(self, text: str, article_id: str) -> list[tuple[str, bool]] | None:
        """The text around a query's words in one article, as (text, matched) pieces; None
        when the query looks for no word or the article has none of them."""
        compiled = _compiled(text, None)
        return self._keeper.ask(lambda index: index.snippet(compiled, article_id))

    def articles_mentioning(self, name: str) -> set[str]:
        """Ids of the articles with an entity of this canonical name (any case)."""
        return self._keeper.ask(lambda index: index.articles_mentioning(name))

    def entities_of(self, article_id: str) -> list[tuple[str, str, int]]:
        """(canonical name, label, mentions) of an article, most mentioned first."""
        return self._keeper.ask(lambda index: index.entities_of(article_id))

    def import_sources(
        self,
        sources: Iterable[str],
        progress: ImportProgress | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> ImportReport:
        """Import files, folders, feeds and URLs; rejected inputs leave the library untouched.

        `cancelled` is asked between items: once it says so, what is committed stays, the
        rest is not read, and the report says `cancelled`."""
        from reader.store.importing import import_sources

        return import_sources(self, list(sources), progress, cancelled)

    def add_articles(self, parsed: Iterable[tuple[ParsedArticle, str]]) -> ImportReport:
        """Store already-parsed articles (with the source each came from)."""
        from reader.store.importing import ImportBatch

        batch = ImportBatch(self)
        for article, source in parsed:
            batch.offer(article, source)
        batch.flush()
        return batch.report

    def entity_finder(self) -> EntityFinder:
        if self._entity_finder is None:
            from reader.nlp import find_entities  # its modules load on the first import

            self._entity_finder = find_entities
        return self._entity_finder

    # -- entity corrections ---------------------------------------------

    def corrections(self) -> list[Correction]:
        """Every entity correction, oldest first."""
        from reader.store.corrections import read_corrections

        return read_corrections(self.files.corrections)

    def correct_entity(
        self, article_id: str, action: str, name: str, *, label: str | None = None,
        into: str | None = None, everywhere: bool = False,
    ) -> Correction:
        """Relabel, merge, split or ignore the entity NAME in one article, or everywhere."""
        from reader.store.corrections import new_correction

        return new_correction(
            self, article_id, action, name, label=label, into=into, everywhere=everywhere
        )

    def undo_correction(self, correction_id: str) -> Correction:
        from reader.store.corrections import undo_correction

        return undo_correction(self, correction_id)

    def import_corrections(self, data: Any, source: str) -> list[Correction]:
        """Add the corrections of an exported file (`export_corrections`) not already here."""
        from reader.store.corrections import import_corrections

        return import_corrections(self, data, source)

    def export_corrections(self) -> dict[str, Any]:
        from reader.store.corrections import export_corrections

        return export_corrections(self.corrections())

    # -- annotations (reader.store.annotations) --------------------------

    def bookmarks(self, article_id: str | None = None) -> list[Bookmark]:
        return [Bookmark.from_dict(d) for d in self._annotations.docs("bookmarks", article_id)]

    def notes(self, article_id: str | None = None) -> list[Note]:
        return [Note.from_dict(d) for d in self._annotations.docs("notes", article_id)]

    def marked_passages(self, titles: Mapping[str, str] | None = None) -> list[MarkedPassage]:
        """Every bookmark and note in the library with its article's title, newest first.

        Reads no body: titles come from `titles` (article id -> title) when the caller has
        them, else from the listing. Orphaned annotations are included, flagged. While the
        annotations and `titles` are the same objects, the same list comes back (read only).
        """
        return self._annotations.marked_passages(titles)

    def annotation_counts(self) -> dict[str, tuple[int, int]]:
        """Per article id: (bookmarks, notes)."""
        return self._annotations.counts()

    def add_bookmark(
        self, article_id: str, paragraph: int, start: int = 0, end: int | None = None
    ) -> Bookmark:
        return self._annotations.add_bookmark(article_id, paragraph, start, end)

    def remove_bookmark(self, bookmark_id: str) -> None:
        self._annotations.remove_bookmark(bookmark_id)

    def toggle_bookmark(
        self, article_id: str, paragraph: int, start: int = 0, end: int | None = None
    ) -> Bookmark | None:
        """Bookmark a span (the whole passage by default), or, when bookmarks already touch
        it, remove those; the new bookmark, or None when it removed some."""
        return self._annotations.toggle_bookmark(article_id, paragraph, start, end)

    def add_note(
        self, article_id: str, text: str, paragraph: int | None = None, start: int = 0,
        end: int | None = None,
    ) -> Note:
        """A note on a passage, or on the whole article when `paragraph` is None."""
        return self._annotations.add_note(article_id, text, paragraph, start, end)

    def edit_note(self, note_id: str, text: str) -> None:
        self._annotations.edit_note(note_id, text)

    def delete_note(self, note_id: str) -> Note:
        """Remove a note and hand it back, so the caller can undo."""
        return self._annotations.delete_note(note_id)

    def restore_note(self, note: Note) -> None:
        """Put a deleted note back; on the article's text as it is now, if that changed since."""
        self._annotations.restore_note(note)

    # -- reading state --------------------------------------------------

    def reading_states(self) -> dict[str, ReadingState]:
        tables = read_tables(self.files.reading) or {}
        return {d["article_id"]: ReadingState.from_dict(d) for d in tables.get("reading", {}).values()}

    def reading_state(self, article_id: str) -> ReadingState:
        return self.reading_states().get(article_id) or ReadingState(article_id)

    def _set_reading(self, article_id: str, **fields: Any) -> ReadingState:
        with self.transaction() as tx:
            table = open_db(self.files.reading).table("reading")
            table.upsert({"article_id": article_id, **fields}, Query().article_id == article_id)
            state = ReadingState.from_dict(table.get(Query().article_id == article_id))
            tx.follow(lambda index: index.set_state(state))
        return state

    # -- filing: tags, the archive, the trash ------------------------------

    def tag(self, article_id: str, add: Iterable[str] = (), remove: Iterable[str] = ()) -> ReadingState:
        """Add and remove tags (matched without regard to case); the article's state after."""
        self.summary(article_id)  # an unknown id is an error, not a stray record
        tags = merged_tags(self.reading_state(article_id).tags, add, remove)
        return self._set_reading(article_id, tags=list(tags))

    def tag_many(self, article_ids: Iterable[str], add: Iterable[str]) -> None:
        """Add the same tags to many articles in one write (a feed's tags to its new items)."""
        add = tuple(add)
        with self.transaction() as tx:
            table = open_db(self.files.reading).table("reading")
            stored = {doc["article_id"]: doc for doc in table.all()}
            states = []
            for article_id in dict.fromkeys(article_ids):
                doc = stored.get(article_id) or {"article_id": article_id}
                tags = merged_tags(ReadingState.from_dict(doc).tags, add, ())
                states.append(ReadingState.from_dict({**doc, "tags": list(tags)}))
            if present := [s for s in states if s.article_id in stored]:
                table.update_multiple([({"tags": list(s.tags)}, Query().article_id == s.article_id)
                                       for s in present])
            if fresh := [s for s in states if s.article_id not in stored]:
                table.insert_multiple({"article_id": s.article_id, "tags": list(s.tags)} for s in fresh)
            for state in states:
                tx.follow(lambda index, state=state: index.set_state(state))

    def archive(self, article_id: str, archived: bool = True) -> ReadingState:
        self.summary(article_id)
        return self._set_reading(article_id, archived=archived)

    def delete(self, article_id: str) -> ReadingState:
        """To the trash, with its bookmarks and notes: `restore` brings all of it back."""
        self.summary(article_id)
        return self._set_reading(article_id, deleted=now_iso())

    def restore(self, article_id: str) -> ReadingState:
        self.summary(article_id)
        return self._set_reading(article_id, deleted=None)

    def trash(self) -> list[ArticleSummary]:
        """What is in the trash, most recently deleted first."""
        deleted = {i: s.deleted for i, s in self.reading_states().items() if s.deleted}
        found = [s for s in self.summaries() if s.id in deleted]
        return sorted(found, key=lambda s: deleted[s.id] or "", reverse=True)

    def empty_trash(self) -> list[ArticleSummary]:
        """Remove what is in the trash for good, with its annotations; what was removed."""
        gone = self.trash()
        if gone:
            ids = {s.id for s in gone}
            with self.transaction() as tx:
                remove_articles(self.files, ids)
                tx.follow(lambda index: index.remove(ids))
        return gone

    def mark_read(self, article_id: str, read: bool = True) -> None:
        self._set_reading(article_id, read=read)

    # -- how the app was left -------------------------------------------

    def view_state(self) -> dict[str, Any]:
        """What `remember_view` kept; {} when nothing was, or the file cannot be read."""
        try:
            tables = read_tables(self.files.view) or {}
        except LibraryError:
            return {}  # a view is a convenience: a broken one is forgotten, not fatal
        view = tables.get("view", {}).get("1")
        return dict(view) if isinstance(view, dict) else {}

    def remember_view(self, **fields: Any) -> None:
        with self._lock.held():  # the index keeps nothing of the view
            table = open_db(self.files.view).table("view")
            table.upsert(Document({**self.view_state(), **fields}, doc_id=1))

    def mark_many_read(self, article_ids: Iterable[str], read: bool = True) -> None:
        """Mark many articles at once: one update and one insert, not a rewrite per article."""
        wanted = set(article_ids)
        with self.transaction() as tx:
            table = open_db(self.files.reading).table("reading")
            present = {doc["article_id"] for doc in table.all()} & wanted
            if present:
                table.update({"read": read}, Query().article_id.one_of(sorted(present)))
            if wanted - present:
                table.insert_multiple({"article_id": i, "read": read} for i in sorted(wanted - present))
            for article_id in wanted:
                tx.follow(lambda index, article_id=article_id: index.set_read(article_id, read))

    def remember_position(self, article_id: str, paragraph: int) -> None:
        self._set_reading(article_id, position=paragraph)


def listed_only(summaries: list[ArticleSummary], states: Mapping[str, ReadingState]) -> list[ArticleSummary]:
    """The default list: archived and trashed articles left out."""
    return [s for s in summaries if (state := states.get(s.id)) is None or state.listed]


def _compiled(text: str, now: datetime | None) -> CompiledQuery:
    from reader.search import compile_query, parse_query

    return compile_query(parse_query(text), now or datetime.now(timezone.utc))
