"""Fault injection: a full disk, a read-only folder, damaged files, two writers at once.

Whatever goes wrong, every acknowledged bookmark, note and reading state is still there,
the library opens, nothing is left half-written, and the command line says what happened
in one line. (kill -9 at random moments of every kind of write: test_faults_kill.py.)
"""

from __future__ import annotations

import errno
import gc
import json
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from builders import fake_finder, small_library, tree_bytes

from reader.cli.main import main as cli_main
from reader.store import Library, LibraryError, LibraryFileError
from reader.store.errors import LibraryWriteError

TESTS_DIR = Path(__file__).resolve().parents[1]  # conftest and builders live there
PROJECT_DIR = TESTS_DIR.parent
# The derived index, rebuilt by reads whenever it is stale or damaged.
INDEX_FILES = {"index.sqlite3", "index.sqlite3-wal", "index.sqlite3-shm"}

# -- a library with something of everything in it -----------------------------------------


def build(root: Path) -> dict[str, Any]:
    """Three articles with notes, bookmarks and reading state; what the ops below need."""
    _, ids = small_library(root)
    library = Library(root, entity_finder=fake_finder)
    passage_note = library.add_note(ids[0], "passage note", paragraph=1)
    library.add_note(ids[0], "article note")
    library.add_note(ids[1], "kept note", paragraph=2)
    mark = library.add_bookmark(ids[1], 0)
    library.add_bookmark(ids[0], 1, 0, 8)
    gone = library.add_note(ids[2], "deleted note, to restore", paragraph=0)
    library.delete_note(gone.id)
    library.mark_read(ids[0])
    library.remember_position(ids[1], 2)
    context = {
        "ids": ids,
        "note": passage_note.id,
        "bookmark": mark.id,
        "deleted": gone.to_dict(),
    }
    (root.parent / f"{root.name}.context.json").write_text(json.dumps(context))
    return context


# Every kind of write the Library offers, each run against a library made by build().
# Kept as source so child processes run the very same operations without importing this
# module (and pytest with it, half a second per child).
OPS_SOURCE = """
import json
from pathlib import Path
from builders import article, fake_finder
from reader.model import Note
from reader.store import Library

CHANGED_PARAGRAPHS = [
    "An update was added at the top of this article.",
    "Jan Kowalski spoke in Warsaw on day 0.",
    "Kowalski said the talks would go on.",
    "A closing paragraph for article 0.",
]


def load_context(root):
    root = Path(root)
    return json.loads((root.parent / f"{root.name}.context.json").read_text())


OPS = {
    "add passage note": lambda lib, c: lib.add_note(c["ids"][2], "new note", paragraph=1),
    "add article note": lambda lib, c: lib.add_note(c["ids"][2], "new article note"),
    "edit note": lambda lib, c: lib.edit_note(c["note"], "edited text"),
    "delete note": lambda lib, c: lib.delete_note(c["note"]),
    "restore note": lambda lib, c: lib.restore_note(Note.from_dict(c["deleted"])),
    "bookmark on": lambda lib, c: lib.toggle_bookmark(c["ids"][2], 2),
    "bookmark off": lambda lib, c: lib.toggle_bookmark(c["ids"][1], 0),
    "add bookmark": lambda lib, c: lib.add_bookmark(c["ids"][2], 1, 0, 8),
    "remove bookmark": lambda lib, c: lib.remove_bookmark(c["bookmark"]),
    "mark read": lambda lib, c: lib.mark_read(c["ids"][2]),
    "mark unread": lambda lib, c: lib.mark_read(c["ids"][0], False),
    "last passage": lambda lib, c: lib.remember_position(c["ids"][0], 2),
    "import new": lambda lib, c: lib.add_articles(
        [(article("https://new.example/1", "A new one", ["Fresh news from Warsaw."]), "new")]
    ),
    "import changed": lambda lib, c: lib.add_articles(
        [(article("https://news.example/0", "Article number 0", CHANGED_PARAGRAPHS), "changed")]
    ),
}


def run_op(name, root):
    return OPS[name](Library(root, entity_finder=fake_finder), load_context(root))
"""
_ops: dict[str, Any] = {}
exec(compile(OPS_SOURCE, "OPS_SOURCE", "exec"), _ops)
OPS: dict[str, Callable[[Library, dict[str, Any]], Any]] = _ops["OPS"]
CHANGED_PARAGRAPHS: list[str] = _ops["CHANGED_PARAGRAPHS"]
load_context: Callable[[Path], dict[str, Any]] = _ops["load_context"]
run_op: Callable[[str, Path], Any] = _ops["run_op"]


# -- what "healthy" and "nothing lost" mean --------------------------------------------------


def snapshot(root: Path) -> dict[str, dict[str, Any]]:
    """Everything a user made or imported, read by a fresh Library (every body included)."""
    library = Library(root)
    summaries = library.summaries()
    for summary in summaries:
        library.article(summary.id)
        library.entities_of(summary.id)
    return {
        "articles": {s.id: s.title for s in summaries},
        "notes": {n.id: (n.text, n.anchor.exact if n.anchor else None) for n in library.notes()},
        "bookmarks": {b.id: b.anchor.exact for b in library.bookmarks()},
        "reading": {a: (s.read, s.position) for a, s in library.reading_states().items()},
    }


def temp_files(root: Path) -> list[Path]:
    return sorted(root.rglob("*.tmp"))


def assert_kept(before: dict[str, dict[str, Any]], after: dict[str, dict[str, Any]]) -> None:
    for part, items in before.items():
        lost = {k: v for k, v in items.items() if after[part].get(k) != v}
        assert not lost, f"{part} lost or changed: {lost}"


def misanchored(root: Path) -> list[str]:
    """Annotations (not flagged orphaned) whose quote is not where their anchor says."""
    library = Library(root)
    bad = []
    for item in [*library.bookmarks(), *library.notes()]:
        anchor = item.anchor
        if anchor is None or item.orphaned:
            continue
        paragraphs = library.paragraphs(item.article_id)
        if anchor.paragraph >= len(paragraphs) or (
            paragraphs[anchor.paragraph][anchor.start : anchor.end] != anchor.exact
        ):
            bad.append(item.id)
    return bad


def one_line_error(stderr: str) -> str:
    lines = [line for line in stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and "Traceback" not in stderr, stderr
    assert lines[0].startswith("reader: "), stderr
    return lines[0]


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    """One library made by build(); tests work on copies of it."""
    root = tmp_path_factory.mktemp("faults") / "library"
    build(root)
    # The Libraries build() used close their index when collected, which removes its -wal
    # and -shm files: collected now, not half way through a copy of the folder.
    gc.collect()
    return root


def copy_of(built: Path, where: Path) -> Path:
    root = where / "library"
    shutil.copytree(built, root)
    shutil.copy(built.parent / f"{built.name}.context.json", where / "library.context.json")
    Library(root).summaries()  # a copy has new inodes: let the index catch up
    return root


# -- 1. a full disk -----------------------------------------------------------------------------


class FullDisk:
    """Stands in for `os` inside reader.store.atomic: the n-th file write runs out of space
    half way through, as a real full disk does (part of the data is written, then ENOSPC)."""

    def __init__(self, fail_at: int | None) -> None:
        self.fail_at = fail_at
        self.writes = 0

    def __getattr__(self, name: str) -> Any:
        return getattr(os, name)

    def fdopen(self, fd: int, mode: str):
        self.writes += 1
        file = os.fdopen(fd, mode)
        return _FillingUp(file) if self.writes == self.fail_at else file


class _FillingUp:
    def __init__(self, file) -> None:
        self.file = file

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.file.close()

    def write(self, data: bytes) -> int:
        self.file.write(data[: len(data) // 2])
        self.file.flush()
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


def writes_of(op: str, built: Path, where: Path) -> int:
    disk = FullDisk(None)
    root = copy_of(built, where)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("reader.store.atomic.os", disk)
        run_op(op, root)
    shutil.rmtree(where)
    where.mkdir()
    return disk.writes


@pytest.mark.parametrize("op", sorted(OPS))
def test_disk_full_at_every_write_of_every_operation_keeps_everything(
    op, built, tmp_path, monkeypatch
):
    """Fail each file write the operation makes, one at a time: the error names the file,
    the library still opens with everything it had, no temp file stays, and the same
    operation succeeds once there is space again."""
    count = writes_of(op, built, tmp_path / "count")
    assert count >= 1
    for fail_at in range(1, count + 1):
        where = tmp_path / f"fail-{fail_at}"
        where.mkdir()
        root = copy_of(built, where)
        before_bytes = tree_bytes(root)
        before = snapshot(root)
        with monkeypatch.context() as patch:
            patch.setattr("reader.store.atomic.os", FullDisk(fail_at))
            with pytest.raises(LibraryWriteError) as caught:
                run_op(op, root)
        message = str(caught.value)
        assert f"cannot write {root}" in message and "disk full" in message, message
        assert isinstance(caught.value, LibraryError) and caught.value.errno == errno.ENOSPC
        assert temp_files(root) == []
        assert_kept(before, snapshot(root))
        if fail_at == 1:
            assert tree_bytes(root) == before_bytes  # the first write failed: nothing changed
        run_op(op, root)  # space again: the same write now works
        snapshot(root)
        assert temp_files(root) == []


def test_a_refused_write_leaves_the_old_file_and_no_temp_file(tmp_path, monkeypatch):
    from reader.store.atomic import write_atomic

    target = tmp_path / "data.json"
    write_atomic(target, b"before")
    monkeypatch.setattr("reader.store.atomic.os", FullDisk(1))
    with pytest.raises(LibraryWriteError, match="no space left on the disk"):
        write_atomic(target, b"after" * 1000)
    assert target.read_bytes() == b"before"
    assert [p.name for p in tmp_path.iterdir()] == ["data.json"]


# Operations in a child process: [op, error class or None, message] per line. A file size
# limit >= 0 (RLIMIT_FSIZE) makes writes past it fail with EFBIG, as on a full disk.
OPS_CHILD = """
import json, resource, signal, sys
sys.path.insert(0, sys.argv[1])
exec(sys.argv[2])
from reader.store import LibraryError
root, limit, ops = sys.argv[3], int(sys.argv[4]), sys.argv[5:]
if limit >= 0:
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
for op in ops:
    try:
        run_op(op, root)
    except LibraryError as error:
        print(json.dumps([op, type(error).__name__, str(error)]), flush=True)
    else:
        print(json.dumps([op, None, None]), flush=True)
"""


def run_ops_child(
    root: Path, ops: list[str], limit: int = -1, prefix: list[str] | None = None
) -> list[tuple[str, str | None, str | None]]:
    done = subprocess.run(
        [*(prefix or []), sys.executable, "-c", OPS_CHILD, str(TESTS_DIR), OPS_SOURCE,
         str(root), str(limit), *ops],
        capture_output=True, text=True, timeout=60,
    )
    assert done.returncode == 0 and "Traceback" not in done.stderr, done.stderr
    results = [tuple(json.loads(line)) for line in done.stdout.splitlines()]
    assert [op for op, *_ in results] == ops
    return results


def test_disk_full_for_real_refuses_every_kind_of_write(built, tmp_path):
    """In a child with RLIMIT_FSIZE=0 every write fails with a real EFBIG: each operation
    stops with a LibraryWriteError naming the file, and the library is byte for byte as
    it was (each failed write changed nothing, so they can run one after another)."""
    root = copy_of(built, tmp_path)
    before = tree_bytes(root)
    for op, kind, message in run_ops_child(root, sorted(OPS), limit=0):
        assert kind == "LibraryWriteError", (op, kind, message)
        assert f"cannot write {root}" in message and "disk full" in message, (op, message)
    assert tree_bytes(root) == before
    assert temp_files(root) == []


@pytest.mark.parametrize("op", ["import new", "import changed"])
def test_disk_full_for_the_index_only_keeps_the_import_and_the_index_catches_up(op, built, tmp_path):
    """A limit the article's body and metadata fit under but the index does not: the import
    stands, the index is left stale, and the next read with room brings it up to date.
    (A full disk at each write of the truth itself: test_disk_full_at_every_write_...)"""
    root = copy_of(built, tmp_path)
    before = snapshot(root)
    limit = max(p.stat().st_size for p in root.rglob("*.json")) * 2  # the truth's files
    assert limit < (root / "index.sqlite3").stat().st_size
    ((_, kind, message),) = run_ops_child(root, [op], limit=limit)
    assert kind is None, message
    assert not Library(root).index_is_current()
    after = snapshot(root)
    assert_kept({k: v for k, v in before.items() if k not in ("notes", "articles")}, after)
    assert set(before["notes"]) == set(after["notes"])
    assert set(after["articles"]) >= set(before["articles"])
    title = "A new one" if op == "import new" else "Article number 0"
    assert Library(root).search(f'title:"{title}"').total == 1
    assert Library(root).index_is_current()


# Commands in a child process, through the real entry point, without spaCy (the writes are
# what is tested), optionally with a file size limit (-1: none). All but the last run in
# turn through main() ([exit code, stdout, stderr] per line); the last one runs as
# `python -m reader` does, so the process's own exit code is checked too.
CLI_CHILD = """
import contextlib, io, json, resource, runpy, signal, sys
sys.path.insert(0, sys.argv[1])
from builders import fake_finder
from reader.cli.main import main
from reader.store import Library
Library.entity_finder = lambda self: fake_finder
limit, commands = int(sys.argv[2]), json.loads(sys.argv[3])
if limit >= 0:
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
for args in commands[:-1]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(args)
    print(json.dumps([code, out.getvalue(), err.getvalue()]), flush=True)
sys.argv = ["reader", *commands[-1]]
runpy.run_module("reader", run_name="__main__", alter_sys=True)
"""


def run_cli(
    root: Path, commands: list[list[str]], limit: int = -1, prefix: list[str] | None = None
) -> list[tuple[int, str, str]]:
    """(exit code, stdout, stderr) of each command, run against the library in `root`."""
    commands = [["--data-dir", str(root), *args] for args in commands]
    done = subprocess.run(
        [*(prefix or []), sys.executable, "-c", CLI_CHILD, str(TESTS_DIR), str(limit),
         json.dumps(commands)],
        capture_output=True, text=True, timeout=60, cwd=PROJECT_DIR,
    )
    lines = done.stdout.splitlines()
    earlier = [tuple(json.loads(line)) for line in lines[: len(commands) - 1]]
    last = "\n".join(lines[len(commands) - 1 :])
    return [*earlier, (done.returncode, last, done.stderr)]


def new_article_file(where: Path) -> Path:
    path = where / "fresh-news.txt"
    path.write_text(
        "A brand new headline about Warsaw\n\nJan Kowalski visited Warsaw for talks today.\n\n"
        "The talks will go on next week.\n"
    )
    return path


def write_commands(article_id: str, where: Path) -> list[list[str]]:
    return [
        ["note", article_id, "not", "saved"],
        ["note", article_id, "--passage", "2", "not", "saved"],
        ["bookmark", article_id, "--passage", "3"],
        ["import", str(new_article_file(where))],
        ["note", article_id, "--passage", "1", "not", "saved", "either"],
    ]


def test_disk_full_on_the_command_line_is_one_line_and_exit_1(built, tmp_path):
    root = copy_of(built, tmp_path)
    commands = write_commands(load_context(root)["ids"][2], tmp_path)
    before = tree_bytes(root)
    for args, (code, _, err) in zip(commands, run_cli(root, commands, limit=0), strict=True):
        assert code == 1, (args, err)
        line = one_line_error(err)
        assert f"cannot write {root}" in line and "disk full" in line, line
    assert tree_bytes(root) == before
    assert temp_files(root) == []


# -- 2. a read-only data folder ------------------------------------------------------------------


def read_only_prefix(root: Path) -> list[str]:
    """How to run a process that file permissions apply to: as is, or, for root (which
    ignores them), with the permission-override capabilities dropped."""
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("running as root, which ignores file permissions, and setpriv is missing")
    prefix = [setpriv, "--inh-caps=-all", "--bounding-set=-dac_override,-dac_read_search"]
    probe_code = "import sys; open(sys.argv[1] + '/probe', 'w')"
    probe = subprocess.run(
        [*prefix, sys.executable, "-c", probe_code, str(root)], capture_output=True, text=True
    )
    if probe.returncode == 0 or "PermissionError" not in probe.stderr:
        (root / "probe").unlink(missing_ok=True)
        pytest.skip(f"running as root and cannot drop the permission override: {probe.stderr}")
    return prefix


def make_read_only(root: Path) -> None:
    for path in [root, *root.rglob("*")]:
        path.chmod(0o555 if path.is_dir() else 0o444)


def make_writable(root: Path) -> None:
    for path in [root, *root.rglob("*")]:
        path.chmod(0o755 if path.is_dir() else 0o644)


@pytest.fixture
def read_only_library(built, tmp_path):
    root = copy_of(built, tmp_path)
    for name in INDEX_FILES:  # an index it cannot write: it indexes into a private copy
        (root / name).unlink(missing_ok=True)
    make_read_only(root)
    try:
        yield root, read_only_prefix(root)
    finally:
        make_writable(root)


def test_read_only_folder_reads_work_and_writes_fail_in_one_line(read_only_library, tmp_path):
    root, prefix = read_only_library
    article_id = load_context(root)["ids"][0]
    before = tree_bytes(root)
    reads = [["list"], ["show", article_id], ["search", "Kowalski"], ["export", "--format", "json"]]
    for args, (code, out, err) in zip(reads, run_cli(root, reads, prefix=prefix), strict=True):
        assert code == 0 and out and not err, (args, err)
    writes = write_commands(article_id, tmp_path)
    for args, (code, out, err) in zip(writes, run_cli(root, writes, prefix=prefix), strict=True):
        assert code == 1, (args, out, err)
        line = one_line_error(err)
        assert f"cannot write {root}" in line and "read-only" in line, line
    assert tree_bytes(root) == before
    assert not any((root / name).exists() for name in INDEX_FILES)


def test_read_only_folder_refuses_every_kind_of_write(read_only_library):
    root, prefix = read_only_library
    before = tree_bytes(root)
    for op, kind, message in run_ops_child(root, sorted(OPS), prefix=prefix):
        assert kind == "LibraryWriteError", (op, kind, message)
        assert f"cannot write {root}" in message and "read-only" in message, (op, message)
    assert tree_bytes(root) == before


# -- 3. damaged, foreign and newer files, through the command line ---------------------------------

DAMAGE = {
    "truncated": lambda raw: raw[: len(raw) // 2],
    "garbage": lambda raw: b"\x00\xff\xfe not json \x00",
    "newer": lambda raw: raw.replace(b'"schema":1', b'"schema":9'),
}
FILE_KINDS = ["articles", "annotations", "body", "index"]
RECOVERY = re.compile(r"restore it from a backup|reader doctor|move it away")

COMMANDS = {
    "list": lambda c: ["list"],
    "show": lambda c: ["show", c["ids"][0]],
    "search": lambda c: ["search", "Kowalski"],
    "search text": lambda c: ["search", "closing paragraph"],
    "note": lambda c: ["note", c["ids"][0], "new", "note"],
    "passage note": lambda c: ["note", c["ids"][0], "--passage", "2", "new", "note"],
    "bookmark": lambda c: ["bookmark", c["ids"][0], "--passage", "3"],
    "import": lambda c: ["import", c["new_file"]],
    "import changed": lambda c: ["import", c["changed_file"]],
    "export": lambda c: ["export", "--format", "json"],
    "export markdown": lambda c: ["export", "--format", "markdown", "--out", c["out"]],
}
# The commands that need the damaged file, so must refuse (others may work without it).
MUST_REFUSE = {
    "articles": {"list", "search", "search text", "import", "import changed", "export"},
    "annotations": {"show", "note", "passage note", "bookmark", "import changed", "export",
                    "export markdown"},
    "body": {"show", "note", "passage note", "bookmark", "export", "export markdown"},
    "index": set(),
}


def damaged_path(root: Path, kind: str, context: dict[str, Any]) -> Path:
    library = Library(root)
    if kind == "body":
        return library.files.body(context["ids"][0])
    if kind == "articles":  # the shard of the metadata holding that article
        return library.files.shard(context["ids"][0])
    return getattr(library.files, kind)


@pytest.mark.parametrize("damage", sorted(DAMAGE))
@pytest.mark.parametrize("kind", FILE_KINDS)
def test_damaged_file_every_command_says_which_and_leaves_it(
    kind, damage, built, tmp_path, monkeypatch, capsys
):
    """Each command either works without the damaged file or stops with one line naming it
    and saying how to recover; the damaged file is never written over (index.sqlite3,
    derived, is rebuilt instead). A refused command changes no file of the truth."""
    monkeypatch.setattr(Library, "entity_finder", lambda self: fake_finder)
    root = copy_of(built, tmp_path)
    context = load_context(root)
    context["new_file"] = str(new_article_file(tmp_path))
    context["out"] = str(tmp_path / "out")
    # An article imported from a file, annotated, whose file then changes: importing it
    # again re-anchors its annotations.
    source = tmp_path / "changing.md"
    source.write_text("# A changing story\n\n" + "\n\n".join(CHANGED_PARAGRAPHS[1:]) + "\n")
    assert cli_main(["--data-dir", str(root), "import", str(source)]) == 0
    story = next(s.id for s in Library(root).summaries() if s.title == "A changing story")
    Library(root).add_note(story, "on it", paragraph=1)
    capsys.readouterr()
    source.write_text("# A changing story\n\n" + "\n\n".join(CHANGED_PARAGRAPHS) + "\n")
    context["changed_file"] = str(source)
    path = damaged_path(root, kind, context)
    damaged = DAMAGE[damage](path.read_bytes())
    path.write_bytes(damaged)
    for name, args in COMMANDS.items():
        before = tree_bytes(root)
        code = cli_main(["--data-dir", str(root), *args(context)])
        err = capsys.readouterr().err
        if kind == "index":
            assert code == 0, (name, err)
            continue
        if name in MUST_REFUSE[kind]:
            assert code == 1, (name, err)
        if code == 1:
            line = one_line_error(err)
            assert f"library file {path} " in line, (name, line)
            assert "left untouched" in line and RECOVERY.search(line), line
            after = tree_bytes(root)
            changed = {k for k in before.keys() | after.keys() if before.get(k) != after.get(k)}
            assert not changed, (name, changed)
        else:
            assert code == 0 and "Traceback" not in err, (name, err)
        assert path.read_bytes() == damaged, name
    if kind == "index":
        library = Library(root)
        assert {s.id for s in library.summaries()} == set(snapshot(root)["articles"])
        assert library.search("\"article number 1\"").total == 1


@pytest.mark.parametrize("damage", sorted(DAMAGE))
def test_damaged_reading_state_is_refused_and_left(damage, built, tmp_path):
    """reading.json (read/unread, last passage) is only used by the app: the Library refuses
    it by name for reads and writes, and keeps it byte for byte."""
    root = copy_of(built, tmp_path)
    library = Library(root)
    path = library.files.reading
    path.write_bytes(DAMAGE[damage](path.read_bytes()))
    before = tree_bytes(root)
    context = load_context(root)
    for attempt in (
        library.reading_states,
        lambda: library.mark_read(context["ids"][2]),
        lambda: library.remember_position(context["ids"][2], 1),
    ):
        with pytest.raises(LibraryFileError) as caught:
            attempt()
        assert str(path) in str(caught.value) and "left untouched" in str(caught.value)
    assert tree_bytes(root) == before
    # Everything else still works.
    library.add_note(context["ids"][2], "still possible")
    assert "still possible" in {n.text for n in Library(root).notes()}


# -- 4. an import interrupted between re-anchoring and writing the last file ----------------------


def test_interrupted_reimport_leaves_annotations_anchored(built, tmp_path):
    """Fail each write of a re-import of a changed, annotated article in turn: afterwards
    every annotation that is not flagged orphaned must still sit on its quote."""
    count = writes_of("import changed", built, tmp_path / "count")
    broken = {}
    for fail_at in range(1, count + 1):
        where = tmp_path / f"fail-{fail_at}"
        where.mkdir()
        root = copy_of(built, where)
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr("reader.store.atomic.os", FullDisk(fail_at))
            with pytest.raises(LibraryWriteError):
                run_op("import changed", root)
        if misanchored(root):
            broken[fail_at] = misanchored(root)
    assert broken == {}


def test_next_write_of_a_file_removes_temp_files_killed_writers_left(built, tmp_path):
    root = copy_of(built, tmp_path)
    stale = [root / ".annotations.json.k1ll3d.tmp", root / ".reading.json.k1ll3d.tmp"]
    for path in stale:
        path.write_bytes(b'{"half": ')
    run_op("add passage note", root)  # writes annotations.json: its stale temp file goes
    assert temp_files(root) == [stale[1]]
    run_op("last passage", root)
    assert temp_files(root) == []


# -- 5. two writers at once ----------------------------------------------------------------------

# After its first note a writer waits at the barrier (a folder) until every writer has
# written one: all of them are then writing at once, whatever the machine's speed.
BARRIER = """
import os, time
def wait_at(barrier, name, writers):
    if barrier:
        open(os.path.join(barrier, name), "w").close()
        while len(os.listdir(barrier)) < writers:
            time.sleep(0.01)
"""

API_WRITER = BARRIER + """
import sys
sys.path.insert(0, sys.argv[1])
from reader.store import Library
library = Library(sys.argv[2])
article_id, name = sys.argv[3], sys.argv[4]
ROUNDS, barrier = int(sys.argv[5]), sys.argv[6]
for n in range(ROUNDS):
    note = library.add_note(article_id, f"{name} {n}", paragraph=n % 3)
    print("note", note.id, flush=True)
    if n == 0:
        wait_at(barrier, name, 3)
    if n % 3 == 0:
        library.edit_note(note.id, f"{name} {n} edited")
        print("edit", note.id, flush=True)
    if n % 5 == 0:
        mark = library.toggle_bookmark(article_id, n % 3)
        print("bookmark", mark.id if mark else "-", flush=True)
    library.remember_position(article_id, n)
"""

# `reader note` again and again, in one process, until told to stop (or `count` notes).
CLI_WRITER = BARRIER + """
import sys
from reader.cli.main import main
data_dir, article_id, count, stop = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
barrier = sys.argv[5] if len(sys.argv) > 5 else ""
n = 0
while n < count and not os.path.exists(stop):
    passage = str(n % 3 + 1)
    code = main(["--data-dir", data_dir, "note", article_id, "--passage", passage, "cli", str(n)])
    assert code == 0
    sys.stdout.flush()
    if n == 0:
        wait_at(barrier, "cli", 3)
    n += 1
"""


def note_ids_printed_by_cli(out: str) -> list[str]:
    # "noted passage N of ID (note NOTE_ID)"
    lines = [line for line in out.splitlines() if "(note " in line]
    return [line.rsplit("(note ", 1)[1].rstrip(")") for line in lines]


@contextmanager
def command_line_writing_notes(root: Path, article_id: str) -> Iterator[list[str]]:
    """`reader note` on `article_id`, over and over, for as long as the block runs; after it,
    the yielded list holds the ids of the notes the command line acknowledged."""
    stop = root.parent / "stop-writing"
    cli = subprocess.Popen(
        [sys.executable, "-c", CLI_WRITER, str(root), article_id, "1000", str(stop)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=PROJECT_DIR,
    )
    acknowledged: list[str] = []
    try:
        first = cli.stdout.readline()
        assert "(note " in first  # the command line is writing now, and goes on until stopped
        yield acknowledged
        assert cli.poll() is None  # it wrote all along
        stop.touch()
        rest, err = cli.communicate(timeout=60)
        assert cli.returncode == 0, err
        acknowledged.extend(note_ids_printed_by_cli(first + rest))
    finally:
        if cli.poll() is None:
            cli.kill()


WRITER_ROUNDS = 30


def test_two_api_writers_and_the_command_line_at_once_keep_everything(tmp_path):
    """Two processes using the Library (notes, edits, bookmark toggles, last passage) and a
    third running `reader note`, all at once: every acknowledged change is on disk."""
    library, ids = small_library(tmp_path / "library")
    root = library.data_dir
    barrier = tmp_path / "barrier"
    barrier.mkdir()
    api = [
        subprocess.Popen(
            [sys.executable, "-c", API_WRITER, str(TESTS_DIR), str(root), ids[n], name,
             str(WRITER_ROUNDS), str(barrier)],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )
        for n, name in enumerate(["left", "right"])
    ]
    cli = subprocess.Popen(
        [sys.executable, "-c", CLI_WRITER, str(root), ids[2], str(WRITER_ROUNDS),
         str(tmp_path / "no-stop"), str(barrier)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=PROJECT_DIR,
    )
    outputs = [child.communicate(timeout=120) for child in [*api, cli]]
    assert [child.returncode for child in [*api, cli]] == [0, 0, 0], [e for _, e in outputs]
    # The writers overlapped: in the order the notes were stored, every writer's first note
    # comes before every writer's last one.
    stored_notes = json.loads((root / "annotations.json").read_text())["notes"]
    writers = [stored_notes[k]["text"].split()[0] for k in sorted(stored_notes, key=int)]
    spans = {w: (writers.index(w), len(writers) - 1 - writers[::-1].index(w)) for w in set(writers)}
    assert sorted(spans) == ["cli", "left", "right"]
    assert max(first for first, _ in spans.values()) < min(last for _, last in spans.values()), writers
    stored = Library(root)
    notes = {n.id: n.text for n in stored.notes()}
    expected_marks: set[str] = set()
    for out, _ in outputs[:2]:
        acks = [line.split() for line in out.splitlines()]
        added = [i for kind, i in acks if kind == "note"]
        assert len(added) == WRITER_ROUNDS and set(added) <= set(notes)
        edited = {i for kind, i in acks if kind == "edit"}
        assert len(edited) == len(range(0, WRITER_ROUNDS, 3))
        assert all(notes[i].endswith(" edited") for i in edited)
        # Each toggle flips its passage: the last one acknowledged per passage is what counts.
        toggles = [i for kind, i in acks if kind == "bookmark"]
        last = dict(zip((n % 3 for n in range(0, WRITER_ROUNDS, 5)), toggles, strict=True))
        expected_marks |= {i for i in last.values() if i != "-"}
    assert {b.id for b in stored.bookmarks()} == expected_marks
    cli_notes = note_ids_printed_by_cli(outputs[2][0])
    assert sorted(notes[i] for i in cli_notes) == sorted(f"cli {n}" for n in range(WRITER_ROUNDS))
    states = stored.reading_states()
    assert states[ids[0]].position == states[ids[1]].position == WRITER_ROUNDS - 1
    assert temp_files(root) == []


async def test_the_app_bookmarking_while_the_command_line_adds_notes_keeps_both(sample_library):
    """A running app and a `reader note` process write the same annotations file: the app's
    bookmarks and every note the command line acknowledged are all on disk afterwards."""
    from pilot import WIDE, article_id

    from reader.tui.app import ReaderApp

    harbour = article_id(sample_library, "Harbour Authority approves")
    with command_line_writing_notes(sample_library.data_dir, harbour) as cli_notes:
        app = ReaderApp(sample_library)
        async with app.run_test(size=WIDE) as pilot:
            await pilot.press("enter")
            for _ in range(4):
                await pilot.press("b", "j")
            await pilot.press("A", *"From the app", "ctrl+s")
            app.writes.flush()
            await pilot.pause()
    fresh = Library(sample_library.data_dir)
    assert sorted(m.anchor.paragraph for m in fresh.bookmarks(harbour)) == [0, 1, 2, 3]
    notes = {n.id: n.text for n in fresh.notes(harbour)}
    assert "From the app" in notes.values()
    assert len(cli_notes) > 1 and set(cli_notes) <= set(notes)


APP_WRITER = """
import asyncio, sys
from reader.store import Library
from reader.tui.app import ReaderApp
data_dir, row, label = sys.argv[1], int(sys.argv[2]), sys.argv[3]

async def main():
    app = ReaderApp(Library(data_dir))
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press(*["j"] * row, "enter")
        for n in range(5):
            await pilot.press("A", *f"{label} {n}", "ctrl+s")
            app.writes.flush()
            await pilot.pause()
        await pilot.press("j", "b")
        app.writes.flush()
        await pilot.pause()
        print(app.reading.article_view.article.id, flush=True)

asyncio.run(main())
"""


def test_two_apps_and_the_command_line_writing_at_once_keep_everything(sample_library):
    """Two running apps (each writing notes and a bookmark on its own article) and a
    `reader note` process, all on one library: everything each acknowledged is on disk."""
    from pilot import article_id

    root = sample_library.data_dir
    harbour = article_id(sample_library, "Harbour Authority approves")
    with command_line_writing_notes(root, harbour) as cli_notes:
        apps = [
            subprocess.Popen([sys.executable, "-c", APP_WRITER, str(root), str(row), label],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                             cwd=PROJECT_DIR)
            for row, label in ((1, "left"), (2, "right"))
        ]
        outputs = [app.communicate(timeout=120) for app in apps]
        assert [app.returncode for app in apps] == [0, 0], [err[-800:] for _, err in outputs]
    fresh = Library(root)
    opened = [out.strip() for out, _ in outputs]
    assert len(set(opened)) == 2 and harbour not in opened
    for article, label in zip(opened, ("left", "right"), strict=True):
        assert sorted(n.text for n in fresh.notes(article)) == [f"{label} {n}" for n in range(5)]
        assert [b.anchor.paragraph for b in fresh.bookmarks(article)] == [1]
    assert len(cli_notes) > 1 and set(cli_notes) <= {n.id for n in fresh.notes(harbour)}
