"""Where an export may be written, and writing it there.

A new or regular file is replaced atomically. A symlink is written through: its target is
what gets replaced (the link stays). A folder, device, FIFO or socket is refused in one
line. Exported files get the mode the umask gives (0644 usually); library files stay private.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from reader.store.atomic import write_atomic
from reader.store.errors import LibraryError
from reader.text import shown_path

STDOUT = "-"

_KINDS = (
    (stat.S_ISDIR, "a folder"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISFIFO, "a FIFO"),
    (stat.S_ISSOCK, "a socket"),
)


class ExportDestinationError(LibraryError):
    """The path given to export to cannot take a file."""

    def __init__(self, path: Path, problem: str) -> None:
        super().__init__(f"cannot export to {shown_path(path)}: {problem}")


def export_target(path: Path) -> Path:
    """The file to write for `path`: itself, or a symlink's final target."""
    real = Path(os.path.realpath(path)) if path.is_symlink() else path
    try:
        mode = os.stat(real).st_mode
    except FileNotFoundError:
        return real
    except OSError as error:
        raise ExportDestinationError(path, (error.strerror or type(error).__name__).lower()) from None
    for is_kind, kind in _KINDS:
        if is_kind(mode):
            raise ExportDestinationError(path, f"it is {kind}, not a file (`--out -` writes to standard output)")
    return real


def write_export(path: Path, data: bytes) -> Path:
    """Write `data` to `path` by the rules above; the file written."""
    target = export_target(path)
    write_atomic(target, data, private=False)
    return target
