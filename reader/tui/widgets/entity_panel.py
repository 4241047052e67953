"""The entities of the open article, grouped by type, with how often each is mentioned."""

from __future__ import annotations

import textwrap
from collections import Counter, defaultdict
from dataclasses import dataclass

from textual.binding import Binding
from textual.content import Content
from textual.message import Message
from textual.style import Style
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from reader.model import Article
from reader.tui.formatting import thousands
from reader.tui.highlight import ENTITY_TYPES, display_line, entity_styles, entity_type
from reader.tui.key_order import on_arrival
from reader.tui.widgets.scrolling import NO_SIDEWAYS


@dataclass(frozen=True, slots=True)
class ArticleEntity:
    name: str  # canonical: aliases folded
    label: str  # the spaCy label mentioned most
    type_key: str
    mentions: int
    aliases: tuple[str, ...]  # other spellings used in the text


def article_entities(article: Article) -> list[ArticleEntity]:
    """One entry per canonical name and type, most mentioned first within each type."""
    mentions: Counter[tuple[str, str]] = Counter()
    labels: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    spellings: dict[tuple[str, str], set[str]] = defaultdict(set)
    for span in article.entities + article.caption_entities:
        key = (span.canonical, entity_type(span.label).key)
        mentions[key] += 1
        labels[key][span.label] += 1
        if span.text != span.canonical:
            spellings[key].add(span.text)
    order = {kind.key: index for index, kind in enumerate(ENTITY_TYPES)}
    entities = [
        ArticleEntity(
            name=name,
            label=labels[(name, type_key)].most_common(1)[0][0],
            type_key=type_key,
            mentions=count,
            aliases=tuple(sorted(spellings[(name, type_key)])),
        )
        for (name, type_key), count in mentions.items()
    ]
    return sorted(entities, key=lambda e: (order[e.type_key], -e.mentions, e.name.casefold()))


class EntityPanel(OptionList):
    """Highlighting an entity marks its mentions; enter filters the library by it."""

    BINDING_GROUP_TITLE = "Entity panel"

    BINDINGS = on_arrival([
        Binding("j", "cursor_down", "Next entity", show=False, id="entities.next",
                tooltip="Highlight the next entity"),
        Binding("k", "cursor_up", "Previous entity", show=False, id="entities.previous",
                tooltip="Highlight the previous entity"),
        # Keys that move the focus are the screen's: it decides where the focus goes.
        Binding("enter", "screen.filter_by_entity", "Articles with it", id="entities.filter_library",
                tooltip="Show every article in the library that mentions this entity"),
        Binding("escape,q,e", "screen.close_entities", "Close", id="entities.close",
                tooltip="Close the entity panel"),
    ])

    DEFAULT_CSS = """
    EntityPanel {
        background: $surface;
        scrollbar-size-vertical: 1;
        & > .option-list--option-disabled { color: $text; }
    }
    """

    @dataclass
    class Highlighted(Message):
        entity: ArticleEntity | None

    @dataclass
    class LibraryFilterRequested(Message):
        entity: ArticleEntity

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.entities: dict[str, ArticleEntity] = {}
        self._shown: tuple[Article, bool, dict[str, str], int] | None = None  # and the width

    def on_resize(self) -> None:
        if self._shown is not None and self._shown[3] != self._width():
            highlighted = self.highlighted
            self.show(*self._shown[:3])  # wrapped again for the new width
            self.highlighted = highlighted

    def _width(self) -> int:
        """Columns for a prompt: laid out, or (the first time) what the CSS gives the panel."""
        laid_out = self.scrollable_content_region.width
        return laid_out or int(self.styles.width.value if self.styles.width else 30) - 1

    def show(self, article: Article, dark: bool, colours: dict[str, str]) -> None:
        """List `article`'s entities: a heading per type, then name, count and aliases."""
        width = self._width()
        self._shown = (article, dark, colours, width)
        styles = entity_styles(dark, colours)
        self.clear_options()
        self.entities = {}
        options: list[Option] = []
        current_type = None
        for index, entity in enumerate(article_entities(article)):
            if entity.type_key != current_type:
                current_type = entity.type_key
                kind = next(k for k in ENTITY_TYPES if k.key == current_type)
                style = Style.from_rich_style(styles[kind.key])
                heading = Content.assemble(("● ", style), (kind.name.upper(), style + Style(bold=True)))
                options.append(Option(heading, disabled=True))
            option_id = f"entity-{index}"
            self.entities[option_id] = entity
            options.append(Option(self._prompt(entity, width), id=option_id))
        if not options:
            options.append(Option(Content("No entities were found in this article."), disabled=True))
        self.add_options(options)
        first = next((i for i, option in enumerate(options) if not option.disabled), None)
        self.highlighted = first

    @staticmethod
    def _prompt(entity: ArticleEntity, width: int) -> Content:
        """Name and count, then the other spellings; long ones wrap under themselves."""
        width = max(width, 12)
        lines = textwrap.wrap(display_line(entity.name), width, initial_indent="  ",
                              subsequent_indent="    ") or ["  "]
        count = f"  {thousands(entity.mentions)}×"
        name = Content("\n".join(lines))
        if len(lines[-1]) + len(count) <= width:
            prompt = Content.assemble(name, Content.styled(count, "$text-muted"))
        else:
            prompt = Content.assemble(name, "\n", Content.styled("   " + count, "$text-muted"))
        if entity.aliases:
            also = "also " + ", ".join(display_line(alias) for alias in entity.aliases)
            wrapped = textwrap.wrap(also, width, initial_indent="    ", subsequent_indent="      ")
            prompt = Content.assemble(prompt, "\n", Content.styled("\n".join(wrapped), "$text-muted italic"))
        return prompt

    @property
    def highlighted_entity(self) -> ArticleEntity | None:
        if self.highlighted is None:
            return None
        return self.entities.get(self.get_option_at_index(self.highlighted).id or "")

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        event.stop()
        self.post_message(self.Highlighted(self.entities.get(event.option_id or "")))

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        entity = self.entities.get(event.option_id or "")
        if entity is not None:
            self.post_message(self.LibraryFilterRequested(entity))

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in NO_SIDEWAYS:
            return False
        return True if self.is_attached and self.display else None
