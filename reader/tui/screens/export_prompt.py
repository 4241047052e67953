"""Ask where to export the notes as Markdown: a folder (one file per article) or a FILE.md."""

from __future__ import annotations

from textual.binding import Binding

from reader.tui.key_order import on_arrival
from reader.tui.screens.path_prompt import PathPrompt

DEFAULT_EXPORT_PATH = "~/reader-notes"


class ExportPrompt(PathPrompt):
    BINDINGS = on_arrival([
        Binding("escape", "cancel", "Cancel", id="export.cancel", tooltip="Close without exporting"),
    ])

    BOX_TITLE = "Export notes as Markdown"
    QUESTION = (
        "Every article with bookmarks or notes, into a folder (one file each) "
        "or into one file ending in .md:"
    )
    VALUE = DEFAULT_EXPORT_PATH
    HINT = "enter to export · escape to cancel"
