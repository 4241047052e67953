"""The base of the views drawn through the line API: the article, the library and marked lists.

Its styles are kept between frames (BaseStyle), its height changes without a layout
(`set_content_height`), and its vertical scrollbar is drawn as the last column of its
own lines.

Textual's ScrollBar is a widget of its own, drawn through the whole widget pipeline: a
new row count or scroll position (every filter keystroke, bench_filter) re-rendered it for as long as
the list beside it took. Drawn here it is one cell per line. It looks the same (Textual's
ScrollBarRender lays it out); a click above or below the thumb pages, the thumb drags.
"""

from __future__ import annotations

from math import ceil

from rich.segment import Segment
from textual import events
from textual.geometry import Size
from textual.scroll_view import ScrollView
from textual.scrollbar import ScrollBarRender

from reader.tui.widgets.base_style import BaseStyle

BAR_WIDTH = 1


class LineView(BaseStyle, ScrollView):
    """A ScrollView with `scrollbar-size-vertical: 0` whose lines end with `bar_cell(y)`;
    one that leaves `DRAWS_BAR` off keeps Textual's scrollbar (set in its CSS) instead."""

    DRAWS_BAR = True

    _bar: tuple[tuple, list[Segment]] | None = None
    _grabbed: tuple[int, float] | None = None  # (screen y, scroll_y) where the drag began

    def bar_cell(self, y: int, height: int) -> Segment:
        """The scrollbar's cell on line `y` of a window `height` lines high."""
        virtual = self.virtual_size.height
        back, bar = self.kept("scrollbar", self._bar_colours)
        key = (height, virtual, self.scroll_y, back, bar)
        if self._bar is None or self._bar[0] != key:
            window = height if height < virtual else 0
            cells = ScrollBarRender.render_bar(
                size=height, virtual_size=ceil(virtual), window_size=window,
                position=self.scroll_y, back_color=back, bar_color=bar,
            )
            # Without the scroll actions Textual's bar names in its meta: the mouse is handled here.
            self._bar = key, [Segment(cell.text, cell.style and cell.style.clear_meta_and_links())
                              for cell in cells.segments]
        cells = self._bar[1]
        return cells[y] if 0 <= y < len(cells) else Segment(" " * BAR_WIDTH)

    def _bar_colours(self):
        """As Textual's ScrollBar picks them: its colour over its background over ours."""
        styles = self.styles
        background = styles.scrollbar_background
        if background.a < 1:
            background = self.background_colors[0] + background
        return background.rich_color, (background + styles.scrollbar_color).rich_color

    @property
    def bar_width(self) -> int:
        return BAR_WIDTH if self.DRAWS_BAR else 0

    def on_bar(self, x: int) -> bool:
        return self.DRAWS_BAR and x >= self.scrollable_content_region.width - BAR_WIDTH

    def _thumb(self) -> tuple[float, float]:
        """Where the thumb is on the bar: (first line, last line + 1)."""
        height = self.scrollable_content_region.height
        virtual = self.virtual_size.height
        if virtual <= height:
            return 0, height
        size = max(1, height * height / virtual)
        start = (height - size) * self.scroll_y / (virtual - height)
        return start, start + size

    def set_content_height(self, lines: int) -> None:
        """A new number of lines without laying the screen out again.

        Setting `virtual_size` does a whole layout; a view whose height is its pane's, not its
        content's, and whose scrollbar column is always there only needs new scrollbar
        proportions, a clamped scroll and a repaint (bench_filter, bench_reading).
        """
        size = Size(0, lines)
        if size == self.virtual_size:
            return
        self.set_reactive(ScrollView.virtual_size, size)
        self._scroll_update(size)
        self.refresh()

    def on_mouse_down(self, event: events.MouseDown) -> None:
        if not self.on_bar(event.x):
            return
        event.stop()
        # The screen took the press for the start of a text selection: it is not one, and
        # the text selected before (if any) stays selected, as with Textual's scrollbars.
        screen = self.screen
        selections = screen.selections
        screen.clear_selection()
        screen.selections = selections
        start, end = self._thumb()
        page = self.scrollable_content_region.height
        if event.y < int(start):
            self.scroll_to(y=self.scroll_y - page, animate=False)
        elif event.y >= ceil(end):
            self.scroll_to(y=self.scroll_y + page, animate=False)
        else:
            self._grabbed = (event.screen_y, self.scroll_y)
            self.capture_mouse()

    def on_mouse_move(self, event: events.MouseMove) -> None:
        if self._grabbed is None:
            return
        event.stop()
        grabbed_y, grabbed_scroll = self._grabbed
        height = self.scrollable_content_region.height
        lines_per_cell = self.virtual_size.height / max(1, height)
        self.scroll_to(y=grabbed_scroll + (event.screen_y - grabbed_y) * lines_per_cell,
                       animate=False)

    def on_mouse_up(self, event: events.MouseUp) -> None:
        if self._grabbed is not None:
            event.stop()
            self._grabbed = None
            self.release_mouse()
