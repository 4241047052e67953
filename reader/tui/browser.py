"""Opening an article's address in a web browser without freezing or breaking the screen.

Python's `webbrowser` picks the browser (`$BROWSER` first). A graphical one is started in
a thread, since starting it can take a while. One that runs in the terminal (lynx, w3m,
elinks, or a `$BROWSER` command, which webbrowser runs in the foreground) gets the
terminal: the app is suspended while it runs and the screen comes back after, as for an
external editor.
"""

from __future__ import annotations

import webbrowser
from urllib.parse import urlsplit

from textual.app import SuspendNotSupported
from textual.widget import Widget

from reader.text import shown_line

WEB_SCHEMES = ("http", "https")


def is_web_address(url: str) -> bool:
    try:
        return urlsplit(url).scheme.lower() in WEB_SCHEMES
    except ValueError:
        return False


def find_browser() -> webbrowser.BaseBrowser | None:
    try:
        return webbrowser.get()
    except webbrowser.Error:
        return None


def runs_in_the_terminal(browser: webbrowser.BaseBrowser) -> bool:
    """Whether `browser` runs in the foreground, in this terminal, until the user quits it."""
    if isinstance(browser, webbrowser.BackgroundBrowser):
        return False
    if isinstance(browser, webbrowser.GenericBrowser):
        return True  # console browsers and $BROWSER commands: webbrowser waits for them
    return isinstance(browser, webbrowser.UnixBrowser) and not browser.background


def open_url(widget: Widget, url: str) -> None:
    """Open `url` in the browser; say why not, or copy it, when it cannot be."""
    if not is_web_address(url):
        widget.notify("Only http and https addresses are opened.", severity="warning")
        return
    browser = find_browser()
    if browser is None:
        _copy_url(widget, url, "No web browser found")
    elif runs_in_the_terminal(browser):
        try:
            with widget.app.suspend():  # the terminal is the browser's until it quits
                browser.open(url)
        except SuspendNotSupported:
            _copy_url(widget, url, "The browser runs in the terminal, which this app cannot hand over")
    else:
        widget.run_worker(lambda: browser.open(url), thread=True, group="browser")


def _copy_url(widget: Widget, url: str, why: str) -> None:
    widget.app.copy_to_clipboard(url)
    widget.notify(f"{why}; the address is copied to the clipboard: {shown_line(url)}",
                  title="Open URL", markup=False, timeout=12)
