"""The reading screen's side panels (entities, notes): one at a time, in the list's place.

Which one shows is a class on the panes ("-entities" or "-notes"), so the change restyles
the panes only; closing one gives the focus back to the article.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from reader.tui.screens.reading import ReadingScreen
    from reader.tui.widgets.side_panel import SidePanel

SHOWN = ("-entities", "-notes")


def toggle_panel(screen: ReadingScreen, panel: SidePanel, shown: str, fill: Callable[[], None]) -> None:
    """Open `panel` (filled by `fill`) in place of the other one, or close it when it is open."""
    if screen.panes.has_class(shown):
        close_panel(screen, shown)
        return
    screen.first_use(panel)
    screen.panes.remove_class(*SHOWN)
    screen.panes.add_class(shown)
    fill()
    screen.set_focus(panel)


def close_panel(screen: ReadingScreen, shown: str) -> None:
    screen.panes.remove_class(shown)
    screen.set_focus(screen.article_view)
