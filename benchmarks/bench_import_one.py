"""`reader import` of one article as a whole command, into a big library and into an empty one.

* `reader --data-dir LIB import one.txt` into a copy of the 100,000-article library (its
  metadata shards, bodies and index as built), against the same file imported into an empty
  library: time (medians of interleaved runs, goal ratio <= 2) and peak memory of each
  process (goal <= 300 MiB). Both load the real spaCy pipeline, as the command does.

Each run imports an article of its own (new to both libraries), so none is a duplicate. The
copy links the cached library's files instead of copying them: every write of the store
replaces a file (a new inode) rather than changing it, so the cache stays as it was; only
the index, which SQLite changes in place, is copied.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import synth
from common import BENCH_DIR, Context, Figure, clean_env, median

NAME = "import_one"
GOAL_RATIO = 2.0
GOAL_PEAK_MIB = 300
SEED = 7  # not the libraries' seed: articles none of them holds
FIRST = 900_000

_SCRIPT = (
    "import runpy, sys; sys.argv = ['reader', '--data-dir', sys.argv[1], 'import', sys.argv[2]]"
    "\ntry: runpy.run_module('reader', run_name='__main__')\nexcept SystemExit as done: code = done.code"
    "\nfrom common import peak_kib; print(code, peak_kib(), file=sys.stderr)"
)


def linked_copy(source: Path, target: Path) -> None:
    """The library at `source` at `target`: its files hard-linked, the index copied."""
    for folder, _dirs, files in os.walk(source):
        into = target / Path(folder).relative_to(source)
        into.mkdir(parents=True, exist_ok=True)
        for name in files:
            if name.startswith("index.sqlite3"):
                shutil.copyfile(Path(folder) / name, into / name)
            elif not name.startswith(".bench"):
                os.link(Path(folder) / name, into / name)


def _import(data_dir: Path, source: Path, env: dict[str, str]) -> tuple[float, float]:
    """(seconds, peak MiB) of one `reader import`."""
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", _SCRIPT, str(data_dir), str(source)], env=env,
                          cwd=BENCH_DIR, capture_output=True, text=True)
    seconds = time.perf_counter() - start
    code, peak = done.stderr.strip().splitlines()[-1].split()
    if code != "0":
        raise RuntimeError(f"reader import failed ({code}): {done.stderr.strip()[-500:]}")
    return seconds, int(peak) / 1024


def run(ctx: Context) -> list[Figure]:
    n = ctx.size(100_000, 1_000)
    runs = 3 if ctx.quick else 7
    cached = ctx.library(n)
    ctx.work_dir.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix="reader-import-one-", dir=ctx.work_dir))
    times: dict[str, list[float]] = {"big": [], "empty": []}
    peaks: dict[str, list[float]] = {"big": [], "empty": []}
    try:
        big = tmp / "big"
        ctx.log(f"   linking a copy of the {n:,}-article library ...")
        linked_copy(cached, big)
        env = clean_env(tmp / "config")
        for i in range(runs):
            source = tmp / f"article-{i}.txt"
            source.write_text(synth.scraped_text(synth.make_article(SEED, FIRST + i, **synth.IMPORT_SHAPE)),
                              "utf-8")
            order = ["big", "empty"] if i % 2 == 0 else ["empty", "big"]
            for which in order:
                data_dir = big if which == "big" else tmp / f"empty-{i}"
                seconds, peak = _import(data_dir, source, env)
                times[which].append(seconds)
                peaks[which].append(peak)
                ctx.log(f"   run {i + 1}/{runs}: {which} {seconds:.2f} s, peak {peak:.0f} MiB")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    value, base = median(times["big"]), median(times["empty"])
    peak = max(peaks["big"])
    ratio = value / base
    return [
        Figure(
            NAME, f"`reader import` of one article into {n:,} articles (whole command)", value, "s", runs,
            "the same into an empty library", base, ratio, "value/baseline",
            f"ratio <= {GOAL_RATIO:g}, <= {GOAL_PEAK_MIB} MiB", ratio <= GOAL_RATIO and peak <= GOAL_PEAK_MIB,
            note=(f"{min(times['big']):.2f} to {max(times['big']):.2f} s against {min(times['empty']):.2f} "
                  f"to {max(times['empty']):.2f} s; peak {peak:.0f} MiB (empty library: "
                  f"{max(peaks['empty']):.0f} MiB)"),
        ),
    ]
