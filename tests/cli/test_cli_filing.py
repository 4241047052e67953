"""Tags, the archive and the trash from the command line: what is listed, searched and kept."""

from __future__ import annotations

import json

from builders import small_library
from test_cli import run


def listed_ids(capsys, folder) -> list[str]:
    code, out, _ = run(capsys, "--data-dir", str(folder), "list")
    assert code == 0
    return [line.split()[0] for line in out.splitlines()]


def test_tags_are_added_without_duplicates_and_removed_whatever_their_case(tmp_path, capsys):
    _, ids = small_library(tmp_path)
    code, out, _ = run(capsys, "--data-dir", str(tmp_path), "tag", ids[0], "Poland", "#talks", "poland")
    assert code == 0 and out.strip() == f"{ids[0]}: Poland, talks"
    code, out, _ = run(capsys, "--data-dir", str(tmp_path), "tag", ids[0], "TALKS", "--remove", "--json")
    assert json.loads(out)["tags"] == ["Poland"]
    code, out, _ = run(capsys, "--data-dir", str(tmp_path), "list")
    assert f"{ids[0]}" in out and "#Poland" in out
    code, out, _ = run(capsys, "--data-dir", str(tmp_path), "show", ids[0], "--json")
    assert json.loads(out)["tags"] == ["Poland"]
    code, out, _ = run(capsys, "--data-dir", str(tmp_path), "search", "tag:poland", "--json")
    assert [r["id"] for r in json.loads(out)] == [ids[0]]


def test_an_archived_article_leaves_the_list_and_is_found_with_is_archived(tmp_path, capsys):
    _, ids = small_library(tmp_path)
    assert run(capsys, "--data-dir", str(tmp_path), "archive", ids[1])[0] == 0
    assert ids[1] not in listed_ids(capsys, tmp_path)
    _, out, _ = run(capsys, "--data-dir", str(tmp_path), "search", "is:archived", "--json")
    assert [r["id"] for r in json.loads(out)] == [ids[1]]
    _, out, _ = run(capsys, "--data-dir", str(tmp_path), "search", "Article", "--json")
    assert ids[1] not in [r["id"] for r in json.loads(out)]
    run(capsys, "--data-dir", str(tmp_path), "unarchive", ids[1])
    assert ids[1] in listed_ids(capsys, tmp_path)


def test_delete_keeps_the_notes_until_the_trash_is_emptied(tmp_path, capsys):
    library, ids = small_library(tmp_path)
    library.add_note(ids[0], "keep this thought", paragraph=1)
    code, out, _ = run(capsys, "--data-dir", str(tmp_path), "delete", ids[0])
    assert code == 0 and "trash" in out
    assert ids[0] not in listed_ids(capsys, tmp_path)
    _, out, _ = run(capsys, "--data-dir", str(tmp_path), "trash")
    assert out.startswith(ids[0])
    assert [n.text for n in library.notes(ids[0])] == ["keep this thought"]  # nothing lost

    run(capsys, "--data-dir", str(tmp_path), "restore", ids[0])
    assert ids[0] in listed_ids(capsys, tmp_path)
    _, out, _ = run(capsys, "--data-dir", str(tmp_path), "show", ids[0], "--json")
    assert [n["text"] for n in json.loads(out)["notes"]] == ["keep this thought"]

    run(capsys, "--data-dir", str(tmp_path), "delete", ids[0])
    code, out, _ = run(capsys, "--data-dir", str(tmp_path), "trash", "--empty")
    assert code == 0 and out.strip() == "removed 1 article from the trash for good"
    assert library.notes(ids[0]) == [] and ids[0] not in {s.id for s in library.summaries()}
    assert not library.files.body(ids[0]).exists()
    assert ids[0] not in library.reading_states()
    code, _, err = run(capsys, "--data-dir", str(tmp_path), "show", ids[0])
    assert code == 1 and ids[0] in err
    assert sorted(listed_ids(capsys, tmp_path)) == sorted(ids[1:])


def test_filing_an_unknown_article_is_one_line_and_exit_1(tmp_path, capsys):
    small_library(tmp_path)
    for command in (["tag", "nosuch", "x"], ["archive", "nosuch"], ["delete", "nosuch"]):
        code, out, err = run(capsys, "--data-dir", str(tmp_path), *command)
        assert code == 1 and out == "" and err.count("\n") == 1 and "nosuch" in err
