"""Tags, the archive and the trash on the command line."""

from __future__ import annotations

import argparse

from reader.cli import output
from reader.export import to_json
from reader.model import ReadingState
from reader.store import Library
from reader.text import shown_line


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
