"""Article text is data: markup shows literally, escape sequences never reach the terminal."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.ingest.parsed import ParsedArticle
from reader.model import EntitySpan
from reader.store import Library
from reader.tui.app import ReaderApp
from reader.tui.commands import ArticleTitles
from reader.tui.highlight import entity_styles, styled_block
from reader.tui.widgets.entity_panel import EntityPanel
from reader.tui.widgets.library_header import LibraryHeader

MARKUP = ["[bold]x[/]", "[/]", "[@click=app.quit]x[/]", "[link=http://x]y[/link]"]
ESCAPES = ["\x1b]0;pwned\x07", "\x1b[31m"]
HOSTILE = " ".join(MARKUP + ESCAPES) + " end"
EVIL_NAME = "[red]Evil[/red]\x1b[2J"


def hostile_finder(blocks):
    """Marks "Maria Lindqvist" with a canonical name that is itself markup and escapes."""
    found = []
    for paragraphs, captions in blocks:
        spans = []
        for index, text in enumerate(paragraphs):
            start = text.find("Maria Lindqvist")
            if start >= 0:
                spans.append(EntitySpan("Maria Lindqvist", "PERSON", index, start, start + 15, EVIL_NAME))
        found.append((spans, []))
    return found


@pytest.fixture
def hostile_library(tmp_path: Path) -> Library:
    library = Library(tmp_path / "hostile", entity_finder=hostile_finder)
    library.add_articles([
        (
            ParsedArticle(
                key="https://evil.example/1",
                title="Title " + HOSTILE,
                byline="By " + HOSTILE,
                source="Source [bold]S[/]\x1b[1m",
                url="https://evil.example/1",
                published="2026-11-02T08:00:00+00:00",
                paragraphs=[
                    "Before " + HOSTILE,
                    "Then \x1b[31mMaria Lindqvist\x1b[0m spoke.",
                ],
                captions=["Caption " + HOSTILE],
            ),
            "evil",
        )
    ])
    return library


def all_segments(widget):
    for y in range(widget.scrollable_content_region.height):
        yield from widget.render_line(y)


def assert_no_controls(text: str) -> None:
    assert not any(ch in text for ch in "\x1b\x07\x9b\x00"), repr(text)


async def test_markup_and_escapes_in_the_list_and_article_show_literally(hostile_library):
    app = ReaderApp(hostile_library)
    async with app.run_test(size=(120, 40)) as pilot:
        listing = "".join(segment.text for segment in all_segments(app.screen.library_list))
        assert "Title [bold]x[/] [/]" in listing
        assert_no_controls(listing)
        await pilot.press("enter")
        view = app.screen.article_view
        text = "\n".join(view.render_line(y).text for y in range(view.scrollable_content_region.height))
        for literal in MARKUP:
            assert text.count(literal) >= 3, literal  # title, byline, paragraph, caption
        # Whole escape sequences go, not just their ESC: no "]0;pwned" or "[31m" residue.
        assert "pwned" not in text and "[31m" not in text
        assert "Then Maria Lindqvist spoke." in text
        for segment in all_segments(view):
            assert_no_controls(segment.text)
            assert segment.style is None or not segment.style.link
            # Only the text-selection offsets Textual reads back, never @click actions.
            assert segment.style is None or set(segment.style.meta) <= {"offset"}
        # Clicking the text that would be a quit link does nothing.
        await pilot.click(type(view), offset=(10, 3))
        await pilot.click(type(view), offset=(10, 9))
        await pilot.pause()
        assert app.is_running and app.return_value is None


async def test_entity_names_and_typed_filters_are_data_too(hostile_library):
    app = ReaderApp(hostile_library)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("enter", "e")
        panel = app.screen.query_one(EntityPanel)
        prompts = [str(panel.get_option_at_index(i).prompt) for i in range(panel.option_count)]
        assert any("[red]Evil[/red]" in prompt for prompt in prompts)
        assert not any("[2J" in prompt for prompt in prompts)  # the whole sequence is gone
        assert_no_controls("".join(prompts))
        await pilot.press("escape", "q", "slash", *"[bold]")
        header = app.screen.query_one(LibraryHeader).render().plain
        assert "filter: [bold]" in header


async def test_the_open_article_palette_shows_titles_literally(hostile_library):
    app = ReaderApp(hostile_library)
    async with app.run_test(size=(120, 40)):
        provider = ArticleTitles(app.screen)
        await provider.startup()
        hits = [hit async for hit in provider.search("title")]
        assert len(hits) == 1
        shown = hits[0].prompt
        assert "[@click=app.quit]x[/]" in shown.plain
        assert_no_controls(shown.plain)


def test_entity_offsets_survive_control_characters_being_removed():
    text = "Then \x1b[31mMaria Lindqvist\x1b[0m spoke."
    span = EntitySpan("Maria Lindqvist", "PERSON", 0, 10, 25, "Maria Lindqvist")
    styled = styled_block(text, [span], entity_styles(dark=True))
    assert styled.plain == "Then Maria Lindqvist spoke."
    (marked,) = [s for s in styled.spans if s.style]
    assert styled.plain[marked.start : marked.end] == "Maria Lindqvist"
