"""Ask for what to import: a path to a file or folder, or an http(s) URL."""

from __future__ import annotations

from textual.binding import Binding

from reader.tui.key_order import on_arrival
from reader.tui.screens.path_prompt import PathPrompt


class ImportPrompt(PathPrompt):
    BINDINGS = on_arrival([
        Binding("escape", "cancel", "Cancel", id="import.cancel", tooltip="Close without importing"),
    ])

    BOX_TITLE = "Import"
    QUESTION = "A file, a folder, a feed or a web page:"
    PLACEHOLDER = "~/Downloads/article.txt  or  https://example.org/feed.xml"
    HINT = "enter to import · escape to cancel"
