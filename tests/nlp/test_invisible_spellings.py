"""A name written with a zero-width space or soft hyphen inside it is the same name to the
reader: one spelling in the entity panel, and a correction of it reaches every mention."""

from __future__ import annotations

from reader.corrections import Correction, apply_corrections
from reader.model import EntitySpan

TEXT = "Benjamin Netanyahu spoke. Netanyahu left. Critics of Net\u200banyahu and Netan\u00adyahu waited."


def spans() -> list[EntitySpan]:
    found = []
    for written in ("Benjamin Netanyahu", "Netanyahu", "Net\u200banyahu", "Netan\u00adyahu"):
        start = TEXT.index(written + (" " if written == "Netanyahu" else ""))
        found.append(EntitySpan(written, "PERSON", 0, start, start + len(written), "Benjamin Netanyahu"))
    return found


def test_a_split_or_an_ignore_reaches_the_mentions_written_with_invisible_characters():
    split = Correction("c1", "split", "Netanyahu", None, "2026-01-01T00:00:00Z")
    canonicals = [span.canonical for span in apply_corrections(spans(), [split])]
    assert canonicals == ["Benjamin Netanyahu", "Netanyahu", "Netanyahu", "Netanyahu"]
    # Named as the reader sees it, or as the text holds it: the same three short mentions.
    for name in ("netanyahu", "Net\u200banyahu"):
        ignore = Correction("c2", "ignore", name, "a1", "2026-01-01T00:00:00Z")
        assert [span.text for span in apply_corrections(spans(), [ignore])] == ["Benjamin Netanyahu"]
