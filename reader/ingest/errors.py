"""The one error an importer raises for input it cannot take."""

from __future__ import annotations

from reader.text import readable_bytes


class ImportFailure(Exception):
    """An input was rejected; `source` names it and `reason` says why, in one line."""

    def __init__(self, source: str, reason: str) -> None:
        source = readable_bytes(source)  # a file name that is not UTF-8 is still shown and stored
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason
