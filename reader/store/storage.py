"""TinyDB storage: orjson, schema-checked, atomic writes."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tinydb import TinyDB
from tinydb.storages import Storage

from reader.store.jsonfile import META_TABLE, read_tables, write_tables


class AtomicJSONStorage(Storage):
    """Each write replaces the whole file atomically; reads refuse foreign or newer files."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)

    def read(self) -> dict[str, dict[str, Any]] | None:
        data = read_tables(self.path)
        if data is not None:
            data.pop(META_TABLE, None)
        return data

    def write(self, data: dict[str, dict[str, Any]]) -> None:
        write_tables(self.path, dict(data))

    def close(self) -> None:
        pass


def open_db(path: Path) -> TinyDB:
    """A fresh TinyDB per transaction, so no cached document ids outlive the lock."""
    return TinyDB(path, storage=AtomicJSONStorage)
