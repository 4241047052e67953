"""Identifiers and timestamps for stored records."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import UTC, datetime


def system_clock() -> datetime:
    return datetime.now(UTC)


# The one source of "now" for stored stamps; tests set a fixed clock (dates reach the screen).
clock: Callable[[], datetime] = system_clock


def now_iso() -> str:
    return clock().replace(microsecond=0).isoformat()


def new_id() -> str:
    return uuid.uuid4().hex[:12]
