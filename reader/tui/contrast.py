"""Theme colours nudged until text reads on every background it is drawn on (WCAG AA, 4.5:1).

The stock themes put orange on light grey, muted grey on a saturated blue cursor and the like
(down to 1.4:1). Each text colour keeps its hue and moves toward black or white only as far
as it must; the selected row's blue moves toward the surface until its text reads on it.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

from textual.color import Color

AA = 4.5
# A hair over AA: colours are rounded to whole RGB steps once written out as hex.
TARGET = AA + 0.1
BLACK, WHITE = Color(0, 0, 0), Color(255, 255, 255)

# Colours drawn as text: moved until they read on every background below.
TEXT_VARIABLES = (
    "foreground", "text-primary", "text-secondary", "text-warning", "text-error", "text-success",
    "text-accent", "footer-key-foreground", "footer-description-foreground", "footer-foreground",
)
BACKGROUND_VARIABLES = ("background", "surface", "panel", "footer-background")
# Muted text is `auto 60%` of the widget's background; ours keep it readable as muted text
# (and what is disabled only as dim as muted: it is still text people read).
MUTED = "auto 60%"


@cache  # a theme has a few dozen colours, compared some 1,700 times (each start, each switch)
def relative_luminance(colour: Color) -> float:
    """WCAG 2's relative luminance of an opaque colour."""

    def linear(channel: int) -> float:
        value = channel / 255
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    return 0.2126 * linear(colour.r) + 0.7152 * linear(colour.g) + 0.0722 * linear(colour.b)


def contrast_ratio(first: Color, second: Color) -> float:
    lighter, darker = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def muted_on(background: Color) -> Color:
    """What `auto 60%` (Textual's muted text) comes to on `background`."""
    return background + background.get_contrast_text(0.6)


def readable_on(text: Color, backgrounds: Iterable[Color], minimum: float = TARGET) -> Color:
    """`text` moved toward black or white, just far enough to reach `minimum` on every background."""
    backgrounds = list(backgrounds)

    def worst(colour: Color) -> float:
        return min(contrast_ratio(colour, background) for background in backgrounds)

    target = max((BLACK, WHITE), key=worst)
    for step in range(41):
        candidate = text.blend(target, step / 40)
        if worst(candidate) >= minimum:
            return candidate
    return target


def readable_variables(variables: dict[str, str]) -> dict[str, str]:
    """The theme's CSS variables with every text colour readable and a readable cursor row."""
    result = dict(variables)
    surface = Color.parse(variables["surface"])
    backgrounds = [Color.parse(variables[name]) for name in BACKGROUND_VARIABLES]
    backgrounds += [background + Color.parse(variables["boost"]) for background in backgrounds]
    texts = {name: readable_on(Color.parse(variables[name]), backgrounds)
             for name in TEXT_VARIABLES if name in variables}
    # The selected row: the primary colour toned toward the surface until the list's text,
    # its muted second line and its marks all read on it.
    on_rows = [*texts.values(), muted_on(surface)]
    primary = Color.parse(variables["primary"])
    for step in range(21):
        cursor = primary.blend(surface, step / 20)
        if min(contrast_ratio(text, cursor) for text in on_rows) >= TARGET:
            break
    blurred = cursor.blend(surface, 0.5)
    texts = {name: readable_on(colour, [*backgrounds, cursor, blurred]) for name, colour in texts.items()}
    result.update((name, colour.hex) for name, colour in texts.items())
    result["block-cursor-background"] = cursor.hex
    result["block-cursor-blurred-background"] = blurred.hex
    result["block-cursor-blurred-foreground"] = texts["foreground"].hex
    result["text-muted"] = result["text-disabled"] = MUTED
    return result
