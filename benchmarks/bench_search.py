"""Search through index.sqlite3: a query in the Library, `reader search` and `reader list`
as whole commands, and rebuilding the index.

* `Library.search(QUERY, limit=50)` (ranked, snippets, total count) at 10,000 and 100,000
  articles, against SQLite FTS5's own ranked top-50 plus count on the same index (the floor);
* `reader search QUERY` at 10,000 articles against 2 articles (whole processes, interleaved);
* `reader list` at 100,000 articles: time and peak memory (the child's max RSS);
* dropping the index and building it again at 10,000 articles.
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import BENCH_DIR, Context, Figure, clean_env, median, ms, timed
from reader.store import Library

NAME = "search"
QUERY = "government minister"  # two common words of the synthetic vocabulary


def _fts_floor(index: Path) -> float:
    """FTS5 alone: the ranked top 50 and the count, on the same index (seconds)."""
    db = sqlite3.connect(index)
    try:
        match = '("government") AND ("minister")'
        start = time.perf_counter()
        db.execute("SELECT rowid FROM fts WHERE fts MATCH ? ORDER BY rank LIMIT 50", (match,)).fetchall()
        db.execute("SELECT count(*) FROM fts WHERE fts MATCH ?", (match,)).fetchone()
        return time.perf_counter() - start
    finally:
        db.close()


def _query_figure(ctx: Context, n: int, goal_ms: float) -> Figure:
    data_dir = ctx.library(n)
    library = Library(data_dir)
    library.search(QUERY, limit=50)  # the index brought up to date, pages cached
    runs = 10 if ctx.quick else 30
    ours, floor = [], []
    for _ in range(runs):
        ours.append(timed(lambda: library.search(QUERY, limit=50)))
        floor.append(_fts_floor(library.files.index))
    value, base = ms(median(ours)), ms(median(floor))
    total = library.search(QUERY, limit=50).total
    return Figure(
        NAME, f"`Library.search({QUERY!r}, limit=50)`, ranked with snippets and count, {n:,} articles",
        value, "ms", runs, "FTS5's own top 50 + count", base, value / base, "value/baseline",
        f"<= {goal_ms:.0f} ms", value <= goal_ms,
        note=f"{total:,} matches; index {_mb(library.files.index)}",
    )


def _cli_figure(ctx: Context) -> Figure:
    n = ctx.size(10_000, 1_000)
    runs = 5 if ctx.quick else 11
    big, small = ctx.library(n), ctx.library(2, annotations=0)
    commands = [[sys.executable, "-m", "reader", "--data-dir", str(d), "search", *QUERY.split()]
                for d in (big, small)]
    times: list[list[float]] = [[], []]
    with tempfile.TemporaryDirectory(prefix="reader-config-") as config:
        env = clean_env(Path(config))
        for command in commands:
            subprocess.run(command, env=env, capture_output=True)  # warm-up, index current
        for i in range(runs):
            for which in ((0, 1) if i % 2 == 0 else (1, 0)):
                start = time.perf_counter()
                subprocess.run(commands[which], env=env, capture_output=True)
                times[which].append(time.perf_counter() - start)
    value, base = ms(median(times[0])), ms(median(times[1]))
    return Figure(NAME, f"`reader search {QUERY}`, {n:,} articles", value, "ms", runs,
                  "same on 2 articles", base, value / base, "value/baseline", "ratio <= 1.5",
                  value / base <= 1.5)


def _list_figure(ctx: Context) -> Figure:
    n = ctx.size(100_000, 1_000)
    data_dir = ctx.library(n)
    Library(data_dir).summaries()  # the index current before timing
    script = (
        "import runpy, sys; sys.argv = ['reader', '--data-dir', sys.argv[1], 'list']"
        "\ntry: runpy.run_module('reader', run_name='__main__')\nexcept SystemExit: pass\n"
        "from common import peak_kib; print(peak_kib(), file=sys.stderr)"
    )
    runs = 3 if ctx.quick else 5
    times, peaks = [], []
    with tempfile.TemporaryDirectory(prefix="reader-config-") as config:
        env = clean_env(Path(config))
        for _ in range(runs):
            start = time.perf_counter()
            done = subprocess.run([sys.executable, "-c", script, str(data_dir)], env=env,
                                  cwd=BENCH_DIR, capture_output=True, text=True)
            times.append(time.perf_counter() - start)
            peaks.append(int(done.stderr.strip().splitlines()[-1]) / 1024)
    value, peak = median(times), max(peaks)
    return Figure(NAME, f"`reader list`, {n:,} articles", value, "s", runs,
                  goal="<= 0.5 s, <= 100 MiB", met=value <= 0.5 and peak <= 100,
                  note=f"peak {peak:.0f} MiB")


def _rebuild_figure(ctx: Context) -> Figure:
    n = ctx.size(10_000, 1_000)
    library = Library(ctx.library(n))
    library.drop_index()
    seconds = timed(library.refresh_index)
    return Figure(NAME, f"index rebuilt from nothing, {n:,} articles", seconds, "s", 1,
                  goal="<= 15 s", met=seconds <= 15, note=f"index {_mb(library.files.index)}")


def _mb(path: Path) -> str:
    """The size of an index file (its write-ahead log checkpointed into it first)."""
    with sqlite3.connect(path) as db:
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    return f"{path.stat().st_size / 1e6:,.1f} MB"


def run(ctx: Context) -> list[Figure]:
    figures = [_query_figure(ctx, ctx.size(10_000, 1_000), 30)]
    if not ctx.quick:
        figures.append(_query_figure(ctx, 100_000, 100))
    figures += [_cli_figure(ctx), _list_figure(ctx), _rebuild_figure(ctx)]
    return figures
