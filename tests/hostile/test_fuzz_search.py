"""Fuzzing the search query language: any text parses, and matching is consistent.

The budget comes from the Hypothesis profile in conftest.py ("ci" by default,
HYPOTHESIS_PROFILE=fuzz for a long hunt).
"""

from __future__ import annotations

from hypothesis import assume, example, given
from hypothesis import strategies as st

from reader.search.text_filter import HAS_FILTERS, SearchQuery, parse_query
from reader.text import one_line

# Letters whose case mapping is not one-to-one or depends on context: Greek sigma (final
# "ς" when lower-cased at a word's end), German sharp s, Turkish dotted and dotless i,
# ligatures, titlecase digraphs, Cherokee, Georgian, Armenian.
TRICKY_CASE = "ΣσςΑΟΔßẞİıIiﬁǅǄǆꭰᏀᲐაևŉΐ"
ALPHABET = (
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
    " \t\n\"':-.,!?()[]#&" + TRICKY_CASE + "äöüÄÖÜéÉñÑ"
    "東京港湾計画" "🚢🇳🇴👩\u200d👩\u200d👧" "\u0301\u200b\u200f\u202e\u00a0\u3000"
    "\x00\x01\x1b\x1c\x7f\x85\x9b"
)

text_from_alphabet = st.text(alphabet=st.sampled_from(ALPHABET), max_size=40)
# Titles made of words, so that letters such as "Σ" often sit at the end of a word.
WORDS = ["ΟΔΟΣ", "ΣΑΣ", "Σ", "Straße", "STRASSE", "İstanbul", "ıiIİ", "ﬁle", "ǅemal", "ᏀᏍᏗ",
         "Ძველი", "և", "東京", "🚢", "Harbour", "harbour", "has:note", 'say"so', "x\u0301"]
titles = text_from_alphabet.map(one_line) | st.lists(
    st.sampled_from(WORDS) | text_from_alphabet, min_size=1, max_size=5
).map(lambda words: one_line(" ".join(words)))
# Query-ish text: has: filters (known and unknown), quotes (often unbalanced), any unicode.
query_pieces = st.one_of(
    st.sampled_from(["has:", "has:note", "HAS:Notes", "has:bookmark", "has:Bookmarks", "has:nothing",
                     "has:", "has:note:x", '"', '""', '" "', '"has:note"', "has: note"]),
    text_from_alphabet,
    st.text(max_size=12),
)
queries = st.lists(query_pieces, max_size=8).map(" ".join) | st.text(max_size=60)


def _query_for(term: str) -> str:
    """A query whose only term is `term` (quoted when it must be)."""
    if '"' not in term:
        return f'"{term}"'
    return term  # no whitespace (checked by the caller) and not starting with a quote


def _flip_case(text: str, flips: list[bool]) -> str:
    """Some letters upper-cased or lower-cased, only where that keeps the letter itself."""
    out = []
    for char, flip in zip(text, flips):
        other = char.upper() if char == char.lower() else char.lower()
        keeps = len(other) == 1 and other.lower() == char.lower() and other.casefold() == char.casefold()
        out.append(other if flip and keeps else char)
    return "".join(out) + text[len(flips) :]


@given(queries)
def test_any_text_parses_into_clean_terms_and_known_filters(text):
    query = parse_query(text)
    assert query.has <= {"bookmark", "note"}
    for term in query.terms:
        assert term and term == " ".join(term.split())
        assert term == term.lower()
    assert query.empty == (not query.terms and not query.has)
    # Matching any haystack never raises either.
    query.matches(text.lower())
    query.missing(text.lower())


@given(queries)
def test_a_parsed_query_written_back_parses_to_the_same_query(text):
    query = parse_query(text)
    parts = []
    for term in query.terms:
        # A term holds either no quote (a phrase, or a word) or no space (a word).
        assert '"' not in term or " " not in term
        assert not term.startswith('"')
        lowered = term.lower()
        is_filter = lowered.startswith("has:") and lowered[4:] in HAS_FILTERS
        parts.append(f'"{term}"' if " " in term or is_filter else term)
    parts += [f"has:{kind}" for kind in sorted(query.has)]
    again = parse_query(" ".join(parts))
    assert (again.terms, again.has) == (query.terms, query.has)


@given(st.text(alphabet=st.sampled_from(ALPHABET + "/_"), max_size=10))
def test_has_with_an_unknown_value_is_an_ordinary_term(value):
    assume(value and not any(c.isspace() or c == '"' for c in value))
    query = parse_query(f"has:{value}")
    if value.lower() in HAS_FILTERS:
        assert query.has == {HAS_FILTERS[value.lower()]} and not query.terms
    else:
        assert query.terms == [f"has:{value}".lower()] and not query.has


@example(title="ΟΔΟΣ", source="", cut=(3, 1), flips=[])  # "σ" was not found in "οδος"
@given(
    title=titles,
    source=titles,
    cut=st.tuples(st.integers(0, 40), st.integers(1, 20)),
    flips=st.lists(st.booleans(), max_size=20),
)
def test_a_title_containing_a_term_matches_a_query_of_that_term(title, source, cut, flips):
    start, size = cut
    piece = title[start : start + size]
    assume(piece.strip())
    term = _flip_case(piece, flips)
    assume('"' not in term or not any(c.isspace() for c in term))
    assume(not term.startswith('"'))
    query = parse_query(_query_for(term))
    assert not query.has and len(query.terms) == 1
    # Haystacks as the library search and the library filter build them: lower-cased.
    for haystack in (" ".join([title, source]).lower(), "\n".join([source, title]).lower()):
        assert query.matches(haystack), (term, title, query.terms)
        assert query.missing(haystack) == []


# Words and phrases that cannot run into each other when joined by spaces.
balanced_parts = st.one_of(
    st.text(alphabet=st.sampled_from(ALPHABET.replace('"', "")), min_size=1, max_size=8)
    .filter(lambda s: not any(c.isspace() for c in s)),
    st.text(alphabet=st.sampled_from(ALPHABET.replace('"', "")), max_size=12).map(lambda s: f'"{s}"'),
    st.sampled_from(["has:note", "has:Bookmark", "has:nope"]),
)


@given(st.lists(balanced_parts, max_size=6), text_from_alphabet, text_from_alphabet)
def test_a_conjunction_matches_exactly_when_every_part_matches(parts, title, body):
    whole = parse_query(" ".join(parts))
    singles = [parse_query(part) for part in parts]
    assert whole.terms == [term for single in singles for term in single.terms]
    assert whole.has == frozenset().union(*(single.has for single in singles))
    haystack = "\n".join([one_line(title), one_line(body)]).lower()
    assert whole.matches(haystack) == all(single.matches(haystack) for single in singles)
    missing = whole.missing(haystack)
    assert missing == [t for t in whole.terms if not SearchQuery(terms=[t]).matches(haystack)]
    assert whole.matches(haystack) == (not missing)


@given(st.lists(balanced_parts, max_size=6), st.integers(0, 3), st.integers(0, 3))
def test_has_filters_ask_for_at_least_one_of_each_kind(parts, bookmarks, notes):
    query = parse_query(" ".join(parts))
    expected = ("bookmark" not in query.has or bookmarks > 0) and ("note" not in query.has or notes > 0)
    assert query.accepts_counts((bookmarks, notes)) == expected
