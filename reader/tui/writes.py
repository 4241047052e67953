"""Every change the app writes to the library, as data.

A screen builds one of these, hands it to `app.writes.submit(write, reply_to=self)`, and
gets `Written` (or `NotWritten`) back once it is on disk. A new kind of write is a new
dataclass here with an `apply(library)`; the screen that submits it handles its `Written`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from reader.model import Bookmark, Note

if TYPE_CHECKING:
    from reader.corrections import Correction
    from reader.model import ReadingState
    from reader.store import Library
    from reader.tui.widgets.article_view import PassageTarget


class Write:
    """One change to the library, applied on the writer thread."""

    def apply(self, library: Library) -> Any:
        raise NotImplementedError


# -- reading ---------------------------------------------------------------------


@dataclass(frozen=True)
class MarkRead(Write):
    article_ids: tuple[str, ...]
    read: bool

    def apply(self, library: Library) -> None:
        if len(self.article_ids) == 1:
            library.mark_read(self.article_ids[0], self.read)
        else:
            library.mark_many_read(list(self.article_ids), self.read)


@dataclass(frozen=True)
class RememberPosition(Write):
    article_id: str
    paragraph: int

    def apply(self, library: Library) -> None:
        library.remember_position(self.article_id, self.paragraph)


@dataclass(frozen=True)
class RememberView(Write):
    """How the app was left: theme, sort order, selected article."""

    view: tuple[tuple[str, str | None], ...]

    def apply(self, library: Library) -> None:
        library.remember_view(**dict(self.view))


# -- bookmarks and notes: each reads the article's annotations back once written ----


@dataclass(slots=True)
class Saved:
    """A write's result and the article's annotations as stored right after it."""

    result: Any
    article_id: str
    bookmarks: list[Bookmark]
    notes: list[Note]


def saved_after(library: Library, article_id: str, result: Any) -> Saved:
    return Saved(result, article_id, library.bookmarks(article_id), library.notes(article_id))


@dataclass(frozen=True)
class ToggleBookmark(Write):
    target: PassageTarget

    def apply(self, library: Library) -> Saved:
        t = self.target
        return saved_after(library, t.article_id, library.toggle_bookmark(t.article_id, t.paragraph, t.start, t.end))


@dataclass(frozen=True)
class AddNote(Write):
    """A note on `target`, or on the whole article when it is None."""

    article_id: str
    text: str
    target: PassageTarget | None

    def apply(self, library: Library) -> Saved:
        t = self.target
        if t is None:
            note = library.add_note(self.article_id, self.text)
        else:
            note = library.add_note(self.article_id, self.text, paragraph=t.paragraph, start=t.start, end=t.end)
        return saved_after(library, self.article_id, note)


@dataclass(frozen=True)
class EditNote(Write):
    note: Note
    text: str

    def apply(self, library: Library) -> Saved:
        library.edit_note(self.note.id, self.text)
        return saved_after(library, self.note.article_id, None)


@dataclass(frozen=True)
class DeleteNote(Write):
    note: Note

    def apply(self, library: Library) -> Saved:
        return saved_after(library, self.note.article_id, library.delete_note(self.note.id))


@dataclass(frozen=True)
class RestoreNote(Write):
    note: Note

    def apply(self, library: Library) -> Saved:
        library.restore_note(self.note)
        return saved_after(library, self.note.article_id, None)


# -- filing: tags, the archive, the trash; each says what to tell the reader ---------


@dataclass(frozen=True)
class Filing(Write):
    article_id: str
    said: str | None

    def apply(self, library: Library) -> ReadingState:
        raise NotImplementedError


@dataclass(frozen=True)
class Tag(Filing):
    add: tuple[str, ...]
    remove: tuple[str, ...]

    def apply(self, library: Library) -> ReadingState:
        return library.tag(self.article_id, add=list(self.add), remove=list(self.remove))


@dataclass(frozen=True)
class Archive(Filing):
    archived: bool

    def apply(self, library: Library) -> ReadingState:
        return library.archive(self.article_id, self.archived)


@dataclass(frozen=True)
class Delete(Filing):
    def apply(self, library: Library) -> ReadingState:
        return library.delete(self.article_id)


@dataclass(frozen=True)
class Restore(Filing):
    def apply(self, library: Library) -> ReadingState:
        return library.restore(self.article_id)


# -- entity corrections ----------------------------------------------------------------


@dataclass(frozen=True)
class CorrectEntity(Write):
    """`action` as `Library.correct_entity` takes it; `value` the label or the name to merge into."""

    article_id: str
    action: str
    name: str
    value: str | None
    everywhere: bool

    def apply(self, library: Library) -> Correction:
        return library.correct_entity(
            self.article_id, self.action, self.name,
            label=self.value if self.action == "relabel" else None,
            into=self.value if self.action == "merge" else None, everywhere=self.everywhere,
        )


@dataclass(frozen=True)
class UndoCorrection(Write):
    correction_id: str

    def apply(self, library: Library) -> Correction:
        return library.undo_correction(self.correction_id)


# -- feeds -----------------------------------------------------------------------


@dataclass(frozen=True)
class SetFeedOptions(Write):
    """A feed's full-text option: True, False or None (guess)."""

    feed_id: str
    full_text: bool | None

    def apply(self, library: Library) -> Any:
        return library.feeds.set_options(self.feed_id, full_text=self.full_text)
