"""The entity panel lists a spelling once, whatever invisible characters it holds."""

from __future__ import annotations

from reader.model import Article, EntitySpan
from reader.tui.widgets.entity_panel import article_entities

TEXT = "Benjamin Netanyahu spoke. Netanyahu left. Critics of Net\u200banyahu and Netan\u00adyahu waited."


def test_the_panel_lists_a_spelling_once_whatever_invisible_characters_it_holds():
    found = []
    for written in ("Benjamin Netanyahu", "Netanyahu", "Net\u200banyahu", "Netan\u00adyahu"):
        start = TEXT.index(written + (" " if written == "Netanyahu" else ""))
        found.append(EntitySpan(written, "PERSON", 0, start, start + len(written), "Benjamin Netanyahu"))
    article = Article(key="k", title="Talks", paragraphs=[TEXT], id="a1", entities=found)
    [entity] = article_entities(article)
    assert entity.mentions == 4
    assert entity.aliases == ("Netanyahu",)
