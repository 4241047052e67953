"""The command line grammar; `reader --help` is generated from it."""

from __future__ import annotations

import argparse

from reader import __version__

DESCRIPTION = "A keyboard-driven terminal news reader. Without a command, opens the reader."
EPILOG = """\
data folder: --data-dir DIR, else $READER_DATA_DIR, else the platform's user data folder.
exit codes: 0 ok, 1 some input failed or an error, 2 usage error.
On the first run the bundled sample articles are imported.
In the reader: ? lists every key of the screen you are on, ctrl+p every command."""


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    # SUPPRESS lets --data-dir go before or after the command without one hiding the other.
    common.add_argument(
        "--data-dir", metavar="DIR", default=argparse.SUPPRESS, help="library folder to use"
    )
    parser = argparse.ArgumentParser(
        prog="reader",
        description=DESCRIPTION,
        epilog=EPILOG,
        parents=[common],
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"reader {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    def command(name: str, help_text: str) -> argparse.ArgumentParser:
        return commands.add_parser(name, parents=[common], help=help_text, description=help_text)

    cmd = command("import", "import files, folders, RSS/Atom feeds and URLs (idempotent); "
                            "an OPML or newsboat urls file subscribes to its feeds")
    cmd.epilog = (
        "A .txt file is read as a news page copied from a browser (select all, copy) or dumped by "
        "lynx or w3m: the body is found first, then the headline, byline, publication date and "
        "captions around it; menus, share bars, other stories' headlines and cards, sign-up boxes, paywall "
        "panels, video players, pictures' alt text, readers' comments and video transcripts are left "
        "out. An HTML page is read with trafilatura, its title "
        "the page's printed headline, without the site's name, and its byline checked against the one "
        "the page prints. README, 'Scraped pages', lists the conventions.")
    cmd.add_argument("sources", nargs="+", metavar="PATH|URL")
    cmd.add_argument("--json", action="store_true", help="print the summary as JSON")

    cmd = command("list", "one line per article, newest first")
    cmd.add_argument("--json", action="store_true", help="print the articles as JSON")

    cmd = command("show", "an article with its entities, bookmarks and notes")
    cmd.add_argument("id", metavar="ID", help="article id (or a unique prefix of one)")
    cmd.add_argument("--json", action="store_true", help="print the article as JSON")
    cmd.epilog = ("Entities are shown as the library knows them: a name at least 3 other articles "
                  "label alike takes their label (unless the article's own tables, datelines or "
                  "longer names say otherwise), then your corrections (reader entity) apply.")

    cmd = command("search", "articles matching a query, best first, each with a snippet")
    cmd.add_argument(
        "query", nargs="+", metavar="QUERY",
        help='words, "phrases", word*, -word, OR, (groups), title: author: source: tag: feed: '
             "person: org: place: entity:, has:note has:bookmark is:read is:unread is:archived, "
             "after: before: (2026, 2026-01, 2026-01-31, 7d), sort:relevance|date|title",
    )
    cmd.add_argument("--json", action="store_true", help="print the matches as JSON")
    cmd.add_argument("--limit", type=int, default=50, metavar="N",
                     help="show at most N matches (default 50)")
    cmd.epilog = ("No match: nothing on standard output, exit 1. A malformed query: one line "
                  "saying what is wrong and where, exit 2. Queries may start with '-'.")

    cmd = command("bookmark", "bookmark passage N (1-based, as the app numbers passages)")
    cmd.add_argument("id", metavar="ID")
    cmd.add_argument("--passage", type=int, required=True, metavar="N")
    cmd.add_argument("--json", action="store_true", help="print the bookmark as JSON")

    cmd = command("note", "add a note to a passage, or to the whole article without --passage")
    cmd.add_argument("id", metavar="ID")
    cmd.add_argument("text", nargs="+", metavar="TEXT")
    cmd.add_argument("--passage", type=int, metavar="N", help="passage N (1-based, as the app numbers passages)")
    cmd.add_argument("--json", action="store_true", help="print the note as JSON")

    _entity_commands(command, common)

    cmd = command(
        "doctor",
        "check the library's files and, with --repair, mend what can be mended",
    )
    cmd.epilog = (
        "Without --repair nothing is written: each problem is printed on one line, naming "
        "the file (exit 0 when the library is healthy, 1 when something is wrong). "
        "--repair builds index.sqlite3 (listing, entities, search) and the article metadata again "
        "from what they are derived from, resets a broken reading.json, keeps the subscriptions still "
        "readable in a broken feeds.json (bad records set aside) and removes temporary files left by "
        "interrupted writes; every file it changes is first copied into "
        "DATA_DIR/backups/doctor-YYYYmmdd-HHMMSS/. It never rewrites annotations.json (your "
        "bookmarks and notes) or a file written by a newer reader, and it cannot bring back "
        "a lost article body: import that article again."
    )
    cmd.add_argument(
        "--repair", action="store_true",
        help="repair what can be repaired, after backing up every file it changes "
             "(exit 0 when the library is healthy afterwards)",
    )
    cmd.add_argument("--json", action="store_true", help="print the findings as JSON")

    _filing_commands(command)
    _feed_commands(command)

    cmd = command("export", "export articles with their bookmarks and notes")
    cmd.add_argument(
        "ids", nargs="*", metavar="ID",
        help="articles to export (default: json all articles; markdown and w3c the ones "
             "with bookmarks or notes)",
    )
    cmd.add_argument(
        "--format", choices=["markdown", "json", "w3c", "opml"], default="json",
        help="markdown: one file per article (front matter, quotes, notes) for Obsidian or "
             "Logseq; json: everything, as `show --json`; w3c: W3C Web Annotation JSON-LD; "
             "opml: the subscribed feeds, tags as categories (default: json)",
    )
    cmd.add_argument(
        "--out", metavar="PATH",
        help="json, w3c, opml: write to PATH instead of standard output; markdown: a folder "
             "(default: the current one) or one FILE.md for everything",
    )
    return parser


def _entity_commands(command, common: argparse.ArgumentParser) -> None:
    """The `entity` command and its sub-commands (`command(name, help)` makes a sub-parser;
    `common` holds the options every command takes)."""
    cmd = command("entity", "correct the entities of an article, or of every article")
    actions = cmd.add_subparsers(dest="entity_command", metavar="ACTION", required=True)

    def action(name: str, help_text: str, *names: str) -> argparse.ArgumentParser:
        sub = actions.add_parser(name, parents=[common], help=help_text, description=help_text)
        if names:
            sub.add_argument("id", metavar="ID", help="article id (or a unique prefix of one)")
            for metavar in names:
                sub.add_argument(metavar.lower(), metavar=metavar)
            sub.add_argument(
                "--everywhere", action="store_true",
                help="in every article, and in articles imported later",
            )
        return sub

    action("relabel", "give the entity NAME another type (PERSON, ORG, GPE, LOC, NORP, ...)",
           "NAME", "LABEL")
    action("merge", "make NAME a mention of INTO (its full name and its type)", "NAME", "INTO")
    action("split", "make NAME its own entity again, apart from the one it was folded into",
           "NAME")
    action("ignore", "NAME is not an entity", "NAME")
    sub = action("corrections", "every correction, with its id")
    sub.add_argument("--json", action="store_true", help="print the corrections as JSON")
    sub = action("undo", "remove a correction (its id as `reader entity corrections` shows it)")
    sub.add_argument("correction_id", metavar="CORRECTION_ID")
    sub = action("export", "write every correction to a small JSON file (standard output by default)")
    sub.add_argument("--out", metavar="PATH")
    sub = action("import", "add the corrections of a file made by `reader entity export`")
    sub.add_argument("file", metavar="FILE")


def _filing_commands(command) -> None:
    """The filing commands, added to the parser through its `command(name, help)` maker."""
    cmd = command("tag", "add tags to an article, or take them off with --remove")
    cmd.add_argument("id", metavar="ID", help="article id (or a unique prefix of one)")
    cmd.add_argument("tags", nargs="+", metavar="TAG")
    cmd.add_argument("--remove", action="store_true", help="take these tags off")
    cmd.add_argument("--json", action="store_true", help="print the article's tags as JSON")
    for name, text in (
        ("archive", "archive an article: it leaves the list and stays searchable (is:archived)"),
        ("unarchive", "bring an archived article back to the list"),
        ("delete", "move an article, with its bookmarks and notes, to the trash (restore brings it back)"),
        ("restore", "bring an article back from the trash, with its bookmarks and notes"),
    ):
        cmd = command(name, text)
        cmd.add_argument("id", metavar="ID", help="article id (or a unique prefix of one)")
        cmd.add_argument("--json", action="store_true", help="print the article's state as JSON")
    cmd = command("trash", "list the trash; --empty removes what it holds for good")
    cmd.add_argument("--empty", action="store_true",
                     help="remove every article in the trash, with its bookmarks and notes, for good")
    cmd.add_argument("--json", action="store_true", help="print the articles as JSON")


def _feed_commands(command) -> None:
    """The feed commands, added to the parser through its `command(name, help)` maker."""
    cmd = command("subscribe", "subscribe to a feed, or to the feed a web page links, and import its items; "
                               "for a feed subscribed already, change its options")
    cmd.add_argument("url", metavar="URL", help="a feed's address, or a page that links one "
                                                "(<link rel=\"alternate\" type=\"application/rss+xml\">); "
                                                "with options, also a subscribed feed's id or title")
    cmd.add_argument("--full-text", choices=list(FULL_TEXT), default=None,
                     help="read each item's web page for its full text: yes, no, or auto (when the "
                          "feed's items carry only a short summary; the default)")
    cmd.add_argument("--refresh-minutes", type=_minutes, default=argparse.SUPPRESS, metavar="N|off|default",
                     help="how often the app refreshes this feed on its own: every N minutes, off "
                          "(never), or default (as refresh_interval_minutes in the settings says)")
    cmd.add_argument("--json", action="store_true", help="print the feed and what was imported as JSON")
    cmd.epilog = ("Subscribing again to a feed, with --full-text or --refresh-minutes, changes those "
                  "options and fetches nothing; the other options stay as they were.")
    cmd = command("feeds", "one line per feed: title, address, articles, unread, last refresh, last error")
    cmd.add_argument("--json", action="store_true", help="print the feeds as JSON")
    cmd = command("unsubscribe", "forget a feed; its articles stay in the library")
    cmd.add_argument("feed", metavar="FEED", help="the feed's address, id (or 4+ characters of it) or title")
    cmd = command("refresh", "fetch new and changed items of every feed, or of the ones named")
    cmd.add_argument("feeds", nargs="*", metavar="FEED", help="address, id or title (default: every feed)")
    cmd.add_argument("--json", action="store_true", help="print per-feed counts and errors as JSON")
    cmd.epilog = (
        "Feeds are fetched several at once (at most 2 connections per host), asking only for what "
        "changed (ETag, Last-Modified). A failing feed is one line on standard error and exit 1; "
        "the others are still refreshed. After two failures in a row a feed waits 15 minutes, then "
        "30, 60, ... up to a day, before a refresh of every feed tries it again (naming it tries at "
        "once); a feed that answered 410 Gone is only tried when named."
    )


# --full-text as stored, and --refresh-minutes words as stored (None: the app's setting).
FULL_TEXT = {"yes": True, "no": False, "auto": None}
MINUTES_WORDS = {"off": 0, "default": None}


def _minutes(text: str) -> int | None:
    if text in MINUTES_WORDS:
        return MINUTES_WORDS[text]
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of minutes (1 or more), off or default")
    return int(text)
