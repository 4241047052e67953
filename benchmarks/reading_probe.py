"""Runs inside its own process: opens articles and filters by entity in the real app (headless).

Prints one JSON object: open times, entity-filter times and peak memory. Used by
bench_reading.py; a process of its own so peak memory belongs to this app alone.
"""

from __future__ import annotations

import asyncio
import gc
import json
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from reader.ingest.parsed import ParsedArticle  # noqa: E402
from reader.model import EntitySpan  # noqa: E402
from reader.store import Library  # noqa: E402

NAMES = [
    ("Helena Vasquez-Moreau", "PERSON"), ("Wanjiru Mwangi", "PERSON"), ("Nairobi", "GPE"),
    ("International Monetary Fund", "ORG"), ("Kenya Revenue Authority", "ORG"), ("Washington", "GPE"),
    ("Kenyans", "NORP"), ("last Tuesday", "DATE"), ("$1.3 billion", "MONEY"), ("Mombasa", "GPE"),
]
SENTENCE = (
    "{0} met officials from {1} in {2} {3}, and the talks covered {4} of lending "
    "that {5} had asked for, according to people who followed the negotiations closely."
)


def long_article(number: int = 0) -> ParsedArticle:
    """About 2,000 words with over 300 entity mentions; article 1 is two paragraphs longer
    (so opening one after the other changes the page's length and its scrollbar)."""
    paragraphs = []
    for p in range(20 + 2 * number):
        sentences = []
        for s in range(3):
            names = [NAMES[(p * 3 + s + k + number) % len(NAMES)][0] for k in range(6)]
            sentences.append(SENTENCE.format(*names))
        paragraphs.append(" ".join(sentences))
    return ParsedArticle(
        key=f"https://bench.example/long-{number}", title=f"A long article with many entities ({number + 1})",
        paragraphs=paragraphs, source="Bench Gazette", published=f"2026-11-0{number + 1}T08:00:00+00:00",
    )


def tag_known_names(blocks):
    """The finder for the long article: every known name, at its real offsets."""
    found = []
    for paragraphs, captions in blocks:
        spans = []
        for index, text in enumerate(paragraphs):
            for name, label in NAMES:
                start = text.find(name)
                while start != -1:
                    spans.append(EntitySpan(name, label, index, start, start + len(name), name))
                    start = text.find(name, start + len(name))
        found.append((sorted(spans, key=lambda e: (e.paragraph, e.start)), []))
    return found


async def drawn(pilot) -> None:
    """Until the screen has handled every message the change caused and composed its frame.

    pilot.pause() would add the idle detection's 20 ms sleeps to every figure; the
    frame is composed here at once instead of at the next tick of Textual's frame timer
    (at most 1/60 s later on a real terminal, for any Textual app alike).
    """
    for _ in range(2):  # the first frame's layout can post messages of its own
        await pilot._wait_for_screen()
        pilot.app.screen._on_timer_update()


def app_as_launched(library: Library):
    """The app as `reader` starts it: the collector off until the first paint, then the
    start-up objects frozen out of its way (see reader.tui.app.run_app)."""
    from reader.tui.app import ReaderApp

    gc.disable()
    return ReaderApp(library, collect_after_first_paint=True)


def peak_mib() -> float:
    """This process's peak resident memory. VmHWM starts afresh at exec; ru_maxrss keeps
    the high-water mark of the forked parent (a big one after building a library)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


async def open_times(library: Library, ids: list[str], opens: int, settled: bool = False) -> list[float]:
    """Milliseconds from open_article to drawn, opening the two `ids` in turn, `opens` + 1
    times (the first is the first open after start); `settled`: after the loaders ran."""
    app = app_as_launched(library)
    timings = []
    async with app.run_test(size=(120, 40)) as pilot:
        screen = app.reading
        await pilot.pause()
        if settled:
            await app.workers.wait_for_complete()
            await pilot.pause()
        for n in range(opens + 1):
            if n:
                screen.leave_article()
                await pilot.pause()
            start = time.perf_counter()
            screen.open_article(ids[n % 2])  # one, then the other: nothing of the last open reused
            await drawn(pilot)
            timings.append((time.perf_counter() - start) * 1000)
            assert screen.shown_article is not None and screen.article_view._lines, "not drawn"
            await pilot.pause()
    return timings


async def measure(data_dir: Path, opens: int, filters: int) -> dict:
    from reader.tui.widgets.entity_panel import article_entities

    long_dir = Path(tempfile.mkdtemp(prefix="reader-long-"))
    long_library = Library(long_dir, entity_finder=tag_known_names)
    items = long_library.add_articles([(long_article(n), "bench") for n in range(2)]).imported
    ids = [item.article_id for item in items]
    result: dict = {
        "long_words": [long_library.summary(i).word_count for i in ids],
        "long_entities": [len(long_library.article(i).entities) for i in ids],
    }
    timings = await open_times(long_library, ids, opens)
    result["first_open_ms"], result["open_ms"] = timings[0], timings[1:]

    # The same two articles in a copy of the big library, opened once its loaders are done.
    big_copy = Path(tempfile.mkdtemp(prefix="reader-big-")) / "library"
    shutil.copytree(data_dir, big_copy, ignore=shutil.ignore_patterns("index.sqlite3*", ".lock"))
    big_library = Library(big_copy, entity_finder=tag_known_names)
    added = big_library.add_articles([(long_article(n), "bench") for n in range(2)]).imported
    assert [item.article_id for item in added] == ids  # ids come from the articles' keys
    result["big_articles"] = len(big_library.summaries())
    result["big_open_ms"] = (await open_times(big_library, ids, opens, settled=True))[1:]
    shutil.rmtree(big_copy.parent, ignore_errors=True)

    app = app_as_launched(Library(data_dir))
    async with app.run_test(size=(120, 40)) as pilot:
        screen = app.reading
        await pilot.pause()
        ids = [row.id for row in screen.rows.visible[:20]]
        for article_id in ids:
            screen.open_article(article_id)
            await pilot.pause()
        result["peak_mib_before_loaders"] = peak_mib()
        await app.workers.wait_for_complete()
        await pilot.pause()
        # The background loaders (the entity index, the full list) have run: the peak now
        # counts everything the app holds for these 20 articles.
        result["peak_mib_after_20"] = peak_mib()
        entities = [e for e in article_entities(app.reading.library.article(ids[0])) if e.mentions > 1]
        times = []
        for n in range(filters):
            entity = entities[n % len(entities)]
            start = time.perf_counter()
            screen.entities.filter_library(entity)
            await drawn(pilot)
            times.append((time.perf_counter() - start) * 1000)
            await pilot.pause()
            result.setdefault("filtered_rows", len(screen.rows.visible))
        result["filter_ms"] = times
        result["peak_mib_end"] = peak_mib()
    return result


def bare_peak() -> dict:
    from textual.app import App
    from textual.widgets import Static

    class Bare(App):
        def compose(self):
            yield Static("bare")

    async def run() -> None:
        async with Bare().run_test(size=(120, 40)) as pilot:
            await pilot.pause()

    asyncio.run(run())
    return {"peak_mib": peak_mib()}


if __name__ == "__main__":
    if sys.argv[1] == "bare":
        print(json.dumps(bare_peak()))
    else:
        print(json.dumps(asyncio.run(measure(Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])))))
