"""`o`: a graphical browser starts without blocking the screen, a terminal one gets the
terminal with the app suspended, no browser at all gives the address to copy."""

from __future__ import annotations

import contextlib
import threading
import webbrowser

from pilot import recorded_notifications

from reader.tui.app import ReaderApp

WIDE = (120, 40)
URL = "https://harbour-times.example/ferry-terminal"


async def test_a_graphical_browser_starts_off_the_ui_thread(sample_library, monkeypatch):
    release, started = threading.Event(), threading.Event()
    opened: list[tuple[str, bool]] = []

    class SlowBrowser(webbrowser.BackgroundBrowser):
        def open(self, url, new=0, autoraise=True):
            opened.append((url, threading.current_thread() is threading.main_thread()))
            started.set()
            release.wait(timeout=30)
            return True

    monkeypatch.setattr(webbrowser, "get", lambda using=None: SlowBrowser("true"))
    app = ReaderApp(sample_library)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("enter", "o")
        view = app.screen.article_view
        await pilot.press("j", "j")  # the screen still answers while the browser starts
        assert view.cursor == 2
        release.set()
        await app.screen.workers.wait_for_complete()
    assert opened == [(URL, False)]


async def test_a_terminal_browser_runs_with_the_app_suspended(sample_library, monkeypatch):
    events: list[str] = []

    class Lynx(webbrowser.GenericBrowser):
        def open(self, url, new=0, autoraise=True):
            events.append(f"open {url}")
            return True

    monkeypatch.setattr(webbrowser, "get", lambda using=None: Lynx("lynx"))
    app = ReaderApp(sample_library)

    @contextlib.contextmanager
    def suspend():
        events.append("suspended")
        yield
        events.append("resumed")

    monkeypatch.setattr(app, "suspend", suspend)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("enter", "o")
    assert events == ["suspended", f"open {URL}", "resumed"]


async def test_without_a_browser_the_address_is_copied(sample_library, monkeypatch):
    def no_browser(using=None):
        raise webbrowser.Error("could not locate runnable browser")

    monkeypatch.setattr(webbrowser, "get", no_browser)
    app = ReaderApp(sample_library)
    copied: list[str] = []
    monkeypatch.setattr(app, "copy_to_clipboard", copied.append)
    async with app.run_test(size=WIDE) as pilot:
        notes = recorded_notifications(app)
        await pilot.press("enter", "o")
        assert copied == [URL]
        assert notes[-1][0].endswith(f"copied to the clipboard: {URL}")
        assert app.is_running


async def test_a_terminal_browser_where_the_app_cannot_suspend_gets_the_address_copied(sample_library, monkeypatch):
    from textual.app import SuspendNotSupported

    opened: list[str] = []

    class Lynx(webbrowser.GenericBrowser):
        def open(self, url, new=0, autoraise=True):
            opened.append(url)
            return True

    monkeypatch.setattr(webbrowser, "get", lambda using=None: Lynx("lynx"))
    app = ReaderApp(sample_library)

    def cannot_suspend():
        raise SuspendNotSupported("no")

    copied: list[str] = []
    monkeypatch.setattr(app, "suspend", cannot_suspend)
    monkeypatch.setattr(app, "copy_to_clipboard", copied.append)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("enter", "o")
        assert copied == [URL] and opened == [] and app.is_running
