"""`reader` with no command: open the library in the app.

A module of its own so that start-up imports none of the other commands' modules
(output formatting, export): the app's start is measured against a bare Textual app.
"""

from __future__ import annotations

import gc
import sys
from pathlib import Path

from reader.store import Library


def open_app(data_dir: Path) -> int:
    # Start-up makes many long-lived objects, modules first; collecting among them costs ~0.1 s
    # (benchmarks/bench_startup.py). So the collector is off (main turned it off before importing
    # the store) until the app's first paint, but for a first import or an index build.
    gc.disable()
    library = Library(data_dir)
    if library.is_new() or not library.index_is_current():
        gc.enable()
        prepare_library(library)
        gc.disable()
    from reader.tui.library_rows import FirstRows

    # What the first screen reads, read here (once): a damaged file is one line, not a broken app.
    first_rows = FirstRows.read(library)
    from reader.tui.app import run_app

    return run_app(library, first_rows)


def prepare_library(library: Library) -> None:
    """The sample articles imported on the first run, else the index brought up to date."""
    if library.is_new():
        import_first_run(library)
    else:
        from reader.cli.progress import refresh_index_with_progress

        refresh_index_with_progress(library)


def import_first_run(library: Library) -> None:
    from reader.cli.output import print_import_summary
    from reader.cli.progress import import_with_progress
    from reader.paths import sample_articles_dir

    print("First run: importing the sample library...", file=sys.stderr)
    report = import_with_progress(library, [str(sample_articles_dir())])
    print_import_summary(report, verbose=False)
