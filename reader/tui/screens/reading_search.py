"""The library filter of the reading screen: typed, shown as snippets, saved, cleared.

The screen routes the filter box's and the list's messages here; the rows do the
searching (through the Library's index), the library pane shows it.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from concurrent.futures import Future
from concurrent.futures import TimeoutError as FutureTimeout
from typing import TYPE_CHECKING

from reader.search import QueryError
from reader.search.passages import words_pattern
from reader.search.typing import as_typed
from reader.store import LibraryError, SearchStopped
from reader.tui.filter_searcher import FilterSearcher
from reader.tui.widgets.library_header import LibraryHeader

if TYPE_CHECKING:
    from reader.tui.screens.reading import ReadingScreen


# The filter's answers that come after their keystroke's frame (a Textual worker group).
_ANSWERS = "filter-answers"
_SNIPPETS = "filter-snippets"
Pieces = list[tuple[str, bool]]  # a snippet: (text, matched) pieces


class LibrarySearch:
    # How long a keystroke waits for its answer, in seconds (None: however long it takes):
    # a frame's worth (bench_filter: 20 to 28 ms a keystroke at 10,000 articles).
    wait: float | None = 0.025

    def __init__(self, screen: ReadingScreen) -> None:
        self.screen = screen
        self.searcher = FilterSearcher(self._find)
        self._later: Future[set[str]] | None = None  # the answer the header says is coming
        self._snippets = 0  # how many snippets were asked for: only the newest is shown

    def open(self) -> None:
        screen = self.screen
        screen.mount_article_side()  # a / typed within the first frame
        screen.set_focus(screen.library_pane.open_filter())

    def show(self, query: str) -> None:
        """Switch the list to a search (a saved one, from the palette)."""
        self.open()
        self.screen.library_pane.filter_input.value = query  # the filter follows through `typed`
        self.screen.set_focus(self.screen.library_list)

    def matching_ids(self, query: str) -> set[str]:
        """What the filter shows: the query, with the word being typed as a prefix."""
        return self.screen.library.matching_ids(as_typed(query))

    def typed(self, query: str) -> None:
        """Search for `query` in a thread, waiting `wait` seconds for the answer at most: in
        time, the list shows it in this frame; else the header says it is searching, the
        list keeps what it shows, and the answer is shown when it comes."""
        screen = self.screen
        self._forget()
        if not query.strip():
            self._show(query, None)
            return
        answer = self.searcher.ask(query)
        try:
            found = answer.result(timeout=self.wait)
        except FutureTimeout:
            self._later = answer
            screen.rows.searching = query
            screen.query_one(LibraryHeader).show(screen.rows)
            screen.run_worker(self._show_later(query, answer), group=_ANSWERS, exclusive=True)
            return
        except QueryError as error:
            self._show(query, error)
            return
        self._show(query, found)

    async def _show_later(self, query: str, answer: Future[set[str]]) -> None:
        try:
            found: set[str] | QueryError = await asyncio.wrap_future(answer)
        except SearchStopped:
            return  # a newer query was typed, or the filter cleared
        except QueryError as error:
            found = error
        if answer is self._later:  # else the filter moved on while this one was answered
            self._show(query, found)

    def _forget(self) -> None:
        """Whatever was asked before is no longer wanted, nor its answer shown."""
        self._later = None
        self._snippets += 1  # the selected result's snippet was of the query before
        self.screen.rows.searching = None
        self.searcher.drop()

    def _show(self, query: str, found: set[str] | QueryError | None) -> None:
        screen = self.screen
        self._later = None
        screen.rows.searching = None
        if isinstance(found, QueryError):
            screen.rows.show_error(query, str(found))
        else:
            screen.rows.show_found(query, found)
        screen.refresh_library()

    def _find(self, query: str, stop: Callable[[], bool]) -> set[str]:
        """What the filter shows (in a searcher's thread): the word being typed as a prefix."""
        return self.screen.library.matching_ids(as_typed(query), stop=stop)

    def close(self) -> None:
        self.searcher.close()

    def clear(self) -> None:
        """Back to the open article, else to the article selected in the filtered list."""
        screen = self.screen
        selected = screen.shown_article or screen.library_list.selected
        screen.library_pane.close_filter(clear=True)
        self._forget()
        screen.rows.show_found("", None)
        screen.rows.set_entity(None)
        screen.refresh_library(keep=selected.id if selected else None)

    def show_snippet(self, article_id: str | None) -> None:
        """A search's selected result: its text around the match, under the filter. Made in a
        searcher's thread, waited for as a query is: `th*` reads as much for one article's
        snippet as for the filter (0.2 s at 100,000 articles)."""
        screen = self.screen
        query = screen.rows.query.strip()
        if not screen.article_side_ready or not query or screen.rows.query_error:
            return
        self._snippets += 1
        number = self._snippets

        def wanted() -> bool:  # until a later snippet is asked for
            return self._snippets == number

        answer = self.searcher.run(self._snippet, query, article_id, wanted)
        try:
            pieces = answer.result(timeout=self.wait)
        except FutureTimeout:
            screen.run_worker(self._show_snippet_later(answer, wanted), group=_SNIPPETS, exclusive=True)
            return
        screen.library_pane.show_snippet(pieces)

    def _snippet(self, query: str, article_id: str | None, wanted: Callable[[], bool]) -> Pieces | None:
        if article_id is None or not wanted():
            return None
        try:
            return self.screen.library.snippet(as_typed(query), article_id)
        except (LibraryError, QueryError):
            return None

    async def _show_snippet_later(self, answer: Future[Pieces | None], wanted: Callable[[], bool]) -> None:
        pieces = await asyncio.wrap_future(answer)
        if wanted():
            self.screen.library_pane.show_snippet(pieces)

    def find_words(self) -> None:
        """Opened from a search: its words marked, the cursor on the first; n / N step."""
        rows, view = self.screen.rows, self.screen.article_view
        query = rows.query.strip()
        pattern = words_pattern(as_typed(query)) if query and not rows.query_error else None
        if pattern is not None:
            view.set_find(query, pattern)
            if view.matches:
                view.go_to_match(0)
            else:  # found by its title, byline or entities: "no matches" would be untrue
                view.set_find("")

    def ask_to_save(self) -> None:
        # The prompt and the config writer load when first used, not at start-up (bench_startup).
        from reader.tui.screens.save_search_prompt import SaveSearchPrompt

        query = self.screen.rows.query.strip()
        self.screen.app.push_screen(SaveSearchPrompt(), lambda name: self._save(name, query))

    def _save(self, name: str | None, query: str) -> None:
        from reader.tui.saved_searches import save_search

        if not name:
            return
        app = self.screen.reader_app
        try:
            save_search(app.config_path, name, query)
        except (ValueError, OSError) as error:
            app.notify(f"{app.config_path}: {error}", title="Search not saved", severity="error", markup=False)
            return
        app.settings.searches[name] = query
        app.notify(f"Saved as {name!r}; ctrl+p lists it", title="Search saved", markup=False)
