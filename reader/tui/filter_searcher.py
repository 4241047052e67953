"""The library filter's queries, answered in threads of their own, so that no query,
however slow (a two-letter prefix at 100,000 articles: 0.1 to 0.5 s), holds up the keys."""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import TypeVar

# A query's text and a `stop()` to ask while searching -> the ids it matches (raising
# SearchStopped once `stop()` says so, QueryError when the text is malformed).
StoppableFind = Callable[[str, Callable[[], bool]], set[str]]

T = TypeVar("T")

# Two: a newer query starts at once while the one it replaced winds down.
THREADS = 2


class FilterSearcher:
    """Runs one query at a time that matters: asking a new one tells the one before to stop."""

    def __init__(self, find: StoppableFind) -> None:
        self._find = find
        self._asked = 0  # how many queries were asked: only the newest is still wanted
        self._threads: ThreadPoolExecutor | None = None

    def ask(self, query: str) -> Future[set[str]]:
        """Start searching for `query`; the query asked before is no longer wanted."""
        self._asked += 1
        number = self._asked
        return self.run(self._find, query, lambda: self._asked != number)

    def run(self, work: Callable[..., T], *args: object) -> Future[T]:
        """`work(*args)` in one of the threads (a snippet of the selected result)."""
        if self._threads is None:  # made when first asked: most sessions never filter
            self._threads = ThreadPoolExecutor(THREADS, thread_name_prefix="reader-filter")
        return self._threads.submit(work, *args)

    def drop(self) -> None:
        """No query asked so far is wanted any more (the filter was cleared)."""
        self._asked += 1

    def close(self) -> None:
        """Stop what is running and let the threads end (their index connections with them)."""
        self.drop()
        if self._threads is not None:
            self._threads.shutdown(wait=False, cancel_futures=True)
            self._threads = None
