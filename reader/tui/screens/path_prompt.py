"""A modal that asks for one path or URL: enter answers, escape cancels."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.suggester import Suggester
from textual.widgets import Input, Label


class PathPrompt(ModalScreen[str | None]):
    """Subclasses say what is asked (and bind escape to cancel); the answer is the stripped
    text, or None."""

    BOX_TITLE = ""
    QUESTION = ""
    PLACEHOLDER = ""
    VALUE = ""
    HINT = "enter to confirm · escape to cancel"
    EMPTY_IS_CANCEL = True  # else an empty answer is an answer ("")

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
            yield Input(value=self.VALUE, placeholder=self.PLACEHOLDER, id="prompt-answer",
                        suggester=self.suggester())
            yield Label(self.HINT, id="prompt-hint")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        # Through the Input, not a binding on arrival: the letters typed before the enter
        # reach the Input asynchronously, and the enter must not overtake them.
        event.stop()
        answer = event.value.strip()
        self.dismiss(answer or (None if self.EMPTY_IS_CANCEL else ""))

    def suggester(self) -> Suggester | None:
        """What completes the answer as it is typed (none by default)."""
        return None

    def action_cancel(self) -> None:
        self.dismiss(None)
