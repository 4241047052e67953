"""Readers on several threads pause the garbage collector; it must come back on."""

from __future__ import annotations

import gc
import sys
import threading

import pytest

from reader.store.jsonfile import loads


@pytest.fixture
def fast_thread_switching():
    # Threads change hands between almost every bytecode: the interleavings come quickly.
    before = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)
    yield
    sys.setswitchinterval(before)


def test_parsing_on_many_threads_leaves_the_collector_on(fast_thread_switching):
    assert gc.isenabled()

    def parse_often() -> None:
        for _ in range(1500):
            loads(b'{"a": 1}')

    for _ in range(150):
        readers = [threading.Thread(target=parse_often) for _ in range(4)]
        for reader in readers:
            reader.start()
        for reader in readers:
            reader.join()
        assert gc.isenabled(), "the collector was left off"


def test_the_collector_stays_off_until_the_last_pause_ends():
    from reader.store.gc_pause import collector_paused

    first, second = collector_paused(), collector_paused()
    first.__enter__()
    second.__enter__()
    first.__exit__(None, None, None)
    assert not gc.isenabled()  # the second section is still building
    second.__exit__(None, None, None)
    assert gc.isenabled()
