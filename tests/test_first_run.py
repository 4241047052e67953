"""`reader` on an empty data folder imports the sample library, once, then opens the app."""

from __future__ import annotations

import pytest

from reader.cli import main


@pytest.mark.slow
def test_first_run_imports_the_samples_once(tmp_path, monkeypatch, capsys):
    opened = []
    monkeypatch.setattr("reader.tui.app.run_app", lambda library: opened.append(library) or 0)
    assert main(["--data-dir", str(tmp_path)]) == 0
    assert "First run: importing the sample library" in capsys.readouterr().err
    (library,) = opened
    assert len(library.summaries()) == 18

    assert main(["--data-dir", str(tmp_path)]) == 0
    assert "First run" not in capsys.readouterr().err
    assert len(opened) == 2 and len(opened[1].summaries()) == 18
