"""Short lines the model misreads: results and standings, bare datelines, headline sections."""

from __future__ import annotations

from reader.model import EntitySpan
from reader.nlp.datelines import dateline_places
from reader.nlp.results import team_spans
from reader.nlp.spans import clean_offsets


def at(block: str, paragraph: int, text: str, label: str) -> EntitySpan:
    start = block.index(text)
    return EntitySpan(text, label, paragraph, start, start + len(text), text)


def labels(spans: list[EntitySpan]) -> dict[str, str]:
    return {s.text: s.label for s in spans}


def test_names_in_a_results_line_become_organisations() -> None:
    blocks = ["Harbourside 2 KESTREL BAY 1 (half-time 1-1)"]  # clubs read as a person and a place
    spans = [at(blocks[0], 0, "Harbourside", "PERSON"), at(blocks[0], 0, "KESTREL BAY", "LOC")]
    assert labels(team_spans(spans, blocks)) == {"Harbourside": "ORG", "KESTREL BAY": "ORG"}


def test_a_standings_row_gets_a_span_where_the_model_saw_none() -> None:
    blocks = ["Northgate Rovers 12 8 3 1 27"]
    (span,) = team_spans([], blocks)
    assert (span.text, span.label, span.start, span.end) == ("Northgate Rovers", "ORG", 0, 16)


def test_people_datelines_and_prose_are_left_alone() -> None:
    blocks = [
        "Ada Okafor 68 70 71",  # a golfer's rounds
        "LAGOS 2026-08-30",  # a dateline
        "Harbourside won 2-1 against Kestrel Bay on Sunday.",
    ]
    spans = [
        at(blocks[0], 0, "Ada Okafor", "PERSON"),
        at(blocks[1], 1, "LAGOS", "GPE"),
        at(blocks[2], 2, "Harbourside", "GPE"),
    ]
    assert [s.label for s in team_spans(spans, blocks)] == ["PERSON", "GPE", "GPE"]


def test_a_bare_dateline_names_a_place() -> None:
    blocks = ["KESTREL BAY, Norland 2026-08-30", "Harbourside 2026-08-30 was a Sunday in Norland."]
    spans = [at(blocks[0], 0, "Norland", "PERSON")]
    out = dateline_places(spans, blocks)
    assert sorted((s.text, s.label) for s in out) == [("KESTREL BAY", "GPE"), ("Norland", "GPE")]


def test_a_headline_section_is_not_part_of_the_name() -> None:
    block = "CRICKET - NORLAND WIN BY AN INNINGS"
    assert clean_offsets(block, "ORG", 0, 17) == [(10, 17)]


def test_a_place_in_capitals_before_the_opening_dash_is_a_place() -> None:
    blocks = [
        "JERUSALEM — Prime Minister Dalia Sharon said on Monday that talks would resume.",
        "BUSAN, South Korea — Dockworkers at the port agreed a deal on automation.",
        "KESTREL BAY -- The harbour board met on Tuesday to agree a plan.",
    ]
    spans = [at(blocks[0], 0, "JERUSALEM", "ORG"), at(blocks[0], 0, "Dalia Sharon", "PERSON"),
             at(blocks[2], 2, "KESTREL BAY", "PERSON")]
    out = dateline_places(spans, blocks)
    assert sorted((s.paragraph, s.text, s.label) for s in out) == [
        (0, "Dalia Sharon", "PERSON"), (0, "JERUSALEM", "GPE"),
        (1, "BUSAN", "GPE"), (1, "South Korea", "GPE"), (2, "KESTREL BAY", "GPE"),
    ]


def test_a_rubric_or_a_headline_before_a_dash_is_not_made_a_place() -> None:
    blocks = [
        "ANALYSIS — The central bank has run out of easy choices, economists say.",
        "CRICKET - NORLAND WIN BY AN INNINGS AND 40 RUNS",
        "NASA — the agency said on Friday that the launch would slip to March.",
    ]
    spans = [at(blocks[1], 1, "CRICKET", "ORG"), at(blocks[2], 2, "NASA", "ORG")]
    out = dateline_places(spans, blocks)
    assert sorted((s.text, s.label) for s in out) == [("CRICKET", "ORG"), ("NASA", "ORG")]
