"""Everything marked (B): all bookmarks and notes, filter as you type, enter goes to the passage."""

from __future__ import annotations

import pytest
from builders import article
from pilot import WIDE, article_id, reading, shown, shown_lines

from reader.tui.app import ReaderApp
from reader.tui.screens.marked import MarkedScreen
from reader.tui.widgets.article_status import ArticleStatus
from reader.tui.widgets.marked_list import MarkedList

HARBOUR = "Harbour Authority approves"
RATES = "Bank of Norland holds rates"


@pytest.fixture
def marked_library(sample_library):
    harbour = article_id(sample_library, HARBOUR)
    rates = article_id(sample_library, RATES)
    sample_library.add_bookmark(harbour, 1)
    sample_library.add_note(harbour, "Which operators?", paragraph=2, start=46, end=117)
    sample_library.add_note(rates, "Ask the economists", paragraph=2)
    sample_library.add_note(rates, "A calm month overall")
    return sample_library


def listed(screen: MarkedScreen) -> str:
    return "\n".join(shown_lines(screen.query_one(MarkedList)))


def marked(app: ReaderApp) -> MarkedScreen:
    assert isinstance(app.screen, MarkedScreen)
    return app.screen


async def test_B_lists_every_bookmark_and_note_with_its_article(marked_library):
    app = ReaderApp(marked_library)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("B")
        screen = marked(app)
        text = listed(screen)
        assert "1 bookmark · 3 notes" in str(screen.query_one("#marked-header").render())
        assert text.count(HARBOUR) == 2 and text.count(RATES) == 2
        assert "“Maria Lindqvist, who chairs the authority" in text
        assert "“Norwegian operators have asked for more berths on the North Sea routes.”" in text
        assert "Which operators?" in text and "on the whole article" in text
        assert app.focused is screen.query_one(MarkedList)
        await pilot.press("escape")
        assert reading(app) is app.screen


async def test_j_and_k_move_in_the_list_and_slash_starts_the_filter(marked_library):
    app = ReaderApp(marked_library)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("B", "j", "j", "k")
        screen = marked(app)
        filter_box = screen.query_one("#marked-filter")
        assert screen.query_one(MarkedList).cursor == 1 and filter_box.value == ""
        await pilot.press("slash", *"jk")  # letters are the filter's while it has the focus
        assert filter_box.value == "jk" and app.focused is filter_box
        await pilot.press("escape")  # back to the list, the filter dropped
        assert app.focused is screen.query_one(MarkedList) and len(screen.rows.visible) == 4
        await pilot.press("j")
        assert screen.query_one(MarkedList).cursor == 1


async def test_typing_filters_and_has_keeps_one_kind(marked_library):
    app = ReaderApp(marked_library)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("B", "slash", *"economists")
        screen = marked(app)
        assert [item.note for item in screen.rows.visible] == ["Ask the economists"]
        assert screen.filter_ms is not None
        await pilot.press("escape")  # clears the filter first
        assert len(screen.rows.visible) == 4 and marked(app) is screen
        await pilot.press("slash", *"has:bookmark")
        assert [item.kind for item in screen.rows.visible] == ["bookmark"]
        await pilot.press("ctrl+u", *"zzz")
        assert "Nothing marked matches the filter." in listed(screen)


async def test_enter_opens_the_article_on_the_marked_sentence(marked_library):
    app = ReaderApp(marked_library)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("B", "slash", *"operators", "enter")
        screen = reading(app)
        view = screen.article_view
        assert view.article.title.startswith(HARBOUR)
        assert view.cursor == 2 and view.sentence_mode and view.sentence == 1
        await pilot.pause()
        assert "passage 3 of 6  ·  1 min left  ·  sentence 2 of 2" in shown(screen.query_one(ArticleStatus))
        assert app.focused is view
        # A note on a whole passage puts the cursor on the passage.
        await pilot.press("B", "slash", *"economists", "down")
        await pilot.press("enter")
        assert view.article.title.startswith(RATES) and view.cursor == 2


async def test_a_note_on_the_whole_article_opens_it_at_its_top(marked_library):
    marked_library.remember_position(article_id(marked_library, RATES), 2)
    app = ReaderApp(marked_library)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("B", "slash", *"calm month", "enter")
        view = reading(app).article_view
        assert view.article.title.startswith(RATES)
        assert view.cursor == 0 and view.scroll_y == 0


async def test_orphaned_annotations_are_flagged_and_still_open(marked_library):
    rates = article_id(marked_library, RATES)
    marked_library.add_articles([(article(
        "https://meridian-post.example/rates", "Bank of Norland holds rates as inflation cools",
        ["The Bank of Norland kept its main rate unchanged.", "Nothing else was said."],
        published="2026-11-01T14:30:00+00:00", source="Meridian Post",
    ), "rates-again")])
    assert [n.orphaned for n in marked_library.notes(rates) if n.anchor] == [True]
    app = ReaderApp(marked_library)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("B")
        screen = marked(app)
        text = listed(screen)
        assert "not in the article any more · “Economists expect a cut early next year.”" in text
        assert "1 not in their article any more" in str(screen.query_one("#marked-header").render())
        await pilot.press("slash", *"economists", "enter")
        view = reading(app).article_view
        assert view.article.id == rates
        text = shown(view)
        assert "✎ not in the article any more: “Economists expect a cut early next" in text
        assert text.index("Ask the economists") < text.index("The Bank of Norland kept")


def test_snapshot_everything_marked(snap_compare, marked_library):
    assert snap_compare(ReaderApp(marked_library), press=["B"], terminal_size=WIDE)


def test_filtering_narrows_earlier_results_only_when_that_is_sound():
    from reader.model import MarkedPassage
    from reader.tui.marked_rows import MarkedRows

    def item(n, kind, note):
        return MarkedPassage(kind, str(n), "a", "Title", None, None, None, None, note,
                             f"2026-01-0{n}", f"2026-01-0{n}")

    rows = MarkedRows([item(1, "note", "has:no in text"), item(2, "note", "figures"), item(3, "bookmark", None)])
    seen = {}
    for query in ["f", "fi", "fig", "fi", "", "has:no", "has:note", "has:note fig", "has:bookmark",
                  "has:note has:bookmark", '"fig', '"figures x']:
        rows.set_query(query)
        seen[query] = [item.id for item in rows.visible]
    assert seen["fig"] == seen["fi"] == ["2"] and seen[""] == ["1", "2", "3"]
    assert seen["has:no"] == ["1"]
    assert seen["has:note"] == ["1", "2"]  # not narrowed from "has:no"
    assert seen["has:note fig"] == ["2"] and seen["has:bookmark"] == ["3"]
    assert seen["has:note has:bookmark"] == ["1", "2", "3"]
    assert seen['"fig'] == ["2"] and seen['"figures x'] == []


async def test_the_header_is_whole_at_80_columns(marked_library):
    from pilot import NARROW, fits_on_one_line

    app = ReaderApp(marked_library)
    async with app.run_test(size=NARROW) as pilot:
        await pilot.press("B")
        header = fits_on_one_line(marked(app).query_one("#marked-header"))
        assert header == "Everything marked · 1 bookmark · 3 notes"
        await pilot.press("slash", *"economists who wrote this")
        header = fits_on_one_line(marked(app).query_one("#marked-header"))
        assert "filter: economists who wrote this" in header
