"""Progress of an import running in the background."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.widgets import Label, ProgressBar

from reader.store import ENTITY_STEPS
from reader.text import shown_line


class ImportStatus(Horizontal):
    DEFAULT_CSS = """
    ImportStatus {
        height: 1;  /* in the flow above the key hints: docked, it hid under them */
        background: $panel;
        display: none;
        &.-busy { display: block; }
        Label { width: 1fr; padding: 0 1; color: $text-muted; }
        ProgressBar { width: 42; }
    }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        # Mounted on the first import: what to show once its parts are there.
        self._shown: tuple[str, int | None, int] = ("", None, 0)

    def compose(self) -> ComposeResult:
        yield Label(self._shown[0], id="import-label", markup=False)
        yield ProgressBar(total=None, show_eta=False, id="import-progress")

    def on_mount(self) -> None:
        self.call_after_refresh(self._apply)

    def start(self, what: str) -> None:
        self.add_class("-busy")
        self._show(f"Importing {shown_line(what)}…", None, 0)

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
        if self.is_mounted:
            # After the next refresh: an update that reaches the label before it is mounted
            # itself is lost (an import's first label, or a refresh's, never showed).
            self.call_after_refresh(self._apply)

    def _apply(self) -> None:
        label, total, progress = self._shown
        self.query_one(Label).update(label)
        self.query_one(ProgressBar).update(total=total, progress=progress)

    def finish(self) -> None:
        self.remove_class("-busy")
