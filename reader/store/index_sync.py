"""Bringing index.sqlite3 up to date with the truth: only what changed is indexed again.

A missing or new-schema index is an empty one, so a rebuild is the same walk: every
article whose summary differs from its indexed row has its body read and indexed.
Progress is committed every COMMIT_EVERY articles, so an interrupted rebuild resumes.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from reader.model import ArticleSummary
from reader.store.errors import LibraryError, LibraryFileError
from reader.store.files import LibraryFiles, is_article_id
from reader.store.index_schema import SUMMARY_COLUMNS
from reader.store.article_shards import read_docs, shard_fingerprints, split_legacy
from reader.store.search_index import SearchIndex

if TYPE_CHECKING:
    from reader.store.library import Library

COMMIT_EVERY = 500
IndexProgress = Callable[[int, int], None]
# Files of the layout before the index (a listing and an entity index as JSON): derived
# from the article metadata and the bodies, so once the index is built they only mislead.
LEGACY_FILES = ("listing.json", "listing-head.json", "entities.json")


def fingerprint(path: Path) -> list[int] | None:
    # os.replace gives every write a new inode, so inode+size+mtime names one version.
    try:
        stat = os.stat(path)
    except FileNotFoundError:
        return None
    return [stat.st_ino, stat.st_size, stat.st_mtime_ns]


def truth_stamps(files: LibraryFiles) -> dict[str, list[int] | None]:
    """What each part of the index is derived from, as it is on disk now."""
    return {
        "articles": [*shard_fingerprints(files), ["articles.json", fingerprint(files.legacy_articles)]],
        "annotations": fingerprint(files.annotations),
        "reading": fingerprint(files.reading),
    }


def is_current(index: SearchIndex, files: LibraryFiles) -> bool:
    return index.stamps() == truth_stamps(files)


def sync_index(index: SearchIndex, library: Library, progress: IndexProgress | None = None) -> None:
    """Make the index match the truth (the caller holds the library lock)."""
    split_legacy(library.files)
    stamps = truth_stamps(library.files)
    have = index.stamps()
    if have.get("articles") != stamps["articles"] or "articles" not in have:
        _sync_articles(index, library, progress)
    with index.transaction():
        if have.get("annotations") != stamps["annotations"] or "annotations" not in have:
            try:
                index.replace_counts(library.annotation_counts())
            except LibraryError:  # unreadable (doctor says so): counts stay, and stay stale
                stamps["annotations"] = have.get("annotations")
        if have.get("reading") != stamps["reading"] or "reading" not in have:
            try:
                index.replace_states(library.reading_states().values())
            except LibraryError:
                stamps["reading"] = have.get("reading")
        index.set_stamps(stamps)
    for name in LEGACY_FILES:
        (library.files.root / name).unlink(missing_ok=True)


def _sync_articles(index: SearchIndex, library: Library, progress: IndexProgress | None) -> None:
    truth = read_docs(library.files)
    # Ids name files and go into export file names: a hand-made one is refused on load.
    bad = next((i for i in truth if not is_article_id(i)), None)
    if bad is not None:
        raise LibraryFileError(library.files.shard(bad) if bad[:2].isalnum() else library.files.shards,
                               "is damaged (an article id is not letters, digits, - and _)")
    indexed = index.contents()
    changed = []
    for article_id, doc in truth.items():
        summary = ArticleSummary.from_dict(doc)
        if indexed.get(article_id) != tuple(getattr(summary, c) for c in SUMMARY_COLUMNS):
            changed.append(summary)
    gone = [i for i in indexed if i not in truth]
    if gone:
        with index.transaction():
            index.remove(gone)
    from reader.store.corrections import corrected_body  # not loaded by reads of a current index

    try:
        corrections = library.corrections()  # the index counts entities as the reader corrected them
    except LibraryError:
        corrections = []  # unreadable (doctor says so): entities as found
    for start in range(0, len(changed), COMMIT_EVERY):
        with index.transaction():
            for done, summary in enumerate(changed[start : start + COMMIT_EVERY], start):
                if progress is not None:
                    progress(done, len(changed))
                try:
                    body = corrected_body(summary, library.body(summary.id), corrections)
                except LibraryError:
                    body = None  # missing or damaged: listed and found by its metadata
                index.put(summary, body)
    if progress is not None:
        progress(len(changed), len(changed))
