"""Feed refresh: 200 unchanged feeds on 50 hosts, new items against raw spaCy, peak memory.

Figures (feed servers on 127.0.0.2 ... 127.0.0.51, one per address, started here):
- `refresh` of 200 subscribed feeds that all answer 304 after 250 ms (goal <= 4 s; serial
  would be 50 s); baseline: the same 200 conditional GETs from a pool of as many threads
  with urllib alone (no per-host limit, nothing parsed or stored), and `newsboat -x
  reload` on the same feeds (reload-threads 32) when newsboat is installed.
- `refresh` of 50 feeds x 20 new items with entities (real spaCy); baseline: raw
  `nlp.pipe` over the same item texts. Ratio raw/refresh (goal >= 0.8).
- peak memory (VmHWM) of a process refreshing 200 feeds x 5 new items with spaCy (goal
  <= 200 MiB); baseline: the same process with spaCy loaded and run on one item.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import urllib.request
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from contextlib import ExitStack
from pathlib import Path

import synth
from common import BENCH_DIR, PROJECT_DIR, Context, Figure, median, timed

sys.path.insert(0, str(PROJECT_DIR / "tests"))
from feed_server import Answer, FeedServer, rss  # noqa: E402

NAME = "feeds"
HOSTS = [f"127.0.0.{n}" for n in range(2, 52)]
DELAY = 0.25
GOAL_SECONDS = 4.0
GOAL_RATIO = 0.8
GOAL_MIB = 200
ITEM_SHAPE = {"paragraphs": (3, 5, 4), "words": (50, 90, 70), "long_share": 0.0, "caption_share": 0.0}


def item_texts(seed: int, feed: int, count: int) -> list[tuple[str, str, str]]:
    """`count` generated news items of feed `feed`: (guid, title, paragraphs)."""
    items = []
    for i in range(count):
        parsed = synth.make_article(seed, feed * 1000 + i, **ITEM_SHAPE).parsed
        items.append((f"f{feed}-i{i}", parsed.title, "\n\n".join(parsed.paragraphs)))
    return items


def serve(stack: ExitStack, feeds: int) -> tuple[list[FeedServer], list[tuple[FeedServer, str]]]:
    """One server per host address; feed k on host k mod 50. The servers and (server, path)."""
    servers = [stack.enter_context(FeedServer(host)) for host in HOSTS]
    return servers, [(servers[k % len(servers)], f"/feed{k}.xml") for k in range(feeds)]


def opml_of(urls: list[str]) -> str:
    outlines = "".join(f'<outline text="Feed {n}" xmlUrl="{url}"/>' for n, url in enumerate(urls))
    return f'<?xml version="1.0"?><opml version="2.0"><body>{outlines}</body></opml>'


def subscribe_all(library, urls: list[str]) -> None:
    from reader.ingest.subscription_lists import ListedFeed

    library.feeds.subscribe_list([ListedFeed(url) for url in urls])


def no_entities(blocks):
    return [([], []) for _ in blocks]


def figure_unchanged(ctx: Context, tmp: Path) -> list[Figure]:
    from reader.store import Library

    count, runs = (200, 2) if ctx.quick else (200, 3)
    times: dict[str, list[float]] = {"refresh": [], "urllib": [], "newsboat": []}
    newsboat = shutil.which("newsboat")
    with ExitStack() as stack:
        servers, feeds = serve(stack, count)
        for k, (server, path) in enumerate(feeds):
            server.answers[path] = Answer(rss(f"Feed {k}", item_texts(ctx.seed, k, 3)), etag=f'"{k}"',
                                          last_modified="Mon, 02 Nov 2026 08:00:00 GMT")
        urls = [server.url(path) for server, path in feeds]
        library = Library(tmp / "unchanged", entity_finder=no_entities)
        subscribe_all(library, urls)
        if newsboat:
            setup_newsboat(tmp / "newsboat", urls)
            run_newsboat(tmp / "newsboat", newsboat)  # its first reload fills its cache
        for server, path in feeds:
            server.answers[path].delay = DELAY

        def ours() -> None:
            report = library.feeds.refresh()
            statuses = {f.status for f in report.feeds}
            assert statuses == {"not modified"}, statuses

        def raw() -> None:
            def get(url_etag):
                request = urllib.request.Request(url_etag[0], headers={"If-None-Match": url_etag[1]})
                try:
                    urllib.request.urlopen(request, timeout=10).read()
                except urllib.error.HTTPError as error:
                    assert error.code == 304, error
            with ThreadPoolExecutor(32) as pool:
                list(pool.map(get, [(url, f'"{k}"') for k, url in enumerate(urls)]))

        steps = [("refresh", ours), ("urllib", raw)]
        if newsboat:
            steps.append(("newsboat", lambda: run_newsboat(tmp / "newsboat", newsboat)))
        for i in range(runs):
            time_steps(ctx, steps, i, runs, times)
    ours_s, raw_s = median(times["refresh"]), median(times["urllib"])
    figures = [Figure(
        NAME, f"refresh of {count} unchanged feeds (304 after {DELAY * 1000:.0f} ms) on {len(HOSTS)} hosts",
        ours_s, "s", runs, "32 threads of bare urllib GETs, nothing stored", raw_s, ours_s / raw_s,
        "value/baseline", f"<= {GOAL_SECONDS:g} s", ours_s <= GOAL_SECONDS,
        note=f"serial would be {count * DELAY:.0f} s",
    )]
    if newsboat:
        nb = median(times["newsboat"])
        figures.append(Figure(NAME, "same refresh", ours_s, "s", runs,
                              "newsboat -x reload (reload-threads 32)", nb, ours_s / nb, "value/baseline"))
    else:
        figures.append(Figure(NAME, "newsboat -x reload", skipped="newsboat is not installed"))
    return figures


def time_steps(ctx: Context, steps: list[tuple[str, Callable[[], object]]], run: int, runs: int,
               times: dict[str, list[float]]) -> None:
    """One run of each step, the order alternating from run to run (the machine is noisy)."""
    for key, step in steps if run % 2 == 0 else steps[::-1]:
        times[key].append(timed(step))
        ctx.log(f"   run {run + 1}/{runs}: {key} {times[key][-1]:.2f} s")


def setup_newsboat(folder: Path, urls: list[str]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "urls").write_text("".join(f"{url}\n" for url in urls))
    (folder / "config").write_text("reload-threads 32\nshow-read-feeds yes\n")


def run_newsboat(folder: Path, newsboat: str) -> None:
    done = subprocess.run(
        [newsboat, "-u", str(folder / "urls"), "-c", str(folder / "cache.db"),
         "-C", str(folder / "config"), "-x", "reload"],
        capture_output=True, text=True, timeout=300, env={"HOME": str(folder), "PATH": "/usr/bin:/bin"},
    )
    if done.returncode != 0:
        raise RuntimeError(f"newsboat failed: {done.stderr.strip()[-300:]}")


def figure_new_items(ctx: Context, tmp: Path) -> list[Figure]:
    from reader.nlp.pipeline import get_nlp
    from reader.store import Library

    feeds_n, items_n, runs = (10, 20, 2) if ctx.quick else (50, 20, 2)
    items = {k: item_texts(ctx.seed, k, items_n) for k in range(feeds_n)}
    texts = [text for k in items for _, _, text in items[k]]
    nlp = get_nlp()
    for _ in nlp.pipe(texts[:20]):  # warm-up, outside the timing
        pass
    times: dict[str, list[float]] = {"refresh": [], "raw": []}
    with ExitStack() as stack:
        _, feeds = serve(stack, feeds_n)
        urls = [server.url(path) for server, path in feeds]
        for i in range(runs):
            for k, (server, path) in enumerate(feeds):
                server.answers[path] = Answer(rss(f"Feed {k}", []))
            library = Library(tmp / f"items-{i}")
            subscribe_all(library, urls)  # empty feeds: every item of the refresh is new
            for k, (server, path) in enumerate(feeds):
                server.answers[path] = Answer(rss(f"Feed {k}", items[k]))

            def ours() -> None:
                report = library.feeds.refresh()
                assert sum(f.new for f in report.feeds) == feeds_n * items_n, report.failed

            def raw() -> None:
                for doc in nlp.pipe(texts):
                    doc.ents  # noqa: B018 - what the finder reads

            time_steps(ctx, [("refresh", ours), ("raw", raw)], i, runs, times)
    ours_s, raw_s = median(times["refresh"]), median(times["raw"])
    chars = sum(len(t) for t in texts) / len(texts)
    return [Figure(
        NAME, f"refresh of {feeds_n} feeds x {items_n} new items with entities", ours_s, "s", runs,
        "raw nlp.pipe over the item texts", raw_s, raw_s / ours_s, "raw/refresh",
        f">= {GOAL_RATIO}", raw_s / ours_s >= GOAL_RATIO, note=f"{chars:,.0f} chars/item",
    )]


def figure_memory(ctx: Context, tmp: Path) -> list[Figure]:
    feeds_n, items_n = 200, 5
    with ExitStack() as stack:
        _, feeds = serve(stack, feeds_n)
        for k, (server, path) in enumerate(feeds):
            server.answers[path] = Answer(rss(f"Feed {k}", item_texts(ctx.seed, k, items_n)))
        listing = tmp / "feeds.opml"
        listing.write_text(opml_of([server.url(path) for server, path in feeds]))
        peaks = {}
        for mode in ("refresh", "spacy"):
            done = subprocess.run(
                [sys.executable, str(BENCH_DIR / "feed_memory.py"), mode, str(listing), str(tmp / f"mem-{mode}")],
                capture_output=True, text=True, timeout=1800,
            )
            if done.returncode != 0:
                raise RuntimeError(f"feed_memory.py {mode} failed: {done.stderr.strip()[-500:]}")
            peaks[mode] = int(done.stdout.split()[0]) / 1024
            ctx.log(f"   {mode}: {done.stdout.strip()}")
    return [Figure(
        NAME, f"peak memory subscribing to and refreshing {feeds_n} feeds x {items_n} new items",
        peaks["refresh"], "MiB", 1, "spaCy loaded and run on one item", peaks["spacy"],
        peaks["refresh"] / peaks["spacy"], "value/baseline", f"<= {GOAL_MIB} MiB",
        peaks["refresh"] <= GOAL_MIB,
    )]


def run(ctx: Context) -> list[Figure]:
    ctx.work_dir.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix="reader-feeds-", dir=ctx.work_dir))
    try:
        return [*figure_unchanged(ctx, tmp), *figure_new_items(ctx, tmp), *figure_memory(ctx, tmp)]
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
