"""Query text to a Query tree; anything malformed is one QueryError saying what and where.

Grammar (OR binds tighter than the implied AND, so `kenya imf OR ecb` means
kenya AND (imf OR ecb)):

    query  := group*                  (sort:... may stand among the top-level groups)
    group  := unary ("OR" unary)*
    unary  := "-" unary | "(" query ")" | atom
    atom   := word | "phrase" | field:value | filter:value
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from reader.search.dates import check_date
from reader.search.query import (
    CHOICE_ALIASES,
    CHOICES,
    DATE_FILTERS,
    FIELDS,
    FILTERS,
    And,
    Field,
    Filter,
    Node,
    Not,
    Or,
    Phrase,
    Query,
    QueryError,
    Word,
)

# Parentheses nested deeper than this are refused (a recursive parser must stop somewhere).
MAX_DEPTH = 32
_NAME = re.compile(r"([A-Za-z]+):")
_WORD_END = re.compile(r'[\s()"]')


def has_token(text: str) -> bool:
    """Whether the index's tokenizer (unicode61) finds a word in `text`."""
    return any(c.isalnum() for c in text)


def parse_query(text: str) -> Query:
    return _Parser(text).parse()


@dataclass(slots=True)
class _Parser:
    text: str
    at: int = 0
    depth: int = 0

    def parse(self) -> Query:
        sort: str | None = None
        groups: list[Node] = []
        while True:
            self._skip_space()
            if self.at >= len(self.text):
                break
            if self.text[self.at] == ")":
                raise QueryError("')' without a matching '('", self.at)
            start = self.at
            group = self._group()
            if isinstance(group, Filter) and group.name == "sort":
                if sort is not None:
                    raise QueryError("sort: is given twice", start)
                sort = group.value
            else:
                groups.append(group)
        return Query(_joined(groups), sort)

    # -- grammar ------------------------------------------------------------

    def _sequence(self, opened_at: int) -> Node:
        """Groups up to the ")" that closes the "(" at `opened_at`."""
        groups: list[Node] = []
        while True:
            self._skip_space()
            if self.at >= len(self.text):
                raise QueryError("'(' is never closed", opened_at)
            if self.text[self.at] == ")":
                self.at += 1
                break
            start = self.at
            groups.append(_no_sort(self._group(), "inside parentheses", start))
        if not groups:
            raise QueryError("empty parentheses", opened_at)
        return groups[0] if len(groups) == 1 else And(tuple(groups))

    def _group(self) -> Node:
        start = self.at
        first = self._unary()
        items = [first]
        while self._at_or():
            or_at = self.at
            self.at += 2
            self._skip_space()
            if self.at >= len(self.text) or self.text[self.at] == ")":
                raise QueryError("OR needs something after it", or_at)
            item_at = self.at
            items.append(_no_sort(self._unary(), "inside OR", item_at))
        if len(items) == 1:
            return first
        return Or((_no_sort(first, "inside OR", start), *items[1:]))

    def _unary(self) -> Node:
        start = self.at
        char = self.text[start]
        if char == "-":
            following = self.text[start + 1 : start + 2]
            if not following or following.isspace() or following == ")":
                raise QueryError("'-' must be followed by a word, phrase or group", start)
            self.at += 1
            return Not(_no_sort(self._nested(self._unary), "after '-'", start + 1))
        if char == "(":
            self.at += 1
            return self._nested(lambda: self._sequence(start))
        if self._at_or():
            raise QueryError("OR needs something before it", start)
        return self._atom()

    def _nested(self, parse):
        self.depth += 1
        if self.depth > MAX_DEPTH:
            raise QueryError(f"nested more than {MAX_DEPTH} deep", self.at)
        try:
            return parse()
        finally:
            self.depth -= 1

    def _atom(self) -> Node:
        start = self.at
        if self.text[start] == '"':
            return self._phrase()
        name = _NAME.match(self.text, start)
        if name is None:
            return self._word()
        key = name.group(1).lower()
        self.at = name.end()
        if key in FIELDS:
            if self.at >= len(self.text) or (
                self.text[self.at] != '"' and _WORD_END.match(self.text, self.at)
            ):
                raise QueryError(f"{key}: needs a word or \"phrase\" after it", start)
            value = self._phrase() if self.text[self.at] == '"' else self._word()
            return Field(key, value)
        if key in FILTERS:
            return self._filter(key, start)
        known = ", ".join(f"{f}:" for f in (*FIELDS, *FILTERS))
        raise QueryError(f"unknown filter '{name.group(0)}' (known: {known})", start)

    def _filter(self, key: str, start: int) -> Filter:
        value_at = self.at
        end = self._run_end()
        value = self.text[value_at:end].lower()
        self.at = end
        if key in DATE_FILTERS:
            if not value:
                raise QueryError(f"{key}: needs a date (2026, 2026-01, 2026-01-31 or 7d)", start)
            reason = check_date(value)
            if reason is not None:
                raise QueryError(f"{key}: {reason}", value_at)
            return Filter(key, value)
        value = CHOICE_ALIASES.get(value, value)
        if value not in CHOICES[key]:
            shown = " or ".join(f"{key}:{c}" for c in CHOICES[key])
            raise QueryError(f"{key}: must be {shown}", start)
        return Filter(key, value)

    def _phrase(self) -> Phrase:
        start = self.at
        close = self.text.find('"', start + 1)
        if close < 0:
            raise QueryError('this quote is never closed', start)
        inside = self.text[start + 1 : close]
        if not has_token(inside):
            raise QueryError('"phrase" has no word in it', start)
        self.at = close + 1
        after = self.text[self.at : self.at + 1]
        if after and not after.isspace() and after != ")":
            raise QueryError("a space must follow the closing quote", self.at)
        return Phrase(inside)

    def _word(self) -> Word:
        start = self.at
        end = self._run_end()
        raw = self.text[start:end]
        self.at = end
        prefix = raw.endswith("*")
        text = raw[:-1] if prefix else raw
        star = text.find("*")
        if star >= 0:
            raise QueryError("'*' may only end a word", start + star)
        if not has_token(text):
            raise QueryError(f"'{raw}' has no letter or digit to look for", start)
        return Word(text, prefix)

    # -- characters -----------------------------------------------------------

    def _run_end(self) -> int:
        match = _WORD_END.search(self.text, self.at)
        return match.start() if match else len(self.text)

    def _skip_space(self) -> None:
        while self.at < len(self.text) and self.text[self.at].isspace():
            self.at += 1

    def _at_or(self) -> bool:
        """Whether the operator OR comes next (its spaces skipped), else stay where we were."""
        here = self.at
        self._skip_space()
        if self.text.startswith("OR", self.at):
            after = self.text[self.at + 2 : self.at + 3]
            if not after or after.isspace() or after in '()"':
                return True
        self.at = here
        return False


def _joined(groups: list[Node]) -> Node | None:
    if not groups:
        return None
    return groups[0] if len(groups) == 1 else And(tuple(groups))


def _no_sort(node: Node, where: str, position: int) -> Node:
    """sort: orders the whole result: it may only stand at the top level."""
    if isinstance(node, Filter) and node.name == "sort":
        raise QueryError(f"sort: cannot stand {where}", position)
    return node
