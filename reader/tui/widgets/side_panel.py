"""A side list of the open article's things: its entities, its notes.

The base keeps which option shows which thing (`items`, by option id), what is
highlighted, and when its keys work (only while it is shown); a panel says how its
things look and which Messages it posts.
"""

from __future__ import annotations

from typing import Generic, TypeVar

from textual.widgets import OptionList

from reader.tui.widgets.scrolling import NO_SIDEWAYS

T = TypeVar("T")


class SidePanel(OptionList, Generic[T]):
    DEFAULT_CSS = """
    SidePanel {
        background: $surface;
        scrollbar-size-vertical: 1;
    }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.items: dict[str, T] = {}

    @property
    def highlighted_item(self) -> T | None:
        if self.highlighted is None or not self.items:
            return None
        return self.items.get(self.get_option_at_index(self.highlighted).id or "")

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        event.stop()
        self.item_highlighted(self.items.get(event.option_id or ""))

    def item_highlighted(self, item: T | None) -> None:
        """Say that `item` (None: a heading or nothing) is highlighted now."""
        raise NotImplementedError

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in NO_SIDEWAYS:
            return False
        return True if self.is_attached and self.display else None
