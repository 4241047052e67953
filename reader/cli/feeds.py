"""Feeds on the command line: subscribe, feeds, unsubscribe, refresh, and lists of feeds."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from reader.export import to_json
from reader.store import Library
from reader.cli.progress import refresh_with_progress
from reader.store.feed_refreshing import FeedRefresh, RefreshReport
from reader.store.subscribing import FeedCounts, ListImport
from reader.store.errors import LibraryError
from reader.store.subscriptions import OPTION_FIELDS, AlreadySubscribed, Feed, FeedNotFound
from reader.cli.parser import FULL_TEXT
from reader.text import shown_line


def subscribe(library: Library, args: argparse.Namespace) -> int:
    from reader.ingest import ImportFailure

    options = {}
    if args.full_text is not None:
        options["full_text"] = FULL_TEXT[args.full_text]
    if hasattr(args, "refresh_minutes"):  # absent unless given: "default" is None
        options["refresh_minutes"] = args.refresh_minutes
    if options:
        known = _subscribed(library, args.url)
        if known is not None:
            return set_options(library, known, options, args.json)
    try:
        outcome = library.feeds.subscribe(args.url, **options)
    except AlreadySubscribed as already:
        if not options:
            raise LibraryError(f"{already}; --full-text or --refresh-minutes change its options") from None
        return set_options(library, already.feed, options, args.json)
    except ImportFailure as failure:
        print(f"reader: {shown_line(failure.source)}: {shown_line(failure.reason)}", file=sys.stderr)
        return 1
    if args.json:
        print(to_json(refresh_record(outcome)))
    else:
        known = f" ({outcome.unchanged} already in the library)" if outcome.unchanged else ""
        print(f"subscribed to {shown_line(outcome.feed.name)} ({shown_line(outcome.feed.url)}), "
              f"id {outcome.feed.id}: {_articles(outcome.new)} imported{known}")
    return 0


def _subscribed(library: Library, name: str) -> Feed | None:
    """The subscribed feed `name` names (address, id or title), if any."""
    try:
        return library.feeds.find(name)
    except FeedNotFound:
        return None


def set_options(library: Library, feed: Feed, options: dict[str, Any], as_json: bool) -> int:
    change = library.feeds.set_options(feed.id, **options)
    after = change.after
    if as_json:
        counts = library.feeds.counts().get(after.id, FeedCounts())
        print(to_json({**feed_record(after, counts), "options_changed": change.changed}))
        return 0
    said = [f"{option_said(name, getattr(after, name))} (was {option_value(name, getattr(change.before, name))})"
            for name in change.changed]
    if said:
        print(f"{shown_line(after.name)}, id {after.id}: " + "; ".join(said))
    else:
        print(f"{shown_line(after.name)}, id {after.id}: subscribed already, with "
              + "; ".join(option_said(name, getattr(after, name)) for name in options))
    return 0


def option_said(name: str, value: Any) -> str:
    """An option in words, as `reader feeds` shows it."""
    return f"{'full text' if name == 'full_text' else 'app refresh'}: {option_value(name, value)}"


def option_value(name: str, value: Any) -> str:
    if name == "full_text":
        return {True: "yes", False: "no", None: "auto"}[value]
    if value is None:
        return "as refresh_interval_minutes says"
    return "off" if value == 0 else f"every {value} minute{'s' if value != 1 else ''}"


def feeds(library: Library, args: argparse.Namespace) -> int:
    subscribed = library.feeds.all()
    counts = library.feeds.counts() if subscribed else {}
    if args.json:
        print(to_json([feed_record(f, counts.get(f.id, FeedCounts())) for f in subscribed]))
        return 0
    if not subscribed:
        print("no feeds yet: reader subscribe URL, or reader import FILE.opml", file=sys.stderr)
    for feed in subscribed:
        print(feed_line(feed, counts.get(feed.id, FeedCounts())))
    return 0


def unsubscribe(library: Library, args: argparse.Namespace) -> int:
    gone = library.feeds.unsubscribe(args.feed)
    kept = library.feeds.counts().get(gone.id, FeedCounts()).articles
    print(f"unsubscribed from {shown_line(gone.name)}; its {_articles(kept)} stay in the library")
    return 0


def refresh(library: Library, args: argparse.Namespace) -> int:
    report = refresh_with_progress(lambda progress: library.feeds.refresh(args.feeds or None, progress))
    if args.json:
        print(to_json(refresh_report_record(report)))
    print_refresh(report, quiet=args.json)
    return 0 if report.ok else 1


def import_lists(library: Library, lists: list[tuple[str, list]], as_json: bool) -> tuple[list[dict], bool]:
    """Subscribe to the feeds of each OPML or newsboat list; (JSON records, all went well)."""
    records, ok = [], True
    for path, listed in lists:
        done: ListImport = refresh_with_progress(lambda progress: library.feeds.subscribe_list(listed, progress))
        ok = ok and done.refreshed.ok
        records.append({"source": path, "subscribed": [f.id for f in done.added],
                        "already_subscribed": [f.id for f in done.known],
                        **refresh_report_record(done.refreshed)})
        print_refresh(done.refreshed, quiet=as_json)
        if not as_json:
            print(f"{shown_line(path)}: subscribed to {len(done.added)} "
                  f"feed{'s' if len(done.added) != 1 else ''}"
                  f"{f' ({len(done.known)} already subscribed)' if done.known else ''}")
    return records, ok


def print_refresh(report: RefreshReport, quiet: bool) -> None:
    """Failing feeds one line each on standard error; moves and a summary on standard output."""
    for outcome in report.failed:
        print(f"reader: {shown_line(outcome.feed.name)} ({shown_line(outcome.feed.url)}): "
              f"{shown_line(outcome.error or 'failed')}", file=sys.stderr)
    if quiet:
        return
    for outcome in report.feeds:
        if outcome.moved_from:
            print(f"{shown_line(outcome.feed.name)} moved permanently to {shown_line(outcome.feed.url)} "
                  f"(address updated)")
        elif outcome.status in ("waiting", "gone"):
            print(f"{shown_line(outcome.feed.name)}: skipped, {shown_line(outcome.error or outcome.status)}")
    statuses = [o.status for o in report.feeds]
    new = sum(o.new for o in report.feeds)
    changed = sum(o.changed for o in report.feeds)
    said = {"updated": "fetched", "not modified": "not modified", "failed": "failed",
            "waiting": "waiting", "gone": "gone"}
    states = [f"{statuses.count(s)} {word}" for s, word in said.items() if statuses.count(s)]
    print(f"{len(statuses)} feed{'s' if len(statuses) != 1 else ''}: {_articles(new, 'new')}, "
          f"{changed} changed" + (f"; {', '.join(states)}" if states else ""))


def _articles(count: int, word: str = "") -> str:
    word = f"{word} " if word else ""
    return f"{count:,} {word}article{'s' if count != 1 else ''}"


def feed_line(feed: Feed, counts: FeedCounts) -> str:
    when = f"refreshed {shown_line(feed.last_refresh[:16].replace('T', ' '))}" if feed.last_refresh else "never refreshed"
    parts = [feed.id, shown_line(feed.name), shown_line(feed.url),
             f"{_articles(counts.articles)}, {counts.unread} unread, {when}"]
    options = [option_said(name, getattr(feed, name)) for name in OPTION_FIELDS if getattr(feed, name) is not None]
    if options:
        parts.append(", ".join(options))
    if feed.last_error:
        parts.append(f"error: {shown_line(feed.last_error)}")
    return "  ".join(parts)


def feed_record(feed: Feed, counts: FeedCounts) -> dict[str, Any]:
    return {"id": feed.id, "title": feed.title, "url": feed.url, "link": feed.link,
            "articles": counts.articles, "unread": counts.unread, "tags": list(feed.tags),
            "added": feed.added, "last_refresh": feed.last_refresh, "last_error": feed.last_error,
            "failures": feed.failures, "gone": feed.gone,
            "full_text": {True: "yes", False: "no", None: "auto"}[feed.full_text],
            "refresh_minutes": feed.refresh_minutes}


def refresh_record(outcome: FeedRefresh) -> dict[str, Any]:
    return {"id": outcome.feed.id, "title": outcome.feed.title, "url": outcome.feed.url,
            "status": outcome.status, "new": outcome.new, "changed": outcome.changed,
            "unchanged": outcome.unchanged, "error": outcome.error, "moved_from": outcome.moved_from}


def refresh_report_record(report: RefreshReport) -> dict[str, Any]:
    statuses = [o.status for o in report.feeds]
    return {
        "feeds": [refresh_record(o) for o in report.feeds],
        "counts": {"feeds": len(statuses), "new": sum(o.new for o in report.feeds),
                   "changed": sum(o.changed for o in report.feeds),
                   **{s.replace(" ", "_"): statuses.count(s)
                      for s in ("updated", "not modified", "failed", "waiting", "gone")}},
    }


def export_opml(library: Library, args: argparse.Namespace) -> int:
    from pathlib import Path

    from reader.export.destination import STDOUT, write_export

    text = library.feeds.opml()
    if not args.out or args.out == STDOUT:
        print(text)
        return 0
    written = write_export(Path(args.out).expanduser(), (text + "\n").encode("utf-8"))
    count = len(library.feeds.all())
    print(f"exported {count} feed{'s' if count != 1 else ''} to {shown_line(str(written))}", file=sys.stderr)
    return 0
