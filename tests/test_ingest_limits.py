"""Inputs that would take minutes to parse are refused, before parsing, with the reason."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.ingest import ImportFailure, read_source
from reader.ingest.limits import MAX_FEED_ITEMS, MAX_PAGE_CHARS


def test_a_huge_web_page_is_refused_before_extraction(tmp_path: Path) -> None:
    paragraph = "<p>" + "Council members debated the bridge budget again. " * 4 + "</p>\n"
    body = paragraph * (MAX_PAGE_CHARS // len(paragraph) + 1)
    path = tmp_path / "page.html"
    path.write_text(f"<!DOCTYPE html><html><head><title>Big</title></head><body>{body}</body></html>")
    with pytest.raises(ImportFailure) as failure:
        read_source(str(path))
    assert failure.value.reason.startswith("web page too large to extract (5.0 MB of text; limit 5.0 MB)")


def test_a_feed_with_too_many_items_is_refused_before_parsing(tmp_path: Path) -> None:
    items = "".join(
        f"<item><title>Story {n}</title><link>https://wire.example/{n}</link>"
        f"<description>Short item {n}.</description></item>"
        for n in range(MAX_FEED_ITEMS + 1)
    )
    path = tmp_path / "feed.xml"
    path.write_text(f'<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>{items}</channel></rss>')
    with pytest.raises(ImportFailure) as failure:
        read_source(str(path))
    assert failure.value.reason == "feed too long (2,001 items; limit 2,000)"
