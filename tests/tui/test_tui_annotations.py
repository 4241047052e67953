"""Bookmarks and notes in the reading screen (Pilot): what is shown, and what is on disk."""

from __future__ import annotations

from pathlib import Path

import pytest
from pilot import WIDE, article_id, reading, recorded, shown, until
from textual.command import CommandPalette
from textual.geometry import Offset
from textual.selection import Selection
from textual.widgets import Input, TextArea

from reader.store import Library, LibraryError
from reader.tui.app import ReaderApp
from reader.tui.screens.export_prompt import ExportPrompt
from reader.tui.screens.note_editor import ConfirmDiscard, NoteEditor
from reader.tui.widgets.article_status import ArticleStatus
from reader.tui.widgets.notes_panel import NotesPanel

HARBOUR = "Harbour Authority approves"
MARIA = (
    "Maria Lindqvist, who chairs the authority, said the terminal would cost 40 million "
    "euros and open before the Autumn Regatta."
)
NORWEGIAN = "Norwegian operators have asked for more berths on the North Sea routes."


async def saved(app: ReaderApp, pilot) -> None:
    """Let the writer thread finish and the screen show what it reported."""
    app.writes.flush()
    await pilot.pause()
    await pilot.pause()


def stored(library: Library, title: str):
    """The article's annotations as a fresh Library reads them from disk."""
    fresh = Library(library.data_dir)
    article = article_id(fresh, title)
    return fresh.bookmarks(article), fresh.notes(article)


def line_with(view, text: str) -> str:
    return next(line for line in shown(view).splitlines() if text in line)


async def test_b_bookmarks_the_passage_and_b_again_removes_it(sample_library):
    app = ReaderApp(sample_library)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("enter", "j", "b")
        await saved(app, pilot)
        view = reading(app).article_view
        assert line_with(view, "Maria Lindqvist, who chairs").lstrip().startswith("▌⚑")
        assert "⚑ bookmarked" in shown(app.screen.query_one(ArticleStatus))
        assert "⚑1" in shown(reading(app).library_list)
        (mark,), _ = stored(sample_library, HARBOUR)
        assert mark.anchor.paragraph == 1 and mark.anchor.exact == MARIA
        await pilot.press("b")
        await saved(app, pilot)
        assert "⚑" not in shown(view)
        assert stored(sample_library, HARBOUR) == ([], [])


async def test_sentence_mode_bookmarks_and_notes_one_sentence(sample_library):
    app = ReaderApp(sample_library)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("enter", "j", "j", "v", "j")
        status = shown(app.screen.query_one(ArticleStatus))
        assert "passage 3 of 6" in status and "sentence 2 of 2" in status
        await pilot.press("b")
        await saved(app, pilot)
        await pilot.press("a", *"More berths?", "ctrl+s")
        await saved(app, pilot)
        (mark,), (note,) = stored(sample_library, HARBOUR)
        assert mark.anchor.exact == NORWEGIAN == note.anchor.exact
        assert (mark.anchor.paragraph, mark.anchor.start) == (2, 46)
        view = reading(app).article_view
        assert "✎ on “Norwegian operators have asked for more berths…”" in shown(view)
        assert "More berths?" in shown(view)
        # The bookmark starts on the first line (where the sentence does), the cursor beside it.
        assert line_with(view, "We have waited").lstrip().startswith("▌⚑")
        assert line_with(view, "have asked for more").lstrip().startswith("▌│")
        status = shown(app.screen.query_one(ArticleStatus))
        assert "⚑ bookmarked" in status and "✎ 1 note" in status
        await pilot.press("k")
        # The marks shown are the sentence's: the first sentence has neither.
        status = shown(app.screen.query_one(ArticleStatus))
        assert "sentence 1 of 2" in status and "⚑" not in status and "✎" not in status
        await pilot.press("v")  # the whole passage carries both
        status = shown(app.screen.query_one(ArticleStatus))
        assert "⚑ bookmarked" in status and "✎ 1 note" in status
        await pilot.press("v", "k")  # into the previous passage, on its last sentence
        assert "passage 2 of 6" in shown(app.screen.query_one(ArticleStatus))
        await pilot.press("v")
        assert "sentence" not in shown(app.screen.query_one(ArticleStatus))


async def test_a_writes_a_note_that_shows_under_its_passage_once_saved(sample_library):
    app = ReaderApp(sample_library)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("enter", "j", "a")
        assert isinstance(app.screen, NoteEditor)
        assert MARIA[:40] in str(app.screen.query_one("#note-quote").render())
        await pilot.press(*"Costly.", "enter", *"Check the budget.", "ctrl+s")
        await saved(app, pilot)
        assert not isinstance(app.screen, NoteEditor)
        view = reading(app).article_view
        lines = shown(view).splitlines()
        maria = next(i for i, line in enumerate(lines) if "Maria Lindqvist, who chairs" in line)
        assert lines[maria + 2].strip() == "✎ Costly."
        assert lines[maria + 3].strip() == "Check the budget."
        assert "✎ 1 note" in shown(app.screen.query_one(ArticleStatus))
        _, (note,) = stored(sample_library, HARBOUR)
        assert note.text == "Costly.\nCheck the budget." and note.anchor.exact == MARIA
        await pilot.press("z")
        assert "Check the budget" not in shown(view) and "✎ 1 note · z shows notes" in shown(view)
        await pilot.press("z")
        assert "Check the budget" in shown(view)


async def test_escape_asks_before_throwing_away_what_was_written(sample_library):
    app = ReaderApp(sample_library)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("enter", "a", "escape")
        assert not isinstance(app.screen, NoteEditor)  # nothing written: closes at once
        await pilot.press("a", *"draft", "escape")
        assert isinstance(app.screen, ConfirmDiscard)
        await pilot.press("n")
        assert isinstance(app.screen, NoteEditor)
        assert app.screen.query_one(TextArea).text == "draft"
        await pilot.press("escape", "y")
        assert reading(app) is app.screen
        await saved(app, pilot)
        assert stored(sample_library, HARBOUR) == ([], [])


async def test_A_writes_a_note_on_the_whole_article(sample_library):
    app = ReaderApp(sample_library)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("enter", "A", *"Read again", "ctrl+s")
        await saved(app, pilot)
        _, (note,) = stored(sample_library, HARBOUR)
        assert note.anchor is None and note.text == "Read again"
        text = shown(reading(app).article_view)
        assert text.index("Notes") < text.index("✎ Read again") < text.index("The Harbour Authority on")


async def test_the_notes_panel_edits_deletes_and_undo_restores(sample_library):
    harbour = article_id(sample_library, HARBOUR)
    note = sample_library.add_note(harbour, "Costly", paragraph=1)
    app = ReaderApp(sample_library)
    messages = recorded(app)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("enter", "m")
        panel = app.screen.query_one(NotesPanel)
        assert panel.display and app.focused is panel
        assert "✎ Costly" in str(panel.get_option_at_index(0).prompt)
        assert reading(app).article_view.cursor == 1  # highlighting a note shows its passage
        await pilot.press("enter")
        assert isinstance(app.screen, NoteEditor) and app.screen.query_one(TextArea).text == "Costly"
        await pilot.press(*" and late", "ctrl+s")
        await saved(app, pilot)
        _, (edited,) = stored(sample_library, HARBOUR)
        assert edited.id == note.id and edited.text == "Costly and late"
        assert "✎ Costly and late" in str(panel.get_option_at_index(0).prompt)
        assert "Costly and late" in shown(reading(app).article_view)
        await pilot.press("d")
        await saved(app, pilot)
        assert stored(sample_library, HARBOUR) == ([], [])
        assert "Note deleted — press U to undo" in messages
        assert "Costly and late" not in shown(reading(app).article_view)
        await pilot.press("U")
        await saved(app, pilot)
        _, (restored,) = stored(sample_library, HARBOUR)
        assert restored.id == note.id and restored.text == "Costly and late"
        assert "Costly and late" in shown(reading(app).article_view)
        await pilot.press("d")
        await saved(app, pilot)
        await pilot.press("ctrl+z")
        await saved(app, pilot)
        assert len(stored(sample_library, HARBOUR)[1]) == 1
        await pilot.press("U")  # nothing left to undo: it says so
        assert messages[-1] == "Nothing to undo."


async def test_a_mouse_selection_is_bookmarked_exactly_as_selected(sample_library):
    app = ReaderApp(sample_library)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("enter")
        view = reading(app).article_view
        y = next(i for i, line in enumerate(view._lines)
                 if line and line.first and view._blocks[line.block].passage == 1)
        x = 3  # the text starts after the gutter
        app.screen.selections = {view: Selection(Offset(x + 17, y), Offset(x + 41, y))}
        await pilot.pause()
        assert app.screen.get_selected_text() == "who chairs the authority"
        await pilot.press("b")
        await saved(app, pilot)
        (mark,), _ = stored(sample_library, HARBOUR)
        assert mark.anchor.exact == "who chairs the authority" and mark.anchor.start == 17
        assert not app.screen.selections  # the selection is gone once it is saved
        # A selection over two paragraphs is refused, and says why.
        messages = recorded(app)
        app.screen.selections = {view: Selection(Offset(x, y - 3), Offset(x + 5, y))}
        await pilot.press("b")
        await saved(app, pilot)
        assert any("inside one paragraph" in m for m in messages)
        assert len(stored(sample_library, HARBOUR)[0]) == 1


async def test_the_mouse_finds_its_place_on_text_lines_and_between_passages(sample_library):
    """Where a selection starts or ends: the article's (column, line) under the pointer."""
    app = ReaderApp(sample_library)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("enter")
        view = reading(app).article_view
        text_line = next(i for i, line in enumerate(view._lines)
                         if line and view._blocks[line.block].passage == 1)
        blank_line = next(i for i, line in enumerate(view._lines) if i > text_line and line is None)
        left, top = view.content_region.x, view.content_region.y
        for line in (text_line, blank_line):
            widget, offset = app.screen.get_widget_and_offset_at(left + 10, top + line)
            assert widget is view and offset == Offset(10, line)


async def test_nothing_shows_as_saved_when_the_write_fails(sample_library, monkeypatch):
    app = ReaderApp(sample_library)
    messages = recorded(app)

    def disk_full(*args, **kwargs):
        raise LibraryError("the disk is full")

    monkeypatch.setattr(sample_library, "add_note", disk_full)
    monkeypatch.setattr(sample_library, "toggle_bookmark", disk_full)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("enter", "j", "b")
        await saved(app, pilot)
        assert "⚑" not in shown(reading(app).article_view)
        await pilot.press("a", *"keep me", "ctrl+s")
        await saved(app, pilot)
        assert isinstance(app.screen, NoteEditor)  # still open, the text kept
        assert app.screen.query_one(TextArea).text == "keep me"
        assert messages.count("the disk is full") == 2
        monkeypatch.undo()
        await pilot.press("ctrl+s")
        await saved(app, pilot)
        assert reading(app) is app.screen
        assert "keep me" in shown(reading(app).article_view)


async def test_notes_written_from_another_shell_show_when_the_article_is_opened(sample_library):
    app = ReaderApp(sample_library)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("enter")
        Library(sample_library.data_dir).add_note(article_id(sample_library, HARBOUR), "from the shell", 3)
        assert "from the shell" not in shown(reading(app).article_view)
        await pilot.press("q", "enter")
        assert "✎ from the shell" in shown(reading(app).article_view)
        assert "✎1" in shown(reading(app).library_list)


async def test_reader_note_passage_n_is_the_passage_the_app_calls_n(sample_library):
    from reader.cli import main

    harbour = article_id(sample_library, HARBOUR)
    assert main(["--data-dir", str(sample_library.data_dir), "note", harbour, "--passage", "2", "on two"]) == 0
    app = ReaderApp(sample_library)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("enter", "j")
        status = shown(app.screen.query_one(ArticleStatus))
        assert status.startswith("passage 2 of ") and "✎ 1 note" in status
        assert line_with(reading(app).article_view, "✎ on two")


async def test_export_from_the_palette_writes_markdown_in_the_background(sample_library, tmp_path: Path):
    sample_library.add_note(article_id(sample_library, HARBOUR), "worth keeping", paragraph=1)
    app = ReaderApp(sample_library)
    messages = recorded(app)
    out = tmp_path / "exported"
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("ctrl+p")
        assert isinstance(app.screen, CommandPalette)
        await pilot.press(*"export notes")
        await until(pilot, lambda: "Export notes as Markdown" in str(app.screen.query("CommandList").first().get_option_at_index(0).prompt))
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, ExportPrompt))
        app.screen.query_one(Input).value = str(out)
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        await until(pilot, lambda: any(m.startswith("Exported 1 article") for m in messages))
    (path,) = out.glob("*.md")
    assert path.name.startswith("harbour-authority-approves") and "> " + MARIA in path.read_text()


async def test_the_export_dialog_shows_its_whole_question_at_80_columns(sample_library):
    from pilot import NARROW, palette_options, screen_lines

    app = ReaderApp(sample_library)
    async with app.run_test(size=NARROW) as pilot:
        await pilot.press("ctrl+p", *"export notes")
        await until(pilot, lambda: "Export notes" in "".join(palette_options(app)))
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, ExportPrompt))
        shown_text = " ".join(" ".join(line.replace("│", " ").split()) for line in screen_lines(app))
        assert ExportPrompt.QUESTION in shown_text
        assert "enter to export · escape to cancel" in shown_text


@pytest.fixture
def marked_library(sample_library):
    """Entities, a bookmark, a sentence bookmark and a note all on one passage."""
    harbour = article_id(sample_library, HARBOUR)
    sample_library.add_bookmark(harbour, 1)
    sample_library.add_note(harbour, "Forty million: check the budget papers.", paragraph=1)
    sample_library.add_bookmark(harbour, 2, 46)
    sample_library.add_note(harbour, "Which operators?", paragraph=2, start=46, end=117)
    sample_library.add_note(harbour, "Compare with the 1990s project.")
    return sample_library


def test_snapshot_entities_bookmarks_notes_and_a_find_overlap(snap_compare, marked_library):
    app = ReaderApp(marked_library)
    assert snap_compare(app, press=["enter", "slash", *"million", "enter"], terminal_size=WIDE)


async def test_the_library_filter_understands_has_note_and_has_bookmark(sample_library):
    sample_library.add_note(article_id(sample_library, "Bank of Norland"), "rates", paragraph=0)
    app = ReaderApp(sample_library)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("slash", *"has:note")
        assert [row.title for row in reading(app).rows.visible] == ["Bank of Norland holds rates as inflation cools"]
        # escape keeps the cursor on Bank of Norland; g goes up to the Harbour article to bookmark it
        await pilot.press("enter", "escape", "g", "enter", "j", "b")
        await saved(app, pilot)
        await pilot.press("q", "slash", *"has:bookmark")
        assert [row.title for row in reading(app).rows.visible] == [
            "Harbour Authority approves a new ferry terminal for Kestrel Bay"
        ]
