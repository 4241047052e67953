"""`export --out`: files replaced atomically, `-` for standard output, symlinks written
through, devices, FIFOs and sockets refused; exported files get the umask's mode."""

from __future__ import annotations

import json
import os
import socket
import stat
from pathlib import Path

import pytest
from builders import small_library

from reader.cli import main


@pytest.fixture
def library_dir(tmp_path: Path) -> Path:
    library, ids = small_library(tmp_path / "lib")
    library.add_note(ids[0], "worth quoting", paragraph=1)
    return tmp_path / "lib"


def export(capsys, library_dir: Path, *args: str) -> tuple[int, str, str]:
    code = main(["--data-dir", str(library_dir), "export", *args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def umask_022():
    old = os.umask(0o022)
    yield
    os.umask(old)


@pytest.mark.parametrize("fmt", ["json", "w3c", "markdown"])
def test_dash_is_standard_output(fmt, library_dir, tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    code, out, _ = export(capsys, library_dir, "--format", fmt, "--out", "-")
    assert code == 0
    assert not (tmp_path / "-").exists()
    if fmt == "markdown":
        assert "worth quoting" in out
    else:
        assert json.loads(out)


@pytest.mark.parametrize("fmt,name", [("json", "out.json"), ("markdown", "notes.md"), ("markdown", "folder")])
def test_exported_files_get_the_umask_mode(fmt, name, library_dir, tmp_path, capsys, umask_022):
    code, _, _ = export(capsys, library_dir, "--format", fmt, "--out", str(tmp_path / name))
    assert code == 0
    written = [tmp_path / name] if name != "folder" else list((tmp_path / name).iterdir())
    assert written and all(stat.S_IMODE(p.stat().st_mode) == 0o644 for p in written)
    # The library's own files stay private.
    assert stat.S_IMODE((library_dir / "annotations.json").stat().st_mode) == 0o600


def test_a_regular_file_is_replaced_whole(library_dir, tmp_path, capsys):
    target = tmp_path / "out.json"
    target.write_text("old contents " * 1000)
    code, _, err = export(capsys, library_dir, "--out", str(target), "--format", "json")
    assert code == 0 and f"to {target}" in err
    assert json.loads(target.read_text())
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


@pytest.mark.parametrize("fmt,name", [("json", "out.json"), ("markdown", "notes.md")])
def test_a_symlink_is_written_through_to_its_target(fmt, name, library_dir, tmp_path, capsys):
    real = tmp_path / "real" / name
    real.parent.mkdir()
    real.write_text("old")
    link = tmp_path / name
    link.symlink_to(real)
    code, _, _ = export(capsys, library_dir, "--format", fmt, "--out", str(link))
    assert code == 0
    assert link.is_symlink() and os.readlink(link) == str(real)
    assert "worth quoting" in real.read_text()


def test_a_dangling_symlink_creates_its_target(library_dir, tmp_path, capsys):
    link = tmp_path / "out.json"
    link.symlink_to(tmp_path / "new.json")
    code, _, _ = export(capsys, library_dir, "--format", "json", "--out", str(link))
    assert code == 0 and link.is_symlink()
    assert json.loads((tmp_path / "new.json").read_text())


def null_device(folder: Path) -> Path:
    """A character device of our own (the null device's numbers), never a system one: an
    export that got it wrong would replace what it was given, and as root it could."""
    path = folder / "null"
    try:
        os.mknod(path, stat.S_IFCHR | 0o666, os.makedev(1, 3))
    except PermissionError:
        pytest.skip("making a device node needs CAP_MKNOD")
    return path


def special_file(tmp_path: Path, kind: str, suffix: str) -> Path:
    """A FIFO, socket, device, link to a device or folder, named as an export would be."""
    path = tmp_path / f"special{suffix}"
    if kind == "FIFO":
        os.mkfifo(path)
    elif kind == "socket":
        socket.socket(socket.AF_UNIX).bind(str(path))
    elif kind == "link":
        path.symlink_to(null_device(tmp_path))
    elif kind == "character device":
        devices = tmp_path / "devices"
        devices.mkdir()
        return null_device(devices)
    else:
        path.mkdir()
    return path


@pytest.mark.parametrize("kind", ["FIFO", "socket", "character device", "link", "folder"])
@pytest.mark.parametrize("fmt,suffix", [("json", ".json"), ("markdown", ".md")])
def test_special_files_are_refused_in_one_line(kind, fmt, suffix, library_dir, tmp_path, capsys):
    path = special_file(tmp_path, kind, suffix)
    before = os.lstat(path)
    code, out, err = export(capsys, library_dir, "--format", fmt, "--out", str(path))
    assert code == 1 and out == ""
    assert err.count("\n") == 1 and err.startswith(f"reader: cannot export to {path}: ")
    after = os.lstat(path)
    assert (stat.S_IFMT(after.st_mode), after.st_ino) == (stat.S_IFMT(before.st_mode), before.st_ino)


@pytest.mark.parametrize("kind", ["FIFO", "character device"])
def test_a_markdown_folder_must_be_a_folder(kind, library_dir, tmp_path, capsys):
    path = special_file(tmp_path, kind, "")
    code, _, err = export(capsys, library_dir, "--format", "markdown", "--out", str(path))
    assert code == 1 and err.startswith(f"reader: cannot export to {path}: not a folder")
