"""Driving the app in tests: what a widget shows, waiting for the screen, recorded pop-ups."""

from __future__ import annotations

from textual.widgets import OptionList

from reader.store import Library
from reader.tui.app import ReaderApp
from reader.tui.screens.entity_choice import EntityChoice
from reader.tui.screens.reading import ReadingScreen
from reader.tui.widgets.article_view import ArticleView
from reader.tui.widgets.library_list import LibraryList

WIDE = (120, 40)
NARROW = (80, 24)


def shown_lines(widget) -> list[str]:
    """The text a line-API widget is showing right now."""
    return [widget.render_line(y).text for y in range(widget.scrollable_content_region.height)]


def shown(widget) -> str:
    if isinstance(widget, (ArticleView, LibraryList)):
        return "\n".join(shown_lines(widget))
    return widget.render().plain


async def until(pilot, condition, timeout: float = 5.0) -> None:
    """Pause until `condition()` holds (palette searches run in the background)."""
    for _ in range(int(timeout / 0.05)):
        if condition():
            return
        await pilot.pause(0.05)
    raise AssertionError("timed out waiting for the screen to update")


def recorded(app: ReaderApp) -> list[str]:
    """The messages the app pops up from now on."""
    messages: list[str] = []
    original = app.notify

    def notify(message, **kwargs):
        messages.append(str(message))
        return original(message, **kwargs)

    app.notify = notify  # type: ignore[method-assign]
    return messages


def screen_lines(app: ReaderApp) -> list[str]:
    """The terminal's lines as the user sees them (dialogs and pop-ups included)."""
    return [strip.text for strip in app.screen._compositor.render_strips()]


def fits_on_one_line(widget) -> str:
    """What a one-line widget shows, checked to be whole: one line, nothing cut off."""
    shown_text = widget.render().plain
    assert widget.region.height == 1 and "\n" not in shown_text, shown_text
    assert len(shown_text) <= widget.content_region.width and not shown_text.endswith("…"), shown_text
    return shown_text


def palette_options(app: ReaderApp) -> list[str]:
    from textual.command import CommandList

    found = app.screen.query(CommandList)
    if not found:
        return []
    options = found.first()
    return [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]


def reading(app: ReaderApp) -> ReadingScreen:
    assert isinstance(app.screen, ReadingScreen)
    return app.screen


def article_id(library: Library, title_start: str) -> str:
    return next(s.id for s in library.summaries() if s.title.startswith(title_start))


def recorded_notifications(app: ReaderApp) -> list[tuple[str, str]]:
    messages: list[tuple[str, str]] = []
    original = app.notify

    def notify(message, *, title="", severity="information", timeout=None, markup=True):
        messages.append((message, severity))
        original(message, title=title, severity=severity, timeout=timeout, markup=markup)

    app.notify = notify  # type: ignore[method-assign]
    return messages


async def settled(app: ReaderApp, pilot) -> None:
    """Every write on disk and every refresh it asked for painted."""
    for _ in range(3):
        app.writes.flush()
        await app.workers.wait_for_complete()
        await pilot.pause()


async def choose(app: ReaderApp, pilot, value: str) -> None:
    """Pick `value` in the open EntityChoice with the keys a reader would press."""
    choice = app.screen
    assert isinstance(choice, EntityChoice)
    values = [v for v, _ in choice.choices]
    options = choice.query_one(OptionList)
    await pilot.press("home")
    assert options.highlighted == 0
    await pilot.press(*["down"] * values.index(value), "enter")
    await settled(app, pilot)
