"""The query language in examples: shown by `?` in the app, and kept in step with README."""

from __future__ import annotations

# (example, what it finds); every example parses (a test checks it and README).
QUERY_SYNTAX: list[tuple[str, str]] = [
    ("kenya imf", "both words, whole words, any case and accents (cafe finds Café)"),
    ('"exact phrase"', "these words next to each other"),
    ("infla*", "words starting with infla"),
    ("kenya -imf", 'without a word; -"a phrase" without a phrase'),
    ("imf OR ecb", "either (OR binds tighter than the space: a b OR c is a AND (b OR c))"),
    ("(imf OR ecb) -kenya", "parentheses group"),
    ("title:budget", "in one field: title: author: source: tag: feed:"),
    ("person:abe", "an entity, by its full name or an alias: person: org: place: entity:"),
    ("has:note has:bookmark", "articles with notes, with bookmarks"),
    ("is:unread", "is:read is:unread is:archived"),
    ("after:2026-01 before:7d", "dated on or after / before: 2026, 2026-01, 2026-01-31, 7d, 2w"),
    ("sort:date", "sort:relevance (the default with words), sort:date (newest first), sort:title"),
]
