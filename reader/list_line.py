"""An article's line in `reader list`: id, date, source and title, cleaned for a terminal."""

from __future__ import annotations

from reader.text import fit, shown_line

# The source's column, in terminal cells: fixed, as the line is stored in the index and read by scripts.
SOURCE_CELLS = 24


def list_line(article_id: str, published: str | None, source: str | None, title: str) -> str:
    """The index keeps each article's line (see reader.store.index_schema): `reader list`
    of 100,000 articles reads one column instead of formatting every row."""
    date = shown_line((published or "")[:10]) or "----------"
    # A longer name is cut with an ellipsis, and a wide character takes two cells: the titles stay in line.
    return f"{shown_line(article_id)}  {date}  {fit(shown_line(source or ''), SOURCE_CELLS)}  {shown_line(title)}"
