"""A one-line query box: the library filter and the find in an article."""

from __future__ import annotations

from textual.binding import Binding
from textual.widgets import Input


class SearchInput(Input):
    """An Input whose enter and escape are the screen's to handle (see ReadingScreen)."""

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
