"""Command line: a thin client of the Library."""

from reader.cli.main import main

__all__ = ["main"]
