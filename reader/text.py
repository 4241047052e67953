"""The one sanitizer for text that came from outside."""

from __future__ import annotations

import re

# C0 except tab and newline, DEL, and C1 (U+0080-U+009F); ESC is in C0.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_CONTROL_NO_NEWLINE = re.compile(r"[\x00-\x08\x0a-\x1f\x7f-\x9f]")


def strip_controls(text: str) -> str:
    """Remove control characters, keeping newline and tab (CR becomes LF)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _CONTROL.sub("", text)


def one_line(text: str) -> str:
    """A single line for titles and table cells: no controls, no newlines."""
    return " ".join(_CONTROL_NO_NEWLINE.sub(" ", text).split())
