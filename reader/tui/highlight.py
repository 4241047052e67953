"""Entity types, their colours, and article text styled by span offsets (never markup)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass

from rich.style import Style
from rich.text import Text
from textual.color import Color, ColorParseError

from reader.model import EntitySpan
from reader.text import shown_line, shown_text


@dataclass(frozen=True, slots=True)
class EntityType:
    """A group of spaCy labels shown in one colour and toggled by one key."""

    key: str
    name: str
    description: str
    labels: frozenset[str]
    # 4.5:1 or more on each theme's page, cursor and bookmark backgrounds, and apart from each
    # other also in 256 and in 16 colours (each type its own ANSI colour): test_tui_contrast.
    dark: str  # readable on dark backgrounds
    light: str  # readable on light backgrounds


ENTITY_TYPES: tuple[EntityType, ...] = (
    EntityType("PERSON", "Person", "people", frozenset({"PERSON"}), "#f4a85c", "#a42800"),
    EntityType("ORG", "Org", "organisations", frozenset({"ORG"}), "#7cc0fc", "#303898"),
    EntityType("PLACE", "Place", "places (GPE, LOC)", frozenset({"GPE", "LOC"}), "#7ce088", "#046420"),
    EntityType("NORP", "Group", "nationalities, religious and political groups", frozenset({"NORP"}), "#e8a0fc", "#6814ec"),
    EntityType("DATE", "Date", "dates and times", frozenset({"DATE", "TIME"}), "#f0c42c", "#745000"),
    EntityType("EVENT", "Event", "named events", frozenset({"EVENT"}), "#fcc4d4", "#a81458"),
    EntityType("NUMBER", "Amount", "money, percentages, quantities", frozenset({"MONEY", "PERCENT", "QUANTITY"}), "#2cd4d4", "#005898"),
    EntityType("OTHER", "Other", "everything else (works, laws, products, ...)", frozenset(), "#c0b8a4", "#605448"),
)
_BY_KEY = {kind.key: kind for kind in ENTITY_TYPES}
_BY_LABEL = {label: kind for kind in ENTITY_TYPES for label in kind.labels}
OTHER = _BY_KEY["OTHER"]
# The rest of en_core_web_sm's labels: all shown as OTHER.
OTHER_LABELS = frozenset({"FAC", "PRODUCT", "WORK_OF_ART", "LAW", "LANGUAGE", "CARDINAL", "ORDINAL"})


def entity_type(label: str) -> EntityType:
    return _BY_LABEL.get(label.upper(), OTHER)


def type_for_name(name: str) -> EntityType | None:
    """The type a config name means: a group key ('PLACE') or a spaCy label ('GPE', 'WORK_OF_ART')."""
    name = name.strip().upper()
    if name in _BY_KEY:
        return _BY_KEY[name]
    if name in _BY_LABEL:
        return _BY_LABEL[name]
    return OTHER if name in OTHER_LABELS else None


def parse_colour(value: str) -> Color:
    """A colour from the config; raises ValueError with a readable reason."""
    try:
        return Color.parse(value.strip())
    except ColorParseError as error:
        raise ValueError(f"{value!r} is not a colour (try a name like 'orange' or '#ff8800')") from error


def entity_styles(dark: bool, overrides: Mapping[str, str] = {}) -> dict[str, Style]:
    """Type key -> the style of its mentions in this theme; overrides are type key -> colour."""
    styles = {}
    for kind in ENTITY_TYPES:
        colour = overrides.get(kind.key) or (kind.dark if dark else kind.light)
        styles[kind.key] = Style(color=parse_colour(colour).rich_color)
    return styles


def selected_style(style: Style) -> Style:
    """Mentions of the selected entity: the type colour as a background."""
    return Style(reverse=True, bold=True) + style


def display_text(text: str) -> str:
    """Outside text made safe for one cell per character: no escapes, no controls, no tabs,
    bidi and zero-width characters shown as markers."""
    return shown_text(text).text


def display_line(text: str) -> str:
    """`display_text` on one line: for titles, bylines, sources, names."""
    return shown_line(text)


def _pieces(text: str, spans: Iterable[EntitySpan]) -> Iterator[tuple[str, EntitySpan | None]]:
    """The shown `text` cut at every usable span edge.

    Spans index the stored text; the shown text may be shorter (escapes removed) or longer
    (markers for bidi and zero-width characters), so each edge goes through the offset map.
    Cutting at every edge, whatever is styled, keeps the plain text the same for every styling.
    """
    shown = shown_text(text)
    plain = shown.text
    stored_position = position = 0
    for span in sorted(spans, key=lambda s: (s.start, s.end)):
        if span.start < stored_position or span.end > len(text) or span.start >= span.end:
            continue  # overlapping or out of range: leave the text plain there
        start, end = shown.shown(span.start), shown.shown(span.end)
        if start >= end:
            continue  # nothing of it is shown
        yield plain[position:start], None
        yield plain[start:end], span
        stored_position, position = span.end, end
    yield plain[position:], None


def plain_block(text: str, spans: Iterable[EntitySpan]) -> str:
    """The characters `styled_block` shows, without building styles."""
    return "".join(piece for piece, _span in _pieces(text, spans))


def styled_block(
    text: str,
    spans: Iterable[EntitySpan],
    styles: Mapping[str, Style],
    hidden: frozenset[str] | set[str] = frozenset(),
    selected: str | None = None,
    base: Style | None = None,
) -> Text:
    """`text` with each entity mention in its type's style; `selected` (a canonical name) marked."""
    selected_key = selected.casefold() if selected else None
    result = Text(style=base or "", end="")
    for piece, span in _pieces(text, spans):
        style: Style | None = None
        if span is not None:
            kind = entity_type(span.label)
            if selected_key is not None and span.canonical.casefold() == selected_key:
                style = selected_style(styles.get(kind.key, Style()))
            elif kind.key not in hidden:
                style = styles.get(kind.key)
        result.append(piece, style)
    return result


@dataclass(frozen=True, slots=True)
class PassageStyles:
    """What goes over the entity colours of a passage (backgrounds and text styles only)."""

    cursor: Style  # the sentence under the cursor
    bookmark: Style
    bookmark_cursor: Style  # bookmarked text under the cursor
    match: Style
    current_match: Style


def mark_passage(
    text: Text,
    styles: PassageStyles,
    cursor: object,
    bookmarks: Iterable[tuple[int, int]],
    matches: Iterable[tuple[int, int, bool]],
) -> Text:
    """Layer the cursor, bookmarks and find matches over `text`'s entity colours, in place.

    Layers only add what the ones below lack: entity colours are foregrounds, the cursor
    and bookmarks backgrounds (a bookmark under the cursor a stronger tint), matches an
    underline (the current one reversed), so every layer stays visible where they overlap.
    `cursor` is "passage" (the whole text), a sentence's (start, end), or None.
    """
    if isinstance(cursor, tuple):
        text.stylize(styles.cursor, *cursor)
    for start, end in bookmarks:
        text.stylize(styles.bookmark, start, end)
        if cursor == "passage":
            text.stylize(styles.bookmark_cursor, start, end)
        elif isinstance(cursor, tuple) and max(start, cursor[0]) < min(end, cursor[1]):
            text.stylize(styles.bookmark_cursor, max(start, cursor[0]), min(end, cursor[1]))
    for start, end, current in matches:
        text.stylize(styles.current_match if current else styles.match, start, end)
    return text
