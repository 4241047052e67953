"""The listing head: a big library's first screen from the index without reading every row."""

from __future__ import annotations

import asyncio
from datetime import datetime, timedelta, timezone
from pathlib import Path

from builders import article, fake_finder

from reader.store import Library
from reader.store.search_index import HEAD_ROWS

START = datetime(2025, 3, 1, 6, 0, tzinfo=timezone.utc)


def big_library(root: Path, count: int) -> Library:
    """`count` articles an hour apart, stored oldest first; two share each date at the end."""
    library = Library(root, entity_finder=fake_finder)
    items = []
    for n in range(count):
        published = (START + timedelta(hours=min(n, count - 10))).isoformat()
        items.append((article(f"https://wire.example/{n}", f"Wire story {n:04d}",
                              [f"Jan Kowalski spoke in Warsaw, story {n}.", "A second paragraph."],
                              published=published, source="Wire"), f"wire-{n}"))
    library.add_articles(items)
    return library


def test_the_head_holds_the_count_and_the_newest_rows_in_list_order(tmp_path: Path):
    library = big_library(tmp_path, HEAD_ROWS + 50)
    head = library.listing_head()
    assert head.count == HEAD_ROWS + 50
    by_title = sorted(library.summaries(), key=lambda s: s.title.casefold())
    everything = sorted(by_title, key=lambda s: s.published, reverse=True)
    assert [s.id for s in head.newest] == [s.id for s in everything[:HEAD_ROWS]]
    # Ten stories share the newest date: inside it, titles in order.
    assert [s.title for s in head.newest[:3]] == ["Wire story 0240", "Wire story 0241", "Wire story 0242"]


def test_the_app_starts_from_the_head_then_brings_every_row(tmp_path: Path):
    from reader.tui.app import ReaderApp

    library = big_library(tmp_path, HEAD_ROWS + 50)

    async def run() -> None:
        app = ReaderApp(Library(tmp_path))
        async with app.run_test(size=(120, 40)) as pilot:
            screen = app.screen
            await app.workers.wait_for_complete()
            await pilot.pause()
            assert screen.rows.complete and len(screen.rows.visible) == HEAD_ROWS + 50
            header = str(screen.query_one("#header").render())
            assert f"{HEAD_ROWS + 50} articles" in header
            await pilot.press("G")
            assert screen.library_list.selected.title == "Wire story 0000"  # not in the head
            await pilot.press("slash", *"story 0007", "enter")
            assert [row.title for row in screen.rows.visible] == ["Wire story 0007"]

    asyncio.run(run())
    assert library.listing_head().count == HEAD_ROWS + 50


def test_rows_from_the_head_count_the_whole_library_until_the_rest_arrives(tmp_path: Path):
    from reader.model import ReadingState
    from reader.tui.library_rows import LibraryRows

    library = big_library(tmp_path, HEAD_ROWS + 50)
    head = library.listing_head()
    states = {head.newest[0].id: ReadingState(head.newest[0].id, read=True)}
    rows = LibraryRows(head.newest, states, expected_total=head.count)
    assert not rows.complete
    assert (rows.total, rows.unread, len(rows.visible)) == (HEAD_ROWS + 50, HEAD_ROWS + 49, HEAD_ROWS)
    rows.replace(library.summaries(), states, {})
    assert rows.complete
    assert (rows.total, rows.unread, len(rows.visible)) == (HEAD_ROWS + 50, HEAD_ROWS + 49, HEAD_ROWS + 50)
    assert [row.id for row in rows.visible[:HEAD_ROWS]] == [s.id for s in head.newest]
