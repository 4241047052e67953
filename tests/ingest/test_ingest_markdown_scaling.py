"""Markdown parsing grows linearly with the input, whatever markup is repeated in it.

Each syntax character of `hostile_corpus.MARKDOWN_UNITS` is repeated to a small document
and to one eight times larger. Parsing the large one must take less than three times as
long as parsing the small one eight times: linear parsing takes about as long, quadratic
parsing eight times as long (both measured in the same moment, so the speed of the
machine cancels out). `benchmarks/markdown_worst.py` prints the times.
"""

from __future__ import annotations

import gc
import time

import pytest
from hostile_corpus import FILLER, MARKDOWN_UNITS, markdown_repetition, md

from reader.ingest import markdown
from reader.ingest.markdown import markdown_blocks, parse_markdown
from reader.ingest.origin import Origin

SMALL = 2_000


def parse_seconds(text: str, times: int = 1) -> float:
    started = time.perf_counter()
    for _ in range(times):
        parse_markdown(text, Origin("test.md", "file:test.md"))
    return time.perf_counter() - started


def smallest_ratio(small: str, large: str, tries: int = 5) -> float:
    """Time of `large` over eight times `small`, measured side by side `tries` times; the
    smallest (a moment's load on the machine only ever skews one side). The garbage
    collector is off: its full passes cost by the test session's heap, not the input."""
    ratios = []
    gc.disable()
    try:
        for _ in range(tries):
            eight_small = parse_seconds(small, times=8)
            ratios.append(parse_seconds(large) / eight_small)
    finally:
        gc.enable()
    return min(ratios)


@pytest.mark.parametrize("unit", MARKDOWN_UNITS)
def test_parsing_time_grows_linearly(unit: str) -> None:
    ratio = smallest_ratio(markdown_repetition(unit, SMALL), markdown_repetition(unit, 8 * SMALL))
    assert ratio < 3, f"{unit!r}: one large document took {ratio:.1f} times eight small ones"


@pytest.mark.parametrize("unit", ["*a ", "[", "<!--", "a\n"])
def test_a_long_body_is_parsed_in_chunks_with_its_text_whole(unit: str) -> None:
    text = markdown_repetition(unit, 3 * markdown.CHUNK_CHARS)
    (article,) = parse_markdown(text, Origin("test.md", "file:test.md"))
    assert article.title == "Repeated markup"
    assert article.paragraphs[0] == FILLER[0]


def test_references_defined_earlier_serve_later_chunks() -> None:
    filler = ("A paragraph of ordinary words. " * 40 + "\n\n") * (2 * markdown.CHUNK_CHARS // 1200)
    body = "[harbour]: https://example.com/harbour\n\n" + filler + "See [the harbour][harbour] plan.\n"
    blocks, _ = markdown_blocks(body)
    assert blocks[-1].text == "See the harbour plan."


def test_markup_is_read_by_a_markdown_parser() -> None:
    body = (
        "Some *emphasis*, **strong**, ~~struck~~, `code *kept*` and a [link](http://x.example) "
        "or <http://auto.example>.\n\n"
        "Text <script>hidden()</script> and <!-- a comment --> &amp; \\*escaped\\*.\n\n"
        "<div>Raw <b>HTML</b> block<script>no()</script></div>\n\n"
        "| a | b |\n|---|---|\n| 1 | 2 |\n\n"
        "![A caption (AP)](x.jpg)\n\n"
        "```\nfenced *code*\n```\n"
    )
    blocks, captions = markdown_blocks(body)
    assert [b.text for b in blocks] == [
        "Some emphasis, strong, struck, code *kept* and a link or http://auto.example.",
        "Text and & *escaped*.",
        "Raw HTML block",
        "a | b",
        "1 | 2",
        "fenced *code*",
    ]
    assert captions == ["A caption (AP)"]


@pytest.mark.parametrize("prefix", [">" * 5000 + " ", "- " * 5000, "> 1. " * 3000, "* > " * 2000])
def test_text_nested_thousands_deep_is_kept(prefix: str) -> None:
    (article,) = parse_markdown(md("Deep nesting", [prefix + FILLER[0], FILLER[1]]), Origin("a.md", "file:a.md"))
    assert article.paragraphs == [FILLER[0], FILLER[1]]
