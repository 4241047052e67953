"""fold_aliases on hand-built spans: every rule, no spaCy."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.model import EntitySpan
from reader.nlp.aliases import fold_aliases
from reader.nlp.credits import apply_credits


def span(blocks: list[str], paragraph: int, text: str, label: str, nth: int = 0) -> EntitySpan:
    """The nth occurrence of `text` in a block, as an unfolded span."""
    start = -1
    for _ in range(nth + 1):
        start = blocks[paragraph].index(text, start + 1)
    return EntitySpan(text, label, paragraph, start, start + len(text), text)


def by_text(spans: list[EntitySpan], text: str) -> list[EntitySpan]:
    return [s for s in spans if s.text == text]


def assert_well_formed(spans: list[EntitySpan], blocks: list[str]) -> None:
    for s in spans:
        assert blocks[s.paragraph][s.start : s.end] == s.text
    assert spans == sorted(spans, key=lambda s: (s.paragraph, s.start))
    for a, b in zip(spans, spans[1:]):
        assert a.paragraph != b.paragraph or a.end <= b.start, (a, b)


# (a) surnames and given names


def test_surname_takes_full_person_whatever_spacy_said() -> None:
    blocks = [
        "Jan Kowalski, the finance minister, spoke first.",
        "Kowalski said rates would rise. Later Kowalski left.",
        "Critics of Kowalski were loud.",
    ]
    spans = [
        span(blocks, 0, "Jan Kowalski", "PERSON"),
        span(blocks, 1, "Kowalski", "ORG"),
        span(blocks, 1, "Kowalski", "GPE", nth=1),
        span(blocks, 2, "Kowalski", "NORP"),
    ]
    out = fold_aliases(spans, blocks)
    assert_well_formed(out, blocks)
    assert [(s.label, s.canonical) for s in by_text(out, "Kowalski")] == [
        ("PERSON", "Jan Kowalski")
    ] * 3


def test_given_name_and_possessive_surname() -> None:
    blocks = ["Anna Nowak arrived.", "Anna smiled; Nowak's plan was ready."]
    spans = [
        span(blocks, 0, "Anna Nowak", "PERSON"),
        span(blocks, 1, "Anna", "GPE"),
        span(blocks, 1, "Nowak's", "ORG"),
    ]
    out = fold_aliases(spans, blocks)
    assert_well_formed(out, blocks)
    anna, nowak = out[1], out[2]
    assert (anna.text, anna.label, anna.canonical) == ("Anna", "PERSON", "Anna Nowak")
    # The possessive ending is not part of the name.
    assert (nowak.text, nowak.label, nowak.canonical, nowak.end - nowak.start) == (
        "Nowak",
        "PERSON",
        "Anna Nowak",
        5,
    )


def test_multi_word_surname_and_generational_suffix() -> None:
    blocks = ["Ursula von der Leyen met Martin Luther King Jr.", "Von der Leyen and King spoke."]
    spans = [
        span(blocks, 0, "Ursula von der Leyen", "PERSON"),
        span(blocks, 0, "Martin Luther King Jr.", "PERSON"),
        span(blocks, 1, "Von der Leyen", "ORG"),
        span(blocks, 1, "King", "PERSON"),
    ]
    out = fold_aliases(spans, blocks)
    assert out[2].canonical == "Ursula von der Leyen" and out[2].label == "PERSON"
    assert out[3].canonical == "Martin Luther King Jr."


def test_ambiguous_surname_takes_nearest_preceding_full_name() -> None:
    blocks = [
        "Kowalski opened.",
        "Jan Kowalski spoke.",
        "Kowalski nodded.",
        "Then Ewa Kowalski spoke.",
        "Kowalski disagreed.",
    ]
    spans = [
        span(blocks, 0, "Kowalski", "PERSON"),
        span(blocks, 1, "Jan Kowalski", "PERSON"),
        span(blocks, 2, "Kowalski", "PERSON"),
        span(blocks, 3, "Ewa Kowalski", "PERSON"),
        span(blocks, 4, "Kowalski", "PERSON"),
    ]
    out = fold_aliases(spans, blocks)
    assert [s.canonical for s in by_text(out, "Kowalski")] == [
        "Jan Kowalski",  # none before: the first one after
        "Jan Kowalski",
        "Ewa Kowalski",
    ]


def test_dates_and_amounts_are_never_short_names() -> None:
    blocks = ["April Ryan reported.", "In April prices rose."]
    spans = [span(blocks, 0, "April Ryan", "PERSON"), span(blocks, 1, "April", "DATE")]
    out = fold_aliases(spans, blocks)
    assert (out[1].label, out[1].canonical) == ("DATE", "April")


def test_full_person_names_are_not_folded_into_longer_ones() -> None:
    blocks = ["Anna Maria Nowak and Maria Nowak are sisters."]
    spans = [span(blocks, 0, "Anna Maria Nowak", "PERSON"), span(blocks, 0, "Maria Nowak", "PERSON")]
    out = fold_aliases(spans, blocks)
    assert out[1].canonical == "Maria Nowak"


# (b) acronyms


def test_acronym_takes_multi_word_name_skipping_little_words() -> None:
    blocks = [
        "The International Monetary Fund and the European Central Bank met.",
        "The IMF and the ECB agreed; the IMF's chief left.",
    ]
    spans = [
        span(blocks, 0, "International Monetary Fund", "ORG"),
        span(blocks, 0, "European Central Bank", "ORG"),
        span(blocks, 1, "IMF", "GPE"),
        span(blocks, 1, "ECB", "ORG"),
        span(blocks, 1, "IMF's", "ORG"),
    ]
    out = fold_aliases(spans, blocks)
    assert_well_formed(out, blocks)
    assert [(s.text, s.label, s.canonical) for s in out[2:]] == [
        ("IMF", "ORG", "International Monetary Fund"),
        ("ECB", "ORG", "European Central Bank"),
        ("IMF", "ORG", "International Monetary Fund"),
    ]


def test_dotted_acronym_and_kept_little_word() -> None:
    blocks = ["The United States and the Department of Justice.", "The U.S. and the DOJ."]
    spans = [
        span(blocks, 0, "United States", "GPE"),
        span(blocks, 0, "Department of Justice", "ORG"),
        span(blocks, 1, "U.S.", "GPE"),
        span(blocks, 1, "DOJ", "ORG"),
    ]
    out = fold_aliases(spans, blocks)
    assert out[2].canonical == "United States"
    assert out[3].canonical == "Department of Justice"


def test_acronym_in_parentheses_is_tagged_and_defined() -> None:
    # spaCy left "(ONS)" untagged; the definition need not match the initials.
    blocks = [
        "The Office for National Statistics (ONS) and the Organisation for Economic"
        " Co-operation and Development (OECD) reported.",
        "The ONS and the OECD disagreed.",
    ]
    spans = [
        span(blocks, 0, "Office for National Statistics", "ORG"),
        span(blocks, 0, "Organisation for Economic Co-operation and Development", "ORG"),
        span(blocks, 1, "ONS", "ORG"),
        span(blocks, 1, "OECD", "ORG"),
    ]
    out = fold_aliases(spans, blocks)
    assert_well_formed(out, blocks)
    assert [(s.paragraph, s.text, s.canonical) for s in out if s.text in {"ONS", "OECD"}] == [
        (0, "ONS", "Office for National Statistics"),
        (0, "OECD", "Organisation for Economic Co-operation and Development"),
        (1, "ONS", "Office for National Statistics"),
        (1, "OECD", "Organisation for Economic Co-operation and Development"),
    ]


def test_lowercase_word_is_no_acronym() -> None:
    blocks = ["Acme Corp hired Ms Brown.", "Brown said AC units failed."]
    spans = [span(blocks, 0, "Acme Corp", "ORG"), span(blocks, 1, "AC", "PRODUCT")]
    out = fold_aliases(spans, blocks)
    assert out[1].canonical == "Acme Corp"  # AC are its initials
    blocks = ["Acme Corp hired staff.", "Staff used ac units."]
    out = fold_aliases([span(blocks, 0, "Acme Corp", "ORG"), span(blocks, 1, "ac", "ORG")], blocks)
    assert out[1].canonical == "ac"


# (c) clipped forms


def test_clipped_form_takes_org_whose_first_word_it_starts() -> None:
    blocks = ["The Federal Reserve held rates; the U.S. Federal Reserve is cautious.", "The Fed waited."]
    spans = [
        span(blocks, 0, "Federal Reserve", "ORG"),
        span(blocks, 0, "U.S. Federal Reserve", "ORG"),
        span(blocks, 1, "Fed", "ORG"),
    ]
    out = fold_aliases(spans, blocks)
    # Nearest preceding: the "U.S. Federal Reserve" mention (its country code skipped).
    assert (out[2].label, out[2].canonical) == ("ORG", "U.S. Federal Reserve")


def test_clipped_form_needs_org_label_and_a_real_clipping() -> None:
    blocks = ["Russian Central Bank officials and the Federal Reserve.", "Russia and Fede and Fe."]
    spans = [
        span(blocks, 0, "Russian Central Bank", "ORG"),
        span(blocks, 0, "Federal Reserve", "ORG"),
        span(blocks, 1, "Russia", "GPE"),
        span(blocks, 1, "Fede", "ORG"),
        span(blocks, 1, "Fe", "ORG"),
    ]
    out = fold_aliases(spans, blocks)
    assert [s.canonical for s in out[2:]] == ["Russia", "Federal Reserve", "Fe"]


# (d) identical texts


def test_identical_texts_take_majority_label() -> None:
    blocks = ["Gdansk, Gdansk and Gdansk."]
    spans = [
        span(blocks, 0, "Gdansk", "ORG"),
        span(blocks, 0, "Gdansk", "GPE", nth=1),
        span(blocks, 0, "Gdansk", "GPE", nth=2),
    ]
    assert {s.label for s in fold_aliases(spans, blocks)} == {"GPE"}


def test_identical_texts_tie_goes_to_first_mention() -> None:
    blocks = ["Orlen first.", "Orlen second."]
    spans = [span(blocks, 0, "Orlen", "ORG"), span(blocks, 1, "Orlen", "PERSON")]
    assert [s.label for s in fold_aliases(spans, blocks)] == ["ORG", "ORG"]


def test_full_mention_label_settled_before_short_forms_follow_it() -> None:
    blocks = ["Maja Lis spoke.", "Maja Lis again.", "Maja Lis, then Lis."]
    spans = [
        span(blocks, 0, "Maja Lis", "PERSON"),
        span(blocks, 1, "Maja Lis", "ORG"),
        span(blocks, 2, "Maja Lis", "PERSON"),
        span(blocks, 2, "Lis", "GPE", nth=1),
    ]
    out = fold_aliases(spans, blocks)
    assert [(s.label, s.canonical) for s in out] == [("PERSON", "Maja Lis")] * 4


# (e) untagged mentions


def test_untagged_surnames_full_names_and_acronyms_get_spans() -> None:
    blocks = [
        "Jan Kowalski asked the International Monetary Fund for help.",
        "The IMF said no. Kowalski's reply came fast; Jan Kowalski was angry at the IMF.",
        "Kowalskiego is not Kowalski-Nowak, and KOWALSKI is not him either.",
    ]
    spans = [
        span(blocks, 0, "Jan Kowalski", "PERSON"),
        span(blocks, 0, "International Monetary Fund", "ORG"),
        span(blocks, 1, "IMF", "ORG"),
    ]
    out = fold_aliases(spans, blocks)
    assert_well_formed(out, blocks)
    assert [(s.paragraph, s.text, s.label, s.canonical) for s in out[2:]] == [
        (1, "IMF", "ORG", "International Monetary Fund"),
        (1, "Kowalski", "PERSON", "Jan Kowalski"),
        (1, "Jan Kowalski", "PERSON", "Jan Kowalski"),
        (1, "IMF", "ORG", "International Monetary Fund"),
    ]


def test_untagged_mentions_never_overlap_existing_spans() -> None:
    blocks = ["Jan Kowalski met Kowalski Holdings."]
    spans = [span(blocks, 0, "Jan Kowalski", "PERSON"), span(blocks, 0, "Kowalski Holdings", "ORG")]
    out = fold_aliases(spans, blocks)
    assert [s.text for s in out] == ["Jan Kowalski", "Kowalski Holdings"]


# general properties


def test_input_untouched_output_sorted_and_idempotent() -> None:
    blocks = ["The Fed met. Jan Kowalski spoke.", "Federal Reserve staff and Kowalski."]
    spans = [
        span(blocks, 1, "Kowalski", "ORG"),
        span(blocks, 1, "Federal Reserve", "ORG"),
        span(blocks, 0, "Jan Kowalski", "PERSON"),
        span(blocks, 0, "Fed", "ORG"),
    ]
    before = [EntitySpan(**s.to_dict()) for s in spans]
    once = fold_aliases(spans, blocks)
    assert spans == before
    assert_well_formed(once, blocks)
    assert fold_aliases(once, blocks) == once
    assert once[0].canonical == "Federal Reserve"  # the full name may come later


def test_no_spans() -> None:
    assert fold_aliases([], ["nothing here"]) == []


# any input: offsets stay true, output sorted and without overlaps

_WORDS = ["Jan", "Kowalski", "Kowalski's", "the", "Federal", "Reserve", "Fed", "IMF", "International",
          "Monetary", "Fund", "(IMF)", "(AP)", "said", "of", "U.S.", "Anna", "Nowak", "(Reuters)", "—"]
_LABELS = ["PERSON", "ORG", "GPE", "NORP", "DATE", "MONEY"]


@st.composite
def _article(draw: st.DrawFn) -> tuple[list[EntitySpan], list[str]]:
    blocks, spans = [], []
    for paragraph in range(draw(st.integers(1, 4))):
        words = draw(st.lists(st.sampled_from(_WORDS), min_size=1, max_size=12))
        block = " ".join(words)
        starts = [sum(len(w) + 1 for w in words[:i]) for i in range(len(words))]
        i = 0
        while i < len(words):
            length = draw(st.integers(0, 3))
            if length and i + length <= len(words):
                start, end = starts[i], starts[i + length - 1] + len(words[i + length - 1])
                text = block[start:end]
                spans.append(EntitySpan(text, draw(st.sampled_from(_LABELS)), paragraph, start, end, text))
                i += length
            i += 1
        blocks.append(block)
    return spans, blocks


@given(_article())
@settings(max_examples=200, deadline=None)
def test_any_article_stays_well_formed(article: tuple[list[EntitySpan], list[str]]) -> None:
    spans, blocks = article
    folded = fold_aliases(spans, blocks)
    assert_well_formed(folded, blocks)
    assert_well_formed(apply_credits(folded, blocks, first_caption=len(blocks) // 2), blocks)
    labels: dict[str, set[str]] = {}
    for s in folded:
        labels.setdefault(s.text.removesuffix("'s"), set()).add(s.label)
    assert all(len(v) == 1 for v in labels.values())


def test_a_shouted_name_is_the_same_entity_as_the_name_in_prose() -> None:
    blocks = ["VENICE BIENNALE OPENS IN VENICE", "The show opened in Venice on Friday; Venice was full."]
    spans = [
        span(blocks, 0, "VENICE", "GPE", nth=1),
        span(blocks, 1, "Venice", "GPE"),
        span(blocks, 1, "Venice", "GPE", nth=1),
    ]
    out = fold_aliases(spans, blocks)
    assert {(s.text, s.canonical, s.label) for s in out} == {
        ("VENICE", "Venice", "GPE"), ("Venice", "Venice", "GPE")
    }


def test_the_last_word_of_an_organisation_or_event_stands_for_it() -> None:
    blocks = [
        "The Venice Biennale opened; the Bank of Norland paid for it.",
        "Critics said the Biennale was too big, and Norland agreed.",
    ]
    spans = [
        span(blocks, 0, "Venice Biennale", "EVENT"),
        span(blocks, 0, "Bank of Norland", "ORG"),
        span(blocks, 1, "Biennale", "PERSON"),
        span(blocks, 1, "Norland", "GPE"),
    ]
    out = fold_aliases(spans, blocks)
    assert [(s.label, s.canonical) for s in by_text(out, "Biennale")] == [("EVENT", "Venice Biennale")]
    assert [(s.label, s.canonical) for s in by_text(out, "Norland")] == [("GPE", "Norland")]


def test_initials_in_a_table_are_not_taken_for_a_name_of_the_prose() -> None:
    blocks = [
        "The New York Harbour Board met in New York on Monday.",
        "NY 3 18 4 .818",
        "The NYHB said the NY line would close.",
    ]
    spans = [
        span(blocks, 0, "New York Harbour Board", "ORG"),
        span(blocks, 0, "New York", "GPE", nth=1),
        span(blocks, 1, "NY", "ORG"),
        span(blocks, 2, "NYHB", "ORG"),
    ]
    out = fold_aliases(spans, blocks)
    assert [s.canonical for s in out if s.paragraph == 1] == ["NY"]
    assert [s.canonical for s in by_text(out, "NYHB")] == ["New York Harbour Board"]
