"""Hostile titles and text in the TUI (Pilot): bidi and zero-width characters show as visible
markers, escape sequences leave nothing behind, markup stays literal, and every highlight
(entities, bookmarks, the sentence cursor, a mouse selection) still lines up with the words."""

from __future__ import annotations

from pathlib import Path

import pytest
from builders import fake_finder
from textual.geometry import Offset
from textual.selection import Selection

from reader.ingest.parsed import ParsedArticle
from reader.model import EntitySpan
from reader.store import Library
from reader.text import FORMAT_CHAR_NAMES
from reader.tui.app import ReaderApp
from reader.tui.highlight import entity_styles, plain_block, styled_block
from reader.tui.screens.reading import ReadingScreen
from reader.tui.widgets.entity_panel import EntityPanel
from reader.tui.widgets.marked_list import MarkedList

WIDE = (120, 40)
RLO, PDF, ZWSP, LRI, PDI, ZWJ = "\u202e", "\u202c", "\u200b", "\u2066", "\u2069", "\u200d"
MARKUP = "[bold]x[/] [@click=app.quit]q[/]"
EVIL_CORP = f"Ev{RLO}il Corp"

BIDI = ParsedArticle(
    key="https://evil.example/bidi",
    title=f"Breaking {RLO}gnikaerb{PDF} news",
    byline=f"By {ZWSP}Nobody\x1b[2J",
    source=f"Evil {RLO}Source",
    url="https://evil.example/bidi",
    published="2026-11-05T08:00:00+00:00",  # newest: the first row
    paragraphs=[
        f"Before {RLO}the override Jan Kowalski spoke in Warsaw.",
        f"Second {ZWSP}{ZWSP}paragraph here. Kowalski said {EVIL_CORP} would pay.",
        f"Team 👩{ZWJ}💻 wrote it, pay{ZWJ}pal did not.",
    ],
    captions=[f"A caption {LRI}isolated{PDI} in Warsaw."],
)
HOSTILE_TITLES = [
    ParsedArticle(
        key=f"https://evil.example/{n}",
        title=title,
        source="Evil Gazette",
        published=f"2026-11-0{4 - n}T08:00:00+00:00",
        paragraphs=[f"Body {n} with {LRI}isolated{PDI} words and \x1b]8;;https://x.example\x1b\\a link\x1b]8;;\x1b\\."],
    )
    for n, title in enumerate([
        f"Zero{ZWSP}width and {LRI}isolated{PDI} title",
        "Colour \x1b[31mred\x1b[0m title\x1b]0;pwned\x07 ok",
        f"Clipboard \x1b]52;c;cHduZWQ=\x07grab {MARKUP}",
        "Eight-bit \x9b2Jclear \x9d0;pwned\x9c title",
    ])
]


def hostile_finder(blocks):
    """Jan Kowalski and Warsaw as usual, and an organisation whose name holds an RLO."""
    found = fake_finder(blocks)
    for (paragraphs, _captions), (spans, _caption_spans) in zip(blocks, found, strict=True):
        for index, text in enumerate(paragraphs):
            start = text.find(EVIL_CORP)
            if start >= 0:
                spans.append(EntitySpan(EVIL_CORP, "ORG", index, start, start + len(EVIL_CORP), EVIL_CORP))
    return found


@pytest.fixture
def hostile(tmp_path: Path, tui_config_dir: Path) -> Library:
    """Stored as given (add_articles does not tidy): the display must cope on its own."""
    library = Library(tmp_path / "hostile", entity_finder=hostile_finder)
    library.add_articles((article, f"evil-{n}") for n, article in enumerate([BIDI, *HOSTILE_TITLES]))
    return library


def screen_text(widget) -> str:
    return "\n".join(widget.render_line(y).text for y in range(widget.scrollable_content_region.height))


def segments(widget):
    for y in range(widget.scrollable_content_region.height):
        yield from widget.render_line(y)


def assert_nothing_raw(text: str) -> None:
    """No control character, and no bidi or zero-width character outside an emoji."""
    controls = {chr(c) for c in [*range(0x20), *range(0x7F, 0xA0)]} - {"\n"}
    assert not controls & set(text), repr(text)
    raw = set(FORMAT_CHAR_NAMES) & set(text.replace(f"👩{ZWJ}💻", ""))
    assert not raw, repr(text)


def reading(app: ReaderApp) -> ReadingScreen:
    assert isinstance(app.screen, ReadingScreen)
    return app.screen


async def open_bidi(app: ReaderApp, pilot):
    await pilot.press("enter")
    await pilot.pause()
    view = reading(app).article_view
    assert view.article is not None and view.article.key == BIDI.key
    return view


def text_in(view, bgcolor) -> str:
    """The characters painted on `bgcolor`, in the order they are on screen (lines joined by a space)."""
    lines = (
        "".join(s.text for s in view.render_line(y) if s.style is not None and s.style.bgcolor == bgcolor)
        for y in range(view.scrollable_content_region.height)
    )
    return " ".join(line.strip() for line in lines if line.strip())


# -- the library list -------------------------------------------------------------------


async def test_the_list_shows_markers_and_literal_markup(hostile):
    app = ReaderApp(hostile)
    async with app.run_test(size=(300, 40)) as pilot:
        await pilot.pause()
        listing = screen_text(reading(app).library_list)
        assert "Breaking ⟨RLO⟩gnikaerb⟨PDF⟩ news" in listing
        assert "Zero⟨ZWSP⟩width and ⟨LRI⟩isolated⟨PDI⟩ title" in listing
        assert "Colour red title ok" in listing
        assert f"Clipboard grab {MARKUP}" in listing
        assert "Eight-bit clear title" in listing
        assert "Evil ⟨RLO⟩Source" in listing
        assert "pwned" not in listing and "[31m" not in listing and "52;" not in listing
        assert_nothing_raw(listing)
        for segment in segments(reading(app).library_list):
            assert segment.style is None or not segment.style.link


# -- the article ------------------------------------------------------------------------


async def test_the_article_header_and_text_show_markers(hostile):
    app = ReaderApp(hostile)
    async with app.run_test(size=WIDE) as pilot:
        view = await open_bidi(app, pilot)
        text = screen_text(view)
        assert "Breaking ⟨RLO⟩gnikaerb⟨PDF⟩ news" in text
        assert "By ⟨ZWSP⟩Nobody" in text and "[2J" not in text
        assert "Evil ⟨RLO⟩Source" in text
        assert "Before ⟨RLO⟩the override Jan Kowalski spoke in Warsaw." in text
        assert "Second ⟨ZWSP⟩⟨ZWSP⟩paragraph here." in text
        assert f"Team 👩{ZWJ}💻 wrote it, pay⟨ZWJ⟩pal did not." in text  # the emoji stays whole
        assert "A caption ⟨LRI⟩isolated⟨PDI⟩ in Warsaw." in text
        assert_nothing_raw(text)


async def test_entity_colours_line_up_after_a_bidi_character(hostile):
    app = ReaderApp(hostile)
    async with app.run_test(size=WIDE) as pilot:
        view = await open_bidi(app, pilot)
        styles = entity_styles(app.current_theme.dark)
        painted: dict[str, list[str]] = {}
        for segment in segments(view):
            for key in ("PERSON", "PLACE", "ORG"):
                if segment.style is not None and segment.style.color == styles[key].color:
                    painted.setdefault(key, []).append(segment.text)
        assert painted["PERSON"] == ["Jan Kowalski", "Kowalski"]
        assert painted["PLACE"] == ["Warsaw", "Warsaw"]  # paragraph 1 and the caption
        assert painted["ORG"] == ["Ev⟨RLO⟩il Corp"]


async def test_find_matches_and_bookmarks_line_up_after_markers(hostile):
    bidi = next(s.id for s in hostile.summaries() if s.title.startswith("Breaking"))
    paragraph = BIDI.paragraphs[0]
    start = paragraph.index("Jan Kowalski")
    hostile.add_bookmark(bidi, 0, start, start + len("Jan Kowalski"))
    app = ReaderApp(hostile)
    async with app.run_test(size=WIDE) as pilot:
        view = await open_bidi(app, pilot)
        await pilot.press("j")  # the cursor off the bookmarked passage: a plain bookmark tint
        await pilot.pause()
        bookmark = view.get_component_rich_style("article-view--bookmark").bgcolor
        assert text_in(view, bookmark) == "Jan Kowalski"
        line = next(s for s in screen_text(view).splitlines() if "Jan Kowalski" in s)
        assert "⚑" in line
        view.set_find("pay")
        await pilot.pause()
        underlined = [s.text for s in segments(view) if s.style is not None and s.style.underline
                      and s.text in ("pay", "⟨ZWJ⟩")]
        assert underlined == ["pay", "pay"]  # "would pay", "pay⟨ZWJ⟩pal"


async def test_the_sentence_cursor_lines_up_after_markers(hostile):
    app = ReaderApp(hostile)
    async with app.run_test(size=WIDE) as pilot:
        view = await open_bidi(app, pilot)
        await pilot.press("j", "v", "j")  # second paragraph, by sentence, its second sentence
        await pilot.pause()
        cursor = view.get_component_rich_style("article-view--cursor").bgcolor
        assert text_in(view, cursor) == "Kowalski said Ev⟨RLO⟩il Corp would pay."


async def test_a_selection_after_markers_bookmarks_the_stored_words(hostile):
    app = ReaderApp(hostile)
    async with app.run_test(size=WIDE) as pilot:
        view = await open_bidi(app, pilot)
        y = next(i for i, line in enumerate(view._lines)
                 if line and line.first and view._blocks[line.block].passage == 0)
        shown = view._plain(view._lines[y].block)
        x = 3 + shown.index("Warsaw")  # the text starts after the gutter
        app.screen.selections = {view: Selection(Offset(x, y), Offset(x + len("Warsaw"), y))}
        await pilot.pause()
        assert app.screen.get_selected_text() == "Warsaw"
        target = view.annotation_target()
        assert not isinstance(target, str)
        assert (target.start, target.end, target.quote) == (
            BIDI.paragraphs[0].index("Warsaw"), BIDI.paragraphs[0].index("Warsaw") + 6, "Warsaw"
        )
        # Selecting the marker takes in the one character it stands for.
        x = 3 + shown.index("⟨RLO⟩") + 2
        app.screen.selections = {view: Selection(Offset(x, y), Offset(x + 1, y))}
        target = view.annotation_target()
        assert not isinstance(target, str) and target.quote == RLO


async def test_entity_panel_notes_and_marked_list_show_markers(hostile):
    bidi = next(s.id for s in hostile.summaries() if s.title.startswith("Breaking"))
    hostile.add_bookmark(bidi, 0)
    hostile.add_note(bidi, f"Note {RLO}txet\x1b]52;c;cHduZWQ=\x07 end", paragraph=1)
    app = ReaderApp(hostile)
    async with app.run_test(size=WIDE) as pilot:
        view = await open_bidi(app, pilot)
        text = screen_text(view)
        assert "Note ⟨RLO⟩txet end" in text
        assert_nothing_raw(text)
        await pilot.press("e")
        await pilot.pause()
        panel = app.screen.query_one(EntityPanel)
        prompts = "\n".join(str(panel.get_option_at_index(i).prompt) for i in range(panel.option_count))
        assert "Ev⟨RLO⟩il Corp" in prompts
        assert_nothing_raw(prompts)
        await pilot.press("escape", "q", "B")
        await pilot.pause()
        listed = screen_text(app.screen.query_one(MarkedList))
        assert "Breaking ⟨RLO⟩gnikaerb⟨PDF⟩ news" in listed
        assert "Before ⟨RLO⟩the override" in listed
        assert "Note ⟨RLO⟩txet end" in listed
        assert_nothing_raw(listed)
        assert app.is_running


# -- the pieces, without an app -------------------------------------------------------------


def test_styled_block_puts_entity_colours_on_the_right_words():
    text = f"\x1b]0;t\x07{RLO}X {ZWSP}Jan Kowalski in \x1b[31mWarsaw\x1b[0m."
    spans = [
        EntitySpan("Jan Kowalski", "PERSON", 0, text.index("Jan"), text.index("Jan") + 12, "Jan Kowalski"),
        EntitySpan("Warsaw", "GPE", 0, text.index("Warsaw"), text.index("Warsaw") + 6, "Warsaw"),
    ]
    styled = styled_block(text, spans, entity_styles(dark=True))
    assert styled.plain == plain_block(text, spans) == "⟨RLO⟩X ⟨ZWSP⟩Jan Kowalski in Warsaw."
    assert [styled.plain[s.start : s.end] for s in styled.spans if s.style] == ["Jan Kowalski", "Warsaw"]


def test_a_span_edge_inside_an_escape_sequence_leaves_no_residue():
    text = "A \x1b[31mred word"
    span = EntitySpan("[31mred", "OTHER", 0, 3, 10, "red")  # a bad span from an old import
    styled = styled_block(text, [span], entity_styles(dark=True))
    assert styled.plain == "A red word"
    assert [styled.plain[s.start : s.end] for s in styled.spans if s.style] == ["red"]


def test_the_command_line_text_view_shows_the_same_markers(hostile):
    """`reader list` / `reader show` print markers too; `--json` keeps the stored text."""
    from reader.cli.output import article_text, summary_line
    from reader.export import article_record, to_json

    summary = next(s for s in hostile.summaries() if s.key == BIDI.key)
    line = summary_line(summary)
    assert line.endswith("Breaking ⟨RLO⟩gnikaerb⟨PDF⟩ news") and "Evil ⟨RLO⟩Source" in line
    article = hostile.article(summary.id)
    hostile.add_note(summary.id, f"Note {RLO}txet\x1b]0;pwned\x07", paragraph=0)
    record = article_record(article, hostile.bookmarks(summary.id), hostile.notes(summary.id))
    text = article_text(record)
    assert "[1] Before ⟨RLO⟩the override Jan Kowalski spoke in Warsaw." in text
    assert "By ⟨ZWSP⟩Nobody" in text and "Ev⟨RLO⟩il Corp (ORG, 1)" in text
    assert "Note ⟨RLO⟩txet" in text and "pwned" not in text
    assert_nothing_raw(text)
    assert RLO in to_json(record)  # the stored truth, for programs
