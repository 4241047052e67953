"""A modal that asks for one path or URL: enter answers, escape cancels."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label


class PathPrompt(ModalScreen[str | None]):
    """Subclasses say what is asked; the answer is the stripped text, or None."""

    BOX_TITLE = ""
    QUESTION = ""
    PLACEHOLDER = ""
    VALUE = ""
    HINT = "enter to confirm · escape to cancel"

    DEFAULT_CSS = """
    PathPrompt {
        align: center middle;
        #prompt-box {
            width: 80%;
            max-width: 90;
            height: auto;
            border: round $primary;
            border-title-color: $text-accent;
            background: $surface;
            padding: 1 2;
        }
        Label { width: 1fr; }  /* long questions wrap inside the box instead of being cut */
        #prompt-hint { color: $text-muted; padding-top: 1; }
    }
    """

    def compose(self) -> ComposeResult:
        with Vertical(id="prompt-box") as box:
            box.border_title = self.BOX_TITLE
            yield Label(self.QUESTION)
            yield Input(value=self.VALUE, placeholder=self.PLACEHOLDER, id="prompt-answer")
            yield Label(self.HINT, id="prompt-hint")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.dismiss(event.value.strip() or None)

    def action_cancel(self) -> None:
        self.dismiss(None)
