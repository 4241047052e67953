"""From an address a user typed to a feed: the feed itself, or the one a web page links.

A page names its feeds with <link rel="alternate" type="application/rss+xml" href="...">
(or atom+xml) in its head; the first one wins, as browsers and other readers do.
"""

from __future__ import annotations

from dataclasses import dataclass
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

from reader.ingest.decode import decode_bytes
from reader.ingest.errors import ImportFailure
from reader.ingest.feed_refresh import (
    FEED_DEADLINE_SECONDS,
    FEED_TIMEOUT_SECONDS,
    FeedAnswer,
    answer_of,
)
from reader.ingest.fetch import fetch
from reader.ingest.sniff import sniff_kind
from reader.ingest.sources import is_url

FEED_TYPES = frozenset({"application/rss+xml", "application/atom+xml", "application/rdf+xml"})


@dataclass(slots=True)
class Discovered:
    """The feed's address to subscribe to, and what downloading it gave."""

    url: str
    answer: FeedAnswer


def discover_feed(url: str) -> Discovered:
    """The feed at `url`, or the first feed the page at `url` links; ImportFailure if none."""
    url = url.strip()
    if not is_url(url):
        raise ImportFailure(url, "not a web address (give an http:// or https:// address)")
    fetched = fetch(url, timeout=FEED_TIMEOUT_SECONDS, deadline=FEED_DEADLINE_SECONDS)
    text = decode_bytes(fetched.data, url, declared=fetched.charset)
    kind = sniff_kind(text, urlsplit(fetched.final_url).path, fetched.content_type)
    if kind == "feed":
        return Discovered(fetched.moved_to or url, answer_of(fetched, url))
    if kind != "html":
        raise ImportFailure(url, "neither a feed nor a web page that links one")
    links = feed_links(text, fetched.final_url)
    if not links:
        raise ImportFailure(url, "the page links no RSS or Atom feed")
    feed_url = links[0]
    found = fetch(feed_url, timeout=FEED_TIMEOUT_SECONDS, deadline=FEED_DEADLINE_SECONDS)
    return Discovered(found.moved_to or feed_url, answer_of(found, feed_url))


def feed_links(page: str, base: str) -> list[str]:
    """The http(s) addresses of the feeds a page declares, in page order, once each."""
    finder = _FeedLinks(base)
    finder.feed(page)
    finder.close()
    return list(dict.fromkeys(finder.found))


class _FeedLinks(HTMLParser):
    def __init__(self, base: str) -> None:
        super().__init__(convert_charrefs=True)
        self.base = base
        self.found: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: (value or "").strip() for name, value in attrs}
        if tag == "base" and values.get("href"):
            self.base = urljoin(self.base, values["href"])
        if tag != "link" or "alternate" not in values.get("rel", "").lower().split():
            return
        kind = values.get("type", "").split(";")[0].strip().lower()
        href = values.get("href", "")
        if kind in FEED_TYPES and href:
            address = urljoin(self.base, href)
            if is_url(address):
                self.found.append(address)
