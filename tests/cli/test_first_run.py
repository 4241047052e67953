"""`reader` on an empty data folder imports the sample library, once, then opens the app."""

from __future__ import annotations

import subprocess
import sys

import pytest

from reader.store import Library

# `reader` as typed, with the app replaced by a line that says it would open now. In a
# process of its own: a first run changes the process (the collector, the loaded model).
OPEN_WITHOUT_THE_APP = """
import sys
import reader.tui.app as app
app.run_app = lambda library, first_rows: print("the app opens on", len(library.summaries()), "articles") or 0
from reader.cli import main
sys.exit(main(sys.argv[1:]))
"""


def reader_without_the_app(data_dir) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", OPEN_WITHOUT_THE_APP, "--data-dir", str(data_dir)],
                          capture_output=True, text=True, timeout=600)


@pytest.mark.slow
def test_first_run_imports_the_samples_once(tmp_path):
    first = reader_without_the_app(tmp_path)
    assert first.returncode == 0, first.stderr
    assert "First run: importing the sample library" in first.stderr
    assert first.stdout.strip() == "the app opens on 18 articles"
    assert len(Library(tmp_path).summaries()) == 18

    again = reader_without_the_app(tmp_path)
    assert again.returncode == 0, again.stderr
    assert "First run" not in again.stderr
    assert again.stdout.strip() == "the app opens on 18 articles"
