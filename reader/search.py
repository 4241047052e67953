"""The query language shared by `reader search` and the library filter."""

from __future__ import annotations

import re
from dataclasses import dataclass, field


@dataclass(slots=True)
class SearchQuery:
    """Every term must appear (case-insensitive); quoted phrases match as a whole."""

    terms: list[str] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not self.terms

    def matches(self, haystack: str) -> bool:
        """`haystack` must already be lower-cased."""
        return all(term in haystack for term in self.terms)

    def missing(self, haystack: str) -> list[str]:
        return [term for term in self.terms if term not in haystack]


_TOKEN = re.compile(r'"([^"]*)"?|(\S+)')


def parse_query(text: str) -> SearchQuery:
    """Words and "quoted phrases"; an unclosed quote runs to the end."""
    terms = []
    for phrase, word in _TOKEN.findall(text):
        term = " ".join((phrase or word).lower().split())
        if term:
            terms.append(term)
    return SearchQuery(terms=terms)
