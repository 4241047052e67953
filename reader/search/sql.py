"""A Query as SQL over the index (reader.store.index_schema names the tables).

The words ANDed at the top level become one FTS5 MATCH, which both narrows and ranks
(bm25); everything else becomes a WHERE over the `articles` row `a`, text inside OR or
NOT with other filters as sub-selects of the same FTS table.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from reader.search.dates import start_of
from reader.search.query import (
    ENTITY_FIELDS,
    TEXT_FIELDS,
    And,
    Field,
    Filter,
    Node,
    Not,
    Or,
    Phrase,
    Query,
    Word,
    looked_for,
)

_STATE = {
    ("has", "note"): "a.notes > 0",
    ("has", "bookmark"): "a.bookmarks > 0",
    ("is", "read"): "a.read = 1",
    ("is", "unread"): "a.read = 0",
    ("is", "archived"): "a.archived = 1",
}


@dataclass(slots=True)
class CompiledQuery:
    """`match` (FTS5, or None) narrows and ranks; `where` (SQL over `a`) narrows further.

    `highlight` is every word looked for (FTS5, or None): what snippets mark.
    """

    match: str | None
    where: str
    params: list = field(default_factory=list)
    highlight: str | None = None
    order: str = "date"  # "relevance", "date" or "title"
    archived: bool = False  # is:archived asked for: the archive is searched, not left out


def compile_query(query: Query, now: datetime) -> CompiledQuery:
    """`now` dates the relative filters (after:7d), so that tests can fix it."""
    items: tuple[Node, ...] = ()
    if query.match is not None:
        items = query.match.items if isinstance(query.match, And) else (query.match,)
    ranked = [i for i in items if _fts(i) is not None]
    excluded = [i for i in items if isinstance(i, Not) and _fts(i.item) is not None]
    match = None
    if ranked:
        match = _fts(And((*ranked, *excluded)))
    rest = [i for i in items if i not in ranked and not (ranked and i in excluded)]
    params: list = []
    where = " AND ".join(_sql(i, params, now) for i in rest) or "1"
    words = [_fts(n) for n in looked_for(query.match)]
    highlight = " OR ".join(f"({w})" for w in words if w) or None
    order = query.sort or ("relevance" if match else "date")
    if order == "relevance" and match is None:
        order = "date"
    return CompiledQuery(match, where, params, highlight, order, _asks_archive(query.match))


def _asks_archive(node: Node | None) -> bool:
    """Whether is:archived appears (not negated): then the archive is searched, not left out."""
    if isinstance(node, Filter):
        return (node.name, node.value) == ("is", "archived")
    if isinstance(node, And | Or):
        return any(_asks_archive(item) for item in node.items)
    return False


# -- FTS5 expressions ---------------------------------------------------------------


def _quoted(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def _fts(node: Node) -> str | None:
    """The FTS5 expression for `node`, or None when FTS5 alone cannot say it."""
    if isinstance(node, Word):
        return _quoted(node.text) + (" *" if node.prefix else "")
    if isinstance(node, Phrase):
        return _quoted(node.text)
    if isinstance(node, Field) and node.name in TEXT_FIELDS:
        return f"{{{TEXT_FIELDS[node.name]}}} : {_fts(node.value)}"
    if isinstance(node, Or):
        parts = [_fts(i) for i in node.items]
        return None if None in parts else " OR ".join(f"({p})" for p in parts)
    if isinstance(node, And):
        wanted = [_fts(i) for i in node.items if not isinstance(i, Not)]
        unwanted = [_fts(i.item) for i in node.items if isinstance(i, Not)]
        if not wanted or None in wanted or None in unwanted:
            return None  # FTS5's NOT needs something on its left
        expression = " AND ".join(f"({p})" for p in wanted)
        for part in unwanted:
            expression = f"({expression}) NOT ({part})"
        return expression
    return None


# -- SQL ----------------------------------------------------------------------------


def _sql(node: Node, params: list, now: datetime) -> str:
    text = _fts(node)
    if text is not None:
        params.append(text)
        return "a.num IN (SELECT rowid FROM fts WHERE fts MATCH ?)"
    if isinstance(node, Not):
        return f"NOT ({_sql(node.item, params, now)})"
    if isinstance(node, And | Or):
        joiner = " AND " if isinstance(node, And) else " OR "
        return "(" + joiner.join(_sql(i, params, now) for i in node.items) + ")"
    if isinstance(node, Field):
        return _field(node, params)
    assert isinstance(node, Filter), node
    if node.name == "after":
        params.append(start_of(node.value, now))
        return "a.date >= ?"
    if node.name == "before":
        params.append(start_of(node.value, now))
        return "(a.date <> '' AND a.date < ?)"
    return _STATE[(node.name, node.value)]


def _field(node: Field, params: list) -> str:
    if node.name in ENTITY_FIELDS:
        expression = f"{{names}} : ({_fts(node.value)})"
        labels = ENTITY_FIELDS[node.name]
        if labels is not None:
            expression += " AND {label} : (" + " OR ".join(_quoted(x) for x in labels) + ")"
        params.append(expression)
        return (
            "a.num IN (SELECT article FROM entities WHERE id IN "
            "(SELECT rowid FROM entity_fts WHERE entity_fts MATCH ?))"
        )
    value = node.value.text.casefold()
    if node.name == "tag":
        if isinstance(node.value, Word) and node.value.prefix:
            params.append(_like_prefix(value))
            return "a.num IN (SELECT article FROM tags WHERE tag LIKE ? ESCAPE '\\')"
        params.append(value)
        return "a.num IN (SELECT article FROM tags WHERE tag = ?)"
    # A subscribed feed's articles, by the feed's id or its title (their source).
    if isinstance(node.value, Word) and node.value.prefix:
        params.extend([_like_prefix(value)] * 2)
        return ("(a.feed IS NOT NULL AND (casefold(a.feed) LIKE ? ESCAPE '\\'"
                " OR casefold(coalesce(a.source, '')) LIKE ? ESCAPE '\\'))")
    params.extend([value, value])
    return "(a.feed IS NOT NULL AND (casefold(a.feed) = ? OR casefold(coalesce(a.source, '')) = ?))"


def _like_prefix(value: str) -> str:
    """A LIKE pattern (ESCAPE '\\') for text starting with `value`."""
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
