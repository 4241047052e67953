"""Queries typed into the app's filter: the word being typed matches as a prefix."""

from __future__ import annotations

import re

from reader.search.query import FIELDS

# The last word of the text, and the field name written right before it, if any.
_LAST_WORD = re.compile(r'(?:(?:^|[\s(-])(?:(?P<field>[A-Za-z]+):)?)(?P<word>[^\s()"*:]+)$')


def as_typed(text: str) -> str:
    """`text` with its last word made a prefix (k finds Kestrel) while it is being typed:
    not after a space, inside a phrase, or in a filter such as has: or after:."""
    if not text or not text[-1].isalnum() or text.count('"') % 2:
        return text
    match = _LAST_WORD.search(text)
    if match is None or match.group("word") == "OR":
        return text
    field = match.group("field")
    if field is not None and field.lower() not in FIELDS:
        return text
    return text + "*"
