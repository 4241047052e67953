"""The library filter of the reading screen: typed, shown as snippets, saved, cleared.

The screen routes the filter box's and the list's messages here; the rows do the
searching (through the Library's index), the library pane shows it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reader.search import QueryError
from reader.search.passages import words_pattern
from reader.search.typing import as_typed
from reader.store import LibraryError

if TYPE_CHECKING:
    from reader.tui.screens.reading import ReadingScreen


class LibrarySearch:
    def __init__(self, screen: ReadingScreen) -> None:
        self.screen = screen

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
        self.screen.rows.set_query(query)
        self.screen.refresh_library()

    def clear(self) -> None:
        """Back to the open article, else to the article selected in the filtered list."""
        screen = self.screen
        selected = screen.shown_article or screen.library_list.selected
        screen.library_pane.close_filter(clear=True)
        screen.rows.set_query("")
        screen.rows.set_entity(None)
        screen.refresh_library(keep=selected.id if selected else None)

    def show_snippet(self, article_id: str | None) -> None:
        """A search's selected result: its text around the match, under the filter."""
        screen = self.screen
        query = screen.rows.query.strip()
        if not screen.article_side_ready or not query or screen.rows.query_error:
            return
        pieces = None
        if article_id is not None:
            try:
                pieces = screen.library.snippet(as_typed(query), article_id)
            except (LibraryError, QueryError):
                pieces = None
        screen.library_pane.show_snippet(pieces)

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
