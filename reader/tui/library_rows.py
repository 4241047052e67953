"""What the library list shows: rows sorted, filtered and counted, without any widget."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, replace
from itertools import compress
from typing import TYPE_CHECKING, NamedTuple

from reader.model import ArticleSummary, ReadingState
from reader.text import shown_line
from reader.tui.formatting import reading_minutes

if TYPE_CHECKING:
    from reader.store import Library
    from reader.store.search_index import ListingHead

# A query's text -> the ids of the articles it matches (raises QueryError when malformed).
FindArticles = Callable[[str], Iterable[str]]

SORT_ORDERS = ("date", "title", "source")


class Row:
    """One article in the list: only what the list shows and sorts by (100,000 of them are
    held at once: bench_filter's peak memory). Display strings are cleaned the first time
    they are shown (escapes gone, bidi and zero-width characters as visible markers)."""

    __slots__ = ("id", "stored_title", "stored_source", "published", "sort_date", "minutes",
                 "_title", "_source")

    def __init__(self, summary: ArticleSummary, sources: dict[str, str] | None = None) -> None:
        self.id = summary.id
        self.stored_title = summary.title
        source = summary.source or ""
        # A few dozen sources serve 100,000 rows: one string each, not one per row.
        self.stored_source = source if sources is None else sources.setdefault(source, source)
        self.published = summary.published
        self.sort_date = summary.published or summary.added or ""
        self.minutes = reading_minutes(summary.word_count)  # a small int: one object for all rows
        self._title: str | None = None
        self._source: str | None = None

    @property
    def title(self) -> str:
        if self._title is None:
            self._title = shown_line(self.stored_title) or "(untitled)"
        return self._title

    @property
    def source(self) -> str:
        if self._source is None:
            self._source = shown_line(self.stored_source)
        return self._source


class Listing:
    """Every article as a row, in each sort order asked for so far; made once per change of
    the library, in a worker when it is big (the list stays responsive meanwhile)."""

    def __init__(self, rows: list[Row], newest_first: bool = False) -> None:
        self.rows = rows
        self.by_id = {row.id: row for row in rows}
        self._orders: dict[str, list[Row]] = {"date": rows} if newest_first else {}
        self._ids: tuple[list[Row], list[str]] | None = None  # an order and its ids

    @classmethod
    def of(cls, summaries: Iterable[ArticleSummary]) -> Listing:
        sources: dict[str, str] = {}
        return cls([Row(summary, sources) for summary in summaries])

    @classmethod
    def read(cls, library: Library) -> Listing:
        """Every article of `library`, newest first as the index lists them: no summaries
        held and no sort to make (bench_filter's peak memory at 100,000 articles)."""
        sources: dict[str, str] = {}
        return cls(library.list_rows(lambda summary: Row(summary, sources)), newest_first=True)

    def ordered(self, order: str) -> list[Row]:
        if order not in self._orders:
            self._orders = {order: _sorted(self.rows, order)}  # one order kept: the one shown
        return self._orders[order]

    def ids_in(self, order: str) -> list[str]:
        """The ids of `ordered(order)`, in that order: a filter tests them without touching a
        row (made in the loader's worker with the order, not at the first keystroke)."""
        rows = self.ordered(order)
        if self._ids is None or self._ids[0] is not rows:
            self._ids = (rows, [row.id for row in rows])
        return self._ids[1]


class FirstRows(NamedTuple):
    """What the list shows first: the newest rows, with every reading state and annotation
    count. Read once, before the app starts: a damaged file then stops `reader` with one line."""

    head: ListingHead
    states: dict[str, ReadingState]
    annotation_counts: dict[str, tuple[int, int]]

    @classmethod
    def read(cls, library: Library) -> FirstRows:
        return cls(library.listing_head(), library.reading_states(), library.annotation_counts())


@dataclass(frozen=True, slots=True)
class EntityFilter:
    name: str
    label: str
    article_ids: frozenset[str]


class LibraryRows:
    """Every article as a row, and the visible ones in the chosen order."""

    def __init__(
        self,
        summaries: Iterable[ArticleSummary],
        states: Mapping[str, ReadingState] | None = None,
        annotation_counts: Mapping[str, tuple[int, int]] | None = None,
        expected_total: int | None = None,
        find: FindArticles | None = None,
    ) -> None:
        self._listing = Listing.of(summaries)
        self._find = find
        # Set while only the newest rows are here; `complete_with` brings the rest.
        self.expected_total = expected_total
        self._titles: dict[str, str] | None = None
        self.states: dict[str, ReadingState] = dict(states or {})
        # Archived and trashed articles: few, so the filter looks them up rather than every state.
        self._unlisted = {i for i, state in self.states.items() if not state.listed}
        self.annotation_counts: dict[str, tuple[int, int]] = dict(annotation_counts or {})
        self.sort_order = "date"
        self.query = ""
        self.query_error: str | None = None  # why the query is malformed, while it is
        # A query typed but not answered yet: the rows and counts shown are still `query`'s.
        self.searching: str | None = None
        self._matches: set[str] | None = None  # what the query matches (None: no query)
        self.entity: EntityFilter | None = None
        self.visible: list[Row] = []
        self._ordered: list[Row] = []
        self._place: dict[str, int] | None = None  # article id -> index in _ordered
        self._reorder()

    # -- what is shown --------------------------------------------------

    @property
    def complete(self) -> bool:
        return self.expected_total is None

    @property
    def total(self) -> int:
        """Articles in the default list: archived and trashed ones left out."""
        total = len(self._listing.rows) if self.expected_total is None else self.expected_total
        return total - len(self._unlisted)

    @property
    def unread(self) -> int:
        # Count the read ones: far fewer states than rows to look at.
        unlisted = self._unlisted
        if self.expected_total is not None:  # states of articles not loaded yet count too
            read = sum(1 for i, state in self.states.items() if state.read and i not in unlisted)
            return self.total - read
        read = sum(1 for i, state in self.states.items()
                   if state.read and i in self._listing.by_id and i not in unlisted)
        return self.total - read

    @property
    def shown(self) -> int:
        """How many articles the list shows: while only the newest rows are here, every
        match of the query counts, not only those among them."""
        if self.expected_total is not None and self._matches is not None and self.entity is None:
            return len(self._matches)
        return len(self.visible)

    @property
    def filtered(self) -> bool:
        return bool(self.query.strip()) or self.entity is not None

    def is_unread(self, article_id: str) -> bool:
        state = self.states.get(article_id)
        return state is None or not state.read

    def counts_of(self, article_id: str) -> tuple[int, int]:
        return self.annotation_counts.get(article_id, (0, 0))

    def set_counts(self, article_id: str, counts: tuple[int, int]) -> bool:
        """An article's (bookmarks, notes) changed; True when the visible rows changed too
        (a has:note query, asked again)."""
        if counts == (0, 0):
            self.annotation_counts.pop(article_id, None)
        else:
            self.annotation_counts[article_id] = counts
        if self._matches is None:
            return False
        before = [row.id for row in self.visible]
        self.set_query(self.query)
        return before != [row.id for row in self.visible]

    def index_of(self, article_id: str) -> int | None:
        for index, row in enumerate(self.visible):
            if row.id == article_id:
                return index
        return None

    def neighbour(self, article_id: str | None, step: int) -> str | None:
        """The article `step` rows away from `article_id` in the list as shown; None past an end."""
        index = self.index_of(article_id) if article_id is not None else None
        if index is None or not 0 <= index + step < len(self.visible):
            return None
        return self.visible[index + step].id

    def next_unread(self, after: str | None) -> str | None:
        """The first unread article shown after `after` (from the top without one), going round."""
        visible = self.visible
        index = self.index_of(after) if after is not None else None
        start = index + 1 if index is not None else 0
        for offset in range(len(visible)):
            row = visible[(start + offset) % len(visible)]
            if self.is_unread(row.id):
                return row.id
        return None

    def titles(self) -> dict[str, str]:
        """Article id -> title, for everything in the library (filtered out or not); the
        same dict until the rows are replaced."""
        if self._titles is None:
            self._titles = {row.id: row.stored_title for row in self._listing.rows}
        return self._titles

    def row_for(self, article_id: str) -> Row | None:
        return self._listing.by_id.get(article_id)

    # -- changes --------------------------------------------------------

    def replace(
        self,
        summaries: Iterable[ArticleSummary],
        states: Mapping[str, ReadingState],
        annotation_counts: Mapping[str, tuple[int, int]],
    ) -> None:
        """New contents (after an import), keeping the sort and filters."""
        self.replace_listing(Listing.of(summaries), states, annotation_counts)

    def replace_listing(
        self,
        listing: Listing,
        states: Mapping[str, ReadingState],
        annotation_counts: Mapping[str, tuple[int, int]],
    ) -> None:
        """`replace` with the rows made already (in a worker, for a big library)."""
        self._listing = listing
        self.expected_total = None
        self._titles = None
        self.states = dict(states)
        self._unlisted = {i for i, state in self.states.items() if not state.listed}
        self.annotation_counts = dict(annotation_counts)
        self._reorder()
        if self._matches is not None:
            self.set_query(self.query)  # new articles may match it

    def complete_with(self, listing: Listing) -> None:
        """Every row, from the library the newest ones came from: a query's matches still
        hold (asked again, they held up the keys typed meanwhile: bench_filter)."""
        self._listing = listing
        self.expected_total = None
        self._titles = None
        self._reorder()

    def set_read(self, article_id: str, read: bool) -> None:
        state = self.states.get(article_id) or ReadingState(article_id)
        self.states[article_id] = replace(state, read=read)

    def set_position(self, article_id: str, position: int) -> None:
        state = self.states.get(article_id) or ReadingState(article_id)
        self.states[article_id] = replace(state, position=position)

    def position_of(self, article_id: str) -> int:
        state = self.states.get(article_id)
        return state.position if state else 0

    def next_sort_order(self) -> str:
        self.sort_order = SORT_ORDERS[(SORT_ORDERS.index(self.sort_order) + 1) % len(SORT_ORDERS)]
        self._reorder()
        return self.sort_order

    def set_sort_order(self, order: str) -> None:
        if order not in SORT_ORDERS:
            raise ValueError(f"sort order must be one of {', '.join(SORT_ORDERS)}")
        self.sort_order = order
        self._reorder()

    def set_query(self, query: str) -> None:
        """Show what `query` matches, asked now; a malformed one keeps what was shown and says why."""
        if not query.strip() or self._find is None:
            self.show_found(query, None)
            return
        from reader.search import QueryError  # the query language loads after the first paint

        try:
            found = self._find(query)
        except QueryError as error:
            self.show_error(query, str(error))
            return
        self.show_found(query, found)

    def show_found(self, query: str, found: Iterable[str] | None) -> None:
        """Show the articles `query` matched (None: no query, every article)."""
        self.query = query
        self.query_error = None
        self._matches = found if found is None or isinstance(found, set) else set(found)
        self._refresh()

    def show_error(self, query: str, error: str) -> None:
        """`query` is malformed: what was shown stays, and the reason is told."""
        self.query = query
        self.query_error = error

    @property
    def latest_query(self) -> str:
        """The query typed last: the one being searched for, else the one shown."""
        return self.query if self.searching is None else self.searching

    def set_entity(self, entity: EntityFilter | None) -> None:
        self.entity = entity
        self._refresh()

    def set_state(self, state: ReadingState) -> None:
        """An article was tagged, archived, deleted or restored."""
        self.states[state.article_id] = state
        if state.listed:
            self._unlisted.discard(state.article_id)
        else:
            self._unlisted.add(state.article_id)
        self._refresh()

    def tags_of(self, article_id: str) -> tuple[str, ...]:
        state = self.states.get(article_id)
        return state.tags if state is not None else ()

    def all_tags(self) -> list[str]:
        """Every tag in use, for completion: the most used first."""
        counts: dict[str, int] = {}
        for state in self.states.values():
            for tag in state.tags:
                counts[tag] = counts.get(tag, 0) + 1
        return sorted(counts, key=lambda tag: (-counts[tag], tag.casefold()))

    def _refresh(self) -> None:
        rows = self._ordered
        if self.entity is not None:
            # Typically a few hundred ids: look them up rather than test all 10,000 rows.
            if self._place is None:  # made when first needed: a dict of every article
                self._place = {row.id: i for i, row in enumerate(rows)}
            place = self._place
            rows = [rows[i] for i in sorted(place[a] for a in self.entity.article_ids if a in place)]
        if self._matches is not None:
            # The index leaves out the trash, and the archive unless is:archived asks for it.
            matches = self._matches
            if rows is self._ordered:  # every row, tested in C by id (bench_filter: 100,000 rows)
                rows = list(compress(rows, map(matches.__contains__, self._listing.ids_in(self.sort_order))))
            else:
                rows = [row for row in rows if row.id in matches]
        elif self._unlisted:
            rows = [row for row in rows if row.id not in self._unlisted]
        self.visible = list(rows)

    def _reorder(self) -> None:
        self._ordered = self._listing.ordered(self.sort_order)
        self._place = None
        self._refresh()


def _sorted(rows: list[Row], order: str) -> list[Row]:
    """Stable sorts, last key first: newest first inside a title or source, titles in
    order inside a date (as the index's listing)."""
    if order == "title":
        rows = sorted(rows, key=lambda row: row.sort_date, reverse=True)
        return sorted(rows, key=lambda row: row.title.casefold())
    rows = sorted(rows, key=lambda row: row.stored_title.casefold())
    rows.sort(key=lambda row: row.sort_date, reverse=True)
    if order == "source":
        # Articles without a source go last.
        rows = sorted(rows, key=lambda row: (not row.source, row.source.casefold()))
    return rows
