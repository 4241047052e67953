"""Ask where to export the notes as Markdown: a folder (one file per article) or a FILE.md."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label

DEFAULT_EXPORT_PATH = "~/reader-notes"


class ExportPrompt(ModalScreen[str | None]):
    BINDINGS = [
        Binding("escape", "cancel", "Cancel", id="export.cancel", tooltip="Close without exporting"),
    ]

    DEFAULT_CSS = """
    ExportPrompt {
        align: center middle;
        #export-box {
            width: 80%;
            max-width: 90;
            height: auto;
            border: round $primary;
            border-title-color: $text-accent;
            background: $surface;
            padding: 1 2;
        }
        #export-hint { color: $text-muted; padding-top: 1; }
    }
    """

    def compose(self) -> ComposeResult:
        with Vertical(id="export-box") as box:
            box.border_title = "Export notes as Markdown"
            yield Label("Every article with bookmarks or notes, into a folder (one file each) "
                        "or into one file ending in .md:")
            yield Input(value=DEFAULT_EXPORT_PATH, id="export-path")
            yield Label("enter to export · escape to cancel", id="export-hint")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.dismiss(event.value.strip() or None)

    def action_cancel(self) -> None:
        self.dismiss(None)
