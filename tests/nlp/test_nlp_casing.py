"""Case restoration: shouted and title-cased lines read in sentence case, offsets unchanged."""

from __future__ import annotations

import pytest

from reader.model import EntitySpan
from reader.nlp import find_entities
from reader.nlp.casing import needs_restoring, restore_case, usual_casing

# Stand-ins for the model's string store and stop words.
KNOWN = {"defeat", "win", "EU", "rejects", "call", "boycott"}
COMMON = {"in", "to", "the", "of"}


def test_only_shouted_and_title_cased_lines_are_restored() -> None:
    assert needs_restoring("OKAFOR WINS IN LAGOS")
    assert needs_restoring("Okafor Wins The Vote In Lagos")
    assert not needs_restoring("Okafor won the vote in Lagos.")
    assert not needs_restoring("Ada Okafor")  # a name alone: nothing to restore
    assert not needs_restoring("AP")


def test_words_take_their_casing_from_the_article_then_the_vocabulary() -> None:
    blocks = ["NKEM OKAFOR TO BOYCOTT VOTE IN LAGOS", "On Monday Nkem Okafor said the vote in Lagos was unfair."]
    usual = usual_casing(blocks, {0})
    restored = restore_case(blocks[0], usual, KNOWN, COMMON)
    assert restored == "Nkem Okafor to boycott vote in Lagos"
    assert len(restored) == len(blocks[0])


def test_acronyms_and_clitics() -> None:
    restored = restore_case("EU REJECTS OKAFOR'S CALL", {}, KNOWN, COMMON)
    assert restored == "EU rejects Okafor's call"


def test_title_cased_line_keeps_its_capitals_words() -> None:
    restored = restore_case("Okafor Wins In Lagos As IMF Watches", {"wins": "wins"}, KNOWN, COMMON)
    assert restored.startswith("Okafor wins in Lagos")
    assert "IMF" in restored


@pytest.mark.slow
def test_entities_in_a_shouted_headline_keep_the_original_offsets() -> None:
    headline = "OKAFOR WINS SECOND TERM IN NIGERIA"
    body = "Nkem Okafor won a second term as governor of Lagos State, Nigeria, on Sunday."
    (found, _), = find_entities([([headline, body], [])])
    in_headline = [s for s in found if s.paragraph == 0]
    assert EntitySpan("OKAFOR", "PERSON", 0, 0, 6, "Nkem Okafor") in in_headline
    assert EntitySpan("NIGERIA", "GPE", 0, 27, 34, "Nigeria") in in_headline
