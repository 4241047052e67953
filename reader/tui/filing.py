"""Tags, the archive and the trash on the reading screen (T, X, D), each undone by U."""

from __future__ import annotations

from typing import TYPE_CHECKING

from reader.model import ReadingState
from reader.text import shown_line

if TYPE_CHECKING:
    from reader.tui.screens.reading import ReadingScreen


class ArticleFiling:
    """Writes the change in the background and shows it once it is on disk."""

    def __init__(self, screen: ReadingScreen) -> None:
        self.screen = screen

    def _target(self) -> tuple[str, str] | None:
        """(id, title) of the article in front: the open one, else the selected row."""
        screen = self.screen
        article = screen.shown_article if screen.showing_article else None
        if article is not None:
            return article.id, article.title
        row = screen.library_list.selected
        return (row.id, row.title) if row is not None else None

    def edit_tags(self) -> None:
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
        before = self.screen.rows.tags_of(article_id)
        wanted = parse_tags(answer)
        self._write(self.screen.library.tag, article_id, add=wanted, remove=before)
        self.screen.undoable.append(
            lambda: self._write(self.screen.library.tag, article_id, add=before, remove=wanted, said="Tags put back"))

    def toggle_archive(self) -> None:
        target = self._target()
        if target is None:
            return
        article_id, title = target
        archived = not self._state(article_id).archived
        said = f"Archived “{shown_line(title)}” — U undoes it" if archived else "Back in the list"
        self._write(self.screen.library.archive, article_id, archived, said=said)
        self.screen.undoable.append(
            lambda: self._write(self.screen.library.archive, article_id, not archived, said="Archive undone"))

    def delete(self) -> None:
        target = self._target()
        if target is None:
            return
        article_id, title = target
        said = f"“{shown_line(title)}” is in the trash with its notes — U brings it back"
        self._write(self.screen.library.delete, article_id, said=said)
        self.screen.undoable.append(
            lambda: self._write(self.screen.library.restore, article_id, said="Restored from the trash"))

    def _state(self, article_id: str) -> ReadingState:
        return self.screen.rows.states.get(article_id) or ReadingState(article_id)

    def _write(self, write, *args, said: str | None = None, **kwargs) -> None:
        self.screen.app.writes.submit(write, *args, then=lambda state: self._filed(state, said), **kwargs)

    def _filed(self, state: ReadingState, said: str | None) -> None:
        self.screen.filed(state)
        if said:
            self.screen.notify(said, timeout=5, markup=False)
