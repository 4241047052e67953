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
    """URLs and files as given, folders replaced by the article files inside them."""
    expanded: list[str] = []
    for source in sources:
        if is_url(source):
            expanded.append(source.strip())
        elif os.path.isdir(source):
            expanded.extend(_walk(source))
        elif os.path.exists(source):
            expanded.append(source)
        elif "://" in source:
            try:
                scheme = urlsplit(source).scheme or "?"
            except ValueError:  # "http://[::1": urlsplit refuses a broken address
                raise ImportFailure(source, "not a valid web address") from None
            raise ImportFailure(source, f"cannot import {scheme}: addresses (only http and https)")
        else:
            raise ImportFailure(source, "no such file or folder")
    return expanded


def _walk(folder: str) -> list[str]:
    found: list[str] = []
    # followlinks=False: a symlink back up the tree must not loop forever.
    for root, dirs, files in os.walk(folder, followlinks=False):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            path = os.path.join(root, name)
            if name.startswith(".") or os.path.splitext(name)[1].lower() not in ARTICLE_EXTENSIONS:
                continue
            if os.path.isfile(path):
                found.append(path)
    return found
