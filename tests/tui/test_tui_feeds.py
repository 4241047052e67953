"""Feeds inside the app: the feed list (F), refreshing in the background (R, r), subscribing."""

from __future__ import annotations

import threading
from pathlib import Path

from conftest import sample_finder
from feed_server import Answer, FeedServer, rss
from pilot import recorded_notifications, until

from reader.store import Library
from reader.tui.app import ReaderApp
from reader.tui.config import Settings
from reader.tui.screens.subscribe_prompt import SubscribePrompt
from reader.tui.widgets.feed_list import FeedList


def item(guid: str, title: str) -> tuple[str, str, str]:
    return (guid, title, f"Maria Lindqvist spoke in Kestrel Bay about {title.lower()}.")


def serve(server: FeedServer, *names: str) -> None:
    """A feed of one item at /NAME.xml for each name, titled "Name News"."""
    for name in names:
        server.answers[f"/{name}.xml"] = Answer(rss(f"{name.title()} News", [item(name, name)]))


def serve_and_subscribe(server: FeedServer, root: Path, *names: str) -> Library:
    serve(server, *names)
    library = Library(root, entity_finder=sample_finder)
    for name in names:
        library.feeds.subscribe(server.url(f"/{name}.xml"))
    return library


def on_screen(app: ReaderApp) -> str:
    return "\n".join(strip.text for strip in app.screen._compositor.render_strips())


def options(app: ReaderApp) -> list[str]:
    feed_list = app.screen.query_one(FeedList)
    return [str(feed_list.get_option_at_index(i).prompt) for i in range(feed_list.option_count)]


async def test_the_feed_list_shows_unread_counts_and_enter_shows_a_feeds_articles(tmp_path: Path):
    with FeedServer() as server:
        server.answers["/quay.xml"] = Answer(rss("Quay News", [item("a", "Pier plan"), item("b", "Ferry fares")]))
        server.answers["/hill.xml"] = Answer(rss("Hill Post", [item("c", "Road works")]))
        library = Library(tmp_path, entity_finder=sample_finder)
        library.feeds.subscribe(server.url("/quay.xml"))
        library.feeds.subscribe(server.url("/hill.xml"))
        server.answers["/hill.xml"] = Answer(status=500)
        library.feeds.refresh(["Hill Post"])
        app = ReaderApp(library)
        async with app.run_test(size=(120, 40)) as pilot:
            await pilot.press("F")
            assert options(app) == ["All articles (3)", "Quay News (2)", "Hill Post (1) ⚠"]
            await pilot.press("j", "enter")
            await pilot.pause()
            titles = sorted(row.title for row in app.screen.rows.visible)
            assert titles == ["Ferry fares", "Pier plan"]
            assert app.focused is app.screen.library_list
            await pilot.press("F")  # back to the feed list: "All articles" shows them all
            await pilot.press("k", "enter")
            await pilot.pause()
            assert len(app.screen.rows.visible) == 3
            # No filter is left behind, open and empty: the list has the keys.
            assert not app.screen.library_pane.has_class("-filtering")
            assert app.focused is app.screen.library_list


async def test_R_refreshes_in_the_background_and_new_articles_join_the_list_keeping_the_cursor(tmp_path: Path):
    with FeedServer() as server:
        server.answers["/quay.xml"] = Answer(rss("Quay News", [item("a", "Pier plan"), item("b", "Ferry fares")]))
        library = Library(tmp_path, entity_finder=sample_finder)
        library.feeds.subscribe(server.url("/quay.xml"))
        release = threading.Event()  # the server answers once the test has seen the progress

        def held() -> Answer:
            release.wait(timeout=30)
            return Answer(rss("Quay News", [item("a", "Pier plan"), item("b", "Ferry fares"),
                                            item("c", "Tide tables")]))

        server.answers["/quay.xml"] = held
        app = ReaderApp(library)
        async with app.run_test(size=(120, 40)) as pilot:
            notes = recorded_notifications(app)
            await pilot.press("j")
            selected = app.screen.library_list.selected.title
            await pilot.press("R")
            await until(pilot, lambda: "Refreshing feeds" in on_screen(app), timeout=30)
            await pilot.press("k")  # the list answers keys meanwhile
            assert app.screen.library_list.cursor == 0
            await pilot.press("j")
            release.set()
            await app.screen.workers.wait_for_complete()
            await until(pilot, lambda: bool(notes), timeout=30)
            assert sorted(r.title for r in app.screen.rows.visible) == ["Ferry fares", "Pier plan", "Tide tables"]
            assert app.screen.library_list.selected.title == selected
            assert notes[-1][0] == "1 feed · 1 new · 0 changed · 0 failed"
            await until(pilot, lambda: "Refreshing feeds" not in on_screen(app), timeout=30)


async def test_r_in_the_feed_list_refreshes_that_feed_only(tmp_path: Path):
    with FeedServer() as server:
        library = serve_and_subscribe(server, tmp_path, "quay", "hill")
        app = ReaderApp(library)
        async with app.run_test(size=(120, 40)) as pilot:
            await pilot.press("F", "j", "j", "r")
            await app.screen.workers.wait_for_complete()
            await pilot.pause()
            assert len(server.asked("/hill.xml")) == 2 and len(server.asked("/quay.xml")) == 1


async def test_subscribe_from_the_palette(tmp_path: Path):
    with FeedServer() as server:
        server.answers["/quay.xml"] = Answer(rss("Quay News", [item("a", "Pier plan")]))
        library = Library(tmp_path, entity_finder=sample_finder)
        app = ReaderApp(library)
        async with app.run_test(size=(120, 40)) as pilot:
            notes = recorded_notifications(app)
            await pilot.press("ctrl+p", *"Subscribe to feed", "enter")
            await until(pilot, lambda: isinstance(app.screen, SubscribePrompt), timeout=10)
            await pilot.press(*server.url("/quay.xml"), "enter")
            await until(pilot, lambda: not app.screen.feed_actions.busy and bool(notes), timeout=10)
            await pilot.pause()
            assert [r.title for r in app.screen.rows.visible] == ["Pier plan"]
            assert notes[-1][0] == "Quay News: 1 article imported"
            assert [f.title for f in library.feeds.all()] == ["Quay News"]


async def test_the_automatic_refresh_takes_the_feeds_whose_own_interval_or_the_setting_has_passed(
    tmp_path: Path, monkeypatch
):
    from datetime import timedelta

    from conftest import FROZEN_START

    from reader.store import refresh_process, stamps

    # In this process, so the refreshes stamp their tries with the test's clock.
    monkeypatch.setattr(refresh_process, "refresh_in_process",
                        lambda library, names, progress=None: library.feeds.refresh(names, progress))
    with FeedServer() as server:
        serve(server, "quay", "hill", "dale")
        library = Library(tmp_path, entity_finder=sample_finder)
        library.feeds.subscribe(server.url("/quay.xml"), refresh_minutes=10)
        library.feeds.subscribe(server.url("/hill.xml"))  # the setting's 30 minutes
        library.feeds.subscribe(server.url("/dale.xml"), refresh_minutes=0)  # never on its own
        app = ReaderApp(library, Settings(refresh_interval_minutes=30))
        async with app.run_test(size=(120, 40)) as pilot:
            for minutes, asked in ((5, [1, 1, 1]), (15, [2, 1, 1]), (40, [3, 2, 1])):
                monkeypatch.setattr(stamps, "clock", lambda m=minutes: FROZEN_START + timedelta(minutes=m))
                app.screen.feed_actions.refresh_due()  # what the app does each minute
                await app.screen.workers.wait_for_complete()
                await until(pilot, lambda: not app.screen.feed_actions.busy, timeout=30)
                assert [len(server.asked(f"/{n}.xml")) for n in ("quay", "hill", "dale")] == asked, minutes


async def test_f_in_the_feed_list_changes_the_full_text_option_of_the_feed_under_the_cursor(tmp_path: Path):
    with FeedServer() as server:
        library = serve_and_subscribe(server, tmp_path, "quay", "hill")
        app = ReaderApp(library)
        async with app.run_test(size=(120, 40)) as pilot:
            notes = recorded_notifications(app)
            await pilot.press("F", "j", "j", "f")
            await until(pilot, lambda: bool(notes), timeout=10)
            assert notes[-1][0] == "Hill News: full text yes: each new item's page is read for its full text"
            assert [f.full_text for f in library.feeds.all()] == [None, True]
            assert options(app) == ["All articles (2)", "Quay News (1)", "Hill News (1) full"]
            assert app.screen.query_one(FeedList).highlighted == 2  # the cursor stays on the feed
            await pilot.press("f")
            await until(pilot, lambda: len(notes) == 2, timeout=10)
            assert options(app)[2] == "Hill News (1) summary"
            assert [f.full_text for f in library.feeds.all()] == [None, False]
            await pilot.press("f", "k", "k", "f")  # back to auto; nothing on All articles
            await until(pilot, lambda: len(notes) == 3, timeout=10)
            await pilot.pause()
            assert [f.full_text for f in library.feeds.all()] == [None, None]
            assert options(app)[2] == "Hill News (1)" and len(notes) == 3


def test_a_bad_refresh_interval_is_reported_and_ignored(tmp_path: Path):
    from reader.tui.config import load_settings

    path = tmp_path / "config.toml"
    path.write_text("refresh_interval_minutes = 0\n")
    settings, problems = load_settings(path)
    assert settings.refresh_interval_minutes is None
    assert problems == [f"{path}: refresh_interval_minutes must be a whole number of minutes, 1 or more; ignored"]
    path.write_text("refresh_interval_minutes = 15\n")
    assert load_settings(path) == (Settings(refresh_interval_minutes=15), [])


async def test_the_status_line_shows_a_label_set_while_its_parts_are_being_mounted():
    import asyncio

    from textual.app import App
    from textual.widgets import Label

    from reader.tui.widgets.import_status import ImportStatus

    app = App()
    async with app.run_test() as pilot:
        status = ImportStatus()
        app.mount(status)
        await asyncio.sleep(0)  # mounted, its label not yet
        status.show_progress("Refreshing feeds…", None, 0)
        await pilot.pause()
        await pilot.pause()
        assert status.query_one(Label).render().plain == "Refreshing feeds…"


async def test_the_refresh_status_shows_in_the_key_hints_row_and_the_panes_keep_their_size(tmp_path: Path):
    with FeedServer() as server:
        server.answers["/quay.xml"] = Answer(rss("Quay News", [item("a", "Pier plan")]))
        library = Library(tmp_path, entity_finder=sample_finder)
        library.feeds.subscribe(server.url("/quay.xml"))
        release = threading.Event()

        def held() -> Answer:
            release.wait(timeout=30)
            return Answer(rss("Quay News", [item("a", "Pier plan"), item("b", "Ferry fares")]))

        server.answers["/quay.xml"] = held
        app = ReaderApp(library)
        async with app.run_test(size=(120, 40)) as pilot:
            await pilot.pause()
            panes = [(w.region, w.size) for w in (app.screen.library_list, app.screen.article_view)]
            hints = on_screen(app).splitlines()[-1]
            await pilot.press("R")
            await until(pilot, lambda: "Refreshing feeds" in on_screen(app).splitlines()[-1], timeout=30)
            assert [(w.region, w.size) for w in (app.screen.library_list, app.screen.article_view)] == panes
            release.set()
            await app.screen.workers.wait_for_complete()
            await until(pilot, lambda: not app.screen.feed_actions.busy, timeout=30)
            await until(pilot, lambda: on_screen(app).splitlines()[-1] == hints, timeout=30)
            assert len(app.screen.rows.visible) == 2


async def test_all_articles_counts_every_unread_article_of_the_library_not_only_the_feeds(tmp_path: Path):
    with FeedServer() as server:
        server.answers["/quay.xml"] = Answer(rss("Quay News", [item("a", "Pier plan"), item("b", "Ferry fares")]))
        library = Library(tmp_path, entity_finder=sample_finder)
        library.feeds.subscribe(server.url("/quay.xml"))
        saved = tmp_path / "saved.md"
        saved.write_text("# Tide tables\n\nMaria Lindqvist read the tide tables in Kestrel Bay on Monday.\n")
        library.import_sources([str(saved)])
        [pier] = [s.id for s in library.summaries() if s.title == "Pier plan"]
        library.mark_read(pier)
        app = ReaderApp(library)
        async with app.run_test(size=(120, 40)) as pilot:
            await pilot.press("F")
            assert options(app) == ["All articles (2)", "Quay News (1)"]
