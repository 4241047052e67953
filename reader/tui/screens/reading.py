"""The reading screen: library list and article side by side (one at a time when narrow).

Made of widgets that own their state and post Messages: LibraryPane (filter, snippet,
LibraryList), ArticlePane (legend, ArticleView, status, find), EntityPanel, NotesPanel,
ImportStatus. The screen routes their Messages and owns the Library; what a concern does
with them sits in a helper beside it (reading_search, reading_marks, reading_entities,
filing). Writes go through `submit` and come back as `Written` to `on_written`.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, cast

from textual import work
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.screen import Screen

from reader.model import Article
from reader.store import Library, LibraryError
from reader.tui.library_rows import SORT_ORDERS, FirstRows, LibraryRows, Listing
from reader.tui.screens.reading_keys import READING_BINDINGS, key_allowed
from reader.tui.widgets.article_pane import ArticlePane
from reader.tui.widgets.key_hints import KeyHints
from reader.tui.widgets.library_header import LibraryHeader
from reader.tui.widgets.library_list import LibraryList
from reader.tui.widgets.library_pane import LibraryPane

if TYPE_CHECKING:  # the article side, and what the keys do, are imported after the first paint
    from textual.widget import Widget

    from reader.tui.app import ReaderApp
    from reader.tui.feeds import FeedActions
    from reader.tui.filing import ArticleFiling
    from reader.tui.screens.reading_entities import ArticleEntities
    from reader.tui.screens.reading_marks import ArticleMarks
    from reader.tui.screens.reading_search import LibrarySearch
    from reader.tui.widgets.article_view import ArticleView
    from reader.tui.widgets.entity_panel import EntityPanel
    from reader.tui.widgets.feed_list import FeedList
    from reader.tui.widgets.import_status import ImportStatus
    from reader.tui.widgets.notes_panel import NotesPanel
    from reader.tui.writer import NotWritten, Written
    from reader.tui.writes import Write

# Below this many columns the list and the article take turns.
NARROW_BELOW = 100


class ReadingScreen(Screen[None]):
    """Owns the rows and the open article; widgets ask, the screen decides.

    Focus moves with `set_focus` (at once), not `widget.focus()` (later), and the keys that
    move it are screen actions: keys typed right after then land in the new pane.
    """

    BINDING_GROUP_TITLE = "Reading"

    BINDINGS = READING_BINDINGS

    # Made by mount_article_side, right after the first paint.
    entity_panel: EntityPanel
    import_status: ImportStatus
    notes_panel: NotesPanel

    def __init__(self, library: Library, first_rows: FirstRows | None = None) -> None:
        super().__init__()
        self.library = library
        head, states, counts = first_rows or FirstRows.read(library)
        # A big library starts with its newest rows; the rest come after the first paint.
        expected = head.count if head.count > len(head.newest) else None
        self.rows = LibraryRows(head.newest, states, counts, expected_total=expected,
                                find=lambda query: self.search.matching_ids(query))
        self.library_pane = LibraryPane(self.rows, id="library-pane")
        self.library_list = self.library_pane.list
        # What is shown (-reading, -entities, -notes) is a class of the panes, not of the
        # screen: changing it then restyles the panes and leaves the footer alone.
        self.panes = Horizontal(id="panes")
        # The article side (and the modules behind it) come right after the first paint.
        self.article_side_ready = False
        self.showing_article = False  # the article rather than the list is in front

    # What the keys do, each concern in a helper beside the screen. Made when first used (the
    # article side uses them right after the first paint): the first frame imports none of them,
    # nor the writes and the query language behind them (benchmarks/bench_startup.py).

    @cached_property
    def marks(self) -> ArticleMarks:
        from reader.tui.screens.reading_marks import ArticleMarks

        return ArticleMarks(self)

    @cached_property
    def entities(self) -> ArticleEntities:
        from reader.tui.screens.reading_entities import ArticleEntities

        return ArticleEntities(self)

    @cached_property
    def search(self) -> LibrarySearch:
        from reader.tui.screens.reading_search import LibrarySearch

        return LibrarySearch(self)

    @cached_property
    def filing(self) -> ArticleFiling:
        from reader.tui.filing import ArticleFiling

        return ArticleFiling(self)

    @cached_property
    def feed_actions(self) -> FeedActions:
        from reader.tui.feeds import FeedActions

        return FeedActions(self)

    @property
    def reader_app(self) -> ReaderApp:
        return cast("ReaderApp", self.app)

    def submit(self, write: Write) -> None:
        """Write in the background; `Written` comes back here once it is on disk."""
        self.reader_app.writes.submit(write, reply_to=self)

    def on_written(self, event: Written) -> None:
        from reader.tui.writes import CorrectEntity, Filing, Saved, SetFeedOptions, UndoCorrection  # loaded with the write

        write = event.write
        if isinstance(write, Filing):
            self.filing.filed(event.result, write.said)
        elif isinstance(write, SetFeedOptions):
            self.feed_actions.options_set(event.result)
        elif isinstance(write, (CorrectEntity, UndoCorrection)):
            self.entities.corrected(event.result, undone=isinstance(write, UndoCorrection))
        elif isinstance(event.result, Saved):
            self.marks.written(event)

    def on_not_written(self, event: NotWritten) -> None:
        self.marks.not_written(event)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        return key_allowed(self, action)

    # -- layout -------------------------------------------------------------

    def compose(self) -> ComposeResult:
        # Only what the first frame shows; the article side is mounted right after it.
        yield LibraryHeader(id="header")
        with self.panes:
            yield self.library_pane
            settings = self.reader_app.settings
            self.article_pane = ArticlePane(frozenset(settings.hidden_entity_types), settings.entity_colors,
                                            id="article-pane")
            yield self.article_pane
        yield KeyHints()

    def mount_article_side(self) -> None:
        if self.article_side_ready or not self.is_attached:
            return  # already there (a key asked for it first), or the app quit at once
        # Imported after the first paint, not before it (benchmarks/bench_startup.py).
        from reader.tui.widgets.entity_panel import EntityPanel
        from reader.tui.widgets.import_status import ImportStatus
        from reader.tui.widgets.notes_panel import NotesPanel

        self.article_pane.fill()
        self.library_pane.fill(self.search.typed)
        # Hidden until asked for: mounted on first use (every widget costs each frame and
        # each style update something, shown or not).
        self.entity_panel = EntityPanel(id="entities")
        self.notes_panel = NotesPanel(id="notes")
        self.import_status = ImportStatus(id="import-status")
        self._mount_on_first_use = {
            self.entity_panel: lambda: self.panes.mount(self.entity_panel),
            self.notes_panel: lambda: self.panes.mount(self.notes_panel),
            self.import_status: lambda: self.mount(self.import_status, after=self.query_one(KeyHints)),
        }
        self.article_side_ready = True
        self.feed_actions.start()
        self._resume_view()
        if not self.rows.complete:
            self.load_all_rows()

    def panes_with_keys(self) -> list[Widget]:
        """The widgets that take the focus in turn, each with keys of its own (the palette lists them)."""
        panes = [self.library_list, self.article_view, self.entity_panel, self.notes_panel]
        return [*panes, *self.feed_actions.panes()]

    def view_state(self) -> dict[str, str | None]:
        """What to bring back at the next start: the sort order and the selected article."""
        selected = self.library_list.selected
        return {"sort": self.rows.sort_order, "article": selected.id if selected else None}

    def _resume_view(self) -> None:
        """The list cursor back on the article selected at quit, unless a key moved it already."""
        article_id = self.reader_app.view.get("article")
        untouched = self.library_list.cursor == 0 and self.shown_article is None
        if article_id and untouched and self.rows.index_of(article_id) is not None:
            self.library_list.select(article_id)

    def first_use(self, widget: Widget) -> None:
        """Mount `widget` (a panel, an input, the import status) if it is not yet."""
        mount = self._mount_on_first_use.pop(widget, None)
        if mount is not None:
            mount()

    @property
    def article_view(self) -> ArticleView:
        return self.article_pane.view

    @property
    def shown_article(self) -> Article | None:
        return self.article_pane.article

    @property
    def narrow(self) -> bool:
        return self.has_class("-narrow")

    def on_mount(self) -> None:
        if self.reader_app.view.get("sort") in SORT_ORDERS:
            self.rows.set_sort_order(self.reader_app.view["sort"])
        self.query_one(LibraryHeader).show(self.rows)
        self.set_focus(self.library_list)
        self.app.theme_changed_signal.subscribe(self, lambda _theme: self.entities.refill_if_open())
        self.call_after_refresh(self.mount_article_side)

    def on_unmount(self) -> None:
        if "search" in vars(self):  # made only once the filter was used
            self.search.close()

    def on_resize(self) -> None:
        self.set_class(self.size.width < NARROW_BELOW, "-narrow")
        self.set_reading(self.showing_article)

    def set_reading(self, reading: bool) -> None:
        """The article instead of the list: only narrow terminals show the difference."""
        self.showing_article = reading
        self.panes.set_class(reading and self.narrow, "-reading")

    def refresh_library(self, keep: str | None = None) -> None:
        selected = self.library_list.selected
        self.library_pane.rows_changed(keep or (selected.id if selected else None))
        self.query_one(LibraryHeader).show(self.rows)

    # -- the rest of the rows, loaded after the first paint

    @work(thread=True, exclusive=True, group="all-rows")
    def load_all_rows(self) -> None:
        # Rows made and sorted here: keys typed meanwhile are not held up (bench_filter).
        listing = Listing.read(self.library)
        listing.ids_in(self.rows.sort_order)  # the order shown, and its ids for the filter
        self.app.call_from_thread(self._all_rows_loaded, listing)

    def _all_rows_loaded(self, listing: Listing) -> None:
        if self.rows.complete:
            return  # an import finished first and brought newer rows
        selected = self.library_list.selected
        self.rows.complete_with(listing)
        self.refresh_library(keep=selected.id if selected else None)

    # -- library list -----------------------------------------------------

    def on_library_list_highlighted(self, event: LibraryList.Highlighted) -> None:
        self._preview(event.article_id)
        self.search.show_snippet(event.article_id)

    def on_library_list_opened(self, event: LibraryList.Opened) -> None:
        self.open_article(event.article_id)

    def open_article(self, article_id: str) -> None:
        self.mount_article_side()  # enter pressed within the first frame
        if not self._show_article(article_id):
            return
        self.library_list.select(article_id)
        if self.rows.is_unread(article_id):
            self.filing.set_read(article_id, True)
        self.entities.refill_if_open()
        if self.panes.has_class("-notes"):
            self.notes_panel.show(self.article_view.notes)
        # A class only where it matters: a class on a container restyles everything
        # inside it, which the first open paid for in full.
        self.set_reading(True)
        self.set_focus(self.article_view)
        self.article_pane.show_status()  # now, so the status is in the article's first frame

    def _preview(self, article_id: str | None) -> None:
        """Wide layout, list in front: the article under the cursor shows beside it (not read)."""
        if self.showing_article or self.narrow or article_id is None:
            return
        self.mount_article_side()  # j pressed within the first frame
        shown = self.shown_article
        if shown is not None and shown.id == article_id:
            self.search.find_words()  # the same article; the query may be new
            return
        if self._show_article(article_id):
            self.article_pane.show_status()

    def _show_article(self, article_id: str) -> bool:
        """Put an article in the article view, where the reader left it; False if unreadable."""
        self.leave_article()
        try:
            article = self.library.article(article_id)
        except LibraryError as error:
            self.notify(str(error), title="Cannot open the article", severity="error", markup=False)
            return False
        try:  # read afresh: another reader (`reader note` in a shell) may have written since
            bookmarks, notes = self.library.bookmarks(article_id), self.library.notes(article_id)
        except LibraryError as error:
            self.notify(str(error), title="Cannot read the notes", severity="error", markup=False)
            bookmarks, notes = [], []
        self.article_view.show(article, self.rows.position_of(article_id), bookmarks, notes,
                               self.rows.tags_of(article_id))
        self.search.find_words()
        if self.rows.counts_of(article_id) != (len(bookmarks), len(notes)):
            self.marks.counted(article_id, (len(bookmarks), len(notes)))
        return True

    def leave_article(self) -> None:
        """Remember where the reader was in the open article (only if it moved)."""
        if self.shown_article is None:
            return
        view = self.article_view
        article_id, position = view.article.id, view.paragraph_position
        if position != self.rows.position_of(article_id):
            from reader.tui.writes import RememberPosition  # not needed before an article is open

            self.rows.set_position(article_id, position)
            self.submit(RememberPosition(article_id, position))

    def on_library_list_read_toggled(self, event: LibraryList.ReadToggled) -> None:
        self.filing.toggle_read(event.article_id)

    def on_article_view_read_toggled(self, event: ArticleView.ReadToggled) -> None:
        self.filing.toggle_read(event.article_id)

    def on_library_list_sort_requested(self) -> None:
        selected = self.library_list.selected  # before sorting: the same article, not the same row
        self.rows.next_sort_order()
        self.refresh_library(keep=selected.id if selected else None)

    def action_step_article(self, direction: int) -> None:
        """The next or previous article of the list, opened where the reader left it."""
        article = self.shown_article
        step = self.rows.neighbour(article.id if article else None, direction)
        if step is None:
            self.notify("This is the last article of the list." if direction > 0
                        else "This is the first article of the list.", timeout=3)
        else:
            self.open_article(step)

    def action_next_unread(self) -> None:
        """The first unread article after the open (or selected) one, going round the list."""
        current = self.shown_article if self.showing_article else self.library_list.selected
        unread = self.rows.next_unread(current.id if current is not None else None)
        if unread is None:
            self.notify("No unread article left in this list.", timeout=3)
        else:
            self.open_article(unread)

    def action_filing(self, what: str) -> None:
        getattr(self.filing, what)()

    def action_mark_all_read(self) -> None:
        self.filing.mark_all_read()

    def action_open_selected(self) -> None:
        selected = self.library_list.selected
        if selected is not None:
            self.open_article(selected.id)

    def action_filter(self) -> None:
        self.search.open()

    def show_search(self, query: str) -> None:
        self.search.show(query)

    def action_save_search(self) -> None:
        self.search.ask_to_save()

    def on_library_list_filter_cleared(self) -> None:
        self.search.clear()

    def action_query_done(self) -> None:
        """Enter in the filter or the find box: keep the query, go back to reading."""
        if self.focused is self.library_pane.filter_input:
            self.library_pane.close_filter(clear=False)
            self.set_focus(self.library_list)
        else:
            self.article_pane.close_find(keep=True)
            self.set_focus(self.article_view)
            if message := self.article_view.next_match(+1):
                self.notify(message, timeout=3, markup=False)

    def action_query_cancelled(self) -> None:
        """Escape in the filter or the find box: drop the query."""
        if self.focused is self.library_pane.filter_input:
            self.search.clear()
            self.set_focus(self.library_list)
        else:
            self.article_pane.close_find(keep=False)
            self.set_focus(self.article_view)

    # -- article --------------------------------------------------------------

    def action_back(self) -> None:
        self.leave_article()
        self.set_reading(False)
        if self.article_view.article is not None:
            self.library_list.select(self.article_view.article.id)
        self.set_focus(self.library_list)

    def action_article_escape(self) -> None:
        """Escape in the article undoes the last thing shown: the find, the entity, the article."""
        if not self.article_pane.clear_last():
            self.action_back()

    def action_find(self) -> None:
        self.set_focus(self.article_pane.open_find())

    def on_article_view_url_requested(self, event: ArticleView.UrlRequested) -> None:
        from reader.tui.browser import open_url  # webbrowser is not loaded at start-up (bench_startup)

        open_url(self, event.url)

    def action_mention(self, direction: int) -> None:
        self.article_pane.jump_to_mention(direction)

    def action_toggle_type(self, key: str) -> None:
        self.article_pane.toggle_type(key)

    def action_toggle_all_types(self) -> None:
        self.article_pane.toggle_all_types()

    # -- bookmarks and notes (ArticleMarks) ---------------------------------------

    def on_article_view_bookmark_requested(self, event: ArticleView.BookmarkRequested) -> None:
        self.marks.bookmark(event.target)

    def on_article_view_note_requested(self, event: ArticleView.NoteRequested) -> None:
        self.marks.new_note(event.article_id, event.target)
        event.answered()

    def on_notes_panel_edit_requested(self, event: NotesPanel.EditRequested) -> None:
        self.marks.edit_note(event.note)
        event.answered()

    def on_notes_panel_delete_requested(self, event: NotesPanel.DeleteRequested) -> None:
        self.marks.delete_note(event.note)

    def on_notes_panel_highlighted(self, event: NotesPanel.Highlighted) -> None:
        self.marks.note_highlighted(event.note)

    def action_toggle_notes_panel(self) -> None:
        self.marks.toggle_panel()

    def action_close_notes_panel(self) -> None:
        self.marks.close_panel()

    def action_undo(self) -> None:
        self.marks.undo()

    def action_marked(self) -> None:
        self.marks.show_marked()

    def action_export_markdown(self) -> None:
        self.marks.ask_export()

    # -- entity panel ---------------------------------------------------------

    def action_toggle_entities(self) -> None:
        self.entities.toggle()

    def on_entity_panel_correction_requested(self, event: EntityPanel.CorrectionRequested) -> None:
        self.entities.correct(event)

    def action_undo_correction(self) -> None:
        self.entities.undo_correction()

    def action_close_entities(self) -> None:
        self.entities.close()

    def on_entity_panel_highlighted(self, event: EntityPanel.Highlighted) -> None:
        self.article_view.select_entity(event.entity.name if event.entity else None)

    def action_filter_by_entity(self) -> None:
        if entity := self.entity_panel.highlighted_entity:
            self.entities.filter_library(entity)  # every article in the library that mentions it

    def on_entity_panel_library_filter_requested(self, event: EntityPanel.LibraryFilterRequested) -> None:
        self.entities.filter_library(event.entity)

    def action_feeds(self) -> None:  # the feeds: reader.tui.feeds
        self.feed_actions.toggle_list()

    def action_refresh_feeds(self) -> None:
        self.feed_actions.refresh(None)

    def on_feed_list_chosen(self, event: FeedList.Chosen) -> None:
        self.feed_actions.show_feed(event.feed_id)

    def on_feed_list_refresh_requested(self, event: FeedList.RefreshRequested) -> None:
        self.feed_actions.refresh(event.feed_ids)

    def on_feed_list_full_text_requested(self, event: FeedList.FullTextRequested) -> None:
        self.feed_actions.cycle_full_text(event.feed_id)

    def on_feed_list_closed(self) -> None:
        self.feed_actions.close_list()

    def articles_changed(self, keep: str | None = None) -> None:
        """Articles were stored in the background (an import, a refresh): the list shows them."""
        self.rows.replace_listing(
            Listing.read(self.library), self.library.reading_states(), self.library.annotation_counts()
        )
        self.refresh_library(keep=keep)

    # -- import -------------------------------------------------------------

    def action_import(self) -> None:
        self.mount_article_side()  # an i typed within the first frame: the status lives there
        self.first_use(self.import_status)
        self.import_status.ask(self.library.import_sources)

    def on_import_status_failed(self, event: ImportStatus.Failed) -> None:
        self.notify(event.reason, title="Import failed", severity="error", markup=False)

    def on_import_status_finished(self, event: ImportStatus.Finished) -> None:
        from reader.tui.widgets.import_status import import_summary  # loaded by now, after the first paint

        report = event.report
        self.articles_changed(keep=report.imported[0].article_id if report.imported else None)
        message, title, severity = import_summary(report)
        self.notify(message, title=title, severity=severity, markup=False, timeout=8)

