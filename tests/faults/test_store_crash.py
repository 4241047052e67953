"""kill -9 during writes, and two writers at once: nothing acknowledged is ever lost."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from builders import small_library

from reader.store import Library

TESTS_DIR = Path(__file__).resolve().parents[1]  # conftest and builders live there

# The child prints an id only after the write returned: those must survive any kill.
NOTE_WRITER = """
import sys
from reader.store import Library
library = Library(sys.argv[1])
article_id = sys.argv[2]
n = 0
while True:
    note = library.add_note(article_id, f"note {n}", paragraph=n % 3)
    print(note.id, flush=True)
    n += 1
"""

IMPORT_WRITER = """
import sys
sys.path.insert(0, sys.argv[3])
from builders import article, fake_finder
from reader.store import Library
library = Library(sys.argv[1], entity_finder=fake_finder)
start = int(sys.argv[2])
n = start
while True:
    batch = [(article(f"https://crash.example/{n}-{i}", f"Crash test {n}-{i}",
              [f"Jan Kowalski in Warsaw, take {n}-{i}.", "Second paragraph."]), "crash")
             for i in range(3)]
    report = library.add_articles(batch)
    for item in report.imported:
        print(item.article_id, flush=True)
    n += 1
"""


def run_and_kill(script: str, args: list[str], rng: random.Random) -> list[str]:
    """Start a writer, let it acknowledge at least one write, kill -9 at a random moment."""
    child = subprocess.Popen(
        [sys.executable, "-c", script, *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    acknowledged = [child.stdout.readline().strip()]
    time.sleep(rng.uniform(0, 0.05))
    os.kill(child.pid, signal.SIGKILL)
    out, err = child.communicate()
    acknowledged += [line for line in out.splitlines() if line]
    assert child.returncode == -signal.SIGKILL, err
    assert acknowledged[0], err
    return acknowledged


@pytest.mark.slow
def test_kill_during_note_writes_loses_nothing_acknowledged(tmp_path):
    library, (article_id, *_) = small_library(tmp_path)
    rng = random.Random(20261128)
    acknowledged: list[str] = []
    for _ in range(50):
        acknowledged += run_and_kill(NOTE_WRITER, [str(tmp_path), article_id], rng)
        stored = {n.id for n in Library(tmp_path).notes()}
        assert set(acknowledged) <= stored
    assert len(acknowledged) >= 50


@pytest.mark.slow
def test_kill_during_imports_loses_nothing_acknowledged(tmp_path):
    small_library(tmp_path)
    rng = random.Random(7)
    acknowledged: list[str] = []
    for round_ in range(50):
        acknowledged += run_and_kill(
            IMPORT_WRITER, [str(tmp_path), str(round_ * 1000), str(TESTS_DIR)], rng
        )
        library = Library(tmp_path)
        stored = {s.id for s in library.summaries()}
        assert set(acknowledged) <= stored
        for article_id in acknowledged[-3:]:
            assert library.article(article_id).paragraphs[1] == "Second paragraph."
    assert len(acknowledged) >= 50  # at least the first id of every round


@pytest.mark.slow
def test_two_processes_adding_notes_at_once_keep_all_of_them(tmp_path):
    library, (article_id, *_) = small_library(tmp_path)
    writer = textwrap.dedent(
        """
        import sys
        from reader.store import Library
        library = Library(sys.argv[1])
        for n in range(100):
            library.add_note(sys.argv[2], f"{sys.argv[3]} {n}", paragraph=n % 3)
        """
    )
    children = [
        subprocess.Popen([sys.executable, "-c", writer, str(tmp_path), article_id, name])
        for name in ("left", "right")
    ]
    assert [child.wait(timeout=120) for child in children] == [0, 0]
    texts = {n.text for n in Library(tmp_path).notes(article_id)}
    assert texts == {f"{side} {n}" for side in ("left", "right") for n in range(100)}
