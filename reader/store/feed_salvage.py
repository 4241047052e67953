"""The subscriptions still readable in a broken `feeds.json` (cut short, hand-edited into
invalid JSON, not a reader file any more), for `reader doctor --repair`.

Each feed record is a small flat JSON object, so every one that survived whole can be read
on its own wherever it sits in the file, even when the file around it cannot be parsed.
"""

from __future__ import annotations

import json
from pathlib import Path

from reader.store.records import bad_records
from reader.store.subscriptions import TABLE, Feed


def salvage_feeds(path: Path) -> list[Feed]:
    """Every usable feed record found in the file, in file order, each id and address once."""
    try:
        text = path.read_bytes().decode("utf-8", errors="replace")
    except OSError:
        return []
    decoder = json.JSONDecoder()
    found: list[Feed] = []
    ids: set[str] = set()
    urls: set[str] = set()
    start = text.find("{")
    while start != -1:
        try:
            doc, end = decoder.raw_decode(text, start)
        except ValueError:
            end = start + 1
        else:
            if _is_feed(doc) and doc["id"] not in ids and doc["url"] not in urls:
                found.append(Feed.from_dict(doc))
                ids.add(doc["id"])
                urls.add(doc["url"])
            else:
                end = start + 1  # a table or the whole file: look at what is inside
        start = text.find("{", end)
    return found


def _is_feed(doc: object) -> bool:
    return isinstance(doc, dict) and "id" in doc and "url" in doc and not bad_records({TABLE: {"1": doc}})
