"""The article side of the reading screen: legend, article, status line and find box.

The pane owns what only the article side needs: which entity types are coloured, the
status line that follows the cursor, the find box. Its parts are built after the first
paint (`fill`), so their modules cost start-up nothing (bench_startup).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.containers import Vertical

from reader.tui.formatting import reading_minutes
from reader.tui.highlight import ENTITY_TYPES

if TYPE_CHECKING:
    from textual.widgets import Input

    from reader.model import Article
    from reader.tui.widgets.article_status import ArticleStatus
    from reader.tui.widgets.article_view import ArticleView
    from reader.tui.widgets.entity_legend import EntityLegend
    from reader.tui.widgets.search_input import SearchInput


class ArticlePane(Vertical):
    """`view` shows the article; `status` says where the cursor is; `find_input` finds."""

    view: ArticleView
    legend: EntityLegend
    status: ArticleStatus
    find_input: SearchInput

    def __init__(self, hidden_types: frozenset[str], colours: dict[str, str], *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.hidden_types = hidden_types
        self.colours = colours
        self.ready = False

    def fill(self) -> None:
        """Build and mount the parts (right after the first paint)."""
        from reader.tui.widgets.article_status import ArticleStatus
        from reader.tui.widgets.article_view import ArticleView
        from reader.tui.widgets.entity_legend import EntityLegend
        from reader.tui.widgets.search_input import SearchInput

        self.view = ArticleView(id="article")
        self.legend = EntityLegend(id="legend")
        self.status = ArticleStatus(id="article-status")
        # Not awaited: the widgets join the DOM at once, and nothing can come in between.
        self.mount_all([self.legend, self.view, self.status])
        # Mounted when first asked for: every widget costs each frame something, shown or not.
        self.find_input = SearchInput(placeholder="Find in this article", id="find")
        self.ready = True
        self._follow_theme()
        self._apply_types()

    def on_mount(self) -> None:
        self._follow_theme()

    def _follow_theme(self) -> None:
        # A key typed within the first frame fills the pane before it runs, and only a running widget can subscribe.
        if self.ready and self.is_running:
            self.app.theme_changed_signal.subscribe(self, lambda _theme: self._show_legend())

    @property
    def article(self) -> Article | None:
        return self.view.article if self.ready else None

    # -- entity colours

    def toggle_type(self, key: str) -> None:
        self.hidden_types = self.hidden_types ^ {key}
        self._apply_types()

    def toggle_all_types(self) -> None:
        everything = frozenset(kind.key for kind in ENTITY_TYPES)
        self.hidden_types = frozenset() if self.hidden_types else everything
        self._apply_types()

    def _apply_types(self) -> None:
        if self.ready:
            self.view.set_style_options(self.hidden_types, self.colours)
            self._show_legend()

    def _show_legend(self) -> None:
        self.legend.show(self.hidden_types, self.app.current_theme.dark, self.colours)

    # -- what escape and ] [ do in the article

    def clear_last(self) -> bool:
        """Clear the find, else the selected entity; False when neither was shown."""
        if self.view.find_query:
            self.view.set_find("")
        elif self.view.selected_entity:
            self.view.select_entity(None)
        else:
            return False
        return True

    def jump_to_mention(self, direction: int) -> None:
        if not self.view.selected_entity:
            self.notify("Press e and highlight an entity first.", timeout=3)
        elif message := self.view.jump_to_mention(direction):
            self.notify(message, timeout=3)

    # -- the status line

    def on_article_page_changed(self) -> None:
        self.show_status()

    def show_status(self) -> None:
        view = self.view
        if view.article is None:
            return
        find = None
        if view.find_query:
            find = (view.find_query, view.current_match, len(view.matches))
        entity = None
        if view.selected_entity:
            entity = (view.selected_entity, view.mention_index(), len(view.mentions()))
        sentence = None
        if view.sentence_mode:
            sentence = (view.sentence, len(view.sentence_spans(view.cursor)))
        self.status.show(view.cursor, view.passage_count, find, entity, sentence,
                         view.marks_under_cursor(), reading_minutes(view.words_from_cursor()))

    # -- the find box

    def open_find(self) -> SearchInput:
        """Show the find box with the find shown now; the caller gives it the focus."""
        if not self.find_input.is_attached:
            self.mount(self.find_input, after=self.view)
        self.add_class("-finding")
        self.find_input.value = self.view.find_query
        return self.find_input

    def close_find(self, keep: bool) -> None:
        """Hide the find box, keeping its matches (enter) or dropping them (escape)."""
        self.remove_class("-finding")
        if not keep:
            self.view.set_find("")

    def on_input_changed(self, event: Input.Changed) -> None:
        if event.input is self.find_input:
            event.stop()
            self.view.set_find(event.value)
