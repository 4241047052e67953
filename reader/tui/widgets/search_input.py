"""A one-line query box: the library filter and the find in an article."""

from __future__ import annotations

from collections.abc import Callable

from textual.binding import Binding
from textual.widgets import Input


class SearchInput(Input):
    """An Input whose enter and escape are the screen's to handle (see ReadingScreen); `follow`,
    if given, is called with each new value."""

    BINDING_GROUP_TITLE = "Query"

    BINDINGS = [
        # Run on the screen at once: keys typed right after go where the focus went.
        Binding("enter", "screen.query_done", "Done", id="query.done", priority=True,
                tooltip="Keep the query and go back to the list or the article"),
        Binding("escape", "screen.query_cancelled", "Cancel", id="query.cancel", priority=True,
                tooltip="Clear the query and close it"),
    ]

    DEFAULT_CSS = """
    SearchInput {
        border: none;
        height: 1;
        padding: 0 1;
        background: $boost;
        &:focus { border: none; background-tint: $foreground 5%; }
    }
    """

    def __init__(self, *, follow: Callable[[str], None] | None = None, **kwargs) -> None:
        super().__init__(**kwargs)
        self._follow = follow

    def _watch_value(self, value: str) -> None:
        super()._watch_value(value)
        # Before the box repaints: what follows the query (the library list) is painted in
        # the same frame as the typed key, not a frame later through a Changed message (bench_filter).
        if self._follow is not None:
            self._follow(value)
