"""Turn the paths and URLs a user typed into the list of things to read."""

from __future__ import annotations

import os
from urllib.parse import urlsplit

from reader.ingest.errors import ImportFailure

# Only these are picked up when walking a folder; a file named explicitly is always read.
ARTICLE_EXTENSIONS = frozenset(
    {".txt", ".md", ".markdown", ".html", ".htm", ".xml", ".rss", ".atom", ".feed"}
)


def is_url(source: str) -> bool:
    """True for the http(s) addresses the importer downloads."""
    try:
        return urlsplit(source.strip()).scheme.lower() in ("http", "https")
    except ValueError:  # "http://[::1": a broken address (a feed item's link, say) is none
        return False


def expand_sources(sources: list[str]) -> list[str]:
    """`expand_source` for each source, in order; its first failure raised."""
    expanded: list[str] = []
    for source in sources:
        found, unreadable = expand_source(source)
        if unreadable:
            raise unreadable[0]
        expanded.extend(found)
    return expanded


def expand_source(source: str) -> tuple[list[str], list[ImportFailure]]:
    """(what to read, the subfolders that could not be read) for one path or URL, a folder
    replaced by the article files inside it; ImportFailure when it cannot be read at all."""
    if is_url(source):
        return [source.strip()], []
    if os.path.isdir(source):
        return _walk(source)
    if os.path.exists(source):
        return [source], []
    if "://" in source:
        try:
            scheme = urlsplit(source).scheme or "?"
        except ValueError:  # "http://[::1": urlsplit refuses a broken address
            raise ImportFailure(source, "not a valid web address") from None
        raise ImportFailure(source, f"cannot import {scheme}: addresses (only http and https)")
    raise ImportFailure(source, "no such file or folder")


def _walk(folder: str) -> tuple[list[str], list[ImportFailure]]:
    """The article files under `folder`, in name order, and the subfolders that could not
    be read. A loop, not recursion: a folder thousands of levels deep is still walked.
    Symlinks are not followed (to a folder: it could loop; to a file: it could lead out of
    the folder, to a private file elsewhere)."""
    found: list[str] = []
    unreadable: list[ImportFailure] = []
    pending = [folder]
    while pending:
        current = pending.pop()
        try:
            with os.scandir(current) as scan:
                entries = sorted(scan, key=lambda entry: entry.name)
        except OSError as error:
            reason = (error.strerror or type(error).__name__).lower()
            unreadable.append(ImportFailure(current, f"folder could not be read: {reason}"))
            continue
        subfolders = []
        for entry in entries:
            if entry.name.startswith("."):
                continue
            if entry.is_dir(follow_symlinks=False):
                subfolders.append(entry.path)
            elif (entry.is_file(follow_symlinks=False)
                  and os.path.splitext(entry.name)[1].lower() in ARTICLE_EXTENSIONS):
                found.append(entry.path)
        pending.extend(reversed(subfolders))  # the first subfolder is walked next
    return found, unreadable
