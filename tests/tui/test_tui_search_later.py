"""The library filter when a query's answer takes longer than its keystroke may wait: the
keys go on, the header says it is searching, and only the newest query's answer is shown.

A slow query is made by holding its answer back until the test lets it go (no clock)."""

from __future__ import annotations

import threading

import pytest
from pilot import WIDE, reading, shown

from reader.search.typing import as_typed
from reader.store import Library
from reader.tui.app import ReaderApp
from reader.tui.widgets.library_header import LibraryHeader


class HeldQueries:
    """The library's answers to the queries named, each held back once made until `release`."""

    def __init__(self, library: Library, *queries: str) -> None:
        self._answer = library.matching_ids
        self._gates = {as_typed(query): threading.Event() for query in queries}
        library.matching_ids = self  # type: ignore[method-assign]

    def __call__(self, text, now=None, stop=None):
        found = self._answer(text, now, stop)
        if text in self._gates:
            self._gates[text].wait()
        return found

    def release(self, query: str) -> None:
        self._gates[as_typed(query)].set()

    def release_all(self) -> None:
        for gate in self._gates.values():
            gate.set()


@pytest.fixture
def held(sample_library):
    queries: list[HeldQueries] = []

    def hold(*texts: str) -> HeldQueries:
        queries.append(HeldQueries(sample_library, *texts))
        return queries[-1]

    yield hold
    for held_queries in queries:  # a failed test leaves no search thread waiting
        held_queries.release_all()


def titles(app: ReaderApp) -> list[str]:
    return sorted(row.title for row in reading(app).rows.visible)


ALL = [
    "Alpine glaciers lost a tenth of their ice in two years",
    "Bank of Norland holds rates as inflation cools",
    "Harbour Authority approves a new ferry terminal for Kestrel Bay",
    "Record field expected for the Kestrel Bay marathon",
    "The long history of the North Sea ferries",
]


async def test_a_slow_query_leaves_the_list_as_it_was_then_shows_its_matches_and_count(sample_library, held):
    queries = held("k")
    app = ReaderApp(sample_library)
    async with app.run_test(size=WIDE) as pilot:
        await app.workers.wait_for_complete()
        reading(app).search.wait = 0
        header = app.screen.query_one(LibraryHeader)
        await pilot.press("slash", "k")
        await pilot.pause()
        # No count of the old rows for the new query: the header says it is searching.
        assert titles(app) == ALL
        assert "searching 5 articles…" in shown(header) and "filter: k" in shown(header)
        assert " of 5 articles" not in shown(header)
        queries.release("k")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert titles(app) == [ALL[1], ALL[2], ALL[3]]  # Kestrel, and the bank that "kept" rates
        assert "3 of 5 articles" in shown(header) and "searching" not in shown(header)
        assert "Record field expected" in shown(reading(app).library_list)


async def test_an_answer_to_a_query_typed_over_never_replaces_the_newer_one(sample_library, held):
    queries = held("l")
    app = ReaderApp(sample_library)
    async with app.run_test(size=WIDE) as pilot:
        await app.workers.wait_for_complete()
        search = reading(app).search
        search.wait = 0
        header = app.screen.query_one(LibraryHeader)
        await pilot.press("slash", "l")  # held: its answer is made, and waits
        await pilot.pause()
        assert "searching" in shown(header)
        search.wait = None
        await pilot.press("i")  # "li" answered at once, while "l" still waits
        assert titles(app) == [ALL[1], ALL[2]]
        queries.release("l")  # its four matches come after the two of "li"
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert titles(app) == [ALL[1], ALL[2]]
        assert "2 of 5 articles" in shown(header) and "filter: li" in shown(header)


async def test_escape_during_a_slow_query_shows_every_article_and_its_answer_is_dropped(sample_library, held):
    queries = held("k")
    app = ReaderApp(sample_library)
    async with app.run_test(size=WIDE) as pilot:
        await app.workers.wait_for_complete()
        reading(app).search.wait = 0
        header = app.screen.query_one(LibraryHeader)
        await pilot.press("slash", "k")
        await pilot.pause()
        assert "searching" in shown(header)
        await pilot.press("escape")
        assert titles(app) == ALL
        assert shown(header).startswith(" reader   5 articles · 5 unread · sorted by date")
        queries.release("k")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert titles(app) == ALL
        assert shown(header).startswith(" reader   5 articles · 5 unread · sorted by date")
        assert not reading(app).library_pane.has_class("-filtering")


async def test_the_snippet_of_a_result_that_came_later_is_shown_when_it_comes(sample_library):
    app = ReaderApp(sample_library)
    async with app.run_test(size=WIDE) as pilot:
        await app.workers.wait_for_complete()
        reading(app).search.wait = 0  # the answer and the snippet both come after the keys
        await pilot.press("slash", *"berths")
        await app.workers.wait_for_complete()  # the answer, which asks for the snippet
        await app.workers.wait_for_complete()  # the snippet
        await pilot.pause()
        snippet = reading(app).library_pane.snippet
        assert snippet.display
        content = snippet.render()
        assert "asked for more berths on the North Sea" in content.plain
        assert [content.plain[s.start:s.end] for s in content.spans if "bold" in str(s.style)] == ["berths"]
