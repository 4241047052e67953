"""The library's subscriptions: subscribe, list, unsubscribe, refresh, lists in and out."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from reader.store import stamps
from reader.store.errors import LibraryError
from reader.store.feed_refreshing import (
    FeedRefresh,
    RefreshProgress,
    RefreshReport,
    due_for_refresh,
    offer_items,
    refresh,
)
from reader.store.subscriptions import (
    AlreadySubscribed,
    Feed,
    OptionsChange,
    feed_id_for,
    find_feed,
    read_feeds,
    write_feeds,
)
from reader.text import one_line

# "Leave this option as it is" for set_options (None is a value: auto, or the app's setting).
KEEP = object()

if TYPE_CHECKING:
    from reader.ingest.subscription_lists import ListedFeed
    from reader.store.library import Library


@dataclass(slots=True)
class FeedCounts:
    articles: int = 0  # in the list: neither archived nor in the trash
    unread: int = 0


@dataclass(slots=True)
class ListImport:
    """What subscribing to a list of feeds did: the feeds added, those already there, and
    the first refresh of the added ones."""

    added: list[Feed] = field(default_factory=list)
    known: list[Feed] = field(default_factory=list)
    refreshed: RefreshReport = field(default_factory=RefreshReport)


class Subscriptions:
    """Feeds of one library (Library.feeds)."""

    def __init__(self, library: Library) -> None:
        self.library = library
        self.path = library.files.feeds

    def all(self) -> list[Feed]:
        return read_feeds(self.path)

    def find(self, name: str) -> Feed:
        """By id (or a prefix of 4 or more characters), address or title."""
        return find_feed(self.all(), name)

    def counts(self) -> dict[str, FeedCounts]:
        """Per feed id: its articles in the list, and how many of them are unread."""
        states = self.library.reading_states()
        counts: dict[str, FeedCounts] = {}
        for summary in self.library.summaries():
            if summary.feed is None:
                continue
            state = states.get(summary.id)
            if state is not None and not state.listed:
                continue
            found = counts.setdefault(summary.feed, FeedCounts())
            found.articles += 1
            found.unread += 0 if state is not None and state.read else 1
        return counts

    def subscribe(self, url: str, full_text: bool | None = None, refresh_minutes: int | None = None) -> FeedRefresh:
        """Subscribe to the feed at `url`, or to the one the page at `url` links, and import
        its items at once. `full_text`: read each item's page (None: when the feed looks
        summary-only); `refresh_minutes`: how often the app refreshes it (None: as its
        setting says, 0: never). ImportFailure when there is no feed there;
        AlreadySubscribed when it is subscribed already."""
        from reader.ingest.feed_discovery import discover_feed
        from reader.store.feed_refreshing import HostSlots, full_texts, outcome_of, wants_full_text
        from reader.store.importing import ImportBatch

        url = one_line(url)
        self._refuse_known(url)
        discovered = discover_feed(url)
        self._refuse_known(discovered.url)
        stamp = stamps.now_iso()
        feed = Feed(id=feed_id_for(discovered.url), url=discovered.url, added=stamp, full_text=full_text,
                    refresh_minutes=refresh_minutes)
        contents = discovered.answer.contents
        if contents is not None and wants_full_text(feed, contents.articles):
            contents.articles = full_texts(contents.articles, set(), HostSlots())
        batch = ImportBatch(self.library)
        offer_items(batch, feed, discovered.answer)
        batch.flush()
        outcome = outcome_of(feed, discovered.answer, batch.report)
        # Articles first, then the record: a subscription never names items it lacks.
        with self.library.transaction():
            write_feeds(self.path, [*read_feeds(self.path), outcome.feed])
        return outcome

    def _refuse_known(self, url: str) -> None:
        # By id too: a feed keeps the id of its first address when a redirect moves it.
        known = [f for f in self.all() if f.url == url or f.id == feed_id_for(url)]
        if known:
            raise AlreadySubscribed(known[0])

    def set_options(self, name: str, full_text: object = KEEP, refresh_minutes: object = KEEP) -> OptionsChange:
        """Change a feed's options (those given; KEEP leaves one as it is): `full_text` True,
        False or None (guess), `refresh_minutes` a number, 0 (never) or None (the setting)."""
        if refresh_minutes is not KEEP and refresh_minutes is not None and (
            not isinstance(refresh_minutes, int) or isinstance(refresh_minutes, bool) or refresh_minutes < 0
        ):
            raise LibraryError(f"a refresh interval is a whole number of minutes, not {refresh_minutes!r}")
        given = {"full_text": full_text, "refresh_minutes": refresh_minutes}
        with self.library.transaction():
            feeds = read_feeds(self.path)
            before = find_feed(feeds, name)
            after = replace(before, **{k: v for k, v in given.items() if v is not KEEP})
            if after != before:
                write_feeds(self.path, [after if f.id == before.id else f for f in feeds])
        return OptionsChange(before, after)

    def due(self, default_minutes: int | None) -> list[Feed]:
        """The feeds the app's automatic refresh takes now: each one's own interval, else
        `default_minutes` (None: none), counted from its last try."""
        return due_for_refresh(self.all(), default_minutes, stamps.clock())

    def unsubscribe(self, name: str) -> Feed:
        """Forget a feed; its articles stay in the library."""
        with self.library.transaction():
            feeds = read_feeds(self.path)
            gone = find_feed(feeds, name)
            write_feeds(self.path, [f for f in feeds if f.id != gone.id])
        return gone

    def refresh(self, names: list[str] | None = None, progress: RefreshProgress | None = None) -> RefreshReport:
        """Refresh the feeds named (all when none are); an unknown name is an error before
        anything is fetched."""
        feeds = self.all()
        chosen = list({f.id: f for f in (find_feed(feeds, n) for n in names)}.values()) if names else feeds
        return refresh(self.library, chosen, every_feed=not names, progress=progress)

    def subscribe_list(self, listed: list[ListedFeed], progress: RefreshProgress | None = None) -> ListImport:
        """Subscribe to every feed of an OPML or newsboat list (folders and categories
        become the tags of their articles), then refresh the new ones."""
        result = ListImport()
        stamp = stamps.now_iso()
        with self.library.transaction():
            feeds = read_feeds(self.path)
            by_url = {f.url: f for f in feeds}
            for item in listed:
                if item.url in by_url:
                    if by_url[item.url] not in result.known:
                        result.known.append(by_url[item.url])
                    continue
                feed = Feed(id=feed_id_for(item.url), url=item.url, title=item.title, added=stamp,
                            tags=list(dict.fromkeys(item.tags)))
                by_url[item.url] = feed
                result.added.append(feed)
            if result.added:
                write_feeds(self.path, [*feeds, *result.added])
        result.refreshed = refresh(self.library, result.added, every_feed=False, progress=progress)
        return result

    def opml(self) -> str:
        from reader.export.opml import opml_document

        return opml_document(self.all())
