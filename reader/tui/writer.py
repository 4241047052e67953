"""Library writes off the UI thread, in the order they were asked for.

The one write path of the app: a screen submits a `Write` (reader.tui.writes) and, when it
names itself as `reply_to`, gets `Written` once the change is on disk, or `NotWritten`.
Dialogs never write: they hand what was typed to the screen that opened them.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from textual.message import Message
from textual.message_pump import MessagePump

from reader.store import Library, LibraryError

if TYPE_CHECKING:  # the writes are made, and imported, only once something is written
    from reader.tui.writes import Write

_STOP = object()


@dataclass
class Written(Message):
    """`write` is on disk; `result` is what the library returned for it."""

    write: Write
    result: Any


@dataclass
class NotWritten(Message):
    """`write` could not be written (the app has told the reader why)."""

    write: Write
    reason: str


class BackgroundWrites:
    """One thread applies writes one after another; the UI never waits on the file lock."""

    def __init__(self, library: Library, on_error: Callable[[str], None]) -> None:
        self._library = library
        self._queue: queue.Queue[Any] = queue.Queue()
        self._on_error = on_error
        self._thread: threading.Thread | None = None

    def submit(self, write: Write, reply_to: MessagePump | None = None) -> None:
        """Apply `write` after those asked for before; `reply_to` hears how it went."""
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="library-writes", daemon=True)
            self._thread.start()
        self._queue.put((write, reply_to))

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
                write, reply_to = item
                try:
                    result = write.apply(self._library)
                except (LibraryError, OSError) as error:
                    self._on_error(str(error))
                    if reply_to is not None:
                        reply_to.post_message(NotWritten(write, str(error)))
                else:
                    if reply_to is not None:
                        reply_to.post_message(Written(write, result))  # thread-safe in Textual
            finally:
                self._queue.task_done()
