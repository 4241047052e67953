"""Size limits shared by file reading and downloading."""

from __future__ import annotations

# News articles and feeds are far below this; anything bigger is a mistake or an attack.
MAX_INPUT_BYTES = 16 * 1024 * 1024


def megabytes(size: int) -> str:
    """A size as the user reads it: "60.0 MB" (binary megabytes, like the limit)."""
    return f"{size / (1024 * 1024):.1f} MB"


LIMIT_TEXT = f"{MAX_INPUT_BYTES // (1024 * 1024)} MB"

# Extracting a page costs more than linear time in its paragraphs (4 MB: ~12 s), and feed
# parsing ~1 ms an item: real pages and feeds stay far below these.
MAX_PAGE_CHARS = 5 * 1024 * 1024
# Markdown parsing is linear but slow on dense markup (~20 us a character of "![" repeated:
# 16 MiB took 20 minutes); articles are a few dozen KB.
MAX_MARKDOWN_CHARS = 2 * 1024 * 1024
MAX_FEED_ITEMS = 2_000
