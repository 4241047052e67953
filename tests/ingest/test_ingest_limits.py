"""Inputs that would take minutes to parse are refused, before parsing, with the reason."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.ingest import ImportFailure, read_source
from reader.ingest.limits import MAX_FEED_ITEMS, MAX_MARKDOWN_CHARS, MAX_PAGE_CHARS


def test_a_huge_web_page_is_refused_before_extraction(tmp_path: Path) -> None:
    paragraph = "<p>" + "Council members debated the bridge budget again. " * 4 + "</p>\n"
    body = paragraph * (MAX_PAGE_CHARS // len(paragraph) + 1)
    path = tmp_path / "page.html"
    path.write_text(f"<!DOCTYPE html><html><head><title>Big</title></head><body>{body}</body></html>")
    with pytest.raises(ImportFailure) as failure:
        read_source(str(path))
    assert failure.value.reason.startswith("web page too large to extract (5.0 MB of text; limit 5.0 MB)")


def feed_of(items: int, tag: str = "item", namespaces: str = "") -> str:
    body = "".join(
        f"<{tag}><title>Story {n}</title><link>https://wire.example/{n}</link>"
        f"<description>Short item {n}.</description></{tag}>"
        for n in range(items)
    )
    return f'<?xml version="1.0"?><rss version="2.0" {namespaces}><channel><title>Wire</title>{body}</channel></rss>'


# Every spelling feedparser reads as an item: a count by pattern missed the last three.
ITEM_SPELLINGS = [
    ("item", ""),
    ("ITEM", ""),
    ("Item", ""),
    ("x-y:item", 'xmlns:x-y="http://backend.userland.com/rss2"'),
    ("a.b:entry", 'xmlns:a.b="http://www.w3.org/2005/Atom"'),
]


@pytest.mark.parametrize("tag,namespaces", ITEM_SPELLINGS)
def test_a_feed_with_too_many_items_is_refused_as_the_parser_reaches_the_limit(
    tag: str, namespaces: str, tmp_path: Path
) -> None:
    path = tmp_path / "feed.xml"
    path.write_text(feed_of(MAX_FEED_ITEMS + 1, tag, namespaces))
    with pytest.raises(ImportFailure) as failure:
        read_source(str(path))
    assert failure.value.reason == "feed too long (over the limit of 2,000 items)"


def test_a_feed_at_the_limit_is_read_whole(tmp_path: Path) -> None:
    path = tmp_path / "feed.xml"
    path.write_text(feed_of(MAX_FEED_ITEMS, "ITEM"))
    assert len(read_source(str(path))) == MAX_FEED_ITEMS


def test_a_huge_markdown_file_is_refused_before_parsing(tmp_path: Path) -> None:
    path = tmp_path / "notes.md"
    path.write_text("# Big\n\n" + "![" * (MAX_MARKDOWN_CHARS // 2 + 1))
    with pytest.raises(ImportFailure) as failure:
        read_source(str(path))
    assert failure.value.reason == "Markdown file too large to parse (2.0 MB of text; limit 2.0 MB)"


def test_counting_the_words_of_a_long_paragraph_does_not_hold_them_all() -> None:
    """An import's summary counts words several times, after spaCy, beside every span: split at
    once, a 16 MiB paragraph was ~3 million strings (benchmarks/ner_memory.py). Measured in
    bytes allocated, which do not depend on the machine."""
    import tracemalloc

    from reader.model import Article

    paragraph = "The ferry plan for the harbour would cost 40 million euros by 2030, they said. " * 13_000
    article = Article(id="a" * 12, key="file:long.txt", title="A long report", paragraphs=[paragraph, "Two more words."])
    tracemalloc.start()
    try:
        summary = article.summary()
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert summary.word_count == 15 * 13_000 + 3
    assert peak < len(paragraph) // 4  # the paragraph is ~1 MB; its words as strings took ~10 times that
