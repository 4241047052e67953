"""The open article's notes in a side list: enter edits one, d deletes it."""

from __future__ import annotations

from dataclasses import dataclass

from textual.binding import Binding
from textual.content import Content
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from reader.model import Note
from reader.tui.article_blocks import short_quote
from reader.tui.highlight import display_line
from reader.tui.key_order import DialogRequest, on_arrival
from reader.tui.widgets.side_panel import SidePanel

NOTE_LINES = 3


def notes_in_order(notes: list[Note]) -> list[Note]:
    """Article notes first, then orphaned ones, then by where they sit in the text."""

    def place(note: Note) -> tuple:
        if note.anchor is None:
            return (0, 0, 0, note.created)
        if note.orphaned:
            return (1, 0, 0, note.created)
        return (2, note.anchor.paragraph, note.anchor.start, note.created)

    return sorted(notes, key=place)


class NotesPanel(SidePanel[Note]):
    """Highlighting a note moves the article's cursor to its passage."""

    BINDING_GROUP_TITLE = "Notes panel"

    BINDINGS = on_arrival([
        Binding("j", "cursor_down", "Next note", show=False, id="notes.next",
                tooltip="Highlight the next note"),
        Binding("k", "cursor_up", "Previous note", show=False, id="notes.previous",
                tooltip="Highlight the previous note"),
        Binding("enter", "edit", "Edit", id="notes.edit", tooltip="Edit the highlighted note"),
        Binding("d,delete", "delete", "Delete", id="notes.delete",
                tooltip="Delete the highlighted note (U undoes it)"),
        # Keys that move the focus are the screen's: it decides where the focus goes.
        Binding("escape,q,m", "screen.close_notes_panel", "Close", id="notes.close",
                tooltip="Close the notes panel"),
    ])

    DEFAULT_CSS = """
    NotesPanel {
        & > .option-list--option-disabled { color: $text-muted; }
    }
    """

    @dataclass
    class Highlighted(Message):
        note: Note | None

    @dataclass
    class EditRequested(DialogRequest):
        note: Note

    @dataclass
    class DeleteRequested(Message):
        note: Note

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)

    def show(self, notes: list[Note], keep: str | None = None) -> None:
        """List `notes`; keep note `keep` highlighted (else the one at the same place)."""
        place = self.highlighted
        self.clear_options()
        self.items = {}
        options = []
        for note in notes_in_order(notes):
            self.items[note.id] = note
            options.append(Option(self._prompt(note), id=note.id))
        if not options:
            options.append(Option(Content.styled(
                "No notes on this article yet.\n\nPress a on a passage, A for the whole article.",
                "$text-muted"), disabled=True))
        self.add_options(options)
        if not self.items:
            self.highlighted = None
        elif keep in self.items:
            self.highlighted = self.get_option_index(keep)
        else:
            self.highlighted = min(place or 0, len(options) - 1)

    @staticmethod
    def _prompt(note: Note) -> Content:
        anchor = note.anchor
        if anchor is None:
            where = Content.styled("on the whole article", "$text-muted italic")
        else:
            quote = f"¶{anchor.paragraph + 1} “{short_quote(anchor.exact, 60)}”"
            where = Content.styled(quote, "$text-muted italic")
            if note.orphaned:
                where = Content.assemble(("not in the article any more ", "$text-warning"), where)
        lines = [display_line(line) for line in note.text.strip().splitlines()] or [""]
        body = "\n".join(lines[:NOTE_LINES]) + (" …" if len(lines) > NOTE_LINES else "")
        return Content.assemble(where, "\n", ("✎ ", "$text-accent"), Content(body), "\n")

    @property
    def highlighted_note(self) -> Note | None:
        return self.highlighted_item

    def item_highlighted(self, item: Note | None) -> None:
        self.post_message(self.Highlighted(item))

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.action_edit()

    def action_edit(self) -> None:
        note = self.highlighted_note
        if note is not None:
            self.post_message(self.EditRequested(note))

    def action_delete(self) -> None:
        note = self.highlighted_note
        if note is not None:
            self.post_message(self.DeleteRequested(note))

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in ("edit", "delete") and self.highlighted_note is None:
            return None
        return super().check_action(action, parameters)
