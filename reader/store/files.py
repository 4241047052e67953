"""Where each part of a library lives inside its data folder."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from reader.store.errors import InvalidArticleId

# An article id names its body file: letters, digits, "-" and "_" only (no "/", no "..").
_ARTICLE_ID = re.compile(r"[A-Za-z0-9_-]{2,64}")


def is_article_id(text: object) -> bool:
    return isinstance(text, str) and _ARTICLE_ID.fullmatch(text) is not None


@dataclass(frozen=True, slots=True)
class LibraryFiles:
    """Metadata, annotations and reading state are small files apart from the bulky bodies."""

    root: Path

    @property
    def articles(self) -> Path:
        return self.root / "articles.json"

    @property
    def listing(self) -> Path:
        return self.root / "listing.json"

    @property
    def annotations(self) -> Path:
        return self.root / "annotations.json"

    @property
    def reading(self) -> Path:
        return self.root / "reading.json"

    @property
    def entities(self) -> Path:
        return self.root / "entities.json"

    @property
    def lock(self) -> Path:
        return self.root / ".lock"

    @property
    def bodies(self) -> Path:
        return self.root / "bodies"

    def body(self, article_id: str) -> Path:
        if not is_article_id(article_id):  # never a path from an unchecked id
            raise InvalidArticleId(article_id)
        # Two-character fan-out keeps folders small at 100,000 articles.
        return self.bodies / article_id[:2] / f"{article_id}.json"
