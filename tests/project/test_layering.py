"""The core never imports Textual; the command line stays light."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_import_linter_contracts_hold():
    lint = shutil.which("lint-imports") or str(Path(sys.executable).parent / "lint-imports")
    result = subprocess.run([lint], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Contracts: 2 kept, 0 broken" in result.stdout


def test_note_command_path_loads_neither_textual_nor_spacy():
    probe = (
        "import sys, reader.cli.commands, reader.store;"
        "print(sorted(m for m in ('textual', 'spacy', 'trafilatura', 'feedparser') if m in sys.modules))"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_no_module_reads_a_private_name_of_the_library():
    """Writes go through `library.transaction()`, reads through public methods: outside
    reader/store/library.py nothing touches `library._anything`."""
    import ast

    found = []
    for path in sorted((ROOT / "reader").rglob("*.py")):
        if path == ROOT / "reader" / "store" / "library.py":
            continue
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if not (isinstance(node, ast.Attribute) and node.attr.startswith("_")):
                continue
            owner = node.value
            name = owner.id if isinstance(owner, ast.Name) else getattr(owner, "attr", "")
            if name.endswith("library") and not node.attr.startswith("__"):
                found.append(f"{path.relative_to(ROOT)}:{node.lineno} {name}.{node.attr}")
    assert found == []


def test_opening_the_app_loads_no_other_command_modules(sample_library):
    """Start-up is measured against a bare Textual app: `reader` with no command imports
    neither the other commands, their output formatting nor the exporters."""
    probe = (
        "import sys, reader.tui.app as app;"
        "app.run_app = lambda library, first_rows: print(sorted(m for m in sys.modules if m in"
        " ('reader.cli.commands', 'reader.cli.output', 'reader.export'))) or 0;"
        "from reader.cli import main;"
        f"sys.exit(main(['--data-dir', {str(sample_library.data_dir)!r}]))"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_the_first_frame_loads_neither_the_query_language_nor_the_writes(sample_library, tmp_path):
    """Start-up is measured against a bare Textual app: until the list is on screen, `reader
    --data-dir DIR` imports neither the query language, the writes, the helpers that act on
    keys (they load right after the first paint, in ReadingScreen.mount_article_side) nor the
    parser of every command."""
    probe = (
        "import sys\n"
        "from textual.app import App\n"
        "import reader.tui.app as app\n"
        "from reader.tui.screens.reading import ReadingScreen\n"
        "def first_paint(screen):\n"
        "    print(sorted(m for m in sys.modules if m.startswith('reader.search') or m in (\n"
        "        'reader.tui.writes', 'reader.tui.filing', 'reader.tui.feeds', 'reader.tui.saved_searches',\n"
        "        'reader.tui.screens.reading_marks', 'reader.tui.screens.reading_entities',\n"
        "        'reader.tui.screens.reading_search', 'reader.cli.parser', 'argparse')))\n"
        "    screen.app.exit(0)\n"
        "ReadingScreen.mount_article_side = first_paint\n"
        "app.ReaderApp.run = lambda self: App.run(self, headless=True, size=(120, 40))\n"
        "from reader.cli import main\n"
        f"sys.exit(main(['--data-dir', {str(sample_library.data_dir)!r}]))\n"
    )
    env = {**os.environ, "READER_CONFIG_DIR": str(tmp_path / "no-config")}
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
