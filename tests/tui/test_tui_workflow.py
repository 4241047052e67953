"""Moving through the library from inside an article: next, previous, next unread, all read."""

from __future__ import annotations

import threading

from pilot import WIDE, reading, shown

from reader.tui.app import ReaderApp
from reader.tui.widgets.article_view import ArticleView
from reader.tui.widgets.library_header import LibraryHeader

HARBOUR = "Harbour Authority approves"
RATES = "Bank of Norland holds rates"
MARATHON = "Record field expected"
LONG_READ = "The long history of the North Sea ferries"


def open_title(app: ReaderApp) -> str:
    article = reading(app).query_one(ArticleView).article
    assert article is not None
    return article.title


async def test_J_and_K_open_the_next_and_previous_article_of_the_list(sample_library):
    app = ReaderApp(sample_library)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("enter", "J")
        assert open_title(app).startswith(RATES)
        assert app.focused is reading(app).query_one(ArticleView)
        await pilot.press("J", "K")
        assert open_title(app).startswith(RATES)
        assert reading(app).library_list.selected.title.startswith(RATES)  # the list follows


async def test_K_on_the_first_article_says_so_and_stays(sample_library):
    app = ReaderApp(sample_library)
    messages = []
    app.notify = lambda message, **kw: messages.append(message)  # type: ignore[method-assign]
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("enter", "K")
        assert open_title(app).startswith(HARBOUR)
        assert "This is the first article of the list." in messages


async def test_n_opens_the_next_unread_article_skipping_read_ones(sample_library):
    app = ReaderApp(sample_library)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("j", "j", "enter")  # the marathon, now read
        await pilot.press("g", "q", "g")  # back to the list, on the first row
        await pilot.press("enter", "n")
        assert open_title(app).startswith(RATES)
        await pilot.press("n")
        assert open_title(app).startswith("Alpine glaciers")  # the marathon was read


async def test_n_in_an_article_with_a_find_is_the_next_match(sample_library):
    app = ReaderApp(sample_library)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("enter", "slash", *"Kestrel", "enter")
        view = reading(app).query_one(ArticleView)
        first = view.current_match
        await pilot.press("n")
        assert open_title(app).startswith(HARBOUR)
        assert view.current_match != first


async def test_n_with_nothing_unread_says_so(sample_library):
    app = ReaderApp(sample_library)
    messages = []
    app.notify = lambda message, **kw: messages.append(message)  # type: ignore[method-assign]
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("M", "n")
        assert "No unread article left in this list." in messages


async def test_M_marks_the_shown_list_read_and_U_brings_the_marks_back(sample_library):
    app = ReaderApp(sample_library)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("j", "enter", "q")  # one article read before
        await pilot.press("slash", *"Kestrel", "enter", "M")
        screen = reading(app)
        kestrel = [row.id for row in screen.rows.visible]
        assert len(kestrel) == 2 and not any(screen.rows.is_unread(i) for i in kestrel)
        await app.workers.wait_for_complete()
        app.writes.flush()
        states = sample_library.reading_states()
        assert all(states[i].read for i in kestrel)
        assert "2 unread" in shown(screen.query_one(LibraryHeader))  # 5 articles, 3 read
        await pilot.press("U")
        app.writes.flush()
        states = sample_library.reading_states()
        assert not any(states[i].read for i in kestrel)
        assert screen.rows.is_unread(kestrel[0])


async def test_ctrl_d_and_ctrl_u_move_half_a_screen_and_ctrl_e_a_line(sample_library):
    app = ReaderApp(sample_library)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("G", "enter")  # the 40-part long read
        view = reading(app).query_one(ArticleView)
        assert open_title(app) == LONG_READ
        await pilot.press("ctrl+d")
        half = view.scrollable_content_region.height // 2
        assert view.scroll_y == half and view.cursor > 0
        await pilot.press("ctrl+u")
        assert view.scroll_y == 0 and view.cursor == 0
        await pilot.press("ctrl+e")
        assert view.scroll_y == 1 and view.cursor == 0  # the cursor's passage is still in view
        await pilot.press(*["ctrl+e"] * 12)
        assert view.scroll_y == 13 and view.cursor > 0  # it left the view: the cursor followed
        assert "▌" in shown(view)  # the cursor's gutter mark: its passage is on screen
        await pilot.press("ctrl+y")
        assert view.scroll_y == 12


async def test_reading_time_shows_in_the_list_the_header_and_what_is_left_in_the_status(sample_library):
    from reader.tui.widgets.article_status import ArticleStatus

    app = ReaderApp(sample_library)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("G")
        screen = reading(app)
        assert "25 Oct 2026 · 4 min · The Harbour Times" in shown(screen.library_list)
        await pilot.press("enter")
        view = screen.query_one(ArticleView)
        assert "960 words · 4 min read" in shown(view)
        status = screen.query_one(ArticleStatus)
        assert "passage 1 of 40  ·  4 min left" in shown(status)
        await pilot.press("G")
        assert "passage 40 of 40  ·  1 min left" in shown(status)


async def test_y_copies_the_passage_the_sentence_and_Y_the_address(sample_library):
    app = ReaderApp(sample_library)
    messages = []
    app.notify = lambda message, **kw: messages.append(message)  # type: ignore[method-assign]
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("enter", "j", "y")
        assert app.clipboard == ("Maria Lindqvist, who chairs the authority, said the terminal would cost "
                                 "40 million euros and open before the Autumn Regatta.")
        assert messages[-1] == "Copied the passage (124 characters)"
        await pilot.press("j", "v", "j", "y")
        assert app.clipboard == ("Norwegian operators have asked for more berths on the North Sea routes.")
        assert messages[-1].startswith("Copied the sentence")
        await pilot.press("Y")
        assert app.clipboard == "https://harbour-times.example/ferry-terminal"


async def test_y_in_the_marked_list_copies_the_quote_with_where_it_is_from(sample_library):
    from reader.tui.widgets.marked_list import MarkedList

    harbour = next(s.id for s in sample_library.summaries() if s.title.startswith(HARBOUR))
    sample_library.add_bookmark(harbour, 3)
    app = ReaderApp(sample_library)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("B")
        app.screen.set_focus(app.screen.query_one(MarkedList))
        await pilot.press("y")
        assert app.clipboard == (
            "“Critics say the Seaworks Act requires a fuller study of the tides.”\n"
            "— Harbour Authority approves a new ferry terminal for Kestrel Bay, By Amina Okafor, "
            "The Harbour Times, 2026-11-02, https://harbour-times.example/ferry-terminal"
        )


async def test_theme_sort_and_selected_article_come_back_after_a_restart(sample_library):
    app = ReaderApp(sample_library)
    async with app.run_test(size=WIDE) as pilot:
        assert app.current_theme.dark
        await pilot.press("t", "s", "j", "j", "enter", "q", "q")
        chosen = reading(app).library_list.selected.title
        app.writes.flush()
    assert sample_library.view_state()["sort"] == "title"

    again = ReaderApp(sample_library)
    async with again.run_test(size=WIDE) as pilot:
        await pilot.pause()
        screen = reading(again)
        assert not again.current_theme.dark
        assert screen.rows.sort_order == "title" and "sorted by title" in shown(screen.query_one(LibraryHeader))
        assert screen.library_list.selected.title == chosen != screen.rows.visible[0].title


async def test_T_tags_with_completion_and_the_tags_show_in_the_list_and_the_article(sample_library):
    from reader.tui.screens.tag_prompt import TagPrompt

    rates = next(s.id for s in sample_library.summaries() if s.title.startswith(RATES))
    sample_library.tag(rates, add=["Economy"])
    app = ReaderApp(sample_library)
    async with app.run_test(size=(200, 40)) as pilot:  # wide enough for one-line rows
        await pilot.press("enter", "T")
        assert isinstance(app.screen, TagPrompt)
        await pilot.press(*"eco")
        await pilot.pause()
        await pilot.press("right", *", ferries", "enter")
        app.writes.flush()
        await pilot.pause()
        screen = reading(app)
        harbour = screen.shown_article.id
        assert sample_library.reading_state(harbour).tags == ("Economy", "ferries")
        assert "#Economy  #ferries" in shown(screen.query_one(ArticleView))
        assert "#Economy #ferries" in shown(screen.library_list)
        await pilot.press("U")
        app.writes.flush()
        await pilot.pause()
        assert sample_library.reading_state(harbour).tags == ()


async def test_X_archives_and_D_deletes_and_U_brings_each_back(sample_library):
    app = ReaderApp(sample_library)
    async with app.run_test(size=WIDE) as pilot:
        screen = reading(app)
        await pilot.press("X")
        app.writes.flush()
        await pilot.pause()
        harbour = next(s.id for s in sample_library.summaries() if s.title.startswith(HARBOUR))
        assert sample_library.reading_state(harbour).archived
        assert [r.title for r in screen.rows.visible][0].startswith(RATES)
        assert screen.library_list.selected.title.startswith(RATES)  # the row after it
        assert "4 articles" in shown(screen.query_one(LibraryHeader))
        await pilot.press("enter", "D")  # from inside the article
        app.writes.flush()
        await pilot.pause()
        rates = next(s.id for s in sample_library.summaries() if s.title.startswith(RATES))
        assert sample_library.reading_state(rates).deleted is not None
        assert [s.id for s in sample_library.trash()] == [rates]
        assert app.focused is screen.library_list  # the article left the list: back to it
        await pilot.press("slash", *"is:archived", "enter")
        assert [r.id for r in screen.rows.visible] == [harbour]
        await pilot.press("escape", "U", "U")
        app.writes.flush()
        await pilot.pause()
        assert sample_library.trash() == [] and not sample_library.reading_state(harbour).archived
        assert len(screen.rows.visible) == 5


async def test_moving_in_the_wide_list_previews_the_article_without_reading_it(sample_library):
    app = ReaderApp(sample_library)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("j")
        screen = reading(app)
        assert open_title(app).startswith(RATES)
        assert app.focused is screen.library_list  # still moving in the list
        assert screen.rows.is_unread(screen.shown_article.id)  # a preview is not a read
        await pilot.press("j")
        assert open_title(app).startswith(MARATHON)
        await pilot.press("enter")
        assert not screen.rows.is_unread(screen.shown_article.id)


async def test_the_narrow_list_does_not_preview(sample_library):
    from pilot import NARROW

    app = ReaderApp(sample_library)
    async with app.run_test(size=NARROW) as pilot:
        await pilot.press("j")
        assert reading(app).query_one(ArticleView).article is None


async def test_capital_keys_in_the_entity_panel_are_the_panels_not_the_articles(sample_library):
    from reader.tui.screens.reading import ReadingScreen

    app = ReaderApp(sample_library)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("enter", "e", "M")
        assert not isinstance(app.screen, ReadingScreen)  # the panel's merge picker
        screen = app.screen_stack[0]
        assert all(screen.rows.is_unread(row.id) for row in screen.rows.visible[1:])  # not marked read
        await pilot.press("escape", "escape", "X")  # the picker, the panel, then archive in the article
        app.writes.flush()
        await pilot.pause()
        harbour = next(s.id for s in sample_library.summaries() if s.title.startswith(HARBOUR))
        assert sample_library.reading_state(harbour).archived


async def test_quitting_leaves_every_write_on_disk_and_no_writer_thread(sample_library):
    def writers() -> int:
        return sum(thread.name == "library-writes" for thread in threading.enumerate())

    before = writers()
    app = ReaderApp(sample_library)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("enter", "b")  # a bookmark on the first article, written in the background
        assert writers() == before + 1
    assert writers() == before
    assert len(sample_library.marked_passages()) == 1
