"""A compact copy of the article metadata, so listing 10,000 articles is one small parse.

`articles.json` (TinyDB) stays the truth; `listing.json` holds the same
summaries as positional rows plus the fingerprint of the `articles.json` it
was made from, and is ignored whenever that fingerprint no longer matches.
`listing-head.json` holds the newest HEAD_ROWS of them and the count, so a
screen of the library costs the same at 100 articles and at 100,000.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass, fields
from pathlib import Path

from reader.model import ArticleSummary
from reader.store.errors import LibraryFileError
from reader.store.jsonfile import read_document, write_document

FIELDS = [f.name for f in fields(ArticleSummary)]
HEAD_ROWS = 200  # more than any terminal shows at once


@dataclass(frozen=True)
class ListingHead:
    count: int  # articles in the library
    newest: list[ArticleSummary]  # the first of them in newest_first order


def newest_first(summaries: Iterable[ArticleSummary]) -> list[ArticleSummary]:
    """The library's default order: newest first, titles in order within one date."""
    by_title = sorted(summaries, key=lambda s: s.title.casefold())
    return sorted(by_title, key=lambda s: s.published or s.added or "", reverse=True)


def fingerprint(path: Path) -> list[int] | None:
    # os.replace gives every write a new inode, so inode+size+mtime names one version.
    try:
        stat = os.stat(path)
    except FileNotFoundError:
        return None
    return [stat.st_ino, stat.st_size, stat.st_mtime_ns]


def is_current(data: dict, articles_path: Path) -> bool:
    """Whether a listing (or its head) was made from this `articles.json`, with these fields."""
    return data.get("fields") == FIELDS and data.get("fingerprint") == fingerprint(articles_path)


def _current(path: Path, articles_path: Path) -> dict | None:
    try:
        data = read_document(path)
    except LibraryFileError:
        return None  # derived data: fall back to articles.json
    return data if data and is_current(data, articles_path) else None


def read_listing(listing_path: Path, articles_path: Path) -> list[ArticleSummary] | None:
    """The summaries, or None when the listing is missing, damaged or stale."""
    data = _current(listing_path, articles_path)
    if data is None:
        return None
    return [ArticleSummary(*row) for row in data.get("rows", [])]


def read_listing_head(head_path: Path, articles_path: Path) -> ListingHead | None:
    """The count and the newest summaries, or None when missing, damaged or stale."""
    data = _current(head_path, articles_path)
    if data is None:
        return None
    return ListingHead(data.get("count", 0), [ArticleSummary(*row) for row in data.get("rows", [])])


def write_listing(listing_path: Path, articles_path: Path, summaries: list[ArticleSummary]) -> None:
    """Write the listing and its head (the head first: a head is never newer than its listing)."""
    stamp = fingerprint(articles_path)
    write_document(
        head_path_of(listing_path),
        {
            "fingerprint": stamp,
            "fields": FIELDS,
            "count": len(summaries),
            "rows": _rows(newest_first(summaries)[:HEAD_ROWS]),
        },
    )
    write_document(listing_path, {"fingerprint": stamp, "fields": FIELDS, "rows": _rows(summaries)})


def head_path_of(listing_path: Path) -> Path:
    return listing_path.with_name("listing-head.json")


def _rows(summaries: list[ArticleSummary]) -> list[list]:
    return [[getattr(s, name) for name in FIELDS] for s in summaries]
