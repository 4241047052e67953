"""Tags, the archive and the trash on the command line."""

from __future__ import annotations

import argparse

from reader.cli import output
from reader.export import to_json
from reader.model import ReadingState
from reader.store import Library
from reader.text import shown_line


def add_commands(command) -> None:
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


def tag(library: Library, args: argparse.Namespace) -> int:
    article_id = library.resolve_id(args.id)
    if args.remove:
        state = library.tag(article_id, remove=args.tags)
    else:
        state = library.tag(article_id, add=args.tags)
    if args.json:
        print(to_json(state_record(state)))
    else:
        tags = ", ".join(shown_line(t) for t in state.tags) or "no tags"
        print(f"{article_id}: {tags}")
    return 0


def file_article(library: Library, args: argparse.Namespace) -> int:
    """archive, unarchive, delete, restore."""
    article_id = library.resolve_id(args.id)
    change, said = {
        "archive": (lambda: library.archive(article_id), "archived"),
        "unarchive": (lambda: library.archive(article_id, False), "back in the list"),
        "delete": (lambda: library.delete(article_id), "moved to the trash with its bookmarks and notes "
                                                         f"(reader restore {article_id} brings it back)"),
        "restore": (lambda: library.restore(article_id), "restored from the trash"),
    }[args.command]
    state = change()
    print(to_json(state_record(state)) if args.json else f"{article_id}: {said}")
    return 0


def trash(library: Library, args: argparse.Namespace) -> int:
    found = library.empty_trash() if args.empty else library.trash()
    if args.json:
        print(to_json([output.summary_record(s) for s in found]))
    elif args.empty:
        print(f"removed {len(found)} article{'s' if len(found) != 1 else ''} from the trash for good")
    elif not found:
        print("the trash is empty")
    else:
        for summary in found:
            print(output.summary_line(summary))
    return 0


def state_record(state: ReadingState) -> dict:
    return {"id": state.article_id, "tags": list(state.tags), "archived": state.archived,
            "deleted": state.deleted, "read": state.read}
