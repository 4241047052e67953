"""How numbers, dates and cut text look on screen."""

from __future__ import annotations

from datetime import datetime


def thousands(count: int) -> str:
    return f"{count:,}"


def plural(count: int, word: str, many: str | None = None) -> str:
    return f"{thousands(count)} {word if count == 1 else many or word + 's'}"


def _parse(iso: str | None) -> datetime | None:
    if not iso:
        return None
    try:
        return datetime.fromisoformat(iso)
    except ValueError:
        return None


# Words a minute: the usual figure for reading prose on a screen.
READING_SPEED = 230


def reading_minutes(words: int) -> int:
    """Minutes to read `words`; at least one for any text."""
    return max(1, round(words / READING_SPEED)) if words else 0


def short_date(iso: str | None) -> str:
    """'02 Nov 2026': fixed width so list columns line up; '' when unknown."""
    moment = _parse(iso)
    return f"{moment:%d %b %Y}" if moment else ""


def long_date(iso: str | None) -> str:
    """'2 Nov 2026, 08:00' as stored (no time zone conversion, so it reads as published)."""
    moment = _parse(iso)
    if moment is None:
        return ""
    text = f"{moment.day} {moment:%b %Y}"
    if len(iso or "") > 10:
        text += f", {moment:%H:%M}"
    return text
