"""A vertical scrollbar drawn as the last column of a line-API widget's own lines.

Textual's ScrollBar is a widget of its own, drawn through the whole widget pipeline: a
new row count or scroll position (every filter keystroke) re-rendered it for as long as
the list beside it took. Drawn here it is one cell per line. It looks the same (Textual's
ScrollBarRender lays it out); a click above or below the thumb pages, the thumb drags.
"""

from __future__ import annotations

from math import ceil

from rich.segment import Segment
from textual import events
from textual.scrollbar import ScrollBarRender

BAR_WIDTH = 1


class DrawnScrollbar:
    """For ScrollViews with `scrollbar-size-vertical: 0` that draw `bar_cell(y)` last."""

    _bar: tuple[tuple, list[Segment]] | None = None
    _grabbed: tuple[int, float] | None = None  # (screen y, scroll_y) where the drag began

    def bar_cell(self, y: int, height: int) -> Segment:
        """The scrollbar's cell on line `y` of a window `height` lines high."""
        virtual = self.virtual_size.height  # type: ignore[attr-defined]
        back, bar = self.kept("scrollbar", self._bar_colours)  # type: ignore[attr-defined]
        key = (height, virtual, self.scroll_y, back, bar)  # type: ignore[attr-defined]
        if self._bar is None or self._bar[0] != key:
            window = height if height < virtual else 0
            cells = ScrollBarRender.render_bar(
                size=height, virtual_size=ceil(virtual), window_size=window,
                position=self.scroll_y, back_color=back, bar_color=bar,  # type: ignore[attr-defined]
            )
            # Without the scroll actions Textual's bar names in its meta: the mouse is handled here.
            self._bar = key, [Segment(cell.text, cell.style and cell.style.clear_meta_and_links())
                              for cell in cells.segments]
        cells = self._bar[1]
        return cells[y] if 0 <= y < len(cells) else Segment(" " * BAR_WIDTH)

    def _bar_colours(self):
        """As Textual's ScrollBar picks them: its colour over its background over ours."""
        styles = self.styles  # type: ignore[attr-defined]
        background = styles.scrollbar_background
        if background.a < 1:
            background = self.background_colors[0] + background  # type: ignore[attr-defined]
        return background.rich_color, (background + styles.scrollbar_color).rich_color

    def on_bar(self, x: int) -> bool:
        return x >= self.scrollable_content_region.width - BAR_WIDTH  # type: ignore[attr-defined]

    def _thumb(self) -> tuple[float, float]:
        """Where the thumb is on the bar: (first line, last line + 1)."""
        height = self.scrollable_content_region.height  # type: ignore[attr-defined]
        virtual = self.virtual_size.height  # type: ignore[attr-defined]
        if virtual <= height:
            return 0, height
        size = max(1, height * height / virtual)
        start = (height - size) * self.scroll_y / (virtual - height)  # type: ignore[attr-defined]
        return start, start + size

    def on_mouse_down(self, event: events.MouseDown) -> None:
        if not self.on_bar(event.x):
            return
        event.stop()
        # The screen took the press for the start of a text selection: it is not one, and
        # the text selected before (if any) stays selected, as with Textual's scrollbars.
        screen = self.screen  # type: ignore[attr-defined]
        selections = screen.selections
        screen.clear_selection()
        screen.selections = selections
        start, end = self._thumb()
        page = self.scrollable_content_region.height  # type: ignore[attr-defined]
        if event.y < int(start):
            self.scroll_to(y=self.scroll_y - page, animate=False)  # type: ignore[attr-defined]
        elif event.y >= ceil(end):
            self.scroll_to(y=self.scroll_y + page, animate=False)  # type: ignore[attr-defined]
        else:
            self._grabbed = (event.screen_y, self.scroll_y)  # type: ignore[attr-defined]
            self.capture_mouse()  # type: ignore[attr-defined]

    def on_mouse_move(self, event: events.MouseMove) -> None:
        if self._grabbed is None:
            return
        event.stop()
        grabbed_y, grabbed_scroll = self._grabbed
        height = self.scrollable_content_region.height  # type: ignore[attr-defined]
        lines_per_cell = self.virtual_size.height / max(1, height)  # type: ignore[attr-defined]
        self.scroll_to(y=grabbed_scroll + (event.screen_y - grabbed_y) * lines_per_cell,  # type: ignore[attr-defined]
                       animate=False)

    def on_mouse_up(self, event: events.MouseUp) -> None:
        if self._grabbed is not None:
            event.stop()
            self._grabbed = None
            self.release_mouse()  # type: ignore[attr-defined]
