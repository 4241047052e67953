"""The library list: one row per article, rendered only when on screen (line API)."""

from __future__ import annotations

from dataclasses import dataclass

from rich.cells import cell_len
from rich.style import Style
from textual.binding import Binding
from textual.message import Message
from textual.strip import Strip

from reader.text import fit, shown_line
from reader.tui.formatting import short_date
from reader.tui.key_order import on_arrival
from reader.tui.library_rows import LibraryRows, Row
from reader.tui.widgets.row_list import RowList

# Below this many cells a row takes two lines: title, then source, date and counts.
ONE_LINE_FROM = 72
SOURCE_WIDTH = 18  # at most; narrower when every source is shorter
DATE_WIDTH = 11  # "02 Nov 2026"
MINUTES_WIDTH = 6  # "12 min"
UNREAD = "●"


def counts_label(bookmarks: int, notes: int) -> str:
    parts = [f"⚑{bookmarks}" if bookmarks else "", f"✎{notes}" if notes else ""]
    return " ".join(part for part in parts if part)


class LibraryList(RowList[Row]):
    """Every visible row of a `LibraryRows`; costs per row on screen, not per article."""

    BINDING_GROUP_TITLE = "Library list"

    BINDINGS = on_arrival([
        Binding("j,down", "cursor_down", "Next article", show=False, id="library.next",
                tooltip="Move the selection to the next article"),
        Binding("k,up", "cursor_up", "Previous article", show=False, id="library.previous",
                tooltip="Move the selection to the previous article"),
        Binding("g,home", "first", "First article", show=False, id="library.first",
                tooltip="Select the first article"),
        Binding("G,end", "last", "Last article", show=False, id="library.last",
                tooltip="Select the last article"),
        Binding("pagedown", "page_down", "Page down", show=False, id="library.page_down",
                tooltip="Move the selection down a screenful"),
        Binding("pageup", "page_up", "Page up", show=False, id="library.page_up",
                tooltip="Move the selection up a screenful"),
        # Keys that move the focus are the screen's: it decides where the focus goes.
        Binding("enter", "screen.open_selected", "Open", id="library.open",
                tooltip="Open the selected article"),
        Binding("slash", "screen.filter", "Filter", id="library.filter",
                tooltip="Filter the list as you type (titles, sources, entity names)"),
        Binding("s", "sort", "Sort", id="library.sort",
                tooltip="Sort by date, title or source (cycles)"),
        Binding("u", "toggle_read", "Read/unread", show=False, id="library.toggle_read",
                tooltip="Mark the selected article read or unread"),
        Binding("escape", "clear_filter", "Clear filter", show=False, id="library.clear_filter",
                tooltip="Show the whole library again"),
        Binding("q", "app.quit", "Quit", id="library.quit", tooltip="Quit reader"),
    ])

    COMPONENT_CLASSES = {
        "library-list--cursor",
        "library-list--unread",
        "library-list--title",
        "library-list--meta",
        "library-list--counts",
        "library-list--empty",
    }

    DEFAULT_CSS = """
    LibraryList {
        background: $surface;
        overflow-x: hidden;
        overflow-y: scroll;  /* a filter that shows a screenful or less hides no scrollbar: one layout less */
        scrollbar-size-vertical: 0;  /* the list draws its own (LineView) */
        & > .library-list--cursor { background: $block-cursor-blurred-background; }
        &:focus > .library-list--cursor { background: $block-cursor-background; }
        & > .library-list--unread { color: $text-accent; text-style: bold; }
        & > .library-list--title { color: $foreground; }
        & > .library-list--meta { color: $text-muted; }
        & > .library-list--counts { color: $text-warning; }
        & > .library-list--empty { color: $text-muted; text-style: italic; }
    }
    """

    EMPTY_STYLE = "library-list--empty"

    @dataclass
    class Opened(Message):
        article_id: str

    @dataclass
    class SortRequested(Message):
        pass

    @dataclass
    class FilterCleared(Message):
        pass

    @dataclass
    class ReadToggled(Message):
        article_id: str

    @dataclass
    class Highlighted(Message):
        """The cursor is on another row: the wide layout previews it, a search shows its snippet."""

        article_id: str | None

    def __init__(self, rows: LibraryRows, *, id: str | None = None) -> None:
        super().__init__(rows, cached_lines=1024, id=id)
        self.rows: LibraryRows = rows
        self.empty_message = "The library is empty. Press i to import a file, folder or feed."
        self._source_width = SOURCE_WIDTH
        self._counts_width = 0
        self._measure_columns()

    def height_for(self, width: int) -> int:
        return 1 if width >= ONE_LINE_FROM else 2

    def rows_changed(self, keep: str | None = None) -> None:
        """The rows were sorted, filtered or changed; keep `keep` selected when still shown."""
        index = self.rows.index_of(keep) if keep else None
        self._measure_columns()
        self._strips.clear()
        self._update_virtual_size()
        self.set_reactive(LibraryList.cursor, 0)
        self.cursor = index if index is not None else 0
        self.refresh()

    def _measure_columns(self) -> None:
        """Source and counts columns only as wide as the widest entry needs."""
        # A few dozen distinct sources serve 10,000 rows: measure each once (bench_filter).
        sources = {row.stored_source for row in self.rows.visible}
        widths = (cell_len(shown_line(source)) for source in sources)
        self._source_width = min(SOURCE_WIDTH, max(widths, default=0))
        counts = (cell_len(counts_label(*c)) for c in self.rows.annotation_counts.values())
        self._counts_width = max(counts, default=0)

    def row_changed(self, article_id: str) -> None:
        """One row's read state or counts changed."""
        self._measure_columns()
        self._strips.clear()
        index = self.rows.index_of(article_id)
        if index is not None:
            self.refresh_lines(index * self.row_height, self.row_height)

    def select(self, article_id: str) -> None:
        index = self.rows.index_of(article_id)
        if index is not None:
            self.cursor = index

    def _update_virtual_size(self) -> None:
        self.set_content_height(len(self.rows.visible) * self.row_height)

    def watch_cursor(self, old: int, new: int) -> None:
        super().watch_cursor(old, new)
        selected = self.selected
        self.post_message(self.Highlighted(selected.id if selected else None))

    def on_resize(self) -> None:
        self._update_virtual_size()  # a row takes one line or two; RowList.on_resize follows

    # -- cursor -----------------------------------------------------------

    def open(self) -> None:
        if self.selected is not None:
            self.post_message(self.Opened(self.selected.id))

    def action_sort(self) -> None:
        self.post_message(self.SortRequested())

    def action_clear_filter(self) -> None:
        self.post_message(self.FilterCleared())

    def action_toggle_read(self) -> None:
        if self.selected is not None:
            self.post_message(self.ReadToggled(self.selected.id))

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "toggle_read" and self.selected is None:
            return None
        if action == "clear_filter" and not self.rows.filtered:
            return None
        return super().check_action(action, parameters)

    # -- rendering --------------------------------------------------------

    def render_row(self, row: Row, part: int, width: int, is_cursor: bool) -> Strip:
        unread = self.rows.is_unread(row.id)
        counts = counts_label(*self.rows.counts_of(row.id))
        date = short_date(row.published)  # the import date is no publication date
        tags = " ".join(f"#{shown_line(tag)}" for tag in self.rows.tags_of(row.id))
        minutes = row.minutes
        read_time = f"{minutes} min" if minutes else ""
        marker = f" {UNREAD if unread else ' '} "
        title = "title-unread" if unread else "library-list--title"
        if self.row_height == 1:
            source_width, counts_width = self._source_width, self._counts_width
            title_width = width - 3 - (source_width and source_width + 2) - DATE_WIDTH - 3
            title_width -= MINUTES_WIDTH + 2
            title_width -= counts_width and counts_width + 2
            tag_width = min(cell_len(tags), title_width // 3) if tags else 0
            pieces = [
                (marker, "library-list--unread"),
                (fit(row.title, title_width - (tag_width and tag_width + 1)), title),
                (" " + fit(tags, tag_width) if tag_width else "", "library-list--meta"),
                ("  " + fit(row.source, source_width) if source_width else "", "library-list--meta"),
                ("  " + fit(date, DATE_WIDTH), "library-list--meta"),
                ("  " + fit(read_time, MINUTES_WIDTH, right=True), "library-list--meta"),
                ("  " + fit(counts, counts_width, right=True) if counts_width else "",
                 "library-list--counts"),
            ]
        elif part == 0:
            pieces = [(marker, "library-list--unread"), (fit(row.title, width - 4), title)]
        else:
            # Short facts first: a long source name is what gets cut.
            about = " · ".join(part for part in (date, read_time, tags, row.source) if part)
            counts_width = cell_len(counts) + 1 if counts else 0
            pieces = [
                ("   " + fit(about, width - 4 - counts_width), "library-list--meta"),
                (fit(counts, counts_width, right=True), "library-list--counts"),
            ]
        styled = [(text, self._row_style(kind, is_cursor)) for text, kind in pieces]
        return self.pieces_strip(styled, width, self._row_style(None, is_cursor))

    def _row_style(self, kind: str | None, is_cursor: bool) -> Style:
        """The widget's style, a piece's own (None: padding), and the cursor's background."""
        return self.kept((kind, is_cursor), lambda: self._make_row_style(kind, is_cursor))

    def _make_row_style(self, kind: str | None, is_cursor: bool) -> Style:
        style = self.base_style
        if kind == "title-unread":
            style += self.component_style("library-list--title") + Style(bold=True)
        elif kind is not None:
            style += self.component_style(kind)
        if is_cursor:
            style += Style(bgcolor=self.component_style("library-list--cursor").bgcolor)
        return style
