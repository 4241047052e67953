"""The reader app: settings, the reading screen, and the entry point the CLI calls."""

from __future__ import annotations

import gc
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from textual import events
from textual.app import App
from textual.binding import Binding
from textual.dom import DOMNode

from reader.paths import config_file
from reader.store import Library
from reader.text import shown_line
from reader.tui.config import Settings, load_settings
from reader.tui.contrast import readable_variables
from reader.tui.key_order import TypedAhead, on_arrival, takes_text
from reader.tui.library_rows import FirstRows
from reader.tui.screens.reading import ReadingScreen
from reader.tui.writer import BackgroundWrites

LIGHT_THEME = "textual-light"
DARK_THEME = "textual-dark"


class ReaderApp(App[int]):
    CSS_PATH = "app.tcss"
    TITLE = "reader"
    COMMANDS = App.COMMANDS | {lambda: _reader_commands(), lambda: _saved_searches()}

    # Resolved on arrival (see key_order) and kept from the letters typed into a text box.
    BINDINGS = on_arrival([
        Binding("question_mark", "help", "Help", id="app.help",
                tooltip="Show every key that works here"),
        Binding("t", "toggle_theme", "Theme", show=False, id="app.theme",
                tooltip="Switch between the dark and the light theme"),
    ])

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in ("help", "toggle_theme") and takes_text(self.focused):
            return False
        return super().check_action(action, parameters)

    def __init__(
        self,
        library: Library,
        settings: Settings | None = None,
        problems: Iterable[str] = (),
        config_path: Path | None = None,
        collect_after_first_paint: bool = False,
        first_rows: FirstRows | None = None,
    ) -> None:
        super().__init__()
        self.library = library
        self.first_rows = first_rows  # read by the command line already, else by the screen
        self.collect_after_first_paint = collect_after_first_paint
        self.settings = settings or Settings()
        self.config_path = config_path or config_file()
        self.problems = list(problems)
        self.writes = BackgroundWrites(library, on_error=self._write_failed)
        self.reading: ReadingScreen | None = None
        self.view = library.view_state()  # how the app was left last time
        self.typed_ahead = TypedAhead(super().on_event, self.call_after_refresh)
        self.typed_ahead.attach(self)

    def on_unmount(self) -> None:
        self.writes.close()  # what was asked for is on disk, and no writer thread outlives the app

    def get_css_variables(self) -> dict[str, str]:
        return readable_variables(super().get_css_variables())  # every text reads (WCAG AA)

    def get_default_screen(self) -> ReadingScreen:
        self.reading = ReadingScreen(self.library, self.first_rows)
        return self.reading

    def on_mount(self) -> None:
        if self.collect_after_first_paint:
            self.call_after_refresh(resume_garbage_collection)
        self._apply_theme()
        self._apply_keys()
        for problem in self.problems:  # names from the file: shown, never obeyed
            self.notify(shown_line(problem), title="Settings", severity="warning", timeout=12, markup=False)

    def _apply_theme(self) -> None:
        if self.view.get("theme") in self.available_themes:
            self.theme = self.view["theme"]  # switched with t last time: that wins
        elif self.settings.theme in self.available_themes:
            self.theme = self.settings.theme
        else:
            self.problems.append(
                f"{self.config_path}: theme {self.settings.theme!r} is not available "
                f"(for example {DARK_THEME!r} or {LIGHT_THEME!r}); using {DARK_THEME!r}"
            )
            self.theme = DARK_THEME

    def _apply_keys(self) -> None:
        if not self.settings.keys:
            return  # nothing to check: the binding owners need not even be imported
        known = binding_ids()
        keymap = {}
        for binding_id, keys in self.settings.keys.items():
            if binding_id in known:
                keymap[binding_id] = keys
            else:
                self.problems.append(
                    f"{self.config_path}: [keys] no binding has the id {binding_id!r}; ignored"
                )
        self.set_keymap(keymap)

    def push_screen(self, *args: Any, **kwargs: Any) -> Any:
        """As App.push_screen; keys typed meanwhile wait for the new screen (see key_order)."""
        pushed = super().push_screen(*args, **kwargs)
        if not kwargs.get("wait_for_dismiss", args[2] if len(args) > 2 else False):
            self.typed_ahead.hold_until(pushed)
        return pushed

    async def on_event(self, event: events.Event) -> None:
        typed = isinstance(event, (events.Key, events.Paste)) and not event.is_forwarded
        if typed and self.typed_ahead.holds(event):
            return
        await super().on_event(event)

    def key_for(self, binding: Binding) -> str:
        """The key a binding answers to now, keymap included, as the footer shows it."""
        keys = self.settings.keys.get(binding.id or "") if binding.id else None
        if keys:
            return ", ".join(self.get_key_display(binding.with_key(key)) for key in keys.split(","))
        return self.get_key_display(binding)

    def _write_failed(self, message: str) -> None:
        # From the writer thread: call_later posts to the app's queue without waiting.
        self.call_later(self.notify, message, title="Could not save", severity="error", markup=False)

    def action_help(self) -> None:
        # Imported when first asked for: start-up never pays for it (benchmarks/bench_startup.py).
        from reader.tui.screens.help import HelpScreen, help_groups

        groups = help_groups(self.screen.active_bindings, self.get_key_display)
        self.push_screen(HelpScreen(groups))

    def action_toggle_theme(self) -> None:
        self.theme = LIGHT_THEME if self.current_theme.dark else self._dark_theme()

    def _dark_theme(self) -> str:
        configured = self.available_themes.get(self.settings.theme)
        return self.settings.theme if configured is not None and configured.dark else DARK_THEME

    async def action_quit(self) -> None:
        from reader.tui.writes import RememberView  # the writes are not imported at start-up

        if self.reading is not None:
            self.reading.leave_article()
            view = {"theme": self.theme, **self.reading.view_state()}
            self.writes.submit(RememberView(tuple(view.items())))
        self.exit(0)


def _reader_commands():
    """The palette's provider, imported when the palette first opens: start-up never pays for
    it (benchmarks/bench_startup.py)."""
    from reader.tui.commands import ReaderCommands

    return ReaderCommands


def _saved_searches():
    from reader.tui.commands import SavedSearches

    return SavedSearches


def binding_owners() -> tuple[type[DOMNode], ...]:
    """Every class of reader.tui that declares bindings of its own: found, never listed, so a
    new view's keys reach the keymap check, the palette and the README test by being written."""
    import importlib
    import pkgutil

    import reader.tui  # only when keys are configured or checked: start-up (bench_startup) skips it

    for module in pkgutil.walk_packages(reader.tui.__path__, "reader.tui."):
        importlib.import_module(module.name)
    found: list[type[DOMNode]] = []
    waiting: list[type[DOMNode]] = [DOMNode]
    while waiting:
        cls = waiting.pop()
        waiting.extend(cls.__subclasses__())
        if cls.__module__.startswith("reader.tui.") and "BINDINGS" in vars(cls):
            found.append(cls)
    return tuple(sorted(set(found), key=lambda cls: (cls.__module__, cls.__qualname__)))


def binding_ids() -> dict[str, str]:
    """Each binding id, with the key it is bound to by default."""
    ids: dict[str, str] = {}
    for owner in binding_owners():
        for binding in Binding.make_bindings(owner.BINDINGS):
            if binding.id:
                ids.setdefault(binding.id, binding.key)
    return ids


def resume_garbage_collection() -> None:
    """Start-up ran with the collector off (benchmarks/bench_startup.py); what it built lives
    as long as the app, so it is frozen out of later collections (bench_reading's pauses)."""
    gc.freeze()
    gc.enable()


def run_app(library: Library, first_rows: FirstRows | None = None) -> int:
    """Run the reader on `library` until the user quits; the exit code. `first_rows`: what the
    list shows first, if the caller has read it already."""
    path = config_file()
    settings, problems = load_settings(path)
    app = ReaderApp(
        library, settings, problems, config_path=path,
        collect_after_first_paint=not gc.isenabled(), first_rows=first_rows,
    )
    try:
        app.run()
    finally:
        app.writes.close()
    return app.return_code or 0
