"""Read marks, tags, the archive and the trash on the reading screen (u, M, T, X, D), undone by U.

Each builds a write (reader.tui.writes) and submits it through the screen; once a `Filing`
is on disk the screen hands it back to `filed`, which shows it and says what it says.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reader.model import ReadingState
from reader.text import shown_line
from reader.tui.formatting import plural
from reader.tui.widgets.library_header import LibraryHeader
from reader.tui.writes import Archive, Delete, Filing, MarkRead, Restore, Tag

if TYPE_CHECKING:
    from reader.tui.screens.reading import ReadingScreen


class ArticleFiling:
    """Asks what to change, and keeps how to undo it."""

    def __init__(self, screen: ReadingScreen) -> None:
        self.screen = screen

    def set_read(self, article_id: str, read: bool) -> None:
        screen = self.screen
        screen.rows.set_read(article_id, read)
        screen.submit(MarkRead((article_id,), read))
        screen.library_list.row_changed(article_id)
        screen.query_one(LibraryHeader).show(screen.rows)

    def toggle_read(self, article_id: str) -> None:
        read = self.screen.rows.is_unread(article_id)
        self.set_read(article_id, read)
        self.screen.notify("Marked read" if read else "Marked unread", timeout=2)

    def mark_all_read(self) -> None:
        rows = self.screen.rows
        unread = [row.id for row in rows.visible if rows.is_unread(row.id)]
        if not unread:
            self.screen.notify("Every article in this list is read already.", timeout=3)
            return
        self._set_many_read(unread, True)
        self.screen.marks.undoable.append(lambda: self._set_many_read(unread, False))
        self.screen.notify(f"Marked {plural(len(unread), 'article')} read — press U to undo", timeout=6)

    def _set_many_read(self, article_ids: list[str], read: bool) -> None:
        for article_id in article_ids:
            self.screen.rows.set_read(article_id, read)
        self.screen.submit(MarkRead(tuple(article_ids), read))
        self.screen.refresh_library()

    def _target(self) -> tuple[str, str] | None:
        """(id, title) of the article in front: the open one, else the selected row."""
        screen = self.screen
        article = screen.shown_article if screen.showing_article else None
        if article is not None:
            return article.id, article.title
        row = screen.library_list.selected
        return (row.id, row.title) if row is not None else None

    def edit_tags(self) -> None:
        # The prompt loads when first opened, not at start-up (benchmarks/bench_startup.py).
        from reader.tui.screens.tag_prompt import TagPrompt

        target = self._target()
        if target is None:
            return
        article_id, _title = target
        rows = self.screen.rows
        prompt = TagPrompt(rows.tags_of(article_id), rows.all_tags())
        self.screen.app.push_screen(prompt, lambda answer: self._tags_chosen(article_id, answer))

    def _tags_chosen(self, article_id: str, answer: str | None) -> None:
        from reader.tui.screens.tag_prompt import parse_tags

        if answer is None:
            return
        before = tuple(self.screen.rows.tags_of(article_id))
        wanted = tuple(parse_tags(answer))
        self._write(Tag(article_id, None, add=wanted, remove=before))
        self._undo_with(Tag(article_id, "Tags put back", add=before, remove=wanted))

    def toggle_archive(self) -> None:
        target = self._target()
        if target is None:
            return
        article_id, title = target
        archived = not self._state(article_id).archived
        said = f"Archived “{shown_line(title)}” — U undoes it" if archived else "Back in the list"
        self._write(Archive(article_id, said, archived))
        self._undo_with(Archive(article_id, "Archive undone", not archived))

    def delete(self) -> None:
        target = self._target()
        if target is None:
            return
        article_id, title = target
        said = f"“{shown_line(title)}” is in the trash with its notes — U brings it back"
        self._write(Delete(article_id, said))
        self._undo_with(Restore(article_id, "Restored from the trash"))

    def filed(self, state: ReadingState, said: str | None) -> None:
        """A write is on disk: the list and the article follow, and the reader is told."""
        screen, rows = self.screen, self.screen.rows
        place = rows.index_of(state.article_id)
        rows.set_state(state)
        shown = screen.shown_article
        if shown is not None and shown.id == state.article_id and not state.listed and screen.showing_article:
            screen.action_back()  # it left the list: back to where it was
        visible = rows.visible
        # A row that left the list leaves the cursor where it was: on the row after it.
        keep = state.article_id if rows.index_of(state.article_id) is not None else (
            visible[min(place, len(visible) - 1)].id if place is not None and visible else None)
        screen.refresh_library(keep=keep)
        if shown is not None and shown.id == state.article_id:
            screen.article_view.set_tags(state.tags)
        if said:
            screen.notify(said, timeout=5, markup=False)

    def _state(self, article_id: str) -> ReadingState:
        return self.screen.rows.states.get(article_id) or ReadingState(article_id)

    def _write(self, write: Filing) -> None:
        self.screen.submit(write)

    def _undo_with(self, write: Filing) -> None:
        self.screen.marks.undoable.append(lambda: self._write(write))
