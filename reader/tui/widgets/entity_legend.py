"""Which colour is which entity type, which key toggles it, and which are switched off."""

from __future__ import annotations

from textual.content import Content
from textual.style import Style

from reader.tui.highlight import ENTITY_TYPES, entity_styles
from reader.tui.widgets.fitted_line import FittedLine


def legend_forms(hidden: frozenset[str], dark: bool, colours: dict[str, str]) -> list[Content]:
    """The legend from its widest form to its narrowest: names spaced out, names, the first
    three letters, the keys alone (each in its type's colour)."""
    styles = entity_styles(dark, colours)
    forms = []
    for spacing, letters in (("  ", None), (" ", None), (" ", 3), (" ", 0)):
        parts = []
        for number, kind in enumerate(ENTITY_TYPES, 1):
            name = kind.name[:letters] if letters is not None else kind.name
            if kind.key in hidden:
                parts.append(Content.styled(f"{number} {name}".strip(), "$text-disabled strike"))
            elif name:
                style = Style.from_rich_style(styles[kind.key])
                parts.append(Content.assemble((f"{number} ", "$text-muted"), (name, style)))
            else:
                parts.append(Content.styled(str(number), Style.from_rich_style(styles[kind.key])))
        forms.append(Content(spacing).join(parts))
    return forms


class EntityLegend(FittedLine):
    DEFAULT_CSS = """
    EntityLegend {
        padding: 0 1 0 4;
        background: $surface;
    }
    """

    def show(self, hidden: frozenset[str], dark: bool, colours: dict[str, str]) -> None:
        self.show_forms(*legend_forms(hidden, dark, colours))
