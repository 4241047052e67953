"""Hostile articles in a real terminal (tmux, its own server): no escape sequence gets through.

The tmux server is set up to obey what an escape would ask for: `set-clipboard on` turns an
OSC 52 into a paste buffer, `allow-rename on` lets OSC 0/2 retitle the pane (passthrough
stays off, the default). A canary proves it does; then the app shows articles full of such
sequences, imported through the real import path, and neither the pane title nor the paste
buffers change, while the text around the sequences and the bidi markers are on screen.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest
from builders import fake_finder

from reader.ingest.parsed import ParsedArticle
from reader.store import Library

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed"),
]

ROOT = Path(__file__).resolve().parents[2]
PWNED_B64 = "cHduZWQ="  # base64 of "pwned"

STORM_TXT = (
    "Storm \x1b]0;pwned-title\x07warning \u202eevil\u202c issued\x1b]2;pwned-too\x1b\\\n\n"
    "By Jane Doe\n\n"
    f"Winds reached 100 km/h\x1b]52;c;{PWNED_B64}\x07 on the coast, said \u202eJan Kowalski\u202c in Warsaw.\n\n"
    "Read more \x1b]8;;https://evil.example/\x1b\\at the link\x1b]8;;\x1b\\ today.\x1b[2J Still here.\n\n"
    f"Clipboard again \x9d52;c;{PWNED_B64}\x9c and \x1b]52;p;{PWNED_B64}\x1b\\done.\n"
)
MARKETS_MD = (
    "---\n"
    f'title: "Markets \x1b]52;c;{PWNED_B64}\x07rally \u200bquietly"\n'
    "date: 2026-11-20\n"
    "author: Ann \u2066Other\u2069\n"
    "---\n\n"
    "Shares rose\x1b]0;pwned-md\x07 in Warsaw on \u202eFriday\u202c.\n"
)
# Stored as given, as an older library or another tool might have: the display copes alone.
RAW = ParsedArticle(
    key="https://evil.example/raw",
    title=f"Raw \x1b]0;pwned-raw\x07title \x1b]52;c;{PWNED_B64}\x07\u202eoverride",
    source="Raw \x1b[2JGazette",
    published="2026-11-05T08:00:00+00:00",
    paragraphs=[
        "Raw \x1b]2;pwned-raw\x07body \x1b[2J\x1b[Hwith \x1b]8;;https://evil.example\x07link\x1b]8;;\x07 end.",
        f"Another \x9d52;c;{PWNED_B64}\x07clipboard \x1bPq#0;2;0;0;0#0~~\x1b\\try.",
    ],
)


class Tmux:
    """A tmux server of our own (own socket, no config file), so the test changes nothing else."""

    def __init__(self, name: str) -> None:
        self.socket = name

    def __call__(self, *args: str, check: bool = True) -> str:
        done = subprocess.run(["tmux", "-u", "-L", self.socket, "-f", os.devnull, *args],
                              capture_output=True, text=True)
        if check and done.returncode != 0:
            raise AssertionError(f"tmux {' '.join(args)} failed: {done.stderr.strip()}")
        return done.stdout

    def screen(self, target: str) -> str:
        return self("capture-pane", "-p", "-t", target)

    def wait_for(self, target: str, *texts: str, timeout: float = 20.0) -> str:
        deadline = time.monotonic() + timeout
        while True:
            screen = self.screen(target)
            if all(text in screen for text in texts):
                return screen
            if time.monotonic() > deadline:
                raise AssertionError(f"{texts!r} did not all appear; the screen was:\n{screen}")
            time.sleep(0.1)

    def buffers(self) -> str:
        return self("list-buffers", check=False)

    def pane_title(self, target: str) -> str:
        return self("display", "-p", "-t", target, "#{pane_title}")


@pytest.fixture
def tmux(tmp_path: Path):
    server = Tmux(f"reader-hostile-{os.getpid()}-{uuid.uuid4().hex[:12]}")
    # A session first: the server starts with it, then the options are set globally.
    server("new-session", "-d", "-s", "keep", "-x", "80", "-y", "10", "sleep 600")
    server("set-option", "-g", "set-clipboard", "on")
    server("set-option", "-g", "allow-rename", "on")
    assert server("show-options", "-gv", "allow-passthrough").strip() == "off"
    socket = Path(server("display", "-p", "#{socket_path}").strip())
    try:
        yield server
    finally:
        server("kill-server", check=False)
        socket.unlink(missing_ok=True)  # tmux leaves it behind


def build_data_dir(tmp_path: Path) -> Path:
    """Import the hostile files through the real import path (no spaCy: a fake finder)."""
    sources = tmp_path / "sources"
    sources.mkdir()
    (sources / "storm.txt").write_bytes(STORM_TXT.encode("utf-8"))
    (sources / "markets.md").write_bytes(MARKETS_MD.encode("utf-8"))
    data = tmp_path / "library"
    library = Library(data, entity_finder=fake_finder)
    report = library.import_sources([str(sources / "storm.txt"), str(sources / "markets.md")])
    assert len(report.imported) == 2 and not report.failed
    library.add_articles([(RAW, "raw")])
    return data


def test_the_canary_shows_this_tmux_would_obey_the_sequences(tmux: Tmux):
    """Without this, an empty buffer list could just mean tmux ignores OSC 52 here."""
    tmux("new-session", "-d", "-s", "canary", "-x", "80", "-y", "10",
         f"printf '\\033]2;canary-title\\033\\\\\\033]52;c;{PWNED_B64}\\007'; sleep 600")
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and not tmux.buffers():
        time.sleep(0.1)
    assert tmux("show-buffer").strip() == "pwned"
    assert tmux.pane_title("canary").strip() == "canary-title"


def test_hostile_articles_in_tmux_change_no_title_and_no_clipboard(tmp_path: Path, tmux: Tmux):
    data = build_data_dir(tmp_path)
    config = tmp_path / "config"
    config.mkdir()
    exit_code = tmp_path / "exit-code"
    # Written aside and renamed: polled for below, it is never read empty, opened by the
    # shell's redirection but not yet written.
    command = (f"{sys.executable} -m reader --data-dir {data}; echo $? > {exit_code}.part; "
               f"mv {exit_code}.part {exit_code}; sleep 600")
    tmux("new-session", "-d", "-s", "app", "-x", "160", "-y", "45", "-c", str(ROOT),
         "-e", f"READER_CONFIG_DIR={config}", "sh", "-c", command)
    # The list may cut titles short: their starts are enough here.
    tmux.wait_for("app", "3 articles · 3 unread", "Storm warning ⟨RLO⟩evil", "Markets rally ⟨ZWSP⟩",
                  "Raw title ⟨RLO⟩")
    title_before = tmux.pane_title("app")
    assert "pwned" not in title_before

    tmux("send-keys", "-t", "app", "Enter")
    screen = tmux.wait_for(
        "app",
        "Storm warning ⟨RLO⟩evil⟨PDF⟩ issued",
        "said ⟨RLO⟩Jan Kowalski⟨PDF⟩",
        "Read more at the link today. Still here.",
        "Clipboard again and done.",
    )
    assert "Jane Doe" in screen

    tmux("send-keys", "-t", "app", "q", "j", "Enter")
    screen = tmux.wait_for("app", "Markets rally ⟨ZWSP⟩quietly", "Shares rose in Warsaw on ⟨RLO⟩Friday⟨PDF⟩.")
    assert "Ann ⟨LRI⟩Other⟨PDI⟩" in screen

    tmux("send-keys", "-t", "app", "q", "j", "Enter")
    screen = tmux.wait_for("app", "Raw title ⟨RLO⟩override", "Raw body with link end.", "Another clipboard try.")
    assert "Raw Gazette" in screen

    for screen in (screen, tmux.screen("app")):
        assert "pwned" not in screen and PWNED_B64 not in screen
        assert "evil.example" not in screen and "]52;" not in screen and "[2J" not in screen
        assert not {"\x1b", "\x07", "\u202e", "\u200b"} & set(screen)
    assert tmux.pane_title("app") == title_before
    assert tmux.buffers() == ""

    tmux("send-keys", "-t", "app", "q", "q")
    deadline = time.monotonic() + 15
    while not exit_code.exists() and time.monotonic() < deadline:
        time.sleep(0.1)
    assert exit_code.read_text().strip() == "0"
    # Leaving the app restored the screen; still nothing was set on the way out.
    assert tmux.pane_title("app") == title_before
    assert tmux.buffers() == ""
