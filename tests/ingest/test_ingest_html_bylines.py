"""An HTML page's byline: the metadata's authors, checked against the byline the page prints."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.ingest import read_source
from test_ingest_html_titles import BODY, HEADLINE


def page(author: str | None, printed: str | None) -> str:
    meta = f'<meta name="author" content="{author}">' if author else ""
    byline = f'<p class="byline">{printed}</p>' if printed else ""
    return (f"<html><head><title>{HEADLINE}</title>{meta}</head><body><article><h1>{HEADLINE}</h1>"
            f"{byline}<p>13 November 2026</p>{BODY}</article></body></html>")


@pytest.mark.parametrize(("author", "printed", "byline"), [
    # The metadata names the publisher beside the writer, or nobody.
    ("Northline Media; Harriet Lindqvist", "By Harriet Lindqvist", "Harriet Lindqvist"),
    (None, "By Harriet Lindqvist", "Harriet Lindqvist"),
    # Where the page prints no byline, or another name, the metadata stands.
    ("Harriet Lindqvist", None, "Harriet Lindqvist"),
    ("Harriet Lindqvist; Tomasz Novak", "By Harriet Lindqvist and Tomasz Novak",
     "Harriet Lindqvist and Tomasz Novak"),
])
def test_the_printed_byline_checks_the_metadata(tmp_path: Path, author: str | None, printed: str | None,
                                                byline: str) -> None:
    path = tmp_path / "wind.html"
    path.write_text(page(author, printed), encoding="utf-8")
    assert read_source(str(path))[0].byline == byline
