"""The garbage collector paused around a burst of allocations, from any number of threads.

Each reader used to save `gc.isenabled()`, disable, and enable again if it had been on.
Two threads interleaving that way could leave the collector off for good: one saw it off
because the other had just paused it, then outlived it. Here the first pause saves the
state and the last resume restores it.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_pausing = 0  # sections inside collector_paused, in every thread
_enable_after = False


@contextmanager
def collector_paused() -> Iterator[None]:
    global _pausing, _enable_after
    with _lock:
        if _pausing == 0:
            _enable_after = gc.isenabled()
            gc.disable()
        _pausing += 1
    try:
        yield
    finally:
        with _lock:
            _pausing -= 1
            if _pausing == 0 and _enable_after:
                gc.enable()
