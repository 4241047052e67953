"""Keys typed in a burst (a fast typist, a paste, a busy moment) act as if typed one by one.

Textual hands a key to the focused widget and resolves non-priority bindings only once the
key has bubbled back up to the app, against the focus of that moment: a key that moved the
focus sent the keys queued behind it to the wrong widget's bindings, or lost them. The app
resolves priority bindings as each key arrives, in order. Only for widgets that take no
text of their own: an Input's letters are the Input's.
"""

from __future__ import annotations

import asyncio
from collections import deque
from collections.abc import Awaitable, Callable
from dataclasses import replace

from weakref import WeakKeyDictionary

from textual import events
from textual._context import active_app
from textual.app import App
from textual.binding import Binding
from textual.message import Message


def on_arrival(bindings: list[Binding]) -> list[Binding]:
    """`bindings`, each resolved as its key arrives (a priority binding)."""
    return [replace(binding, priority=True) for binding in bindings]


def takes_text(widget: object) -> bool:
    """An Input or a TextArea (by name: importing them would cost start-up, bench_startup)."""
    return any(cls.__name__ in ("Input", "TextArea") for cls in type(widget).__mro__)


class TypedAhead:
    """Keys that arrive while a new screen is mounting wait for it, then reach it in order.

    A key that opens a dialog (i, B, a, ctrl+p...) pushes a screen whose input is not there
    yet; the letters and the enter queued behind it would go to the screen below, or nowhere.
    """

    _of_app: WeakKeyDictionary[App, TypedAhead] = WeakKeyDictionary()

    def __init__(self, dispatch: Callable[[events.Event], Awaitable[None]],
                 after_refresh: Callable[..., object]) -> None:
        self._dispatch = dispatch
        self._after_refresh = after_refresh
        self._mounting = 0
        self._held: deque[events.Event] = deque()
        self._waiting: set[asyncio.Future[None]] = set()  # referenced, so none is collected

    @classmethod
    def of(cls, app: App) -> TypedAhead | None:
        return cls._of_app.get(app)

    def attach(self, app: App) -> None:
        TypedAhead._of_app[app] = self

    def hold(self) -> Callable[[], None]:
        """Hold keys from now; the function returned lets them go (after the next frame)."""
        self._mounting += 1
        return lambda: self._after_refresh(self._release)

    def hold_until(self, mounted: Awaitable[object]) -> None:
        """Hold keys until a just-pushed screen is mounted and has drawn its first frame."""
        release = self.hold()

        async def release_when_mounted() -> None:
            try:
                await mounted
            finally:
                release()

        waiting = asyncio.ensure_future(release_when_mounted())
        self._waiting.add(waiting)
        waiting.add_done_callback(self._waiting.discard)

    def holds(self, event: events.Event) -> bool:
        """Keep `event` for later if a screen is still mounting (or keys wait before it)."""
        if self._mounting or self._held:
            self._held.append(event)
            return True
        return False

    async def _release(self) -> None:
        self._mounting -= 1
        # A released key may open another screen: the rest then wait for that one.
        while not self._mounting and self._held:
            await self._dispatch(self._held.popleft())


class DialogRequest(Message):
    """A request the screen answers with a dialog: keys typed after it wait for the dialog.

    The handler calls `answered()` once it has pushed the dialog (or decided not to).
    """

    def __post_init__(self) -> None:  # dataclass messages call this, not __init__
        super().__post_init__()
        typed_ahead = TypedAhead.of(active_app.get())
        self._release = typed_ahead.hold() if typed_ahead is not None else None

    def answered(self) -> None:
        if self._release is not None:
            self._release()
            self._release = None
