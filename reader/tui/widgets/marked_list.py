"""Bookmarks and notes across the library: three lines each, rendered only when on screen."""

from __future__ import annotations

from dataclasses import dataclass

from rich.cells import cell_len
from rich.style import Style
from textual.binding import Binding
from textual.geometry import Size
from textual.message import Message
from textual.strip import Strip

from reader.model import MarkedPassage
from reader.text import fit, shown_line
from reader.tui.formatting import short_date
from reader.tui.marked_rows import MarkedRows
from reader.tui.widgets.row_list import RowList

ROW_HEIGHT = 4  # title, quote, note, a blank line
DATE_WIDTH = 11
ORPHANED = "not in the article any more"


class MarkedList(RowList[MarkedPassage]):
    """Every visible row of a `MarkedRows`; enter jumps to the passage."""

    ROW_HEIGHT = ROW_HEIGHT
    EMPTY_STYLE = "marked-list--empty"
    DRAWS_BAR = False  # Textual's, shown only when the rows overflow

    BINDING_GROUP_TITLE = "Marked passages"

    BINDINGS = [
        Binding("j,down", "cursor_down", "Next", show=False, id="marked.next",
                tooltip="Move to the next bookmark or note"),
        Binding("k,up", "cursor_up", "Previous", show=False, id="marked.previous",
                tooltip="Move to the previous bookmark or note"),
        Binding("g,home", "first", "First", show=False, id="marked.first", tooltip="Go to the newest"),
        Binding("G,end", "last", "Last", show=False, id="marked.last", tooltip="Go to the oldest"),
        Binding("pagedown", "page_down", "Page down", show=False, id="marked.page_down",
                tooltip="Move down a screenful"),
        Binding("pageup", "page_up", "Page up", show=False, id="marked.page_up",
                tooltip="Move up a screenful"),
        Binding("enter", "open", "Go to passage", id="marked.open",
                tooltip="Open the article at this passage"),
        Binding("y", "copy", "Copy quote", show=False, id="marked.copy",
                tooltip="Copy the quote (or the note) with the line that says where it is from"),
    ]

    COMPONENT_CLASSES = {
        "marked-list--cursor",
        "marked-list--title",
        "marked-list--meta",
        "marked-list--quote",
        "marked-list--note",
        "marked-list--icon",
        "marked-list--orphaned",
        "marked-list--empty",
    }

    DEFAULT_CSS = """
    MarkedList {
        background: $surface;
        overflow-x: hidden;
        scrollbar-size-vertical: 1;
        & > .marked-list--cursor { background: $block-cursor-blurred-background; }
        &:focus > .marked-list--cursor { background: $block-cursor-background; }
        & > .marked-list--title { color: $foreground; text-style: bold; }
        & > .marked-list--meta { color: $text-muted; }
        & > .marked-list--quote { color: $text-muted; text-style: italic; }
        & > .marked-list--note { color: $foreground; }
        & > .marked-list--icon { color: $text-warning; }
        & > .marked-list--orphaned { color: $text-error; }
        & > .marked-list--empty { color: $text-muted; text-style: italic; }
    }
    """

    @dataclass
    class CopyRequested(Message):
        item: MarkedPassage

    @dataclass
    class Opened(Message):
        item: MarkedPassage

    def __init__(self, rows: MarkedRows, *, id: str | None = None) -> None:
        super().__init__(rows, cached_lines=512, id=id)
        self.rows: MarkedRows = rows
        self._say_when_empty()

    def _say_when_empty(self) -> None:
        self.empty_message = ("Nothing marked yet: in an article, b bookmarks a passage and a writes a note."
                              if self.rows.total == 0 else "Nothing marked matches the filter.")

    def rows_changed(self) -> None:
        self._strips.clear()
        self._say_when_empty()
        self.virtual_size = Size(0, len(self.rows.visible) * ROW_HEIGHT)
        self.set_reactive(MarkedList.cursor, 0)
        self.scroll_to(y=0, animate=False, immediate=True)
        self.refresh()

    def on_mount(self) -> None:
        self.virtual_size = Size(0, len(self.rows.visible) * ROW_HEIGHT)

    # -- cursor -----------------------------------------------------------

    def open(self) -> None:
        if self.selected is not None:
            self.post_message(self.Opened(self.selected))

    def action_copy(self) -> None:
        if self.selected is not None:
            self.post_message(self.CopyRequested(self.selected))

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in ("open", "copy") and self.selected is None:
            return None
        return super().check_action(action, parameters)

    # -- rendering --------------------------------------------------------

    def render_row(self, item: MarkedPassage, part: int, width: int, is_cursor: bool) -> Strip:
        style = self.component_style
        inner = width - 4
        if part == 0:
            icon = "⚑" if item.kind == "bookmark" else "✎"
            date = short_date(item.updated if item.kind == "note" else item.created)
            title = shown_line(item.article_title) or "(untitled)"
            pieces = [
                (f" {icon}  ", style("marked-list--icon")),
                (fit(title, inner - DATE_WIDTH - 2), style("marked-list--title")),
                ("  " + fit(date, DATE_WIDTH, right=True), style("marked-list--meta")),
            ]
        elif part == 1:
            pieces = [("    ", None)]
            quote_width = inner
            if item.orphaned:
                flag = f"{ORPHANED} · "
                pieces.append((flag, style("marked-list--orphaned")))
                quote_width -= cell_len(flag)
            if item.quote is None:
                pieces.append((fit("on the whole article", quote_width), style("marked-list--meta")))
            else:
                # Cut before cleaning: a row never shows more than its width.
                quote = shown_line(item.quote[: 2 * width])
                pieces.append((fit(f"“{quote}”", quote_width), style("marked-list--quote")))
        elif part == 2 and item.kind == "note":
            note = shown_line((item.note or "")[: 2 * width])
            pieces = [("    ", None), (fit(note, inner), style("marked-list--note"))]
        else:
            pieces = []
        # One Strip of exactly `width` cells, each piece on the widget's own style.
        base = self.base_style
        if is_cursor and part < ROW_HEIGHT - 1:
            base += Style(bgcolor=style("marked-list--cursor").bgcolor)
            cursor = Style(bgcolor=base.bgcolor)  # over the pieces' own backgrounds
            pieces = [(text, (piece_style or Style()) + cursor) for text, piece_style in pieces]
        return self.pieces_strip([(text, base + piece_style if piece_style else base)
                                  for text, piece_style in pieces], width, base)
