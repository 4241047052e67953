"""Starting the app reads only what the first screen needs: no spaCy, no importer."""

from __future__ import annotations

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
