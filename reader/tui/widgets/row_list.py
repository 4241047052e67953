"""A list of fixed-height rows drawn through the line API: the library list and the marked list.

The base owns what both lists need: the cursor (clamped, kept in view, paged), the cache of
rendered lines (cleared by focus, theme and size changes), the scrollbar, the mouse and the
empty message. A list says how one row looks (`render_row`) and what enter does (`open`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Generic, Protocol, TypeVar

from rich.cells import cell_len
from rich.segment import Segment
from rich.style import Style
from textual import events
from textual.cache import LRUCache
from textual.geometry import Size
from textual.reactive import reactive
from textual.strip import Strip

from reader.text import fit
from reader.tui.widgets.line_view import LineView
from reader.tui.widgets.scrolling import NO_SIDEWAYS

T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)


class Rows(Protocol[T_co]):
    """What a list shows: the rows the filter lets through."""

    @property
    def visible(self) -> Sequence[T_co]: ...


class RowList(LineView, Generic[T], can_focus=True):
    """Every visible row of `rows`, `row_height` lines each; costs per row on screen."""

    ROW_HEIGHT = 1
    EMPTY_STYLE = ""  # the component class of the empty message

    cursor: reactive[int] = reactive(0, always_update=True, init=False, repaint=False)

    def __init__(self, rows: Rows[T], *, cached_lines: int, id: str | None = None) -> None:
        super().__init__(id=id)
        self.rows = rows
        self.empty_message = ""
        self._strips: LRUCache[tuple, Strip] = LRUCache(cached_lines)
        self._geometry_of: tuple[Size, bool] | None = None
        self._line_geometry = (0, self.ROW_HEIGHT, 0)

    # -- what a list says about its rows

    def height_for(self, width: int) -> int:
        """Lines per row in a list `width` cells wide."""
        return self.ROW_HEIGHT

    def render_row(self, row: T, part: int, width: int, is_cursor: bool) -> Strip:
        """Line `part` of `row`, exactly `width` cells."""
        raise NotImplementedError

    def open(self) -> None:
        """Enter, or a double click, on the selected row."""
        raise NotImplementedError

    # -- geometry

    @property
    def row_height(self) -> int:
        return self._geometry()[1]

    def _geometry(self) -> tuple[int, int, int]:
        """(row width, row height, window height). Regions are looked up through the screen
        on each call, and every line asks: only a new size (or scrollbar) can change them
        (bench_filter, a keystroke to the list painted)."""
        key = (self.outer_size, self.show_vertical_scrollbar)
        if self._geometry_of != key:
            self._geometry_of = key
            region = self.scrollable_content_region
            self._line_geometry = (region.width - self.bar_width, self.height_for(self.size.width),
                                   region.height)
        return self._line_geometry

    @property
    def selected(self) -> T | None:
        visible = self.rows.visible
        return visible[self.cursor] if 0 <= self.cursor < len(visible) else None

    def lines_changed(self) -> None:
        """The rendered lines are stale (rows, styles or counts changed)."""
        self._strips.clear()
        self.refresh()

    # -- cursor

    def validate_cursor(self, cursor: int) -> int:
        return max(0, min(cursor, len(self.rows.visible) - 1))

    def watch_cursor(self, old: int, new: int) -> None:
        height = self.row_height
        self.refresh_lines(old * height, height)
        self.refresh_lines(new * height, height)
        self._scroll_cursor_into_view()

    def _scroll_cursor_into_view(self) -> None:
        height = self.row_height
        top = self.cursor * height
        viewport = self.scrollable_content_region.height
        if top < self.scroll_y:
            self.scroll_to(y=top, animate=False, immediate=True)
        elif top + height > self.scroll_y + viewport:
            self.scroll_to(y=top + height - viewport, animate=False, immediate=True)

    def _page(self) -> int:
        return max(1, self.scrollable_content_region.height // self.row_height - 1)

    def action_cursor_down(self) -> None:
        self.cursor += 1

    def action_cursor_up(self) -> None:
        self.cursor -= 1

    def action_first(self) -> None:
        self.cursor = 0

    def action_last(self) -> None:
        self.cursor = len(self.rows.visible) - 1

    def action_page_down(self) -> None:
        self.cursor += self._page()

    def action_page_up(self) -> None:
        self.cursor -= self._page()

    def action_open(self) -> None:
        if self.selected is not None:
            self.open()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in NO_SIDEWAYS:
            return False  # lines always fit: sideways scrolling keys do nothing here
        return True

    # -- events

    def on_mount(self) -> None:
        self.app.theme_changed_signal.subscribe(self, lambda _theme: self.lines_changed())

    def on_focus(self) -> None:
        self.lines_changed()

    def on_blur(self) -> None:
        self.lines_changed()

    def on_resize(self) -> None:
        self._strips.clear()
        self._scroll_cursor_into_view()

    def on_click(self, event: events.Click) -> None:
        if self.on_bar(event.x):
            return
        index = int(event.y + self.scroll_y) // self.row_height
        if 0 <= index < len(self.rows.visible):
            self.cursor = index
            if event.chain >= 2:
                self.action_open()

    # -- rendering

    def render_line(self, y: int) -> Strip:
        width, _row_height, height = self._geometry()
        strip = self._render_line(y, width)
        if not self.DRAWS_BAR:
            return strip
        return Strip([*strip, self.bar_cell(y, height)], width + self.bar_width)

    def _render_line(self, y: int, width: int) -> Strip:
        line = y + int(self.scroll_y)
        visible = self.rows.visible
        if not visible:
            text = self.empty_message if line == 1 else ""
            style = self.component_style(self.EMPTY_STYLE)
            return Strip([Segment(fit("  " + text, width), style)], width).apply_style(self.base_style)
        index, part = divmod(line, self.row_height)
        if index >= len(visible):
            return self.blank_line(width)
        is_cursor = index == self.cursor
        key = (index, part, width, is_cursor)
        strip = self._strips.get(key)
        if strip is None:
            strip = self._strips[key] = self.render_row(visible[index], part, width, is_cursor)
        return strip

    def pieces_strip(self, pieces: list[tuple[str, Style]], width: int, padding: Style) -> Strip:
        """One Strip of exactly `width` cells from (text, style) pieces, padded in `padding`."""
        segments = [Segment(text, style) for text, style in pieces if text]
        used = sum(cell_len(text) for text, _style in pieces)
        if used < width:
            segments.append(Segment(" " * (width - used), padding))
        return Strip(segments, max(used, width)).crop(0, width)
