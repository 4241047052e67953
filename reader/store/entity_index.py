"""Library-wide entity index: which articles mention which entity."""

from __future__ import annotations

from collections import defaultdict
from typing import Any


class EntityIndex:
    """Built once from the stored per-article entity summaries; lookups are dict hits."""

    def __init__(self, per_article: dict[str, list[list[Any]]]) -> None:
        self._per_article = per_article
        by_name: dict[str, set[str]] = defaultdict(set)
        for article_id, entities in per_article.items():
            for name, _label, _count in entities:
                by_name[str(name).casefold()].add(article_id)
        self._by_name = dict(by_name)

    def articles_mentioning(self, name: str) -> set[str]:
        return set(self._by_name.get(name.casefold(), ()))

    def entities_of(self, article_id: str) -> list[tuple[str, str, int]]:
        """(canonical name, label, mentions), most mentioned first."""
        return [(str(n), str(l), int(c)) for n, l, c in self._per_article.get(article_id, [])]

    def names_of(self, article_id: str) -> list[str]:
        return [str(entity[0]) for entity in self._per_article.get(article_id, [])]
