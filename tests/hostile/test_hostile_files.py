"""Special files where a regular one is expected, and escapes in names and paths."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest
from builders import small_library

from reader.cli import main
from reader.ingest import ImportFailure, read_source
from reader.tui.config import load_settings

ESC = "\x1b"


def fifo(folder: Path, name: str) -> Path:
    path = folder / name
    os.mkfifo(path)
    return path


@pytest.mark.parametrize("special", ["fifo", "/dev/zero"])
def test_a_config_file_that_is_not_a_regular_file_is_reported_and_skipped(special, tmp_path):
    path = fifo(tmp_path, "config.toml") if special == "fifo" else Path(special)
    settings, problems = load_settings(path)  # a FIFO without a writer must not block
    assert settings.theme == "textual-dark"
    assert problems == [f"{path}: not a regular file; using the default settings"]


def test_a_huge_config_file_is_refused(tmp_path):
    path = tmp_path / "config.toml"
    path.write_bytes(b"#" * (2 * 1024 * 1024))
    _, problems = load_settings(path)
    assert problems == [f"{path}: too large; using the default settings"]


def test_config_names_with_escapes_are_shown_not_obeyed(tmp_path):
    path = tmp_path / f"con{ESC}]0;owned{ESC}\\fig.toml"
    path.write_text(f'[keys]\n"x{ESC}]0;title\\u0007" = "j"\n[entity_colors]\n"T{ESC}[31m" = "red"\n')
    _, problems = load_settings(path)
    assert problems and not any(ESC in p or "\x07" in p for p in problems)


def test_a_fifo_swapped_in_is_refused_without_waiting(tmp_path):
    path = fifo(tmp_path, "story.txt")
    done = threading.Event()
    result: list[object] = []

    def read() -> None:
        try:
            read_source(str(path))
        except ImportFailure as failure:
            result.append(failure.reason)
        done.set()

    threading.Thread(target=read, daemon=True).start()
    opened = done.wait(timeout=30)
    if not opened:  # unblock the reader so the thread ends
        with open(path, "wb"):
            pass
    assert opened and result == ["not a regular file"]


def test_paths_in_error_lines_carry_no_escapes(tmp_path, capsys):
    small_library(tmp_path / "lib")
    out = tmp_path / f"out{ESC}]0;owned{ESC}\\"
    os.mkfifo(out)
    assert main(["--data-dir", str(tmp_path / "lib"), "export", "--format", "json", "--out", str(out)]) == 1
    err = capsys.readouterr().err
    assert err == f"reader: cannot export to {tmp_path / 'out'}: it is a FIFO, not a file (`--out -` writes to standard output)\n"
    data_dir = tmp_path / f"lib{ESC}[2J"
    data_dir.write_text("not a folder")
    assert main(["--data-dir", str(data_dir), "list"]) == 1
    err = capsys.readouterr().err
    assert err and ESC not in err
