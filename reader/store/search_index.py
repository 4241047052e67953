"""index.sqlite3: the listing, the entities and full-text search, derived from the truth.

The truth is the TinyDB files and the bodies. The index records, for each of its
sources, the (inode, size, mtime) that file had when the index last matched it; a
source that differs since (a write that could not reach the index, a crash between
the two) makes the index stale, and it is brought up to date before it is read.
"""

from __future__ import annotations

import sqlite3
import threading
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import orjson

from reader.list_line import list_line
from reader.model import ArticleSummary, ReadingState
from reader.store.index_schema import SCHEMA, SCHEMA_VERSION, SUMMARY_COLUMNS
from reader.text import without_invisible

if TYPE_CHECKING:
    from reader.search import CompiledQuery

T = TypeVar("T")
HEAD_ROWS = 200  # more than any terminal shows at once
LISTED_ROWS = 2000  # rows of `reader list` read and written at a time
_SUMMARY_SELECT = ", ".join(f"a.{c}" for c in SUMMARY_COLUMNS)
_NEWEST_FIRST = "a.date DESC, a.title_key"
_ORDERS = {"relevance": "fts.rank", "date": _NEWEST_FIRST, "title": "a.title_key, a.date DESC"}
# Around each match in a snippet (control characters never reach the index: import strips them).
MARK_START, MARK_END = "\x02", "\x03"
SNIPPET_WORDS = 16
_NAMES_PER_QUERY = 500  # well under SQLite's limit on bound parameters


def _same(summary: ArticleSummary) -> ArticleSummary:
    return summary


@dataclass(frozen=True)
class ListingHead:
    count: int  # articles in the library
    newest: list[ArticleSummary]  # the first of them, newest first


@dataclass(frozen=True)
class SearchHit:
    summary: ArticleSummary
    # The text around the match as (text, matched) pieces; None when no word was looked for.
    snippet: list[tuple[str, bool]] | None


@dataclass(frozen=True)
class SearchResult:
    total: int  # every match, not only the hits returned
    hits: list[SearchHit]


class IndexUnusable(Exception):
    """The index file cannot be opened or written (read-only folder, disk full, damage)."""


class SearchIndex:
    """One index file; a connection per thread (the app reads from worker threads)."""

    def __init__(self, path: Path, read_only: bool = False) -> None:
        self.path = path
        # Read-only: opened as an unchanging file, so nothing (not even WAL's shared-memory
        # file) is written; for a full disk or a read-only folder, when the index is current.
        self.read_only = read_only
        self._local = threading.local()

    # -- connection -------------------------------------------------------------------

    @property
    def db(self) -> sqlite3.Connection:
        connection = getattr(self._local, "connection", None)
        if connection is None:
            connection = self._connect()
            self._local.connection = connection
        return connection

    def _connect(self) -> sqlite3.Connection:
        if self.read_only:
            try:
                connection = sqlite3.connect(
                    self.path.absolute().as_uri() + "?mode=ro&immutable=1", uri=True,
                    check_same_thread=False,
                )
                _add_functions(connection)
                if connection.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION:
                    return connection
            except sqlite3.Error as error:
                raise IndexUnusable(f"{self.path}: {error}") from error
            raise IndexUnusable(f"{self.path}: of another version")
        try:
            connection: sqlite3.Connection | None = None
            try:
                connection = _open(self.path)
                version = connection.execute("PRAGMA user_version").fetchone()[0]
            except sqlite3.OperationalError:
                raise  # cannot be opened (read-only folder, ...): not a reason to delete it
            except sqlite3.DatabaseError:
                version = None  # damaged: derived data, made again from the truth
            if version != SCHEMA_VERSION:  # new, damaged or of another schema
                if connection is not None:
                    connection.close()
                self._remove_files()
                connection = _open(self.path)
                connection.executescript(SCHEMA)
            return connection
        except (sqlite3.Error, OSError) as error:
            raise IndexUnusable(f"{self.path}: {error}") from error

    def drop(self) -> None:
        """Close and delete the index (this thread's connection; the files for everyone)."""
        self.close()
        self._remove_files()

    def _remove_files(self) -> None:
        path = self.path
        for suffix in ("", "-wal", "-shm", "-journal"):
            path.with_name(path.name + suffix).unlink(missing_ok=True)

    def close(self) -> None:
        connection = getattr(self._local, "connection", None)
        if connection is not None:
            connection.close()
            self._local.connection = None

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        db = self.db
        db.execute("BEGIN IMMEDIATE")
        try:
            yield db
        except BaseException:
            db.execute("ROLLBACK")
            raise
        db.execute("COMMIT")

    # -- what the index was made from -------------------------------------------------

    def stamps(self) -> dict[str, Any]:
        rows = self.db.execute("SELECT key, value FROM meta").fetchall()
        return {key: orjson.loads(value) for key, value in rows}

    def set_stamps(self, stamps: dict[str, Any]) -> None:
        self.db.executemany(
            "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
            [(key, orjson.dumps(value).decode()) for key, value in stamps.items()],
        )

    # -- writing ----------------------------------------------------------------------

    def put(self, summary: ArticleSummary, body: dict[str, Any] | None) -> None:
        """Index one article (again); `body` None indexes its metadata only."""
        db = self.db
        row = db.execute("SELECT num, read, bookmarks, notes, archived, deleted FROM articles WHERE id = ?",
                         (summary.id,)).fetchone()
        tags = []
        if row is not None:  # indexed again: what the reader did with it stays
            tags = [t for (t,) in db.execute("SELECT tag FROM tags WHERE article = ?", (row[0],))]
            self._drop(row[0])
        values = [getattr(summary, c) for c in SUMMARY_COLUMNS]
        date = summary.published or summary.added or ""
        line = list_line(summary.id, summary.published, summary.source, summary.title)
        cursor = db.execute(  # the same number again when indexed before; a new one (None) if not
            f"INSERT INTO articles (num, {', '.join(SUMMARY_COLUMNS)}, date, title_key, line)"
            f" VALUES ({', '.join('?' * (len(values) + 4))})",
            [row[0] if row else None, *values, date, summary.title.casefold(), line],
        )
        num = cursor.lastrowid
        if row is not None:
            db.execute("UPDATE articles SET read = ?, bookmarks = ?, notes = ?, archived = ?, deleted = ?"
                       " WHERE num = ?", (*row[1:], num))
            db.executemany("INSERT INTO tags (article, tag) VALUES (?, ?)", [(num, t) for t in tags])
        body = body or {}
        db.execute(
            "INSERT INTO fts (rowid, title, byline, source, body, captions) VALUES (?, ?, ?, ?, ?, ?)",
            # Search reads "Netan\u200byahu" as "Netanyahu", as the entities do.
            [num, *(without_invisible(text) for text in (
                summary.title, summary.byline or "", summary.source or "",
                "\n".join(body.get("paragraphs", [])), "\n".join(body.get("captions", []))))],
        )
        entities = _entities_of(body)
        db.executemany(
            "INSERT INTO entities (article, canonical, canonical_key, label, mentions, names)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            [(num, name, name.casefold(), label, count, names) for name, label, count, names in entities],
        )
        db.execute(
            "INSERT INTO entity_fts (rowid, names, label) "
            "SELECT id, names, label FROM entities WHERE article = ?",
            (num,),
        )

    def remove(self, article_ids: Iterable[str]) -> None:
        for article_id in article_ids:
            row = self.db.execute("SELECT num FROM articles WHERE id = ?", (article_id,)).fetchone()
            if row is not None:
                self._drop(row[0])

    def _drop(self, num: int) -> None:
        """Everything indexed for an article."""
        db = self.db
        db.execute(
            "INSERT INTO entity_fts (entity_fts, rowid, names, label) "
            "SELECT 'delete', id, names, label FROM entities WHERE article = ?",
            (num,),
        )
        db.execute("DELETE FROM entities WHERE article = ?", (num,))
        db.execute("DELETE FROM fts WHERE rowid = ?", (num,))
        db.execute("DELETE FROM tags WHERE article = ?", (num,))
        db.execute("DELETE FROM articles WHERE num = ?", (num,))

    def set_read(self, article_id: str, read: bool) -> None:
        self.db.execute("UPDATE articles SET read = ? WHERE id = ?", (int(read), article_id))

    def set_state(self, state: ReadingState) -> None:
        """An article's read mark, archive, trash and tags (tags compared casefolded)."""
        db = self.db
        db.execute(
            "UPDATE articles SET read = ?, archived = ?, deleted = ? WHERE id = ?",
            (int(state.read), int(state.archived), int(state.deleted is not None), state.article_id),
        )
        row = db.execute("SELECT num FROM articles WHERE id = ?", (state.article_id,)).fetchone()
        if row is not None:
            db.execute("DELETE FROM tags WHERE article = ?", (row[0],))
            db.executemany("INSERT OR IGNORE INTO tags (article, tag) VALUES (?, ?)",
                           [(row[0], tag.casefold()) for tag in state.tags])

    def replace_states(self, states: Iterable[ReadingState]) -> None:
        db = self.db
        db.execute("UPDATE articles SET read = 0, archived = 0, deleted = 0"
                   " WHERE read = 1 OR archived = 1 OR deleted = 1")
        db.execute("DELETE FROM tags")
        for state in states:
            if state.read or not state.listed or state.tags:
                self.set_state(state)

    def set_counts(self, article_id: str, bookmarks: int, notes: int) -> None:
        self.db.execute(
            "UPDATE articles SET bookmarks = ?, notes = ? WHERE id = ?", (bookmarks, notes, article_id)
        )

    def replace_read(self, read_ids: Iterable[str]) -> None:
        db = self.db
        db.execute("UPDATE articles SET read = 0 WHERE read = 1")
        db.executemany("UPDATE articles SET read = 1 WHERE id = ?", [(i,) for i in read_ids])

    def replace_counts(self, counts: dict[str, tuple[int, int]]) -> None:
        db = self.db
        db.execute("UPDATE articles SET bookmarks = 0, notes = 0 WHERE bookmarks > 0 OR notes > 0")
        db.executemany(
            "UPDATE articles SET bookmarks = ?, notes = ? WHERE id = ?",
            [(b, n, i) for i, (b, n) in counts.items()],
        )

    # -- reading ----------------------------------------------------------------------

    def contents(self) -> dict[str, tuple]:
        """Article id -> its summary fields as indexed (to tell what changed in the truth)."""
        rows = self.db.execute(f"SELECT {_SUMMARY_SELECT} FROM articles a").fetchall()
        return {row[0]: tuple(row) for row in rows}

    def summaries(self) -> list[ArticleSummary]:
        rows = self.db.execute(f"SELECT {_SUMMARY_SELECT} FROM articles a ORDER BY a.num")
        return [ArticleSummary(*row) for row in rows]

    def list_summaries(self, made: Callable[[ArticleSummary], T] = _same) -> list[T]:
        """`made(summary)` of every article, newest first, with what the app's list shows (id,
        title, source, dates, counts; key, byline, url and content hash left empty). One
        summary at a time: 100,000 of them are never held at once (bench_filter's peak memory)."""
        rows = self.db.execute(
            "SELECT id, title, source, published, added, paragraph_count, word_count"
            f" FROM articles a ORDER BY {_NEWEST_FIRST}, a.num"
        )
        return [
            made(ArticleSummary(i, "", title, None, source, None, published, added, "", paragraphs, words))
            for i, title, source, published, added, paragraphs, words in rows
        ]

    def summary(self, article_id: str) -> ArticleSummary | None:
        row = self.db.execute(
            f"SELECT {_SUMMARY_SELECT} FROM articles a WHERE a.id = ?", (article_id,)
        ).fetchone()
        return ArticleSummary(*row) if row else None

    def head(self, rows: int | None = HEAD_ROWS) -> ListingHead:
        """The count, and the newest `rows` articles (None: every one)."""
        count = self.db.execute("SELECT count(*) FROM articles").fetchone()[0]
        newest = self.db.execute(
            f"SELECT {_SUMMARY_SELECT} FROM articles a ORDER BY {_NEWEST_FIRST} LIMIT ?",
            (-1 if rows is None else rows,),
        )
        return ListingHead(count, [ArticleSummary(*row) for row in newest])

    def listed(self, with_ids: bool = False, rows: int = LISTED_ROWS) -> Iterator[list[tuple]]:
        """Every listed article's line of `reader list` (reader.list_line) as a 1-tuple, or
        (id, line) `with_ids`; newest first, `rows` at a time, read as they are used."""
        return self._listed("id, line" if with_ids else "line", rows)

    def listed_summaries(self, rows: int = LISTED_ROWS) -> Iterator[list[ArticleSummary]]:
        """Every listed article's summary, newest first, `rows` at a time (`reader list --json`)."""
        return ([ArticleSummary(*row) for row in batch] for batch in self._listed(_SUMMARY_SELECT, rows))

    def _listed(self, columns: str, rows: int) -> Iterator[list[tuple]]:
        cursor = self.db.execute(
            f"SELECT {columns} FROM articles a WHERE a.archived = 0 AND a.deleted = 0 ORDER BY {_NEWEST_FIRST}"
        )
        return iter(lambda: cursor.fetchmany(rows), [])

    def has_tags(self) -> bool:
        return self.db.execute("SELECT 1 FROM tags LIMIT 1").fetchone() is not None

    def ids_starting(self, prefix: str) -> list[str]:
        rows = self.db.execute(  # a range of the unique index on id
            "SELECT id FROM articles WHERE id >= ? AND id < ? || char(1114111)", (prefix, prefix)
        )
        return [row[0] for row in rows]

    def has_content(self, content_hash: str) -> bool:
        row = self.db.execute(
            "SELECT 1 FROM articles WHERE content_hash = ? LIMIT 1", (content_hash,)
        ).fetchone()
        return row is not None

    def entities_of(self, article_id: str) -> list[tuple[str, str, int]]:
        """(canonical name, label, mentions), most mentioned first."""
        rows = self.db.execute(
            "SELECT e.canonical, e.label, e.mentions FROM entities e JOIN articles a ON a.num = e.article"
            " WHERE a.id = ? ORDER BY e.mentions DESC, e.id",
            (article_id,),
        )
        return [(canonical, label, mentions) for canonical, label, mentions in rows]

    def label_counts(self, names: Iterable[str], except_id: str) -> dict[str, Counter[str]]:
        """Casefolded canonical name -> label -> how many other articles name it so."""
        counts: dict[str, Counter[str]] = defaultdict(Counter)
        wanted = sorted(names)
        for first in range(0, len(wanted), _NAMES_PER_QUERY):
            chunk = wanted[first : first + _NAMES_PER_QUERY]
            marks = ", ".join("?" * len(chunk))
            rows = self.db.execute(
                f"SELECT canonical_key, label, articles FROM entity_labels WHERE canonical_key IN ({marks})",
                chunk,
            )
            for key, label, articles in rows:
                counts[key][label] += articles
            own = self.db.execute(  # the article's own entries: "other articles" leave it out
                "SELECT e.canonical_key, e.label, count(*) FROM entities e JOIN articles a ON a.num = e.article"
                f" WHERE a.id = ? AND e.canonical_key IN ({marks}) GROUP BY e.canonical_key, e.label",
                [except_id, *chunk],
            )
            for key, label, mine in own:
                counts[key][label] -= mine
        return {key: +labels for key, labels in counts.items() if +labels}

    def articles_mentioning(self, name: str) -> set[str]:
        rows = self.db.execute(
            "SELECT DISTINCT a.id FROM entities e JOIN articles a ON a.num = e.article"
            " WHERE e.canonical_key = ?",
            (name.casefold(),),
        )
        return {row[0] for row in rows}

    def search(self, query: CompiledQuery, limit: int | None = None, offset: int = 0) -> SearchResult:
        """The matches in the query's order, with snippets for the ones returned."""
        params: list = []
        if query.match is not None:
            base = f"FROM fts JOIN articles a ON a.num = fts.rowid WHERE fts MATCH ? AND ({_filed(query)})"
            params.append(query.match)
        else:
            base = f"FROM articles a WHERE {_filed(query)}"
        params += query.params
        db = self.db
        if query.match is not None and query.where == "1" and not self._filed_any():  # FTS5 counts
            total = db.execute("SELECT count(*) FROM fts WHERE fts MATCH ?", (query.match,)).fetchone()[0]
        else:
            total = db.execute(f"SELECT count(*) {base}", params).fetchone()[0]
        rows = db.execute(
            f"SELECT a.num, {_SUMMARY_SELECT} {base} ORDER BY {_ORDERS[query.order]} LIMIT ? OFFSET ?",
            [*params, -1 if limit is None else limit, offset],
        ).fetchall()
        snippets = self._snippets(query.highlight, [row[0] for row in rows])
        hits = [SearchHit(ArticleSummary(*row[1:]), snippets.get(row[0])) for row in rows]
        return SearchResult(total, hits)

    def matching_ids(self, query: CompiledQuery) -> set[str]:
        """Every match's id, unranked (the app's filter keeps the list's own order)."""
        if query.match is not None:
            base = f"FROM fts JOIN articles a ON a.num = fts.rowid WHERE fts MATCH ? AND ({_filed(query)})"
            params = [query.match, *query.params]
        else:
            base, params = f"FROM articles a WHERE {_filed(query)}", list(query.params)
        # One row, not one per match: ids (checked on load: never a space) joined by SQLite
        # and split here (bench_filter's first filter: 99,263 ids in 42 ms, not 74).
        joined = self.db.execute(f"SELECT group_concat(a.id, ' ') {base}", params).fetchone()[0]
        return set(joined.split()) if joined else set()

    def _filed_any(self) -> bool:
        """Whether any article is archived or in the trash (else FTS5 alone can count)."""
        return self.db.execute("SELECT 1 FROM articles WHERE archived = 1 OR deleted = 1 LIMIT 1").fetchone() is not None

    def snippet(self, query: CompiledQuery, article_id: str) -> list[tuple[str, bool]] | None:
        """One article's snippet for the query's words (None: no word, or none in it)."""
        row = self.db.execute("SELECT num FROM articles WHERE id = ?", (article_id,)).fetchone()
        if row is None:
            return None
        return self._snippets(query.highlight, [row[0]]).get(row[0])

    def _snippets(self, highlight: str | None, nums: list[int]) -> dict[int, list[tuple[str, bool]]]:
        if highlight is None:
            return {}
        found = {}
        for num in nums:  # one row at a time: FTS5 reads that row (with IN it reads every match)
            row = self.db.execute(
                f"SELECT snippet(fts, -1, ?, ?, '…', {SNIPPET_WORDS}) FROM fts"
                " WHERE fts MATCH ? AND rowid = ?",
                (MARK_START, MARK_END, highlight, num),
            ).fetchone()
            if row is not None:
                found[num] = _pieces(row[0])
        return found


def _filed(query: CompiledQuery) -> str:
    """The query's condition, with the trash left out, and the archive unless it is asked for."""
    shelf = "a.deleted = 0" if query.archived else "a.deleted = 0 AND a.archived = 0"
    return f"({query.where}) AND {shelf}"


def _read_only(path: Path, read) -> Any:
    """`read(connection)` on an index opened read-only (doctor's check writes nothing);
    None when there is no index file, {} when it cannot be read or is of another schema."""
    if not path.exists():
        return None
    try:
        connection = sqlite3.connect(path.absolute().as_uri() + "?mode=ro", uri=True)
        try:
            if connection.execute("PRAGMA user_version").fetchone()[0] != SCHEMA_VERSION:
                return {}
            return read(connection)
        finally:
            connection.close()
    except sqlite3.Error:
        return {}


def indexed_stamps(path: Path) -> dict[str, Any] | None:
    """What the index at `path` was made from (see SearchIndex.stamps), read-only."""
    rows = _read_only(path, lambda db: db.execute("SELECT key, value FROM meta").fetchall())
    return rows if rows is None or rows == {} else {key: orjson.loads(value) for key, value in rows}


def indexed_summaries(path: Path) -> dict[str, ArticleSummary]:
    """The summaries the index at `path` lists, read-only ({} without a readable index)."""
    rows = _read_only(path, lambda db: db.execute(f"SELECT {_SUMMARY_SELECT} FROM articles a").fetchall())
    return {row[0]: ArticleSummary(*row) for row in rows or []}


def _add_functions(connection: sqlite3.Connection) -> None:
    # SQLite's lower() folds ASCII only; queries fold the way Python does.
    connection.create_function("casefold", 1, _casefold, deterministic=True)


def _casefold(value: str | None) -> str | None:
    return value.casefold() if isinstance(value, str) else value


def _open(path: Path) -> sqlite3.Connection:
    connection = sqlite3.connect(path, isolation_level=None, check_same_thread=False, timeout=30)
    _add_functions(connection)
    connection.execute("PRAGMA journal_mode = WAL")
    # Derived data: a commit lost to a power cut is found stale by its stamps and redone.
    connection.execute("PRAGMA synchronous = NORMAL")
    return connection


def _pieces(snippet: str) -> list[tuple[str, bool]]:
    """"a \x02b\x03 c" -> [("a ", False), ("b", True), (" c", False)]."""
    pieces = []
    for i, part in enumerate(snippet.split(MARK_START)):
        if i == 0:
            pieces.append((part, False))
            continue
        matched, _, rest = part.partition(MARK_END)
        pieces += [(matched, True), (rest, False)]
    return [(text, matched) for text, matched in pieces if text]


def _entities_of(body: dict[str, Any]) -> list[tuple[str, str, int, str]]:
    """(canonical, label, mentions, names one a line) for each entity of a body."""
    found: dict[tuple[str, str], tuple[int, dict[str, None]]] = {}
    for span in [*body.get("entities", []), *body.get("caption_entities", [])]:
        # As read from a body file (dicts) or as just built (EntitySpan: see Article.body_dict).
        text, label, canonical = ((span["text"], span["label"], span.get("canonical"))
                                  if isinstance(span, dict) else (span.text, span.label, span.canonical))
        canonical = canonical or text
        key = (canonical, label)
        count, names = found.get(key, (0, {canonical: None}))
        names.setdefault(without_invisible(text), None)
        found[key] = (count + 1, names)
    ranked = sorted(found.items(), key=lambda item: -item[1][0])
    return [(name, label, count, "\n".join(names)) for (name, label), (count, names) in ranked]
