"""Annotations through the Library: spans, toggling, listing everything marked, has: filters."""

from __future__ import annotations

import json

import pytest
from builders import article, small_library

from reader.cli import main
from reader.search.text_filter import parse_query
from reader.store import Library, LibraryError
from reader.tui.library_rows import LibraryRows


def test_a_bookmark_on_a_sentence_keeps_its_span(tmp_path):
    library, (article_id, *_) = small_library(tmp_path)
    mark = library.add_bookmark(article_id, 0, 0, 12)
    (stored,) = Library(tmp_path).bookmarks(article_id)
    assert stored.anchor.exact == "Jan Kowalski" == mark.anchor.exact
    assert (stored.anchor.start, stored.anchor.end) == (0, 12)
    with pytest.raises(LibraryError, match="empty"):
        library.add_bookmark(article_id, 0, 3, 3)


def test_toggle_removes_the_bookmarks_touching_the_span_and_only_those(tmp_path):
    library, (article_id, *_) = small_library(tmp_path)
    first = library.toggle_bookmark(article_id, 0, 0, 12)
    second = library.toggle_bookmark(article_id, 0, 22, 28)
    assert first and second and second.anchor.exact == "Warsaw"
    assert library.toggle_bookmark(article_id, 0, 5, 9) is None  # inside "Jan Kowalski"
    assert [b.anchor.exact for b in library.bookmarks(article_id)] == ["Warsaw"]
    assert library.toggle_bookmark(article_id, 0) is None  # the whole passage touches "Warsaw"
    assert library.bookmarks(article_id) == []


def test_marked_passages_lists_everything_newest_first_without_reading_bodies(tmp_path, monkeypatch):
    library, ids = small_library(tmp_path)
    library.add_bookmark(ids[0], 1)
    library.add_note(ids[1], "about the whole article")
    library.add_note(ids[2], "on a sentence", paragraph=0, start=0, end=12)
    monkeypatch.setattr(Library, "body", lambda self, i: pytest.fail("read a body"))
    marked = library.marked_passages()
    assert len(marked) == 3
    assert [m.created for m in marked] == sorted((m.created for m in marked), reverse=True)
    by_kind = {(m.kind, m.article_title, m.note) for m in marked}
    assert ("bookmark", "Article number 0", None) in by_kind
    assert ("note", "Article number 1", "about the whole article") in by_kind
    sentence = next(m for m in marked if m.note == "on a sentence")
    assert sentence.quote == "Jan Kowalski" and not sentence.orphaned
    assert (sentence.paragraph, sentence.start, sentence.end) == (0, 0, 12)
    titles = {ids[0]: "Given title"}
    assert {m.article_title for m in library.marked_passages(titles)} >= {"Given title"}


def test_orphaned_annotations_are_listed_flagged(tmp_path):
    library, (article_id,) = small_library(tmp_path, count=1)
    library.add_note(article_id, "about the closing line", paragraph=2)
    library.add_articles([(article("https://news.example/0", "Article number 0", ["New text."]), "t")])
    (item,) = library.marked_passages()
    assert item.orphaned and item.quote == "A closing paragraph for article 0."


def test_two_writers_on_one_library_keep_each_others_notes(tmp_path):
    """The app and `reader note` in another shell: each write re-reads the annotations file."""
    app_side, (article_id, *_) = small_library(tmp_path)
    shell_side = Library(tmp_path)
    app_side.add_note(article_id, "from the app", paragraph=0)
    shell_side.add_note(article_id, "from the shell", paragraph=1)
    app_side.toggle_bookmark(article_id, 2)
    shell_side.add_bookmark(article_id, 0)
    fresh = Library(tmp_path)
    assert {n.text for n in fresh.notes(article_id)} == {"from the app", "from the shell"}
    assert len(fresh.bookmarks(article_id)) == 2


def test_has_filters_parse_apart_from_words():
    query = parse_query('has:note harbour "has:bookmark" has:Bookmarks has:nothing')
    assert query.has == {"note", "bookmark"}
    assert query.terms == ["harbour", "has:bookmark", "has:nothing"]
    assert query.accepts_counts((1, 2)) and not query.accepts_counts((0, 2))
    assert not parse_query("has:note").empty


def test_library_search_understands_has_filters(tmp_path):
    library, ids = small_library(tmp_path)
    library.add_note(ids[0], "a thought")
    library.add_bookmark(ids[1], 0)
    def found(query):
        return [hit.summary.id for hit in library.search(query).hits]

    assert found("has:note") == [ids[0]]
    assert found("has:bookmark kowalski") == [ids[1]]
    assert found("has:note has:bookmark") == []
    assert found("has:bookmark \"article number 1\"") == [ids[1]]


def test_cli_search_has_note(tmp_path, capsys):
    library, ids = small_library(tmp_path)
    library.add_note(ids[2], "a thought", paragraph=1)
    assert main(["--data-dir", str(tmp_path), "search", "has:note", "--json"]) == 0
    assert [r["id"] for r in json.loads(capsys.readouterr().out)] == [ids[2]]


def test_library_rows_filter_by_has(tmp_path):
    library, ids = small_library(tmp_path)
    library.add_note(ids[0], "a thought")
    rows = LibraryRows(library.summaries(), {}, {ids[0]: (0, 1)}, find=library.matching_ids)
    rows.set_query("has:note")
    assert [r.id for r in rows.visible] == [ids[0]]
    library.add_note(ids[1], "another")
    assert rows.set_counts(ids[1], (0, 1)) is True  # a new note shows its article at once
    assert {r.id for r in rows.visible} == {ids[0], ids[1]}
    library.add_bookmark(ids[2], 0)
    assert rows.set_counts(ids[2], (1, 0)) is False
