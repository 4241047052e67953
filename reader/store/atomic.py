"""Crash-safe file writes: the before-state or the after-state, never a torn file."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable
from pathlib import Path

from reader.store.errors import LibraryWriteError


def write_atomic(
    path: Path, data: bytes | Iterable[bytes | memoryview], *, sweep: bool = False, private: bool = True
) -> None:
    """Write `data` to `path` via a temp file in the same folder, fsync, replace, fsync folder.

    `data` may come in parts, written in order: a large document need not be held whole.

    When the write fails (disk full, read-only folder, ...) the old file stays as it was,
    the temp file is removed, and a LibraryWriteError names `path` and the reason.
    `sweep` also removes temp files of `path` left by writers that were killed: only for
    callers holding the library lock, so that no other writer can be using one.
    A `private` file is readable by its owner only (library files); otherwise the umask
    decides, as for any file a program makes (exports).
    """
    try:
        if sweep:
            _remove_stale_temp_files(path)
        _replace(path, data, private)
    except OSError as error:
        raise LibraryWriteError(path, error) from error
    fsync_dir(path.parent)


def _temp_prefix(path: Path) -> str:
    return f".{path.name}."


def _remove_stale_temp_files(path: Path) -> None:
    prefix = _temp_prefix(path)
    try:
        entries = list(os.scandir(path.parent))
    except FileNotFoundError:
        return
    for entry in entries:
        if entry.name.startswith(prefix) and entry.name.endswith(".tmp"):
            try:
                os.unlink(entry.path)
            except FileNotFoundError:
                pass


def _replace(path: Path, data: bytes | Iterable[bytes | memoryview], private: bool) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = _temp_file(path, private)
    try:
        with os.fdopen(fd, "wb") as tmp:
            for part in (data,) if isinstance(data, bytes) else data:
                tmp.write(part)
            tmp.flush()
            os.fsync(tmp.fileno())
        os.replace(tmp_name, path)
    except BaseException:
        try:
            os.unlink(tmp_name)
        except OSError:
            pass  # the original error is the one to report
        raise


def _temp_file(path: Path, private: bool) -> tuple[int, str]:
    if private:
        return tempfile.mkstemp(prefix=_temp_prefix(path), suffix=".tmp", dir=path.parent)
    while True:  # mkstemp's 0600 is not for files meant to be shared: 0666 less the umask
        name = os.path.join(path.parent, f"{_temp_prefix(path)}{os.urandom(4).hex()}.tmp")
        try:
            return os.open(name, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666), name
        except FileExistsError:
            continue


def fsync_dir(folder: Path) -> None:
    # The rename is only durable once the directory entry itself is on disk.
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
