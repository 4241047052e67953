"""A unit of work on a library: one writer at a time, and the index changes that follow
what the writer wrote (IndexKeeper.transaction carries them out)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from reader.store.errors import LibraryError, LibraryWriteError
from reader.store.files import LibraryFiles

if TYPE_CHECKING:
    from reader.store.search_index import SearchIndex

LOCK_TIMEOUT_S = 30

IndexChange = Callable[["SearchIndex"], None]


class WriterBusy(Exception):
    """Another writer holds the lock right now (a reader that would rather not wait)."""


class WriterLock:
    """The library's lock file: one writer at a time across processes, reentrant within one."""

    def __init__(self, files: LibraryFiles) -> None:
        self.files = files
        self._file_lock = None

    @contextmanager
    def held(self, wait: bool = True) -> Iterator[None]:
        """The lock, waited for; with `wait=False`, WriterBusy at once if another holds it."""
        # filelock costs 20 ms to import: paid on the first write, not at start-up (bench_startup).
        from filelock import FileLock, Timeout

        if self._file_lock is None:
            self._file_lock = FileLock(self.files.lock, timeout=LOCK_TIMEOUT_S)
        try:
            self._file_lock.acquire(timeout=None if wait else 0)
        except Timeout as error:
            if not wait:
                raise WriterBusy(self.files.lock) from error
            raise LibraryError(
                f"the library in {self.files.root} is busy (another reader is writing); try again"
            ) from error
        except OSError as error:  # a read-only folder or lock file: nothing can be written
            raise LibraryWriteError(self.files.lock, error) from error
        try:
            yield
        finally:
            self._file_lock.release()


class Transaction:
    """What a block inside `with library.transaction() as tx:` writes to the truth files is
    done under the lock; what the index must do to follow it, the block hands to `tx.follow`."""

    def __init__(self, files: LibraryFiles) -> None:
        self.files = files
        self.changes: list[IndexChange] = []

    def follow(self, change: IndexChange) -> None:
        """Have the index make `change` once the block's writes are done."""
        self.changes.append(change)
