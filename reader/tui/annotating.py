"""Bookmarks, notes, undo, "everything marked" and export: the reading screen's annotation half.

Every write goes through the app's writer thread and reports back with the article's
annotations as they are on disk after it; only then does the screen show the change.
The screens opened from here are imported when first opened (the editor's TextArea
costs start-up time otherwise).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from textual import work
from textual.screen import Screen
from textual.widget import Widget

from reader.model import Bookmark, MarkedPassage, Note
from reader.store import LibraryError
from reader.text import shown_line

if TYPE_CHECKING:  # the article side is imported after the first paint
    from reader.store import Library
    from reader.tui.library_rows import LibraryRows
    from reader.tui.marked_rows import MarkedRows
    from reader.tui.widgets.article_view import ArticleView, PassageTarget
    from reader.tui.widgets.library_list import LibraryList
    from reader.tui.widgets.notes_panel import NotesPanel


@dataclass(slots=True)
class Saved:
    """A write's result and the article's annotations as stored right after it."""

    result: Any
    article_id: str
    bookmarks: list[Bookmark]
    notes: list[Note]


class AnnotatingScreen(Screen[None]):
    """The base of ReadingScreen, which provides the library, the rows and the widgets."""

    library: Library
    rows: LibraryRows
    article_view: ArticleView
    library_list: LibraryList
    notes_panel: NotesPanel
    panes: Widget
    if TYPE_CHECKING:

        def open_article(self, article_id: str) -> None: ...

        def _refresh_library(self, keep: str | None = None) -> None: ...

        def first_use(self, widget: Widget) -> None: ...

    def init_annotating(self) -> None:
        self.undoable: list[Callable[[], None]] = []  # what U undoes, newest last
        self.marked_rows: MarkedRows | None = None  # what B showed last

    # -- writing ------------------------------------------------------------

    def _stored_after(self, article_id: str, write: Callable[[], Any]) -> Saved:
        """Run `write`, then read the article's annotations back (on the writer thread)."""
        result = write()
        return Saved(result, article_id, self.library.bookmarks(article_id), self.library.notes(article_id))

    def _submit(self, article_id: str, write: Callable[[], Any], then: Callable[[Saved], None]) -> None:
        self.app.writes.submit(self._stored_after, article_id, write, then=then)

    def show_saved(self, saved: Saved) -> None:
        """Show what is on disk now for one article: its passages, its row, its notes panel."""
        view = self.article_view
        if view.article is not None and view.article.id == saved.article_id:
            view.set_annotations(saved.bookmarks, saved.notes)
            if self.panes.has_class("-notes"):
                kept = self.notes_panel.highlighted_note
                self.notes_panel.show(saved.notes, keep=kept.id if kept else None)
        self.annotations_counted(saved.article_id, (len(saved.bookmarks), len(saved.notes)))

    def annotations_counted(self, article_id: str, counts: tuple[int, int]) -> None:
        if self.rows.set_counts(article_id, counts):
            self._refresh_library()
        else:
            self.library_list.row_changed(article_id)

    # -- bookmarks ----------------------------------------------------------

    def on_article_view_bookmark_requested(self, event: ArticleView.BookmarkRequested) -> None:
        target = event.target
        toggle = partial(self.library.toggle_bookmark, target.article_id, target.paragraph,
                         target.start, target.end)
        self._submit(target.article_id, toggle, self._bookmark_saved)

    def _bookmark_saved(self, saved: Saved) -> None:
        self.screen.clear_selection()
        self.show_saved(saved)
        self.notify("Bookmarked" if saved.result is not None else "Bookmark removed", timeout=2)

    # -- notes ----------------------------------------------------------------

    def on_article_view_note_requested(self, event: ArticleView.NoteRequested) -> None:
        from reader.tui.screens.note_editor import NoteEditor

        article = self.article_view.article
        if article is None:
            event.answered()
            return
        target = event.target
        title = shown_line(article.title)
        about = f"{title} · the whole article" if target is None else f"{title} · ¶{target.paragraph + 1}"
        editor = NoteEditor("New note", about, target.quote if target else None,
                            save=partial(self._add_note, event.article_id, target))
        self.app.push_screen(editor, partial(self._note_closed, "Note saved"))
        event.answered()

    def _add_note(self, article_id: str, target: PassageTarget | None, text: str) -> Saved:
        if target is None:
            return self._stored_after(article_id, lambda: self.library.add_note(article_id, text))
        return self._stored_after(article_id, lambda: self.library.add_note(
            article_id, text, paragraph=target.paragraph, start=target.start, end=target.end))

    def _edit_note(self, note: Note, text: str) -> Saved:
        return self._stored_after(note.article_id, lambda: self.library.edit_note(note.id, text))

    def _note_closed(self, message: str, saved: Saved | None) -> None:
        if saved is not None:
            self.screen.clear_selection()
            self.show_saved(saved)
            self.notify(message, timeout=2)

    def on_notes_panel_edit_requested(self, event: NotesPanel.EditRequested) -> None:
        from reader.tui.screens.note_editor import NoteEditor

        note = event.note
        quote = note.anchor.exact if note.anchor else None
        article = self.article_view.article
        about = shown_line(article.title) if article is not None else ""
        editor = NoteEditor("Edit note", about, quote, save=partial(self._edit_note, note), text=note.text)
        self.app.push_screen(editor, partial(self._note_closed, "Note saved"))
        event.answered()

    def on_notes_panel_delete_requested(self, event: NotesPanel.DeleteRequested) -> None:
        note = event.note
        self._submit(note.article_id, partial(self.library.delete_note, note.id), self._note_deleted)

    def _note_deleted(self, saved: Saved) -> None:
        note = saved.result
        self.undoable.append(lambda: self._submit(
            note.article_id, partial(self.library.restore_note, note), self._note_restored))
        self.show_saved(saved)
        self.notify("Note deleted — press U to undo", timeout=6)

    def action_undo(self) -> None:
        if not self.undoable:
            self.notify("Nothing to undo.", timeout=2)
            return
        self.undoable.pop()()

    def _note_restored(self, saved: Saved) -> None:
        self.show_saved(saved)
        self.notify("Note restored", timeout=2)

    # -- the notes panel --------------------------------------------------------

    def action_toggle_notes_panel(self) -> None:
        if self.panes.has_class("-notes"):
            self.action_close_notes_panel()
            return
        self.first_use(self.notes_panel)
        self.panes.remove_class("-entities")
        self.panes.add_class("-notes")
        self.notes_panel.show(self.article_view.notes)
        self.set_focus(self.notes_panel)

    def action_close_notes_panel(self) -> None:
        self.panes.remove_class("-notes")
        self.set_focus(self.article_view)

    def on_notes_panel_highlighted(self, event: NotesPanel.Highlighted) -> None:
        note = event.note
        if note is not None and note.anchor is not None and not note.orphaned:
            self.article_view.cursor = note.anchor.paragraph

    # -- everything marked --------------------------------------------------------

    def action_marked(self) -> None:
        from reader.tui.marked_rows import MarkedRows
        from reader.tui.screens.marked import MarkedScreen

        try:
            items = self.library.marked_passages(self.rows.titles())
        except LibraryError as error:
            self.notify(str(error), title="Cannot list the annotations", severity="error", markup=False)
            return
        # The same list while nothing changed: keep its rows (and their search text) too.
        if self.marked_rows is None or self.marked_rows.items is not items:
            self.marked_rows = MarkedRows(items)
        self.app.push_screen(MarkedScreen(self.marked_rows, self._cite), self._marked_chosen)

    def _cite(self, item: MarkedPassage) -> str:
        """A marked passage's quote (or note) and the line that says where it is from."""
        from reader.export.citation import quote_with_source

        try:
            summary = self.library.summary(item.article_id)
        except LibraryError:
            return item.quote or item.note or ""
        return quote_with_source(item.quote or item.note or "", summary)

    def _marked_chosen(self, item: MarkedPassage | None) -> None:
        if item is None:
            return
        if self.rows.row_for(item.article_id) is None:
            self.notify("That article is no longer in the library.", severity="warning")
            return
        self.open_article(item.article_id)
        if item.paragraph is None:  # a note on the whole article: its top, not where reading stopped
            self.article_view.action_first()
            return
        if item.orphaned:
            self.notify("That passage is not in the article any more; its note is kept at the top.",
                        severity="warning", timeout=6)
            self.article_view.move_to(0)
        else:
            self.article_view.move_to(item.paragraph, item.start or 0, item.end)

    # -- export ---------------------------------------------------------------------

    def action_export_markdown(self) -> None:
        from reader.tui.screens.export_prompt import ExportPrompt

        self.app.push_screen(ExportPrompt(), self._export_chosen)

    def _export_chosen(self, path: str | None) -> None:
        if path:
            self.notify(f"Exporting to {path}…", timeout=2, markup=False)
            self.run_export(Path(os.path.expanduser(path)))

    @work(thread=True, exclusive=True, group="export")
    def run_export(self, out: Path) -> None:
        from reader.export import annotated_article_ids, export_articles

        try:
            ids = annotated_article_ids(self.library)
            if not ids:
                message, severity = "Nothing to export: no article has bookmarks or notes yet.", "warning"
            else:
                message, severity = export_articles(self.library, "markdown", ids, out).summary(), "information"
                message = message[0].upper() + message[1:]
        except (LibraryError, OSError) as error:
            message, severity = f"Export failed: {error}", "error"
        self.app.call_from_thread(self.notify, message, severity=severity, markup=False, timeout=8)
