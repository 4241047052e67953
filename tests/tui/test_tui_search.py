"""Searching from the library list: the query language as you type, the selected result's
snippet, and an opened result with its matches to step through."""

from __future__ import annotations

import pytest

from reader.tui.app import ReaderApp
from reader.tui.config import load_settings
from reader.tui.saved_searches import save_search
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
        snippet = reading(app).library_pane.snippet
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



async def test_a_result_found_by_its_title_alone_opens_without_a_find_of_nothing(sample_library):
    from reader.tui.widgets.article_status import ArticleStatus

    app = ReaderApp(sample_library)
    async with app.run_test(size=WIDE) as pilot:
        await app.workers.wait_for_complete()
        # "approves" is in the title only (the text says "approved").
        await pilot.press("slash", *"approves", "enter", "enter")
        await pilot.pause()
        view = reading(app).article_view
        assert view.article.title.startswith("Harbour Authority approves")
        assert view.find_query == "" and view.cursor == 0
        assert "no matches" not in shown(app.screen.query_one(ArticleStatus))

# -- saved searches ------------------------------------------------------------------------


async def until(pilot, condition, timeout: float = 10.0) -> None:
    for _ in range(int(timeout / 0.05)):
        if condition():
            return
        await pilot.pause(0.05)
    raise AssertionError("timed out waiting for the screen to update")


def palette_options(app) -> list[str]:
    from textual.command import CommandList

    found = app.screen.query(CommandList)
    if not found:
        return []
    options = found.first()
    return [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]


async def test_a_saved_search_in_the_config_is_a_view_to_switch_to(sample_library, tmp_path):
    config = tmp_path / "config.toml"
    config.write_text('theme = "textual-dark"\n\n[searches]\nharbour = "person:lindqvist -inflation"\n')
    settings, problems = load_settings(config)
    assert problems == [] and settings.searches == {"harbour": "person:lindqvist -inflation"}
    app = ReaderApp(sample_library, settings=settings, config_path=config)
    async with app.run_test(size=WIDE) as pilot:
        await app.workers.wait_for_complete()
        await pilot.press("ctrl+p", *"saved search")
        await until(pilot, lambda: any("Saved search: harbour" in o for o in palette_options(app)))
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, ReadingScreen))
        await pilot.pause()
        assert [r.title for r in reading(app).rows.visible] == [
            "Harbour Authority approves a new ferry terminal for Kestrel Bay"
        ]
        assert "filter: person:lindqvist -inflation" in shown(app.screen.query_one(LibraryHeader))


async def test_the_search_shown_can_be_saved_from_the_palette(sample_library, tmp_path):
    config = tmp_path / "config.toml"
    config.write_text('theme = "textual-dark"\n')
    app = ReaderApp(sample_library, config_path=config)
    async with app.run_test(size=WIDE) as pilot:
        await app.workers.wait_for_complete()
        await pilot.press("slash", *"kestrel bay", "enter")
        await pilot.press("ctrl+p", *"save this search")
        await until(pilot, lambda: any("Save this search" in o for o in palette_options(app)))
        await pilot.press("enter")
        await until(pilot, lambda: app.screen.query("#prompt-answer"))
        await pilot.press(*"bay news", "enter")
        await pilot.pause()
    settings, problems = load_settings(config)
    assert problems == [] and settings.theme == "textual-dark"
    assert settings.searches == {"bay news": "kestrel bay"}


def test_saving_keeps_the_config_and_refuses_what_it_cannot_add(tmp_path):
    config = tmp_path / "config.toml"
    config.write_text('# mine\n[searches]\nold = "imf"\n\n[keys]\n"library.filter" = "ctrl+f"\n')
    save_search(config, "kenya", 'kenya -"world bank"')
    settings, problems = load_settings(config)
    assert problems == []
    assert settings.searches == {"old": "imf", "kenya": 'kenya -"world bank"'}
    assert settings.keys == {"library.filter": "ctrl+f"}
    assert config.read_text().startswith("# mine\n")
    before = config.read_bytes()
    with pytest.raises(ValueError, match="a search named 'old' is saved already"):
        save_search(config, "old", "other")
    with pytest.raises(ValueError, match="never closed"):
        save_search(config, "broken", '"open')
    assert config.read_bytes() == before


def test_a_malformed_saved_search_is_reported_and_left_out(tmp_path):
    config = tmp_path / "config.toml"
    config.write_text('[searches]\ngood = "imf"\nbad = "has:nothing"\n')
    settings, problems = load_settings(config)
    assert settings.searches == {"good": "imf"}
    assert problems == [f"{config}: [searches] bad: has: must be has:note or has:bookmark (column 1); ignored"]
