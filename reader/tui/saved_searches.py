"""Saved searches: named queries under [searches] in the config file, read and added to."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from reader.search import QueryError, parse_query
from reader.store.atomic import write_atomic

_BARE_KEY = re.compile(r"[A-Za-z0-9_-]+")
_HEADER = re.compile(r"^\[searches\][ \t]*(?:#.*)?$", re.MULTILINE)


def read_searches(table: Any, problems: list[str]) -> dict[str, str]:
    """The [searches] table: name -> query; a malformed query is reported and left out."""
    if not isinstance(table, dict):
        problems.append('[searches] must be a table of name = "query"; saved searches ignored')
        return {}
    searches = {}
    for name, query in table.items():
        if not isinstance(query, str):
            problems.append(f"[searches] {name}: the query must be a string; ignored")
            continue
        try:
            parse_query(query)
        except QueryError as error:
            problems.append(f"[searches] {name}: {error}; ignored")
            continue
        searches[str(name)] = query
    return searches


def save_search(path: Path, name: str, query: str) -> None:
    """Add `name = "query"` under [searches] in the config file, keeping the rest as it is.

    Raises ValueError (the reason, in one line) when the name is taken, the query is
    malformed or the file is not TOML; the file is then left as it was.
    """
    import tomllib  # here: start-up reads no config file unless there is one

    parse_query(query)  # QueryError is a ValueError
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        text = ""
    before = tomllib.loads(text)
    if name in before.get("searches", {}):
        raise ValueError(f"a search named {name!r} is saved already")
    key = name if _BARE_KEY.fullmatch(name) else json.dumps(name)
    line = f"{key} = {json.dumps(query)}\n"  # JSON strings are TOML basic strings
    header = _HEADER.search(text)
    if header is not None:
        at = header.end() + 1
        text = text[:at] + line + text[at:]
    else:
        text = text + ("\n" if text and not text.endswith("\n") else "") + "\n[searches]\n" + line
    if tomllib.loads(text).get("searches", {}).get(name) != query:
        raise ValueError("the config file's layout leaves no safe place to add it")
    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(path, text.encode("utf-8"))
