"""A filter search that its caller no longer wants (a newer query was typed) stops, even
while SQLite is working on it, and leaves the index as usable as before."""

from __future__ import annotations

import pytest

from reader.store import SearchStopped
from reader.store import search_index


class Stop:
    """A caller's `stop()`: says to stop at its `at`-th asking (never without one), counting."""

    def __init__(self, at: int | None = None) -> None:
        self.at = at
        self.asked = 0

    def __call__(self) -> bool:
        self.asked += 1
        return self.asked == self.at


@pytest.fixture
def asked_every_step(monkeypatch):
    """SQLite asks `stop()` at each of its steps, so even a five-article search is asked."""
    monkeypatch.setattr(search_index, "_STEPS_BETWEEN_STOPS", 1)


def test_a_search_asked_to_stop_before_it_starts_answers_nothing(sample_library):
    with pytest.raises(SearchStopped):
        sample_library.matching_ids("kestrel", stop=Stop(at=1))


def test_stop_is_asked_while_sqlite_works_and_a_search_never_stopped_answers_in_full(sample_library, asked_every_step):
    stop = Stop()
    found = sample_library.matching_ids("k*", stop=stop)
    assert found == sample_library.matching_ids("k*") and len(found) == 3
    assert stop.asked > 2  # more than before and after: during


def test_a_search_stops_inside_sqlite_at_the_first_true_answer(sample_library, asked_every_step):
    stop = Stop(at=2)  # the first time SQLite asks
    with pytest.raises(SearchStopped):
        sample_library.matching_ids("k*", stop=stop)
    assert stop.asked == 2
    # The connection is whole, and the next search is not asked by the old `stop`.
    assert len(sample_library.matching_ids("k*")) == 3
    assert stop.asked == 2
