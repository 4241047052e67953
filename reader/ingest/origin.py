"""Where a document came from, as the parsers need to know it."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Origin:
    """`source` names the input in errors; `key` is the default article key."""

    source: str
    key: str
    url: str | None = None  # the address it was downloaded from, if any
