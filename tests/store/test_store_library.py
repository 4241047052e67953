"""The Library API: articles, annotations, reading state, re-import."""

from __future__ import annotations

import sqlite3

import pytest
from builders import article, fake_finder, small_library

from reader.store import ArticleNotFound, Library, LibraryError, PassageOutOfRange
from reader.store.index_schema import SCHEMA_VERSION


def test_articles_are_listed_without_reading_bodies(tmp_path, monkeypatch):
    library, ids = small_library(tmp_path)
    monkeypatch.setattr(Library, "body", lambda self, i: pytest.fail("listing read a body"))
    assert sorted(s.id for s in library.summaries()) == sorted(ids)
    assert {s.title for s in library.summaries()} == {f"Article number {n}" for n in range(3)}


def test_article_round_trip_keeps_entities(tmp_path):
    library, ids = small_library(tmp_path)
    stored = library.article(ids[0])
    assert stored.paragraphs[0].startswith("Jan Kowalski spoke in Warsaw")
    for span in stored.entities:
        assert stored.paragraphs[span.paragraph][span.start : span.end] == span.text
    assert {(e.text, e.canonical) for e in stored.entities} >= {
        ("Jan Kowalski", "Jan Kowalski"),
        ("Kowalski", "Jan Kowalski"),
    }


def test_same_content_twice_adds_nothing(tmp_path):
    library, _ = small_library(tmp_path)
    before = len(library.summaries())
    again = library.add_articles(
        [(article("https://other.example/x", "Article number 0", [
            "Jan Kowalski spoke in Warsaw on day 0.",
            "Kowalski said the talks would go on.",
            "A closing paragraph for article 0.",
        ]), "copy")]
    )
    assert again.counts() == {"imported": 0, "updated": 0, "duplicates": 1, "failed": 0}
    assert len(library.summaries()) == before


def test_changed_article_is_updated_and_keeps_annotations(tmp_path):
    library, ids = small_library(tmp_path, count=1)
    (article_id,) = ids
    mark = library.add_bookmark(article_id, 1)
    note = library.add_note(article_id, "check this quote", paragraph=1)
    changed = article(
        "https://news.example/0",
        "Article number 0",
        [
            "A new opening paragraph was added.",
            "Jan Kowalski spoke in Warsaw on day 0.",
            "Kowalski said the talks would go on.",
        ],
    )
    report = library.add_articles([(changed, "test-0")])
    assert report.counts()["updated"] == 1
    assert library.summaries()[0].paragraph_count == 3
    (moved_mark,) = library.bookmarks(article_id)
    (moved_note,) = library.notes(article_id)
    assert moved_mark.id == mark.id and moved_note.id == note.id
    assert moved_mark.anchor.paragraph == 2 and moved_note.anchor.paragraph == 2
    assert moved_note.anchor.exact == "Kowalski said the talks would go on."
    assert not moved_note.orphaned


def test_annotation_whose_quote_is_gone_is_kept_as_orphaned(tmp_path):
    library, (article_id,) = small_library(tmp_path, count=1)
    library.add_note(article_id, "about the closing line", paragraph=2)
    rewritten = article("https://news.example/0", "Article number 0", ["Entirely new text."])
    library.add_articles([(rewritten, "test-0")])
    (note,) = library.notes(article_id)
    assert note.orphaned
    assert note.anchor.exact == "A closing paragraph for article 0."


def test_notes_edit_delete_and_restore(tmp_path):
    library, (article_id, *_) = small_library(tmp_path)
    note = library.add_note(article_id, "first thought", paragraph=0)
    article_note = library.add_note(article_id, "about the whole piece")
    assert article_note.anchor is None
    library.edit_note(note.id, "second thought")
    assert {n.text for n in library.notes(article_id)} == {"second thought", "about the whole piece"}
    deleted = library.delete_note(note.id)
    assert [n.id for n in library.notes(article_id)] == [article_note.id]
    library.restore_note(deleted)
    assert {n.text for n in library.notes(article_id)} == {"second thought", "about the whole piece"}
    assert library.annotation_counts()[article_id] == (0, 2)


def test_toggle_bookmark_on_and_off(tmp_path):
    library, (article_id, *_) = small_library(tmp_path)
    added = library.toggle_bookmark(article_id, 1)
    assert added is not None and added.anchor.exact == "Kowalski said the talks would go on."
    assert library.toggle_bookmark(article_id, 1) is None
    assert library.bookmarks(article_id) == []


def test_bad_requests_raise_clear_errors(tmp_path):
    library, (article_id, *_) = small_library(tmp_path)
    with pytest.raises(PassageOutOfRange, match="passages 1 to 3; there is no passage 8"):
        library.add_note(article_id, "x", paragraph=7)
    with pytest.raises(ArticleNotFound):
        library.add_note("ffffffffffff", "x")
    with pytest.raises(LibraryError, match="needs some text"):
        library.add_note(article_id, "   ")


def test_ids_resolve_from_unique_prefixes(tmp_path):
    library, ids = small_library(tmp_path)
    assert library.resolve_id(ids[0]) == ids[0]
    assert library.resolve_id(ids[1][:6]) == ids[1]
    with pytest.raises(ArticleNotFound):
        library.resolve_id("zzzz")


def test_reading_state_is_remembered(tmp_path):
    library, (article_id, *_) = small_library(tmp_path)
    library.mark_read(article_id)
    library.remember_position(article_id, 2)
    state = Library(tmp_path).reading_states()[article_id]
    assert state.read and state.position == 2
    library.mark_read(article_id, read=False)
    assert not Library(tmp_path).reading_states()[article_id].read


def found(library, query):
    return [hit.summary.id for hit in library.search(query).hits]


def test_search_matches_title_entities_and_body(tmp_path):
    library, ids = small_library(tmp_path)
    assert library.search("kowalski").total == 3
    assert found(library, '"article number 1"') == [ids[1]]
    assert found(library, "closing paragraph for article 2") == [ids[2]]
    assert found(library, "nothing-like-this") == []


def test_entities_are_looked_up_by_canonical_name(tmp_path):
    library, ids = small_library(tmp_path)
    assert library.articles_mentioning("jan kowalski") == set(ids)
    assert ("Jan Kowalski", "PERSON", 2) in library.entities_of(ids[0])


def test_a_note_does_not_rewrite_article_files(tmp_path):
    library, (article_id, *_) = small_library(tmp_path)
    watched = [library.files.shard(article_id), library.files.body(article_id)]
    before = [(p.stat().st_mtime_ns, p.stat().st_ino) for p in watched]
    library.add_note(article_id, "only annotations change", paragraph=0)
    library.add_bookmark(article_id, 1)
    assert [(p.stat().st_mtime_ns, p.stat().st_ino) for p in watched] == before


def test_fake_finder_offsets_are_consistent():
    (paragraph_spans, _), = fake_finder([(["Kowalski met Jan Kowalski in Warsaw."], [])])
    assert [(s.text, s.start) for s in paragraph_spans] == [
        ("Kowalski", 0),
        ("Jan Kowalski", 13),
        ("Warsaw", 29),
    ]


def test_the_index_serves_summaries_without_parsing_the_metadata_file(tmp_path, monkeypatch):
    library, ids = small_library(tmp_path)
    monkeypatch.setattr(
        "reader.store.article_shards.read_tables", lambda path: pytest.fail(f"parsed {path}")
    )
    assert sorted(s.id for s in Library(tmp_path).summaries()) == sorted(ids)


def test_a_stale_damaged_or_missing_index_is_rebuilt_on_the_next_read(tmp_path):
    library, ids = small_library(tmp_path)
    index = library.files.index
    saved = tmp_path / "saved.sqlite3"
    with sqlite3.connect(index) as source, sqlite3.connect(saved) as copy:
        source.backup(copy)
    library.add_articles([(article("https://news.example/new", "A later one", ["Fresh."]), "x")])
    library.drop_index()
    index.write_bytes(saved.read_bytes())  # an index from before the last commit
    assert len(Library(tmp_path).summaries()) == 4
    index.write_bytes(b"{broken")
    assert len(Library(tmp_path).summaries()) == 4
    index.unlink()
    assert found(Library(tmp_path), "fresh") != []
    assert index.exists()


def test_an_index_of_an_older_schema_is_built_again_with_the_first_letters_indexed(tmp_path):
    library, ids = small_library(tmp_path)
    index = library.files.index
    with sqlite3.connect(index) as old:  # as an older reader left it: its stamps current
        old.execute("DELETE FROM articles")
        old.execute(f"PRAGMA user_version = {SCHEMA_VERSION - 1}")
    old.close()
    assert sorted(s.id for s in Library(tmp_path).summaries()) == sorted(ids)
    assert sorted(found(Library(tmp_path), "k*")) == sorted(ids)  # Kowalski
    with sqlite3.connect(index) as new:
        assert new.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        fts = new.execute("SELECT sql FROM sqlite_master WHERE name = 'fts'").fetchone()[0]
    new.close()
    assert "prefix = '1'" in fts  # a one-letter prefix reads one list (bench_filter)


def test_opening_an_article_reads_only_its_body(tmp_path, monkeypatch):
    library, ids = small_library(tmp_path)
    expected = library.summary(ids[1])
    monkeypatch.setattr(Library, "summaries", lambda self: pytest.fail("read every summary"))
    opened = library.article(ids[1])
    assert (opened.title, opened.added, opened.published) == (
        expected.title, expected.added, expected.published,
    )


def test_an_updated_article_keeps_when_it_was_first_added(tmp_path):
    library, (article_id,) = small_library(tmp_path, count=1)
    first_added = library.article(article_id).added
    body = library.files.body(article_id)
    raw = body.read_bytes().replace(first_added.encode(), b"2020-01-01T00:00:00+00:00")
    body.write_bytes(raw)  # pretend it was first added long ago
    shard = library.files.shard(article_id)
    shard.write_bytes(shard.read_bytes().replace(first_added.encode(), b"2020-01-01T00:00:00+00:00"))
    library.add_articles([(article("https://news.example/0", "Article number 0", ["Changed text."]), "x")])
    assert library.article(article_id).added == "2020-01-01T00:00:00+00:00"
    assert library.summary(article_id).added == "2020-01-01T00:00:00+00:00"
