"""Reading and writing the library's JSON files, with their schema checked."""

from __future__ import annotations

from pathlib import Path
from collections.abc import Iterator
from typing import Any

import orjson

from reader.store.atomic import write_atomic
from reader.store.errors import LibraryFileError
from reader.store.gc_pause import collector_paused
from reader.store.records import check_records

SCHEMA_VERSION = 1
FORMAT_NAME = "reader-library"
META_TABLE = "_meta"
_META_DOC = {"format": FORMAT_NAME, "schema": SCHEMA_VERSION}


def dumps(data: Any) -> bytes:
    return orjson.dumps(data)


def loads(raw: bytes) -> Any:
    # A big parse makes millions of lists; collecting during it triples the time
    # (benchmarks/bench_search.py: the index built from nothing reads every file).
    with collector_paused():
        return orjson.loads(raw)


def read_json(path: Path) -> Any | None:
    """The parsed file, or None when it does not exist; a broken file raises."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as error:
        raise LibraryFileError(path, f"cannot be read ({error.strerror})") from error
    if not raw.strip():
        raise LibraryFileError(path, "is empty (it may have been truncated)")
    try:
        return loads(raw)
    except orjson.JSONDecodeError as error:
        raise LibraryFileError(path, f"is not valid JSON ({error.msg} at byte {error.pos})") from error


def check_meta(path: Path, meta: Any) -> None:
    """Refuse files that are not ours or that a newer version wrote."""
    if not isinstance(meta, dict) or meta.get("format") != FORMAT_NAME:
        raise LibraryFileError(path, "is not a reader library file")
    schema = meta.get("schema")
    if not isinstance(schema, int):
        raise LibraryFileError(path, "has no schema version")
    if schema > SCHEMA_VERSION:
        raise LibraryFileError(
            path, f"was written by a newer reader (schema {schema}; this one reads {SCHEMA_VERSION})"
        )


def read_tables(path: Path) -> dict[str, dict[str, Any]] | None:
    """A TinyDB-shaped file ({table: {doc_id: doc}}) with its `_meta` checked."""
    data = read_json(path)
    if data is None:
        return None
    if not isinstance(data, dict) or not all(isinstance(t, dict) for t in data.values()):
        raise LibraryFileError(path, "is not a reader library file")
    check_meta(path, data.get(META_TABLE, {}).get("1"))
    check_records(path, data)
    return data


def write_tables(path: Path, data: dict[str, dict[str, Any]]) -> None:
    """Library files are written under the library lock: stale temp files can go."""
    data[META_TABLE] = {"1": dict(_META_DOC)}
    write_atomic(path, dumps(data), sweep=True)


def read_document(path: Path) -> dict[str, Any] | None:
    """A plain JSON object file carrying `format` and `schema` keys."""
    data = read_json(path)
    if data is None:
        return None
    if not isinstance(data, dict):
        raise LibraryFileError(path, "is not a reader library file")
    check_meta(path, data)
    return data


def write_document(path: Path, data: dict[str, Any]) -> None:
    """Library files are written under the library lock: stale temp files can go."""
    write_atomic(path, dumps_in_parts({**data, **_META_DOC}), sweep=True)


_PART_ITEMS = 1_000


def dumps_in_parts(data: dict[str, Any]) -> Iterator[bytes | memoryview]:
    """The bytes of dumps(data), each long list a slice at a time: the spans of a body at
    the input cap are ~90 MB of JSON, too much to hold at once beside the spans themselves."""
    yield b"{"
    for n, (key, value) in enumerate(data.items()):
        yield (b"," if n else b"") + orjson.dumps(key) + b":"
        if isinstance(value, list) and len(value) > _PART_ITEMS:
            for start in range(0, len(value), _PART_ITEMS):
                yield b"[" if start == 0 else b","
                yield memoryview(orjson.dumps(value[start : start + _PART_ITEMS]))[1:-1]  # no copy
            yield b"]"
        else:
            yield orjson.dumps(value)
    yield b"}"
