"""Starting the app reads only what the first screen needs: no spaCy, no importer."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

PROBE = """
import asyncio, sys
sys.path.insert(0, {tests!r})
from conftest import build_library
from reader.store import Library
build_library({data!r})
for name in [m for m in sys.modules if m.startswith(("reader.ingest.", "reader.nlp"))]:
    del sys.modules[name]  # building the test library is not part of starting the app

from reader.tui.app import ReaderApp

async def main():
    app = ReaderApp(Library({data!r}))
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("enter", "e", "escape", "q")
        await app.workers.wait_for_complete()
        assert app.screen.article_view.article is not None
    loaded = [m for m in ("spacy", "reader.nlp", "trafilatura", "feedparser", "reader.ingest.html")
              if m in sys.modules]
    print("loaded:", loaded)

asyncio.run(main())
"""


def test_the_app_starts_and_reads_without_spacy_or_the_importer(tmp_path: Path):
    tests = str(Path(__file__).resolve().parents[1])
    probe = PROBE.format(tests=tests, data=str(tmp_path / "library"))
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().endswith("loaded: []")


READ_ONCE_PROBE = """
import sys
from textual.app import App
import reader.tui.app as app
from reader.store import Library
from reader.tui.screens.reading import ReadingScreen
reads = []
listing_head = Library.listing_head
Library.listing_head = lambda library, *rows: reads.append(rows) or listing_head(library, *rows)
ReadingScreen.mount_article_side = lambda screen: screen.app.exit(0)  # right after the first paint
app.ReaderApp.run = lambda self: App.run(self, headless=True, size=(120, 40))
from reader.cli import main
code = main(["--data-dir", {data!r}])
print(code, len(reads))
"""


def test_opening_the_app_reads_the_newest_rows_once(sample_library, tmp_path: Path):
    """`reader` reads what the list shows first before the app starts (a damaged file is then
    one line); the screen takes that, rather than reading it all again (a few ms of a start)."""
    probe = READ_ONCE_PROBE.format(data=str(sample_library.data_dir))
    env = {**os.environ, "READER_CONFIG_DIR": str(tmp_path / "no-config")}
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["0", "1"]
