"""The Library: the one object the TUI and the command line talk to."""

from __future__ import annotations

import gc
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from operator import attrgetter
from pathlib import Path
from datetime import datetime, timezone
from typing import TYPE_CHECKING, Any


from reader.anchoring import make_anchor
from reader.ingest.parsed import ParsedArticle
from reader.search import compile_query, parse_query
from reader.model import Article, ArticleSummary, Bookmark, MarkedPassage, Note, ReadingState
from reader.store.errors import (
    AmbiguousArticleId,
    ArticleNotFound,
    LibraryError,
    LibraryFileError,
    LibraryWriteError,
    PassageOutOfRange,
)
from reader.store.files import LibraryFiles, is_article_id
from reader.store.filing import merged_tags, remove_articles
from reader.store.index_keeper import IndexChange, IndexKeeper
from reader.store.index_sync import IndexProgress
from reader.store.jsonfile import read_document, read_tables
from reader.store.reanchoring import REANCHORED, body_hash, follow, listed, moved_onto
from reader.store.reports import ImportReport
from reader.store.search_index import (
    HEAD_ROWS,
    ListedArticle,
    ListingHead,
    SearchIndex,
    SearchResult,
)
from reader.store.stamps import new_id, now_iso
from reader.text import strip_controls

if TYPE_CHECKING:  # typing only: the TUI imports the Library at start-up
    from reader.corrections import Correction
    from reader.store.subscribing import Subscriptions

LOCK_TIMEOUT_S = 30

# (paragraphs, captions) per article -> (paragraph entities, caption entities) per article
EntityFinder = Callable[[list[tuple[list[str], list[str]]]], list[tuple[list, list]]]
# (steps done, steps in all, what is under way): a source, or one of ENTITY_STEPS.
ImportProgress = Callable[[int, int, str], None]
# The step after the sources are read; the first time in a process it loads spaCy (seconds).
LOADING_MODEL = "loading the language model"
FINDING_NAMES = "finding people, places and dates"
ENTITY_STEPS = frozenset({LOADING_MODEL, FINDING_NAMES})


class Library:
    """A library in one data folder. Reads need no lock; every write takes it."""

    def __init__(self, data_dir: Path, entity_finder: EntityFinder | None = None) -> None:
        self.files = LibraryFiles(Path(data_dir))
        self.files.root.mkdir(parents=True, exist_ok=True)
        self._entity_finder = entity_finder
        self._file_lock = None
        # annotations.json as last read, with the (inode, mtime, size) it had then: every
        # write replaces the file (a new inode), so a changed key means a changed file.
        self._annotations: tuple[tuple[int, int, int], dict[str, dict[str, Any]]] | None = None
        # The annotations moved onto the bodies on disk, for the tables and the
        # (inode, mtime, size) of the bodies they were checked against.
        self._followed: tuple[object, tuple, dict[str, dict[str, Any]]] | None = None
        self._marked: tuple[object, object, list[MarkedPassage]] | None = None
        self._keeper = IndexKeeper(self)

    @property
    def data_dir(self) -> Path:
        return self.files.root

    @property
    def _lock(self):
        # filelock costs 20 ms to import: paid on the first write, not at start-up.
        if self._file_lock is None:
            from filelock import FileLock

            self._file_lock = FileLock(self.files.lock, timeout=LOCK_TIMEOUT_S)
        return self._file_lock

    @contextmanager
    def _locked(self) -> Iterator[None]:
        """One writer at a time, across processes."""
        from filelock import Timeout

        try:
            self._lock.acquire()
        except Timeout as error:
            raise LibraryError(
                f"the library in {self.data_dir} is busy (another reader is writing); try again"
            ) from error
        except OSError as error:  # a read-only folder or lock file: nothing can be written
            raise LibraryWriteError(self.files.lock, error) from error
        try:
            yield
        finally:
            self._lock.release()

    # -- articles -------------------------------------------------------

    def is_new(self) -> bool:
        return not self.files.shards.exists() and not self.files.legacy_articles.exists()

    def summaries(self) -> list[ArticleSummary]:
        """Every article's metadata, without reading any body."""
        return self._keeper.ask(SearchIndex.summaries)

    def list_summaries(self) -> list[ArticleSummary]:
        """What the app's list shows of every article (key, url and content hash left
        empty, which halves the memory at 100,000 articles); summaries() has it all."""
        return self._keeper.ask(SearchIndex.list_summaries)

    def listing_head(self, rows: int | None = HEAD_ROWS) -> ListingHead:
        """How many articles there are and the newest `rows` of them (None: all), newest first."""
        return self._keeper.ask(lambda index: index.head(rows))

    def listed(self) -> Iterator[ListedArticle]:
        """Every article's id, date, source and title, newest first, one at a time."""
        return self._keeper.current().listed()

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

    def _writing(self):
        """The lock, and the index changed along with what the block writes (IndexKeeper)."""
        return self._keeper.writing()

    def write_lock(self):
        """The one-writer lock, for stores kept beside the articles (feeds.json)."""
        return self._locked()

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
        """The article with the reader's entity corrections applied."""
        from reader.store.corrections import corrected

        return corrected(self.found_article(article_id), self.corrections())

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
        compiled = compile_query(parse_query(text), now or datetime.now(timezone.utc))
        return self._keeper.ask(lambda index: index.search(compiled, limit))

    def matching_ids(self, text: str, now: datetime | None = None) -> set[str]:
        """The ids of every article matching a query (for the app's filter)."""
        compiled = compile_query(parse_query(text), now or datetime.now(timezone.utc))
        return self._keeper.ask(lambda index: index.matching_ids(compiled))

    def snippet(self, text: str, article_id: str) -> list[tuple[str, bool]] | None:
        """The text around a query's words in one article, as (text, matched) pieces; None
        when the query looks for no word or the article has none of them."""
        compiled = compile_query(parse_query(text), datetime.now(timezone.utc))
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
            from reader.nlp import find_entities  # spaCy loads only when importing

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

    # -- annotations ----------------------------------------------------

    def _annotation_tables(self) -> dict[str, dict[str, Any]]:
        """The annotations file's tables; parsed again only when the file changed."""
        path = self.files.annotations
        try:
            stat = path.stat()
        except FileNotFoundError:
            return {}
        key = (stat.st_ino, stat.st_mtime_ns, stat.st_size)
        if self._annotations is None or self._annotations[0] != key:
            self._annotations = (key, read_tables(path) or {})
        return self._annotations[1]

    def _anchored_tables(self) -> dict[str, dict[str, Any]]:
        """The annotation tables with every annotation on the text its article has on disk.

        Only articles an import listed as re-anchored (almost always none) can have
        annotations anchored to another text than their body's: their bodies are checked,
        and those annotations moved, in memory (the next import stores the move). The same
        object comes back while neither the annotations nor those bodies changed.
        """
        tables = self._annotation_tables()
        if not tables.get(REANCHORED):
            return tables
        ids = sorted(listed(tables))
        keys = tuple(_stat_key(self.files.body(i)) if is_article_id(i) else None for i in ids)
        if self._followed is not None and self._followed[0] is tables and self._followed[1] == keys:
            return self._followed[2]
        texts = {}
        for article_id in ids:
            try:
                body = self.body(article_id)
            except LibraryError:
                continue  # gone or damaged: nothing to place them in; left as stored
            texts[article_id] = (list(body.get("paragraphs", [])), body_hash(body))
        followed = follow(tables, texts, unstamped_current=True)
        self._followed = (tables, keys, followed)
        return followed

    def _annotation_docs(self, table: str, article_id: str | None) -> list[dict[str, Any]]:
        docs = self._anchored_tables().get(table, {}).values()
        return [d for d in docs if article_id is None or d["article_id"] == article_id]

    def bookmarks(self, article_id: str | None = None) -> list[Bookmark]:
        return [Bookmark.from_dict(d) for d in self._annotation_docs("bookmarks", article_id)]

    def notes(self, article_id: str | None = None) -> list[Note]:
        return [Note.from_dict(d) for d in self._annotation_docs("notes", article_id)]

    def marked_passages(self, titles: Mapping[str, str] | None = None) -> list[MarkedPassage]:
        """Every bookmark and note in the library with its article's title, newest first.

        Reads no body: titles come from `titles` (article id -> title) when the caller has
        them, else from the listing. Orphaned annotations are included, flagged. While the
        annotations and `titles` are the same objects, the same list comes back (read only).
        """
        tables = self._anchored_tables()
        if self._marked is not None and self._marked[0] is tables and self._marked[1] is titles:
            return self._marked[2]
        given = titles
        if titles is None:
            titles = {s.id: s.title for s in self.summaries()}
        missing = "(article no longer in the library)"
        # Thousands of new objects at once: collections in between would each walk the
        # whole heap of a running app, costing more than the building itself.
        enabled = gc.isenabled()
        gc.disable()
        try:
            marked = [
                MarkedPassage.from_dict("bookmark", d, titles.get(d["article_id"], missing))
                for d in tables.get("bookmarks", {}).values()
            ]
            marked += [
                MarkedPassage.from_dict("note", d, titles.get(d["article_id"], missing))
                for d in tables.get("notes", {}).values()
            ]
            # Newest first, by creation then last change; string keys, no tuples to allocate.
            marked.sort(key=attrgetter("updated"), reverse=True)
            marked.sort(key=attrgetter("created"), reverse=True)
        finally:
            if enabled:
                gc.enable()
        if given is not None:
            self._marked = (tables, given, marked)
        return marked

    def _counts_follow(self, article_id: str) -> IndexChange:
        """The index change that gives an article the counts its annotations have on disk."""

        def change(index: SearchIndex) -> None:
            tables = self._annotation_tables()
            marks = sum(1 for d in tables.get("bookmarks", {}).values() if d["article_id"] == article_id)
            notes = sum(1 for d in tables.get("notes", {}).values() if d["article_id"] == article_id)
            index.set_counts(article_id, marks, notes)

        return change

    def annotation_counts(self) -> dict[str, tuple[int, int]]:
        """Per article id: (bookmarks, notes)."""
        tables = self._annotation_tables()
        marks = Counter(d["article_id"] for d in tables.get("bookmarks", {}).values())
        notes = Counter(d["article_id"] for d in tables.get("notes", {}).values())
        return {i: (marks[i], notes[i]) for i in marks.keys() | notes.keys()}

    def _text_of(self, article_id: str) -> tuple[list[str], str | None]:
        """An article's paragraphs and the content hash they have (what anchors are stamped with)."""
        body = self.body(article_id)
        return list(body.get("paragraphs", [])), body_hash(body)

    def _anchor_in(self, article_id: str, paragraph: int, start: int, end: int | None):
        """An anchor on the passage, and the content hash of the text it is in."""
        paragraphs, digest = self._text_of(article_id)
        if not 0 <= paragraph < len(paragraphs):
            raise PassageOutOfRange(article_id, paragraph, len(paragraphs))
        try:
            return make_anchor(paragraphs, paragraph, start, end), digest
        except ValueError as error:
            raise LibraryError(str(error)) from error

    def add_bookmark(
        self, article_id: str, paragraph: int, start: int = 0, end: int | None = None
    ) -> Bookmark:
        anchor, digest = self._anchor_in(article_id, paragraph, start, end)
        if not anchor.exact:
            raise LibraryError("nothing to bookmark: the passage or selection is empty")
        bookmark = Bookmark(
            id=new_id(), article_id=article_id, anchor=anchor, created=now_iso(),
            content_hash=digest,
        )
        with self._writing() as follow:
            open_db(self.files.annotations).table("bookmarks").insert(bookmark.to_dict())
            follow(self._counts_follow(article_id))
        return bookmark

    def remove_bookmark(self, bookmark_id: str) -> None:
        with self._writing() as follow:
            table = open_db(self.files.annotations).table("bookmarks")
            doc = table.get(_query().id == bookmark_id)
            table.remove(_query().id == bookmark_id)
            if doc is not None:
                follow(self._counts_follow(doc["article_id"]))

    def toggle_bookmark(
        self, article_id: str, paragraph: int, start: int = 0, end: int | None = None
    ) -> Bookmark | None:
        """Bookmark a span (the whole passage by default), or, when bookmarks already touch
        it, remove those; the new bookmark, or None when it removed some."""
        paragraphs, digest = self._text_of(article_id)
        if not 0 <= paragraph < len(paragraphs):
            raise PassageOutOfRange(article_id, paragraph, len(paragraphs))
        end = len(paragraphs[paragraph]) if end is None else end
        with self._writing() as follow:
            follow(self._counts_follow(article_id))  # read when the block is done
            table = open_db(self.files.annotations).table("bookmarks")
            touching = [
                doc["id"]
                # Where they are in the text on disk (read under the lock: nothing can change it).
                for doc in self._annotation_docs("bookmarks", article_id)
                if not doc.get("orphaned")
                and doc["anchor"]["paragraph"] == paragraph
                and _overlap(doc["anchor"]["start"], doc["anchor"]["end"], start, end)
            ]
            if touching:
                table.remove(_query().id.one_of(touching))
                return None
            try:
                anchor = make_anchor(paragraphs, paragraph, start, end)
            except ValueError as error:
                raise LibraryError(str(error)) from error
            if not anchor.exact:
                raise LibraryError("nothing to bookmark: the passage or selection is empty")
            bookmark = Bookmark(
                id=new_id(), article_id=article_id, anchor=anchor, created=now_iso(),
                content_hash=digest,
            )
            table.insert(bookmark.to_dict())
        return bookmark

    def add_note(
        self,
        article_id: str,
        text: str,
        paragraph: int | None = None,
        start: int = 0,
        end: int | None = None,
    ) -> Note:
        text = strip_controls(text)  # typed or passed in by anyone: stored clean, like imports
        if not text.strip():
            raise LibraryError("a note needs some text")
        if paragraph is None:
            digest = body_hash(self.body(article_id))  # the article must exist
            anchor = None
        else:
            anchor, digest = self._anchor_in(article_id, paragraph, start, end)
        stamp = now_iso()
        note = Note(
            id=new_id(), article_id=article_id, text=text, created=stamp, updated=stamp,
            anchor=anchor, content_hash=digest,
        )
        with self._writing() as follow:
            open_db(self.files.annotations).table("notes").insert(note.to_dict())
            follow(self._counts_follow(article_id))
        return note

    def edit_note(self, note_id: str, text: str) -> None:
        text = strip_controls(text)
        if not text.strip():
            raise LibraryError("a note needs some text")
        with self._writing():  # no count changes, but the index learns the file it matches
            table = open_db(self.files.annotations).table("notes")
            if not table.update({"text": text, "updated": now_iso()}, _query().id == note_id):
                raise LibraryError(f"no note with id {note_id!r}")

    def delete_note(self, note_id: str) -> Note:
        """Remove a note and hand it back, so the caller can undo."""
        with self._writing() as follow:
            table = open_db(self.files.annotations).table("notes")
            doc = table.get(_query().id == note_id)
            if doc is None:
                raise LibraryError(f"no note with id {note_id!r}")
            table.remove(_query().id == note_id)
            follow(self._counts_follow(doc["article_id"]))
        return Note.from_dict(dict(doc))

    def restore_note(self, note: Note) -> None:
        """Put a deleted note back; on the article's text as it is now, if that changed since."""
        doc = note.to_dict()
        with self._writing() as follow:
            follow(self._counts_follow(note.article_id))
            if doc["anchor"] is not None and doc["content_hash"] is not None:
                try:
                    paragraphs, digest = self._text_of(note.article_id)
                except LibraryError:
                    pass  # gone or unreadable: kept as it was, as such articles' annotations are
                else:
                    if digest != doc["content_hash"]:
                        doc = moved_onto(doc, paragraphs, digest)
            open_db(self.files.annotations).table("notes").insert(doc)

    # -- reading state --------------------------------------------------

    def reading_states(self) -> dict[str, ReadingState]:
        tables = read_tables(self.files.reading) or {}
        return {d["article_id"]: ReadingState.from_dict(d) for d in tables.get("reading", {}).values()}

    def reading_state(self, article_id: str) -> ReadingState:
        return self.reading_states().get(article_id) or ReadingState(article_id)

    def _set_reading(self, article_id: str, **fields: Any) -> ReadingState:
        with self._writing() as follow:
            table = open_db(self.files.reading).table("reading")
            table.upsert({"article_id": article_id, **fields}, _query().article_id == article_id)
            state = ReadingState.from_dict(table.get(_query().article_id == article_id))
            follow(lambda index: index.set_state(state))
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
        with self._writing() as follow:
            table = open_db(self.files.reading).table("reading")
            stored = {doc["article_id"]: doc for doc in table.all()}
            states = []
            for article_id in dict.fromkeys(article_ids):
                doc = stored.get(article_id) or {"article_id": article_id}
                tags = merged_tags(ReadingState.from_dict(doc).tags, add, ())
                states.append(ReadingState.from_dict({**doc, "tags": list(tags)}))
            if present := [s for s in states if s.article_id in stored]:
                table.update_multiple([({"tags": list(s.tags)}, _query().article_id == s.article_id)
                                       for s in present])
            if fresh := [s for s in states if s.article_id not in stored]:
                table.insert_multiple({"article_id": s.article_id, "tags": list(s.tags)} for s in fresh)
            for state in states:
                follow(lambda index, state=state: index.set_state(state))

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
            with self._writing() as follow:
                remove_articles(self.files, ids)
                follow(lambda index: index.remove(ids))
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
        from tinydb.table import Document

        with self._locked():
            table = open_db(self.files.view).table("view")
            table.upsert(Document({**self.view_state(), **fields}, doc_id=1))

    def mark_many_read(self, article_ids: Iterable[str], read: bool = True) -> None:
        """Mark many articles at once: one update and one insert, not a rewrite per article."""
        wanted = set(article_ids)
        with self._writing() as follow:
            table = open_db(self.files.reading).table("reading")
            present = {doc["article_id"] for doc in table.all()} & wanted
            if present:
                table.update({"read": read}, _query().article_id.one_of(sorted(present)))
            if wanted - present:
                table.insert_multiple({"article_id": i, "read": read} for i in sorted(wanted - present))
            for article_id in wanted:
                follow(lambda index, article_id=article_id: index.set_read(article_id, read))

    def remember_position(self, article_id: str, paragraph: int) -> None:
        self._set_reading(article_id, position=paragraph)


def _stat_key(path: Path) -> tuple[int, int, int] | None:
    try:
        stat = path.stat()
    except OSError:
        return None
    return (stat.st_ino, stat.st_mtime_ns, stat.st_size)


def listed_only(summaries: list[ArticleSummary], states: Mapping[str, ReadingState]) -> list[ArticleSummary]:
    """The default list: archived and trashed articles left out."""
    return [s for s in summaries if (state := states.get(s.id)) is None or state.listed]


def _overlap(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    return a_start < b_end and b_start < a_end


def open_db(path: Path) -> Any:
    """TinyDB on one library file; TinyDB is imported by the first write, not at start-up."""
    from reader.store.storage import open_db as open_tinydb

    return open_tinydb(path)


def _query() -> Any:
    from tinydb import Query

    return Query()
