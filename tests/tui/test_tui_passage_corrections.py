"""Correcting an entity from the article text (Pilot): `c` on a passage, pick one of its
entities, then the same corrections as the entity panel; the article and the store agree."""

from __future__ import annotations

from pilot import WIDE, choose, recorded_notifications, settled

from reader.tui.app import ReaderApp
from reader.tui.screens.entity_choice import EntityChoice
from reader.tui.screens.reading import ReadingScreen


def offered(app: ReaderApp) -> list[str]:
    assert isinstance(app.screen, EntityChoice)
    return [shown for _, shown in app.screen.choices]


def labels_of(app: ReaderApp, name: str) -> set[str]:
    article = app.screen.article_view.article
    return {s.label for s in article.entities + article.caption_entities if s.canonical == name}


async def test_c_lists_the_passage_entities_and_changes_the_type_of_the_one_picked(sample_library):
    app = ReaderApp(sample_library)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("enter", "c")
        await settled(app, pilot)
        assert offered(app) == ["Harbour Authority  (ORG)", "Tuesday  (DATE)", "Kestrel Bay  (GPE)",
                                "the 1990s  (DATE)"]
        await choose(app, pilot, "2")  # Kestrel Bay
        assert app.screen.box_title == "Correct Kestrel Bay"
        assert "Split a short form off it" not in offered(app)  # nothing is folded into it
        await choose(app, pilot, "relabel")
        await choose(app, pilot, "LOC")
        assert isinstance(app.screen, ReadingScreen)
        assert labels_of(app, "Kestrel Bay") == {"LOC"}  # the caption's mention too
        article_id = app.screen.article_view.article.id
        (stored,) = sample_library.corrections()
        assert (stored.action, stored.name, stored.label, stored.article_id) == (
            "relabel", "Kestrel Bay", "LOC", article_id)
        assert app.screen.article_view.cursor == 0  # the reader stays where they were


async def test_a_passage_with_one_entity_asks_only_what_to_do_and_everywhere_holds_everywhere(sample_library):
    app = ReaderApp(sample_library)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("enter", "j", "j", "j", "c")  # "Critics say the Seaworks Act ..."
        await settled(app, pilot)
        assert app.screen.box_title == "Correct Seaworks Act"
        await choose(app, pilot, "ignore!")
        assert not labels_of(app, "Seaworks Act")
        (stored,) = sample_library.corrections()
        assert (stored.action, stored.name, stored.article_id) == ("ignore", "Seaworks Act", None)


async def test_split_and_merge_from_the_text(sample_library):
    app = ReaderApp(sample_library)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("enter", "j", "j", "c")  # "... Lindqvist said. Norwegian operators ..."
        await settled(app, pilot)
        assert offered(app) == ["Lindqvist  (Maria Lindqvist, PERSON)", "Norwegian  (NORP)", "North Sea  (LOC)"]
        await choose(app, pilot, "0")
        await choose(app, pilot, "split")  # one short form: no further question
        spans = app.screen.article_view.article.entities
        assert [s.canonical for s in spans if s.text == "Lindqvist"] == ["Lindqvist"]
        await pilot.press("j", "j", "c")  # "Tomasz Novak, a fisherman, ... Kestrel Bay."
        await settled(app, pilot)
        await choose(app, pilot, "0")  # Tomasz Novak
        await choose(app, pilot, "merge")
        await choose(app, pilot, "Maria Lindqvist")
        spans = app.screen.article_view.article.entities
        assert [s.canonical for s in spans if s.text == "Tomasz Novak"] == ["Maria Lindqvist"]
        assert [c.action for c in sample_library.corrections()] == ["split", "merge"]


async def test_a_caption_entity_can_be_corrected_and_escape_changes_nothing(sample_library):
    app = ReaderApp(sample_library)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("enter", "G", "c")  # the caption: "... in Kestrel Bay. (Reuters)"
        await settled(app, pilot)
        assert app.screen.box_title == "Correct Kestrel Bay"
        await pilot.press("escape")
        await settled(app, pilot)
        assert isinstance(app.screen, ReadingScreen) and sample_library.corrections() == []


async def test_a_passage_without_entities_says_so(sample_library):
    app = ReaderApp(sample_library)
    async with app.run_test(size=WIDE) as pilot:
        messages = recorded_notifications(app)
        await pilot.press("j", "j", "j", "enter", "c")  # the glaciers: no entity found
        await settled(app, pilot)
        assert isinstance(app.screen, ReadingScreen)
        assert messages[-1] == ("No entity in this passage.", "information")
