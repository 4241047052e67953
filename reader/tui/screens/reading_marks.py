"""Bookmarks, notes, undo, "everything marked" and export, for the reading screen.

The screen routes the messages here (`ArticleView.BookmarkRequested`, the notes panel's,
`Written` for these writes); this builds the writes and the dialogs, and shows a change
only once the writer reports it on disk. The dialogs are imported when first opened (the
editor's TextArea costs start-up time otherwise: bench_startup).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING


from reader.model import MarkedPassage, Note
from reader.store import LibraryError
from reader.text import shown_line
from reader.tui.screens.reading_panels import close_panel, toggle_panel
from reader.tui.writer import NotWritten, Written
from reader.tui.writes import AddNote, DeleteNote, EditNote, RestoreNote, Saved, ToggleBookmark, Write

if TYPE_CHECKING:  # the article side is imported after the first paint (bench_startup)
    from reader.tui.marked_rows import MarkedRows
    from reader.tui.screens.note_editor import NoteEditor
    from reader.tui.screens.reading import ReadingScreen
    from reader.tui.widgets.article_view import PassageTarget

NOTE_WRITES = (AddNote, EditNote)


class ArticleMarks:
    """What the reading screen does with bookmarks and notes; it owns the undo list too."""

    def __init__(self, screen: ReadingScreen) -> None:
        self.screen = screen
        self.undoable: list[Callable[[], None]] = []  # what U undoes, newest last
        self.marked_rows: MarkedRows | None = None  # what B showed last
        self.editor: NoteEditor | None = None  # the note editor waiting for its write

    def submit(self, write: Write) -> None:
        self.screen.submit(write)

    # -- what the writer reports ------------------------------------------------

    def written(self, event: Written) -> None:
        write, saved = event.write, event.result
        assert isinstance(saved, Saved)
        screen = self.screen
        if isinstance(write, ToggleBookmark):
            screen.clear_selection()
            said = "Bookmarked" if saved.result is not None else "Bookmark removed"
        elif isinstance(write, NOTE_WRITES):
            if self.editor is not None:
                self.editor.saved()
                self.editor = None
            screen.clear_selection()
            said = "Note saved"
        elif isinstance(write, DeleteNote):
            note = saved.result
            self.undoable.append(lambda: self.submit(RestoreNote(note)))
            said = "Note deleted — press U to undo"
        else:
            said = "Note restored"
        self.show_saved(saved)
        screen.notify(said, timeout=6 if isinstance(write, DeleteNote) else 2)

    def not_written(self, event: NotWritten) -> None:
        if isinstance(event.write, NOTE_WRITES) and self.editor is not None:
            self.editor.not_saved()

    def show_saved(self, saved: Saved) -> None:
        """Show what is on disk now for one article: its passages, its row, its notes panel."""
        screen = self.screen
        view = screen.article_view
        if view.article is not None and view.article.id == saved.article_id:
            view.set_annotations(saved.bookmarks, saved.notes)
            if screen.panes.has_class("-notes"):
                kept = screen.notes_panel.highlighted_note
                screen.notes_panel.show(saved.notes, keep=kept.id if kept else None)
        self.counted(saved.article_id, (len(saved.bookmarks), len(saved.notes)))

    def counted(self, article_id: str, counts: tuple[int, int]) -> None:
        """An article's (bookmarks, notes) as stored: its row shows them (a has:note list may change)."""
        if self.screen.rows.set_counts(article_id, counts):
            self.screen.refresh_library()
        else:
            self.screen.library_list.row_changed(article_id)

    # -- the notes panel ---------------------------------------------------------

    def toggle_panel(self) -> None:
        screen = self.screen
        toggle_panel(screen, screen.notes_panel, "-notes", lambda: screen.notes_panel.show(screen.article_view.notes))

    def close_panel(self) -> None:
        close_panel(self.screen, "-notes")

    def note_highlighted(self, note: Note | None) -> None:
        """The article's cursor goes to the highlighted note's passage."""
        if note is not None and note.anchor is not None and not note.orphaned:
            self.screen.article_view.cursor = note.anchor.paragraph

    # -- bookmarks and notes -----------------------------------------------------

    def bookmark(self, target: PassageTarget) -> None:
        self.submit(ToggleBookmark(target))

    def new_note(self, article_id: str, target: PassageTarget | None) -> None:
        article = self.screen.article_view.article
        if article is None:
            return
        title = shown_line(article.title)
        about = f"{title} · the whole article" if target is None else f"{title} · ¶{target.paragraph + 1}"
        self._edit("New note", about, target.quote if target else None,
                   lambda text: AddNote(article_id, text, target))

    def edit_note(self, note: Note) -> None:
        article = self.screen.article_view.article
        about = shown_line(article.title) if article is not None else ""
        self._edit("Edit note", about, note.anchor.exact if note.anchor else None,
                   lambda text: EditNote(note, text), text=note.text)

    def _edit(self, title: str, about: str, quote: str | None, write: Callable[[str], Write],
              text: str = "") -> None:
        from reader.tui.screens.note_editor import NoteEditor

        def submit(editor: NoteEditor, typed: str) -> None:
            self.editor = editor
            self.submit(write(typed))

        self.screen.app.push_screen(NoteEditor(title, about, quote, submit=submit, text=text))

    def delete_note(self, note: Note) -> None:
        self.submit(DeleteNote(note))

    def undo(self) -> None:
        if not self.undoable:
            self.screen.notify("Nothing to undo.", timeout=2)
            return
        self.undoable.pop()()

    # -- everything marked ---------------------------------------------------------

    def show_marked(self) -> None:
        from reader.tui.marked_rows import MarkedRows
        from reader.tui.screens.marked import MarkedScreen

        screen = self.screen
        try:
            items = screen.library.marked_passages(screen.rows.titles())
        except LibraryError as error:
            screen.notify(str(error), title="Cannot list the annotations", severity="error", markup=False)
            return
        # The same list while nothing changed (the library hands back the same object): keep its
        # rows and their search text too (bench_annotations, `B` to the list painted).
        if self.marked_rows is None or self.marked_rows.items is not items:
            self.marked_rows = MarkedRows(items)
        screen.app.push_screen(MarkedScreen(self.marked_rows, self._cite), self._marked_chosen)

    def _cite(self, item: MarkedPassage) -> str:
        """A marked passage's quote (or note) and the line that says where it is from."""
        # reader.export is loaded when first needed, never at start-up (bench_startup).
        from reader.export.citation import quote_with_source

        try:
            summary = self.screen.library.summary(item.article_id)
        except LibraryError:
            return item.quote or item.note or ""
        return quote_with_source(item.quote or item.note or "", summary)

    def _marked_chosen(self, item: MarkedPassage | None) -> None:
        screen = self.screen
        if item is None:
            return
        if screen.rows.row_for(item.article_id) is None:
            screen.notify("That article is no longer in the library.", severity="warning")
            return
        screen.open_article(item.article_id)
        view = screen.article_view
        if item.paragraph is None:  # a note on the whole article: its top, not where reading stopped
            view.action_first()
            return
        if item.orphaned:
            screen.notify("That passage is not in the article any more; its note is kept at the top.",
                          severity="warning", timeout=6)
            view.move_to(0)
        else:
            view.move_to(item.paragraph, item.start or 0, item.end)

    # -- export ----------------------------------------------------------------------

    def ask_export(self) -> None:
        from reader.tui.screens.export_prompt import ExportPrompt

        self.screen.app.push_screen(ExportPrompt(), self._export_chosen)

    def _export_chosen(self, path: str | None) -> None:
        if path:
            self.screen.notify(f"Exporting to {path}…", timeout=2, markup=False)
            self.screen.run_worker(lambda: self._export(Path(os.path.expanduser(path))), thread=True,
                                   exclusive=True, group="export")

    def _export(self, out: Path) -> None:
        from reader.export import annotated_article_ids, export_articles

        library = self.screen.library
        try:
            ids = annotated_article_ids(library)
            if not ids:
                message, severity = "Nothing to export: no article has bookmarks or notes yet.", "warning"
            else:
                message, severity = export_articles(library, "markdown", ids, out).summary(), "information"
                message = message[0].upper() + message[1:]
        except (LibraryError, OSError) as error:
            message, severity = f"Export failed: {error}", "error"
        self.screen.app.call_from_thread(self.screen.notify, message, severity=severity, markup=False, timeout=8)
