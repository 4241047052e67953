"""Write or edit a note: the editor collects the text; the screen that opened it writes it."""

from __future__ import annotations

from collections.abc import Callable

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Label, Static, TextArea

from reader.text import shown_line
from reader.tui.article_blocks import short_quote
from reader.tui.key_order import on_arrival

QUOTE_CHARS = 240


class NoteEditor(ModalScreen[None]):
    """A multi-line editor for one note.

    ctrl+s hands the text to `submit`; whoever writes it calls `saved()` once it is on disk
    (the editor closes) or `not_saved()` when it could not be (the text stays).
    """

    BINDING_GROUP_TITLE = "Note"

    BINDINGS = [
        Binding("ctrl+s", "save", "Save", id="note.save", tooltip="Save the note and close"),
        Binding("escape", "cancel", "Cancel", id="note.cancel",
                tooltip="Close without saving (asks first if text would be lost)"),
    ]

    DEFAULT_CSS = """
    NoteEditor {
        align: center middle;
        #note-box {
            width: 80%;
            max-width: 96;
            height: auto;
            max-height: 90%;
            border: round $primary;
            border-title-color: $text-accent;
            border-subtitle-color: $text-muted;
            background: $surface;
            padding: 0 1;
        }
        #note-about { color: $text-muted; margin-bottom: 1; }
        #note-quote {
            color: $text-muted;
            text-style: italic;
            border-left: outer $warning 60%;
            padding-left: 1;
            margin-bottom: 1;
            max-height: 5;
        }
        #note-text { height: 10; }
        #note-hint { color: $text-muted; padding-top: 1; }
    }
    """

    def __init__(
        self,
        title: str,
        about: str,
        quote: str | None,
        submit: Callable[[NoteEditor, str], None],
        text: str = "",
    ) -> None:
        super().__init__()
        self.heading = title
        self.about = about
        self.quote = quote
        self.initial = text
        self._submit = submit
        self.saving = False

    def compose(self) -> ComposeResult:
        with Vertical(id="note-box") as box:
            box.border_title = self.heading
            box.border_subtitle = "ctrl+s save · escape cancel"
            yield Label(Content(shown_line(self.about)), id="note-about")
            if self.quote:
                yield Static(Content(short_quote(self.quote, QUOTE_CHARS)), id="note-quote")
            yield TextArea(self.initial, id="note-text", soft_wrap=True, show_line_numbers=False)

    def on_mount(self) -> None:
        area = self.query_one(TextArea)
        area.move_cursor(area.document.end)
        self.set_focus(area)

    @property
    def text(self) -> str:
        return self.query_one(TextArea).text

    def action_save(self) -> None:
        if self.saving:
            return
        text = self.text
        if not text.strip():
            self.notify("Write something first, or press escape to cancel.", severity="warning", timeout=3)
            return
        self.saving = True
        self._submit(self, text)

    def saved(self) -> None:
        self.dismiss(None)

    def not_saved(self) -> None:
        self.saving = False  # the text stays; the app has said why it could not be saved

    def action_cancel(self) -> None:
        if self.saving:
            return
        if self.text.strip() and self.text != self.initial:
            self.app.push_screen(ConfirmDiscard(), self._discard_answered)
        else:
            self.dismiss(None)

    def _discard_answered(self, discard: bool | None) -> None:
        if discard:
            self.dismiss(None)


class ConfirmDiscard(ModalScreen[bool]):
    """Asked before unsaved note text is thrown away."""

    BINDINGS = on_arrival([
        Binding("y", "answer(True)", "Discard", id="discard.yes", tooltip="Throw the text away"),
        Binding("n,escape", "answer(False)", "Keep editing", id="discard.no",
                tooltip="Go back to the note"),
    ])

    DEFAULT_CSS = """
    ConfirmDiscard {
        align: center middle;
        #discard-box {
            width: auto;
            height: auto;
            border: round $warning;
            background: $surface;
            padding: 1 2;
        }
        #discard-hint { color: $text-muted; padding-top: 1; }
    }
    """

    def compose(self) -> ComposeResult:
        with Vertical(id="discard-box"):
            yield Label("Discard this note? What you wrote will be lost.")
            yield Label("y discard · n keep editing", id="discard-hint")

    def action_answer(self, discard: bool) -> None:
        self.dismiss(discard)
