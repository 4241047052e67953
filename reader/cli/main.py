"""Entry point: parse, dispatch, and turn every failure into one line on stderr."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from reader.cli.parser import build_parser
from reader.paths import default_data_dir


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
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
        print(f"reader: {error.filename or data_dir}: {error.strerror}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
