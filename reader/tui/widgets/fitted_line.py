"""A line that never wraps: the longest of its forms that fits the width is shown."""

from __future__ import annotations

from textual.content import Content
from textual.widgets import Static


class FittedLine(Static):
    """One line, given from its longest form to its shortest; the shortest is cut with an
    ellipsis when even it is too wide. Its height never changes, so showing a new form
    never lays out the screen again (a status line changes on every key)."""

    DEFAULT_CSS = """
    FittedLine {
        height: 1;
    }
    """

    _forms: tuple[Content, ...] = ()
    _shown: Content | None = None

    def show_forms(self, *forms: Content) -> None:
        self._forms = forms
        self._fit()

    def on_resize(self) -> None:
        self._fit()

    def _fit(self) -> None:
        if not self._forms:
            return
        width = self.content_region.width
        if not width:  # not laid out yet: the resize that follows fits it
            content = self._forms[0]
        else:
            fitting = (form for form in self._forms if form.cell_length <= width)
            content = next(fitting, None) or self._forms[-1].truncate(width, ellipsis=True)
        shown = self._shown
        # Content's == compares the text alone; a legend can change only its styles.
        if shown is not None and content.plain == shown.plain and content.spans == shown.spans:
            return  # the same again (a status refreshed twice for one change): no repaint
        self._shown = content
        self.update(content, layout=False)
