"""Property tests of the query language: printing round-trips, and no text makes it crash."""

from __future__ import annotations

from datetime import datetime, timezone

from hypothesis import given
from hypothesis import strategies as st

from reader.search import QueryError, compile_query, parse_query
from reader.search.query import (
    CHOICES,
    EXACT_FIELDS,
    ENTITY_FIELDS,
    TEXT_FIELDS,
    And,
    Field,
    Filter,
    Not,
    Or,
    Phrase,
    Query,
    Word,
)

NOW = datetime(2026, 3, 15, 12, 0, tzinfo=timezone.utc)
# Letters with accents and odd case rules, digits, and the characters the grammar uses.
ALPHABET = 'abcXYZéÉßΣς東京09 \t-_:*"()OR.,\'#&\u0301\u200b\x00'

words = st.text(alphabet="abcdefXYZéÉßΣς東京0123456789'.&_-", min_size=1, max_size=8).filter(
    lambda t: any(c.isalnum() for c in t) and not t.startswith("-") and t != "OR"
    and ":" not in t
)
word_nodes = st.builds(Word, words, st.booleans())
phrase_nodes = st.builds(
    Phrase, st.text(alphabet="ab cé東9-'", min_size=1, max_size=12).filter(
        lambda t: any(c.isalnum() for c in t))
)
fields = st.builds(
    Field, st.sampled_from([*TEXT_FIELDS, *ENTITY_FIELDS, *EXACT_FIELDS]), word_nodes | phrase_nodes
)
filters = st.sampled_from(
    [Filter(name, value) for name, values in CHOICES.items() if name != "sort" for value in values]
    + [Filter("after", "2026-01"), Filter("before", "7d"), Filter("after", "2025-12-31")]
)
atoms = word_nodes | phrase_nodes | fields | filters


def _trees(children):
    return (
        st.builds(Not, children)
        | st.lists(children, min_size=2, max_size=3).map(lambda xs: And(tuple(xs)))
        | st.lists(children, min_size=2, max_size=3).map(lambda xs: Or(tuple(xs)))
    )


trees = st.recursive(atoms, _trees, max_leaves=8)
queries = st.builds(Query, st.none() | trees, st.none() | st.sampled_from(CHOICES["sort"]))


@given(queries)
def test_printing_a_query_and_parsing_it_gives_the_same_query(query):
    assert parse_query(str(query)) == query


@given(st.text(alphabet=ALPHABET, max_size=40) | st.text(max_size=40))
def test_any_text_parses_or_raises_only_the_query_error(text):
    try:
        query = parse_query(text)
    except QueryError as error:
        assert 0 <= error.position <= len(text)
        assert "\n" not in str(error)
        return
    assert parse_query(str(query)) == query
    compile_query(query, NOW)  # every parsed query compiles
