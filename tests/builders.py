"""Test helpers: small libraries built in a temp dir without spaCy, and what the anchoring
properties share."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from hypothesis import strategies as st

from reader.ingest.parsed import ParsedArticle
from reader.model import EntitySpan
from reader.store import Library

class FakeEntityFinder:
    """Stands in for spaCy: every mention named in `entities` (mention -> (label, canonical
    name)) wherever it occurs, the longest one where two start together, none overlapping."""

    def __init__(self, entities: dict[str, tuple[str, str]]) -> None:
        self.entities = entities
        self.mention = re.compile("|".join(re.escape(m) for m in sorted(entities, key=len, reverse=True)))

    def spans(self, block: str, index: int) -> list[EntitySpan]:
        """The spans of one block, `index` its place in the article."""
        found = []
        for match in self.mention.finditer(block):
            label, canonical = self.entities[match.group()]
            found.append(EntitySpan(match.group(), label, index, match.start(), match.end(), canonical))
        return found

    def __call__(self, blocks: list[tuple[list[str], list[str]]]) -> list[tuple[list, list]]:
        return [
            (
                [span for i, p in enumerate(paragraphs) for span in self.spans(p, i)],
                [span for i, c in enumerate(captions) for span in self.spans(c, i)],
            )
            for paragraphs, captions in blocks
        ]


# The entities of small_library()'s articles: "Kowalski" alone is Jan Kowalski.
KOWALSKI_ENTITIES = {
    "Warsaw": ("GPE", "Warsaw"),
    "Jan Kowalski": ("PERSON", "Jan Kowalski"),
    "Kowalski": ("PERSON", "Jan Kowalski"),
}
fake_finder = FakeEntityFinder(KOWALSKI_ENTITIES)


def article(key: str, title: str, paragraphs: list[str], **fields) -> ParsedArticle:
    return ParsedArticle(key=key, title=title, paragraphs=paragraphs, **fields)



def run_cli(capsys, root: Path, *argv: str) -> tuple[int, str, str]:
    """`reader --data-dir ROOT ARGV...` in this process: exit code, stdout, stderr."""
    from reader.cli import main

    code = main(["--data-dir", str(root), *argv])
    out, err = capsys.readouterr()
    return code, out, err

# A child's CPU limit ends it with SIGXCPU (its default action), past which SIGKILL follows.
_CPU_LIMIT = "import resource; resource.setrlimit(resource.RLIMIT_CPU, ({0}, {0} + 1))\n"
# A child stuck without working (no CPU used) is ended at this many times its CPU limit.
_STUCK_TIMES = 5


def python_in_child(script: str, *args: str, hang_guard: int) -> str:
    """What `python -c SCRIPT ARGS...` prints, asserting it exits 0. For inputs that once hung:
    in a child, a return of the bug fails at `hang_guard` seconds of CPU instead of stalling the
    suite. CPU, not the clock: the work done is the same on a machine busy with other things,
    where the clock ran out on a reading that takes a sixth of the limit."""
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-c", _CPU_LIMIT.format(hang_guard) + script, *args],
                          capture_output=True, text=True, timeout=hang_guard * _STUCK_TIMES)
    assert done.returncode == 0, (f"exit {done.returncode} (-24, -9: over {hang_guard} s of CPU)", done.stderr)
    return done.stdout


def small_library(root: Path, count: int = 3) -> tuple[Library, list[str]]:
    library = Library(root, entity_finder=fake_finder)
    items = [
        (
            article(
                f"https://news.example/{n}",
                f"Article number {n}",
                [
                    f"Jan Kowalski spoke in Warsaw on day {n}.",
                    "Kowalski said the talks would go on.",
                    f"A closing paragraph for article {n}.",
                ],
                published=f"2026-10-{n + 1:02d}T08:00:00+00:00",
                source="The Test Gazette",
            ),
            f"test-{n}",
        )
        for n in range(count)
    ]
    report = library.add_articles(items)
    return library, [item.article_id for item in report.imported]


def tree_bytes(root: Path) -> dict[str, bytes]:
    """Every file of the library's truth under root with its bytes, for before/after
    comparisons (the index is derived: SQLite rewrites its -shm even on reads)."""
    return {
        str(p.relative_to(root)): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file() and p.name != ".lock" and not p.name.startswith("index.sqlite3")
    }


def edited_cases(anchored: st.SearchStrategy, edit: Callable[..., st.SearchStrategy]) -> st.SearchStrategy:
    """(text, anchor, edited text): a drawn anchored text, then one to four drawn edits of it."""

    @st.composite
    def edited(draw):
        text, anchor = draw(anchored)
        new = text
        for _ in range(draw(st.integers(1, 4))):
            new = draw(edit(new, anchor))
        return text, anchor, new

    return edited()


def edit_stored_summaries(root: Path, edit: Callable[[dict], None]) -> Path:
    """Apply `edit` to the tables of the article metadata file of the library's first
    article (as a hand edit would); that file's path."""
    import orjson

    path = sorted((root / "articles").glob("*.json"))[0]
    tables = orjson.loads(path.read_bytes())
    edit(tables)
    path.write_bytes(orjson.dumps(tables))
    return path
