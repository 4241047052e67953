"""Library files that are broken, foreign or newer are refused and never written over."""

from __future__ import annotations

import orjson
import pytest
from builders import small_library, tree_bytes

from reader.store import Library, LibraryFileError
from reader.store.atomic import write_atomic

BROKEN = {
    "truncated": lambda raw: raw[: len(raw) // 2],
    "empty": lambda raw: b"",
    "garbage": lambda raw: b"\x00\xff\xfe garbage \x00",
    "foreign": lambda raw: orjson.dumps({"_default": {"1": {"name": "someone else's"}}}),
    "not an object": lambda raw: b"[1, 2, 3]",
    "newer": lambda raw: raw.replace(b'"schema":1', b'"schema":99'),
}


@pytest.mark.parametrize("damage", sorted(BROKEN))
def test_damaged_metadata_file_is_refused_by_name_and_left_untouched(tmp_path, damage):
    library, ids = small_library(tmp_path)
    path = library.files.shard(ids[1])
    path.write_bytes(BROKEN[damage](path.read_bytes()))
    before = tree_bytes(tmp_path)
    with pytest.raises(LibraryFileError) as caught:
        library.summaries()
    assert str(path) in str(caught.value) and "left untouched" in str(caught.value)
    with pytest.raises(LibraryFileError):
        library.add_articles([(small_article(), "x")])
    assert tree_bytes(tmp_path) == before


@pytest.mark.parametrize("damage", sorted(BROKEN))
def test_damaged_annotations_file_is_refused_by_name_and_left_untouched(tmp_path, damage):
    library, (article_id, *_) = small_library(tmp_path)
    library.add_note(article_id, "a note so the annotations file exists", paragraph=0)
    path = library.files.annotations
    path.write_bytes(BROKEN[damage](path.read_bytes()))
    before = tree_bytes(tmp_path)
    with pytest.raises(LibraryFileError) as caught:
        library.notes()
    assert str(path) in str(caught.value)
    with pytest.raises(LibraryFileError):
        library.add_note(article_id, "must not land", paragraph=1)
    with pytest.raises(LibraryFileError):
        library.add_bookmark(article_id, 1)
    assert tree_bytes(tmp_path) == before


def small_article():
    from builders import article

    return article("https://new.example/1", "A new one", ["Fresh text in Warsaw."])


def test_newer_schema_message_says_so(tmp_path):
    library, ids = small_library(tmp_path)
    shard = library.files.shard(ids[0])
    shard.write_bytes(shard.read_bytes().replace(b'"schema":1', b'"schema":7'))
    with pytest.raises(LibraryFileError, match="newer reader \\(schema 7; this one reads 1\\)"):
        Library(tmp_path).summaries()


def test_atomic_write_leaves_no_temp_files(tmp_path):
    target = tmp_path / "data.json"
    write_atomic(target, b"one")
    write_atomic(target, b"two")
    assert target.read_bytes() == b"two"
    assert [p.name for p in tmp_path.iterdir()] == ["data.json"]


def test_failed_atomic_write_keeps_the_old_file(tmp_path, monkeypatch):
    target = tmp_path / "data.json"
    write_atomic(target, b"before")

    def refuse(*_):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("reader.store.atomic.os.replace", refuse)
    with pytest.raises(OSError):
        write_atomic(target, b"after")
    assert target.read_bytes() == b"before"
    assert [p.name for p in tmp_path.iterdir()] == ["data.json"]


def test_a_body_with_many_spans_is_written_as_one_json_document_without_holding_it(tmp_path):
    """At the 16 MiB input cap a body's spans are ~90 MB of JSON; written in parts, the file
    is what one dump would be, and the writer never holds more than a slice of it
    (benchmarks/ner_memory.py). Measured in bytes allocated, which do not depend on the machine."""
    import tracemalloc

    from reader.model import EntitySpan
    from reader.store.jsonfile import read_document, write_document

    spans = [EntitySpan("Maria Lindqvist", "PERSON", 0, 20 * n, 20 * n + 15, "Maria Lindqvist")
             for n in range(25_001)]
    body = {"summary": {"id": "abc"}, "paragraphs": ["Maria Lindqvist said so."] * 1_001,
            "entities": spans, "caption_entities": [], "tags": list(range(1_000))}
    whole = orjson.dumps({**body, "format": "reader-library", "schema": 1})
    path = tmp_path / "body.json"
    tracemalloc.start()
    try:
        write_document(path, body)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert path.read_bytes() == whole
    assert read_document(path)["entities"][25_000]["start"] == 500_000
    assert peak < len(whole) // 4  # the JSON is ~3 MB
