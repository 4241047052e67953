"""Keeping a library's index.sqlite3 in step with its truth: checked before reads,
changed along with writes, rebuilt (or kept privately) when it cannot be used as it is."""

from __future__ import annotations

import atexit
import shutil
import sqlite3
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reader.store.errors import LibraryError, LibraryWriteError
from reader.store.index_sync import IndexProgress, is_current, sync_index, truth_stamps
from reader.store.search_index import IndexUnusable, SearchIndex
from reader.store.transaction import Transaction, WriterBusy, WriterLock

if TYPE_CHECKING:
    from reader.store.library import Library


class IndexKeeper:
    """The one SearchIndex of a Library, opened on first use."""

    def __init__(self, library: Library, lock: WriterLock) -> None:
        self.library = library
        self.files = library.files
        self.lock = lock
        self._index: SearchIndex | None = None

    def opened(self) -> SearchIndex:
        """The index as it is (not checked)."""
        if self._index is None:
            self._index = SearchIndex(self.files.index)
        return self._index

    def current(self) -> SearchIndex:
        """The index, brought up to date with the truth first if it is not.

        While another writer is in the middle of its transaction, an index it has synced before
        is read as it is: that writer brings it up to date when it is done, and a reader that
        waited for it (the app, moving its cursor while feeds refresh) would stall a frame
        (benchmarks/bench_feed_frames.py).
        """
        if not self.is_current():
            try:
                self.refresh(wait=False)
            except WriterBusy:
                if not self.opened().stamps():
                    self.refresh()  # never synced: nothing to read yet but what the writer builds
        assert self._index is not None
        return self._index

    def is_current(self) -> bool:
        try:
            return is_current(self.opened(), self.files)
        except (IndexUnusable, sqlite3.Error):
            return False

    def ask(self, question: Callable[[SearchIndex], Any]) -> Any:
        """`question(index)`; an index found damaged on the way is built again, once."""
        try:
            return question(self.current())
        except sqlite3.DatabaseError as error:
            if isinstance(error, sqlite3.OperationalError):
                raise
            self.drop()
            return question(self.current())

    def drop(self) -> None:
        self.opened().drop()
        self._index = None

    def refresh(self, progress: IndexProgress | None = None, wait: bool = True) -> None:
        """Index what changed in the truth since the index last matched it (all, if new).
        With `wait=False`, WriterBusy rather than waiting for another writer."""
        try:
            with self.lock.held(wait=wait):
                sync_index(self.opened(), self.library, progress)
            return
        except (IndexUnusable, sqlite3.Error, LibraryWriteError) as error:
            cannot_write = error
        # A read-only folder or a full disk: the index as it is, if it is current ...
        self.opened().close()
        self._index = SearchIndex(self.files.index, read_only=True)
        try:
            if is_current(self._index, self.files):
                return
        except (IndexUnusable, sqlite3.Error):
            pass
        # ... else a private temporary one.
        try:
            self._index = SearchIndex(_temporary_index_path())
            sync_index(self._index, self.library, progress)
        except (IndexUnusable, sqlite3.Error, OSError) as error:
            self._index = None
            if isinstance(cannot_write, LibraryWriteError):
                raise cannot_write from error
            raise LibraryError(
                f"cannot write {self.files.index} (the search index): {cannot_write}; "
                f"free some space or use a writable data folder"
            ) from error

    @contextmanager
    def transaction(self) -> Iterator[Transaction]:
        """The lock, and the index changed along with what the block writes to the truth.

        The block writes the truth and hands over what the index must do to follow. If the
        index cannot be written, the truth stands: its stamps then differ from the truth's
        files, which marks it stale, and the next read brings it up to date.
        """
        with self.lock.held():
            before = truth_stamps(self.files)
            work = Transaction(self.files)
            yield work
            try:
                index = self.opened()
                if index.stamps() != before:
                    sync_index(index, self.library)  # stale already: this write is taken in too
                    return
                with index.transaction():
                    for change in work.changes:
                        change(index)
                    index.set_stamps(truth_stamps(self.files))
            except (IndexUnusable, sqlite3.Error, OSError, LibraryError):
                pass  # stale now (a damaged truth file, a full disk): rebuilt once it can be


def _temporary_index_path() -> Path:
    folder = Path(tempfile.mkdtemp(prefix="reader-index-"))
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    return folder / "index.sqlite3"
