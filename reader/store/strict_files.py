"""A library's files read strictly, as `reader doctor` reads them: every record checked
for the fields the reader relies on, and a failed load told apart from a newer schema."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import orjson

from reader.model import ArticleSummary
from reader.store.errors import LibraryFileError
from reader.store.files import LibraryFiles, is_article_id
from reader.store.jsonfile import FORMAT_NAME, META_TABLE, SCHEMA_VERSION, read_document, read_tables


def is_newer(path: Path) -> bool:
    """Whether a file that failed to load carries a schema newer than this reader's."""
    try:
        data = orjson.loads(path.read_bytes())
    except (OSError, orjson.JSONDecodeError):
        return False
    if not isinstance(data, dict):
        return False
    metas = [data]
    table = data.get(META_TABLE)
    if isinstance(table, dict):
        metas.append(table.get("1"))
    return any(
        isinstance(meta, dict)
        and meta.get("format") == FORMAT_NAME
        and isinstance(meta.get("schema"), int)
        and meta["schema"] > SCHEMA_VERSION
        for meta in metas
    )


@dataclass(slots=True)
class Loaded:
    """A file's parsed contents; `data` is None when it is absent or `problem` is set."""

    data: Any = None
    problem: str | None = None
    newer: bool = False

    @property
    def ok(self) -> bool:
        return self.problem is None


def load(path: Path, reader: Callable[[Path], Any]) -> Loaded:
    try:
        return Loaded(reader(path))
    except LibraryFileError as error:
        return Loaded(None, error.problem, is_newer(path))


def damaged(path: Path, what: str) -> LibraryFileError:
    return LibraryFileError(path, f"is damaged ({what})")


def is_summary(doc: Any, article_id: str | None = None) -> bool:
    return (
        isinstance(doc, dict)
        and is_article_id(doc.get("id"))
        and (article_id is None or doc["id"] == article_id)
        and isinstance(doc.get("key"), str)
        and isinstance(doc.get("title"), str)
    )


def read_articles(path: Path) -> dict[str, ArticleSummary] | None:
    """id -> summary, in the file's order."""
    tables = read_tables(path)
    if tables is None:
        return None
    summaries: dict[str, ArticleSummary] = {}
    for doc in tables.get("articles", {}).values():
        if not is_summary(doc):
            raise damaged(path, "an article record has no usable id, key or title")
        summaries[doc["id"]] = ArticleSummary.from_dict(doc)
    return summaries


def is_span(span: Any) -> bool:
    return (
        isinstance(span, dict)
        and isinstance(span.get("text"), str)
        and isinstance(span.get("label"), str)
        and all(isinstance(span.get(k), int) for k in ("paragraph", "start", "end"))
    )


def read_body(path: Path) -> dict[str, Any] | None:
    body = read_document(path)
    if body is None:
        return None
    for name in ("paragraphs", "captions"):
        value = body.get(name, [])
        if not isinstance(value, list) or not all(isinstance(p, str) for p in value):
            raise damaged(path, f"its {name} are not a list of text")
    for name in ("entities", "caption_entities"):
        value = body.get(name, [])
        if not isinstance(value, list) or not all(is_span(s) for s in value):
            raise damaged(path, f"its {name.replace('_', ' ')} are not a list of spans")
    return body


def read_annotations(path: Path) -> dict[str, dict[str, Any]] | None:
    return _naming_articles(path, {"bookmarks": "a record in bookmarks", "notes": "a record in notes"})


def read_reading(path: Path) -> dict[str, dict[str, Any]] | None:
    return _naming_articles(path, {"reading": "a reading record"})


def _naming_articles(path: Path, tables_as: dict[str, str]) -> dict[str, dict[str, Any]] | None:
    """The file's tables, once every record of the tables in `tables_as` (table -> how the
    problem names its records) names the article it is about."""
    tables = read_tables(path)
    if tables is None:
        return None
    for name, record in tables_as.items():
        for doc in tables.get(name, {}).values():
            if not (isinstance(doc, dict) and isinstance(doc.get("article_id"), str)):
                raise damaged(path, f"{record} names no article")
    return tables


def body_paths(files: LibraryFiles) -> dict[str, Path]:
    """Every body file on disk, by the article id its name gives."""
    if not files.bodies.is_dir():
        return {}
    found = {}
    for folder in sorted(files.bodies.iterdir()):
        if folder.is_dir():
            for path in sorted(folder.glob("*.json")):
                if is_article_id(path.stem) and path.is_file():
                    found[path.stem] = path
    return found


def stored_summaries(files: LibraryFiles) -> tuple[dict[str, ArticleSummary], dict[str, Loaded]]:
    """The summaries kept in readable bodies, and how every body on disk loaded."""
    summaries: dict[str, ArticleSummary] = {}
    loaded: dict[str, Loaded] = {}
    for article_id, path in body_paths(files).items():
        body = loaded[article_id] = load(path, read_body)
        if body.ok and is_summary(body.data.get("summary"), article_id):
            summaries[article_id] = ArticleSummary.from_dict(body.data["summary"])
    return summaries, loaded


def temp_files(files: LibraryFiles) -> list[Path]:
    """Leftovers of atomic writes: `.NAME.XXXX.tmp` beside the file that was being written."""
    folders = [files.root, *([files.shards] if files.shards.is_dir() else [])]
    if files.bodies.is_dir():
        folders += [files.bodies, *sorted(d for d in files.bodies.iterdir() if d.is_dir())]
    return [
        path
        for folder in folders
        for path in sorted(folder.iterdir())
        if path.name.startswith(".") and path.name.endswith(".tmp") and path.is_file()
    ]
