"""A library from before the index (one articles.json; listing.json, listing-head.json and
entities.json beside it) opens with nothing lost: articles.json is split into shards, the
index is built from the truth and the old copies go."""

from __future__ import annotations

import shutil

import orjson
from builders import small_library

from reader.cli import main
from reader.store import Library

OLD_FILES = ("listing.json", "listing-head.json", "entities.json")


def old_layout(root):
    """A library as the previous reader left it: the truth, plus its three JSON copies."""
    library, ids = small_library(root)
    library.add_note(ids[0], "kept through the move", paragraph=1)
    library.add_bookmark(ids[1], 0)
    library.mark_read(ids[2])
    library.drop_index()
    meta = {"format": "reader-library", "schema": 1}
    summaries = library.summaries()
    rows = [[s.id, s.key, s.title] for s in summaries]
    library.drop_index()
    docs = {str(n): s.to_dict() for n, s in enumerate(summaries, start=1)}
    (root / "articles.json").write_bytes(orjson.dumps({"articles": docs, "_meta": {"1": meta}}))
    shutil.rmtree(root / "articles")
    (root / "listing.json").write_bytes(orjson.dumps({**meta, "fields": ["id"], "rows": rows}))
    (root / "listing-head.json").write_bytes(orjson.dumps({**meta, "count": 3, "rows": rows}))
    (root / "entities.json").write_bytes(
        orjson.dumps({**meta, "names": [["Warsaw", "GPE"]], "articles": {i: "0:1" for i in ids}})
    )
    return ids


def test_an_old_library_migrates_on_first_open_with_nothing_lost(tmp_path, capsys):
    ids = old_layout(tmp_path)
    truth = {name: (tmp_path / name).read_bytes() for name in ("annotations.json", "reading.json")}
    articles = orjson.loads((tmp_path / "articles.json").read_bytes())["articles"]
    assert main(["--data-dir", str(tmp_path), "list"]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 3
    assert not any((tmp_path / name).exists() for name in (*OLD_FILES, "articles.json"))
    assert (tmp_path / "index.sqlite3").exists()
    shards = {
        doc["id"]: doc
        for path in (tmp_path / "articles").glob("*.json")
        for doc in orjson.loads(path.read_bytes())["articles"].values()
    }
    assert shards == {doc["id"]: doc for doc in articles.values()}
    for name, raw in truth.items():
        assert (tmp_path / name).read_bytes() == raw, name  # the truth is not rewritten
    library = Library(tmp_path)
    assert {s.id for s in library.summaries()} == set(ids)
    assert [n.text for n in library.notes(ids[0])] == ["kept through the move"]
    assert len(library.bookmarks(ids[1])) == 1
    assert library.reading_states()[ids[2]].read
    assert library.articles_mentioning("Jan Kowalski") == set(ids)

    def found(query):
        return {hit.summary.id for hit in library.search(query).hits}

    assert found("has:note") == {ids[0]} and found("has:bookmark") == {ids[1]}
    assert found("is:read") == {ids[2]} and found("person:kowalski") == set(ids)
    assert found("closing") == set(ids)


def test_doctor_on_an_old_library_offers_to_remove_the_old_copies(tmp_path, capsys):
    old_layout(tmp_path)
    assert main(["--data-dir", str(tmp_path), "doctor"]) == 1
    out = capsys.readouterr().out
    assert "index.sqlite3 is missing" in out
    for name in OLD_FILES:
        assert f"{name} is left from an older reader" in out
    assert main(["--data-dir", str(tmp_path), "doctor", "--repair"]) == 0
    assert not any((tmp_path / name).exists() for name in OLD_FILES)
    assert main(["--data-dir", str(tmp_path), "doctor"]) == 0
