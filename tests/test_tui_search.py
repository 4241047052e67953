"""Searching from the library list: the query language as you type, the selected result's
snippet, and an opened result with its matches to step through."""

from __future__ import annotations

from reader.tui.app import ReaderApp
from reader.tui.screens.reading import ReadingScreen
from reader.tui.widgets.library_header import LibraryHeader

WIDE = (140, 40)


def reading(app: ReaderApp) -> ReadingScreen:
    assert isinstance(app.screen, ReadingScreen)
    return app.screen


def shown(widget) -> str:
    return widget.render().plain if hasattr(widget.render(), "plain") else str(widget.render())


async def test_the_filter_reads_the_query_language_and_counts_the_matches(sample_library):
    app = ReaderApp(sample_library)
    async with app.run_test(size=WIDE) as pilot:
        await app.workers.wait_for_complete()
        header = app.screen.query_one(LibraryHeader)
        await pilot.press("slash", *"person:lindqvist")
        assert "2 of 5 articles" in shown(header)
        await pilot.press(*" -inflation")
        assert [r.title for r in reading(app).rows.visible] == [
            "Harbour Authority approves a new ferry terminal for Kestrel Bay"
        ]
        assert "1 of 5 articles" in shown(header)
        await pilot.press(*' "unclosed')
        # A malformed query keeps what was shown and says what is wrong, and where.
        assert "1 of 5 articles" in shown(header)
        assert "this quote is never closed (column 29)" in shown(header)


async def test_the_selected_result_shows_its_snippet_with_the_words_marked(sample_library):
    app = ReaderApp(sample_library)
    async with app.run_test(size=WIDE) as pilot:
        await app.workers.wait_for_complete()
        await pilot.press("slash", *"berths")
        await pilot.pause()
        snippet = reading(app).search_snippet
        assert snippet.display
        content = snippet.render()
        text = content.plain
        assert "Norwegian operators have asked for more berths on the North Sea routes" in text
        marked = [text[s.start:s.end] for s in content.spans if "bold" in str(s.style)]
        assert marked == ["berths"]
        await pilot.press("escape")
        assert not snippet.display


async def test_an_opened_result_starts_at_its_first_match_and_n_steps_through(sample_library):
    app = ReaderApp(sample_library)
    async with app.run_test(size=WIDE) as pilot:
        await app.workers.wait_for_complete()
        await pilot.press("slash", *"lindqvist", "enter", "enter")
        view = reading(app).article_view
        assert view.article.title.startswith("Harbour Authority approves")
        # "Maria Lindqvist, who chairs ..." is passage 1; "Lindqvist said" passage 2.
        assert view.cursor == 1 and len(view.matches) == 2
        await pilot.press("n")
        assert view.cursor == 2
        await pilot.press("N")
        assert view.cursor == 1
