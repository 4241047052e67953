"""File names and arguments that are not UTF-8: POSIX names are bytes, and Python hands them
over surrogate-escaped ("caf\\udce9"). They are imported, stored and shown readably."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from builders import fake_finder
from hostile_corpus import ARTICLE

from reader.cli import main
from reader.store import Library



@pytest.fixture(autouse=True)
def no_spacy(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(Library, "entity_finder", lambda self: fake_finder)


def latin1_folder(root: Path) -> Path:
    """A folder with a good file and one whose name is Latin-1 ("café.txt" as bytes)."""
    folder = root / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(ARTICLE, encoding="utf-8")
    with open(os.fsencode(folder) + b"/caf\xe9.txt", "wb") as file:
        file.write(ARTICLE.replace("ferry", "tram").encode())
    return folder


def test_a_latin1_file_name_is_imported_with_the_rest_of_its_folder(tmp_path: Path, capsys):
    folder = latin1_folder(tmp_path)
    code = main(["--data-dir", str(tmp_path / "lib"), "import", "--json", str(folder)])
    report = json.loads(capsys.readouterr().out)
    assert code == 0
    assert report["imported"] == 2 and report["failed"] == 0
    sources = sorted(item["source"] for item in report["items"]["imported"])
    assert sources == [str(folder / "caf\\xe9.txt"), str(folder / "good.txt")]
    keys = sorted(s.key for s in Library(tmp_path / "lib").summaries())
    assert keys == [f"file:{folder}/caf\\xe9.txt", f"file:{folder}/good.txt"]


def test_a_failing_latin1_file_is_named_readably(tmp_path: Path, capsys):
    folder = tmp_path / "in"
    folder.mkdir()
    with open(os.fsencode(folder) + b"/caf\xe9.txt", "wb") as file:
        file.write(b"")
    code = main(["--data-dir", str(tmp_path / "lib"), "import", str(folder / "caf\udce9.txt")])
    err = capsys.readouterr().err
    assert code == 1
    assert f"reader: {folder}/caf\\xe9.txt: " in err
    assert "\udce9" not in err


async def test_importing_such_a_folder_in_the_app_keeps_the_app_running(tmp_path: Path):
    from pilot import recorded_notifications

    from reader.tui.app import ReaderApp

    folder = latin1_folder(tmp_path)
    library = Library(tmp_path / "lib", entity_finder=fake_finder)
    app = ReaderApp(library)
    async with app.run_test(size=(120, 40)) as pilot:
        notes = recorded_notifications(app)
        await pilot.press("i", *str(folder), "enter")
        await app.screen.workers.wait_for_complete()
        await pilot.pause()
        assert app.is_running
        assert notes[-1][0].startswith("2 imported · 0 updated · 0 duplicates · 0 failed")
        assert len(app.screen.rows.visible) == 2


def test_a_note_given_in_latin1_is_stored_readably(tmp_path: Path, capsys):
    from builders import small_library

    _, ids = small_library(tmp_path)
    code = main(["--data-dir", str(tmp_path), "note", ids[0], "caf\udce9 au lait"])
    assert code == 0
    (note,) = Library(tmp_path).notes(ids[0])
    assert note.text == "caf\\xe9 au lait"
    code = main(["--data-dir", str(tmp_path), "show", ids[0], "--json"])
    assert code == 0 and "caf\\\\xe9 au lait" in capsys.readouterr().out


def test_an_id_given_in_latin1_is_named_readably(tmp_path: Path, capsys):
    from builders import small_library

    small_library(tmp_path)
    code = main(["--data-dir", str(tmp_path), "show", "caf\udce9"])
    assert code == 1
    assert "caf\\xe9" in capsys.readouterr().err
