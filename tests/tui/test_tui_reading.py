"""The reading screen driven by keys (Pilot): what the user sees and what gets stored."""

from __future__ import annotations

from dataclasses import replace

from conftest import SAMPLE_ARTICLES, build_library, sample_spans
from pilot import (
    NARROW,
    WIDE,
    article_id,
    fits_on_one_line,
    palette_options,
    reading,
    recorded,
    screen_lines,
    shown,
    until,
)

from reader.ingest.parsed import ParsedArticle
from reader.model import EntitySpan
from reader.store import Library
from reader.tui.app import ReaderApp
from reader.tui.config import Settings
from reader.tui.formatting import short_date
from reader.tui.highlight import ENTITY_TYPES
from reader.tui.screens.help import HelpScreen
from reader.tui.screens.reading import ReadingScreen
from reader.tui.widgets.article_status import ArticleStatus
from reader.tui.widgets.article_view import ArticleView
from reader.tui.widgets.entity_legend import EntityLegend
from reader.tui.widgets.entity_panel import EntityPanel
from reader.tui.widgets.library_header import LibraryHeader


async def test_j_and_k_move_the_selection(sample_library):
    app = ReaderApp(sample_library)
    async with app.run_test(size=WIDE) as pilot:
        titles = [row.title for row in reading(app).rows.visible]
        listing = reading(app).library_list
        assert listing.selected.title == titles[0]
        await pilot.press("j", "j")
        assert listing.selected.title == titles[2]
        await pilot.press("k")
        assert listing.selected.title == titles[1]
        await pilot.press("G")
        assert listing.selected.title == titles[-1]
        await pilot.press("g")
        assert listing.selected.title == titles[0]


async def test_enter_opens_the_article_and_marks_it_read(sample_library):
    app = ReaderApp(sample_library)
    async with app.run_test(size=WIDE) as pilot:
        assert "5 unread" in shown(app.screen.query_one(LibraryHeader))
        await pilot.press("j", "enter")
        view = reading(app).article_view
        assert "Bank of Norland holds rates as inflation cools" in shown(view)
        assert "By Chen Walsh" in shown(view)
        assert "Meridian Post · 1 Nov 2026, 14:30" in shown(view)
        assert app.focused is view
        assert "4 unread" in shown(app.screen.query_one(LibraryHeader))
        app.writes.flush()
    assert sample_library.reading_states()[article_id(sample_library, "Bank of Norland")].read


async def test_narrow_terminal_shows_one_pane_and_q_or_escape_go_back(sample_library):
    app = ReaderApp(sample_library)
    async with app.run_test(size=NARROW) as pilot:
        screen = reading(app)
        article_pane = screen.query_one("#article-pane")
        library_pane = screen.query_one("#library-pane")
        assert library_pane.region.width == 80 and article_pane.region.width == 0
        await pilot.press("enter")
        assert library_pane.region.width == 0 and article_pane.region.width == 80
        assert "Harbour Authority approves" in shown(screen.article_view)
        await pilot.press("q")
        assert article_pane.region.width == 0 and library_pane.region.width == 80
        await pilot.press("j", "enter")
        assert "Bank of Norland" in shown(screen.article_view)
        await pilot.press("escape")
        assert library_pane.region.width == 80
        assert app.focused is screen.library_list
        await pilot.press("q")
    assert app.return_value == 0


async def test_s_cycles_the_sort_order(sample_library):
    app = ReaderApp(sample_library)
    async with app.run_test(size=WIDE) as pilot:
        rows = reading(app).rows
        header = app.screen.query_one(LibraryHeader)
        assert "sorted by date" in shown(header)
        assert rows.visible[0].title.startswith("Harbour Authority approves")
        await pilot.press("s")
        assert "sorted by title" in shown(header)
        assert [r.title for r in rows.visible] == sorted(r.title for r in rows.visible)
        await pilot.press("s")
        assert "sorted by source" in shown(header)
        assert rows.visible[0].source == "Alpine Review"
        assert [r.source for r in rows.visible][-2:] == ["The Harbour Times"] * 2
        await pilot.press("s")
        assert "sorted by date" in shown(header)


async def test_sorting_and_clearing_the_filter_keep_the_cursor_on_its_article(sample_library):
    app = ReaderApp(sample_library)
    async with app.run_test(size=WIDE) as pilot:
        await app.workers.wait_for_complete()
        screen = reading(app)
        await pilot.press("j", "j")
        chosen = screen.library_list.selected.id
        for _ in range(3):
            await pilot.press("s")
            assert screen.library_list.selected.id == chosen
        # Escape out of a filter keeps the cursor on the article in view (the wide layout
        # previews the one under the cursor), not on the first row.
        opened = article_id(sample_library, "Alpine glaciers")
        screen.open_article(opened)
        await pilot.press("q", "slash", *"norland", "enter")
        norland = screen.library_list.selected.id
        assert norland != opened and screen.shown_article.id == norland
        await pilot.press("escape")
        assert len(screen.rows.visible) == 5 and screen.library_list.selected.id == norland
        assert screen.library_list.cursor != 0


async def test_filter_as_you_type_narrows_the_list_and_the_header_counts(sample_library):
    app = ReaderApp(sample_library)
    async with app.run_test(size=WIDE) as pilot:
        await app.workers.wait_for_complete()
        header = app.screen.query_one(LibraryHeader)
        await pilot.press("slash", "k")
        # Whole words, the one being typed as a prefix: Kestrel (twice), "kept" (the Bank).
        assert "3 of 5 articles" in shown(header)
        await pilot.press(*"estrel")
        assert "2 of 5 articles" in shown(header)
        assert "filter: kestrel" in shown(header)
        await pilot.press("enter")
        assert app.focused is reading(app).library_list
        listing = shown(reading(app).library_list)
        assert "Harbour Authority approves" in listing and "Record field expected" in listing
        assert "Alpine glaciers" not in listing
        await pilot.press("escape")
        assert "5 articles" in shown(header) and "of" not in shown(header).split("·")[0]


async def test_filter_matches_entity_names_once_the_index_is_loaded(sample_library):
    app = ReaderApp(sample_library)
    async with app.run_test(size=WIDE) as pilot:
        await app.workers.wait_for_complete()
        await pilot.press("slash", *"lindqvist")
        visible = {row.title for row in reading(app).rows.visible}
        assert visible == {
            "Harbour Authority approves a new ferry terminal for Kestrel Bay",
            "Bank of Norland holds rates as inflation cools",
        }
        assert "2 of 5 articles" in shown(app.screen.query_one(LibraryHeader))


async def test_entity_panel_groups_entities_by_type_with_counts_and_aliases(sample_library):
    app = ReaderApp(sample_library)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("enter", "e")
        panel = app.screen.query_one(EntityPanel)
        assert panel.display and app.focused is panel
        prompts = [str(panel.get_option_at_index(i).prompt) for i in range(panel.option_count)]
        assert prompts[0] == "● PERSON"
        assert prompts[1].startswith("  Maria Lindqvist  2×") and "also Lindqvist" in prompts[1]
        assert "● PLACE" in prompts and any(p.startswith("  Kestrel Bay  3×") for p in prompts)
        assert prompts.index("● PERSON") < prompts.index("● ORG") < prompts.index("● PLACE")
        # The highlighted entity is marked in the text and named in the status line.
        assert reading(app).article_view.selected_entity == "Maria Lindqvist"
        assert "Maria Lindqvist: 2 mentions" in shown(app.screen.query_one(ArticleStatus))
        await pilot.press("escape")
        assert not panel.display and app.focused is reading(app).article_view


async def test_brackets_go_from_mention_to_mention_and_say_when_they_go_round(tmp_path):
    bay = ParsedArticle(
        key="https://bay.example/vote", title="The bay votes", source="Bay News",
        paragraphs=["Kestrel Bay voted on Tuesday, and Kestrel Bay celebrated.", "Nothing here.",
                    "Maria Lindqvist spoke in Kestrel Bay."],
    )
    app = ReaderApp(build_library(tmp_path / "library", [bay]))
    async with app.run_test(size=WIDE) as pilot:
        messages = recorded(app)
        await pilot.press("enter", "e", "j")  # Maria Lindqvist, then Kestrel Bay
        view, status = reading(app).article_view, app.screen.query_one(ArticleStatus)
        assert view.selected_entity == "Kestrel Bay" and "Kestrel Bay: 3 mentions" in shown(status)
        await pilot.press("right_square_bracket")
        assert view.cursor == 0 and "Kestrel Bay: 1 of 3 mentions" in shown(status)
        await pilot.press("right_square_bracket")  # the second mention, in the same passage
        assert view.cursor == 0 and "Kestrel Bay: 2 of 3 mentions" in shown(status)
        assert view.current_mention == (0, 34, 45)
        await pilot.press("right_square_bracket")
        assert view.cursor == 2 and "3 of 3" in shown(status) and messages == []
        await pilot.press("right_square_bracket")
        assert view.cursor == 0 and "1 of 3" in shown(status)
        assert messages == ["No further mention: back to the first."]
        await pilot.press("left_square_bracket")
        assert view.cursor == 2 and messages[-1] == "No earlier mention: back to the last."
        await pilot.press("k")  # Maria Lindqvist: one mention
        await pilot.press("right_square_bracket", "right_square_bracket")
        assert view.cursor == 2 and "Maria Lindqvist: 1 of 1 mention" in shown(status)
        assert messages[-1] == "This is the only mention."


async def test_enter_in_the_entity_panel_filters_the_library_to_articles_mentioning_it(sample_library):
    app = ReaderApp(sample_library)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("enter", "e", "enter")
        expected = sample_library.articles_mentioning("Maria Lindqvist")
        rows = reading(app).rows
        assert {row.id for row in rows.visible} == expected
        assert len(expected) == 2
        header = shown(app.screen.query_one(LibraryHeader))
        assert "2 of 5 articles" in header and "entity: Maria Lindqvist" in header
        assert app.focused is reading(app).library_list
        await pilot.press("escape")
        assert len(rows.visible) == 5
        assert "entity:" not in shown(app.screen.query_one(LibraryHeader))


async def test_find_highlights_matches_and_n_and_shift_n_move_between_them(sample_library):
    app = ReaderApp(sample_library)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("G", "enter", "slash", *"part 3")
        view = reading(app).article_view
        # "Part 3:" and "Part 30:" ... "Part 39:" are passages 2 and 29-38.
        assert [m.passage for m in view.matches] == [2, *range(29, 39)]
        await pilot.press("enter")
        assert view.cursor == 2 and view.current_match == 0
        assert "find part 3: 1 of 11 matches" in shown(app.screen.query_one(ArticleStatus))
        await pilot.press("n")
        assert view.cursor == 29
        await pilot.press("N", "N")
        assert view.cursor == 38  # wrapped back to the last match
        assert "11 of 11" in shown(app.screen.query_one(ArticleStatus))
        # The current passage is on screen.
        assert "Part 39:" in shown(view)
        await pilot.press("escape")
        assert view.matches == [] and view.article is not None
        # n says why it cannot go anywhere, and when it goes round (with no find at all, n
        # is the next unread article: see test_tui_workflow).
        messages = recorded(app)
        await pilot.press("slash", *"no such words", "enter")
        assert messages[-1] == "No match for “no such words”."
        await pilot.press("slash", *["backspace"] * 13, *"part 39", "enter", "n")
        assert view.cursor == 38 and messages[-1] == "No further match: back to the first."


async def test_help_lists_the_live_bindings_including_a_rebound_key(sample_library):
    settings = Settings(keys={"library.sort": "r"})
    app = ReaderApp(sample_library, settings)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        rows = {
            (entry.description, ", ".join(entry.keys))
            for group in app.screen.groups
            for entry in group.entries
        }
        assert ("Sort", "r") in rows
        assert ("Filter", "/") in rows and ("Open", "⏎") in rows
        assert ("Import", "i") in rows and ("Help", "?") in rows
        assert [g.title for g in app.screen.groups][:1] == ["Library list"]
        text = "\n".join(str(w.render()) for w in app.screen.query(".help-key, .help-description"))
        assert "Sort" in text and "\nr\n" in f"\n{text}\n"
        await pilot.press("escape")
        await pilot.press("r")
        assert "sorted by title" in shown(app.screen.query_one(LibraryHeader))


async def test_t_switches_between_dark_and_light_themes(sample_library):
    app = ReaderApp(sample_library)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("enter")
        person = ENTITY_TYPES[0]
        assert app.current_theme.dark
        view = reading(app).article_view
        assert _colour_of(view, "Maria Lindqvist") == person.dark
        await pilot.press("t")
        assert app.theme == "textual-light" and not app.current_theme.dark
        assert _colour_of(view, "Maria Lindqvist") == person.light
        await pilot.press("t")
        assert app.theme == "textual-dark"


def _colour_of(view: ArticleView, word: str) -> str | None:
    """The foreground colour the view paints `word` in (first occurrence on screen)."""
    for y in range(view.scrollable_content_region.height):
        for segment in view.render_line(y):
            if word in segment.text and segment.style and segment.style.color:
                triplet = segment.style.color.get_truecolor()
                return f"#{triplet.red:02x}{triplet.green:02x}{triplet.blue:02x}"
    return None


async def test_number_keys_toggle_entity_types_and_zero_toggles_all(sample_library):
    app = ReaderApp(sample_library)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("enter")
        view = reading(app).article_view
        legend = app.screen.query_one(EntityLegend)
        person, event = ENTITY_TYPES[0].dark, ENTITY_TYPES[5].dark
        assert _colour_of(view, "Maria Lindqvist") == person
        await pilot.press("1")
        assert view.hidden_types == {"PERSON"}
        assert _colour_of(view, "Maria Lindqvist") != person
        assert _colour_of(view, "Autumn Regatta") == event
        struck = [s for s in legend.render().spans if "strike" in str(s.style)]
        assert len(struck) == 1
        await pilot.press("1")
        assert _colour_of(view, "Maria Lindqvist") == person
        await pilot.press("0")
        assert view.hidden_types == {kind.key for kind in ENTITY_TYPES}
        assert _colour_of(view, "Autumn Regatta") != event
        await pilot.press("0")
        assert view.hidden_types == frozenset()


async def test_hidden_types_and_colours_come_from_the_settings(sample_library):
    settings = Settings(hidden_entity_types=frozenset({"DATE"}), entity_colors={"PERSON": "#ff0000"})
    app = ReaderApp(sample_library, settings)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("enter")
        view = reading(app).article_view
        assert "Tuesday" in shown(view)  # on screen, in the colour of plain text
        assert _colour_of(view, "Tuesday") != ENTITY_TYPES[4].dark
        assert _colour_of(view, "Maria Lindqvist") == "#ff0000"


async def test_u_toggles_unread_in_the_list_and_the_article(sample_library):
    app = ReaderApp(sample_library)
    target = article_id(sample_library, "Harbour Authority")
    async with app.run_test(size=WIDE) as pilot:
        header = app.screen.query_one(LibraryHeader)
        await pilot.press("u")
        assert "4 unread" in shown(header)
        app.writes.flush()
        assert sample_library.reading_states()[target].read
        await pilot.press("u")
        assert "5 unread" in shown(header)
        await pilot.press("enter", "u")
        assert "5 unread" in shown(header)
        app.writes.flush()
        assert not sample_library.reading_states()[target].read


async def test_the_last_passage_read_is_remembered_and_restored(sample_library):
    long_read = article_id(sample_library, "The long history")
    app = ReaderApp(sample_library)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("G", "enter", *["j"] * 7)
        assert reading(app).article_view.cursor == 7
        app.writes.flush()
        assert sample_library.reading_states()[long_read].position == 0  # not on every key
        await pilot.press("q")
        app.writes.flush()
        assert sample_library.reading_states()[long_read].position == 7
        await pilot.press("enter", "j", "j")
        await pilot.press("ctrl+q")
    app.writes.close()
    assert sample_library.reading_states()[long_read].position == 9

    again = ReaderApp(sample_library)
    async with again.run_test(size=WIDE) as pilot:
        await pilot.press("G", "enter")
        view = reading(again).article_view
        assert view.cursor == 9
        assert "Part 10:" in shown(view)


async def test_page_keys_and_g_move_through_a_long_article(sample_library):
    app = ReaderApp(sample_library)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("G", "enter")
        view = reading(app).article_view
        await pilot.press("pagedown")
        assert view.cursor > 5 and view.scroll_y > 0
        await pilot.press("pageup")
        assert view.cursor <= 1
        await pilot.press("G")
        assert view.cursor == 39 and "Part 40:" in shown(view)
        await pilot.press("g")
        assert view.cursor == 0 and view.scroll_y == 0


async def test_o_opens_only_http_urls(sample_library, monkeypatch):
    import webbrowser

    opened: list[str] = []

    class Browser(webbrowser.BackgroundBrowser):
        def open(self, url, new=0, autoraise=True):
            opened.append(url)
            return True

    monkeypatch.setattr(webbrowser, "get", lambda using=None: Browser("true"))
    app = ReaderApp(sample_library)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("enter", "o")
        await app.screen.workers.wait_for_complete()
        assert opened == ["https://harbour-times.example/ferry-terminal"]
        await pilot.press("q", "j", "j", "j", "enter", "o")  # the glaciers article has no URL
        assert opened == ["https://harbour-times.example/ferry-terminal"]


async def test_the_palette_opens_an_article_by_fuzzy_title(sample_library):
    app = ReaderApp(sample_library)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("ctrl+p", *"open article")
        await until(pilot, lambda: palette_options(app)[:1] and "Open article" in palette_options(app)[0])
        await pilot.press("enter")
        # The second palette lists the newest articles before anything is typed.
        await until(pilot, lambda: any("Harbour Authority approves" in o for o in palette_options(app)))
        await pilot.press(*"glcrs")
        await until(pilot, lambda: any("Alpine glaciers" in o for o in palette_options(app)[:1]))
        await pilot.press("enter")
        view = reading(app).article_view
        await until(pilot, lambda: view.article is not None)
        assert view.article.title.startswith("Alpine glaciers")


async def test_the_palette_offers_the_bound_actions(sample_library):
    app = ReaderApp(sample_library)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("ctrl+p", *"sort")
        await until(pilot, lambda: palette_options(app)[:1] == ["Library list: Sort\nSort by date, title or source (cycles) · s"])
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, ReadingScreen))
        assert "sorted by title" in shown(app.screen.query_one(LibraryHeader))


async def test_empty_library_says_how_to_import(tmp_path):
    app = ReaderApp(Library(tmp_path / "empty"))
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("j", "enter", "s", "u")
        assert "The library is empty. Press i to import" in shown(reading(app).library_list)
        assert "0 articles" in shown(app.screen.query_one(LibraryHeader))


async def test_the_key_hints_follow_the_focus_and_give_way_when_narrow(sample_library):
    from reader.tui.widgets.key_hints import KeyHints

    app = ReaderApp(sample_library)
    async with app.run_test(size=NARROW) as pilot:
        hints = reading(app).query_one(KeyHints)
        await pilot.pause()
        line = hints.render().plain
        assert "⏎ Open" in line and "/ Filter" in line and line.rstrip().endswith("^p palette")
        await pilot.press("enter")
        await pilot.pause()
        line = hints.render().plain
        assert "b Bookmark" in line and "⏎ Open" not in line
        assert line.rstrip().endswith("^p palette") and len(line) <= NARROW[0]
        assert "? Help" not in line  # the last hint gave way at 80 columns


async def test_an_article_without_a_publication_date_shows_no_date_in_the_list(tmp_path):
    undated = replace(SAMPLE_ARTICLES[0], key="undated", title="Undated scraped story", published=None)
    library = build_library(tmp_path / "library", [undated])
    (added,) = [s.added for s in library.summaries()]
    app = ReaderApp(library)
    async with app.run_test(size=WIDE):
        listing = shown(reading(app).library_list)
        assert "Undated scraped story" in listing and "The Harbour Times" in listing
        assert short_date(added) not in listing  # the import date is not shown as if published


async def test_the_status_line_is_one_whole_line_at_120_columns(sample_library):
    app = ReaderApp(sample_library)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("enter", "e")
        status = fits_on_one_line(app.screen.query_one(ArticleStatus))
        assert "passage 1 of 6" in status and "Maria Lindqvist: 2 mentions" in status and "] next" in status
        # Everything at once: sentence, bookmark, note, find and entity: a shorter form, whole.
        harbour = article_id(sample_library, "Harbour Authority")
        reading(app).article_view.set_annotations(
            [sample_library.add_bookmark(harbour, 2)], [sample_library.add_note(harbour, "x", paragraph=2)])
        await pilot.press("escape", "slash", *"the", "enter", "e")
        await pilot.press("escape", "j", "j", "v")
        reading(app).article_view.select_entity("Maria Lindqvist")
        await pilot.pause()
        status = fits_on_one_line(app.screen.query_one(ArticleStatus))
        assert "3/6" in status and "1/2" in status and "⚑" in status and "✎ 1" in status
        assert "Maria Lindqvist" in status


async def test_the_legend_and_the_entity_panel_fit_80_columns(tmp_path):
    long_name = "International Federation of Harbour and Ferry Operators"
    text = f"The {long_name} met in Kestrel Bay on Tuesday."

    def finder(blocks):
        start = text.index(long_name)
        org = EntitySpan(long_name, "ORG", 0, start, start + len(long_name), long_name)
        return [([org, *sample_spans(paragraphs[0], 0)], []) for paragraphs, _captions in blocks]

    library = Library(tmp_path / "library", entity_finder=finder)
    library.add_articles([(ParsedArticle(key="https://x.example/1", title="Ferry operators meet",
                                         paragraphs=[text]), "x")])
    app = ReaderApp(library)
    async with app.run_test(size=NARROW) as pilot:
        await pilot.press("enter")
        legend = fits_on_one_line(app.screen.query_one(EntityLegend))
        assert legend == "1 Person  2 Org  3 Place  4 Group  5 Date  6 Event  7 Amount  8 Other"
        await pilot.press("e")
        assert fits_on_one_line(app.screen.query_one(EntityLegend)) == "1 2 3 4 5 6 7 8"
        fits_on_one_line(app.screen.query_one(ArticleStatus))
        # A long name wraps under itself, indented, inside the panel.
        panel = app.screen.query_one(EntityPanel)
        inside = panel.content_region
        lines = [line[inside.x:inside.right].rstrip() for line in screen_lines(app)]
        first = next(i for i, line in enumerate(lines) if "International" in line)
        assert lines[first].startswith("  International Federation")
        assert lines[first + 1].startswith("    ") and "Harbour and Ferry" in lines[first + 1]
        assert lines[first + 2].startswith("    ") and "Operators" in lines[first + 2]


async def test_pop_up_messages_leave_the_status_line_and_the_keys_visible(sample_library):
    for size in (WIDE, NARROW):
        app = ReaderApp(sample_library)
        async with app.run_test(size=size, notifications=True) as pilot:
            await pilot.press("enter", "u")  # "Marked unread"
            await pilot.pause()
            status = app.screen.query_one(ArticleStatus).region
            toasts = [toast.region for toast in app.screen.query("Toast")]
            assert toasts and all(toast.bottom <= status.y for toast in toasts), (size, toasts, status)
            assert "passage 1 of 6" in screen_lines(app)[status.y]


async def test_the_list_follows_the_filter_box_at_once(sample_library):
    # Filtered while the box takes the key: the list and the key are painted in one frame.
    app = ReaderApp(sample_library)
    async with app.run_test(size=WIDE) as pilot:
        await app.workers.wait_for_complete()
        await pilot.press("slash")
        screen = reading(app)
        screen.library_pane.filter_input.value = "kestrel"  # no message handled before the asserts
        assert len(screen.rows.visible) == 2
        listing = shown(screen.library_list)
        assert "Harbour Authority approves" in listing and "Alpine glaciers" not in listing
