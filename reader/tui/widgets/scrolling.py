"""What the line-API views share about scrolling."""

# ScrollView's sideways keys: disabled (and so left out of help) in views whose lines always fit.
NO_SIDEWAYS = frozenset({"scroll_left", "scroll_right", "page_left", "page_right"})


class RowCursor:
    """Cursor keys for a ScrollView of fixed-height rows (`rows.visible`, `row_height`).

    The host keeps `cursor` reactive (clamping it and calling `_scroll_cursor_into_view`).
    """

    cursor: int
    row_height: int

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
