"""The widget's own Rich styles, kept between frames."""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Any, TypeVar

from rich.style import Style
from textual.strip import Strip
from textual.widget import Widget

T = TypeVar("T")


class BaseStyle(Widget):
    """`rich_style` walks every ancestor on each call, and Textual forgets component styles
    at every refresh; line-API widgets ask for both on every line. With an opaque background
    of its own, only a change of the widget's styles (a theme, a focus or class rule, which
    all end in `notify_style_update`) can change them. Kept for bench_filter (a keystroke to
    the list painted) and bench_reading (an article opened and scrolled)."""

    _base_style: Style | None = None
    _kept: dict[Hashable, Any] | None = None

    @property
    def base_style(self) -> Style:
        if self._base_style is None:
            self._base_style = self.rich_style
        return self._base_style

    def kept(self, key: Hashable, make: Callable[[], T]) -> T:
        """What `make()` builds from this widget's styles, kept until they change."""
        if self._kept is None:
            self._kept = {}
        value = self._kept.get(key)
        if value is None:
            value = self._kept[key] = make()
        return value

    def component_style(self, name: str) -> Style:
        """`get_component_rich_style(name)`, kept until the styles change."""
        return self.kept(name, lambda: self.get_component_rich_style(name))

    def blank_line(self, width: int) -> Strip:
        """An empty line in the widget's style (one Strip for every blank line)."""
        return self.kept(("blank", width), lambda: Strip.blank(width, self.base_style))

    def notify_style_update(self) -> None:
        self._base_style = None
        self._kept = None
        super().notify_style_update()
