"""The reading screen: opening a long article, the entity filter, and peak memory.

Figures (each from the real app run headless in a process of its own):
- open an article of about 2,000 words with over 300 entity mentions until drawn:
  median of opens alternating between two such articles (goal <= 30 ms) and the first
  open after start (goal <= 100 ms); the same two articles again in a copy of the
  10,000-article library, once the app's background loaders are done (goal <= 30 ms);
- peak memory with a 10,000-article library after opening 20 articles, read once the
  background loaders are done (goal <= 100 MiB), baseline a bare Textual app in the same
  harness;
- the entity filter (every article mentioning one entity) at 10,000 articles (goal <= 20 ms).
"""

from __future__ import annotations

import json
import subprocess
import sys

from common import BENCH_DIR, Context, Figure, median, preserved_state

NAME = "reading"


def _probe(*args: str) -> dict:
    done = subprocess.run(
        [sys.executable, str(BENCH_DIR / "reading_probe.py"), *args],
        capture_output=True, text=True, timeout=900,
    )
    if done.returncode != 0:
        raise RuntimeError(done.stderr.strip()[-800:])
    return json.loads(done.stdout.strip().splitlines()[-1])


def run(ctx: Context) -> list[Figure]:
    n = ctx.size(10_000, 10_000)
    opens = filters = 10 if ctx.quick else 30
    data_dir = ctx.library(n)
    with preserved_state(data_dir):
        app = _probe(str(data_dir), str(opens), str(filters))
    bare = _probe("bare")
    open_ms, filter_ms = median(app["open_ms"]), median(app["filter_ms"])
    words, entities = app["long_words"], app["long_entities"]
    shape = f"{words[0]:,} and {words[1]:,} words, {entities[0]} and {entities[1]} entities, in turn"
    big_open_ms = median(app["big_open_ms"])
    return [
        Figure(NAME, f"open an article ({shape}) until drawn", open_ms, "ms", opens,
               goal="<= 30 ms", met=open_ms <= 30, note="a library of these 2 articles"),
        Figure(NAME, f"open the same articles in a {app['big_articles']:,}-article library", big_open_ms,
               "ms", opens, "the same in a 2-article library", open_ms, big_open_ms / open_ms,
               "value/baseline", "<= 30 ms", big_open_ms <= 30,
               note="opened once the app's background loaders are done"),
        Figure(NAME, "first open after start", app["first_open_ms"], "ms", 1,
               goal="<= 100 ms", met=app["first_open_ms"] <= 100),
        Figure(NAME, f"peak memory, {n:,} articles, 20 opened, background loaders done",
               app["peak_mib_after_20"], "MiB", 1,
               "bare Textual app, same harness", bare["peak_mib"],
               app["peak_mib_after_20"] / bare["peak_mib"], "value/baseline",
               "<= 100 MiB", app["peak_mib_after_20"] <= 100,
               note=f"{app['peak_mib_before_loaders']:.1f} MiB before the loaders finished"),
        Figure(NAME, f"entity filter, {n:,} articles", filter_ms, "ms", filters,
               goal="<= 20 ms", met=filter_ms <= 20,
               note=f"{app['filtered_rows']} rows for the first entity"),
    ]
