"""The feed list: "All articles", then every subscribed feed with its unread count.

Like newsboat's feed list, but beside the library: enter shows a feed's articles in the
list, r refreshes the feed under the cursor (on "All articles": every feed). The widget
only shows and asks; the screen decides (it gets the messages below).
"""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text
from textual.binding import Binding
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from reader.store.subscriptions import Feed
from reader.text import shown_line

ALL_ARTICLES = "all"  # the option id of "All articles"


class FeedList(OptionList):
    DEFAULT_CSS = """
    FeedList {
        width: 34;
        height: 1fr;
        border: none;
        border-right: tall $panel;
        display: none;
        &.-shown { display: block; }
    }
    """

    BINDINGS = [
        Binding("enter", "show_feed", "Show", id="feeds.open",
                tooltip="Show the feed's articles in the list (All articles: every article)"),
        Binding("r", "refresh_feed", "Refresh", id="feeds.refresh",
                tooltip="Refresh the feed under the cursor (on All articles: every feed)"),
        Binding("f", "full_text", "Full text", id="feeds.full_text",
                tooltip="Read each new item's page for its full text: auto, yes, no in turn"),
        Binding("j", "cursor_down", "Down", show=False, id="feeds.next", tooltip="Next feed"),
        Binding("k", "cursor_up", "Up", show=False, id="feeds.previous", tooltip="Previous feed"),
        Binding("escape,q", "close", "Close", id="feeds.close", tooltip="Close the feed list"),
    ]

    @dataclass
    class Chosen(Message):
        feed_id: str | None  # None: all articles

    @dataclass
    class RefreshRequested(Message):
        feed_ids: list[str] | None  # None: every feed

    @dataclass
    class FullTextRequested(Message):
        feed_id: str

    class Closed(Message):
        pass

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._feeds: dict[str, Feed] = {}  # as last shown

    def feed(self, feed_id: str) -> Feed | None:
        return self._feeds.get(feed_id)

    def show_feeds(self, feeds: list[Feed], counts: dict, all_unread: int) -> None:
        """Fill the list (counts: per feed id; all_unread: of the whole library), keeping the
        cursor on the feed it was on."""
        self._feeds = {feed.id: feed for feed in feeds}
        kept = self.highlighted_option.id if self.highlighted_option is not None else ALL_ARTICLES
        options = [Option(_line("All articles", all_unread), id=ALL_ARTICLES)]
        for feed in feeds:
            found = counts.get(feed.id)
            options.append(Option(_line(feed, found.unread if found else 0), id=feed.id))
        self.set_options(options)
        ids = [option.id for option in options]
        self.highlighted = ids.index(kept) if kept in ids else 0

    def _feed_id(self) -> str | None:
        option = self.highlighted_option
        return None if option is None or option.id == ALL_ARTICLES else option.id

    def action_show_feed(self) -> None:
        self.post_message(self.Chosen(self._feed_id()))

    def action_refresh_feed(self) -> None:
        feed_id = self._feed_id()
        self.post_message(self.RefreshRequested([feed_id] if feed_id else None))

    def action_full_text(self) -> None:
        feed_id = self._feed_id()
        if feed_id is not None:
            self.post_message(self.FullTextRequested(feed_id))

    def action_close(self) -> None:
        self.post_message(self.Closed())


def _line(feed: Feed | str, unread: int) -> Text:
    """The feed's name (text from outside: never markup), its unread count, a mark on errors
    and its full-text option when it is not auto."""
    name = feed if isinstance(feed, str) else feed.name
    line = Text(shown_line(name), no_wrap=True, overflow="ellipsis")
    if unread:
        line.append(f" ({unread:,})", style="bold")
    if isinstance(feed, str):
        return line
    if feed.full_text is not None:
        line.append(" full" if feed.full_text else " summary", style="dim")
    if feed.last_error:
        line.append(" ⚠", style="bold red")
    return line
