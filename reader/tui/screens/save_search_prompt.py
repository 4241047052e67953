"""Ask for the name to save the current search under."""

from __future__ import annotations

from textual.binding import Binding

from reader.tui.screens.path_prompt import PathPrompt


class SaveSearchPrompt(PathPrompt):
    BINDINGS = [
        Binding("escape", "cancel", "Cancel", id="save_search.cancel", tooltip="Close without saving"),
    ]

    BOX_TITLE = "Save this search"
    QUESTION = "A name for it (it is kept under [searches] in the config file):"
    PLACEHOLDER = "kenya economy"
    HINT = "enter to save · escape to cancel"
