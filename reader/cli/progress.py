"""Progress bars for imports of more than a few items and for building the index."""

from __future__ import annotations

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

from collections.abc import Callable
from typing import TypeVar

from reader.store import ENTITY_STEPS, ImportReport, Library
from reader.store.feed_refreshing import RefreshProgress

T = TypeVar("T")

# Fewer items than this import without a progress bar.
PROGRESS_FROM = 4
# Fewer articles to index than this go without one (they take well under a second).
INDEX_BAR_FROM = 200


def _bar(console: Console) -> Progress:
    return Progress(
        TextColumn("[progress.description]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
        console=console,
        transient=True,
    )


def refresh_index_with_progress(library: Library) -> None:
    """Bring the index up to date (built whole on a first open or after a deletion)."""
    console = Console(stderr=True)
    if not console.is_terminal:
        library.refresh_index()
        return
    with _bar(console) as progress:
        task = progress.add_task("Indexing the library", total=None, visible=False)

        def advance(done: int, total: int) -> None:
            progress.update(task, completed=done, total=total, visible=total >= INDEX_BAR_FROM)

        library.refresh_index(progress=advance)


def import_with_progress(library: Library, sources: list[str]) -> ImportReport:
    return _with_step_bar("Importing", lambda progress: library.import_sources(sources, progress=progress))


def refresh_with_progress(run: Callable[[RefreshProgress | None], T]) -> T:
    """`run(progress)` with a bar on a terminal once four or more feeds are refreshed."""
    return _with_step_bar("Refreshing feeds", run)


def _with_step_bar(label: str, run: Callable[[Callable[[int, int, str], None] | None], T]) -> T:
    """`run(progress)` with a bar named `label` on a terminal, from PROGRESS_FROM steps on;
    the entity step names itself (the model's first load takes seconds)."""
    console = Console(stderr=True)
    if not console.is_terminal:  # a log or a pipe wants the summary, not a bar's last frame
        return run(None)
    with _bar(console) as progress:
        task = progress.add_task(label, total=None, visible=False)

        def advance(done: int, total: int, current: str) -> None:
            what = current.capitalize() if current in ENTITY_STEPS else label
            progress.update(task, completed=done, total=total, description=what,
                            visible=total >= PROGRESS_FROM)
            if current in ENTITY_STEPS:
                progress.refresh()  # drawn now: the step about to run holds the CPU for a while

        return run(advance)
