"""Annotations across re-imports: stamped with the text they are anchored in, moved in one
write before any body is replaced, and read on the text on disk whatever was interrupted."""

from __future__ import annotations

import pytest
from builders import article, fake_finder, small_library

from reader.store import Library
from reader.store.errors import LibraryWriteError
from reader.store.jsonfile import read_tables, write_tables
from reader.store.reanchoring import REANCHORED

CHANGED = [
    "An update was added at the top of this article.",
    "Jan Kowalski spoke in Warsaw on day 0.",
    "Kowalski said the talks would go on.",
    "A closing paragraph for article 0.",
]


def changed(n: int = 0, paragraphs: list[str] | None = None):
    paragraphs = paragraphs or [p.replace("day 0", f"day {n}").replace("article 0", f"article {n}")
                                for p in CHANGED]
    return article(f"https://news.example/{n}", f"Article number {n}", paragraphs), "changed"


def on_their_quotes(library: Library, article_id: str) -> bool:
    paragraphs = library.paragraphs(article_id)
    return all(
        paragraphs[a.anchor.paragraph][a.anchor.start : a.anchor.end] == a.anchor.exact
        for a in [*library.bookmarks(article_id), *library.notes(article_id)]
        if a.anchor is not None and not a.orphaned
    )


def annotated(tmp_path):
    library, ids = small_library(tmp_path)
    library.add_bookmark(ids[0], 1)
    library.add_note(ids[0], "on the talks", paragraph=1, start=9, end=18)
    library.add_note(ids[0], "on the whole article")
    library.add_note(ids[1], "on article 1", paragraph=0)
    return Library(tmp_path, entity_finder=fake_finder), ids


def test_annotations_are_stamped_with_the_text_they_were_made_in(tmp_path):
    library, ids = annotated(tmp_path)
    digest = library.summary(ids[0]).content_hash
    assert {a.content_hash for a in [*library.bookmarks(ids[0]), *library.notes(ids[0])]} == {digest}


def test_a_reimport_moves_all_annotations_in_one_write_before_any_body(tmp_path, monkeypatch):
    library, ids = annotated(tmp_path)
    writes: list[str] = []
    import reader.store.jsonfile as jsonfile

    real = jsonfile.write_atomic
    def counted(path, data, **kw):
        writes.append(path.name)
        real(path, data, **kw)

    monkeypatch.setattr(jsonfile, "write_atomic", counted)
    library.add_articles([changed(0), changed(1)])
    assert writes.count("annotations.json") == 1 and writes[0] == "annotations.json"
    fresh = Library(tmp_path)
    for article_id in ids[:2]:
        digest = fresh.summary(article_id).content_hash
        marks = [*fresh.bookmarks(article_id), *fresh.notes(article_id)]
        assert {a.content_hash for a in marks} == {digest}
        assert on_their_quotes(fresh, article_id)
    assert [n.anchor.paragraph for n in fresh.notes(ids[0]) if n.anchor] == [2]


def test_a_reimport_stopped_before_the_body_reads_annotations_on_the_old_text(tmp_path, monkeypatch):
    library, ids = annotated(tmp_path)
    old = library.summary(ids[0]).content_hash
    import reader.store.importing as importing

    def no_body(path, data):
        raise LibraryWriteError(path, OSError(28, "No space left on device"))

    with monkeypatch.context() as patch:
        patch.setattr(importing, "write_document", no_body)
        with pytest.raises(LibraryWriteError):
            library.add_articles([changed(0)])
    stored = read_tables(library.files.annotations)
    assert [d["article_id"] for d in stored[REANCHORED].values()] == [ids[0]]
    fresh = Library(tmp_path)
    assert fresh.paragraphs(ids[0])[0].startswith("Jan Kowalski")  # the old text
    assert on_their_quotes(fresh, ids[0])
    assert {a.content_hash for a in [*fresh.bookmarks(ids[0]), *fresh.notes(ids[0])]} == {old}
    assert [m.paragraph for m in fresh.marked_passages() if m.article_id == ids[0] and m.quote] == [1, 1]
    # The next import stores what the reads worked out, and the list of articles to check
    # holds only what that import moved.
    Library(tmp_path, entity_finder=fake_finder).add_articles([changed(1)])
    stored = read_tables(library.files.annotations)
    assert [d["article_id"] for d in stored[REANCHORED].values()] == [ids[1]]
    assert {d["content_hash"] for d in stored["notes"].values() if d["article_id"] == ids[0]} == {old}
    assert on_their_quotes(Library(tmp_path), ids[0])


def test_a_finished_import_leaves_its_articles_listed_until_the_next_one(tmp_path):
    library, ids = annotated(tmp_path)
    library.add_articles([changed(0)])
    stored = read_tables(library.files.annotations)
    assert [d["article_id"] for d in stored[REANCHORED].values()] == [ids[0]]
    library.add_articles([changed(1)])  # the metadata holds the hash ids[0] was listed with
    stored = read_tables(library.files.annotations)
    assert [d["article_id"] for d in stored[REANCHORED].values()] == [ids[1]]


def test_annotations_stored_without_a_stamp_count_as_on_the_current_text(tmp_path):
    library, ids = annotated(tmp_path)
    tables = read_tables(library.files.annotations)
    for name in ("bookmarks", "notes"):
        for doc in tables[name].values():
            del doc["content_hash"]
    tables[REANCHORED] = {"1": {"article_id": ids[0], "content_hash": "not-this-one"}}
    write_tables(library.files.annotations, tables)
    fresh = Library(tmp_path, entity_finder=fake_finder)
    before = {n.id: n.anchor for n in fresh.notes()}
    assert all(n.content_hash is None for n in fresh.notes())
    assert on_their_quotes(fresh, ids[0])
    fresh.add_articles([changed(0)])
    moved = Library(tmp_path)
    digest = moved.summary(ids[0]).content_hash
    assert {n.content_hash for n in moved.notes(ids[0])} == {digest}
    assert on_their_quotes(moved, ids[0])
    assert {n.id: n.anchor for n in moved.notes(ids[1])} == {
        i: a for i, a in before.items() if i in {n.id for n in moved.notes(ids[1])}
    }


def test_a_note_restored_after_its_article_changed_goes_to_its_quote(tmp_path):
    library, ids = annotated(tmp_path)
    note = next(n for n in library.notes(ids[0]) if n.anchor)
    library.delete_note(note.id)
    library.add_articles([changed(0)])
    library.restore_note(note)
    (restored,) = [n for n in Library(tmp_path).notes(ids[0]) if n.id == note.id]
    assert restored.anchor.exact == note.anchor.exact and restored.anchor.paragraph == 2
    assert restored.content_hash == library.summary(ids[0]).content_hash
