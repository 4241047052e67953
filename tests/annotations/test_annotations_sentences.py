"""Sentences inside a paragraph: what `v` moves through and `b`/`a` mark."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from reader.sentences import sentence_spans


def sentences(text: str) -> list[str]:
    return [text[start:end] for start, end in sentence_spans(text)]


def test_splits_at_full_stops_question_and_exclamation_marks():
    assert sentences('The talks ended. "Good," she said! What now? Nobody knew.') == [
        "The talks ended.", '"Good," she said!', "What now?", "Nobody knew.",
    ]


def test_titles_abbreviations_and_initials_do_not_end_a_sentence():
    text = "Dr. Jane Smith met U.S. officials and J. R. Hartley on Tuesday. It went well."
    assert sentences(text) == [
        "Dr. Jane Smith met U.S. officials and J. R. Hartley on Tuesday.",
        "It went well.",
    ]
    assert sentences("Mr. Kowalski paid approx. 40 euros, e.g. for the fee. Then he left.") == [
        "Mr. Kowalski paid approx. 40 euros, e.g. for the fee.",
        "Then he left.",
    ]


def test_closing_quotes_stay_with_their_sentence():
    assert sentences('He said "it is over." Then he left.') == ['He said "it is over."', "Then he left."]


def test_a_paragraph_without_an_end_is_one_sentence():
    assert sentences("No full stop at the end") == ["No full stop at the end"]
    assert sentence_spans("") == [(0, 0)]


@given(st.text(alphabet=st.sampled_from(list("ab. !?\"D")), max_size=60))
def test_spans_are_in_order_apart_and_cover_every_non_space(text):
    spans = sentence_spans(text)
    assert spans
    position = 0
    for start, end in spans:
        assert position <= start <= end <= len(text)
        assert text[position:start].strip() == ""
        position = end
    assert text[position:].strip() == ""
