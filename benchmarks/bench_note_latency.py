"""Latency of adding one note through the Library API, by library size.

Figure: median `Library.add_note(id, text, paragraph=N)` on a 10,000-article library
(goal <= 10 ms), baseline the same call on a 1-article library, samples interleaved.
Contrast: one insert into a single default TinyDB JSON file that holds every article
body (the naive design the storage principles rule out).
"""

from __future__ import annotations

import json
import tempfile
import time
from pathlib import Path

import orjson
from tinydb import TinyDB

from common import Context, Figure, median, ms, preserved_state
from reader.store import Library

NAME = "note_latency"
GOAL_MS = 10.0
NOTE = "Compare these figures with the ministry's own report."


def _target(library: Library) -> tuple[str, int]:
    """A stable article and passage to annotate: the first id with at least 4 passages."""
    summaries = sorted(library.summaries(), key=lambda s: s.id)
    for summary in summaries:
        if summary.paragraph_count >= 4:
            return summary.id, 3
    return summaries[0].id, 0


def _add_note_samples(big: Path, small: Path, samples: int) -> tuple[list[float], list[float]]:
    libraries = [Library(big), Library(small)]
    targets = [_target(lib) for lib in libraries]
    times: list[list[float]] = [[], []]
    for lib, (article_id, paragraph) in zip(libraries, targets):  # warm-up, not counted
        lib.add_note(article_id, NOTE, paragraph=paragraph)
    for i in range(samples):
        order = (0, 1) if i % 2 == 0 else (1, 0)  # interleaved, alternating who goes first
        for which in order:
            article_id, paragraph = targets[which]
            start = time.perf_counter()
            libraries[which].add_note(article_id, NOTE, paragraph=paragraph)
            times[which].append(time.perf_counter() - start)
    return times[0], times[1]


def _naive_file(library_dir: Path, path: Path) -> int:
    """One default-TinyDB JSON file holding every article (metadata + body); its size."""
    library = Library(library_dir)
    table = {}
    for n, summary in enumerate(library.summaries(), start=1):
        body = orjson.loads(library.files.body(summary.id).read_bytes())
        table[str(n)] = {**summary.to_dict(), **body}
    # Written the way TinyDB's JSONStorage writes (json.dumps), so the file is what it reads.
    path.write_text(json.dumps({"_default": table}))
    return path.stat().st_size


def _naive_samples(path: Path, samples: int) -> list[float]:
    times = []
    for i in range(samples):
        db = TinyDB(path)  # default JSONStorage: every write re-reads and rewrites the file
        note = {"article_id": "x", "text": NOTE, "paragraph": 3, "n": i}
        start = time.perf_counter()
        db.table("notes").insert(note)
        times.append(time.perf_counter() - start)
        db.close()
    return times


def run(ctx: Context) -> list[Figure]:
    n = ctx.size(10_000, 1_000)
    samples = 50 if ctx.quick else 200
    naive_samples = 3 if ctx.quick else 5
    big = ctx.library(n)
    small = ctx.library(1, annotations=0)
    with preserved_state(big), preserved_state(small):
        big_times, small_times = _add_note_samples(big, small, samples)
    big_ms, small_ms = ms(median(big_times)), ms(median(small_times))
    figures = [
        Figure(
            NAME, f"add_note(paragraph=3), {n:,} articles", big_ms, "ms", samples,
            "same on 1 article", small_ms, big_ms / small_ms, "value/baseline",
            f"<= {GOAL_MS:g} ms", big_ms <= GOAL_MS,
            note=f"p90 {ms(sorted(big_times)[int(0.9 * len(big_times))]):.2f} ms",
        )
    ]
    with tempfile.TemporaryDirectory(prefix="reader-naive-", dir=ctx.work_dir) as tmp:
        path = Path(tmp) / "naive.json"
        size = _naive_file(big, path)
        naive_ms = ms(median(_naive_samples(path, naive_samples)))
    figures.append(
        Figure(
            NAME, f"naive: 1 insert, single default TinyDB file ({size / 1e6:.0f} MB, {n:,} bodies)",
            naive_ms, "ms", naive_samples, f"add_note, {n:,} articles", big_ms,
            naive_ms / big_ms, "naive/library", note="contrast only",
        )
    )
    return figures
