"""Which colour is which entity type, which key toggles it, and which are switched off."""

from __future__ import annotations

from textual.content import Content
from textual.style import Style

from reader.tui.highlight import ENTITY_TYPES, entity_styles
from reader.tui.widgets.short_lines import ShortLines


def legend_content(hidden: frozenset[str], dark: bool, colours: dict[str, str]) -> Content:
    styles = entity_styles(dark, colours)
    parts = []
    for number, kind in enumerate(ENTITY_TYPES, 1):
        if kind.key in hidden:
            parts.append(Content.styled(f"{number} {kind.name}", "$text-disabled strike"))
        else:
            parts.append(
                Content.assemble((f"{number} ", "$text-muted"), (kind.name, Style.from_rich_style(styles[kind.key])))
            )
    return Content("  ").join(parts)


class EntityLegend(ShortLines):
    DEFAULT_CSS = """
    EntityLegend {
        height: auto;
        max-height: 2;
        padding: 0 1 0 4;
        background: $surface;
    }
    """

    def show(self, hidden: frozenset[str], dark: bool, colours: dict[str, str]) -> None:
        self.show_content(legend_content(hidden, dark, colours))
