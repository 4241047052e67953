"""Entry point: parse, dispatch, and turn every failure into one line on stderr."""

from __future__ import annotations

import gc
import os
import sys
from pathlib import Path
from types import SimpleNamespace
from typing import TYPE_CHECKING

from reader.paths import default_data_dir
from reader.text import readable_bytes, shown_path

if TYPE_CHECKING:
    import argparse


# Arguments that name files keep their bytes (surrogate-escaped, as Python decodes them).
_PATH_ARGUMENTS = frozenset({"sources", "out", "data_dir"})


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    args = _opening_the_app(argv) or _parsed(argv)
    data_dir = Path(args.data_dir).expanduser() if getattr(args, "data_dir", None) else default_data_dir()
    if args.command is None:
        gc.disable()  # from the first import of the store to the app's first paint: see open_app
    # Loaded once the parser has answered --help and --version: benchmarks/hostile_limits.py
    # takes that bare `reader --version` as its memory baseline.
    from reader.store import LibraryError

    try:
        if args.command is None:
            from reader.cli.open_app import open_app

            return open_app(data_dir)
        from reader.cli import commands

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


def _opening_the_app(argv: list[str]) -> SimpleNamespace | None:
    """`reader` and `reader --data-dir DIR`, as the parser reads them, without building the
    parser of every command first: about 5 ms of a start measured against a bare Textual app
    (benchmarks/bench_startup.py). None for anything else."""
    if not argv:
        return SimpleNamespace(command=None)
    if len(argv) == 2 and argv[0] == "--data-dir" and not argv[1].startswith("-"):
        return SimpleNamespace(command=None, data_dir=argv[1])
    return None


def _parsed(argv: list[str]) -> argparse.Namespace:
    from reader.cli.parser import build_parser

    args = build_parser().parse_args(_query_words_kept(argv))
    _text_arguments_as_utf8(args)
    return args


# Options of `reader search` (and how many values each takes): every other word is the query.
_SEARCH_OPTIONS = {"--json": 0, "--limit": 1, "--data-dir": 1, "-h": 0, "--help": 0}


def _query_words_kept(argv: list[str]) -> list[str]:
    """`reader search kenya -imf`: words of a query that start with "-" are not options."""
    at = _command_at(argv)
    if at is None or argv[at] != "search":
        return argv
    options, words = [], []
    rest = iter(argv[at + 1 :])
    for arg in rest:
        name = arg.split("=", 1)[0]
        if arg == "--":
            words += list(rest)
        elif name in _SEARCH_OPTIONS and "=" not in arg:
            options += [arg, *(next(rest, "") for _ in range(_SEARCH_OPTIONS[name]))]
        elif name in _SEARCH_OPTIONS:
            options.append(arg)
        else:
            words.append(arg)
    return [*argv[: at + 1], *options, "--", *words] if words else [*argv[: at + 1], *options]


def _command_at(argv: list[str]) -> int | None:
    at = 0
    while at < len(argv):
        if argv[at] == "--data-dir":
            at += 2
        elif argv[at].startswith("-"):
            at += 1
        else:
            return at
    return None


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
