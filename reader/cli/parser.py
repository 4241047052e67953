"""The command line grammar; `reader --help` is generated from it."""

from __future__ import annotations

import argparse

from reader import __version__
from reader.cli import entity, feeds
from reader.cli.filing import add_commands as add_filing_commands

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

    entity.add_parser(command, common)

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

    add_filing_commands(command)
    feeds.add_commands(command)

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
