"""Subscribed feeds: one record per feed in `feeds.json` (TinyDB), beside the library.

The records are small and change on every refresh, so they live apart from the articles;
an article names its feed by the feed's id (ArticleSummary.feed), which never changes,
even when a permanent redirect changes the feed's address.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

from reader.store.errors import LibraryError
from reader.store.jsonfile import read_tables, write_tables
from reader.text import one_line, shown_line

TABLE = "feeds"


# What a refresh learns and writes back; the rest of a record (options, tags) is the user's,
# so a refresh never writes over an option changed while it ran.
REFRESHED_FIELDS = ("url", "title", "link", "etag", "last_modified", "last_refresh", "last_attempt",
                    "last_error", "failures", "gone")
OPTION_FIELDS = ("full_text", "refresh_minutes")


class FeedNotFound(LibraryError):
    def __init__(self, name: str) -> None:
        super().__init__(f"no subscribed feed is {shown_line(name)!r} (`reader feeds` lists them)")


class AlreadySubscribed(LibraryError):
    def __init__(self, feed: Feed) -> None:
        self.feed = feed
        super().__init__(f"already subscribed to {shown_line(feed.name)} ({feed.id})")


@dataclass(slots=True)
class Feed:
    """A subscription and what the last refreshes of it said."""

    id: str
    url: str
    title: str | None = None
    link: str | None = None  # the site the feed belongs to
    etag: str | None = None
    last_modified: str | None = None  # the server's Last-Modified, sent back as it came
    added: str | None = None
    last_refresh: str | None = None  # the last refresh that reached the feed
    last_attempt: str | None = None
    last_error: str | None = None
    failures: int = 0  # in a row; reset by a refresh that works
    gone: bool = False  # the server said 410 Gone
    tags: list[str] = field(default_factory=list)  # given to its new articles
    full_text: bool | None = None  # fetch each item's page: yes, no, or None (guess)
    refresh_minutes: int | None = None  # how often the app refreshes it on its own (None: the setting; 0: never)

    @property
    def name(self) -> str:
        return self.title or self.url

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Feed:
        names = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in names})


@dataclass(frozen=True, slots=True)
class OptionsChange:
    """A feed's record before and after its options were set."""

    before: Feed
    after: Feed

    @property
    def changed(self) -> list[str]:
        return [name for name in OPTION_FIELDS if getattr(self.before, name) != getattr(self.after, name)]


def feed_id_for(url: str) -> str:
    return hashlib.sha1(url.encode("utf-8", "surrogatepass")).hexdigest()[:10]


def read_feeds(path: Path) -> list[Feed]:
    """Every subscription, in the order subscribed; a damaged file or record is one clear
    error (the records are checked as the file is read: reader.store.records)."""
    tables = read_tables(path) or {}
    return [Feed.from_dict(doc) for doc in tables.get(TABLE, {}).values()]


def write_feeds(path: Path, feeds: list[Feed]) -> None:
    """All of them at once, atomically (called under the library's lock)."""
    write_tables(path, {TABLE: {str(n): feed.to_dict() for n, feed in enumerate(feeds, 1)}})


def find_feed(feeds: list[Feed], name: str) -> Feed:
    """A feed by id, address or title (any case), or an id prefix of at least 4 characters."""
    wanted = one_line(name)
    folded = wanted.casefold()
    for test in (
        lambda f: f.id == wanted or f.url == wanted,
        lambda f: (f.title or "").casefold() == folded,
        lambda f: len(wanted) >= 4 and f.id.startswith(wanted),
    ):
        found = [f for f in feeds if test(f)]
        if len(found) == 1:
            return found[0]
        if len(found) > 1:
            raise LibraryError(f"{shown_line(name)!r} names {len(found)} feeds; give its address or id")
    raise FeedNotFound(name)
