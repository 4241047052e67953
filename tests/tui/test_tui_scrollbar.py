"""The list and the article draw their own scrollbars: they follow the scroll, page on a
click, and the thumb drags."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import build_library
from pilot import article_id

from reader.ingest.parsed import ParsedArticle
from reader.tui.app import ReaderApp
from reader.tui.widgets.article_view import ArticleView
from reader.tui.widgets.library_list import LibraryList

SIZE = (120, 40)


@pytest.fixture
def long_library(tmp_path: Path):
    articles = [
        ParsedArticle(
            key=f"https://list.example/{n}", title=f"Article number {n:03d}", source="List Gazette",
            published=f"2026-{1 + n // 28:02d}-{1 + n % 28:02d}T08:00:00+00:00",
            paragraphs=[f"Paragraph of article {n}."],
        )
        for n in range(100)
    ]
    return build_library(tmp_path / "library", articles)


def bar(widget: LibraryList) -> list[str]:
    """The last cell of each line: 'thumb' or 'track'."""
    cells = []
    for y in range(widget.scrollable_content_region.height):
        segment = list(widget.render_line(y))[-1]
        style = segment.style
        thumb = style is not None and (style.reverse or segment.text.strip() != "")
        cells.append("thumb" if thumb else "track")
    return cells


async def test_the_thumb_sits_at_the_top_then_follows_the_list_to_the_end(long_library):
    app = ReaderApp(long_library)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        widget = app.screen.query_one(LibraryList)
        assert widget.virtual_size.height > widget.scrollable_content_region.height
        cells = bar(widget)
        assert cells[0] == "thumb" and cells[-1] == "track"
        await pilot.press("G")
        cells = bar(widget)
        assert cells[0] == "track" and cells[-1] == "thumb"


def list_and_bar(app: ReaderApp) -> tuple[LibraryList, int, int]:
    """The list, its window height and the column its bar is drawn in."""
    widget = app.screen.query_one(LibraryList)
    region = widget.scrollable_content_region
    return widget, region.height, region.width - 1


async def test_a_click_below_the_thumb_pages_down_and_one_above_pages_up(long_library):
    app = ReaderApp(long_library)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        widget, height, x = list_and_bar(app)
        await pilot.click(LibraryList, offset=(x, height - 2))
        assert widget.scroll_y == height
        assert widget.cursor == 0 and app.screen.shown_article is None  # the click chose no row
        await pilot.click(LibraryList, offset=(x, 0))
        assert widget.scroll_y == 0


async def test_dragging_the_thumb_scrolls_in_proportion(long_library):
    app = ReaderApp(long_library)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        widget, height, x = list_and_bar(app)
        await pilot.mouse_down(LibraryList, offset=(x, 0))
        await pilot.hover(LibraryList, offset=(x, height // 2))
        await pilot.mouse_up(LibraryList, offset=(x, height // 2))
        await pilot.pause()
        expected = (height // 2) * widget.virtual_size.height / height
        assert widget.scroll_y == pytest.approx(min(expected, widget.max_scroll_y), abs=1)
        assert widget.scroll_y > height  # moved by more than a page: the thumb carries the list
        assert widget.cursor == 0 and app.screen.shown_article is None


async def test_the_article_draws_its_bar_and_a_click_on_it_pages_without_selecting(sample_library):
    app = ReaderApp(sample_library)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        app.screen.open_article(article_id(sample_library, "The long history"))
        await pilot.pause()
        view = app.screen.query_one(ArticleView)
        region = view.scrollable_content_region
        cells = bar(view)
        assert cells[0] == "thumb" and cells[-1] == "track"
        await pilot.click(ArticleView, offset=(region.width - 1 + view.gutter.left, region.height - 2))
        assert view.scroll_y == region.height
        assert view.cursor == 0 and view.text_selection is None
