"""`reader entity ...`: the reader's corrections of the entities, through the Library API."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import orjson

from reader.export import to_json
from reader.store import Library, LibraryError


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
