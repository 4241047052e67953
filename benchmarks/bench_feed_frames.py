"""Frame times in the app while `R` refreshes feeds in the background (goal: none over 50 ms).

Figure: the largest time from a list move (j or k) to its composed frame while 20 feeds x
10 new items are refreshed with entities (real spaCy) in the app's worker; baseline: the
largest over the same moves with nothing running. Also the frames that show and hide the
progress line, as every refresh does at its start and end. Measured by
feed_frames_probe.py in a process of its own.
"""

from __future__ import annotations

import json
import subprocess
import sys

from common import BENCH_DIR, Context, Figure, median

NAME = "feed_frames"
GOAL_MS = 50.0


def run(ctx: Context) -> list[Figure]:
    feeds_n, items_n = (10, 5) if ctx.quick else (20, 10)
    done = subprocess.run(
        [sys.executable, str(BENCH_DIR / "feed_frames_probe.py"), str(feeds_n), str(items_n)],
        capture_output=True, text=True, timeout=1800,
    )
    if done.returncode != 0:
        raise RuntimeError(f"feed_frames_probe.py failed: {done.stderr.strip()[-500:]}")
    result = json.loads(done.stdout.strip().splitlines()[-1])
    during, idle = result["during_ms"], result["idle_ms"]
    worst, base = max(during), max(idle)
    over = sum(1 for t in during if t > GOAL_MS)
    return [Figure(
        NAME, f"largest frame while {feeds_n} feeds x {items_n} new items refresh", worst, "ms",
        len(during), "largest with nothing running", base, worst / base, "value/baseline",
        f"<= {GOAL_MS:g} ms", worst <= GOAL_MS,
        note=(f"median {median(during):.1f} ms (idle {median(idle):.1f}); {over} of {len(during)} "
              f"moves over {GOAL_MS:g} ms; refresh took {result['refresh_s']:.1f} s"),
    ), *[Figure(
        NAME, f"frame {what} the progress line (a refresh's {when})", median(times), "ms", len(times),
        "median list move with nothing running", median(idle), median(times) / median(idle), "value/baseline",
        f"<= {GOAL_MS:g} ms", max(times) <= GOAL_MS, note=f"largest {max(times):.1f} ms",
    ) for what, when, times in (("showing", "start", result["status_show_ms"]),
                                ("hiding", "end", result["status_hide_ms"]))]]
