"""`reader doctor`: finds damage by file name, repairs what it can after a backup, never
rewrites annotations, and leaves a healthy library exactly as it was."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from builders import small_library, tree_bytes

from reader.cli import main
from reader.store import Library, LibraryFileError
from reader.store import doctor as checkup
from reader.store.jsonfile import read_tables, write_tables


def run(capsys, root: Path, *argv: str) -> tuple[int, str, str]:
    code = main(["--data-dir", str(root), "doctor", *argv])
    out, err = capsys.readouterr()
    return code, out, err


def annotated_library(root: Path) -> tuple[Library, list[str]]:
    """Three articles, a bookmark and two notes, one article read."""
    library, ids = small_library(root)
    library.add_bookmark(ids[0], 1)
    library.add_note(ids[0], "who said this?", paragraph=0)
    library.add_note(ids[2], "a note on the whole article")
    library.mark_read(ids[1])
    library.remember_position(ids[1], 2)
    return library, ids


def summaries_of(root: Path) -> list[dict]:
    return sorted((s.to_dict() for s in Library(root).summaries()), key=lambda d: d["id"])


def backups(root: Path) -> list[Path]:
    folder = root / "backups"
    return sorted(folder.iterdir()) if folder.exists() else []


# -- a healthy library --------------------------------------------------------------------


def test_healthy_library_passes_and_nothing_changes(tmp_path, capsys):
    annotated_library(tmp_path)
    before = tree_bytes(tmp_path)
    code, out, err = run(capsys, tmp_path)
    assert (code, err) == (0, "")
    assert out == f"no problems found in the library in {tmp_path}\n"
    code, out, _ = run(capsys, tmp_path, "--repair")
    assert code == 0 and "nothing to repair" in out
    code, out, _ = run(capsys, tmp_path, "--json")
    assert code == 0
    assert json.loads(out) == {"data_dir": str(tmp_path), "healthy": True, "findings": []}
    assert tree_bytes(tmp_path) == before
    assert backups(tmp_path) == []


def test_missing_data_folder_is_not_created(tmp_path, capsys):
    root = tmp_path / "nowhere"
    code, _, _ = run(capsys, root)
    assert code == 0
    code, _, _ = run(capsys, root, "--repair")
    assert code == 0 and not root.exists()


def test_help_describes_check_and_repair():
    result = subprocess.run(
        [sys.executable, "-m", "reader", "doctor", "--help"], capture_output=True, text=True
    )
    assert result.returncode == 0
    text = " ".join(result.stdout.split())
    for words in ("--repair", "--json", "backups/doctor-", "annotations.json", "exit 0"):
        assert words in text
    result = subprocess.run(
        [sys.executable, "-m", "reader", "--help"], capture_output=True, text=True
    )
    assert "doctor" in result.stdout


def test_library_file_error_points_at_doctor(tmp_path):
    library, _ = small_library(tmp_path)
    library.files.shard(library.summaries()[0].id).write_bytes(b"{")
    with pytest.raises(LibraryFileError) as caught:
        Library(tmp_path).summaries()
    message = str(caught.value)
    assert "left untouched" in message
    assert "run `reader doctor` to check and repair, or restore it from a backup" in message


# -- repairable damage --------------------------------------------------------------------


def _touch_later(path: Path) -> None:
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 5_000_000_000))


def _drop_index(root: Path) -> None:
    for path in root.glob("index.sqlite3*"):
        path.unlink()


# name -> (damage(root, ids) returning the damaged files, the file the report must name)
REPAIRABLE = {
    "index garbage": (lambda r, ids: (_drop_index(r), (r / "index.sqlite3").write_bytes(b"\x00gar")),
                      "index.sqlite3"),
    "index stale": (lambda r, ids: _touch_later(_shard(r, ids[0])), "index.sqlite3"),
    "index missing": (lambda r, ids: _drop_index(r), "index.sqlite3"),
    "listing from an older reader": (lambda r, ids: (r / "listing.json").write_bytes(b"{}"),
                                     "listing.json"),
    "articles truncated": (lambda r, ids: _cut(_shard(r, ids[0])), "articles/XX.json"),
    "articles foreign": (
        lambda r, ids: _shard(r, ids[0]).write_bytes(b'{"_default": {"1": {"x": 1}}}'),
        "articles/XX.json",
    ),
    "articles missing": (lambda r, ids: shutil.rmtree(r / "articles"), "articles is missing"),
    "reading empty": (lambda r, ids: (r / "reading.json").write_bytes(b""), "reading.json"),
    "temp file at the top": (
        lambda r, ids: (r / ".articles.json.k2j3h4.tmp").write_bytes(b'{"articles": {"1"'),
        ".articles.json.k2j3h4.tmp",
    ),
    "temp file beside a body": (
        lambda r, ids: (r / "bodies" / ids[0][:2] / f".{ids[0]}.json.x8y9.tmp").write_bytes(b"{"),
        "bodies/XX/.ID.json.x8y9.tmp",
    ),
}


def _shard(root: Path, article_id: str) -> Path:
    """The metadata file (shard) that holds this article."""
    return root / "articles" / f"{article_id[:2]}.json"


def _cut(path: Path) -> None:
    raw = path.read_bytes()
    path.write_bytes(raw[: len(raw) // 2])


@pytest.mark.parametrize("damage", sorted(REPAIRABLE))
def test_repairable_damage_is_found_backed_up_and_repaired(tmp_path, capsys, damage):
    library, ids = annotated_library(tmp_path)
    expected = summaries_of(tmp_path)
    reading = Library(tmp_path).reading_states()
    annotations = library.files.annotations.read_bytes()
    damage_fn, named = REPAIRABLE[damage]
    named = named.replace("XX", ids[0][:2]).replace("ID", ids[0])
    damage_fn(tmp_path, ids)
    damaged = tree_bytes(tmp_path)

    code, out, err = run(capsys, tmp_path)
    assert code == 1 and err == ""
    lines = out.splitlines()
    assert any(named in line for line in lines[:-1]), out
    assert "can be repaired by `reader doctor --repair`" in lines[-1]
    assert tree_bytes(tmp_path) == damaged  # checking writes nothing

    code, out, err = run(capsys, tmp_path, "--repair")
    assert (code, err) == (0, ""), out
    assert out.rstrip().endswith("is healthy now")
    if damage.startswith("index") or damage == "articles missing":
        # Only a missing file and the derived index are made: nothing existing changes.
        assert backups(tmp_path) == []
        assert "no backup needed" in out
        saved = {}
    else:
        (backup,) = backups(tmp_path)
        assert backup.name.startswith("doctor-")
        assert f"backed up the files it changes to {backup}" in out
        saved = tree_bytes(backup)
        assert saved, "the backup holds the files the repair changed"
    for rel, raw in saved.items():
        assert damaged[rel] == raw, rel  # the bytes as they were before the repair
    if named in damaged:
        assert named in saved

    after = tree_bytes(tmp_path)
    assert library.files.annotations.read_bytes() == annotations
    for rel, raw in damaged.items():
        if rel not in saved:
            assert after[rel] == raw, f"{rel} changed without a backup"
    assert not any(p.name.endswith(".tmp") for p in tmp_path.rglob("*") if "backups" not in p.parts)

    fresh = Library(tmp_path)
    assert summaries_of(tmp_path) == expected
    assert fresh.articles_mentioning("Warsaw") == set(ids)
    assert {hit.summary.id for hit in fresh.search("warsaw").hits} == set(ids)
    assert len(fresh.notes()) == 2 and len(fresh.bookmarks()) == 1
    if damage == "reading empty":
        assert fresh.reading_states() == {}
    else:
        assert fresh.reading_states() == reading
    code, out, _ = run(capsys, tmp_path)
    assert code == 0, out
    assert main(["--data-dir", str(tmp_path), "list"]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 3


def test_repaired_articles_keep_their_order_of_addition_and_dates(tmp_path, capsys):
    library, ids = annotated_library(tmp_path)
    before = summaries_of(tmp_path)
    library.files.shard(ids[0]).write_bytes(b"")
    code, _, _ = run(capsys, tmp_path, "--repair")
    assert code == 0
    assert summaries_of(tmp_path) == before
    # A later import still sees the rebuilt articles as already there.
    again, same_ids = small_library(tmp_path)
    assert same_ids == []
    assert summaries_of(tmp_path) == before


def test_repair_fixes_several_things_at_once_with_one_backup(tmp_path, capsys):
    library, ids = annotated_library(tmp_path)
    files = library.files
    # Rebuilding the metadata rewrites every shard: each is backed up.
    originals = [f"articles/{i[:2]}.json" for i in ids] + ["reading.json"]
    shard = f"articles/{ids[0][:2]}.json"
    for name in (shard, "reading.json"):
        _cut(tmp_path / name)
    damaged = tree_bytes(tmp_path)
    code, out, _ = run(capsys, tmp_path)
    assert code == 1
    for name in (shard, "reading.json"):
        assert any(line.startswith("error: " + name) for line in out.splitlines()), out
    code, out, _ = run(capsys, tmp_path, "--repair")
    assert code == 0, out
    (backup,) = backups(tmp_path)
    assert tree_bytes(backup) == {name: damaged[name] for name in originals}
    assert Library(tmp_path).articles_mentioning("jan kowalski") == set(ids)
    assert run(capsys, tmp_path)[0] == 0


def test_repair_json_reports_actions_and_backup(tmp_path, capsys):
    annotated_library(tmp_path)
    (tmp_path / "listing.json").write_bytes(b"{}")
    code, out, _ = run(capsys, tmp_path, "--json")
    record = json.loads(out)
    assert code == 1 and record["healthy"] is False
    (finding,) = record["findings"]
    assert finding == {
        "code": "legacy-file",
        "severity": "warning",
        "file": "listing.json",
        "message": finding["message"],
        "remedy": "--repair removes it (the reader does too when it opens)",
        "repairable": True,
    }
    assert finding["message"].startswith("listing.json ")
    code, out, _ = run(capsys, tmp_path, "--repair", "--json")
    record = json.loads(out)
    assert code == 0 and record["healthy"] is True and record["findings"] == []
    assert Path(record["backup"]).parent == tmp_path / "backups"
    repaired = [(r["code"], r["file"]) for r in record["repaired"]]
    assert repaired == [("legacy-file", "listing.json")]


def test_repair_mends_only_the_findings_it_is_given(tmp_path):
    library, _ = annotated_library(tmp_path)
    library.files.reading.write_bytes(b"[]")
    left = tmp_path / ".articles.json.x1y2.tmp"
    left.write_bytes(b"{")
    findings = checkup.check(tmp_path)
    assert sorted(f.code for f in findings) == ["reading-broken", "temp-file"]
    report = checkup.repair(tmp_path, [f for f in findings if f.code == "reading-broken"])
    assert [r.code for r in report.repaired] == ["reading-broken", "index-stale"]
    assert [f.code for f in report.remaining] == ["temp-file"]
    assert not report.healthy
    assert left.exists()


def test_repair_waits_for_the_lock_and_changes_nothing_when_busy(tmp_path, capsys, monkeypatch):
    from filelock import FileLock

    library, _ = annotated_library(tmp_path)
    _cut(library.files.reading)
    before = tree_bytes(tmp_path)
    monkeypatch.setattr("reader.store.transaction.LOCK_TIMEOUT_S", 0.2)
    holder = FileLock(library.files.lock)
    with holder:
        code, out, err = run(capsys, tmp_path, "--repair")
    assert code == 1 and "busy" in err and out == ""
    assert tree_bytes(tmp_path) == before


# -- what doctor cannot repair ------------------------------------------------------------


def _newer(path: Path) -> None:
    path.write_bytes(path.read_bytes().replace(b'"schema":1', b'"schema":9'))


@pytest.mark.parametrize(
    "name", ["articles/XX.json", "annotations.json", "reading.json"]
)
def test_files_from_a_newer_reader_are_reported_and_left_alone(tmp_path, capsys, name):
    _, ids = annotated_library(tmp_path)
    name = name.replace("XX", ids[0][:2])
    _newer(tmp_path / name)
    before = tree_bytes(tmp_path)
    code, out, _ = run(capsys, tmp_path)
    assert code == 1
    (line,) = [line for line in out.splitlines() if name in line]
    assert line.startswith(f"error: {name} was written by a newer reader (schema 9")
    assert "upgrade reader" in line
    code, out, _ = run(capsys, tmp_path, "--repair")
    assert code == 1 and "upgrade reader" in out
    assert tree_bytes(tmp_path) == before
    assert backups(tmp_path) == []


# Records of the wrong shape (no article id, say) are set aside by --repair instead: see
# tests/test_store_records.py.
@pytest.mark.parametrize("damage", ["truncated", "empty", "garbage", "foreign"])
def test_broken_annotations_are_reported_never_rewritten(tmp_path, capsys, damage):
    library, _ = annotated_library(tmp_path)
    path = library.files.annotations
    raw = path.read_bytes()
    path.write_bytes({
        "truncated": raw[: len(raw) // 2],
        "empty": b"",
        "garbage": b"\xff\xfe not json",
        "foreign": b'{"_default": {"1": {"name": "someone"}}}',
    }[damage])
    before = tree_bytes(tmp_path)
    code, out, _ = run(capsys, tmp_path)
    assert code == 1
    (line,) = out.splitlines()[:-1]
    assert line.startswith("error: annotations.json ")
    assert "restore it from a backup" in line and "never rewrites it" in line
    assert "1 needs you" in out.splitlines()[-1]
    code, out, _ = run(capsys, tmp_path, "--repair")
    assert code == 1 and "restore it from a backup" in out
    assert tree_bytes(tmp_path) == before
    assert backups(tmp_path) == []


def test_broken_annotations_stay_byte_for_byte_while_the_rest_is_repaired(tmp_path, capsys):
    library, _ = annotated_library(tmp_path)
    _cut(library.files.annotations)
    (tmp_path / "listing.json").write_bytes(b"{}")
    broken = library.files.annotations.read_bytes()
    code, out, _ = run(capsys, tmp_path, "--repair")
    assert code == 1
    assert "repaired: removed listing.json" in out
    assert "error: annotations.json" in out
    assert library.files.annotations.read_bytes() == broken
    (backup,) = backups(tmp_path)
    assert set(tree_bytes(backup)) == {"listing.json"}


@pytest.mark.parametrize("how", ["missing", "broken"])
def test_lost_body_is_reported_with_the_source_to_import_again(tmp_path, capsys, how):
    library, ids = annotated_library(tmp_path)
    body = library.files.body(ids[1])
    if how == "missing":
        body.unlink()
    else:
        _cut(body)
    before = tree_bytes(tmp_path)
    code, out, _ = run(capsys, tmp_path)
    assert code == 1
    (line,) = out.splitlines()[:-1]
    assert line.startswith(f"error: bodies/{ids[1][:2]}/{ids[1]}.json ")
    assert "the article cannot be opened" in line
    assert "'Article number 1'" in line and "reader import https://news.example/1" in line
    code, _, _ = run(capsys, tmp_path, "--repair")
    assert code == 1
    assert tree_bytes(tmp_path) == before


def test_broken_articles_with_a_lost_body_rebuild_the_rest(tmp_path, capsys):
    library, ids = annotated_library(tmp_path)
    library.files.body(ids[2]).unlink()
    _cut(library.files.shard(ids[0]))
    code, out, _ = run(capsys, tmp_path)
    assert code == 1
    assert f"articles/{ids[0][:2]}.json" in out and "2 article bodies" in out
    # The index, out of date, still knows the lost article, so the hint names its source.
    assert "reader import https://news.example/2" in out
    code, out, _ = run(capsys, tmp_path, "--repair")
    assert code == 1
    assert "rebuilt the article metadata (articles/) from the summaries in 2 article bodies" in out
    # The repair's report is the last place that can name the lost article's source.
    assert f"error: bodies/{ids[2][:2]}/{ids[2]}.json is missing" in out
    assert "reader import https://news.example/2" in out
    assert {s.id for s in Library(tmp_path).summaries()} == {ids[0], ids[1]}
    # Its article-level note is kept, now reported as on an article no longer there.
    assert [f.code for f in checkup.check(tmp_path)] == ["annotations-orphaned"]


def test_annotations_on_missing_articles_are_a_warning(tmp_path, capsys):
    library, ids = annotated_library(tmp_path)
    files = library.files
    tables = read_tables(files.shard(ids[0]))
    tables.pop("_meta")
    tables["articles"] = {k: d for k, d in tables["articles"].items() if d["id"] != ids[0]}
    write_tables(files.shard(ids[0]), tables)
    Library(tmp_path).summaries()  # the index follows
    before = tree_bytes(tmp_path)
    code, out, _ = run(capsys, tmp_path)
    assert code == 1
    (line,) = out.splitlines()[:-1]
    assert line.startswith(
        f"warning: annotations.json has 1 bookmark and 1 note on 1 article no longer in the "
        f"library ({ids[0]})"
    )
    code, out, _ = run(capsys, tmp_path, "--repair")
    assert code == 1
    assert tree_bytes(tmp_path) == before


def test_articles_broken_without_any_body_is_not_repairable(tmp_path, capsys):
    library, ids = small_library(tmp_path)
    for article_id in ids:
        library.files.body(article_id).unlink()
    library.files.shard(ids[0]).write_bytes(b"{")
    library.drop_index()
    before = tree_bytes(tmp_path)
    code, out, _ = run(capsys, tmp_path, "--repair")
    assert code == 1
    assert "no readable article body to rebuild it from: restore it from a backup" in out
    assert tree_bytes(tmp_path) == before
