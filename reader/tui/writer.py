"""Library writes off the UI thread, in the order they were asked for."""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable
from typing import Any

from reader.store import LibraryError

_STOP = object()

# Runs a callback (with its arguments) on the UI thread without waiting for it.
Deliver = Callable[..., Any]


class BackgroundWrites:
    """One thread applies writes one after another; the UI never waits on the file lock.

    A write may name `then` (called on the UI thread with the write's result once it is on
    disk) and `failed` (called with the reason when it could not be written), so the UI
    shows a change as saved only after it is.
    """

    def __init__(self, on_error: Callable[[str], None], deliver: Deliver | None = None) -> None:
        self._queue: queue.Queue[Any] = queue.Queue()
        self._on_error = on_error
        self._deliver: Deliver = deliver or (lambda callback, *args: callback(*args))
        self._thread: threading.Thread | None = None

    def submit(
        self,
        write: Callable[..., Any],
        *args: Any,
        then: Callable[[Any], Any] | None = None,
        failed: Callable[[str], Any] | None = None,
        **kwargs: Any,
    ) -> None:
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="library-writes", daemon=True)
            self._thread.start()
        self._queue.put((write, args, kwargs, then, failed))

    def flush(self) -> None:
        """Wait until every write asked for so far is done."""
        if self._thread is not None:
            self._queue.join()

    def close(self) -> None:
        if self._thread is not None:
            self._queue.put(_STOP)
            self._thread.join()
            self._thread = None

    def _run(self) -> None:
        while True:
            item = self._queue.get()
            try:
                if item is _STOP:
                    return
                write, args, kwargs, then, failed = item
                try:
                    result = write(*args, **kwargs)
                except (LibraryError, OSError) as error:
                    self._on_error(str(error))
                    if failed is not None:
                        self._deliver(failed, str(error))
                else:
                    if then is not None:
                        self._deliver(then, result)
            finally:
                self._queue.task_done()
