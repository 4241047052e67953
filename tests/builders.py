"""Test helpers: small libraries built in a temp dir without spaCy, and what the anchoring
properties share."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from hypothesis import strategies as st

from reader.ingest.parsed import ParsedArticle
from reader.model import EntitySpan
from reader.store import Library

WORDS_TO_LABEL = {"Warsaw": "GPE", "Jan Kowalski": "PERSON", "Kowalski": "PERSON"}


def spans_for(block: str, index: int) -> list[EntitySpan]:
    """Entity spans for the known words in a block, as the real finder would give them."""
    spans = []
    taken: list[tuple[int, int]] = []
    for word in sorted(WORDS_TO_LABEL, key=len, reverse=True):
        start = block.find(word)
        while start != -1:
            end = start + len(word)
            if not any(s < end and start < e for s, e in taken):
                canonical = "Jan Kowalski" if word == "Kowalski" else word
                spans.append(EntitySpan(word, WORDS_TO_LABEL[word], index, start, end, canonical))
                taken.append((start, end))
            start = block.find(word, end)
    return sorted(spans, key=lambda s: (s.paragraph, s.start))


def fake_finder(blocks: list[tuple[list[str], list[str]]]):
    return [
        (
            [s for i, p in enumerate(paragraphs) for s in spans_for(p, i)],
            [s for i, c in enumerate(captions) for s in spans_for(c, i)],
        )
        for paragraphs, captions in blocks
    ]


def article(key: str, title: str, paragraphs: list[str], **fields) -> ParsedArticle:
    return ParsedArticle(key=key, title=title, paragraphs=paragraphs, **fields)


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
