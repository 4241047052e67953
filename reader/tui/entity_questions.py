"""What a correction still needs to know, asked the same way from the entity panel and the text.

A relabel asks for the new type, a merge for the entity to merge into, a split (with
several short forms) for the form that stands alone; "not an entity" needs nothing.
The answer goes to `send`, which turns it into a CorrectionRequested for the screen.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from textual.widget import Widget

from reader.corrections import LABELS
from reader.tui.highlight import entity_type
from reader.tui.screens.entity_choice import EntityChoice

if TYPE_CHECKING:
    from reader.tui.widgets.entity_panel import ArticleEntity

# (entity, action, name, value, everywhere), as EntityPanel.CorrectionRequested takes them.
Send = Callable[["ArticleEntity", str, str, "str | None", bool], None]


def ask_correction(
    asker: Widget, entity: ArticleEntity, entities: list[ArticleEntity], action: str,
    everywhere: bool, send: Send,
) -> None:
    """Ask what `action` needs for `entity` (one of the article's `entities`), then send it."""
    if action == "relabel":
        choices = [(label, f"{label}  ({entity_type(label).name})") for label in LABELS
                   if label != entity.label]
        _ask(asker, EntityChoice(f"Type of {entity.name}", "It is a ...", choices),
             lambda label: send(entity, "relabel", entity.name, label, everywhere))
    elif action == "merge":
        others = [e for e in entities if e.name != entity.name]
        if not others:
            asker.notify("No other entity in this article to merge into.", markup=False)
            return
        choices = [(e.name, f"{e.name}  ({e.label})") for e in others]
        _ask(asker, EntityChoice(f"Merge {entity.name}", "It is a mention of ...", choices),
             lambda into: send(entity, "merge", entity.name, into, everywhere))
    elif action == "split":
        if not entity.aliases:
            asker.notify(f"No short form is folded into {entity.name}.", markup=False)
        elif len(entity.aliases) == 1:
            send(entity, "split", entity.aliases[0], None, False)
        else:
            choices = [(alias, alias) for alias in entity.aliases]
            _ask(asker, EntityChoice(f"Split {entity.name}", "Which form is an entity of its own?",
                                     choices),
                 lambda alias: send(entity, "split", alias, None, False))
    else:
        send(entity, action, entity.name, None, everywhere)


def _ask(asker: Widget, screen: EntityChoice, then: Callable[[str], None]) -> None:
    def chosen(value: str | None) -> None:
        if value is not None:
            then(value)

    asker.app.push_screen(screen, chosen)
