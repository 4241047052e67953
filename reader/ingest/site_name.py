"""The publication's name, read from the copyright line scraped pages end with."""

from __future__ import annotations

import re

# "© 2026 The Harbour Times. All rights reserved." / "Baltic Ledger © 2026 · About"
_COPYRIGHT = re.compile(r"(?:Copyright\s*)?(?:©|\(c\))|Copyright", re.I)
_YEARS = re.compile(r"^\s*\d{4}(?:\s*[-–]\s*\d{4})?")
_SEPARATORS = re.compile(r"\s+[|·•]\s+|\.\s+|\s{2,}")
_MAX_WORDS = 6
# "— All rights reserved." and the like follow the name, joined by any dash or comma
_RESERVED = re.compile(r"[\s,.;:|·•—–-]*all rights reserved.*$", re.I)


def site_name(text: str) -> str | None:
    """The name beside the © on the last copyright line, if it looks like one."""
    for line in reversed(text.splitlines()[-40:]):
        match = _COPYRIGHT.search(line)
        if not match:
            continue
        before = _last_part(line[: match.start()])
        after = _first_part(_YEARS.sub("", _RESERVED.sub("", line[match.end() :]), count=1))
        name = before or after
        if name and len(name.split()) <= _MAX_WORDS:
            return name
    return None


def _last_part(text: str) -> str:
    parts = [p.strip(" .,;:") for p in _SEPARATORS.split(text) if p.strip(" .,;:")]
    return parts[-1] if parts else ""


def _first_part(text: str) -> str:
    parts = [p.strip(" .,;:") for p in _SEPARATORS.split(text.strip()) if p.strip(" .,;:")]
    return parts[0] if parts else ""
