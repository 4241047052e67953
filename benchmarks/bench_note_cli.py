"""`reader note ID --passage 0 TEXT` as a subprocess: 10,000 articles vs 1 article.

A whole process (interpreter start, imports, one write) per sample, the two libraries
interleaved; the ratio shows whether the command's cost grows with the library
(goal <= 1.2).
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import PROJECT_DIR, Context, Figure, clean_env, median, ms, preserved_state
from reader.store import Library

NAME = "note_cli"
GOAL_RATIO = 1.2


def _command(data_dir: Path, article_id: str) -> list[str]:
    return [
        sys.executable, "-m", "reader", "--data-dir", str(data_dir),
        "note", article_id, "--passage", "0", "Check", "this", "figure.",
    ]


def _once(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    done = subprocess.run(command, env=env, cwd=PROJECT_DIR, capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    if done.returncode != 0 or "noted" not in done.stdout:
        raise RuntimeError(
            f"{' '.join(command[2:])} failed ({done.returncode}): {done.stderr.strip()[-300:]}"
        )
    return elapsed


def run(ctx: Context) -> list[Figure]:
    n = ctx.size(10_000, 1_000)
    runs = 5 if ctx.quick else 15
    big = ctx.library(n)
    small = ctx.library(1, annotations=0)
    commands = [
        _command(d, min(s.id for s in Library(d).summaries())) for d in (big, small)
    ]
    times: list[list[float]] = [[], []]
    with tempfile.TemporaryDirectory(prefix="reader-config-") as config, \
            preserved_state(big), preserved_state(small):
        env = clean_env(Path(config))
        for command in commands:  # warm-up: page cache and .pyc files, not counted
            _once(command, env)
        for i in range(runs):
            for which in ((0, 1) if i % 2 == 0 else (1, 0)):
                times[which].append(_once(commands[which], env))
    big_ms, small_ms = ms(median(times[0])), ms(median(times[1]))
    ratio = big_ms / small_ms
    return [
        Figure(
            NAME, f"`reader note ID --passage 0 TEXT`, {n:,} articles", big_ms, "ms", runs,
            "same on 1 article", small_ms, ratio, "value/baseline",
            f"ratio <= {GOAL_RATIO}", ratio <= GOAL_RATIO,
        )
    ]
