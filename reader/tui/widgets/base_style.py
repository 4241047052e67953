"""The widget's own Rich style, kept between frames."""

from __future__ import annotations

from rich.style import Style
from textual.widget import Widget


class BaseStyle(Widget):
    """`rich_style` walks every ancestor on each call, and line-API widgets ask for it on
    every line; with an opaque background of its own, only a change of the widget's own
    styles (a theme, a focus rule) can change it."""

    _base_style: Style | None = None

    @property
    def base_style(self) -> Style:
        if self._base_style is None:
            self._base_style = self.rich_style
        return self._base_style

    def notify_style_update(self) -> None:
        self._base_style = None
        super().notify_style_update()
