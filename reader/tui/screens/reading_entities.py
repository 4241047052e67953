"""The entity panel of the reading screen: opened, filled, and corrections written.

The screen routes the panel's messages and keys here; a correction is a write
(reader.tui.writes) whose `Written` the screen hands back to `corrected`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reader.store import LibraryError
from reader.tui.library_rows import EntityFilter
from reader.tui.screens.reading_panels import close_panel, toggle_panel
from reader.tui.writes import CorrectEntity, UndoCorrection

if TYPE_CHECKING:
    from reader.corrections import Correction
    from reader.tui.screens.reading import ReadingScreen
    from reader.tui.widgets.entity_panel import ArticleEntity, EntityPanel


class ArticleEntities:
    def __init__(self, screen: ReadingScreen) -> None:
        self.screen = screen

    def toggle(self) -> None:
        toggle_panel(self.screen, self.screen.entity_panel, "-entities", self.fill)

    def close(self) -> None:
        close_panel(self.screen, "-entities")

    def refill_if_open(self) -> None:
        """The article or the theme changed: the open panel follows."""
        if self.screen.panes.has_class("-entities") and self.screen.shown_article is not None:
            self.fill()

    def fill(self) -> None:
        screen = self.screen
        article = screen.article_view.article
        if article is not None:
            library = screen.library

            def elsewhere(name: str) -> int:
                try:
                    return len(library.articles_mentioning(name) - {article.id})
                except LibraryError:
                    return 0  # the panel then says nothing about other articles

            dark = screen.app.current_theme.dark
            screen.entity_panel.show(article, dark, screen.reader_app.settings.entity_colors, elsewhere)

    def filter_library(self, entity: ArticleEntity) -> None:
        """Show every article in the library that mentions `entity`."""
        screen = self.screen
        ids = frozenset(screen.library.articles_mentioning(entity.name))
        screen.rows.set_entity(EntityFilter(entity.name, entity.label, ids))
        screen.leave_article()
        screen.panes.remove_class("-entities", "-notes")
        screen.set_reading(False)
        current = screen.article_view.article
        screen.refresh_library(keep=current.id if current else None)
        screen.set_focus(screen.library_list)

    def correct(self, event: EntityPanel.CorrectionRequested) -> None:
        article = self.screen.shown_article
        if article is not None:
            self.screen.submit(CorrectEntity(article.id, event.action, event.name, event.value, event.everywhere))

    def undo_correction(self) -> None:
        screen = self.screen
        article = screen.shown_article
        if article is None:
            return
        mine = [c for c in screen.library.corrections() if c.article_id in (None, article.id)]
        if not mine:
            screen.notify("No correction to undo in this article.", markup=False)
            return
        screen.submit(UndoCorrection(mine[-1].id))

    def corrected(self, correction: Correction, undone: bool) -> None:
        """Show the article as corrected (same passage), and the index that now counts it."""
        screen = self.screen
        view = screen.article_view
        if view.article is None:
            return
        try:
            article = screen.library.article(view.article.id)
        except LibraryError as error:
            screen.notify(str(error), title="Cannot open the article", severity="error", markup=False)
            return
        view.show(article, view.paragraph_position, view.bookmarks, view.notes)
        self.refill_if_open()
        title = "Correction undone" if undone else "Entities corrected"
        screen.notify(correction.describe(), title=title, markup=False)
