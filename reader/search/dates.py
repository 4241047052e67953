"""Dates in after: and before: — 2026, 2026-01, 2026-01-31, or 7d / 2w before now.

after:X keeps what is dated on or after the start of X; before:X what is dated before it,
so `after:2026-01 before:2026-02` is January.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

_ABSOLUTE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")
_RELATIVE = re.compile(r"(\d{1,5})([dw])")
_DAYS_PER = {"d": 1, "w": 7}


def check_date(value: str) -> str | None:
    """Why `value` is not a date this language reads, or None when it is one."""
    relative = _RELATIVE.fullmatch(value)
    if relative is not None:
        return None
    absolute = _ABSOLUTE.fullmatch(value)
    if absolute is None:
        return f"'{value}' is not a date (2026, 2026-01, 2026-01-31 or 7d)"
    year, month, day = (int(part) if part else 1 for part in absolute.groups())
    try:
        date(year, month, day)
    except ValueError:
        return f"'{value}' is not a real date"
    return None


def start_of(value: str, now: datetime) -> str:
    """The first moment `value` names, as an ISO string that compares with stored dates.

    `now` is a parameter so that relative dates are testable; a checked value is assumed.
    """
    relative = _RELATIVE.fullmatch(value)
    if relative is not None:
        days = int(relative.group(1)) * _DAYS_PER[relative.group(2)]
        return (now - timedelta(days=days)).date().isoformat()
    absolute = _ABSOLUTE.fullmatch(value)
    assert absolute is not None, value
    year, month, day = (int(part) if part else 1 for part in absolute.groups())
    return date(year, month, day).isoformat()

