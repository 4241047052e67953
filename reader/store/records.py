"""The types every stored record must have, checked as a library file is loaded.

A hand edit (an annotation whose `anchor` is text, a `text` of null, a paragraph given as
"0"), a feed whose `url` is a number, or a duplicated article id is reported in one line
naming the file and the record, instead of failing somewhere later with a traceback.
`reader doctor` reports the same, and `--repair` sets such annotation and feed records
aside into its backup folder.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from reader.store.errors import LibraryFileError
from reader.store.files import is_article_id


class BadRecords(LibraryFileError):
    """Records of a table whose fields have the wrong types: (table, doc id, problem)."""

    def __init__(self, path: Path, bad: list[tuple[str, str, str]]) -> None:
        self.bad = bad
        table, doc_id, problem = bad[0]
        more = f" and {len(bad) - 1} more" if len(bad) > 1 else ""
        super().__init__(path, f"is damaged (record {doc_id} of {table}: {problem}{more})")


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _optional_str(value: Any) -> bool:
    return value is None or isinstance(value, str)


def _anchor_problem(anchor: Any) -> str | None:
    if not isinstance(anchor, dict):
        return "anchor is not an object"
    for name in ("paragraph", "start", "end"):
        if not _is_int(anchor.get(name)) or anchor[name] < 0:
            return f"anchor {name} is not a whole number"
    if not isinstance(anchor.get("exact"), str):
        return "anchor exact is not text"
    if not all(isinstance(anchor.get(name, ""), str) for name in ("prefix", "suffix")):
        return "anchor prefix or suffix is not text"
    return None


def _annotation_problem(table: str, doc: Any) -> str | None:
    if not isinstance(doc, dict):
        return "not an object"
    if not isinstance(doc.get("id"), str):
        return "id is not text"
    if not is_article_id(doc.get("article_id")):
        return "article_id is not an article id"
    if not isinstance(doc.get("created"), str) or not _optional_str(doc.get("updated")):
        return "created or updated is not text"
    if not isinstance(doc.get("orphaned", False), bool) or not _optional_str(doc.get("content_hash")):
        return "orphaned or content_hash has the wrong type"
    if table == "notes":
        if not isinstance(doc.get("text"), str):
            return "text is not text"
        return None if doc.get("anchor") is None else _anchor_problem(doc["anchor"])
    return _anchor_problem(doc.get("anchor"))


def _summary_problem(doc: Any) -> str | None:
    if not isinstance(doc, dict):
        return "not an object"
    if not is_article_id(doc.get("id")):
        return "id is not an article id (letters, digits, - and _)"
    if not (isinstance(doc.get("key"), str) and isinstance(doc.get("title"), str)):
        return "key or title is not text"
    return None


def _reading_problem(doc: Any) -> str | None:
    if not isinstance(doc, dict) or not is_article_id(doc.get("article_id")):
        return "article_id is not an article id"
    if not isinstance(doc.get("read", False), bool) or not _is_int(doc.get("position", 0)):
        return "read or position has the wrong type"
    return None


_FEED_TEXTS = ("title", "link", "etag", "last_modified", "added", "last_refresh", "last_attempt", "last_error")


def _feed_problem(doc: Any) -> str | None:
    if not isinstance(doc, dict):
        return "not an object"
    if not isinstance(doc.get("id"), str) or not isinstance(doc.get("url"), str):
        return "id or url is not text"
    if not all(_optional_str(doc.get(name)) for name in _FEED_TEXTS):
        return "a text field has the wrong type"
    if not _is_int(doc.get("failures", 0)) or not isinstance(doc.get("gone", False), bool):
        return "failures or gone has the wrong type"
    tags = doc.get("tags", [])
    if not isinstance(tags, list) or not all(isinstance(t, str) for t in tags):
        return "tags is not a list of text"
    if doc.get("full_text") is not None and not isinstance(doc["full_text"], bool):
        return "full_text is not true, false or null"
    minutes = doc.get("refresh_minutes")
    if minutes is not None and (not _is_int(minutes) or minutes < 0):
        return "refresh_minutes is not a whole number of minutes"
    return None


def bad_records(tables: dict[str, dict[str, Any]]) -> list[tuple[str, str, str]]:
    """(table, doc id, problem) for every record of a known table that is not usable."""
    bad: list[tuple[str, str, str]] = []
    for table, records in tables.items():
        if table in ("bookmarks", "notes"):
            bad += [(table, k, p) for k, doc in records.items() if (p := _annotation_problem(table, doc))]
        elif table == "feeds":
            bad += [(table, k, p) for k, doc in records.items() if (p := _feed_problem(doc))]
        elif table == "reading":
            bad += [(table, k, p) for k, doc in records.items() if (p := _reading_problem(doc))]
        elif table == "articles":
            seen: set[str] = set()
            for k, doc in records.items():
                problem = _summary_problem(doc)
                if problem is None and doc["id"] in seen:
                    problem = f"article id {doc['id']} is used twice"
                if problem:
                    bad.append((table, k, problem))
                else:
                    seen.add(doc["id"])
    return bad


def check_records(path: Path, tables: dict[str, dict[str, Any]]) -> None:
    bad = bad_records(tables)
    if bad:
        raise BadRecords(path, bad)


def set_aside(path: Path, folder: Path) -> int:
    """Move the unusable records of tables file `path` into `folder`/NAME-set-aside.json
    (written durably first), then rewrite `path` without them; how many were moved."""
    from reader.store.atomic import write_atomic
    from reader.store.jsonfile import dumps, read_json, write_tables  # it imports this module

    tables = read_json(path)
    bad = bad_records(tables)
    aside: dict[str, dict[str, Any]] = {}
    for table, doc_id, problem in bad:
        aside.setdefault(table, {})[doc_id] = {"record": tables[table].pop(doc_id), "problem": problem}
    write_atomic(folder / f"{path.stem}-set-aside.json", dumps(aside))
    write_tables(path, tables)
    return len(bad)
