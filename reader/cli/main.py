"""Entry point: parse, dispatch, and turn every failure into one line on stderr."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from reader.cli.parser import build_parser
from reader.paths import default_data_dir
from reader.text import readable_bytes, shown_path


# Arguments that name files keep their bytes (surrogate-escaped, as Python decodes them).
_PATH_ARGUMENTS = frozenset({"sources", "out", "data_dir"})


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    _text_arguments_as_utf8(args)
    data_dir = Path(args.data_dir).expanduser() if getattr(args, "data_dir", None) else default_data_dir()
    from reader.cli import commands
    from reader.store import LibraryError

    try:
        if args.command is None:
            return commands.open_app(data_dir)
        return commands.run(args.command, args, data_dir)
    except BrokenPipeError:
        # `reader list | head`: the reader of the output left; stop quietly, as cat does.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141
    except LibraryError as error:
        print(f"reader: {error}", file=sys.stderr)
        return 1
    except OSError as error:
        print(f"reader: {shown_path(error.filename or data_dir)}: {error.strerror}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130


def _text_arguments_as_utf8(args) -> None:
    """Notes, ids and queries given in bytes that are not UTF-8 ("caf\\xe9" in Latin-1)
    become valid text, the stray bytes written as "\\xe9", before anything stores them."""
    for name, value in vars(args).items():
        if name in _PATH_ARGUMENTS:
            continue
        if isinstance(value, str):
            setattr(args, name, readable_bytes(value))
        elif isinstance(value, list):
            setattr(args, name, [readable_bytes(v) if isinstance(v, str) else v for v in value])
