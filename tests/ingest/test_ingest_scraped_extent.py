"""Where the body starts and ends in scraped pages whose article holds more than paragraphs.

Our own pages, in the shapes real copies take: a tutorial whose paragraphs alternate with
lines of code and figure captions; a copy that keeps invisible separators after full stops.
"""

from __future__ import annotations

from pathlib import Path

from test_ingest_scraped_pages import BODY, HEADLINE, browser_copy, write

from reader.ingest import read_source

HEAD = (HEADLINE, "By Harriet Lindqvist", "13 November 2026")


def test_invisible_separators_after_full_stops_are_no_part_of_the_text(tmp_path: Path) -> None:
    text = browser_copy(*HEAD).replace(".\n", ".\u2063\n").replace(HEADLINE, "\u200b" + HEADLINE)
    (article,) = read_source(write(tmp_path, "separators.txt", text))
    assert article.title == HEADLINE
    assert article.paragraphs == BODY
