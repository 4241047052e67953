"""README.md stays true: the CI runs its test command, and its key table names real bindings."""

from __future__ import annotations

import re
from pathlib import Path

from reader.tui.app import binding_ids

ROOT = Path(__file__).resolve().parents[2]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def quick_start_commands() -> list[str]:
    section = README.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```sh\n(.+?)\n```", section)


def test_quick_start_is_two_commands_and_ci_runs_the_test_one():
    install_and_open, install_and_test = quick_start_commands()
    assert install_and_open == "pip install . && reader"
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert install_and_test in ci.splitlines()


def test_key_table_names_only_real_bindings():
    table = README.split("## Keys", 1)[1].split("\n## ", 1)[0]
    named = set(re.findall(r"`([a-z_]+\.[a-z_]+)`", table))
    assert len(named) >= 15
    known = binding_ids()
    assert named <= set(known), sorted(named - set(known))


def test_key_table_keys_match_the_bindings():
    rows = {
        "library.filter": "slash",
        "library.sort": "s",
        "article.entities": "e",
        "article.open_url": "o",
        "reader.import": "i",
        "app.help": "question_mark",
        "library.open": "enter",
        "article.bookmark": "b",
        "article.sentences": "v",
        "article.toggle_notes": "z",
        "reader.marked": "B",
    }
    known = binding_ids()
    for binding_id, key in rows.items():
        assert known[binding_id] == key
        shown = {"slash": "/", "question_mark": "?"}.get(key, key)
        assert re.search(rf"\| `{re.escape(shown)}`[^|]*\|[^|]*\|[^|]*\|[^|]*`{binding_id}`", README), binding_id
