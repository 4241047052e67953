"""Progress of an import running in the background."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.widgets import Label, ProgressBar

from reader.text import shown_line


class ImportStatus(Horizontal):
    DEFAULT_CSS = """
    ImportStatus {
        dock: bottom;
        height: 1;
        background: $panel;
        display: none;
        &.-busy { display: block; }
        Label { width: 1fr; padding: 0 1; color: $text-muted; }
        ProgressBar { width: auto; }
    }
    """

    def compose(self) -> ComposeResult:
        yield Label("", id="import-label", markup=False)
        yield ProgressBar(total=None, show_eta=False, id="import-progress")

    def start(self, what: str) -> None:
        self.add_class("-busy")
        self.query_one(Label).update(f"Importing {shown_line(what)}…")
        self.query_one(ProgressBar).update(total=None, progress=0)

    def advance(self, done: int, total: int, source: str) -> None:
        label = f"Importing {done + 1 if done < total else done} of {total}: {shown_line(source)}"
        self.query_one(Label).update(label if source else "Finishing the import…")
        self.query_one(ProgressBar).update(total=max(total, 1), progress=done)

    def finish(self) -> None:
        self.remove_class("-busy")
