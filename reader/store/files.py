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
    def shards(self) -> Path:
        """Article metadata, one TinyDB file per id prefix (see reader.store.article_shards)."""
        return self.root / "articles"

    def shard(self, article_id: str) -> Path:
        return self.shards / f"{article_id[:2]}.json"

    @property
    def legacy_articles(self) -> Path:
        """All article metadata in one file, as libraries had it before the shards."""
        return self.root / "articles.json"

    @property
    def annotations(self) -> Path:
        return self.root / "annotations.json"

    @property
    def reading(self) -> Path:
        return self.root / "reading.json"

    @property
    def view(self) -> Path:
        """How the app was left: theme, sort order, the selected article."""
        return self.root / "view.json"

    @property
    def index(self) -> Path:
        """Derived from the rest: deleted, it is built again."""
        return self.root / "index.sqlite3"

    @property
    def corrections(self) -> Path:
        return self.root / "corrections.json"

    @property
    def feeds(self) -> Path:
        """Subscribed feeds (see reader.store.subscriptions)."""
        return self.root / "feeds.json"

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
