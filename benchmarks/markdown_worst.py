"""Markdown parsing time on long repetitions of each syntax character, against ordinary prose.

    python benchmarks/markdown_worst.py [--kib N] [--cap]

Each unit of `tests/hostile_corpus.MARKDOWN_UNITS` is repeated to N KiB (default 256) and
parsed by `parse_markdown`; the baseline is ordinary Markdown paragraphs of the same size,
parsed in the same run. `--cap` then parses the slowest unit at the Markdown size limit (2 MiB
of text), in a child process, with its peak memory.
"""

from __future__ import annotations

import argparse
import gc
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from hostile_corpus import FILLER, MARKDOWN_UNITS, markdown_repetition, measure_child  # noqa: E402

from reader.ingest.limits import MAX_MARKDOWN_CHARS  # noqa: E402
from reader.ingest.markdown import parse_markdown  # noqa: E402
from reader.ingest.origin import Origin  # noqa: E402

_CHILD = """
import sys, time
from reader.ingest.markdown import parse_markdown
from reader.ingest.origin import Origin
text = open(sys.argv[1], encoding="utf-8").read()
started = time.perf_counter()
(article,) = parse_markdown(text, Origin("cap.md", "file:cap.md"))
print(f"{time.perf_counter() - started:.1f} s, {len(article.paragraphs)} paragraphs")
"""


def prose(size: int) -> str:
    paragraph = "\n\n".join(FILLER) + "\n\n"
    return "# Ordinary prose\n\n" + paragraph * (size // len(paragraph))


def seconds(text: str) -> float:
    gc.collect()
    started = time.perf_counter()
    parse_markdown(text, Origin("bench.md", "file:bench.md"))
    return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kib", type=int, default=256)
    parser.add_argument("--cap", action="store_true")
    options = parser.parse_args()
    size = options.kib * 1024
    baseline = seconds(prose(size))
    print(f"{'baseline: ordinary Markdown':<28} {baseline:7.2f} s")
    timed = sorted(((seconds(markdown_repetition(unit, size)), unit) for unit in MARKDOWN_UNITS), reverse=True)
    for took, unit in timed:
        print(f"{unit!r:<28} {took:7.2f} s  {took / baseline:5.1f}x")
    if options.cap:
        worst = timed[0][1]
        with tempfile.TemporaryDirectory(prefix="markdown-cap-") as folder:
            path = Path(folder) / "cap.md"
            path.write_text(markdown_repetition(worst, MAX_MARKDOWN_CHARS - 1024), encoding="utf-8")
            result = measure_child([sys.executable, "-c", _CHILD, str(path)], timeout=3600)
            print(f"{worst!r} at the Markdown limit ({path.stat().st_size:,} B): {result.stdout.strip()}, "
                  f"peak {result.peak_rss_mib:.0f} MiB (wall {result.seconds:.1f} s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
