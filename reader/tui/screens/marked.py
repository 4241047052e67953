"""Everything I marked: every bookmark and note in the library, newest first, filter as you type."""

from __future__ import annotations

import time
from collections.abc import Callable

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Input

from reader.model import MarkedPassage
from reader.text import shown_line
from reader.tui.formatting import plural, thousands
from reader.tui.key_order import on_arrival, takes_text
from reader.tui.marked_rows import MarkedRows
from reader.tui.widgets.fitted_line import FittedLine
from reader.tui.widgets.key_hints import KeyHints
from reader.tui.widgets.marked_list import MarkedList


class MarkedScreen(Screen[MarkedPassage | None]):
    """Dismissed with the chosen bookmark or note (the reading screen opens it), or None."""

    BINDING_GROUP_TITLE = "Everything marked"

    BINDINGS = [
        # The list has the focus, as every list; / gives it to the filter, and these keys
        # reach the list from there.
        Binding("enter", "list('open')", "Go to passage", id="marked.go",
                tooltip="Open the article at this passage"),
        Binding("down", "list('cursor_down')", "Next", id="marked.filter_next",
                tooltip="Move to the next bookmark or note"),
        Binding("up", "list('cursor_up')", "Previous", id="marked.filter_previous",
                tooltip="Move to the previous bookmark or note"),
        Binding("pagedown", "list('page_down')", "Page down", show=False, id="marked.filter_page_down",
                tooltip="Move down a screenful"),
        Binding("pageup", "list('page_up')", "Page up", show=False, id="marked.filter_page_up",
                tooltip="Move up a screenful"),
        Binding("escape", "escape", "Clear / close", id="marked.close",
                tooltip="Leave the filter, clear it, or go back to reading"),
        # Resolved as it arrives, so the letters typed right after it reach the filter.
        *on_arrival([Binding("slash", "filter", "Filter", id="marked.filter",
                             tooltip="Type to filter by title, quote or note (has:note, has:bookmark)")]),
        Binding("q", "close", "Close", show=False, id="marked.quit", tooltip="Go back to reading"),
    ]

    DEFAULT_CSS = """
    MarkedScreen {
        layout: vertical;
        #marked-header {
            padding: 0 1;
            background: $panel;
            color: $text-muted;
        }
        #marked-filter {
            border: none;
            height: 1;
            padding: 0 1;
            background: $boost;
            &:focus { border: none; background-tint: $foreground 5%; }
        }
        #marked-list { height: 1fr; }
    }
    """

    def __init__(self, rows: MarkedRows, cite: Callable[[MarkedPassage], str] | None = None) -> None:
        super().__init__()
        self.rows = rows
        self.cite = cite  # the text `y` copies: the quote (or note) and where it is from
        rows.set_query("")
        self.filter_ms: float | None = None  # how long the last filter keystroke took

    def compose(self) -> ComposeResult:
        yield FittedLine(id="marked-header")
        yield Input(placeholder="/ filters: words in the title, quote or note · has:note · has:bookmark",
                    id="marked-filter")
        yield MarkedList(self.rows, id="marked-list")
        yield KeyHints()

    def on_mount(self) -> None:
        self._show_header()
        self.set_focus(self.marked_list)
        # Once the list is on screen, before the first keystroke can arrive.
        self.call_after_refresh(self.rows.prepare)

    @property
    def marked_list(self) -> MarkedList:
        return self.query_one(MarkedList)

    def _show_header(self) -> None:
        rows = self.rows
        title = Content.styled("Everything marked", "bold $text-accent")
        parts = [Content(f"{plural(rows.total - rows.notes, 'bookmark')} · {plural(rows.notes, 'note')}")]
        if rows.orphaned:
            parts.append(Content.styled(f"{thousands(rows.orphaned)} not in their article any more",
                                        "$text-error"))
        if rows.query.strip():
            parts.append(Content.assemble(
                f"{thousands(len(rows.visible))} shown · filter: ", (shown_line(rows.query), "bold $foreground")
            ))
        # Narrow: the title gives way first, then the line is cut.
        self.query_one("#marked-header", FittedLine).show_forms(
            Content(" · ").join([title, *parts]), Content(" · ").join(parts))

    @on(Input.Changed, "#marked-filter")
    def filter_changed(self, event: Input.Changed) -> None:
        started = time.perf_counter()
        self.rows.set_query(event.value)
        self.marked_list.rows_changed()
        self._show_header()
        self.filter_ms = (time.perf_counter() - started) * 1000

    @on(Input.Submitted, "#marked-filter")
    def filter_submitted(self) -> None:
        self.marked_list.action_open()

    def on_marked_list_opened(self, event: MarkedList.Opened) -> None:
        self.dismiss(event.item)

    def on_marked_list_copy_requested(self, event: MarkedList.CopyRequested) -> None:
        item = event.item
        text = self.cite(item) if self.cite else item.quote or item.note or ""
        self.app.copy_to_clipboard(text)
        what = "the quote" if item.quote else "the note"
        self.notify(f"Copied {what} with its source", timeout=3)

    def action_list(self, action: str) -> None:
        getattr(self.marked_list, f"action_{action}")()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        return not (action == "filter" and takes_text(self.focused))  # a / typed into the filter

    def action_filter(self) -> None:
        self.set_focus(self.query_one("#marked-filter", Input))

    def action_escape(self) -> None:
        """From the filter back to the list (dropping the filter); from the list, clear the
        filter first, then close."""
        box = self.query_one("#marked-filter", Input)
        if self.focused is box or box.value:
            box.value = ""
            self.set_focus(self.marked_list)
        else:
            self.dismiss(None)

    def action_close(self) -> None:
        self.dismiss(None)
