"""One line that says where a quote comes from, for the clipboard and for pasting into notes."""

from __future__ import annotations

from reader.model import ArticleSummary
from reader.text import one_line, strip_controls


def source_line(summary: ArticleSummary) -> str:
    """'Title, By Jane Doe, Source, 2026-11-02, https://...': what is known, in that order."""
    date = (summary.published or "")[:10]
    parts = [summary.title, summary.byline, summary.source, date, summary.url]
    return ", ".join(one_line(part) for part in parts if part)


def quote_with_source(quote: str, summary: ArticleSummary) -> str:
    return f"“{strip_controls(quote).strip()}”\n— {source_line(summary)}"
