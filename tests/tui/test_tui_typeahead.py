"""Keys that arrive together (a fast typist, a paste, a busy moment) land where a slow
typist's would: a key that moves the focus acts before the keys after it are routed."""

from __future__ import annotations

from itertools import count
from pathlib import Path

from conftest import build_library
from pilot import WIDE, reading
from textual import events

from reader.tui.app import DARK_THEME, LIGHT_THEME, ReaderApp
from reader.tui.widgets.article_pane import ArticlePane
from reader.tui.widgets.article_view import ArticleView
from reader.tui.widgets.entity_legend import legend_forms
from reader.tui.widgets.entity_panel import EntityPanel

NAMES = {"/": "slash", "\r": "enter", "\x1b": "escape", "?": "question_mark"}
RUNS = count()


async def burst(pilot, keys: str) -> None:
    """Every key queued before the app handles the first (Pilot.press waits after each)."""
    for character in keys:
        name = NAMES.get(character, character)
        pilot.app.post_message(events.Key(name, character if character.isprintable() else None))
    await pilot.pause()
    await pilot.pause()


def state(app: ReaderApp) -> dict:
    """What a key sequence leaves behind: focus, filter, cursors, panel, find."""
    screen = reading(app)
    view = screen.query_one(ArticleView)
    panels = screen.query(EntityPanel)
    return {
        "focused": type(app.focused).__name__,
        "filter": screen.rows.query,
        "sort": screen.rows.sort_order,
        "rows": [row.id for row in screen.rows.visible],
        "list cursor": screen.library_list.cursor,
        "article": view.article.id if view.article else None,
        "passage": view.cursor,
        "entity": panels.first().highlighted if panels else None,
        "find": (view.find_query, view.current_match),
    }


async def typed(folder: Path, keys: str, *, at_once: bool, before: tuple[str, ...] = ()) -> dict:
    """The state after `keys`, in a library of its own (opening an article is remembered)."""
    app = ReaderApp(build_library(folder / f"library-{next(RUNS)}"))
    async with app.run_test(size=WIDE) as pilot:
        await pilot.pause()
        await pilot.press(*before)
        if at_once:
            await burst(pilot, keys)
        else:
            await pilot.press(*(NAMES.get(key, key) for key in keys))
        return state(app)


async def same_either_way(folder: Path, keys: str, before: tuple[str, ...] = ()) -> dict:
    slowly = await typed(folder, keys, at_once=False, before=before)
    assert await typed(folder, keys, at_once=True, before=before) == slowly
    return slowly


async def test_letters_typed_with_the_slash_go_into_the_filter(tmp_path):
    after = await same_either_way(tmp_path, "/Kestrel")
    assert after["filter"] == "Kestrel" and after["focused"] == "SearchInput"
    assert after["sort"] == "date" and after["list cursor"] == 0  # no key went to the list


async def test_keys_after_enter_move_in_the_article_and_after_q_in_the_list(tmp_path):
    after = await same_either_way(tmp_path, "\rjj")
    assert after["focused"] == "ArticleView" and after["passage"] == 2
    after = await same_either_way(tmp_path, "\rjqj")
    assert after["focused"] == "LibraryList" and after["list cursor"] == 1


async def test_keys_after_e_move_in_the_entity_panel_and_after_escape_in_the_article(tmp_path):
    after = await same_either_way(tmp_path, "ej", before=("enter",))
    assert after["focused"] == "EntityPanel"
    opened = await typed(tmp_path, "e", at_once=False, before=("enter",))
    assert after["entity"] != opened["entity"]  # the j moved in the panel
    after = await same_either_way(tmp_path, "e\x1bj", before=("enter",))
    assert after["focused"] == "ArticleView" and after["passage"] == 1


async def test_a_find_typed_in_one_go_lands_in_the_find_box(tmp_path):
    after = await same_either_way(tmp_path, "/the", before=("enter",))
    assert after["focused"] == "SearchInput" and after["find"][0] == "the"


async def test_a_path_typed_with_i_reaches_the_import_prompt_and_imports(tmp_path):
    source = tmp_path / "tidal.txt"
    source.write_text(
        "Norland opens a tidal power station\n\nBy Jane Doe\n\n"
        "The station on the coast will power forty thousand homes, engineers said on Monday.\n",
        encoding="utf-8",
    )
    app = ReaderApp(build_library(tmp_path / "library"))
    async with app.run_test(size=WIDE) as pilot:
        await burst(pilot, "i" + str(source) + "\r")
        await app.screen.workers.wait_for_complete()
        await pilot.pause()
        assert reading(app) is app.screen  # the enter reached the prompt and closed it
        titles = [row.title for row in app.screen.rows.visible]
        assert "Norland opens a tidal power station" in titles


async def test_letters_typed_with_B_go_into_its_filter(tmp_path):
    from reader.tui.screens.marked import MarkedScreen

    app = ReaderApp(build_library(tmp_path / "library"))
    async with app.run_test(size=WIDE) as pilot:
        await burst(pilot, "B/kestrel")
        assert isinstance(app.screen, MarkedScreen)
        assert app.screen.query_one("#marked-filter").value == "kestrel"


async def test_a_note_typed_with_a_lands_in_the_editor(tmp_path):
    from textual.widgets import TextArea

    app = ReaderApp(build_library(tmp_path / "library"))
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("enter")
        await burst(pilot, "aWho pays?")
        assert app.screen.query_one(TextArea).text == "Who pays?"


async def test_keys_typed_with_question_mark_reach_the_help(tmp_path):
    from reader.tui.screens.help import HelpScreen

    app = ReaderApp(build_library(tmp_path / "library"))
    async with app.run_test(size=WIDE) as pilot:
        await burst(pilot, "?")
        assert isinstance(app.screen, HelpScreen)
        await burst(pilot, "\x1bj?\x1bj")  # the escape closes the help, j moves in the list
        assert reading(app) is app.screen and reading(app).library_list.cursor == 2


async def test_words_typed_with_ctrl_p_reach_the_palette(tmp_path):
    from textual.command import CommandPalette
    from textual.widgets import Input

    app = ReaderApp(build_library(tmp_path / "library"))
    async with app.run_test(size=WIDE) as pilot:
        app.post_message(events.Key("ctrl+p", None))
        for character in "sort":
            app.post_message(events.Key(character, character))
        await pilot.pause()
        await pilot.pause()
        assert isinstance(app.screen, CommandPalette)
        assert app.screen.query_one(Input).value == "sort"


async def test_a_key_typed_before_the_article_pane_runs_fills_it_and_it_still_follows_the_theme(tmp_path: Path):
    # On a library whose index is rebuilt at start, "i" typed meanwhile reaches the screen
    # while its article pane is in the DOM but not yet running: filling it then crashed.
    app = ReaderApp(build_library(tmp_path / "library"))
    async with app.run_test(size=WIDE) as pilot:
        await pilot.pause()
        app.theme = DARK_THEME
        pane = ArticlePane(frozenset(), {}, id="early-pane")
        reading(app).mount(pane)  # attached at once, running once its task starts
        pane.fill()
        await pilot.pause()
        assert pane.view.is_mounted and pane.legend.is_mounted
        app.theme = LIGHT_THEME
        await pilot.pause()
        assert pane.legend._forms == tuple(legend_forms(frozenset(), False, {}))
