"""Build a synthetic library of N articles through the real Library API, without spaCy.

    python benchmarks/make_library.py --articles 10000 --data-dir /tmp/lib10k [--seed 0] [--notes 200]

Articles come from benchmarks/synth.py (deterministic for a seed) and are stored with
`Library.add_articles`, so bodies, the entity index and the metadata are exactly what a
real import writes.  The entity finder handed to the Library returns the spans the
generator recorded, so no model runs.  `--notes K` then adds K notes and bookmarks
through the public annotation API, spread over the articles.

What makes it fast without touching reader/store (the stored files are the same):
  * commits of max(1,000, N/20) articles instead of the core's 64 -- every commit
    rewrites the metadata shards it touches and updates the index, fewer commits go faster;
  * spans serialise with a dict literal instead of dataclasses.asdict;
  * fsync is skipped (--durable keeps it) and the cyclic GC is paused while storing
    (reading entities.json's millions of small lists triggers it over and over).
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import os
import random
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `reader` and the sibling modules importable
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    sys.path.insert(1, str(Path(__file__).resolve().parent.parent))

import synth  # noqa: E402

from reader.model import EntitySpan  # noqa: E402
from reader.store import Library  # noqa: E402
from reader.store import atomic, importing  # noqa: E402

def auto_batch(articles: int) -> int:
    return max(1000, articles // 20)


@dataclass(slots=True)  # a dataclass of its own, so orjson writes it as the core's spans
class FastSpan(EntitySpan):
    """An EntitySpan that serialises with a dict literal instead of `dataclasses.asdict`.

    Same fields, same stored JSON; asdict costs ~25 us a span, which is most of the
    core's CPU time when it stores 45 spans an article without a model in front.
    """

    def to_dict(self) -> dict:
        return {
            "text": self.text, "label": self.label, "paragraph": self.paragraph,
            "start": self.start, "end": self.end, "canonical": self.canonical,
        }


class KnownSpans:
    """An entity finder that hands back the spans the generator recorded.

    The Library calls the finder with each pending article's own `paragraphs` list,
    so the spans are found by that object's identity (checked, not only its id()).
    """

    def __init__(self) -> None:
        self._by_id: dict[int, tuple[list[str], list, list]] = {}

    def remember(self, article: synth.SynthArticle) -> None:
        paragraphs = article.parsed.paragraphs
        self._by_id[id(paragraphs)] = (paragraphs, article.entities, article.caption_entities)

    def __call__(self, batch: list[tuple[list[str], list[str]]]) -> list[tuple[list, list]]:
        found = []
        for paragraphs, _captions in batch:
            known = self._by_id.pop(id(paragraphs), None)
            if known is None or known[0] is not paragraphs:
                found.append(([], []))
            else:
                found.append((known[1], known[2]))
        return found


class _OsWithoutFsync:
    """`os` as reader.store.atomic sees it, with fsync a no-op."""

    @staticmethod
    def fsync(fd: int) -> None:
        pass

    def __getattr__(self, name: str):
        return getattr(os, name)


def _no_fsync_dir(folder: Path) -> None:
    pass


@contextlib.contextmanager
def fast_storing(skip_fsync: bool = True, pause_gc: bool = True) -> Iterator[None]:
    """Skip the core's fsyncs and pause the cyclic GC while building a throwaway library.

    The write path is otherwise untouched (temp file, os.replace): same files, same bytes.
    """
    saved_os, saved_fsync_dir = atomic.os, atomic.fsync_dir
    was_enabled = gc.isenabled()
    if skip_fsync:
        atomic.os = _OsWithoutFsync()
        atomic.fsync_dir = _no_fsync_dir
    if pause_gc:
        gc.disable()
    try:
        yield
    finally:
        atomic.os, atomic.fsync_dir = saved_os, saved_fsync_dir
        if was_enabled:
            gc.enable()


def generate(seed: int, count: int, span_class: type[EntitySpan]) -> Iterator[synth.SynthArticle]:
    """Articles 0 .. count-1, their spans of `span_class`."""
    for index in range(count):
        article = synth.make_article(seed, index)
        if span_class is not EntitySpan:
            article.entities = [span_class(*_fields(e)) for e in article.entities]
            article.caption_entities = [span_class(*_fields(e)) for e in article.caption_entities]
        yield article


def _fields(span: EntitySpan) -> tuple:
    return span.text, span.label, span.paragraph, span.start, span.end, span.canonical


@dataclass(slots=True)
class BuildStats:
    articles: int
    imported: int
    notes: int
    batch: int
    store_s: float
    notes_s: float

    def line(self) -> str:
        rate = self.imported / self.store_s if self.store_s else 0.0
        text = (
            f"built {self.imported:,} article{'' if self.imported == 1 else 's'} in {self.store_s:.1f} s "
            f"({rate:,.0f} articles/s, commits of {self.batch:,})"
        )
        if self.notes:
            text += f"; {self.notes:,} notes/bookmarks in {self.notes_s:.1f} s"
        return text


def build_library(
    data_dir: Path | str,
    articles: int,
    seed: int = 0,
    notes: int = 0,
    batch: int | None = None,
    progress: bool = False,
    fast_spans: bool = True,
    durable: bool = False,
    pause_gc: bool = True,
) -> BuildStats:
    """Fill `data_dir` with `articles` synthetic articles (and `notes` annotations).

    `batch`: articles per commit (None: auto_batch; 64 is the core's own).
    `fast_spans=False` stores plain EntitySpan objects (the core's own serialisation);
    `durable=True` keeps the core's fsyncs; `pause_gc=False` leaves the GC running.
    """
    finder = KnownSpans()
    library = Library(Path(data_dir), entity_finder=finder)
    batch = batch or auto_batch(articles)
    span_class = FastSpan if fast_spans else EntitySpan

    def stream():
        last = time.perf_counter()
        for n, article in enumerate(generate(seed, articles, span_class), start=1):
            finder.remember(article)
            if progress and n % 10_000 == 0:
                now = time.perf_counter()
                print(f"  {n:,} articles ({now - last:.1f} s for the last 10,000)", file=sys.stderr)
                last = now
            yield article.parsed, article.parsed.url

    saved_batch = importing.BATCH_SIZE
    importing.BATCH_SIZE = batch  # the core reads it at every offer(); restored below
    try:
        with fast_storing(skip_fsync=not durable, pause_gc=pause_gc):
            start = time.perf_counter()
            report = library.add_articles(stream())
            store_s = time.perf_counter() - start
            start = time.perf_counter()
            added = add_annotations(library, notes, seed) if notes else 0
            notes_s = time.perf_counter() - start
    finally:
        importing.BATCH_SIZE = saved_batch
    return BuildStats(articles, len(report.imported), added, batch, store_s, notes_s)


def add_annotations(library: Library, count: int, seed: int) -> int:
    """`count` annotations through the public API: 2/3 notes (some on the whole article), 1/3 bookmarks."""
    rng = random.Random(f"notes:{seed}")
    summaries = sorted(library.summaries(), key=lambda s: s.id)
    if not summaries:
        return 0
    for n in range(count):
        summary = summaries[rng.randrange(len(summaries))]
        paragraph = rng.randrange(max(summary.paragraph_count, 1))
        kind = n % 3
        if kind == 2:
            library.add_bookmark(summary.id, paragraph)
        elif kind == 1 and rng.random() < 0.3:
            library.add_note(summary.id, f"Follow up on this story ({n}).")
        else:
            library.add_note(
                summary.id, f"Check the figures in this passage against the report ({n}).",
                paragraph=paragraph,
            )
    return count


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0], epilog="Defaults favour speed; the files are the same."
    )
    parser.add_argument("--articles", type=int, required=True, help="how many articles")
    parser.add_argument("--data-dir", required=True, help="an empty or new folder")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--notes", type=int, default=0, help="notes and bookmarks to add")
    parser.add_argument(
        "--batch", type=int, default=None,
        help=f"articles per commit (default max(1000, N/20); the core's is {importing.BATCH_SIZE})",
    )
    parser.add_argument("--durable", action="store_true", help="keep the core's fsyncs")
    parser.add_argument("--core-spans", action="store_true",
                        help="plain EntitySpan objects (the core's asdict serialisation)")
    parser.add_argument("--keep-gc", action="store_true", help="leave the cyclic GC running")
    args = parser.parse_args(argv)
    data_dir = Path(args.data_dir)
    if (data_dir / "articles").exists() or (data_dir / "articles.json").exists():
        print(f"make_library: {data_dir} already holds a library; use a new folder", file=sys.stderr)
        return 2
    stats = build_library(
        data_dir, args.articles, seed=args.seed, notes=args.notes, batch=args.batch,
        progress=True, fast_spans=not args.core_spans, durable=args.durable,
        pause_gc=not args.keep_gc,
    )
    print(stats.line())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
