"""Article metadata in TinyDB files sharded by id: `articles/xx.json`, xx the id's first two
characters. An import reads and rewrites only the shards of the articles it stores, so
its cost does not grow with the library (one articles.json of 100,000 rows was 55 MB,
loaded and written whole for every import).

A library from before the shards has one `articles.json`; it is split into shards the
first time the library is indexed, and removed once they are all on disk.
"""

from __future__ import annotations

import os
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from reader.store.atomic import fsync_dir
from reader.store.files import LibraryFiles
from reader.store.jsonfile import read_tables, write_tables

TABLE = "articles"


def shard_paths(files: LibraryFiles) -> list[Path]:
    """Every shard on disk, in name order."""
    return [files.shards / entry.name for entry in _shard_entries(files)]


def shard_fingerprints(files: LibraryFiles) -> list[list]:
    """[name, inode, size, mtime] of every shard: what says the metadata changed. Read
    before every use of the index, so one directory scan (256 shards at 100,000 articles)."""
    found = []
    for entry in _shard_entries(files):
        stat = entry.stat()
        found.append([entry.name, stat.st_ino, stat.st_size, stat.st_mtime_ns])
    return found


def _shard_entries(files: LibraryFiles) -> list[os.DirEntry]:
    try:
        with os.scandir(files.shards) as entries:
            found = [e for e in entries if len(e.name) == 7 and e.name.endswith(".json") and e.is_file()]
    except FileNotFoundError:
        return []
    return sorted(found, key=lambda e: e.name)


def truth_files(files: LibraryFiles) -> list[Path]:
    """The files article metadata is read from: the shards, and a not yet split articles.json."""
    legacy = files.legacy_articles
    return [*shard_paths(files), *([legacy] if legacy.exists() else [])]


def read_docs(files: LibraryFiles) -> dict[str, dict[str, Any]]:
    """Every article's stored summary by id (a damaged file raises LibraryFileError)."""
    docs: dict[str, dict[str, Any]] = {}
    legacy = read_tables(files.legacy_articles)
    if legacy is not None:  # a split interrupted: what the shards hold is the same or newer
        docs.update((d["id"], d) for d in legacy.get(TABLE, {}).values())
    for path in shard_paths(files):
        docs.update((d["id"], d) for d in (read_tables(path) or {}).get(TABLE, {}).values())
    return docs


def read_docs_of(files: LibraryFiles, article_ids: Iterable[str]) -> dict[str, dict[str, Any]]:
    """The stored summaries of these articles (those that have one), reading their shards."""
    wanted = set(article_ids)
    docs: dict[str, dict[str, Any]] = {}
    for shard in {files.shard(i) for i in wanted}:
        for doc in (read_tables(shard) or {}).get(TABLE, {}).values():
            if doc["id"] in wanted:
                docs[doc["id"]] = doc
    return docs


def write_all(files: LibraryFiles, docs: Iterable[dict[str, Any]]) -> None:
    """Every shard written again from `docs` (in the order given), shards left empty removed;
    a legacy articles.json goes last, once the shards are on disk. Under the library lock."""
    by_shard: dict[Path, list[dict[str, Any]]] = defaultdict(list)
    for doc in docs:
        by_shard[files.shard(doc["id"])].append(doc)
    files.shards.mkdir(exist_ok=True)
    for path, shard_docs in by_shard.items():
        write_tables(path, {TABLE: {str(n): d for n, d in enumerate(shard_docs, start=1)}})
    for path in shard_paths(files):
        if path not in by_shard:
            path.unlink()
    fsync_dir(files.shards)
    fsync_dir(files.root)
    if files.legacy_articles.exists():
        files.legacy_articles.unlink()
        fsync_dir(files.root)


def split_legacy(files: LibraryFiles) -> None:
    """articles.json split into shards (under the library lock); nothing when already done."""
    if files.legacy_articles.exists():
        write_all(files, read_docs(files).values())
