"""Every text reads on its background (WCAG AA, 4.5:1) in both themes, and the entity colours
stay apart when a terminal has only 256 or 16 colours.

Contrast and colour distance come from coloraide, not from the app's own arithmetic.
"""

from __future__ import annotations

from itertools import combinations

import pytest
from coloraide import Color
from rich.color import Color as RichColor, ColorSystem
from pilot import NARROW, WIDE, article_id, reading
from textual.screen import ModalScreen

from reader.tui.app import DARK_THEME, LIGHT_THEME, ReaderApp
from reader.tui.contrast import TEXT_VARIABLES
from reader.tui.highlight import ENTITY_TYPES, entity_styles

AA = 4.5
THEMES = (DARK_THEME, LIGHT_THEME)
# CIEDE2000: about 2 is the smallest difference people notice; 12 is plainly another colour.
APART = 12


def contrast(first: str, second: str) -> float:
    return Color(first).contrast(second, method="wcag21")


def is_drawing(text: str) -> bool:
    """Box-drawing and block characters: borders, scrollbars, gutters (not text to read)."""
    return all(0x2500 <= ord(character) <= 0x259F for character in text.strip())


def unreadable(app: ReaderApp) -> set[tuple[float, str, str, str]]:
    """(contrast, text colour, background, text) of each piece of text on screen under AA.

    In a dialog only the dialog counts: the screen behind it is dimmed on purpose.
    """
    screen = app.screen
    area = screen.children[0].region if isinstance(screen, ModalScreen) else screen.region
    found = set()
    for y, strip in enumerate(screen._compositor.render_strips()):
        x = 0
        for segment in strip:
            text, style = segment.text, segment.style
            inside = area.y <= y < area.bottom and area.x <= x < area.right
            x += segment.cell_length
            if not inside or style is None or not text.strip() or is_drawing(text):
                continue
            colour, background = style.color, style.bgcolor
            if style.reverse:
                colour, background = background, colour
            first, second = colour.get_truecolor().hex, background.get_truecolor().hex
            ratio = contrast(first, second)
            if ratio < AA:
                found.add((round(ratio, 2), first, second, text.strip()[:30]))
    return found


@pytest.mark.parametrize("size", [WIDE, NARROW], ids=["120x40", "80x24"])
@pytest.mark.parametrize("theme", THEMES)
async def test_every_text_on_every_screen_reaches_aa(sample_library, theme, size):
    harbour = article_id(sample_library, "Harbour Authority approves")
    sample_library.add_bookmark(harbour, 1)
    sample_library.add_note(harbour, "Who pays?", paragraph=2)
    app = ReaderApp(sample_library)
    async with app.run_test(size=size) as pilot:
        app.theme = theme
        await pilot.pause()
        seen = {"list": unreadable(app)}
        # An article with every entity type, a bookmark under the cursor, a note and a find.
        await pilot.press("enter", "j", "slash", *"the", "enter", "k")
        seen["article"] = unreadable(app)
        await pilot.press("e", "j", "j")
        seen["entity panel"] = unreadable(app)
        await pilot.press("escape", "m")
        seen["notes panel"] = unreadable(app)
        await pilot.press("escape", "a")
        seen["note editor"] = unreadable(app)
        await pilot.press("escape", "q", "B")
        seen["marked"] = unreadable(app)
        await pilot.press("slash", *"who")
        seen["marked, filtered"] = unreadable(app)
        await pilot.press("escape", "escape", "question_mark")
        seen["help"] = unreadable(app)
        await pilot.press("escape", "i")
        seen["import"] = unreadable(app)
    assert {where: found for where, found in seen.items() if found} == {}


async def test_theme_text_colours_and_entity_colours_reach_aa_on_their_backgrounds(sample_library):
    """From the app's CSS variables and the article's own backgrounds, every entity type
    included (the screens above show only the types their article has)."""
    app = ReaderApp(sample_library)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("enter")
        view = reading(app).article_view
        for theme in THEMES:
            app.theme = theme
            await pilot.pause()
            variables = app.get_css_variables()
            backgrounds = {name: variables[name] for name in ("background", "surface", "panel",
                                                             "footer-background", "block-cursor-background")}
            texts = {name: variables[name] for name in TEXT_VARIABLES}
            for (text, colour), (where, background) in zip(
                [*texts.items()] * len(backgrounds), [b for b in backgrounds.items() for _ in texts]
            ):
                assert contrast(colour, background) >= AA, (theme, text, where)
            page = {
                part: view.get_component_rich_style(f"article-view--{part}").bgcolor.get_truecolor().hex
                for part in ("cursor", "bookmark", "bookmark-cursor")
            }
            page["page"] = view.rich_style.bgcolor.get_truecolor().hex
            for kind, style in entity_styles(app.current_theme.dark).items():
                colour = style.color.get_truecolor().hex
                for where, background in page.items():
                    assert contrast(colour, background) >= AA, (theme, kind, where)


@pytest.mark.parametrize("dark", [True, False], ids=["dark", "light"])
def test_entity_colours_stay_apart_in_256_and_in_16_colours(dark):
    palette = {kind.name: kind.dark if dark else kind.light for kind in ENTITY_TYPES}

    def reduced(colour: str, system: ColorSystem) -> RichColor:
        return RichColor.parse(colour).downgrade(system)

    for system in (ColorSystem.EIGHT_BIT, ColorSystem.STANDARD):
        shown = {name: reduced(colour, system) for name, colour in palette.items()}
        for (first, a), (second, b) in combinations(shown.items(), 2):
            if system == ColorSystem.STANDARD:  # 16 colours: each type its own
                assert a.number != b.number, (system, first, second)
            else:
                distance = Color(a.get_truecolor().hex).delta_e(b.get_truecolor().hex, method="2000")
                assert distance >= APART, (system, first, second, distance)
