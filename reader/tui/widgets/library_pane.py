"""The library side of the reading screen: the filter box, a search's snippet, the list.

The pane owns how that side looks (the filter shown or not, what an empty list says);
the screen owns the rows' contents and the Library. The filter and the snippet are built
after the first paint (`fill`) and mounted when first used (bench_startup).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from textual.app import ComposeResult
from textual.containers import Vertical

from reader.tui.library_rows import LibraryRows
from reader.tui.widgets.library_list import LibraryList

if TYPE_CHECKING:
    from reader.tui.widgets.search_input import SearchInput
    from reader.tui.widgets.search_snippet import SearchSnippet

FILTER_PLACEHOLDER = 'Search: words, "phrases", person:, has:note, after:2026-01 (? for all)'


class LibraryPane(Vertical):
    filter_input: SearchInput
    snippet: SearchSnippet

    def __init__(self, rows: LibraryRows, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.rows = rows
        self.list = LibraryList(rows, id="library")
        self.ready = False

    def compose(self) -> ComposeResult:
        yield self.list

    def fill(self, typed: Callable[[str], None]) -> None:
        """Build the filter and the snippet (right after the first paint); `typed` is called
        with the query each time it changes."""
        from reader.tui.widgets.search_input import SearchInput
        from reader.tui.widgets.search_snippet import SearchSnippet

        self.filter_input = SearchInput(placeholder=FILTER_PLACEHOLDER, id="filter", follow=typed)
        self.snippet = SearchSnippet(id="snippet")
        self.ready = True

    def rows_changed(self, keep: str | None) -> None:
        """The rows were sorted, filtered or changed; keep `keep` selected when still shown."""
        self.list.rows_changed(keep)
        if not self.rows.visible and self.rows.total:
            self.list.empty_message = "No article matches. Press escape to see them all."
        else:
            self.list.empty_message = "The library is empty. Press i to import a file, folder or feed."

    def open_filter(self) -> SearchInput:
        """Show the filter box; the caller gives it the focus."""
        if not self.filter_input.is_attached:
            self.mount(self.filter_input, before=self.list)
        self.add_class("-filtering")
        return self.filter_input

    def close_filter(self, clear: bool) -> None:
        """Hide the filter box: kept while it filters (enter), else cleared (escape)."""
        if clear:
            if self.ready and self.filter_input.is_attached:
                self.filter_input.value = ""
            if self.ready and self.snippet.is_attached:
                self.snippet.show(None)
        if clear or not self.rows.latest_query.strip():
            self.remove_class("-filtering")

    def show_snippet(self, pieces: list[tuple[str, bool]] | None) -> None:
        if not self.snippet.is_attached:
            self.mount(self.snippet, after=self.filter_input)
        self.snippet.show(pieces)
