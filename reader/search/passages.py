"""Where a query's words are in an article's text: what opening a search result marks."""

from __future__ import annotations

import re

from reader.search.parser import parse_query
from reader.search.query import Field, QueryError, Word, looked_for

_NOT_WORD = re.compile(r"\W+")


def words_pattern(text: str) -> re.Pattern[str] | None:
    """A pattern finding the query's words and phrases as whole words, any case; None when
    the query looks for no word (or is malformed). Accents count here, unlike in search."""
    try:
        query = parse_query(text)
    except QueryError:
        return None
    parts = []
    for node in looked_for(query.match):
        value = node.value if isinstance(node, Field) else node
        words = [w for w in _NOT_WORD.split(value.text) if w]
        if not words:
            continue
        tail = r"\w*" if isinstance(value, Word) and value.prefix else ""
        parts.append(r"\W+".join(map(re.escape, words)) + tail)
    if not parts:
        return None
    return re.compile(r"(?<!\w)(?:" + "|".join(parts) + r")(?!\w)", re.IGNORECASE)


