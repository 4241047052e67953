"""The plain in-memory filter of the marked-passages list (words, "phrases", has:)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from reader.text import without_invisible

# `has:` words and the kind of annotation each asks for.
HAS_FILTERS = {"bookmark": "bookmark", "bookmarks": "bookmark", "note": "note", "notes": "note"}
# Where each kind's count sits in an article's (bookmarks, notes) counts.
_COUNT_INDEX = {"bookmark": 0, "note": 1}


@dataclass(slots=True)
class SearchQuery:
    """Every term must appear (case-insensitive); quoted phrases match as a whole.

    `has` holds the annotation filters asked for (`has:note`, `has:bookmark`): an article
    must have at least one of each kind named.
    """

    terms: list[str] = field(default_factory=list)
    has: frozenset[str] = frozenset()  # "bookmark", "note"
    tags: frozenset[str] = frozenset()  # `tag:NAME`, case-folded: every one must be on the article
    archived: bool = False  # `is:archived`: the archived articles instead of the others

    @property
    def empty(self) -> bool:
        return not self.terms and not self.has and not self.tags and not self.archived

    def matches(self, haystack: str) -> bool:
        """`haystack` must already be lower-cased."""
        haystack = _folded(haystack)
        return all(_folded(term) in haystack for term in self.terms)

    def missing(self, haystack: str) -> list[str]:
        haystack = _folded(haystack)
        return [term for term in self.terms if _folded(term) not in haystack]

    def accepts_counts(self, counts: tuple[int, int]) -> bool:
        """Whether an article with these (bookmarks, notes) passes the `has:` filters."""
        return all(counts[_COUNT_INDEX[kind]] > 0 for kind in self.has)


def _folded(text: str) -> str:
    # lower() is not enough: it writes a word-final sigma as "ς" and others as "σ", so the
    # term "σ" (from "Σ") missed the title "ΟΔΟΣ"; casefold() maps letters one by one.
    # "Netan\u200byahu" is "Netanyahu" to the filter, as to search and the entities.
    return text if text.isascii() else without_invisible(text).casefold()


_TOKEN = re.compile(r'"([^"]*)"?|(\S+)')


def parse_query(text: str) -> SearchQuery:
    """Words, "quoted phrases", `has:note` / `has:bookmark`, `tag:NAME`, `is:archived`;
    an unclosed quote runs to the end."""
    terms = []
    has = set()
    tags = set()
    archived = False
    for phrase, word in _TOKEN.findall(text):
        lowered = word.lower()
        if lowered.startswith("has:") and lowered[4:] in HAS_FILTERS:
            has.add(HAS_FILTERS[lowered[4:]])
            continue
        if lowered.startswith("tag:") and len(word) > 4:
            tags.add(word[4:].casefold())
            continue
        if lowered == "is:archived":
            archived = True
            continue
        term = " ".join((phrase or word).lower().split())
        if term:
            terms.append(term)
    return SearchQuery(terms=terms, has=frozenset(has), tags=frozenset(tags), archived=archived)
