"""An import running in the background: its worker, its progress, and how it ended."""

from __future__ import annotations

import os
from collections.abc import Callable
from urllib.parse import urlsplit
from dataclasses import dataclass

from textual import work
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.message import Message
from textual.widgets import Label, ProgressBar
from textual.worker import get_current_worker

from reader.store import ENTITY_STEPS, ImportReport, LibraryError
from reader.text import shown_line

# The library's import_sources, as the screen hands it over.
Importer = Callable[..., ImportReport]


class ImportStatus(Horizontal):
    """Runs one import at a time and posts `Finished` or `Failed`."""

    DEFAULT_CSS = """
    ImportStatus {
        /* Over the key hints (mounted after them), not in the flow: showing and hiding it
           then leaves the panes their size, so they are not drawn again
           (benchmarks/bench_feed_frames.py: each was a frame of 20-50 ms). */
        dock: bottom;
        height: 1;
        background: $panel;
        display: none;
        &.-busy { display: block; }
        Label { width: 1fr; padding: 0 1; color: $text-muted; }
        ProgressBar { width: 42; }
    }
    """

    @dataclass
    class Finished(Message):
        report: ImportReport

    @dataclass
    class Failed(Message):
        reason: str

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        # Mounted on the first import: what to show once its parts are there.
        self._shown: tuple[str, int | None, int] = ("", None, 0)
        self._parts_ready = False

    def compose(self) -> ComposeResult:
        yield Label(self._shown[0], id="import-label", markup=False)
        yield ProgressBar(total=None, show_eta=False, id="import-progress")

    def on_mount(self) -> None:
        # Not is_mounted: Textual sets it only after mounting ends, and progress that came
        # in between was kept and never shown.
        self._parts_ready = True
        self._paint()

    def ask(self, import_sources: Importer) -> None:
        """Ask what to import, then import it in the background."""
        from reader.tui.screens.import_prompt import ImportPrompt

        def chosen(source: str | None) -> None:
            if source:
                if urlsplit(source).scheme.lower() not in ("http", "https"):
                    source = os.path.expanduser(source)
                self.start(source)
                self._run(source, import_sources)

        self.app.push_screen(ImportPrompt(), chosen)

    def start(self, source: str) -> None:
        self.add_class("-busy")
        self._show(f"Importing {shown_line(source)}…", None, 0)

    @work(thread=True, exclusive=True, group="import")
    def _run(self, source: str, import_sources: Importer) -> None:
        worker = get_current_worker()  # cancelled when the app quits: stop between items

        def progress(done: int, total: int, current: str) -> None:
            self.app.call_from_thread(self.advance, done, total, current)

        try:
            report = import_sources([source], progress=progress, cancelled=lambda: worker.is_cancelled)
            if report.cancelled:
                return
        except (LibraryError, OSError) as error:
            self.app.call_from_thread(self._ended, self.Failed(str(error)))
            return
        except Exception as error:  # a bug in one import must not close the app
            self.app.call_from_thread(self._ended, self.Failed(f"{type(error).__name__}: {error}"))
            return
        self.app.call_from_thread(self._ended, self.Finished(report))

    def _ended(self, message: Message) -> None:
        self.finish()
        self.post_message(message)

    def advance(self, done: int, total: int, current: str) -> None:
        if not current:
            label = "Finishing the import…"
        elif current in ENTITY_STEPS:  # the model's first load takes seconds: say so
            label = f"{current.capitalize()}… (step {done + 1} of {total})"
        else:
            label = f"Importing {done + 1} of {total - 1}: {shown_line(current)}"  # the last step: entities
        self._show(label, max(total, 1), done)

    def show_progress(self, label: str, total: int | None, done: int) -> None:
        """Any background work's progress (a feed refresh): `label`, `done` of `total`."""
        self.add_class("-busy")
        self._show(label, total, done)

    def _show(self, label: str, total: int | None, progress: int) -> None:
        self._shown = (label, total, progress)
        if self._parts_ready:
            self._paint()

    def finish(self) -> None:
        """The work shown (an import, a feed refresh) is over."""
        self.remove_class("-busy")

    def _paint(self) -> None:
        label, total, progress = self._shown
        self.query_one(Label).update(label)
        self.query_one(ProgressBar).update(total=total, progress=progress)


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
