"""A progress bar for imports of more than a few items."""

from __future__ import annotations

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

from reader.store import ENTITY_STEPS, ImportReport, Library

# Fewer items than this import without a progress bar.
PROGRESS_FROM = 4


def import_with_progress(library: Library, sources: list[str]) -> ImportReport:
    console = Console(stderr=True)
    if not console.is_terminal:  # a log or a pipe wants the summary, not a bar's last frame
        return library.import_sources(sources)
    with Progress(
        TextColumn("[progress.description]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
        console=console,
        transient=True,
    ) as progress:
        task = progress.add_task("Importing", total=None, visible=False)

        def advance(done: int, total: int, current: str) -> None:
            # The entity step names itself: the model's first load takes seconds.
            what = current.capitalize() if current in ENTITY_STEPS else "Importing"
            progress.update(task, completed=done, total=total, description=what,
                            visible=total >= PROGRESS_FROM)
            if current in ENTITY_STEPS:
                progress.refresh()  # drawn now: the step about to run holds the CPU for a while

        return library.import_sources(sources, progress=advance)
