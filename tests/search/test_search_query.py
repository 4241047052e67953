"""Parsing queries: the tree each operator makes, and one clear line for each mistake."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.search import QueryError, parse_query
from reader.search.query import And, Field, Filter, Not, Or, Phrase, Query, Word
from reader.search.syntax import QUERY_SYNTAX


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("kenya", Query(Word("kenya"))),
        ("kenya imf", Query(And((Word("kenya"), Word("imf"))))),
        ('"exact phrase"', Query(Phrase("exact phrase"))),
        ("infla*", Query(Word("infla", prefix=True))),
        ("-imf", Query(Not(Word("imf")))),
        ('-"world bank"', Query(Not(Phrase("world bank")))),
        # OR binds tighter than the implied AND.
        ("kenya imf OR ecb", Query(And((Word("kenya"), Or((Word("imf"), Word("ecb"))))))),
        ("(kenya imf) OR ecb", Query(Or((And((Word("kenya"), Word("imf"))), Word("ecb"))))),
        ("-(a OR b)", Query(Not(Or((Word("a"), Word("b")))))),
        ('title:"a b" person:Abe', Query(And((Field("title", Phrase("a b")), Field("person", Word("Abe")))))),
        ("AUTHOR:sato", Query(Field("author", Word("sato")))),
        ("has:notes is:UNREAD", Query(And((Filter("has", "note"), Filter("is", "unread"))))),
        ("after:2026-01 before:7d", Query(And((Filter("after", "2026-01"), Filter("before", "7d"))))),
        ("kenya sort:date", Query(Word("kenya"), sort="date")),
        ("sort:title", Query(None, sort="title")),
        ("   ", Query()),
        ("10:30 e-mail", Query(And((Word("10:30"), Word("e-mail"))))),
        ("or and", Query(And((Word("or"), Word("and"))))),  # only OR in capitals is the operator
    ],
)
def test_each_operator_parses_to_its_tree_and_prints_back(text, expected):
    assert parse_query(text) == expected
    assert parse_query(str(expected)) == expected


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('kenya "new parl', "this quote is never closed (column 7)"),
        ("a OR", "OR needs something after it (column 3)"),
        ("OR a", "OR needs something before it (column 1)"),
        ("(a", "'(' is never closed (column 1)"),
        ("a)", "')' without a matching '(' (column 2)"),
        ("()", "empty parentheses (column 1)"),
        ("a - b", "'-' must be followed by a word, phrase or group (column 3)"),
        ("a*b", "'*' may only end a word (column 2)"),
        ("&", "'&' has no letter or digit to look for (column 1)"),
        ("title:", 'title: needs a word or "phrase" after it (column 1)'),
        ("has:x", "has: must be has:note or has:bookmark (column 1)"),
        ("is:new", "is: must be is:read or is:unread or is:archived (column 1)"),
        ("sort:best", "sort: must be sort:relevance or sort:date or sort:title (column 1)"),
        ("after:2026-13", "after: '2026-13' is not a real date (column 7)"),
        ("before:soon", "before: 'soon' is not a date (2026, 2026-01, 2026-01-31 or 7d) (column 8)"),
        ("sort:date sort:title", "sort: is given twice (column 11)"),
        ("(a sort:date)", "sort: cannot stand inside parentheses (column 4)"),
        ('"a"b', "a space must follow the closing quote (column 4)"),
    ],
)
def test_a_malformed_query_is_one_line_saying_what_and_where(text, message):
    with pytest.raises(QueryError) as caught:
        parse_query(text)
    assert str(caught.value) == message


def test_an_unknown_filter_lists_the_known_ones():
    with pytest.raises(QueryError) as caught:
        parse_query("kenya colour:red")
    assert str(caught.value).startswith("unknown filter 'colour:' (known: title:, author:")
    assert caught.value.position == 6


def test_nesting_is_bounded():
    with pytest.raises(QueryError, match="nested more than 32 deep"):
        parse_query("(" * 40 + "a" + ")" * 40)


def test_the_documented_examples_parse_and_readme_lists_them():
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text()
    for example, meaning in QUERY_SYNTAX:
        parse_query(example)
        assert f"| `{example}` | {meaning} |" in readme, example
