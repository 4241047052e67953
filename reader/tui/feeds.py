"""Feeds on the reading screen: the feed list (F), refreshing (R, r in the list), a feed's
full-text option (f in the list), subscribing (the palette), and the automatic refresh of
each feed's interval (its own, else `refresh_interval_minutes`).

Refreshes run in a process of their own (reader.store.refresh_process) watched from a thread,
subscriptions in a thread; their progress shows in the status line, and the list takes the
new articles keeping its cursor once they are stored.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from reader.store import LibraryError
from reader.text import shown_line
from reader.tui.formatting import plural
from reader.tui.writes import SetFeedOptions

# How often the app looks for feeds due for their automatic refresh.
CHECK_DUE_SECONDS = 60
# What f in the feed list makes of a feed's full-text option: auto -> yes -> no -> auto.
NEXT_FULL_TEXT = {None: True, True: False, False: None}

if TYPE_CHECKING:
    from reader.store.feed_refreshing import FeedRefresh, RefreshReport
    from reader.store.subscriptions import OptionsChange
    from reader.tui.screens.reading import ReadingScreen
    from reader.tui.widgets.feed_list import FeedList


class FeedActions:
    def __init__(self, screen: ReadingScreen) -> None:
        self.screen = screen
        self.feed_list: FeedList | None = None  # made on first use (F): start-up stays as it was
        self.busy = False  # a refresh or subscription is under way

    def start(self) -> None:
        """The automatic refresh: a look each minute for feeds whose interval has passed
        (a feed's own interval can be set while the app runs, by `reader subscribe`)."""
        self.screen.set_interval(CHECK_DUE_SECONDS, self.refresh_due)

    def refresh_due(self) -> None:
        """Refresh the feeds whose interval has passed, if any and if nothing else runs."""
        if self.busy:
            return
        try:
            due = self.screen.library.feeds.due(self.screen.app.settings.refresh_interval_minutes)
        except LibraryError:
            return  # a damaged feeds.json is said when the feed list opens
        if due:
            self.refresh([feed.id for feed in due])

    # -- the feed list ---------------------------------------------------------------

    def panes(self) -> list[FeedList]:
        """The feed list once it is made: a pane of the screen with keys of its own."""
        return [self.feed_list] if self.feed_list is not None else []

    def toggle_list(self) -> None:
        from reader.tui.widgets.feed_list import FeedList

        screen = self.screen
        if self.feed_list is None:
            self.feed_list = FeedList(id="feeds")
            screen.panes.mount(self.feed_list, before=screen.query_one("#library-pane"))
        elif self.feed_list.has_class("-shown") and screen.focused is self.feed_list:
            self.close_list()
            return
        self.feed_list.add_class("-shown")
        self.fill_list()
        screen.set_focus(self.feed_list)

    def close_list(self) -> None:
        if self.feed_list is not None:
            self.feed_list.remove_class("-shown")
        self.screen.set_focus(self.screen.library_list)

    def fill_list(self) -> None:
        if self.feed_list is not None:
            feeds = self.screen.library.feeds
            try:
                self.feed_list.show_feeds(feeds.all(), feeds.counts(), self.screen.rows.unread)
            except LibraryError as error:
                self.screen.notify(str(error), title="Feeds", severity="error", markup=False)

    def show_feed(self, feed_id: str | None) -> None:
        """The feed's articles in the library list (its filter shows the query)."""
        screen = self.screen
        if feed_id:
            screen.show_search(f"feed:{feed_id}")
        else:  # all articles: no filter left open, empty
            screen.search.clear()
            screen.set_focus(screen.library_list)

    def cycle_full_text(self, feed_id: str) -> None:
        """The feed's full-text option to the next of auto, yes, no (written in the background)."""
        feed = self.feed_list.feed(feed_id) if self.feed_list is not None else None
        if feed is not None:
            self.screen.submit(SetFeedOptions(feed_id, NEXT_FULL_TEXT[feed.full_text]))

    def options_set(self, change: OptionsChange) -> None:
        feed = change.after
        said = {True: "yes: each new item's page is read for its full text",
                False: "no: items are kept as the feed gives them",
                None: "auto: pages are read when the feed gives only short summaries"}[feed.full_text]
        self.screen.notify(f"{shown_line(feed.name)}: full text {said}", title="Feed options", markup=False)
        self.fill_list()

    # -- refreshing --------------------------------------------------------------------

    def refresh(self, feed_ids: list[str] | None) -> None:
        if self.busy:
            self.screen.notify("Feeds are being refreshed already.", title="Feeds", markup=False)
            return
        self._start("Refreshing feeds…")
        self.screen.run_worker(partial(self._refresh_in_thread, feed_ids), thread=True,
                               group="feeds", exit_on_error=False)

    def _start(self, label: str) -> None:
        screen = self.screen
        screen.mount_article_side()  # the status line lives there
        screen.first_use(screen.import_status)
        self.busy = True
        screen.import_status.show_progress(label, None, 0)

    def _refresh_in_thread(self, feed_ids: list[str] | None) -> None:
        app, status = self.screen.app, self.screen.import_status

        def progress(done: int, total: int, name: str) -> None:
            label = f"Refreshing feeds: {done} of {total} · {shown_line(name)}"
            app.call_from_thread(status.show_progress, label, max(total, 1), done)

        from reader.store.refresh_process import refresh_in_process

        try:
            report = refresh_in_process(self.screen.library, feed_ids, progress)
        except Exception as error:  # a failed refresh must not close the app
            app.call_from_thread(self._failed, _reason(error))
            return
        app.call_from_thread(self._refreshed, report)

    def _refreshed(self, report: RefreshReport) -> None:
        self._stop()
        new = sum(f.new for f in report.feeds)
        changed = sum(f.changed for f in report.feeds)
        message = f"{plural(len(report.feeds), 'feed')} · {new} new · {changed} changed · {len(report.failed)} failed"
        for outcome in report.failed[:5]:
            message += f"\n{shown_line(outcome.feed.name)}: {shown_line(outcome.error or 'failed')}"
        if len(report.failed) > 5:
            message += f"\n…and {len(report.failed) - 5} more"
        severity = "warning" if report.failed else "information"
        self.screen.notify(message, title="Feeds refreshed", severity=severity, markup=False, timeout=8)

    def _failed(self, reason: str) -> None:
        self._stop(changed=False)
        self.screen.notify(reason, title="Feeds", severity="error", markup=False)

    def _stop(self, changed: bool = True) -> None:
        self.busy = False
        self.screen.import_status.finish()
        if changed:
            self.screen.articles_changed()
        self.fill_list()

    # -- subscribing -------------------------------------------------------------------

    def subscribe_prompt(self) -> None:
        from reader.tui.screens.subscribe_prompt import SubscribePrompt

        self.screen.app.push_screen(SubscribePrompt(), self._subscribe_chosen)

    def _subscribe_chosen(self, url: str | None) -> None:
        if not url or self.busy:
            return
        self._start(f"Subscribing to {shown_line(url)}…")
        self.screen.run_worker(partial(self._subscribe_in_thread, url), thread=True,
                               group="feeds", exit_on_error=False)

    def _subscribe_in_thread(self, url: str) -> None:
        app = self.screen.app
        try:
            outcome = self.screen.library.feeds.subscribe(url)
        except Exception as error:
            app.call_from_thread(self._failed, _reason(error))
            return
        app.call_from_thread(self._subscribed, outcome)

    def _subscribed(self, outcome: FeedRefresh) -> None:
        self._stop()
        self.screen.notify(f"{shown_line(outcome.feed.name)}: {plural(outcome.new, 'article')} imported",
                           title="Subscribed", markup=False, timeout=8)


def _reason(error: Exception) -> str:
    from reader.ingest import ImportFailure

    from reader.store.refresh_process import RefreshFailed

    if isinstance(error, (ImportFailure, LibraryError, OSError, RefreshFailed)):
        return shown_line(str(error))
    return f"{type(error).__name__}: {shown_line(str(error))}"
