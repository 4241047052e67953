"""A feed refresh run in a process of its own, for the app: its frames stay smooth.

Refreshing finds entities with spaCy, which holds Python's interpreter lock for long
stretches: in a thread of the app it delayed frames by up to 175 ms
(benchmarks/bench_feed_frames.py). Here the child does the work and the parent only reads
a pipe. The child writes to the library as `reader refresh` in another shell would (the
lock lets one writer in at a time; a child killed half-way loses nothing acknowledged,
tests/test_faults_kill_refresh.py). A plain subprocess, not multiprocessing: that needs
the standard error's file descriptor, which a running Textual app has taken over.
"""

from __future__ import annotations

import os
import pickle
import subprocess
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

if TYPE_CHECKING:
    from reader.store import Library
    from reader.store.feed_refreshing import RefreshProgress, RefreshReport


# How much lower the refresh's CPU priority is than the app's (the scale goes to 19).
BACKGROUND_NICENESS = 10


class RefreshFailed(Exception):
    """The refresh could not run (the library refused it, or the child died); one line."""


def refresh_in_process(
    library: Library, names: list[str] | None, progress: RefreshProgress | None = None
) -> RefreshReport:
    """`library.feeds.refresh(names, progress)`, run in a child process; blocks until done."""
    child = subprocess.Popen(
        [sys.executable, "-m", "reader.store.refresh_process"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
    )
    assert child.stdin is not None and child.stdout is not None
    try:
        try:
            # The import path first: the entity finder is sent by reference to its module.
            pickle.dump(sys.path, child.stdin)
            pickle.dump((str(library.data_dir), names, library.entity_finder()), child.stdin)
            child.stdin.close()
        except BrokenPipeError:
            pass  # the child is gone already: said below, as any stop is
        while True:
            try:
                kind, *payload = pickle.load(child.stdout)
            except (EOFError, pickle.UnpicklingError):
                child.wait()
                raise RefreshFailed(f"the refresh stopped (exit code {child.returncode})") from None
            if kind == "progress" and progress is not None:
                progress(*payload)
            elif kind == "done":
                return payload[0]
            elif kind == "failed":
                raise RefreshFailed(payload[0])
    finally:
        child.stdout.close()
        child.wait()


def _child(received: BinaryIO, sending: BinaryIO) -> None:
    _yield_to_the_app()
    sys.path[:] = pickle.load(received)
    data_dir, names, finder = pickle.load(received)

    def send(*message: Any) -> None:
        pickle.dump(message, sending)
        sending.flush()

    from reader.store import Library

    try:
        library = Library(Path(data_dir), entity_finder=finder)
        report = library.feeds.refresh(names, lambda done, total, name: send("progress", done, total, name))
    except Exception as error:  # said in the app, never a traceback
        send("failed", str(error) or type(error).__name__)
        return
    send("done", report)


def _yield_to_the_app() -> None:
    """Background work: when the cores are busy the app's frames go first
    (benchmarks/bench_feed_frames.py: the app and this child share two cores)."""
    try:
        os.nice(BACKGROUND_NICENESS)
    except (AttributeError, OSError):  # no nice() here, or not allowed: run as the app does
        pass


if __name__ == "__main__":
    _child(sys.stdin.buffer, sys.stdout.buffer)
