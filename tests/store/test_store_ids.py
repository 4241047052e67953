"""Article ids name files: one made by hand in the library files never becomes a path."""

from __future__ import annotations

import json
from pathlib import Path

from builders import edit_stored_summaries, small_library

from reader.cli import main

EVIL = "xx/../../evil"


def craft_id(root: Path, new_id: str) -> Path:
    """Give the first stored article the id `new_id`, as a hand edit would; its file."""

    def crafted(tables):
        next(iter(tables["articles"].values()))["id"] = new_id

    return edit_stored_summaries(root, crafted)


def test_a_crafted_id_is_refused_on_load_and_nothing_is_written_outside_out(tmp_path: Path, capsys):
    library, ids = small_library(tmp_path / "lib")
    library.add_note(ids[0], "a note", paragraph=0)
    shard = craft_id(tmp_path / "lib", EVIL)
    out = tmp_path / "export" / "inner"
    code = main(["--data-dir", str(tmp_path / "lib"), "export", "--format", "markdown", "--out", str(out)])
    err = capsys.readouterr().err
    assert code == 1
    assert err.startswith(f"reader: library file {shard} is damaged")
    assert not (tmp_path / "evil.md").exists() and not any(tmp_path.glob("**/evil*"))
    code = main(["--data-dir", str(tmp_path / "lib"), "doctor"])
    assert code == 1 and shard.name in capsys.readouterr().out


def test_show_never_reads_a_path_given_as_an_id(tmp_path: Path, capsys):
    small_library(tmp_path / "lib")
    outside = tmp_path / "x.json"
    outside.write_text(json.dumps({"paragraphs": ["secret"], "summary": {"id": "x", "key": "k", "title": "t"}}))
    code = main(["--data-dir", str(tmp_path / "lib"), "show", str(tmp_path / "x")])
    captured = capsys.readouterr()
    assert code == 1 and "secret" not in captured.out
    assert captured.err == f"reader: no article with id '{tmp_path / 'x'}'\n"
