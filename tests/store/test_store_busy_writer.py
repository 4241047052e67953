"""Reading while another writer is in the middle of its transaction."""

from __future__ import annotations

import threading

from builders import small_library

from reader.store import Library


def test_a_read_during_another_writers_transaction_does_not_wait_for_it(tmp_path, monkeypatch):
    monkeypatch.setattr("reader.store.transaction.LOCK_TIMEOUT_S", 2)  # a wait, if any, ends soon
    library, ids = small_library(tmp_path / "library")
    library.list_summaries()  # the index has been brought up to date once
    inside, finish = threading.Event(), threading.Event()

    def slow_writer() -> None:
        writer = Library(tmp_path / "library")
        with writer.transaction():
            writer.files.reading.write_text('{"_meta": {"format": "reader-library", "schema": 1}}')
            inside.set()  # the truth has changed; the index has not followed yet
            finish.wait(timeout=30)

    thread = threading.Thread(target=slow_writer)
    thread.start()
    try:
        assert inside.wait(timeout=30)
        titles = [s.title for s in library.list_summaries()]
        still_writing = not finish.is_set()
    finally:
        finish.set()
        thread.join()
    # Answered from the index as the last writer left it, while the other writer still held the lock.
    assert still_writing
    assert sorted(titles) == sorted(library.summary(i).title for i in ids)
