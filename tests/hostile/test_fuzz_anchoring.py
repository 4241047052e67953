"""Fuzzing anchors: unicode text, empty spans, paragraph splits and merges, reordering.

tests/test_annotations_anchoring.py checks, on a small English vocabulary, that an
anchor comes back on its quote and that a replaced quote is orphaned. These go further:
any unicode, spans that are empty or whole passages, edits that split, merge, reorder and
duplicate passages; the placed anchor must be exactly what make_anchor gives at its
place, a quote that exists once must be found at that one place, and nothing may raise.
The budget comes from the Hypothesis profile in conftest.py.
"""

from __future__ import annotations

from builders import edited_cases
from hypothesis import example, given
from hypothesis import strategies as st

from reader.anchoring import FUZZY_MIN_CHARS, FUZZY_THRESHOLD, make_anchor, reanchor, similarity
from reader.model import Anchor

# Words from many scripts, with combining marks, joiners, bidi controls and odd spaces.
WORDS = [
    "harbour", "Ferry", "the", "the", "a", "said", ".", ",", "40", "ΟΔΟΣ", "σας", "Straße",
    "İstanbul", "東京港", "の", "計画", "🚢", "👩\u200d👩\u200d👧", "🇳🇴", "e\u0301", "שלום",
    "مرحبا", "\u202eevil\u202c", "\u2066x\u2069", "a\u00a0b", "\u200b", "\u3000", "\t", "[bold]",
    "&amp;", "\ufeff", "ǅ",
]
FOREIGN = ["⟦gone⟧", "⟦lost⟧", "⟦away⟧"]  # never in a generated passage

words = st.lists(st.sampled_from(WORDS), min_size=1, max_size=16).map(" ".join)
glued = st.lists(st.sampled_from(WORDS), min_size=1, max_size=10).map("".join)  # CJK-style, no spaces
raw = st.text(min_size=1, max_size=40)  # anything at all, controls included
passage = st.one_of(words, words, glued, raw)
passages = st.lists(passage, min_size=1, max_size=6)


def occurrences(paragraphs: list[str], quote: str) -> list[tuple[int, int]]:
    """Every (paragraph, start) where `quote` occurs, overlapping ones included."""
    found = []
    for p, text in enumerate(paragraphs):
        i = text.find(quote)
        while i != -1:
            found.append((p, i))
            i = text.find(quote, i + 1)
    return found


@st.composite
def anchored(draw, texts=passages):
    """Passages and an anchor on any span of one of them, empty spans and whole passages too."""
    text = draw(texts)
    p = draw(st.integers(0, len(text) - 1))
    kind = draw(st.sampled_from(["span", "span", "whole", "point", "end"]))
    if kind == "whole":
        return text, make_anchor(text, p)
    if kind == "end":  # an empty anchor after the last character: a note at the end
        return text, make_anchor(text, p, len(text[p]), len(text[p]))
    start = draw(st.integers(0, len(text[p])))
    end = start if kind == "point" else draw(st.integers(start, len(text[p])))
    return text, make_anchor(text, p, start, end)


@st.composite
def edit(draw, text: list[str], anchor: Anchor) -> list[str]:
    text = list(text)
    kinds = ["insert", "delete", "split", "merge", "add", "drop", "duplicate", "swap", "upper",
             "squeeze", "inside", "replace_quote", "clear"]
    kind = draw(st.sampled_from(kinds))
    if not text:
        return [draw(passage)]
    p = draw(st.integers(0, len(text) - 1))
    here = text[p]
    if kind == "insert":
        at = draw(st.integers(0, len(here)))
        text[p] = here[:at] + draw(passage) + here[at:]
    elif kind == "delete":
        a = draw(st.integers(0, len(here)))
        text[p] = here[:a] + here[draw(st.integers(a, len(here))) :]
    elif kind == "split":  # one passage becomes two, maybe cutting through the quote
        at = draw(st.integers(0, len(here)))
        text[p : p + 1] = [here[:at], here[at:]] if draw(st.booleans()) else [here[:at].rstrip(), here[at:].lstrip()]
    elif kind == "merge" and p + 1 < len(text):
        text[p : p + 2] = [text[p] + draw(st.sampled_from(["", " ", "\n"])) + text[p + 1]]
    elif kind == "add":
        text.insert(draw(st.integers(0, len(text))), draw(passage))
    elif kind == "drop":
        del text[p]
    elif kind == "duplicate":  # the same quote twice: the context must choose
        text.insert(draw(st.integers(0, len(text))), here)
    elif kind == "swap":
        q = draw(st.integers(0, len(text) - 1))
        text[p], text[q] = text[q], text[p]
    elif kind == "upper":
        text[p] = here.upper()
    elif kind == "squeeze":
        text[p] = " ".join(here.split())
    elif kind == "inside" and anchor.paragraph < len(text):
        q = anchor.paragraph
        at = draw(st.integers(min(anchor.start, len(text[q])), min(anchor.end, len(text[q]))))
        text[q] = text[q][:at] + draw(st.sampled_from(["x", " ", "é", "🚢", "\u200b"])) + text[q][at:]
    elif kind == "replace_quote" and anchor.exact:
        text = [t.replace(anchor.exact, draw(st.sampled_from(FOREIGN))) for t in text]
    elif kind == "clear":
        text = []
    return text


def edited():
    return edited_cases(anchored(), edit)


def assert_well_placed(moved: Anchor | None, paragraphs: list[str]) -> None:
    """In range, quoting exactly the text it points at, with the context make_anchor cuts."""
    if moved is None:
        return
    assert 0 <= moved.paragraph < len(paragraphs)
    assert 0 <= moved.start <= moved.end <= len(paragraphs[moved.paragraph])
    assert moved == make_anchor(paragraphs, moved.paragraph, moved.start, moved.end)
    assert reanchor(moved, paragraphs) == moved  # placing it again changes nothing


@given(anchored())
def test_unchanged_text_gives_back_the_same_anchor(case):
    text, anchor = case
    assert reanchor(anchor, text) == anchor


# The note at the end of a passage that then got shorter used to raise ValueError.
@example((["hello world"], make_anchor(["hello world"], 0, 11, 11), ["hi"]))
@given(edited())
def test_reanchoring_never_raises_and_lands_in_range(case):
    _old, anchor, new = case
    moved = reanchor(anchor, new)
    assert_well_placed(moved, new)


@given(edited())
def test_a_quote_that_exists_once_is_found_exactly_there(case):
    _old, anchor, new = case
    moved = reanchor(anchor, new)
    if not anchor.exact:  # a point: kept where its passage and context still are, else orphaned
        assert moved is None or (moved.exact, moved.prefix, moved.suffix) == ("", anchor.prefix, anchor.suffix)
        return
    places = occurrences(new, anchor.exact)
    if len(places) == 1:
        (p, i), = places
        assert moved is not None
        assert (moved.paragraph, moved.start, moved.end) == (p, i, i + len(anchor.exact))
    elif places:
        assert moved is not None and (moved.paragraph, moved.start) in places
        assert moved.exact == anchor.exact
    elif moved is not None:  # the quote is gone: only a close enough stand-in may take its place
        assert len(anchor.exact.strip()) >= FUZZY_MIN_CHARS
        assert similarity(moved.exact, anchor.exact) >= FUZZY_THRESHOLD


# Passages of whole sentences, re-cut into other passages (an editor splits and joins them).
sentence = st.lists(st.sampled_from(WORDS[:10] + ["ΟΔΟΣ", "東京港", "🚢", "Jan", "Kowalski", "e\u0301"]),
                    min_size=1, max_size=8).map(lambda ws: " ".join(ws).capitalize() + ".")


@given(st.lists(st.lists(sentence, min_size=1, max_size=4), min_size=1, max_size=4), st.data())
def test_a_sentence_anchor_survives_splitting_and_merging_passages(groups, data):
    paragraphs = [" ".join(group) for group in groups]
    p = data.draw(st.integers(0, len(paragraphs) - 1))
    k = data.draw(st.integers(0, len(groups[p]) - 1))
    start = sum(len(s) + 1 for s in groups[p][:k])
    anchor = make_anchor(paragraphs, p, start, start + len(groups[p][k]))
    # Re-cut the same sentences into passages at random sentence boundaries.
    flat = [s for group in groups for s in group]
    cuts = sorted(data.draw(st.sets(st.integers(1, max(1, len(flat) - 1)), max_size=len(flat))))
    recut = [" ".join(flat[a:b]) for a, b in zip([0, *cuts], [*cuts, len(flat)]) if flat[a:b]]
    moved = reanchor(anchor, recut)
    assert_well_placed(moved, recut)
    places = occurrences(recut, anchor.exact)
    assert places  # whole sentences were moved, none was cut
    assert moved is not None and (moved.paragraph, moved.start) in places
    assert moved.exact == anchor.exact


@given(passages, st.integers(0, 8), st.integers(-3, 60), st.integers(-3, 60), st.text(max_size=8))
def test_stored_anchors_out_of_range_never_raise(new, paragraph, start, end, exact):
    """Anchors read back from an older library may point anywhere; they never crash a re-import."""
    anchor = Anchor(paragraph=paragraph, start=start, end=end, exact=exact, prefix="", suffix="")
    moved = reanchor(anchor, new)
    assert_well_placed(moved, new)
