"""Ask for what to import: a path to a file or folder, or an http(s) URL."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label


class ImportPrompt(ModalScreen[str | None]):
    BINDINGS = [
        Binding("escape", "cancel", "Cancel", id="import.cancel", tooltip="Close without importing"),
    ]

    DEFAULT_CSS = """
    ImportPrompt {
        align: center middle;
        #import-box {
            width: 80%;
            max-width: 90;
            height: auto;
            border: round $primary;
            border-title-color: $text-accent;
            background: $surface;
            padding: 1 2;
        }
        #import-hint { color: $text-muted; padding-top: 1; }
    }
    """

    def compose(self) -> ComposeResult:
        with Vertical(id="import-box") as box:
            box.border_title = "Import"
            yield Label("A file, a folder, a feed or a web page:")
            yield Input(placeholder="~/Downloads/article.txt  or  https://example.org/feed.xml",
                        id="import-source")
            yield Label("enter to import · escape to cancel", id="import-hint")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.dismiss(event.value.strip() or None)

    def action_cancel(self) -> None:
        self.dismiss(None)
