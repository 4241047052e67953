"""The TUI's plain logic: wrapping, rows, help grouping, colours (no app running)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from rich.cells import cell_len
from textual.binding import ActiveBinding, Binding

from reader.model import ArticleSummary, ReadingState
from reader.search import QueryError
from reader.store import FailedItem, ImportReport
from reader.tui.formatting import long_date, short_date, thousands
from reader.tui.highlight import ENTITY_TYPES, entity_styles, entity_type, type_for_name
from reader.tui.library_rows import EntityFilter, LibraryRows, Listing
from reader.tui.widgets.library_header import header_content
from reader.tui.screens.help import help_groups
from reader.tui.widgets.import_status import import_summary
from reader.tui.wrap import wrap_offsets


def lines(text: str, width: int) -> list[str]:
    return [text[start:end] for start, end in wrap_offsets(text, width)]


def test_wrapping_breaks_between_words_and_keeps_offsets():
    assert lines("the quick brown fox", 10) == ["the quick", "brown fox"]
    assert lines("a\n\nb", 10) == ["a", "", "b"]
    assert lines("", 10) == [""]
    assert lines("abcdefghijkl xy", 5) == ["abcde", "fghij", "kl xy"]
    assert lines("日本語の記事です", 6) == ["日本語", "の記事", "です"]


@given(st.text(alphabet=st.sampled_from("ab  \n日é"), max_size=80), st.integers(1, 30))
def test_wrapped_lines_fit_and_lose_only_spaces(text, width):
    offsets = wrap_offsets(text, width)
    kept = []
    for start, end in offsets:
        assert cell_len(text[start:end]) <= max(width, 2)
        kept.append(text[start:end])
    assert "".join(kept).replace(" ", "").replace("\n", "") == text.replace(" ", "").replace("\n", "")


def summary(n: int, title: str, source: str | None, published: str | None) -> ArticleSummary:
    return ArticleSummary(id=f"id{n}", key=f"k{n}", title=title, source=source, published=published,
                          added="2026-01-01T00:00:00+00:00", byline="By Someone")


ROWS = [
    summary(1, "Zebra crossing", "B Daily", "2026-11-02T08:00:00+00:00"),
    summary(2, "apple harvest", "A Times", "2026-11-03T08:00:00+00:00"),
    summary(3, "Middle road", None, "2026-11-01T08:00:00+00:00"),
    summary(4, "Beta launch\x1b[31m", "A Times", "2026-11-04T08:00:00+00:00"),
]


def test_rows_sort_by_date_title_and_source():
    rows = LibraryRows(ROWS)
    assert [r.id for r in rows.visible] == ["id4", "id2", "id1", "id3"]
    rows.next_sort_order()
    assert [r.title for r in rows.visible] == ["apple harvest", "Beta launch", "Middle road", "Zebra crossing"]
    rows.next_sort_order()
    assert [r.id for r in rows.visible] == ["id4", "id2", "id1", "id3"]  # A Times newest first, no source last
    assert rows.next_sort_order() == "date"


def test_rows_filter_by_query_and_entity():
    matches = {"times zebra": [], '"a times"': ["id2", "id4"], "koro": ["id3"]}
    rows = LibraryRows(ROWS, states={"id1": ReadingState("id1", read=True)}, find=matches.__getitem__)
    assert rows.total == 4 and rows.unread == 3
    rows.set_query("times zebra")
    assert rows.visible == [] and rows.filtered
    rows.set_query('"a times"')
    assert [r.id for r in rows.visible] == ["id4", "id2"]  # in the list's order
    rows.set_query("koro")
    assert [r.id for r in rows.visible] == ["id3"]
    rows.set_query("")
    rows.set_entity(EntityFilter("Tokyo", "GPE", frozenset({"id1", "id3"})))
    assert [r.id for r in rows.visible] == ["id1", "id3"] and rows.filtered


def test_a_query_shows_its_matches_in_each_sort_order():
    rows = LibraryRows(ROWS, find=lambda query: {"id1", "id2", "id4"})
    rows.set_query("a")
    assert [r.id for r in rows.visible] == ["id4", "id2", "id1"]
    rows.next_sort_order()
    assert [r.title for r in rows.visible] == ["apple harvest", "Beta launch", "Zebra crossing"]
    listing = Listing.of(ROWS)
    listing.ids_in("date")  # made for another order than the one shown
    rows.complete_with(listing)
    assert [r.title for r in rows.visible] == ["apple harvest", "Beta launch", "Zebra crossing"]
    rows.next_sort_order()
    assert [r.id for r in rows.visible] == ["id4", "id2", "id1"]  # A Times newest first


def test_a_malformed_query_keeps_the_rows_and_says_why():
    def find(query):
        if query == '"open':
            raise QueryError("this quote is never closed", 0)
        return ["id1"]

    rows = LibraryRows(ROWS, find=find)
    rows.set_query("zebra")
    rows.set_query('"open')
    assert [r.id for r in rows.visible] == ["id1"]
    assert rows.query_error == "this quote is never closed (column 1)"
    rows.set_query("zebra")
    assert rows.query_error is None


def test_numbers_and_dates_read_well():
    assert thousands(10000) == "10,000"
    assert short_date("2026-11-02T08:00:00+00:00") == "02 Nov 2026"
    assert long_date("2026-11-02T08:00:00+00:00") == "2 Nov 2026, 08:00"
    assert long_date("2026-11-02") == "2 Nov 2026"
    assert short_date(None) == short_date("garbage") == ""


def test_entity_types_cover_the_labels_and_differ_per_theme():
    assert entity_type("GPE").key == entity_type("LOC").key == "PLACE"
    assert entity_type("MONEY").key == "NUMBER" and entity_type("WORK_OF_ART").key == "OTHER"
    assert type_for_name("date").key == "DATE" and type_for_name("PERSN") is None
    dark, light = entity_styles(True), entity_styles(False)
    assert len({str(s.color) for s in dark.values()}) == len(ENTITY_TYPES)
    assert all(dark[k] != light[k] for k in dark)
    assert str(entity_styles(True, {"PERSON": "red"})["PERSON"].color) != str(dark["PERSON"].color)


def test_help_groups_merge_keys_per_action_and_skip_system_bindings():
    class Node:
        BINDING_GROUP_TITLE = "Library list"

    node = Node()
    active = {
        "j": ActiveBinding(node, Binding("j", "cursor_down", "Next article", tooltip="Down"), True),
        "down": ActiveBinding(node, Binding("down", "cursor_down", "Next article", tooltip="Down"), True),
        "ctrl+c": ActiveBinding(node, Binding("ctrl+c", "help_quit", system=True), True),
    }
    (group,) = help_groups(active, lambda binding: binding.key)
    assert group.title == "Library list"
    assert [(e.keys, e.description) for e in group.entries] == [(["j", "down"], "Next article")]


def test_the_import_summary_counts_and_names_failures():
    report = ImportReport(failed=[FailedItem(f"bad{n}.txt", "no such file") for n in range(7)])
    message, title, severity = import_summary(report)
    assert message.splitlines()[0] == "0 imported · 0 updated · 0 duplicates · 7 failed"
    assert "bad0.txt: no such file" in message and "…and 2 more" in message
    assert severity == "warning" and title == "Import finished"


def test_a_query_typed_before_the_rest_of_the_rows_arrive_counts_every_match():
    asked = []

    def find(query):
        asked.append(query)
        return {"id1", "id2", "id3"}

    newest = [ROWS[3], ROWS[1]]  # the head: only the newest rows so far
    rows = LibraryRows(newest, expected_total=len(ROWS), find=find)
    rows.set_query("a")
    assert [r.id for r in rows.visible] == ["id2"]  # the newest match, at the top as it will stay
    assert "3 of 4 articles" in header_content(rows).plain  # not "1 of 4": the matches not yet listed count
    rows.complete_with(Listing.of(ROWS))
    assert [r.id for r in rows.visible] == ["id2", "id1", "id3"]
    assert "3 of 4 articles" in header_content(rows).plain
    assert asked == ["a"]  # the same library: the rest of the rows need no new query
