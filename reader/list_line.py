"""An article's line in `reader list`: id, date, source and title, cleaned for a terminal."""

from __future__ import annotations

from reader.text import shown_line


def list_line(article_id: str, published: str | None, source: str | None, title: str) -> str:
    """The index keeps each article's line (see reader.store.index_schema): `reader list`
    of 100,000 articles reads one column instead of formatting every row."""
    date = shown_line((published or "")[:10]) or "----------"
    shown_source = shown_line(source or "")[:24]
    return f"{shown_line(article_id)}  {date}  {shown_source:<24}  {shown_line(title)}"
