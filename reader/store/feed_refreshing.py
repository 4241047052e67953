"""Refreshing subscribed feeds: many at once, a few per host, new items imported in batches.

The downloads run in a pool of threads; each answer is taken in this thread as it comes,
its items offered to one ImportBatch (duplicates skipped, entities found a batch at a time,
a changed item replacing its article with the annotations moved onto the new text). The
feed records (validators, errors) are written last, after the articles they describe: a
refresh killed half-way leaves validators that are never ahead of what was stored.
"""

from __future__ import annotations

import threading
from collections import defaultdict
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from itertools import chain, zip_longest
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from reader.ingest.errors import ImportFailure
from reader.store import stamps
from reader.store.reports import ImportReport
from reader.text import one_line

if TYPE_CHECKING:
    from reader.ingest.feed_refresh import FeedAnswer
    from reader.ingest.parsed import ParsedArticle
    from reader.store.importing import ImportBatch
    from reader.store.library import Library
    from reader.store.subscriptions import Feed

# Downloads at once, and at most this many to one host (the HTTP/1.1 advice of old was 2).
FEEDS_AT_ONCE = 32
PER_HOST = 2
# A feed failing twice in a row waits before the next refresh of all feeds tries it again.
BACKOFF_FROM_FAILURES = 2
BACKOFF_START = timedelta(minutes=15)
BACKOFF_LONGEST = timedelta(hours=24)

# (feeds done, feeds in all, the feed just done)
RefreshProgress = Callable[[int, int, str], None]


@dataclass(slots=True)
class FeedRefresh:
    """What one feed's refresh did. status: updated (it was read), not modified (304),
    failed, waiting (backing off after failures), gone (410 earlier)."""

    feed: Feed
    status: str
    new: int = 0
    changed: int = 0
    unchanged: int = 0
    error: str | None = None
    moved_from: str | None = None
    new_ids: list[str] = field(default_factory=list)


@dataclass(slots=True)
class RefreshReport:
    feeds: list[FeedRefresh] = field(default_factory=list)
    articles: ImportReport = field(default_factory=ImportReport)

    @property
    def failed(self) -> list[FeedRefresh]:
        return [f for f in self.feeds if f.status == "failed"]

    @property
    def ok(self) -> bool:
        return not self.failed


def waiting_until(feed: Feed) -> datetime | None:
    """When a failing feed may be tried again by a refresh of every feed (None: now)."""
    if feed.failures < BACKOFF_FROM_FAILURES or not feed.last_attempt:
        return None
    wait = min(BACKOFF_START * 2 ** (feed.failures - BACKOFF_FROM_FAILURES), BACKOFF_LONGEST)
    try:
        return datetime.fromisoformat(feed.last_attempt) + wait
    except ValueError:
        return None


def due_for_refresh(feeds: list[Feed], default_minutes: int | None, now: datetime) -> list[Feed]:
    """The feeds whose refresh interval (their own, else `default_minutes`) has passed since
    they were last tried; feeds without one, gone, or backing off after failures wait."""
    due = []
    for feed in feeds:
        minutes = default_minutes if feed.refresh_minutes is None else feed.refresh_minutes
        until = waiting_until(feed)
        if not minutes or feed.gone or (until is not None and until > now):
            continue
        try:
            last = datetime.fromisoformat(feed.last_attempt) if feed.last_attempt else None
        except ValueError:
            last = None
        if last is None or last + timedelta(minutes=minutes) <= now:
            due.append(feed)
    return due


def refresh(
    library: Library, feeds: list[Feed], *, every_feed: bool, progress: RefreshProgress | None = None
) -> RefreshReport:
    """Refresh `feeds`. With `every_feed` (no feed named), feeds backing off after failures
    and feeds the server said are gone are left for later, and reported so."""
    from reader.store.importing import ImportBatch

    now = stamps.clock()
    report = RefreshReport()
    due = []
    for feed in feeds:
        until = waiting_until(feed)
        if every_feed and feed.gone:
            report.feeds.append(FeedRefresh(feed, "gone", error=feed.last_error))
        elif every_feed and until is not None and until > now:
            report.feeds.append(FeedRefresh(feed, "waiting", error=f"tried again after {until:%Y-%m-%d %H:%M} UTC "
                                                                  f"({feed.failures} failures in a row)"))
        else:
            due.append(feed)
    batch = ImportBatch(library)
    if progress:  # the entity step names itself: the model's first load takes seconds
        batch.before_commit = lambda step: progress(done, len(due), step)
    done = 0
    answers: dict[str, FeedAnswer | ImportFailure] = {}
    for done, (feed, answer) in enumerate(fetch_all(due, stored_words(library, due)), 1):
        answers[feed.id] = answer
        if not isinstance(answer, ImportFailure) and answer.contents is not None:
            offer_items(batch, feed, answer)
        if progress:
            progress(done, len(due), feed.name)
    batch.flush()
    outcomes = [outcome_of(feed, answers[feed.id], batch.report) for feed in due]
    store_outcomes(library, outcomes, batch.report)
    report.feeds = outcomes + report.feeds
    report.articles = batch.report
    return report


def stored_words(library: Library, feeds: list[Feed]) -> dict[str, int]:
    """The articles these feeds brought before (id -> words), for reading pages only once
    and for keeping a page's text when a feed's full text is turned off."""
    if not feeds:
        return {}
    ids = {feed.id for feed in feeds}
    return {s.id: s.word_count for s in library.summaries() if s.feed in ids}


def offer_items(batch: ImportBatch, feed: Feed, answer: FeedAnswer) -> None:
    for parsed in answer.contents.articles:
        parsed.feed = feed.id
        if parsed.url is None:  # keyed by its guid, which is only unique within its feed
            parsed.key = f"feed:{feed.id}:{parsed.key}"
        batch.offer(parsed, feed.url)  # the feed's address counts its items in the report


def fetch_all(
    feeds: list[Feed], stored: dict[str, int] | None = None
) -> Iterator[tuple[Feed, FeedAnswer | ImportFailure]]:
    """Each feed with its answer (or why it failed), in the order the answers come. Items of
    summary-only feeds get the text of their pages, except those in `stored` (article id ->
    words); the other feeds' items leave a stored page's text as it is."""
    from reader.ingest.feed_refresh import fetch_feed

    if not feeds:
        return
    by_host: dict[str, list[Feed]] = defaultdict(list)
    for feed in feeds:
        by_host[_host(feed.url)].append(feed)
    slots = HostSlots()
    # Hosts taken in turn, so a worker rarely waits for a slot while others sit idle.
    order = [f for f in chain.from_iterable(zip_longest(*by_host.values())) if f is not None]

    def one(feed: Feed) -> tuple[Feed, FeedAnswer | ImportFailure]:
        try:
            with slots.of(feed.url):
                answer = fetch_feed(feed.url, feed.etag, feed.last_modified)
            if answer.contents is not None:
                items = answer.contents.articles
                answer.contents.articles = (full_texts(items, set(stored or {}), slots)
                                            if wants_full_text(feed, items) else keeping_pages(items, stored or {}))
            return feed, answer
        except ImportFailure as failure:
            return feed, failure
        except Exception as error:  # one feed's surprise must not stop the others
            return feed, ImportFailure(feed.url, f"could not read: {type(error).__name__}")

    with ThreadPoolExecutor(min(FEEDS_AT_ONCE, len(order)), thread_name_prefix="feed") as pool:
        for future in as_completed([pool.submit(one, feed) for feed in order]):
            yield future.result()


class HostSlots:
    """At most PER_HOST downloads at once to each host, feeds and pages alike."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._slots: dict[str, threading.BoundedSemaphore] = {}

    def of(self, url: str) -> threading.BoundedSemaphore:
        with self._lock:
            return self._slots.setdefault(_host(url), threading.BoundedSemaphore(PER_HOST))


def wants_full_text(feed: Feed, items: list[ParsedArticle]) -> bool:
    from reader.ingest.full_text import looks_summary_only

    return feed.full_text if feed.full_text is not None else looks_summary_only(items)


def full_texts(items: list[ParsedArticle], stored: set[str], slots: HostSlots) -> list[ParsedArticle]:
    """New items with their pages' text, one page at a time per feed; items already stored
    are left out (their page was read when they came). A page that cannot be read leaves
    the item's summary, which is better than no item."""
    from reader.ingest.full_text import with_full_text
    from reader.store.importing import article_id_for

    fuller = []
    for item in items:
        if article_id_for(item.key) in stored:
            continue
        if not item.url:
            fuller.append(item)
            continue
        try:
            with slots.of(item.url):
                fuller.append(with_full_text(item))
        except ImportFailure:
            fuller.append(item)
    return fuller


def keeping_pages(items: list[ParsedArticle], stored: dict[str, int]) -> list[ParsedArticle]:
    """The items of a feed read without pages, less those whose stored article has more text
    than their teaser: its page, read while full text was on, is not cut back to the teaser."""
    from reader.ingest.full_text import SUMMARY_CHARS, text_length
    from reader.store.importing import article_id_for
    from reader.text import word_count

    def page_kept(item: ParsedArticle) -> bool:
        if not item.url or text_length(item) >= SUMMARY_CHARS:
            return False
        return stored.get(article_id_for(item.key), 0) > sum(map(word_count, item.paragraphs))

    return [item for item in items if not page_kept(item)]


def outcome_of(feed: Feed, answer: FeedAnswer | ImportFailure, articles: ImportReport) -> FeedRefresh:
    from dataclasses import replace

    stamp = stamps.now_iso()
    if isinstance(answer, ImportFailure):
        gone = answer.reason.startswith("HTTP 410")
        reason = "HTTP 410 Gone: the feed was removed (unsubscribe it)" if gone else answer.reason
        after = replace(feed, last_attempt=stamp, last_error=reason, failures=feed.failures + 1, gone=gone)
        return FeedRefresh(after, "failed", error=reason)
    moved = answer.moved_to if answer.moved_to and answer.moved_to != feed.url else None
    after = replace(
        feed, url=moved or feed.url, etag=answer.etag, last_modified=answer.last_modified,
        last_refresh=stamp, last_attempt=stamp, last_error=None, failures=0, gone=False,
    )
    if answer.contents is None:
        return FeedRefresh(after, "not modified", moved_from=feed.url if moved else None)
    contents = answer.contents
    after.title = feed.title or one_line(contents.title or "") or None
    after.link = one_line(contents.link or "") or feed.link
    mine = [item for item in articles.imported if item.source == feed.url]
    return FeedRefresh(
        after, "updated",
        new=len(mine),
        changed=sum(1 for item in articles.updated if item.source == feed.url),
        unchanged=sum(1 for item in articles.duplicates if item.source == feed.url),
        moved_from=feed.url if moved else None,
        new_ids=[item.article_id for item in mine],
    )


def store_outcomes(library: Library, outcomes: list[FeedRefresh], articles: ImportReport) -> None:
    """Tags for the new articles, then the feed records (read again under the lock: a feed
    unsubscribed meanwhile stays unsubscribed, options changed meanwhile stay changed)."""
    from reader.store.subscriptions import read_feeds, write_feeds

    for outcome in outcomes:
        if outcome.new_ids and outcome.feed.tags:
            library.tag_many(outcome.new_ids, outcome.feed.tags)
    if not outcomes:
        return
    after = {o.feed.id: o.feed for o in outcomes}
    path = library.files.feeds
    with library.transaction():
        stored = read_feeds(path)
        write_feeds(path, [_refreshed(feed, after.get(feed.id)) for feed in stored])


def _refreshed(stored: Feed, after: Feed | None) -> Feed:
    """The stored record with what the refresh learnt; its options as they are now."""
    from dataclasses import replace

    from reader.store.subscriptions import REFRESHED_FIELDS

    if after is None:
        return stored
    return replace(stored, **{name: getattr(after, name) for name in REFRESHED_FIELDS})


def _host(url: str) -> str:
    try:
        return (urlsplit(url).hostname or "").lower()
    except ValueError:
        return ""
