"""Walking a folder: any depth, symlinks not followed, unreadable subfolders reported."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from builders import fake_finder
from hostile_corpus import ARTICLE

from reader.cli import main
from reader.ingest.sources import expand_source
from reader.store import Library


@pytest.fixture(autouse=True)
def no_spacy(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(Library, "entity_finder", lambda self: fake_finder)


@pytest.fixture
def deep_folder(tmp_path: Path):
    """A folder 1,500 levels deep with one article at the bottom; removed level by level
    afterwards (shutil.rmtree, and so pytest's clean-up, recurses and would fail on it)."""
    root = tmp_path / "deep"
    os.mkdir(root)
    cwd = os.getcwd()
    try:
        os.chdir(root)
        for _ in range(1500):
            os.mkdir("d")
            os.chdir("d")
        Path("story.txt").write_text(ARTICLE, encoding="utf-8")
    finally:
        os.chdir(cwd)
    yield root
    bottom = root / "/".join(["d"] * 1500)
    os.unlink(bottom / "story.txt")
    for level in range(1500, 0, -1):
        os.rmdir(root / "/".join(["d"] * level))


def test_a_folder_1500_levels_deep_is_walked(deep_folder: Path) -> None:
    found, unreadable = expand_source(str(deep_folder))
    assert len(found) == 1 and found[0].endswith("/d/story.txt") and unreadable == []


def test_file_symlinks_are_not_followed_out_of_the_folder(tmp_path: Path) -> None:
    private = tmp_path / "private.txt"
    private.write_text(ARTICLE, encoding="utf-8")
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "own.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "link.txt").symlink_to(private)
    (folder / "loop").symlink_to(folder)
    assert expand_source(str(folder)) == ([str(folder / "own.txt")], [])


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads every folder")
def test_an_unreadable_subfolder_is_reported_and_fails_the_import(tmp_path: Path, capsys) -> None:
    folder = tmp_path / "in"
    (folder / "closed").mkdir(parents=True)
    (folder / "story.txt").write_text(ARTICLE, encoding="utf-8")
    os.chmod(folder / "closed", 0)
    try:
        code = main(["--data-dir", str(tmp_path / "lib"), "import", str(folder)])
    finally:
        os.chmod(folder / "closed", 0o755)
    err = capsys.readouterr().err
    assert code == 1
    assert f"reader: {folder / 'closed'}: folder could not be read: permission denied" in err
    assert len(Library(tmp_path / "lib").summaries()) == 1


def test_an_unreadable_subfolder_is_reported_even_as_root(tmp_path: Path, monkeypatch, capsys) -> None:
    folder = tmp_path / "in"
    (folder / "closed").mkdir(parents=True)
    (folder / "story.txt").write_text(ARTICLE, encoding="utf-8")
    real_scandir = os.scandir

    def scandir(path):
        if str(path).endswith("closed"):
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr("reader.ingest.sources.os.scandir", scandir)
    code = main(["--data-dir", str(tmp_path / "lib"), "import", str(folder)])
    assert code == 1
    assert f"reader: {folder / 'closed'}: folder could not be read: permission denied" in capsys.readouterr().err
