"""The one error an importer raises for input it cannot take."""

from __future__ import annotations


class ImportFailure(Exception):
    """An input was rejected; `source` names it and `reason` says why, in one line."""

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason
