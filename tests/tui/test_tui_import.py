"""Importing from inside the app: a prompt, a background worker, the list updated."""

from __future__ import annotations

import threading
from pathlib import Path

from textual.app import App
from textual.widgets import Label, ProgressBar

from conftest import SAMPLE_ARTICLES, build_library, sample_finder
from pilot import recorded_notifications, until

from reader.store import Library
from reader.store.reports import FINDING_NAMES
from reader.tui.app import ReaderApp
from reader.tui.screens.import_prompt import ImportPrompt
from reader.tui.widgets.import_status import ImportStatus
from reader.tui.widgets.library_header import LibraryHeader

ARTICLE_TXT = """\
Skip to content

Norland opens its first tidal power station

By Jane Doe

The station on the North Sea coast will power forty thousand homes, Maria Lindqvist said.

Engineers spent three years on the turbines.
"""


class SlowFinder:
    """The sample finder, held back until the test lets it go (to watch the UI meanwhile)."""

    def __init__(self) -> None:
        self.release = threading.Event()
        self.called = threading.Event()  # the import has reported the step before this one

    def __call__(self, blocks):
        self.called.set()
        self.release.wait(timeout=30)
        return sample_finder(blocks)


async def test_i_imports_a_file_in_the_background_and_lists_it(tmp_path: Path):
    finder = SlowFinder()
    library = Library(tmp_path / "library", entity_finder=finder)
    finder.release.set()
    library.add_articles((a, "sample") for a in SAMPLE_ARTICLES[:2])
    finder.release.clear()
    finder.called.clear()
    source = tmp_path / "tidal.txt"
    source.write_text(ARTICLE_TXT, encoding="utf-8")

    app = ReaderApp(library)
    async with app.run_test(size=(120, 40)) as pilot:
        notes = recorded_notifications(app)
        await pilot.press("i")
        assert isinstance(app.screen, ImportPrompt)
        await pilot.press(*str(source), "enter")
        status = app.screen.query_one(ImportStatus)
        assert status.display
        # The import waits on the entity finder; the list still answers keys meanwhile.
        listing = app.screen.library_list
        await pilot.press("j")
        assert listing.cursor == 1
        assert any(worker.is_running for worker in app.screen.workers)
        # Finding the entities (loading spaCy, the first time) is a step of its own, named.
        await until(pilot, finder.called.is_set, timeout=30)

        def on_screen() -> str:
            return "\n".join(strip.text for strip in app.screen._compositor.render_strips())

        # On screen, not under the keys (the worker's progress reaches the UI in its own time).
        await until(pilot, lambda: "Finding people, places and dates… (step 2 of 2)" in on_screen(), timeout=30)
        finder.release.set()
        await app.screen.workers.wait_for_complete()
        await pilot.pause()
        assert not status.display
        titles = [row.title for row in app.screen.rows.visible]
        assert "Norland opens its first tidal power station" in titles
        assert "3 articles" in app.screen.query_one(LibraryHeader).render().plain
        assert notes and notes[-1][0].startswith("1 imported · 0 updated · 0 duplicates · 0 failed")
        # The new article opens with its stored entities.
        new = titles.index("Norland opens its first tidal power station")
        await pilot.press("g", *["j"] * new, "enter")
        assert app.screen.article_view.article.title == "Norland opens its first tidal power station"
        assert any(e.canonical == "Maria Lindqvist" for e in app.screen.article_view.article.entities)


async def test_a_failed_import_is_reported_with_its_reason(tmp_path: Path):
    library = build_library(tmp_path / "library")
    app = ReaderApp(library)
    async with app.run_test(size=(120, 40)) as pilot:
        notes = recorded_notifications(app)
        await pilot.press("i", *str(tmp_path / "missing.txt"), "enter")
        await app.screen.workers.wait_for_complete()
        await pilot.pause()
        message, severity = notes[-1]
        assert message.startswith("0 imported · 0 updated · 0 duplicates · 1 failed")
        assert "missing.txt: no such file or folder" in message
        assert severity == "warning"
        assert len(app.screen.rows.visible) == len(SAMPLE_ARTICLES)


async def test_escape_closes_the_import_prompt_without_importing(sample_library):
    app = ReaderApp(sample_library)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("i", "x", "escape")
        assert not isinstance(app.screen, ImportPrompt)
        assert not [status for status in app.screen.query(ImportStatus) if status.display]


class StatusHost(App):
    """An app that starts an import status and reports progress in the same breath."""

    def on_mount(self) -> None:
        status = ImportStatus()
        self.mount(status)  # not awaited: the progress arrives while the status is mounting
        status.start("tidal.txt")
        status.advance(1, 2, FINDING_NAMES)


async def test_progress_reported_while_the_status_mounts_is_shown():
    app = StatusHost()
    async with app.run_test(size=(120, 3)) as pilot:
        await pilot.pause()
        status = app.query_one(ImportStatus)
        assert str(status.query_one(Label).render()) == "Finding people, places and dates… (step 2 of 2)"
        assert status.query_one(ProgressBar).percentage == 0.5
