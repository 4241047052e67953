"""The entities of the open article, grouped by type, with how often each is mentioned."""

from __future__ import annotations

import textwrap
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass

from textual.binding import Binding
from textual.content import Content
from textual.message import Message
from textual.style import Style
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from reader.model import Article
from reader.text import without_invisible
from reader.tui.formatting import thousands
from reader.tui.highlight import ENTITY_TYPES, display_line, entity_styles, entity_type
from reader.tui.entity_questions import ask_correction
from reader.tui.key_order import on_arrival
from reader.tui.widgets.side_panel import SidePanel


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
        spelling = without_invisible(span.text)  # "Net\u200banyahu" reads as "Netanyahu"
        if spelling != span.canonical:
            spellings[key].add(spelling)
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


class EntityPanel(SidePanel[ArticleEntity]):
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
        Binding("l", "relabel(False)", "Change type", id="entities.relabel",
                tooltip="Give the entity another type, in this article (L: in every article)"),
        Binding("L", "relabel(True)", "Change type everywhere", show=False,
                id="entities.relabel_everywhere",
                tooltip="Give the entity another type in every article, and in later imports"),
        Binding("m", "merge(False)", "Merge", id="entities.merge",
                tooltip="Make the entity a mention of another one, in this article (M: everywhere)"),
        Binding("M", "merge(True)", "Merge everywhere", show=False, id="entities.merge_everywhere",
                tooltip="Make the entity a mention of another one in every article"),
        Binding("s", "split", "Split", show=False, id="entities.split",
                tooltip="Make a short form folded into this entity an entity of its own"),
        Binding("x", "ignore(False)", "Not an entity", id="entities.ignore",
                tooltip="Say the name is not an entity, in this article (X: everywhere)"),
        Binding("X", "ignore(True)", "Not an entity anywhere", show=False,
                id="entities.ignore_everywhere",
                tooltip="Say the name is not an entity in any article"),
        Binding("u", "screen.undo_correction", "Undo correction", show=False,
                id="entities.undo", tooltip="Take back the last correction made to this article"),
    ])

    DEFAULT_CSS = """
    EntityPanel {
        & > .option-list--option-disabled { color: $text; }
    }
    """

    @dataclass
    class Highlighted(Message):
        entity: ArticleEntity | None

    @dataclass
    class LibraryFilterRequested(Message):
        entity: ArticleEntity

    @dataclass
    class CorrectionRequested(Message):
        """`action` as `Library.correct_entity` takes it; `value` the label or the name to merge into."""

        entity: ArticleEntity
        action: str
        name: str
        value: str | None
        everywhere: bool

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        # What it shows (article, dark, colours, elsewhere) and for which width.
        self._shown: tuple[Article, bool, dict[str, str], Callable[[str], int] | None, int] | None = None

    def on_resize(self) -> None:
        if self._shown is not None and self._shown[4] != self._width():
            highlighted = self.highlighted
            self.show(*self._shown[:4])  # wrapped again for the new width
            self.highlighted = highlighted

    def _width(self) -> int:
        """Columns for a prompt: laid out, or (the first time) what the CSS gives the panel."""
        laid_out = self.scrollable_content_region.width
        return laid_out or int(self.styles.width.value if self.styles.width else 30) - 1

    def show(
        self, article: Article, dark: bool, colours: dict[str, str],
        elsewhere: Callable[[str], int] | None = None,
    ) -> None:
        """List `article`'s entities: a heading per type, then name, count and aliases;
        `elsewhere(name)`: in how many other articles of the library it appears."""
        width = self._width()
        self._shown = (article, dark, colours, elsewhere, width)
        styles = entity_styles(dark, colours)
        keep = self.highlighted_entity
        self.clear_options()
        self.items = {}
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
            self.items[option_id] = entity
            others = elsewhere(entity.name) if elsewhere is not None else 0
            options.append(Option(self._prompt(entity, width, others), id=option_id))
        if not options:
            options.append(Option(Content("No entities were found in this article."), disabled=True))
        self.add_options(options)
        # After a correction the same entity stays highlighted, wherever it moved.
        same = next((i for i, option in enumerate(options) if keep is not None
                     and self.items.get(option.id or "", None) is not None
                     and self.items[option.id or ""].name == keep.name), None)
        first = next((i for i, option in enumerate(options) if not option.disabled), None)
        self.highlighted = same if same is not None else first

    @staticmethod
    def _prompt(entity: ArticleEntity, width: int, elsewhere: int = 0) -> Content:
        """Name and count, then where else it appears and its other spellings; long ones
        wrap under themselves."""
        width = max(width, 12)
        lines = textwrap.wrap(display_line(entity.name), width, initial_indent="  ",
                              subsequent_indent="    ") or ["  "]
        count = f"  {thousands(entity.mentions)}×"
        name = Content("\n".join(lines))
        if len(lines[-1]) + len(count) <= width:
            prompt = Content.assemble(name, Content.styled(count, "$text-muted"))
        else:
            prompt = Content.assemble(name, "\n", Content.styled("   " + count, "$text-muted"))
        notes = []
        if elsewhere:
            notes.append(f"in {thousands(elsewhere)} other article{'' if elsewhere == 1 else 's'}")
        if entity.aliases:
            notes.append("also " + ", ".join(display_line(alias) for alias in entity.aliases))
        if notes:
            # On one line when they fit together, else a line (or more) each: never cut mid-note.
            together = " · ".join(notes)
            pieces = [together] if len(together) + 4 <= width else notes
            wrapped = [line for piece in pieces
                       for line in textwrap.wrap(piece, width, initial_indent="    ", subsequent_indent="      ")]
            prompt = Content.assemble(prompt, "\n", Content.styled("\n".join(wrapped), "$text-muted italic"))
        return prompt

    @property
    def highlighted_entity(self) -> ArticleEntity | None:
        return self.highlighted_item

    def item_highlighted(self, item: ArticleEntity | None) -> None:
        self.post_message(self.Highlighted(item))

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        entity = self.items.get(event.option_id or "")
        if entity is not None:
            self.post_message(self.LibraryFilterRequested(entity))

    # -- corrections: the panel asks what is needed, the screen writes it

    def action_relabel(self, everywhere: bool) -> None:
        self._correct("relabel", everywhere)

    def action_merge(self, everywhere: bool) -> None:
        self._correct("merge", everywhere)

    def action_split(self) -> None:
        self._correct("split", False)

    def action_ignore(self, everywhere: bool) -> None:
        self._correct("ignore", everywhere)

    def _correct(self, action: str, everywhere: bool) -> None:
        entity = self.highlighted_entity
        if entity is not None:
            ask_correction(self, entity, list(self.items.values()), action, everywhere,
                           lambda *request: self.post_message(self.CorrectionRequested(*request)))
