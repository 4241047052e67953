"""A modal list to pick one thing for an entity correction: a type, or the entity to merge into."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Label, OptionList
from textual.widgets.option_list import Option

from reader.text import shown_line


class EntityChoice(ModalScreen[str | None]):
    """Enter picks the highlighted choice; escape cancels (None)."""

    BINDINGS = [
        Binding("escape,q", "cancel", "Cancel", id="choice.cancel", tooltip="Close without a change"),
    ]

    DEFAULT_CSS = """
    EntityChoice {
        align: center middle;
        #choice-box {
            width: 60;
            max-width: 90%;
            height: auto;
            max-height: 80%;
            border: round $primary;
            border-title-color: $text-accent;
            background: $surface;
            padding: 1 2;
        }
        #choice-list { height: auto; max-height: 20; }
        #choice-hint { color: $text-muted; padding-top: 1; }
    }
    """

    def __init__(self, title: str, question: str, choices: list[tuple[str, str]]) -> None:
        """`choices`: (value, what the reader sees) pairs; both are data, never markup."""
        super().__init__()
        self.box_title = title
        self.question = question
        self.choices = choices

    def compose(self) -> ComposeResult:
        with Vertical(id="choice-box") as box:
            box.border_title = self.box_title
            yield Label(Content(shown_line(self.question)))
            yield OptionList(
                *(Option(Content(shown_line(shown)), id=str(i)) for i, (_, shown) in enumerate(self.choices)),
                id="choice-list",
            )
            yield Label("enter to choose · escape to cancel", id="choice-hint")

    def on_mount(self) -> None:
        options = self.query_one(OptionList)
        options.highlighted = 0
        options.focus()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.dismiss(self.choices[int(event.option_id or 0)][0])

    def action_cancel(self) -> None:
        self.dismiss(None)
