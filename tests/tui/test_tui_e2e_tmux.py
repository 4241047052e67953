"""The real app in a real terminal (tmux): start, read, colours, no title hijack, clean exit."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from conftest import SAMPLE_ARTICLES, build_library

from reader.ingest.parsed import ParsedArticle

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed"),
]

ROOT = Path(__file__).resolve().parents[2]
PWNED = ParsedArticle(
    key="https://evil.example/title",
    title="Title with \x1b]0;pwned\x07 an escape",
    source="Evil Gazette",
    published="2026-11-05T08:00:00+00:00",  # newest: the first row
    paragraphs=["Nothing to see here \x1b]2;pwned too\x07 at all."],
)


# A tmux server of this test run's own: on the default one, another run's session of the
# same name (id() repeats across processes) could be found, or killed, instead of ours.
SOCKET = f"reader-e2e-{os.getpid()}-{uuid.uuid4().hex[:12]}"


def tmux(*args: str) -> str:
    return subprocess.run(["tmux", "-L", SOCKET, *args], capture_output=True, text=True, check=True).stdout


@pytest.fixture(scope="module", autouse=True)
def own_tmux_server() -> Iterator[None]:
    # A session that stays keeps the server up between the tests, and its socket found after.
    tmux("new-session", "-d", "-s", "keep", "sleep 600")
    socket = Path(tmux("display", "-p", "#{socket_path}").strip())
    yield
    subprocess.run(["tmux", "-L", SOCKET, "kill-server"], capture_output=True)
    socket.unlink(missing_ok=True)  # tmux leaves it behind


def wait_for(session: str, text: str, timeout: float = 20.0) -> str:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        screen = tmux("capture-pane", "-p", "-t", session)
        if text in screen:
            return screen
        time.sleep(0.1)
    raise AssertionError(f"{text!r} did not appear; the screen was:\n{screen}")


@contextmanager
def reader_in_tmux(tmp_path: Path, data: Path, name: str) -> Iterator[tuple[str, Path]]:
    """`reader --data-dir DATA` in a 120x40 tmux session with an empty config; yields the
    session and the file its exit code is written to. The session is killed afterwards."""
    config = tmp_path / "config"
    config.mkdir()
    exit_code = tmp_path / "exit-code"
    session = f"reader-{name}-{id(tmp_path)}"
    # Written aside and renamed: a test polling for the file never reads it empty, opened
    # by the shell's redirection but not yet written.
    command = (f"{sys.executable} -m reader --data-dir {data}; echo $? > {exit_code}.part; "
               f"mv {exit_code}.part {exit_code}")
    tmux("new-session", "-d", "-s", session, "-x", "120", "-y", "40", "-c", str(ROOT),
         "-e", f"READER_CONFIG_DIR={config}", "sh", "-c", command)
    try:
        yield session, exit_code
    finally:
        subprocess.run(["tmux", "-L", SOCKET, "kill-session", "-t", session], capture_output=True)


def exit_status(exit_code: Path, timeout: float = 15.0) -> str:
    deadline = time.monotonic() + timeout
    while not exit_code.exists() and time.monotonic() < deadline:
        time.sleep(0.1)
    return exit_code.read_text().strip()


def test_reading_in_tmux(tmp_path: Path):
    data = tmp_path / "library"
    build_library(data, [*SAMPLE_ARTICLES, PWNED])
    with reader_in_tmux(tmp_path, data, "e2e") as (session, exit_code):
        wait_for(session, "6 articles · 6 unread")
        title_before = tmux("display", "-p", "-t", session, "#{pane_title}")

        tmux("send-keys", "-t", session, "Enter")
        # Wait for the whole title: the first frame of a newly opened article may still be mid-layout.
        # The title, its OSC gone whole (no "]0;pwned" residue), is in the list too: wait for the text.
        screen = wait_for(session, "Nothing to see here  at all.")
        assert "Title with an escape" in screen
        assert "\x1b" not in screen and "pwned\x07" not in screen
        assert "pwned" not in tmux("display", "-p", "-t", session, "#{pane_title}")
        assert tmux("display", "-p", "-t", session, "#{pane_title}") == title_before

        tmux("send-keys", "-t", session, "q", "j", "Enter")
        wait_for(session, "By Amina Okafor")
        coloured = tmux("capture-pane", "-p", "-e", "-t", session)
        # The entity word comes right after an SGR sequence that sets a foreground colour.
        assert re.search(r"\x1b\[[0-9;]*38;[0-9;]*m(?:\x1b\[[0-9;]*m)*Maria Lindqvist", coloured)
        # ...and the colour changes back right after it.
        assert re.search(r"Maria Lindqvist(?:\x1b\[[0-9;]*m)+, who chairs", coloured)

        tmux("send-keys", "-t", session, "q", "q")
        assert exit_status(exit_code) == "0"


def test_bookmark_and_note_in_tmux_are_on_disk_for_show_json(tmp_path: Path):
    data = tmp_path / "library"
    library = build_library(data)
    harbour = next(s.id for s in library.summaries() if s.title.startswith("Harbour Authority"))
    with reader_in_tmux(tmp_path, data, "e2e-notes") as (session, exit_code):
        wait_for(session, "5 articles · 5 unread")
        tmux("send-keys", "-t", session, "Enter")
        wait_for(session, "By Amina Okafor")
        tmux("send-keys", "-t", session, "j", "b")
        wait_for(session, "⚑ Maria Lindqvist")
        tmux("send-keys", "-t", session, "a")
        wait_for(session, "New note")
        tmux("send-keys", "-t", session, "-l", "Who pays the 40 million?")
        tmux("send-keys", "-t", session, "C-s")
        wait_for(session, "✎ Who pays the 40 million?")
        tmux("send-keys", "-t", session, "q", "q")
        assert exit_status(exit_code) == "0"
    shown = subprocess.run(
        [sys.executable, "-m", "reader", "--data-dir", str(data), "show", harbour, "--json"],
        capture_output=True, text=True, check=True, cwd=ROOT,
    )
    record = json.loads(shown.stdout)
    quote = library.paragraphs(harbour)[1]
    assert [(b["paragraph"], b["quote"]) for b in record["bookmarks"]] == [(1, quote)]
    assert [(n["paragraph"], n["quote"], n["text"]) for n in record["notes"]] == [
        (1, quote, "Who pays the 40 million?")
    ]
