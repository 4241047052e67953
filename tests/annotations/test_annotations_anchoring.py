"""Anchors survive edits: same position, then the exact quote, then a fuzzy match, else orphaned."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from builders import article, edited_cases, fake_finder
from reader.anchoring import FUZZY_MIN_CHARS, FUZZY_THRESHOLD, make_anchor, reanchor, similarity
from reader.store import Library

PARAGRAPHS = [
    "The council met on Monday to discuss the harbour.",
    "Jan Kowalski said the new ferry would cost 40 million euros.",
    "Critics said the study of the tides was too short.",
]


def test_same_text_keeps_the_position():
    anchor = make_anchor(PARAGRAPHS, 1, 4, 12)
    assert reanchor(anchor, PARAGRAPHS) == anchor


def test_moved_quote_is_found_by_its_text():
    anchor = make_anchor(PARAGRAPHS, 1, 4, 12)
    moved = reanchor(anchor, ["A new first paragraph.", *PARAGRAPHS])
    assert (moved.paragraph, moved.start, moved.end, moved.exact) == (2, 4, 12, "Kowalski")


def test_repeated_quote_goes_where_the_context_matches():
    text = ["the tides were high", "the tides were low", "the tides were high"]
    anchor = make_anchor(text, 2, 0, 9)  # "the tides" before "were high", at the end
    moved = reanchor(anchor, ["An intro.", *text])
    assert (moved.paragraph, moved.start) == (3, 0)


def test_a_corrected_quote_is_found_fuzzily():
    anchor = make_anchor(PARAGRAPHS, 1)
    fixed = [PARAGRAPHS[0], "Jan Kowalski said the new ferry would cost 42 million euros.", PARAGRAPHS[2]]
    moved = reanchor(anchor, fixed)
    assert moved is not None and moved.paragraph == 1
    assert moved.exact == fixed[1]


def test_a_reworded_sentence_inside_a_paragraph_is_found_fuzzily():
    text = ["Opening words here. The minister said the bridge would open in May. Closing words."]
    start = text[0].index("The minister")
    anchor = make_anchor(text, 0, start, text[0].index(" Closing"))
    edited = ["Opening words here. The minister said that the bridge would open in June. Closing words."]
    moved = reanchor(anchor, edited)
    assert moved is not None
    assert moved.exact == "The minister said that the bridge would open in June."


def test_a_quote_that_is_gone_is_orphaned(tmp_path):
    anchor = make_anchor(PARAGRAPHS, 2)
    rewritten = PARAGRAPHS[:2] + ["Something else entirely was written here."]
    assert reanchor(anchor, rewritten) is None
    # Through the Library: the annotation is kept, flagged orphaned, with its quote.
    library = Library(tmp_path, entity_finder=fake_finder)
    (item,) = library.add_articles([(article("https://x.example/a", "A", PARAGRAPHS), "s")]).imported
    mark = library.add_bookmark(item.article_id, 2)
    library.add_articles([(article("https://x.example/a", "A", rewritten), "s")])
    fresh = Library(tmp_path)
    (kept,) = fresh.bookmarks(item.article_id)
    assert kept.id == mark.id and kept.orphaned is True
    assert kept.anchor.exact == PARAGRAPHS[2]
    assert [m.orphaned for m in fresh.marked_passages()] == [True]


def test_prefix_and_suffix_span_paragraphs_with_a_blank_line():
    anchor = make_anchor(PARAGRAPHS, 1, 0, 3)
    assert anchor.prefix.endswith("the harbour.\n\n")
    assert make_anchor(PARAGRAPHS, 1).suffix.startswith("\n\nCritics said")


# -- properties ---------------------------------------------------------------------------

WORDS = ["harbour", "ferry", "tide", "council", "euro", "the", "a", "said", "new", "port", "ship", "sea"]
FOREIGN = ["7301", "9952", "4486", "1270", "8843"]  # never in an article: replacing with these removes a quote

words = st.lists(st.sampled_from(WORDS), min_size=1, max_size=14).map(" ".join)
paragraphs = st.lists(words, min_size=1, max_size=6)


@st.composite
def anchored(draw):
    """Paragraphs and an anchor on a non-empty span of one of them."""
    text = draw(paragraphs)
    p = draw(st.integers(0, len(text) - 1))
    start = draw(st.integers(0, len(text[p]) - 1))
    end = draw(st.integers(start + 1, len(text[p])))
    return text, make_anchor(text, p, start, end)


@st.composite
def edit(draw, text: list[str], anchor):
    """One random edit: around the passage, inside it, or of whole paragraphs."""
    text = list(text)
    kind = draw(st.sampled_from(["insert", "delete", "inside", "add_paragraph", "drop_paragraph", "replace_quote"]))
    p = draw(st.integers(0, len(text) - 1))
    if kind == "insert":
        at = draw(st.integers(0, len(text[p])))
        text[p] = text[p][:at] + draw(words) + " " + text[p][at:]
    elif kind == "delete":
        a = draw(st.integers(0, len(text[p])))
        b = draw(st.integers(a, len(text[p])))
        text[p] = text[p][:a] + text[p][b:]
    elif kind == "inside" and anchor.paragraph < len(text):
        q = anchor.paragraph
        at = draw(st.integers(anchor.start, anchor.end))
        text[q] = text[q][:at] + draw(st.sampled_from(["x", " new ", "e", "ship "])) + text[q][at:]
    elif kind == "add_paragraph":
        text.insert(draw(st.integers(0, len(text))), draw(words))
    elif kind == "drop_paragraph" and len(text) > 1:
        del text[p]
    elif kind == "replace_quote" and anchor.paragraph < len(text):
        q = anchor.paragraph
        foreign = " ".join(draw(st.lists(st.sampled_from(FOREIGN), min_size=1, max_size=3)))
        text[q] = text[q].replace(anchor.exact, foreign)
    return text


def edited():
    return edited_cases(anchored(), edit)


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(edited())
def test_an_anchor_comes_back_on_its_quote_whenever_the_quote_still_exists(case):
    _old, anchor, new = case
    moved = reanchor(anchor, new)
    if any(anchor.exact in paragraph for paragraph in new):
        assert moved is not None
        assert moved.exact == anchor.exact
        assert new[moved.paragraph][moved.start : moved.end] == anchor.exact
    elif moved is not None:  # a fuzzy match: alike enough, and exactly the text it points at
        assert similarity(moved.exact, anchor.exact) >= FUZZY_THRESHOLD
        assert new[moved.paragraph][moved.start : moved.end] == moved.exact


@settings(max_examples=200)
@given(anchored(), st.lists(st.sampled_from(FOREIGN), min_size=1, max_size=4))
def test_an_anchor_whose_words_are_all_replaced_is_orphaned(case, foreign):
    text, anchor = case
    if any(anchor.exact in p for i, p in enumerate(text) if i != anchor.paragraph) or anchor.exact.isspace():
        return  # the quote exists elsewhere too, or is only spaces: not a lost quote
    p = anchor.paragraph
    new = list(text)
    new[p] = text[p][: anchor.start] + " ".join(foreign) + text[p][anchor.end :]
    if anchor.exact in new[p]:
        return
    moved = reanchor(anchor, new)
    if len(anchor.exact.strip()) < FUZZY_MIN_CHARS:
        assert moved is None  # too short for a stand-in, and the quote is gone: orphaned
    if moved is not None:  # only an equally good stand-in may take its place
        assert similarity(moved.exact, anchor.exact) >= FUZZY_THRESHOLD
    if len(anchor.exact.strip()) >= 12 and not any(w in anchor.exact for w in FOREIGN):
        assert moved is None or moved.exact != " ".join(foreign)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(edited())
def test_no_annotation_is_ever_lost_on_reimport(tmp_path_factory, case):
    """Through the Library: same ids after a changed re-import; orphaned exactly when unplaceable."""
    text, anchor, new = case
    root = tmp_path_factory.mktemp("lib")
    library = Library(root, entity_finder=fake_finder)
    (item,) = library.add_articles([(article("https://x.example/a", "A", text), "s")]).imported
    mark = library.add_bookmark(item.article_id, anchor.paragraph, anchor.start, anchor.end)
    note = library.add_note(item.article_id, "why", anchor.paragraph, anchor.start, anchor.end)
    library.add_articles([(article("https://x.example/a", "A", new), "s")])
    expected = reanchor(anchor, new)
    fresh = Library(root)
    (kept_mark,) = fresh.bookmarks(item.article_id)
    (kept_note,) = fresh.notes(item.article_id)
    assert (kept_mark.id, kept_note.id) == (mark.id, note.id)
    for kept in (kept_mark, kept_note):
        if text == new:
            assert not kept.orphaned
        elif expected is None:
            assert kept.orphaned and kept.anchor.exact == anchor.exact  # flagged, quote kept
        else:
            assert not kept.orphaned and kept.anchor.exact == expected.exact
            assert new[kept.anchor.paragraph][kept.anchor.start : kept.anchor.end] == kept.anchor.exact
