"""`reader entity ...`: the reader's corrections of the entities, through the Library API."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import orjson

from reader.export import to_json
from reader.store import Library, LibraryError


def add_parser(command, common: argparse.ArgumentParser) -> None:
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


def run(library: Library, args: argparse.Namespace) -> int:
    what = args.entity_command
    if what == "corrections":
        corrections = library.corrections()
        if args.json:
            print(to_json([c.to_dict() for c in corrections]))
        else:
            for correction in corrections:
                print(f"{correction.id}  {correction.describe()}")
        return 0
    if what == "undo":
        gone = library.undo_correction(args.correction_id)
        print(f"undone: {gone.describe()}")
        return 0
    if what == "export":
        data = to_json(library.export_corrections())
        if args.out:
            Path(args.out).expanduser().write_text(data + "\n", encoding="utf-8")
            print(f"wrote {len(library.corrections())} corrections to {args.out}", file=sys.stderr)
        else:
            print(data)
        return 0
    if what == "import":
        try:
            data = orjson.loads(Path(args.file).expanduser().read_bytes())
        except orjson.JSONDecodeError as error:
            raise LibraryError(f"{args.file}: not valid JSON ({error.msg})") from error
        added = library.import_corrections(data, args.file)
        print(f"{len(added)} corrections added from {args.file}")
        return 0
    article_id = library.resolve_id(args.id)
    correction = library.correct_entity(
        article_id, what, args.name, label=getattr(args, "label", None),
        into=getattr(args, "into", None), everywhere=args.everywhere,
    )
    print(f"{correction.id}  {correction.describe()}")
    return 0
