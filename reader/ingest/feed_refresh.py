"""One subscribed feed downloaded: conditionally, within the download limits, and parsed."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlsplit

from reader.ingest.decode import decode_bytes
from reader.ingest.errors import ImportFailure
from reader.ingest.feed import FeedContents, read_feed
from reader.ingest.fetch import Fetched, fetch
from reader.ingest.origin import Origin
from reader.ingest.sniff import sniff_kind
from reader.ingest.tidy import tidy_articles

# A feed is small: a slow host must not hold a whole refresh (the page fetch allows 30 s).
FEED_TIMEOUT_SECONDS = 10.0
FEED_DEADLINE_SECONDS = 20.0


@dataclass(slots=True)
class FeedAnswer:
    """What one refresh of a feed brought: nothing new (304), or the feed as it is now."""

    contents: FeedContents | None  # None: not modified
    etag: str | None
    last_modified: str | None
    moved_to: str | None  # a permanent redirect: the feed's address from now on

    @property
    def not_modified(self) -> bool:
        return self.contents is None


def fetch_feed(
    url: str,
    etag: str | None = None,
    last_modified: str | None = None,
) -> FeedAnswer:
    """GET the feed, sending what the last answer said (a 304 then costs nothing);
    ImportFailure naming the feed and the reason when it cannot be read."""
    headers = {}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    fetched = fetch(url, headers=headers, timeout=FEED_TIMEOUT_SECONDS, deadline=FEED_DEADLINE_SECONDS)
    if fetched.status == 304:
        # A 304 may leave the validators out: the ones sent still hold.
        return FeedAnswer(None, fetched.etag or etag, fetched.last_modified or last_modified,
                          fetched.moved_to)
    return answer_of(fetched, url)


def answer_of(fetched: Fetched, url: str) -> FeedAnswer:
    """The answer a full download of a feed gives; ImportFailure when it is no feed."""
    try:
        contents = feed_contents(fetched, url)
    except ImportFailure:
        raise
    except Exception as error:  # a parser surprise is still one line naming the feed
        raise ImportFailure(url, f"could not read: {type(error).__name__}") from error
    return FeedAnswer(contents, fetched.etag, fetched.last_modified, fetched.moved_to)


def feed_contents(fetched: Fetched, url: str) -> FeedContents:
    text = decode_bytes(fetched.data, url, declared=fetched.charset)
    if sniff_kind(text, urlsplit(fetched.final_url).path, fetched.content_type) != "feed":
        raise ImportFailure(url, "not an RSS or Atom feed")
    contents = read_feed(text, Origin(source=url, key=url, url=fetched.final_url), empty_ok=True)
    contents.articles = tidy_articles(contents.articles, url) if contents.articles else []
    return contents
