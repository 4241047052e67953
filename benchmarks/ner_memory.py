"""Peak memory of importing, with real entities, a text file of one paragraph at the size cap.

    python benchmarks/ner_memory.py [--mib N] [--paragraphs]

One paragraph is the worst shape for spaCy (its memory grows with the length of one doc);
`--paragraphs` writes the same text as ordinary paragraphs instead. The file is imported
by `python -m reader import` in a child process; peak RSS from RUSAGE_CHILDREN. The
baseline is the same child importing a one-paragraph article of normal length, in this run.
Goal (issue 12): at most 500 MiB for any input the importer accepts.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from hostile_corpus import measure_child  # noqa: E402

from reader.ingest.limits import MAX_INPUT_BYTES  # noqa: E402

PEOPLE = ["Maria Lindqvist", "Tomasz Novak", "Amina Okafor", "Kenji Sato", "Lucia Ferreira"]
PLACES = ["Kestrel Bay", "Gdansk", "Nairobi", "Osaka", "Porto", "the North Sea"]
BODIES = ["the Harbour Authority", "the Bank of Norland", "the European Commission"]


def sentences():
    n = 0
    while True:
        yield (f"{PEOPLE[n % 5]} told {BODIES[n % 3]} in {PLACES[n % 6]} on Tuesday that the "
               f"ferry plan would cost {n % 90 + 10} million euros by {1990 + n % 40}. ")
        n += 1


def write_input(path: Path, size: int, paragraphs: bool) -> None:
    parts, total = ["A very long report from the harbour\n\n"], 0
    for n, sentence in enumerate(sentences()):
        if total + len(sentence) + 2 > size - len(parts[0]):
            break
        parts.append(sentence + ("\n\n" if paragraphs and n % 8 == 7 else ""))
        total += len(sentence) + (2 if paragraphs and n % 8 == 7 else 0)
    path.write_text("".join(parts), encoding="utf-8")


def env() -> dict[str, str]:
    proxies = {"http_proxy", "https_proxy", "all_proxy", "no_proxy"}
    return {k: v for k, v in os.environ.items() if k.lower() not in proxies}


def measure(label: str, size: int, paragraphs: bool) -> None:
    with tempfile.TemporaryDirectory(prefix="ner-memory-") as folder:
        path = Path(folder) / "input.txt"
        write_input(path, size, paragraphs)
        argv = [sys.executable, "-m", "reader", "--data-dir", f"{folder}/library", "import", str(path)]
        result = measure_child(argv, env=env(), timeout=3600)
        said = (result.stdout.strip().splitlines() or result.stderr.strip().splitlines() or [""])[-1]
        print(f"{label:<44} {path.stat().st_size:>12,} B {result.peak_rss_mib:8.1f} MiB "
              f"{result.seconds:8.1f} s  exit {result.returncode}  {said[:60]}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mib", type=float, default=MAX_INPUT_BYTES / 2**20)
    parser.add_argument("--paragraphs", action="store_true")
    options = parser.parse_args()
    measure("baseline: one paragraph of 2,000 characters", 2_000, False)
    shape = "ordinary paragraphs" if options.paragraphs else "one paragraph"
    measure(f"{options.mib:g} MiB, {shape}", int(options.mib * 2**20), options.paragraphs)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
