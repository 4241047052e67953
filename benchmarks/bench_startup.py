"""Start-up of the TUI until the article list is on screen, against a bare Textual app.

Both run in a private tmux server at 120x40 from cached bytecode; the clock runs
from launching the command until `tmux capture-pane` (polled every 10 ms) shows the expected text: a
title from the library for the app, the Static's text for the bare app.  Launches
are interleaved, medians of 5; libraries of 10,000 and (not with --quick) 100,000.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from bare_app import READY_TEXT
from common import BENCH_DIR, PROJECT_DIR, Context, Figure, clean_env, median, preserved_state
from reader.store import Library
from tmux_screen import TmuxScreen

NAME = "startup"
GOAL_RATIO = 1.3  # the reading-screen issue: start-up within 1.3x of a bare app
RUNS = 5
PREFIX = 24  # characters of a title that fit in any sensible list column


def tui_missing() -> str | None:
    """Why there is no TUI to time (the command then prints the list instead), or None."""
    probe = subprocess.run(
        [sys.executable, "-c", "from reader.tui.app import run_app"],
        cwd=PROJECT_DIR, capture_output=True, text=True,
    )
    if probe.returncode != 0:
        last = (probe.stderr.strip().splitlines() or ["?"])[-1]
        return f"TUI not available (reader.tui.app.run_app: {last})"
    if shutil.which("tmux") is None:
        return "tmux is not installed"
    return None


def expected_titles(data_dir: Path, count: int = 40) -> list[str]:
    """Title prefixes the list may show first: newest first, and in stored order."""
    summaries = Library(data_dir).summaries()
    newest = sorted(summaries, key=lambda s: (s.published or s.added or "", s.title), reverse=True)
    picked = [s.title for s in newest[:count]] + [s.title for s in summaries[:count]]
    return sorted({t[:PREFIX] for t in picked})


def run(ctx: Context) -> list[Figure]:
    sizes = [ctx.articles] if ctx.articles else ([10_000] if ctx.quick else [10_000, 100_000])
    reason = tui_missing()
    if reason:
        return [Figure(NAME, f"start to populated list, {n:,} articles", skipped=reason) for n in sizes]
    figures = []
    with (tempfile.TemporaryDirectory(prefix="reader-config-") as config,
          tempfile.TemporaryDirectory(prefix="reader-pyc-") as bytecode, TmuxScreen() as screen):
        # Both apps start from cached bytecode, as an installed program does; the
        # warm-up launch writes it even where PYTHONDONTWRITEBYTECODE is set.
        env = {"READER_CONFIG_DIR": config, "PYTHONPATH": clean_env(Path(config))["PYTHONPATH"],
               "PYTHONPYCACHEPREFIX": bytecode}
        unset = ["READER_DATA_DIR", "PYTHONDONTWRITEBYTECODE"]
        bare = [sys.executable, str(BENCH_DIR / "bare_app.py")]
        for n in sizes:
            data_dir = ctx.library(n)
            app = [sys.executable, "-m", "reader", "--data-dir", str(data_dir)]
            titles = expected_titles(data_dir)
            launches = [(bare, [READY_TEXT]), (app, titles)]
            times: list[list[float]] = [[], []]
            with preserved_state(data_dir):
                for which in (0, 1):  # warm-up: page cache, .pyc files
                    screen.time_until(*launches[which], env=env, unset=unset,
                                      cwd=str(PROJECT_DIR))
                for i in range(RUNS):
                    for which in ((0, 1) if i % 2 == 0 else (1, 0)):
                        times[which].append(screen.time_until(
                            *launches[which], env=env, unset=unset,
                            cwd=str(PROJECT_DIR),
                        ))
            app_s, bare_s = median(times[1]), median(times[0])
            figures.append(Figure(
                NAME, f"start to populated list, {n:,} articles", app_s, "s", RUNS,
                "bare Textual app, one Static", bare_s, app_s / bare_s, "value/baseline",
                f"ratio <= {GOAL_RATIO}", app_s / bare_s <= GOAL_RATIO,
            ))
    return figures
