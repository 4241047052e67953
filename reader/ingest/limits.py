"""Size limits shared by file reading and downloading."""

from __future__ import annotations

# News articles and feeds are far below this; anything bigger is a mistake or an attack.
MAX_INPUT_BYTES = 16 * 1024 * 1024


def megabytes(size: int) -> str:
    """A size as the user reads it: "60.0 MB" (binary megabytes, like the limit)."""
    return f"{size / (1024 * 1024):.1f} MB"


LIMIT_TEXT = f"{MAX_INPUT_BYTES // (1024 * 1024)} MB"
