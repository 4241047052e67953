"""Library-wide entity index: which articles mention which entity.

On disk (`entities.json`) every distinct (name, label) is stored once in
`names`; each article keeps one string of "index:mentions" pairs. At 10,000
articles that parses into about 10,000 objects instead of 800,000, which is
what kept the app's memory and its first filter slow.
"""

from __future__ import annotations

from collections import Counter
from typing import Any


def encode_entities(
    counts: Counter[tuple[str, str]], names: list[list[str]], positions: dict[tuple[str, str], int]
) -> str:
    """One article's entities as "index:mentions ...", adding new names to `names`."""
    pairs = []
    for (name, label), mentions in counts.most_common():
        index = positions.get((name, label))
        if index is None:
            index = positions[(name, label)] = len(names)
            names.append([name, label])
        pairs.append(f"{index}:{mentions}")
    return " ".join(pairs)


class EntityIndex:
    """Lookups decode an article's string only when asked; the name map is built once."""

    def __init__(self, names: list[list[str]], articles: dict[str, str]) -> None:
        self._names = names
        self._articles = articles
        self._by_name: dict[str, list[str]] | None = None

    @classmethod
    def from_document(cls, data: dict[str, Any] | None) -> EntityIndex:
        data = data or {}
        return cls(data.get("names", []), data.get("articles", {}))

    def _pairs(self, article_id: str) -> list[tuple[int, int]]:
        encoded = self._articles.get(article_id, "")
        return [(int(i), int(c)) for i, _, c in (p.partition(":") for p in encoded.split())]

    def articles_mentioning(self, name: str) -> set[str]:
        return set(self.prepare().get(name.casefold(), ()))

    def prepare(self) -> dict[str, list[str]]:
        """Build the name -> articles map now (a worker can pay for it before the first filter)."""
        if self._by_name is None:
            self._by_name = self._build_name_map()
        return self._by_name

    def _build_name_map(self) -> dict[str, list[str]]:
        folded = [str(name).casefold() for name, _label in self._names]
        by_name: dict[str, list[str]] = {}
        for article_id, encoded in self._articles.items():
            for pair in encoded.split():
                by_name.setdefault(folded[int(pair.partition(":")[0])], []).append(article_id)
        return by_name

    def entities_of(self, article_id: str) -> list[tuple[str, str, int]]:
        """(canonical name, label, mentions), most mentioned first."""
        return [(*self._names[i], c) for i, c in self._pairs(article_id)]  # type: ignore[misc]

    def names_of(self, article_id: str) -> list[str]:
        return [self._names[i][0] for i, _ in self._pairs(article_id)]
