"""Correcting an entity from the article text: one of the cursor passage's entities, then what to do.

The same corrections as the entity panel (change type, merge, split, not an entity, here
or everywhere), asked with the same questions; the request goes to the screen as the
panel's does, so one handler writes them all.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reader.model import Article
from reader.tui.entity_questions import ask_correction
from reader.tui.screens.entity_choice import EntityChoice
from reader.tui.widgets.entity_panel import ArticleEntity, EntityPanel, article_entities

if TYPE_CHECKING:
    from reader.tui.widgets.article_view import ArticleView

# (value, what the reader sees); a trailing "!" means everywhere.
_ACTIONS = (
    ("relabel", "Change its type, in this article"),
    ("relabel!", "Change its type everywhere"),
    ("merge", "Merge it into another entity, in this article"),
    ("merge!", "Merge it into another entity everywhere"),
    ("split", "Split a short form off it"),
    ("ignore", "Not an entity, in this article"),
    ("ignore!", "Not an entity anywhere"),
)


def passage_entities(article: Article, passage: int) -> list[tuple[ArticleEntity, str]]:
    """The article's entities mentioned in one passage (paragraphs, then captions), each with
    how the passage first writes it, in the order the passage first mentions them."""
    first_caption = len(article.paragraphs)
    if passage < first_caption:
        spans = [s for s in article.entities if s.paragraph == passage]
    else:
        spans = [s for s in article.caption_entities if s.paragraph == passage - first_caption]
    entities = article_entities(article)
    written: dict[ArticleEntity, str] = {}
    for span in sorted(spans, key=lambda s: s.start):
        entity = next((e for e in entities if e.name == span.canonical and e.label == span.label), None)
        entity = entity or next((e for e in entities if e.name == span.canonical), None)
        if entity is not None:
            written.setdefault(entity, span.text)
    return list(written.items())


def correct_in_passage(view: ArticleView) -> None:
    """Ask which entity of the cursor's passage to correct (none asked when there is one),
    then how, then what the correction needs."""
    article = view.article
    if article is None:
        return
    here = passage_entities(article, view.cursor)
    if not here:
        view.notify("No entity in this passage.", markup=False, timeout=3)
        return
    if len(here) == 1:
        _ask_action(view, here[0][0])
        return
    # A short form says which entity it stands for: "OPEC  (Organization of ..., ORG)".
    choices = [(str(i), f"{e.name}  ({e.label})" if text.casefold() == e.name.casefold()
                else f"{text}  ({e.name}, {e.label})") for i, (e, text) in enumerate(here)]

    def chosen(index: str | None) -> None:
        if index is not None:
            _ask_action(view, here[int(index)][0])

    screen = EntityChoice(f"Passage {view.cursor + 1}", "Correct which entity?", choices)
    view.app.push_screen(screen, chosen)


def _ask_action(view: ArticleView, entity: ArticleEntity) -> None:
    choices = [(value, shown) for value, shown in _ACTIONS if value != "split" or entity.aliases]

    def chosen(value: str | None) -> None:
        if value is None or view.article is None:
            return
        ask_correction(
            view, entity, article_entities(view.article), value.rstrip("!"), value.endswith("!"),
            lambda *request: view.post_message(EntityPanel.CorrectionRequested(*request)),
        )

    view.app.push_screen(EntityChoice(f"Correct {entity.name}", f"{entity.name} ({entity.label}): ...",
                                      choices), chosen)
