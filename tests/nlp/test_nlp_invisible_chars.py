"""Zero-width spaces and word joiners inside words: stored as they came, read as whole words.

Scraped pages carry U+200B and U+2060 inside long names (a site's hint where a line may
break). The stored text keeps them (the app shows them as markers), but entities, alias
folding, search and the app's filter see "Lindqvist", not "Lind", "qvist".
"""

from __future__ import annotations

import json
from pathlib import Path

from reader.cli import main
from reader.search.text_filter import parse_query

ZWSP, WJ = "\u200b", "\u2060"
PAGE = (
    "Lindqvist opens the Kattegat cable talks\n\n"
    f"The energy minister Harriet Lind{ZWSP}qvist opened talks on a new Kattegat power cable "
    f"with the Nordic Grid Council in Gothen{WJ}burg on Tuesday, her office said.\n\n"
    f"Lind{ZWSP}qvist told reporters that the council had agreed to share the cost of the "
    "survey, and that a decision on the route would follow in the spring.\n"
)


def cli(capsys, root: Path, *argv: str) -> tuple[int, str]:
    code = main(["--data-dir", str(root), *argv])
    return code, capsys.readouterr().out


def test_names_broken_by_invisible_characters_are_whole_to_entities_and_search(tmp_path, capsys):
    source = tmp_path / "cable.txt"
    source.write_text(PAGE, encoding="utf-8")
    root = tmp_path / "library"
    assert cli(capsys, root, "import", str(source))[0] == 0
    (listed,) = json.loads(cli(capsys, root, "list", "--json")[1])
    shown = json.loads(cli(capsys, root, "show", listed["id"], "--json")[1])
    # Stored as it came, offsets true to the stored text ...
    assert shown["paragraphs"][1].startswith(f"Lind{ZWSP}qvist told")
    for span in shown["entities"]:
        assert shown["paragraphs"][span["paragraph"]][span["start"]:span["end"]] == span["text"]
    people = {(e["text"], e["canonical"]) for e in shown["entities"] if e["label"] == "PERSON"}
    # ... but the surname alone folds into the full name, which has no invisible character.
    assert people == {(f"Harriet Lind{ZWSP}qvist", "Harriet Lindqvist"), (f"Lind{ZWSP}qvist", "Harriet Lindqvist")}
    places = {e["canonical"] for e in shown["entities"] if e["label"] == "GPE"}
    assert "Gothenburg" in places
    for query in ("Gothenburg", "person:Lindqvist", '"minister Harriet Lindqvist"'):
        code, out = cli(capsys, root, "search", query, "--json")
        assert code == 0 and [r["id"] for r in json.loads(out)] == [listed["id"]], query


def test_the_apps_filter_reads_invisible_characters_as_nothing() -> None:
    assert parse_query("Gothenburg").matches(f"talks in Gothen{WJ}burg")
    assert parse_query("gothenburg lindqvist").matches(f"Gothen{WJ}burg and Lind{ZWSP}qvist")
