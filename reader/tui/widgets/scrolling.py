"""What the line-API views share about scrolling."""

from textual.geometry import Size
from textual.scroll_view import ScrollView

# ScrollView's sideways keys: disabled (and so left out of help) in views whose lines always fit.
NO_SIDEWAYS = frozenset({"scroll_left", "scroll_right", "page_left", "page_right"})


def set_content_height(view: ScrollView, lines: int) -> None:
    """A new number of lines without laying the screen out again.

    Setting `virtual_size` does a whole layout; a view whose height is its pane's, not its
    content's, and whose scrollbar column is always there only needs new scrollbar
    proportions, a clamped scroll and a repaint.
    """
    size = Size(0, lines)
    if size == view.virtual_size:
        return
    view.set_reactive(ScrollView.virtual_size, size)
    view._scroll_update(size)
    view.refresh()


class RowCursor:
    """The cursor of a ScrollView of fixed-height rows (`rows.visible`, `row_height`), and
    the cache of rendered lines (`_strips`) that focus and theme changes invalidate.

    The host declares `cursor` reactive; this clamps it and follows it.
    """

    cursor: int
    row_height: int

    def validate_cursor(self, cursor: int) -> int:
        return max(0, min(cursor, len(self.rows.visible) - 1))  # type: ignore[attr-defined]

    def watch_cursor(self, old: int, new: int) -> None:
        height = self.row_height
        self.refresh_lines(old * height, height)  # type: ignore[attr-defined]
        self.refresh_lines(new * height, height)  # type: ignore[attr-defined]
        self._scroll_cursor_into_view()

    def on_focus(self) -> None:
        self._restyle()

    def on_blur(self) -> None:
        self._restyle()

    def _restyle(self) -> None:
        self._strips.clear()  # type: ignore[attr-defined]
        self.refresh()  # type: ignore[attr-defined]

    def _follow_theme(self) -> None:
        self.app.theme_changed_signal.subscribe(self, lambda _theme: self._restyle())  # type: ignore[attr-defined]

    def _scroll_cursor_into_view(self) -> None:
        height = self.row_height
        top = self.cursor * height
        viewport = self.scrollable_content_region.height  # type: ignore[attr-defined]
        if top < self.scroll_y:  # type: ignore[attr-defined]
            self.scroll_to(y=top, animate=False, immediate=True)  # type: ignore[attr-defined]
        elif top + height > self.scroll_y + viewport:  # type: ignore[attr-defined]
            self.scroll_to(y=top + height - viewport, animate=False, immediate=True)  # type: ignore[attr-defined]

    def _page(self) -> int:
        return max(1, self.scrollable_content_region.height // self.row_height - 1)  # type: ignore[attr-defined]

    def action_cursor_down(self) -> None:
        self.cursor += 1

    def action_cursor_up(self) -> None:
        self.cursor -= 1

    def action_first(self) -> None:
        self.cursor = 0

    def action_last(self) -> None:
        self.cursor = len(self.rows.visible) - 1  # type: ignore[attr-defined]

    def action_page_down(self) -> None:
        self.cursor += self._page()

    def action_page_up(self) -> None:
        self.cursor -= self._page()
