"""`reader doctor` and the subscriptions file: damage is named, and --repair keeps every
subscription it can still read, after copying the file into its backup folder."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from builders import run_cli as run, small_library, tree_bytes

from reader.store.subscriptions import Feed, write_feeds

FEEDS = [
    Feed("a1b2c3d4e5", "https://quay.example/news.xml", title="Quay News", full_text=False, tags=["port"]),
    Feed("f6a7b8c9d0", "https://hill.example/feed", title="Hill Post", refresh_minutes=30),
    Feed("1122334455", "https://dale.example/atom.xml", title="Dale Times", etag='"v7"'),
]


def subscribed(capsys, root: Path) -> list[dict]:
    code, out, err = run(capsys, root, "feeds", "--json")
    assert code == 0, err
    return json.loads(out)


def library_with_feeds(root: Path) -> Path:
    small_library(root)
    write_feeds(root / "feeds.json", list(FEEDS))
    return root / "feeds.json"


def backup_of(root: Path) -> Path:
    (folder,) = sorted((root / "backups").iterdir())
    return folder


def test_a_healthy_subscriptions_file_passes(tmp_path, capsys):
    library_with_feeds(tmp_path)
    before = tree_bytes(tmp_path)
    code, out, _ = run(capsys, tmp_path, "doctor")
    assert code == 0, out
    assert tree_bytes(tmp_path) == before


def test_bad_feed_records_are_set_aside_and_the_other_subscriptions_kept(tmp_path, capsys):
    path = library_with_feeds(tmp_path)
    tables = json.loads(path.read_bytes())
    tables["feeds"]["2"]["url"] = 42
    tables["feeds"]["3"]["refresh_minutes"] = "often"
    path.write_text(json.dumps(tables))
    damaged = path.read_bytes()
    code, _, err = run(capsys, tmp_path, "feeds")
    assert code == 1 and "feeds.json is damaged (record 2 of feeds: id or url is not text and 1 more)" in err

    code, out, _ = run(capsys, tmp_path, "doctor")
    assert code == 1
    assert "error: feeds.json is damaged (record 2 of feeds: id or url is not text and 1 more)" in out
    assert "--repair sets the 2 records aside into its backup folder and keeps the other subscriptions" in out
    assert path.read_bytes() == damaged  # checking writes nothing

    code, out, _ = run(capsys, tmp_path, "doctor", "--repair")
    assert code == 0, out
    assert "set 2 records aside" in out and out.rstrip().endswith("is healthy now")
    backup = backup_of(tmp_path)
    assert (backup / "feeds.json").read_bytes() == damaged
    aside = json.loads((backup / "feeds-set-aside.json").read_bytes())["feeds"]
    assert {k: v["problem"] for k, v in aside.items()} == {
        "2": "id or url is not text", "3": "refresh_minutes is not a whole number of minutes"}
    [kept] = subscribed(capsys, tmp_path)
    assert (kept["id"], kept["url"], kept["full_text"], kept["tags"]) == (
        "a1b2c3d4e5", "https://quay.example/news.xml", "no", ["port"])
    assert run(capsys, tmp_path, "doctor")[0] == 0


def _cut_in_the_third_record(path: Path) -> None:
    raw = path.read_bytes()
    path.write_bytes(raw[: raw.index(b'"1122334455"') + 20])


def _a_stray_byte(path: Path) -> None:
    path.write_bytes(path.read_bytes().replace(b'"feeds":{', b'"feeds":{,', 1))


def _not_ours(path: Path) -> None:
    tables = json.loads(path.read_bytes())
    del tables["_meta"]
    path.write_text(json.dumps(tables))


def _garbage(path: Path) -> None:
    path.write_bytes(b"\x00\xff not json at all")


BROKEN = {
    "cut short": (_cut_in_the_third_record, "is not valid JSON", ["Quay News", "Hill Post"]),
    "a stray byte": (_a_stray_byte, "is not valid JSON", ["Quay News", "Hill Post", "Dale Times"]),
    "not a reader file": (_not_ours, "is not a reader library file", ["Quay News", "Hill Post", "Dale Times"]),
    "garbage": (_garbage, "is not valid JSON", []),
}


@pytest.mark.parametrize("damage", sorted(BROKEN))
def test_a_broken_subscriptions_file_is_written_again_with_what_still_reads(tmp_path, capsys, damage):
    path = library_with_feeds(tmp_path)
    spoil, problem, kept = BROKEN[damage]
    spoil(path)
    damaged = tree_bytes(tmp_path)

    code, out, _ = run(capsys, tmp_path, "doctor")
    assert code == 1
    [line] = [line for line in out.splitlines() if "feeds.json" in line]
    assert line.startswith(f"error: feeds.json {problem}")
    if kept:
        assert f"--repair keeps the {len(kept)} subscriptions still readable in it" in line
    else:
        assert "--repair starts an empty list of subscriptions (the feeds' articles stay)" in line
    assert tree_bytes(tmp_path) == damaged

    code, out, _ = run(capsys, tmp_path, "doctor", "--repair")
    assert code == 0, out
    assert (backup_of(tmp_path) / "feeds.json").read_bytes() == damaged["feeds.json"]
    after = subscribed(capsys, tmp_path)
    assert [f["title"] for f in after] == kept
    originals = {f.id: f for f in FEEDS}
    for record in after:  # each kept whole: options, tags and validators too
        feed = originals[record["id"]]
        assert (record["url"], record["tags"], record["refresh_minutes"]) == (feed.url, feed.tags, feed.refresh_minutes)
    for rel, raw in damaged.items():
        if rel != "feeds.json":
            assert tree_bytes(tmp_path)[rel] == raw, rel
    assert run(capsys, tmp_path, "doctor")[0] == 0


def test_a_subscriptions_file_from_a_newer_reader_is_left_alone(tmp_path, capsys):
    path = library_with_feeds(tmp_path)
    path.write_bytes(path.read_bytes().replace(b'"schema":1', b'"schema":9'))
    before = tree_bytes(tmp_path)
    code, out, _ = run(capsys, tmp_path, "doctor", "--repair")
    assert code == 1
    assert "feeds.json was written by a newer reader (schema 9" in out and "upgrade reader" in out
    assert tree_bytes(tmp_path) == before
