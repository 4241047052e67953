"""The reader's bookmarks and notes: annotations.json read once per change, placed on the
text each article has on disk, and written in the library's transactions."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from operator import attrgetter
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tinydb import Query

from reader.anchoring import make_anchor
from reader.model import Anchor, Bookmark, MarkedPassage, Note
from reader.store.errors import LibraryError, PassageOutOfRange
from reader.store.files import is_article_id
from reader.store.gc_pause import collector_paused
from reader.store.jsonfile import read_tables
from reader.store.reanchoring import REANCHORED, body_hash, follow, listed, moved_onto
from reader.store.search_index import SearchIndex
from reader.store.stamps import new_id, now_iso
from reader.store.storage import open_db
from reader.store.transaction import IndexChange
from reader.text import strip_controls

if TYPE_CHECKING:
    from reader.store.library import Library

MISSING_TITLE = "(article no longer in the library)"


class Annotations:
    """Bookmarks and notes of one Library; reads need no lock, every write is a transaction."""

    def __init__(self, library: Library) -> None:
        self.library = library
        self.files = library.files
        # annotations.json as last read, with the (inode, mtime, size) it had then: every
        # write replaces the file (a new inode), so a changed key means a changed file.
        self._read: tuple[tuple[int, int, int], dict[str, dict[str, Any]]] | None = None
        # The annotations moved onto the bodies on disk, for the tables (by identity) and the
        # (inode, mtime, size) of the bodies they were checked against (bench_annotations).
        self._followed: tuple[object, tuple, dict[str, dict[str, Any]]] | None = None
        # Identity-keyed: the `B` screen asks again on every visit (bench_annotations, "open B").
        self._marked: tuple[object, object, list[MarkedPassage]] | None = None

    # -- reading ----------------------------------------------------------

    def tables(self) -> dict[str, dict[str, Any]]:
        """The annotations file's tables; parsed again only when the file changed."""
        try:
            stat = self.files.annotations.stat()
        except FileNotFoundError:
            return {}
        key = (stat.st_ino, stat.st_mtime_ns, stat.st_size)
        if self._read is None or self._read[0] != key:
            self._read = (key, read_tables(self.files.annotations) or {})
        return self._read[1]

    def anchored_tables(self) -> dict[str, dict[str, Any]]:
        """The annotation tables with every annotation on the text its article has on disk.

        Only articles an import listed as re-anchored (almost always none) can have
        annotations anchored to another text than their body's: their bodies are checked,
        and those annotations moved, in memory (the next import stores the move). The same
        object comes back while neither the annotations nor those bodies changed.
        """
        tables = self.tables()
        if not tables.get(REANCHORED):
            return tables
        ids = sorted(listed(tables))
        keys = tuple(_stat_key(self.files.body(i)) if is_article_id(i) else None for i in ids)
        if self._followed is not None and self._followed[0] is tables and self._followed[1] == keys:
            return self._followed[2]
        texts = {}
        for article_id in ids:
            try:
                texts[article_id] = self.text_of(article_id)
            except LibraryError:
                continue  # gone or damaged: nothing to place them in; left as stored
        followed = follow(tables, texts, unstamped_current=True)
        self._followed = (tables, keys, followed)
        return followed

    def docs(self, table: str, article_id: str | None) -> list[dict[str, Any]]:
        docs = self.anchored_tables().get(table, {}).values()
        return [d for d in docs if article_id is None or d["article_id"] == article_id]

    def marked_passages(self, titles: Mapping[str, str] | None) -> list[MarkedPassage]:
        """See Library.marked_passages."""
        tables = self.anchored_tables()
        if self._marked is not None and self._marked[0] is tables and self._marked[1] is titles:
            return self._marked[2]
        given = titles
        if titles is None:
            titles = {s.id: s.title for s in self.library.summaries()}
        # Thousands of new objects at once: collections in between would each walk the
        # whole heap of a running app, costing more than the building itself (bench_annotations).
        with collector_paused():
            marked = [
                MarkedPassage.from_dict(kind, d, titles.get(d["article_id"], MISSING_TITLE))
                for kind, table in (("bookmark", "bookmarks"), ("note", "notes"))
                for d in tables.get(table, {}).values()
            ]
            # Newest first, by creation then last change; string keys, no tuples to allocate.
            marked.sort(key=attrgetter("updated"), reverse=True)
            marked.sort(key=attrgetter("created"), reverse=True)
        if given is not None:
            self._marked = (tables, given, marked)
        return marked

    def counts(self) -> dict[str, tuple[int, int]]:
        """Per article id: (bookmarks, notes)."""
        tables = self.tables()
        marks = Counter(d["article_id"] for d in tables.get("bookmarks", {}).values())
        notes = Counter(d["article_id"] for d in tables.get("notes", {}).values())
        return {i: (marks[i], notes[i]) for i in marks.keys() | notes.keys()}

    def counts_follow(self, article_id: str) -> IndexChange:
        """The index change that gives an article the counts its annotations have on disk."""

        def change(index: SearchIndex) -> None:
            tables = self.tables()
            marks = sum(1 for d in tables.get("bookmarks", {}).values() if d["article_id"] == article_id)
            notes = sum(1 for d in tables.get("notes", {}).values() if d["article_id"] == article_id)
            index.set_counts(article_id, marks, notes)

        return change

    def text_of(self, article_id: str) -> tuple[list[str], str | None]:
        """An article's paragraphs and the content hash they have (what anchors are stamped with)."""
        body = self.library.body(article_id)
        return list(body.get("paragraphs", [])), body_hash(body)

    def anchor_in(
        self, article_id: str, paragraph: int, start: int, end: int | None
    ) -> tuple[Anchor, str | None]:
        """An anchor on the passage, and the content hash of the text it is in."""
        paragraphs, digest = self.text_of(article_id)
        return _anchor(article_id, paragraphs, paragraph, start, end), digest

    # -- writing ----------------------------------------------------------

    def add_bookmark(self, article_id: str, paragraph: int, start: int, end: int | None) -> Bookmark:
        anchor, digest = self.anchor_in(article_id, paragraph, start, end)
        bookmark = _bookmark(article_id, anchor, digest)
        self._insert("bookmarks", bookmark.to_dict(), article_id)
        return bookmark

    def remove_bookmark(self, bookmark_id: str) -> None:
        with self.library.transaction() as tx:
            table = open_db(self.files.annotations).table("bookmarks")
            doc = table.get(Query().id == bookmark_id)
            table.remove(Query().id == bookmark_id)
            if doc is not None:
                tx.follow(self.counts_follow(doc["article_id"]))

    def toggle_bookmark(
        self, article_id: str, paragraph: int, start: int, end: int | None
    ) -> Bookmark | None:
        """See Library.toggle_bookmark."""
        paragraphs, digest = self.text_of(article_id)
        if not 0 <= paragraph < len(paragraphs):
            raise PassageOutOfRange(article_id, paragraph, len(paragraphs))
        end = len(paragraphs[paragraph]) if end is None else end
        with self.library.transaction() as tx:
            tx.follow(self.counts_follow(article_id))  # read when the block is done
            table = open_db(self.files.annotations).table("bookmarks")
            touching = [
                doc["id"]
                # Where they are in the text on disk (read under the lock: nothing can change it).
                for doc in self.docs("bookmarks", article_id)
                if not doc.get("orphaned")
                and doc["anchor"]["paragraph"] == paragraph
                and _overlap(doc["anchor"]["start"], doc["anchor"]["end"], start, end)
            ]
            if touching:
                table.remove(Query().id.one_of(touching))
                return None
            bookmark = _bookmark(article_id, _anchor(article_id, paragraphs, paragraph, start, end), digest)
            table.insert(bookmark.to_dict())
        return bookmark

    def add_note(
        self, article_id: str, text: str, paragraph: int | None, start: int, end: int | None
    ) -> Note:
        text = _note_text(text)
        if paragraph is None:
            digest = body_hash(self.library.body(article_id))  # the article must exist
            anchor = None
        else:
            anchor, digest = self.anchor_in(article_id, paragraph, start, end)
        stamp = now_iso()
        note = Note(
            id=new_id(), article_id=article_id, text=text, created=stamp, updated=stamp,
            anchor=anchor, content_hash=digest,
        )
        self._insert("notes", note.to_dict(), article_id)
        return note

    def edit_note(self, note_id: str, text: str) -> None:
        text = _note_text(text)
        with self.library.transaction():  # no count changes, but the index learns the file it matches
            table = open_db(self.files.annotations).table("notes")
            if not table.update({"text": text, "updated": now_iso()}, Query().id == note_id):
                raise LibraryError(f"no note with id {note_id!r}")

    def delete_note(self, note_id: str) -> Note:
        with self.library.transaction() as tx:
            table = open_db(self.files.annotations).table("notes")
            doc = table.get(Query().id == note_id)
            if doc is None:
                raise LibraryError(f"no note with id {note_id!r}")
            table.remove(Query().id == note_id)
            tx.follow(self.counts_follow(doc["article_id"]))
        return Note.from_dict(dict(doc))

    def restore_note(self, note: Note) -> None:
        doc = note.to_dict()
        with self.library.transaction() as tx:
            tx.follow(self.counts_follow(note.article_id))
            if doc["anchor"] is not None and doc["content_hash"] is not None:
                try:
                    paragraphs, digest = self.text_of(note.article_id)  # under the lock: as committed
                except LibraryError:
                    pass  # gone or unreadable: kept as it was, as such articles' annotations are
                else:
                    if digest != doc["content_hash"]:
                        doc = moved_onto(doc, paragraphs, digest)
            open_db(self.files.annotations).table("notes").insert(doc)

    def _insert(self, table: str, doc: dict[str, Any], article_id: str) -> None:
        with self.library.transaction() as tx:
            open_db(self.files.annotations).table(table).insert(doc)
            tx.follow(self.counts_follow(article_id))


def _anchor(article_id: str, paragraphs: list[str], paragraph: int, start: int, end: int | None) -> Anchor:
    if not 0 <= paragraph < len(paragraphs):
        raise PassageOutOfRange(article_id, paragraph, len(paragraphs))
    try:
        return make_anchor(paragraphs, paragraph, start, end)
    except ValueError as error:
        raise LibraryError(str(error)) from error


def _bookmark(article_id: str, anchor: Anchor, digest: str | None) -> Bookmark:
    if not anchor.exact:
        raise LibraryError("nothing to bookmark: the passage or selection is empty")
    return Bookmark(
        id=new_id(), article_id=article_id, anchor=anchor, created=now_iso(), content_hash=digest
    )


def _note_text(text: str) -> str:
    text = strip_controls(text)  # typed or passed in by anyone: stored clean, like imports
    if not text.strip():
        raise LibraryError("a note needs some text")
    return text


def _overlap(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    return a_start < b_end and b_start < a_end


def _stat_key(path: Path) -> tuple[int, int, int] | None:
    try:
        stat = path.stat()
    except OSError:
        return None
    return (stat.st_ino, stat.st_mtime_ns, stat.st_size)
