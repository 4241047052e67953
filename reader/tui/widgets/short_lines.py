"""A Static of one or two lines that asks for a new layout only when its height changes."""

from __future__ import annotations

from textual.content import Content
from textual.widgets import Static

MAX_LINES = 2  # the max-height of the status line and the legend


class ShortLines(Static):
    """Updating a Static normally lays out the whole screen again; a status line that
    changes on every key only needs that when it grows or shrinks a line."""

    _shown: Content | None = None

    def show_content(self, content: Content) -> None:
        shown = self._shown
        # Content's == compares the text alone; a legend can change only its styles.
        if shown is not None and content.plain == shown.plain and content.spans == shown.spans:
            return  # the same again (a status refreshed twice for one change): no repaint
        self._shown = content
        width = self.content_region.width
        if not width:  # not laid out yet (or hidden): the layout will measure it
            self.update(content)
            return
        lines = min(MAX_LINES, -(-content.cell_length // width))
        self.update(content, layout=lines != self.content_region.height)
