"""Where each part of a library lives inside its data folder."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True, slots=True)
class LibraryFiles:
    """Metadata, annotations and reading state are small files apart from the bulky bodies."""

    root: Path

    @property
    def articles(self) -> Path:
        return self.root / "articles.json"

    @property
    def annotations(self) -> Path:
        return self.root / "annotations.json"

    @property
    def reading(self) -> Path:
        return self.root / "reading.json"

    @property
    def index(self) -> Path:
        """Derived from the rest: deleted, it is built again."""
        return self.root / "index.sqlite3"

    @property
    def lock(self) -> Path:
        return self.root / ".lock"

    @property
    def bodies(self) -> Path:
        return self.root / "bodies"

    def body(self, article_id: str) -> Path:
        # Two-character fan-out keeps folders small at 100,000 articles.
        return self.bodies / article_id[:2] / f"{article_id}.json"
