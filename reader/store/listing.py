"""A compact copy of the article metadata, so listing 10,000 articles is one small parse.

`articles.json` (TinyDB) stays the truth; `listing.json` holds the same
summaries as positional rows plus the fingerprint of the `articles.json` it
was made from, and is ignored whenever that fingerprint no longer matches.
"""

from __future__ import annotations

import os
from dataclasses import fields
from pathlib import Path

from reader.model import ArticleSummary
from reader.store.errors import LibraryFileError
from reader.store.jsonfile import read_document, write_document

FIELDS = [f.name for f in fields(ArticleSummary)]


def fingerprint(path: Path) -> list[int] | None:
    # os.replace gives every write a new inode, so inode+size+mtime names one version.
    try:
        stat = os.stat(path)
    except FileNotFoundError:
        return None
    return [stat.st_ino, stat.st_size, stat.st_mtime_ns]


def read_listing(listing_path: Path, articles_path: Path) -> list[ArticleSummary] | None:
    """The summaries, or None when the listing is missing, damaged or stale."""
    try:
        data = read_document(listing_path)
    except LibraryFileError:
        return None  # derived data: fall back to articles.json
    if not data or data.get("fields") != FIELDS:
        return None
    if data.get("fingerprint") != fingerprint(articles_path):
        return None
    return [ArticleSummary(*row) for row in data.get("rows", [])]


def write_listing(listing_path: Path, articles_path: Path, summaries: list[ArticleSummary]) -> None:
    write_document(
        listing_path,
        {
            "fingerprint": fingerprint(articles_path),
            "fields": FIELDS,
            "rows": [[getattr(s, name) for name in FIELDS] for s in summaries],
        },
    )
