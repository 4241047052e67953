"""The reading screen: library list and article side by side (one at a time when narrow)."""

from __future__ import annotations

import os
from functools import partial
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from textual import work
from textual.app import ComposeResult, SuspendNotSupported
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.worker import get_current_worker

from reader.model import Article, ArticleSummary, ReadingState
from reader.search import QueryError
from reader.search.passages import words_pattern
from reader.search.typing import as_typed
from reader.store import ImportReport, Library, LibraryError
from reader.text import shown_line
from reader.tui.annotating import AnnotatingScreen
from reader.tui.feeds import FeedActions
from reader.tui.filing import ArticleFiling
from reader.tui.formatting import plural, reading_minutes
from reader.tui.highlight import ENTITY_TYPES
from reader.tui.key_order import on_arrival, takes_text
from reader.tui.library_rows import SORT_ORDERS, EntityFilter, LibraryRows
from reader.tui.widgets.key_hints import KeyHints
from reader.tui.widgets.library_header import LibraryHeader
from reader.tui.widgets.library_list import LibraryList

if TYPE_CHECKING:  # the article side is imported after the first paint
    from textual.widget import Widget
    from textual.widgets import Input

    from reader.corrections import Correction
    from reader.tui.widgets.article_status import ArticleStatus
    from reader.tui.widgets.article_view import ArticleView
    from reader.tui.widgets.entity_legend import EntityLegend
    from reader.tui.widgets.entity_panel import ArticleEntity, EntityPanel
    from reader.tui.widgets.import_status import ImportStatus
    from reader.tui.widgets.search_input import SearchInput
    from reader.tui.widgets.search_snippet import SearchSnippet

# Below this many columns the list and the article take turns.
NARROW_BELOW = 100


def _type_bindings() -> list[Binding]:
    bindings = [
        Binding(str(number), f"toggle_type('{kind.key}')", f"{kind.name} on/off", show=False,
                id=f"types.{kind.key.lower()}", tooltip=f"Show or hide the colours of {kind.description}")
        for number, kind in enumerate(ENTITY_TYPES, 1)
    ]
    bindings.append(Binding("0", "toggle_all_types", "All types on/off", show=False,
                            id="types.all", tooltip="Show or hide every entity colour at once"))
    return bindings


class ReadingScreen(AnnotatingScreen):
    """Owns the rows and the open article; widgets ask, the screen decides.

    Focus moves with `set_focus` (at once), not `widget.focus()` (later), and the keys that
    move it are screen actions: keys typed right after then land in the new pane.
    """

    BINDING_GROUP_TITLE = "Reading"

    # Resolved as each key arrives (see key_order), so a dialog opened by one gets the keys
    # typed after it; check_action keeps them from the letters typed into a text box.
    BINDINGS = on_arrival([
        Binding("right_square_bracket", "mention(1)", "Next mention", show=False,
                id="reader.next_mention", tooltip="Move to the next mention of the selected entity"),
        Binding("left_square_bracket", "mention(-1)", "Previous mention", show=False,
                id="reader.previous_mention",
                tooltip="Move to the previous mention of the selected entity"),
        Binding("i", "import", "Import", id="reader.import",
                tooltip="Import a file, folder, feed or web page"),
        Binding("B", "marked", "Marked", id="reader.marked",
                tooltip="Every bookmark and note in the library; enter goes to the passage"),
        Binding("U,ctrl+z", "undo", "Undo", show=False, id="reader.undo",
                tooltip="Undo the last change: a deleted note, read marks, tags, archive or delete"),
        Binding("J", "step_article(1)", "Next article", show=False, id="reader.next_article",
                tooltip="Open the next article of the list without going back to it"),
        Binding("K", "step_article(-1)", "Previous article", show=False, id="reader.previous_article",
                tooltip="Open the previous article of the list without going back to it"),
        Binding("n", "next_unread", "Next unread", show=False, id="reader.next_unread",
                tooltip="Open the next unread article (in an article with a find: the next match)"),
        Binding("T", "filing('edit_tags')", "Tags", show=False, id="reader.tags",
                tooltip="Add or remove the tags of the open or selected article (completion from your tags)"),
        Binding("X", "filing('toggle_archive')", "Archive", show=False, id="reader.archive",
                tooltip="Archive the open or selected article, or bring it back (is:archived finds the archive)"),
        Binding("D", "filing('delete')", "Delete", show=False, id="reader.delete",
                tooltip="Move the open or selected article to the trash, with its notes (U brings it back)"),
        Binding("M", "mark_all_read", "Mark all read", show=False, id="reader.mark_all_read",
                tooltip="Mark every article in the list as it is shown now read (U undoes it)"),
        Binding("F", "feeds", "Feeds", show=False, id="reader.feeds",
                tooltip="The feed list: every feed with its unread count; enter shows its articles"),
        Binding("R", "refresh_feeds", "Refresh feeds", show=False, id="reader.refresh_feeds",
                tooltip="Refresh every subscribed feed in the background"),
        *_type_bindings(),
    ])
    OWN_ACTIONS = frozenset(binding.action.split("(")[0] for binding in BINDINGS)
    ARTICLE_ACTIONS = frozenset({"filing", "mark_all_read", "step_article", "next_unread"})

    # Made by mount_article_side, right after the first paint.
    filter_input: SearchInput
    find_input: SearchInput
    entity_panel: EntityPanel
    legend: EntityLegend
    article_status: ArticleStatus
    import_status: ImportStatus
    search_snippet: SearchSnippet

    def __init__(self, library: Library) -> None:
        super().__init__()
        self.library = library
        head = library.listing_head()
        # A big library starts with its newest rows; the rest come after the first paint.
        expected = head.count if head.count > len(head.newest) else None
        self.rows = LibraryRows(head.newest, library.reading_states(), library.annotation_counts(),
                                expected_total=expected, find=self._matching_ids)
        self.library_list = LibraryList(self.rows, id="library")
        # What is shown (-reading, -entities, -notes) is a class of the panes, not of the
        # screen: changing it then restyles the panes and leaves the footer alone.
        self.panes = Horizontal(id="panes")
        # The article side (and the modules behind it) come right after the first paint.
        self.article_side_ready = False
        self.showing_article = False  # the article rather than the list is in front
        self.init_annotating()
        self.filing = ArticleFiling(self)
        self.feed_actions = FeedActions(self)

    def _matching_ids(self, query: str) -> set[str]:
        """What the filter shows: the query, with the word being typed as a prefix."""
        return self.library.matching_ids(as_typed(query))

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in self.OWN_ACTIONS and takes_text(self.focused):
            return False  # the key is a letter for the text box
        in_article = self.article_side_ready and self.focused is self.article_view
        if action in self.ARTICLE_ACTIONS and not (self.focused is self.library_list or in_article):
            return False  # about articles: in a panel (M merges there, X ignores) the panel's keys
        if action == "open_selected":
            return True if self.library_list.selected is not None else None
        if action in ("find", "toggle_entities", "article_escape", "mention", "toggle_notes_panel",
                      "step_article"):
            return True if self.shown_article is not None else None
        if action == "next_unread" and self.shown_article is not None and self.showing_article:
            return False if self.article_view.find_query else True  # n is then the find's
        if action == "filter_by_entity":
            ready = self.article_side_ready
            return True if ready and self.entity_panel.highlighted_entity is not None else None
        return True

    # -- layout -------------------------------------------------------------

    def compose(self) -> ComposeResult:
        # Only what the first frame shows; the article side is mounted right after it.
        yield LibraryHeader(id="header")
        with self.panes:
            with Vertical(id="library-pane"):
                yield self.library_list
            yield Vertical(id="article-pane")
        yield KeyHints()

    def mount_article_side(self) -> None:
        if self.article_side_ready or not self.is_attached:
            return  # already there (a key asked for it first), or the app quit at once
        from reader.tui.widgets.article_status import ArticleStatus
        from reader.tui.widgets.article_view import ArticleView
        from reader.tui.widgets.entity_legend import EntityLegend
        from reader.tui.widgets.entity_panel import EntityPanel
        from reader.tui.widgets.import_status import ImportStatus
        from reader.tui.widgets.notes_panel import NotesPanel
        from reader.tui.widgets.search_input import SearchInput
        from reader.tui.widgets.search_snippet import SearchSnippet

        self.article_view = ArticleView(id="article")
        self.legend = EntityLegend(id="legend")
        self.article_status = ArticleStatus(id="article-status")
        # Not awaited: the widgets join the DOM at once, and nothing can come in between.
        article_pane = self.query_one("#article-pane")
        article_pane.mount_all([self.legend, self.article_view, self.article_status])
        # Hidden until asked for: mounted on first use (every widget costs each frame and
        # each style update something, shown or not).
        self.filter_input = SearchInput(
            placeholder='Search: words, "phrases", person:, has:note, after:2026-01 (? for all)',
            id="filter",
        )
        self.find_input = SearchInput(placeholder="Find in this article", id="find")
        self.search_snippet = SearchSnippet(id="snippet")
        self.entity_panel = EntityPanel(id="entities")
        self.notes_panel = NotesPanel(id="notes")
        self.import_status = ImportStatus(id="import-status")
        library_pane = self.query_one("#library-pane")
        self._mount_on_first_use = {
            self.filter_input: lambda: library_pane.mount(self.filter_input, before=self.library_list),
            self.search_snippet: lambda: library_pane.mount(self.search_snippet, after=self.filter_input),
            self.find_input: lambda: article_pane.mount(self.find_input, after=self.article_view),
            self.entity_panel: lambda: self.panes.mount(self.entity_panel),
            self.notes_panel: lambda: self.panes.mount(self.notes_panel),
            self.import_status: lambda: self.mount(self.import_status, before=self.query_one(KeyHints)),
        }
        self.article_side_ready = True
        self._apply_types()
        self._resume_view()
        if not self.rows.complete:
            self.load_all_rows()

    def view_state(self) -> dict[str, str | None]:
        """What to bring back at the next start: the sort order and the selected article."""
        selected = self.library_list.selected
        return {"sort": self.rows.sort_order, "article": selected.id if selected else None}

    def _resume_view(self) -> None:
        """The list cursor back on the article selected at quit, unless a key moved it already."""
        article_id = self.app.view.get("article")
        untouched = self.library_list.cursor == 0 and self.shown_article is None
        if article_id and untouched and self.rows.index_of(article_id) is not None:
            self.library_list.select(article_id)

    def first_use(self, widget: Widget) -> None:
        """Mount `widget` (a panel, an input, the import status) if it is not yet."""
        mount = self._mount_on_first_use.pop(widget, None)
        if mount is not None:
            mount()

    @property
    def shown_article(self) -> Article | None:
        return self.article_view.article if self.article_side_ready else None

    @property
    def narrow(self) -> bool:
        return self.has_class("-narrow")

    def on_mount(self) -> None:
        if self.app.view.get("sort") in SORT_ORDERS:
            self.rows.set_sort_order(self.app.view["sort"])
        self.hidden_types = frozenset(self.app.settings.hidden_entity_types)
        self.query_one(LibraryHeader).show(self.rows)
        self.set_focus(self.library_list)
        self.app.theme_changed_signal.subscribe(self, lambda _theme: self._theme_changed())
        self.call_after_refresh(self.mount_article_side)
        self.feed_actions.start()

    def on_resize(self) -> None:
        self.set_class(self.size.width < NARROW_BELOW, "-narrow")
        self._set_reading(self.showing_article)

    def _set_reading(self, reading: bool) -> None:
        """The article instead of the list: only narrow terminals show the difference."""
        self.showing_article = reading
        self.panes.set_class(reading and self.narrow, "-reading")

    def _apply_types(self) -> None:
        if self.article_side_ready:
            self.article_view.set_style_options(self.hidden_types, self.app.settings.entity_colors)
            self._show_legend()

    def _show_legend(self) -> None:
        if not self.article_side_ready:
            return
        dark = self.app.current_theme.dark
        self.legend.show(self.hidden_types, dark, self.app.settings.entity_colors)

    def _theme_changed(self) -> None:
        self._show_legend()
        if self.panes.has_class("-entities") and self.shown_article is not None:
            self._fill_entity_panel()

    def _refresh_library(self, keep: str | None = None) -> None:
        selected = self.library_list.selected
        self.library_list.rows_changed(keep or (selected.id if selected else None))
        self.query_one(LibraryHeader).show(self.rows)
        if not self.rows.visible and self.rows.total:
            self.library_list.empty_message = "No article matches. Press escape to see them all."
        else:
            self.library_list.empty_message = "The library is empty. Press i to import a file, folder or feed."

    # -- the rest of the rows, loaded after the first paint

    @work(thread=True, exclusive=True, group="all-rows")
    def load_all_rows(self) -> None:
        summaries = self.library.list_summaries()
        self.app.call_from_thread(self._all_rows_loaded, summaries)

    def _all_rows_loaded(self, summaries: list[ArticleSummary]) -> None:
        if self.rows.complete:
            return  # an import finished first and brought newer rows
        selected = self.library_list.selected
        self.rows.replace(summaries, self.rows.states, self.rows.annotation_counts)
        self._refresh_library(keep=selected.id if selected else None)

    # -- library list -----------------------------------------------------

    def on_library_list_highlighted(self, event: LibraryList.Highlighted) -> None:
        self._preview(event.article_id)
        self._show_snippet(event.article_id)

    def _show_snippet(self, article_id: str | None) -> None:
        """A search's selected result: its text around the match, under the filter."""
        query = self.rows.query.strip()
        if not self.article_side_ready or not query or self.rows.query_error:
            return
        self.first_use(self.search_snippet)
        pieces = None
        if article_id is not None:
            try:
                pieces = self.library.snippet(as_typed(query), article_id)
            except (LibraryError, QueryError):
                pieces = None
        self.search_snippet.show(pieces)

    def on_library_list_opened(self, event: LibraryList.Opened) -> None:
        self.open_article(event.article_id)

    def open_article(self, article_id: str) -> None:
        self.mount_article_side()  # enter pressed within the first frame
        if not self._show_article(article_id):
            return
        self.library_list.select(article_id)
        if self.rows.is_unread(article_id):
            self._set_read(article_id, True)
        if self.panes.has_class("-entities"):
            self._fill_entity_panel()
        if self.panes.has_class("-notes"):
            self.notes_panel.show(self.article_view.notes)
        # A class only where it matters: a class on a container restyles everything
        # inside it, which the first open paid for in full.
        self._set_reading(True)
        self.set_focus(self.article_view)
        self.on_article_view_changed()  # now, so the status is in the article's first frame

    def _preview(self, article_id: str | None) -> None:
        """Wide layout, list in front: the article under the cursor shows beside it (not read)."""
        if self.showing_article or self.narrow or article_id is None:
            return
        self.mount_article_side()  # j pressed within the first frame
        shown = self.shown_article
        if shown is not None and shown.id == article_id:
            self._find_search_words(self.article_view)  # the same article; the query may be new
            return
        if self._show_article(article_id):
            self.on_article_view_changed()

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
        self._find_search_words(self.article_view)
        if self.rows.counts_of(article_id) != (len(bookmarks), len(notes)):
            self.annotations_counted(article_id, (len(bookmarks), len(notes)))
        return True

    def _find_search_words(self, view: ArticleView) -> None:
        """Opened from a search: its words marked, the cursor on the first; n / N step."""
        query = self.rows.query.strip()
        pattern = words_pattern(as_typed(query)) if query and not self.rows.query_error else None
        if pattern is not None:
            view.set_find(query, pattern)
            if view.matches:
                view.go_to_match(0)

    def leave_article(self) -> None:
        """Remember where the reader was in the open article (only if it moved)."""
        if self.shown_article is None:
            return
        view = self.article_view
        article_id, position = view.article.id, view.paragraph_position
        if position != self.rows.position_of(article_id):
            self.rows.set_position(article_id, position)
            self.app.writes.submit(self.library.remember_position, article_id, position)

    def _set_read(self, article_id: str, read: bool) -> None:
        self.rows.set_read(article_id, read)
        self.app.writes.submit(self.library.mark_read, article_id, read)
        self.library_list.row_changed(article_id)
        self.query_one(LibraryHeader).show(self.rows)

    def on_library_list_read_toggled(self, event: LibraryList.ReadToggled) -> None:
        self.toggle_read(event)

    def on_article_view_read_toggled(self, event: ArticleView.ReadToggled) -> None:
        self.toggle_read(event)

    def toggle_read(self, event: LibraryList.ReadToggled | ArticleView.ReadToggled) -> None:
        read = self.rows.is_unread(event.article_id)
        self._set_read(event.article_id, read)
        self.notify("Marked read" if read else "Marked unread", timeout=2)

    def on_library_list_sort_requested(self) -> None:
        selected = self.library_list.selected  # before sorting: the same article, not the same row
        self.rows.next_sort_order()
        self._refresh_library(keep=selected.id if selected else None)

    def action_step_article(self, direction: int) -> None:
        """The next or previous article of the list, opened where the reader left it."""
        article = self.shown_article
        index = self.rows.index_of(article.id) if article is not None else None
        visible = self.rows.visible
        if index is None or not 0 <= index + direction < len(visible):
            self.notify("This is the last article of the list." if direction > 0
                        else "This is the first article of the list.", timeout=3)
            return
        self.open_article(visible[index + direction].id)

    def action_next_unread(self) -> None:
        """The first unread article after the open (or selected) one, going round the list."""
        visible = self.rows.visible
        current = self.shown_article if self.showing_article else self.library_list.selected
        index = self.rows.index_of(current.id) if current is not None else None
        start = index + 1 if index is not None else 0
        for offset in range(len(visible)):
            row = visible[(start + offset) % len(visible)]
            if self.rows.is_unread(row.id):
                self.open_article(row.id)
                return
        self.notify("No unread article left in this list.", timeout=3)

    def action_filing(self, what: str) -> None:
        getattr(self.filing, what)()

    def filed(self, state: ReadingState) -> None:
        """An article was tagged, archived, deleted or restored: the list and the article follow."""
        place = self.rows.index_of(state.article_id)
        self.rows.set_state(state)
        shown = self.shown_article
        if shown is not None and shown.id == state.article_id and not state.listed and self.showing_article:
            self.action_back()  # it left the list: back to where it was
        visible = self.rows.visible
        # A row that left the list leaves the cursor where it was: on the row after it.
        keep = state.article_id if self.rows.index_of(state.article_id) is not None else (
            visible[min(place, len(visible) - 1)].id if place is not None and visible else None)
        self._refresh_library(keep=keep)
        if shown is not None and shown.id == state.article_id:
            self.article_view.set_tags(state.tags)

    def action_mark_all_read(self) -> None:
        unread = [row.id for row in self.rows.visible if self.rows.is_unread(row.id)]
        if not unread:
            self.notify("Every article in this list is read already.", timeout=3)
            return
        self._set_many_read(unread, True)
        self.undoable.append(partial(self._set_many_read, unread, False))
        self.notify(f"Marked {plural(len(unread), 'article')} read — press U to undo", timeout=6)

    def _set_many_read(self, article_ids: list[str], read: bool) -> None:
        for article_id in article_ids:
            self.rows.set_read(article_id, read)
        self.app.writes.submit(self.library.mark_many_read, article_ids, read)
        self._refresh_library()

    def action_open_selected(self) -> None:
        selected = self.library_list.selected
        if selected is not None:
            self.open_article(selected.id)

    def action_filter(self) -> None:
        self.mount_article_side()  # a / typed within the first frame
        self.first_use(self.filter_input)
        self.query_one("#library-pane").add_class("-filtering")
        self.set_focus(self.filter_input)

    def show_search(self, query: str) -> None:
        """Switch the list to a search (a saved one, from the palette)."""
        self.action_filter()
        self.filter_input.value = query  # the filter follows through on_input_changed
        self.set_focus(self.library_list)

    def action_save_search(self) -> None:
        from reader.tui.screens.save_search_prompt import SaveSearchPrompt

        query = self.rows.query.strip()
        self.app.push_screen(SaveSearchPrompt(), lambda name: self._save_search(name, query))

    def _save_search(self, name: str | None, query: str) -> None:
        from reader.tui.saved_searches import save_search

        if not name:
            return
        path = self.app.config_path  # type: ignore[attr-defined]
        try:
            save_search(path, name, query)
        except (ValueError, OSError) as error:
            self.notify(f"{path}: {error}", title="Search not saved", severity="error", markup=False)
            return
        self.app.settings.searches[name] = query  # type: ignore[attr-defined]
        self.notify(f"Saved as {name!r}; ctrl+p lists it", title="Search saved", markup=False)

    def on_library_list_filter_cleared(self) -> None:
        # Back to the open article, else to the article selected in the filtered list.
        selected = self.shown_article or self.library_list.selected
        if self.article_side_ready and self.filter_input.is_attached:
            self.filter_input.value = ""
        self.query_one("#library-pane").remove_class("-filtering")
        self.rows.set_query("")
        self.rows.set_entity(None)
        self._refresh_library(keep=selected.id if selected else None)
        if self.article_side_ready and self.search_snippet.is_attached:
            self.search_snippet.show(None)

    def on_input_changed(self, event: Input.Changed) -> None:
        if event.input.id == "filter":
            self.rows.set_query(event.value)
            self._refresh_library()
        elif event.input.id == "find":
            self.article_view.set_find(event.value)

    def action_query_done(self) -> None:
        """Enter in the filter or the find box: keep the query, go back to reading."""
        if self.focused is self.filter_input:
            if not self.rows.query.strip():
                self.query_one("#library-pane").remove_class("-filtering")
            self.set_focus(self.library_list)
        else:
            self.query_one("#article-pane").remove_class("-finding")
            self.set_focus(self.article_view)
            if message := self.article_view.next_match(+1):
                self.notify(message, timeout=3, markup=False)

    def action_query_cancelled(self) -> None:
        """Escape in the filter or the find box: drop the query."""
        if self.focused is self.filter_input:
            self.on_library_list_filter_cleared()
            self.set_focus(self.library_list)
        else:
            self.query_one("#article-pane").remove_class("-finding")
            self.article_view.set_find("")
            self.set_focus(self.article_view)

    # -- article --------------------------------------------------------------

    def action_back(self) -> None:
        self.leave_article()
        self._set_reading(False)
        if self.article_view.article is not None:
            self.library_list.select(self.article_view.article.id)
        self.set_focus(self.library_list)

    def on_article_view_changed(self) -> None:
        view = self.article_view
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
        self.article_status.show(view.cursor, view.passage_count, find, entity, sentence,
                                 view.marks_under_cursor(), reading_minutes(view.words_from_cursor()))

    def action_article_escape(self) -> None:
        """Escape in the article undoes the last thing shown: the find, the entity, the article."""
        view = self.article_view
        if view.find_query:
            view.set_find("")
        elif view.selected_entity:
            view.select_entity(None)
        else:
            self.action_back()

    def action_find(self) -> None:
        self.first_use(self.find_input)
        self.query_one("#article-pane").add_class("-finding")
        find = self.find_input
        find.value = self.article_view.find_query
        self.set_focus(find)

    def on_article_view_url_requested(self, event: ArticleView.UrlRequested) -> None:
        from reader.tui.browser import find_browser, is_web_address, runs_in_the_terminal

        url = event.url
        if not is_web_address(url):
            self.notify("Only http and https addresses are opened.", severity="warning")
            return
        browser = find_browser()
        if browser is None:
            self._copy_url(url, "No web browser found")
        elif runs_in_the_terminal(browser):
            try:
                with self.app.suspend():  # the terminal is the browser's until it quits
                    browser.open(url)
            except SuspendNotSupported:
                self._copy_url(url, "The browser runs in the terminal, which this app cannot hand over")
        else:
            self.run_worker(lambda: browser.open(url), thread=True, group="browser")

    def _copy_url(self, url: str, why: str) -> None:
        self.app.copy_to_clipboard(url)
        self.notify(f"{why}; the address is copied to the clipboard: {shown_line(url)}",
                    title="Open URL", markup=False, timeout=12)

    def action_mention(self, direction: int) -> None:
        if not self.article_view.selected_entity:
            self.notify("Press e and highlight an entity first.", timeout=3)
        elif message := self.article_view.jump_to_mention(direction):
            self.notify(message, timeout=3)

    def action_toggle_type(self, key: str) -> None:
        self.hidden_types = self.hidden_types ^ {key}
        self._apply_types()

    def action_toggle_all_types(self) -> None:
        everything = frozenset(kind.key for kind in ENTITY_TYPES)
        self.hidden_types = frozenset() if self.hidden_types else everything
        self._apply_types()

    # -- entity panel ---------------------------------------------------------

    def action_toggle_entities(self) -> None:
        if self.panes.has_class("-entities"):
            self.action_close_entities()
            return
        self.first_use(self.entity_panel)
        self.panes.remove_class("-notes")
        self.panes.add_class("-entities")
        self._fill_entity_panel()
        self.set_focus(self.entity_panel)

    def _fill_entity_panel(self) -> None:
        article = self.article_view.article
        if article is not None:
            dark = self.app.current_theme.dark

            def elsewhere(name: str) -> int:
                try:
                    return len(self.library.articles_mentioning(name) - {article.id})
                except LibraryError:
                    return 0  # the panel then says nothing about other articles

            self.entity_panel.show(article, dark, self.app.settings.entity_colors, elsewhere)

    def on_entity_panel_correction_requested(self, event: EntityPanel.CorrectionRequested) -> None:
        article = self.shown_article
        if article is None:
            return
        value = event.value
        self.app.writes.submit(
            self.library.correct_entity, article.id, event.action, event.name,
            label=value if event.action == "relabel" else None,
            into=value if event.action == "merge" else None, everywhere=event.everywhere,
            then=self._entities_corrected,
        )

    def action_undo_correction(self) -> None:
        article = self.shown_article
        if article is None:
            return
        mine = [c for c in self.library.corrections() if c.article_id in (None, article.id)]
        if not mine:
            self.notify("No correction to undo in this article.", markup=False)
            return
        self.app.writes.submit(
            self.library.undo_correction, mine[-1].id,
            then=lambda gone: self._entities_corrected(gone, undone=True),
        )

    def _entities_corrected(self, correction: Correction, undone: bool = False) -> None:
        """Show the article as corrected (same passage), and the index that now counts it."""
        view = self.article_view
        if view.article is None:
            return
        try:
            article = self.library.article(view.article.id)
        except LibraryError as error:
            self.notify(str(error), title="Cannot open the article", severity="error", markup=False)
            return
        view.show(article, view.paragraph_position, view.bookmarks, view.notes)
        if self.panes.has_class("-entities"):
            self._fill_entity_panel()
        title = "Correction undone" if undone else "Entities corrected"
        self.notify(correction.describe(), title=title, markup=False)

    def action_close_entities(self) -> None:
        self.panes.remove_class("-entities")
        self.set_focus(self.article_view)

    def on_entity_panel_highlighted(self, event: EntityPanel.Highlighted) -> None:
        self.article_view.select_entity(event.entity.name if event.entity else None)

    def action_filter_by_entity(self) -> None:
        entity = self.entity_panel.highlighted_entity
        if entity is not None:
            self.filter_by_entity(entity)

    def on_entity_panel_library_filter_requested(self, event: EntityPanel.LibraryFilterRequested) -> None:
        self.filter_by_entity(event.entity)

    def filter_by_entity(self, entity: ArticleEntity) -> None:
        """Show every article in the library that mentions `entity`."""
        ids = frozenset(self.library.articles_mentioning(entity.name))
        self.rows.set_entity(EntityFilter(entity.name, entity.label, ids))
        self.leave_article()
        self.panes.remove_class("-entities", "-notes")
        self._set_reading(False)
        current = self.article_view.article
        self._refresh_library(keep=current.id if current else None)
        self.set_focus(self.library_list)

    # -- feeds (reader.tui.feeds) ---------------------------------------------

    def action_feeds(self) -> None:
        self.feed_actions.toggle_list()

    def action_refresh_feeds(self) -> None:
        self.feed_actions.refresh(None)

    def on_feed_list_chosen(self, event) -> None:
        self.feed_actions.show_feed(event.feed_id)

    def on_feed_list_refresh_requested(self, event) -> None:
        self.feed_actions.refresh(event.feed_ids)

    def on_feed_list_closed(self) -> None:
        self.feed_actions.close_list()

    def articles_changed(self) -> None:
        """Articles were stored in the background: the list shows them, its cursor kept."""
        self.rows.replace(
            self.library.list_summaries(), self.library.reading_states(), self.library.annotation_counts()
        )
        self._refresh_library()

    # -- import -------------------------------------------------------------

    def action_import(self) -> None:
        from reader.tui.screens.import_prompt import ImportPrompt

        self.mount_article_side()  # an i typed within the first frame
        self.app.push_screen(ImportPrompt(), self._import_chosen)

    def _import_chosen(self, source: str | None) -> None:
        self.mount_article_side()  # i pressed within the first frame: the status lives there
        if source:
            if urlsplit(source).scheme.lower() not in ("http", "https"):
                source = os.path.expanduser(source)
            self.mount_article_side()  # i typed within the first frame
            self.first_use(self.import_status)
            self.import_status.start(source)
            self.run_import(source)

    @work(thread=True, exclusive=True, group="import")
    def run_import(self, source: str) -> None:
        status = self.import_status
        worker = get_current_worker()  # cancelled when the app quits: stop between items

        def progress(done: int, total: int, current: str) -> None:
            self.app.call_from_thread(status.advance, done, total, current)

        try:
            report = self.library.import_sources(
                [source], progress=progress, cancelled=lambda: worker.is_cancelled
            )
            if report.cancelled:
                return
        except (LibraryError, OSError) as error:
            self.app.call_from_thread(self._import_failed, str(error))
            return
        except Exception as error:  # a bug in one import must not close the app
            self.app.call_from_thread(self._import_failed, f"{type(error).__name__}: {error}")
            return
        self.app.call_from_thread(self._import_finished, report)

    def _import_failed(self, reason: str) -> None:
        self.import_status.finish()
        self.notify(reason, title="Import failed", severity="error", markup=False)

    def _import_finished(self, report: ImportReport) -> None:
        self.import_status.finish()
        self.rows.replace(
            self.library.list_summaries(), self.library.reading_states(), self.library.annotation_counts()
        )
        new = report.imported[0].article_id if report.imported else None
        self._refresh_library(keep=new)
        message, title, severity = import_summary(report)
        self.notify(message, title=title, severity=severity, markup=False, timeout=8)


def import_summary(report: ImportReport) -> tuple[str, str, str]:
    """(message, title, severity) for the notification after an import."""
    counts = report.counts()
    message = (
        f"{counts['imported']} imported · {counts['updated']} updated · "
        f"{counts['duplicates']} duplicates · {counts['failed']} failed"
    )
    for failed in report.failed[:5]:
        message += f"\n{shown_line(failed.source)}: {shown_line(failed.reason)}"
    if len(report.failed) > 5:
        message += f"\n…and {len(report.failed) - 5} more"
    severity = "warning" if report.failed else "information"
    return message, "Import finished", severity
