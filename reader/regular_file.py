"""Reading a file the user named: a regular file only, and only so much of it.

The file is opened first and checked after, on the open descriptor: a check by name before
opening could be fooled by a FIFO swapped in between, and opening a FIFO waits for a
writer, so it is opened non-blocking.
"""

from __future__ import annotations

import os
import stat


class NotReadable(Exception):
    """The file is a folder, a device, a FIFO or a socket, or larger than allowed."""

    def __init__(self, reason: str, size: int | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.size = size  # of a file too large, when known


def read_regular_file(path: str | os.PathLike[str], limit: int) -> bytes:
    """The bytes of regular file `path`; NotReadable when it is none or over `limit` bytes.
    OSError (FileNotFoundError, PermissionError, ...) as the system reports it."""
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_CLOEXEC)
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise NotReadable("is a folder")
        if not stat.S_ISREG(info.st_mode):  # /dev/zero never ends; a FIFO may never start
            raise NotReadable("not a regular file")
        if info.st_size > limit:
            raise NotReadable("too large", info.st_size)
    except BaseException:
        os.close(fd)
        raise
    with os.fdopen(fd, "rb") as file:
        data = file.read(limit + 1)  # it may have grown since fstat
    if len(data) > limit:
        raise NotReadable("too large")
    return data
