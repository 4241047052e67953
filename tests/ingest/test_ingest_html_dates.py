"""An HTML page's publication date: its metadata's, else the date its article prints by the byline."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.ingest import read_source
from test_ingest_html_titles import BODY, HEADLINE


def page(meta: str, dateline: str) -> str:
    # A content system that leaves the date out of its metadata prints it under the byline only.
    return (f"<html><head><title>{HEADLINE}</title>{meta}</head><body><nav><a href='/'>Home</a></nav><article>"
            f"<h1>{HEADLINE}</h1><div class='byline'>By Lena Okafor</div><div class='date'>{dateline}</div>"
            f"{BODY}</article></body></html>")


@pytest.mark.parametrize(("meta", "dateline", "published"), [
    ("", "Published 13 November 2026", "2026-11-13"),
    ("", "Nov. 13, 2026 7:35 AM ET", "2026-11-13"),
    # The metadata's date stands where the page gives one.
    ('<meta property="article:published_time" content="2026-11-12T21:04:00Z">', "13 November 2026", "2026-11-12"),
    # No date anywhere: none is made up.
    ("", "Harbour desk", None),
])
def test_the_date_printed_by_the_byline_when_the_metadata_gives_none(
        tmp_path: Path, meta: str, dateline: str, published: str | None) -> None:
    path = tmp_path / "wind.html"
    path.write_text(page(meta, dateline), encoding="utf-8")
    (article,) = read_source(str(path))
    assert (article.title, article.byline, article.published) == (HEADLINE, "Lena Okafor", published)


def test_a_date_the_shown_text_reads_by_another_storys_headline_is_not_taken(tmp_path: Path) -> None:
    # No byline, a headline of two words: read as a browser copy, the page's headline would be the sidebar's
    # story over its date; that date is not this article's.
    html = (f"<html><head><title>Ferry vote</title></head><body><nav><a href='/'>Home</a></nav><aside>"
            "<h2>Bridge repairs to start in spring on the coast road</h2><p>March 9, 2026</p></aside>"
            f"<article><h1>Ferry vote</h1>{BODY}</article></body></html>")
    path = tmp_path / "side.html"
    path.write_text(html, encoding="utf-8")
    (article,) = read_source(str(path))
    assert (article.title, article.published) == ("Ferry vote", None)
