"""Quitting during an import stops it between items: what is committed stays, nothing is
half-done, and the app does not wait for the rest."""

from __future__ import annotations

import asyncio
import threading
from pathlib import Path

from builders import fake_finder
from hostile_corpus import ARTICLE

import reader.ingest
from reader.store import Library
from reader.tui.app import ReaderApp


class RecordingLibrary(Library):
    """Says when its import returned, and with what."""

    def __init__(self, root: Path) -> None:
        super().__init__(root, entity_finder=fake_finder)
        self.finished = threading.Event()
        self.reports = []

    def import_sources(self, sources, progress=None, cancelled=None):
        try:
            report = super().import_sources(sources, progress, cancelled)
            self.reports.append(report)
            return report
        finally:
            self.finished.set()


async def test_q_during_an_import_stops_it_between_items(tmp_path: Path, monkeypatch):
    folder = tmp_path / "in"
    folder.mkdir()
    for n in range(20):
        (folder / f"story-{n:02d}.txt").write_text(ARTICLE.replace("ferry", f"ferry {n}"), encoding="utf-8")
    read = reader.ingest.read_source
    calls: list[str] = []
    second_started, release = threading.Event(), threading.Event()

    def slow_read(source: str):
        calls.append(source)
        if len(calls) == 2:
            second_started.set()
            release.wait(timeout=30)
        return read(source)

    monkeypatch.setattr(reader.ingest, "read_source", slow_read)
    library = RecordingLibrary(tmp_path / "lib")
    app = ReaderApp(library)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("i", *str(folder), "enter")
        assert await asyncio.to_thread(second_started.wait, 30)
        await pilot.press("q")
        release.set()
    assert await asyncio.to_thread(library.finished.wait, 30)
    (report,) = library.reports
    assert report.cancelled and len(calls) == 2
    assert Library(tmp_path / "lib").summaries() == []  # read, never committed: not half-done


def test_what_was_committed_before_the_cancel_stays(tmp_path: Path, monkeypatch):
    monkeypatch.setattr("reader.store.importing.BATCH_SIZE", 1)  # each article its own commit
    folder = tmp_path / "in"
    folder.mkdir()
    for n in range(6):
        (folder / f"story-{n}.txt").write_text(ARTICLE.replace("ferry", f"ferry {n}"), encoding="utf-8")
    library = Library(tmp_path / "lib", entity_finder=fake_finder)
    seen: list[str] = []
    report = library.import_sources([str(folder)], progress=lambda done, total, source: seen.append(source),
                                    cancelled=lambda: len({s for s in seen if s.endswith(".txt")}) >= 3)
    assert report.cancelled and len(report.imported) == 3
    assert len(Library(tmp_path / "lib").summaries()) == 3
