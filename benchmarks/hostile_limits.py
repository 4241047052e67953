"""Peak memory and wall time of `reader import` on the largest hostile inputs.

    python benchmarks/hostile_limits.py [--runs N] [--big-html MB ...]

Figures (each command in a child process; peak RSS from RUSAGE_CHILDREN, medians of N):

* baseline: `python -m reader --version`
* a 60 MB text file (refused by size before it is read)
* a gzip bomb over HTTP from 127.0.0.1 (1 GiB of zeros; refused at the 16 MB cap)
* optionally, `--big-html 4 15`: HTML pages of that many MB of distinct paragraphs, under
  the 16 MB cap, imported through `Library` with the fake entity finder of the tests (these
  take minutes: article extraction grows faster than linearly with the page)

tests/hostile/test_hostile_import.py asserts the 500 MiB memory cap on the first two; this script
only prints.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from hostile_corpus import CorpusServer, Measured, large_inputs, measure_child  # noqa: E402

_BIG_HTML = """
import sys
sys.path.insert(0, {tests!r})
from builders import fake_finder
from reader.store import Library
size = int(float(sys.argv[1]) * 1024 * 1024)
parts, total, n = [], 0, 0
while total < size - 200:
    part = (f"<p>Paragraph {{n}}: the harbour council met on Tuesday evening to discuss item "
            f"{{n * 7919 % 100003}} of the budget for the bridge.</p>")
    parts.append(part)
    total += len(part)
    n += 1
path = sys.argv[2] + "/big.html"
with open(path, "w") as file:
    file.write("<!DOCTYPE html><html><body><article><h1>A very large page</h1>"
               + "".join(parts) + "</article></body></html>")
report = Library(sys.argv[2] + "/library", entity_finder=fake_finder).import_sources([path])
print(report.counts(), [f.reason for f in report.failed])
"""


def env() -> dict[str, str]:
    proxies = {"http_proxy", "https_proxy", "all_proxy", "no_proxy"}
    return {k: v for k, v in os.environ.items() if k.lower() not in proxies}


def reader(*args: str) -> list[str]:
    return [sys.executable, "-m", "reader", *args]


def runs(label: str, argv_for_run, count: int) -> None:
    results: list[Measured] = []
    for _ in range(count):
        with tempfile.TemporaryDirectory(prefix="hostile-") as folder:
            results.append(measure_child(argv_for_run(Path(folder)), env=env()))
    peak = statistics.median(r.peak_rss_mib for r in results)
    seconds = statistics.median(r.seconds for r in results)
    last = results[-1]
    said = (last.stderr.strip().splitlines() or last.stdout.strip().splitlines() or [""])[-1]
    print(f"{label:<34} {peak:8.1f} {max(r.peak_rss_mib for r in results):8.1f} {seconds:8.2f} "
          f"{last.returncode:>4}  {said[:90]}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--big-html", type=float, nargs="*", default=[], metavar="MB")
    options = parser.parse_args()
    (huge,) = large_inputs()
    print(f"{'input':<34} {'peak MiB':>8} {'max':>8} {'seconds':>8} {'exit':>4}  last line of output")

    runs("baseline: reader --version", lambda folder: reader("--version"), options.runs)

    with tempfile.TemporaryDirectory(prefix="hostile-60mb-") as folder:
        path = huge.write(Path(folder))
        runs(f"60 MB file ({path.stat().st_size:,} B)",
             lambda data: reader("--data-dir", str(data / "library"), "import", str(path)), options.runs)

    with CorpusServer() as server:
        runs("gzip bomb (1 GiB of zeros) by URL",
             lambda data: reader("--data-dir", str(data / "library"), "import", server.url + "/bomb"),
             options.runs)

    code = _BIG_HTML.format(tests=str(ROOT / "tests"))
    for megabytes in options.big_html:
        runs(f"{megabytes:g} MB HTML page (fake finder)",
             lambda data: [sys.executable, "-c", code, str(megabytes), str(data)], 1)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
