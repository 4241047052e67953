"""Library records with wrong types, or duplicated ids: one line naming the file and the
record from every command, reported by `doctor`, set aside (never deleted) by `--repair`."""

from __future__ import annotations

import json
from pathlib import Path

import orjson
import pytest
from builders import edit_stored_summaries, small_library

from reader.cli import main
from reader.store import Library

BAD_FIELDS = [
    ("anchor", "passage one"),  # an anchor given as text
    ("text", None),  # a note without text
    ("anchor.paragraph", "0"),  # a paragraph given as text
    ("article_id", None),  # no article named
]


def edit_first_note(root: Path, field: str, value) -> str:
    """Give the first note of annotations.json a wrongly typed field; its record key."""
    path = root / "annotations.json"
    tables = orjson.loads(path.read_bytes())
    key, note = next(iter(tables["notes"].items()))
    if field.startswith("anchor."):
        note["anchor"][field.split(".", 1)[1]] = value
    elif value is None and field == "article_id":
        del note[field]
    else:
        note[field] = value
    path.write_bytes(orjson.dumps(tables))
    return key


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def annotated(tmp_path: Path) -> tuple[Path, list[str]]:
    library, ids = small_library(tmp_path)
    library.add_note(ids[0], "the note that gets broken", paragraph=1)  # the first note
    library.add_note(ids[0], "kept note", paragraph=0)
    library.add_bookmark(ids[0], 1)
    return tmp_path, ids


@pytest.mark.parametrize("field,value", BAD_FIELDS)
def test_a_wrongly_typed_annotation_is_one_line_from_every_command(field, value, annotated, capsys):
    root, ids = annotated
    key = edit_first_note(root, field, value)
    for command in (["show", ids[0]], ["show", ids[0], "--json"], ["export", "--format", "json"],
                    ["note", ids[0], "another"]):
        code, out, err = run(capsys, "--data-dir", str(root), *command)
        assert code == 1 and out == "", command
        assert err.count("\n") == 1, command
        assert err.startswith(f"reader: library file {root / 'annotations.json'} is damaged (record {key} of notes: ")


@pytest.mark.parametrize("field,value", BAD_FIELDS)
def test_doctor_reports_it_and_repair_sets_it_aside(field, value, annotated, capsys):
    root, ids = annotated
    key = edit_first_note(root, field, value)
    broken = orjson.loads((root / "annotations.json").read_bytes())["notes"][key]
    code, out, _ = run(capsys, "--data-dir", str(root), "doctor")
    assert code == 1 and "annotations.json" in out and f"record {key} of notes" in out
    code, out, _ = run(capsys, "--data-dir", str(root), "doctor", "--repair")
    assert code == 0, out
    (aside,) = (root / "backups").glob("doctor-*/annotations-set-aside.json")
    assert json.loads(aside.read_text())["notes"][key]["record"] == broken
    code, out, _ = run(capsys, "--data-dir", str(root), "show", ids[0], "--json")
    assert code == 0
    record = json.loads(out)
    assert [n["text"] for n in record["notes"]] == ["kept note"]
    assert len(record["bookmarks"]) == 1


def test_duplicate_article_ids_are_one_line_and_repaired(tmp_path: Path, capsys):
    small_library(tmp_path)

    def twice(tables):  # the first article's record, once more under another key
        first = next(iter(tables["articles"].values()))
        tables["articles"]["999"] = dict(first)

    path = edit_stored_summaries(tmp_path, twice)
    code, _, err = run(capsys, "--data-dir", str(tmp_path), "list")
    assert code == 1 and err.count("\n") == 1
    assert "is used twice" in err and str(path) in err
    code, out, _ = run(capsys, "--data-dir", str(tmp_path), "doctor")
    assert code == 1 and str(path.name) in out
    code, _, _ = run(capsys, "--data-dir", str(tmp_path), "doctor", "--repair")
    assert code == 0
    assert len([s.id for s in Library(tmp_path).summaries()]) == 3


def test_the_app_does_not_start_on_such_a_library(annotated, capsys, monkeypatch):
    root, _ = annotated
    key = edit_first_note(root, "anchor", "passage one")
    monkeypatch.setattr("reader.tui.app.run_app", lambda library, first_rows: pytest.fail("the app started"))
    code, out, err = run(capsys, "--data-dir", str(root))
    assert code == 1 and out == "" and err.count("\n") == 1
    assert f"is damaged (record {key} of notes: anchor is not an object)" in err
