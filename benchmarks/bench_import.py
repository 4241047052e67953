"""Import throughput with entities, against raw spaCy over the same text.

Figure: `Library(tmp).import_sources([folder])` of N generated scraped-text files
(~3,400 characters each) with the real spaCy finder; baseline: `nlp.pipe` over the
same articles' paragraphs, each its own text, 64 at a time, with the same (already
loaded) pipeline: the spaCy work the import itself asks for (reader.nlp.find_entities
feeds it that way). Ratio = raw_time / import_time (goal >= 0.8): how much of the
import is spaCy itself. A second, diagnostic baseline pipes whole articles (other work:
slower than the import, so its ratio says nothing of the import's own cost).
"""

from __future__ import annotations

import importlib
import shutil
import tempfile
import time
from pathlib import Path

import synth
from common import Context, Figure, median
from reader.store import Library

NAME = "import"
GOAL_RATIO = 0.8


def _missing() -> str | None:
    """Why the benchmark cannot run yet, or None."""
    needs = [("reader.ingest", "read_source"), ("reader.ingest", "expand_sources"),
             ("reader.nlp", "find_entities"), ("reader.nlp.pipeline", "get_nlp")]
    for module, name in needs:
        try:
            if not hasattr(importlib.import_module(module), name):
                return f"{module}.{name} does not exist yet"
        except ImportError as error:
            return f"cannot import {module} ({error})"
    return None


def write_sources(folder: Path, count: int, seed: int) -> list[synth.SynthArticle]:
    """`count` scraped-text files (headline, "By Name", paragraphs); the articles written."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for index in range(count):
        article = synth.make_article(seed, index, **synth.IMPORT_SHAPE)
        (folder / f"article-{index:05d}.txt").write_text(synth.scraped_text(article), "utf-8")
        written.append(article)
    return written


def run(ctx: Context) -> list[Figure]:
    count = 200 if ctx.quick else 1000
    runs = 3
    reason = _missing()
    if reason:
        return [Figure(NAME, f"import {count:,} articles with entities", skipped=reason)]

    from reader.nlp.pipeline import get_nlp

    ctx.work_dir.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix="reader-import-", dir=ctx.work_dir))
    try:
        folder = tmp / "sources"
        articles = write_sources(folder, count, ctx.seed)
        chars = sum(len(synth.scraped_text(a)) for a in articles) / count
        texts = ["\n\n".join(a.parsed.paragraphs) for a in articles]
        paragraphs = [p for a in articles for p in a.parsed.paragraphs]

        nlp = get_nlp()  # loaded once, before any timing (load time excluded from both)
        for _ in nlp.pipe(texts[:20]):  # warm-up
            pass

        def raw_articles() -> None:
            for doc in nlp.pipe(texts):
                doc.ents  # noqa: B018 - what the finder reads

        def raw_paragraphs() -> None:
            for doc in nlp.pipe(paragraphs, batch_size=64):
                doc.ents  # noqa: B018

        times: dict[str, list[float]] = {"import": [], "raw": [], "raw_paragraphs": []}
        imported = []
        for i in range(runs):
            data_dir = tmp / f"library-{i}"
            steps = [
                ("raw", raw_articles),
                ("import", lambda: imported.append(Library(data_dir).import_sources([str(folder)]))),
                ("raw_paragraphs", raw_paragraphs),
            ]
            if i % 2:
                steps.reverse()
            for key, step in steps:
                start = time.perf_counter()
                step()
                times[key].append(time.perf_counter() - start)
                ctx.log(f"   run {i + 1}/{runs}: {key} {times[key][-1]:.1f} s")
            shutil.rmtree(data_dir, ignore_errors=True)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)

    report = imported[-1]
    counts = report.counts()
    note = f"{chars:,.0f} chars/article; imported {counts['imported']}, failed {counts['failed']}"
    if report.failed:
        note += f" (first: {report.failed[0].source}: {report.failed[0].reason})"
    imp, raw, raw_p = (median(times[k]) for k in ("import", "raw", "raw_paragraphs"))
    return [
        Figure(
            NAME, f"import_sources of {count:,} .txt files ({count / imp:,.1f} articles/s)",
            imp, "s", runs, "raw nlp.pipe over the paragraphs, batch 64", raw_p, raw_p / imp,
            "raw/import", f">= {GOAL_RATIO}", raw_p / imp >= GOAL_RATIO, note=note,
        ),
        Figure(
            NAME, "same import", imp, "s", runs, "raw nlp.pipe over whole article texts", raw,
            raw / imp, "raw/import",
            note="diagnostic: spaCy on whole articles, which the import does not do",
        ),
    ]
