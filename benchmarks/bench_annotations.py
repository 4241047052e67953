"""Annotations in the TUI: a key press to a bookmark on disk, and the "everything marked" screen.

All inside Pilot (headless, 120x40), clocks from just before the key press:
* `b` in an open article until `Library.toggle_bookmark` has returned on the writer
  thread (the bookmark is on disk, atomically), 10,000 articles (goal <= 10 ms);
  baseline the same on a 1-article library. Presses alternate on/off.
* `B` until the everything-marked list paints its first line, 5,000 annotations in a
  10,000-article library (goal <= 100 ms; the first, cold open is in the note);
  baseline the same screen on a library without annotations.
* one filter keystroke on that screen until the list paints again (goal <= 30 ms):
  words typed letter by letter, each keystroke a filter not typed before (the screen keeps
  recent results, so a repeated one would time its cache); the backspaces clearing a word
  are not timed. Baseline the same without annotations; the screen's own handler time
  (MarkedScreen.filter_ms) is in the note.
Samples come in alternating rounds (big library, then the baseline); medians.
"""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

from common import Context, Figure, median, ms, preserved_state
from reader.store import Library

NAME = "annotations"
SIZE = (120, 40)
KEY_GOAL_MS = 10.0
OPEN_GOAL_MS = 100.0
FILTER_GOAL_MS = 30.0
MARKED = 5_000
# One word a round; no two start alike, so every prefix typed is a fresh search.
FILTER_WORDS = ["ferry", "tides", "harbour", "council", "storm", "quay", "budget", "mayor"]


class Clock:
    """When something last happened (set from any thread), and a wait for the next time."""

    def __init__(self) -> None:
        self.at: float | None = None

    def tick(self) -> None:
        self.at = time.perf_counter()

    async def since(self, start: float, timeout: float = 10.0) -> float:
        deadline = time.perf_counter() + timeout
        while self.at is None or self.at < start:
            if time.perf_counter() > deadline:
                raise TimeoutError("the app did not get there in time")
            await asyncio.sleep(0.0005)
        return self.at - start


def _target(library: Library) -> str:
    """The article `b` is pressed in: the newest (opened by enter on a fresh list) will do."""
    summaries = sorted(library.summaries(), key=lambda s: (s.published or s.added or "", s.title),
                       reverse=True)
    return summaries[0].id


async def _key_to_disk(data_dir: Path, presses: int) -> list[float]:
    from reader.tui.app import ReaderApp

    library = Library(data_dir)
    written = Clock()
    toggle = library.toggle_bookmark

    def timed_toggle(*args, **kwargs):
        result = toggle(*args, **kwargs)
        written.tick()  # on the writer thread, right after the atomic replace and fsyncs
        return result

    library.toggle_bookmark = timed_toggle  # type: ignore[method-assign]
    app = ReaderApp(library)
    times = []
    async with app.run_test(size=SIZE) as pilot:
        await app.workers.wait_for_complete()  # the entity index loads after start-up
        await pilot.press("enter", "j")
        await pilot.pause()
        for _ in range(presses):
            start = time.perf_counter()
            await pilot.press("b")
            times.append(await written.since(start))
            app.writes.flush()
            await pilot.pause()
    app.writes.close()
    return times


async def _marked_screen(data_dir: Path, opens: int, rounds: int) -> tuple[list[float], list[float], list[float]]:
    """(`B` open times, the first one cold; filter keystroke times; filter handler times)."""
    from reader.tui.app import ReaderApp
    from reader.tui.screens.marked import MarkedScreen
    from reader.tui.widgets.marked_list import MarkedList

    painted = Clock()
    original = MarkedList.render_line

    def timed_render_line(self, y):
        strip = original(self, y)
        painted.tick()
        return strip

    MarkedList.render_line = timed_render_line  # type: ignore[method-assign]
    app = ReaderApp(Library(data_dir))
    opened, filtered, handled = [], [], []
    try:
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            await app.workers.wait_for_complete()  # the entity index loads after start-up
            for _ in range(opens):
                start = time.perf_counter()
                await pilot.press("B")
                opened.append(await painted.since(start))
                await pilot.pause()
                assert isinstance(app.screen, MarkedScreen)
                await pilot.press("escape")
                await pilot.pause()
            await pilot.press("B", "slash")
            await pilot.pause()
            screen = app.screen
            for word in FILTER_WORDS[:rounds]:
                for key in word:
                    start = time.perf_counter()
                    await pilot.press(key)
                    filtered.append(await painted.since(start))
                    handled.append(screen.filter_ms / 1000)
                    await pilot.pause()
                await pilot.press(*["backspace"] * len(word))
                await pilot.pause()
    finally:
        MarkedList.render_line = original  # type: ignore[method-assign]
    return opened, filtered, handled


def run(ctx: Context) -> list[Figure]:
    n = ctx.size(10_000, 1_000)
    presses = 20 if ctx.quick else 40
    opens = 5 if ctx.quick else 15
    rounds = 3 if ctx.quick else 8
    big = ctx.library(n)
    small = ctx.library(1, annotations=0)
    marked = ctx.library(n, annotations=MARKED)
    big_times: list[float] = []
    small_times: list[float] = []
    with preserved_state(big), preserved_state(small):
        for _ in range(2):  # alternate rounds: the machine is noisy
            big_times += asyncio.run(_key_to_disk(big, presses // 2))
            small_times += asyncio.run(_key_to_disk(small, presses // 2))
    with preserved_state(marked), preserved_state(small):
        opened, filtered, handled = asyncio.run(_marked_screen(marked, opens, rounds))
        empty_opened, empty_filtered, _ = asyncio.run(_marked_screen(small, opens, rounds))
    big_ms, small_ms = ms(median(big_times)), ms(median(small_times))
    open_ms, empty_open_ms = ms(median(opened)), ms(median(empty_opened))
    filter_ms, empty_filter_ms = ms(median(filtered)), ms(median(empty_filtered))
    handler_ms = ms(median(handled))
    count = len(Library(marked).marked_passages())
    return [
        Figure(
            NAME, f"`b` key press to bookmark on disk, {n:,} articles", big_ms, "ms", len(big_times),
            "same on 1 article", small_ms, big_ms / small_ms, "value/baseline",
            f"<= {KEY_GOAL_MS:g} ms", big_ms <= KEY_GOAL_MS,
            note=f"p90 {ms(sorted(big_times)[int(0.9 * len(big_times))]):.2f} ms",
        ),
        Figure(
            NAME, f"`B` to everything-marked list painted, {count:,} annotations", open_ms, "ms",
            len(opened), "same screen, no annotations", empty_open_ms, open_ms / empty_open_ms,
            "value/baseline", f"<= {OPEN_GOAL_MS:g} ms", open_ms <= OPEN_GOAL_MS,
            note=f"first (cold) open {ms(opened[0]):.2f} ms",
        ),
        Figure(
            NAME, f"filter keystroke to list painted, {count:,} annotations", filter_ms, "ms",
            len(filtered), "same, no annotations", empty_filter_ms, filter_ms / empty_filter_ms,
            "value/baseline", f"<= {FILTER_GOAL_MS:g} ms", filter_ms <= FILTER_GOAL_MS,
            note=f"fresh filters, not cached; handler alone {handler_ms:.2f} ms",
        ),
    ]
