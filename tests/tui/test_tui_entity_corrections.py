"""Correcting entities from the entity panel (Pilot): the article, the panel and the store agree."""

from __future__ import annotations

from pilot import choose, settled

from reader.tui.app import ReaderApp
from reader.tui.screens.reading import ReadingScreen
from reader.tui.widgets.entity_panel import EntityPanel

WIDE = (120, 40)


def prompts(panel: EntityPanel) -> list[str]:
    return [str(panel.get_option_at_index(i).prompt) for i in range(panel.option_count)]


async def open_panel(app: ReaderApp, pilot) -> EntityPanel:
    await pilot.press("enter", "e")
    await settled(app, pilot)
    return app.screen.query_one(EntityPanel)


async def test_the_panel_says_in_how_many_other_articles_an_entity_appears(sample_library):
    app = ReaderApp(sample_library)
    async with app.run_test(size=WIDE) as pilot:
        panel = await open_panel(app, pilot)
        shown = prompts(panel)
        # The two notes do not fit on one line of the panel at 120 columns: a line each.
        assert shown[1] == "  Maria Lindqvist  2×\n    in 1 other article\n    also Lindqvist"
        assert "  Kestrel Bay  3×\n    in 1 other article" in shown
        assert any(p == "  Tomasz Novak  1×" for p in shown)


async def test_l_changes_the_type_in_this_article_and_u_undoes_it(sample_library):
    app = ReaderApp(sample_library)
    async with app.run_test(size=WIDE) as pilot:
        panel = await open_panel(app, pilot)
        article_id = app.screen.article_view.article.id
        await pilot.press("l")
        await choose(app, pilot, "ORG")
        assert isinstance(app.screen, ReadingScreen)
        spans = app.screen.article_view.article.entities
        assert {s.label for s in spans if s.canonical == "Maria Lindqvist"} == {"ORG"}
        shown = prompts(panel)
        maria = next(i for i, p in enumerate(shown) if p.startswith("  Maria Lindqvist  2×"))
        assert shown.index("● ORG") < maria < shown.index("● PLACE")
        # The same entity stays highlighted, under its new type.
        assert panel.highlighted_entity.name == "Maria Lindqvist"
        assert panel.highlighted_entity.label == "ORG"
        (stored,) = sample_library.corrections()
        assert (stored.action, stored.article_id, stored.label) == ("relabel", article_id, "ORG")
        await pilot.press("u")
        await settled(app, pilot)
        assert sample_library.corrections() == []
        spans = app.screen.article_view.article.entities
        assert {s.label for s in spans if s.canonical == "Maria Lindqvist"} == {"PERSON"}


async def test_m_merges_into_an_entity_picked_from_the_article(sample_library):
    app = ReaderApp(sample_library)
    async with app.run_test(size=WIDE) as pilot:
        panel = await open_panel(app, pilot)
        await pilot.press("j")  # Tomasz Novak
        assert panel.highlighted_entity.name == "Tomasz Novak"
        await pilot.press("m")
        await choose(app, pilot, "Maria Lindqvist")
        spans = app.screen.article_view.article.entities
        assert [s.canonical for s in spans if s.text == "Tomasz Novak"] == ["Maria Lindqvist"]
        assert any(p.startswith("  Maria Lindqvist  3×") for p in prompts(panel))


async def test_x_everywhere_and_s_split(sample_library):
    app = ReaderApp(sample_library)
    async with app.run_test(size=WIDE) as pilot:
        panel = await open_panel(app, pilot)
        await pilot.press("s")  # Maria Lindqvist has one short form: Lindqvist
        await settled(app, pilot)
        assert any(p.startswith("  Lindqvist  1×") for p in prompts(panel))
        while panel.highlighted_entity.name != "Tuesday":
            await pilot.press("j")
        await pilot.press("X")
        await settled(app, pilot)
        assert not any("Tuesday" in p for p in prompts(panel))
        rates = next(s.id for s in sample_library.summaries() if s.title.startswith("Bank of"))
        assert not any(s.text == "Tuesday" for s in sample_library.article(rates).entities)
        assert [c.action for c in sample_library.corrections()] == ["split", "ignore"]


async def test_enter_lists_the_article_and_the_other_articles_the_panel_counts(sample_library):
    app = ReaderApp(sample_library)
    async with app.run_test(size=WIDE) as pilot:
        panel = await open_panel(app, pilot)
        current = app.screen.article_view.article.id
        while panel.highlighted_entity.name != "Kestrel Bay":
            await pilot.press("j")
        assert "in 1 other article" in str(panel.get_option_at_index(panel.highlighted).prompt)
        await pilot.press("enter")
        await settled(app, pilot)
        listed = {row.id for row in app.screen.rows.visible}
        marathon = next(s.id for s in sample_library.summaries() if "marathon" in s.title)
        assert listed == {current, marathon}
