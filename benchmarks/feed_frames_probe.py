"""Runs inside its own process: how long the app's frames take while feeds refresh (headless).

    python benchmarks/feed_frames_probe.py FEEDS ITEMS

Subscribes a library to FEEDS empty feeds on local servers, fills each with ITEMS new items,
then in the real app moves the list cursor (j, k) and times each move until its frame is
composed: first with nothing running, then while `R` refreshes every feed (real spaCy, in
the refresh's own process); then times the frames that show and hide the progress line.
Prints one JSON object with the sets of times. Used by bench_feed_frames.py.
"""

from __future__ import annotations

import asyncio
import json
import sys
import tempfile
import time
from contextlib import ExitStack
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_feeds import item_texts, serve, subscribe_all  # noqa: E402
from feed_server import Answer, rss  # noqa: E402
from reading_probe import app_as_launched, drawn  # noqa: E402

from reader.store import Library  # noqa: E402

BASELINE_MOVES = 40
STATUS_ROUNDS = 15


async def move(pilot, screen, step: int) -> float:
    start = time.perf_counter()
    if step % 2:
        screen.library_list.action_cursor_up()
    else:
        screen.library_list.action_cursor_down()
    await drawn(pilot)
    return (time.perf_counter() - start) * 1000


async def measure(feeds_n: int, items_n: int) -> dict:
    with ExitStack() as stack:
        _, feeds = serve(stack, feeds_n)
        for k, (server, path) in enumerate(feeds):
            server.answers[path] = Answer(rss(f"Feed {k}", item_texts(0, k, 1)))
        library = Library(Path(tempfile.mkdtemp(prefix="reader-frames-")))
        subscribe_all(library, [server.url(path) for server, path in feeds])
        for k, (server, path) in enumerate(feeds):
            server.answers[path] = Answer(rss(f"Feed {k}", item_texts(0, k, items_n + 1)))
        app = app_as_launched(library)
        async with app.run_test(size=(120, 40)) as pilot:
            screen = app.reading
            await pilot.pause()
            await app.workers.wait_for_complete()
            idle = [await move(pilot, screen, n) for n in range(BASELINE_MOVES)]
            screen.action_refresh_feeds()
            during = []
            start = time.perf_counter()
            while screen.feed_actions.busy:
                during.append(await move(pilot, screen, len(during)))
                await asyncio.sleep(0.01)  # a reader's pace: a key every few frames
            refresh_s = time.perf_counter() - start
            rows = len(screen.rows.visible)
            shown, hidden = await status_frames(pilot, screen)
    return {"idle_ms": idle, "during_ms": during, "refresh_s": refresh_s, "rows": rows,
            "status_show_ms": shown, "status_hide_ms": hidden}


async def status_frames(pilot, screen) -> tuple[list[float], list[float]]:
    """The frames that show and hide the progress line, as each refresh's start and end do."""
    shown, hidden = [], []
    for _ in range(STATUS_ROUNDS):
        start = time.perf_counter()
        screen.import_status.show_progress("Refreshing feeds…", None, 0)
        await drawn(pilot)
        shown.append((time.perf_counter() - start) * 1000)
        start = time.perf_counter()
        screen.import_status.finish()
        await drawn(pilot)
        hidden.append((time.perf_counter() - start) * 1000)
        await move(pilot, screen, len(shown))
    return shown, hidden


if __name__ == "__main__":
    print(json.dumps(asyncio.run(measure(int(sys.argv[1]), int(sys.argv[2])))))
