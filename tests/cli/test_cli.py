"""The command line contract: output, JSON shapes and exit codes."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from builders import fake_finder, small_library, tree_bytes

from reader.cli import main
from reader.cli.output import print_json_list
from reader.export import to_json


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_list_prints_one_line_per_article_newest_first(tmp_path, capsys):
    _, ids = small_library(tmp_path)
    code, out, _ = run(capsys, "--data-dir", str(tmp_path), "list")
    assert code == 0
    lines = out.splitlines()
    assert len(lines) == 3
    assert lines[0].startswith(ids[2]) and "Article number 2" in lines[0]
    assert "2026-10-03" in lines[0] and "The Test Gazette" in lines[0]


@pytest.mark.parametrize("json_flag", [[], ["--json"]])
def test_list_with_a_damaged_reading_state_names_it_and_lists_nothing(tmp_path, capsys, json_flag):
    small_library(tmp_path)
    (tmp_path / "reading.json").write_bytes(b"{not json")
    code, out, err = run(capsys, "--data-dir", str(tmp_path), "list", *json_flag)
    assert code == 1 and out == ""
    assert err.startswith("reader: library file ") and "reading.json is not valid JSON" in err
    assert len(err.splitlines()) == 1


def test_list_json_is_a_list_of_summaries(tmp_path, capsys):
    small_library(tmp_path)
    code, out, _ = run(capsys, "list", "--json", "--data-dir", str(tmp_path))
    records = json.loads(out)
    assert code == 0 and len(records) == 3
    assert set(records[0]) >= {"id", "title", "byline", "source", "url", "published"}


@pytest.mark.parametrize("batches", [[], [[]], [[1]], [[{"a": [1, {"b": None}]}], [], ["x", 2.5]], [[3], [4], [5]]])
def test_a_json_list_printed_in_batches_has_the_bytes_of_the_whole_list(capsys, batches):
    print_json_list(batches)
    assert capsys.readouterr().out == to_json([item for batch in batches for item in batch]) + "\n"


def test_show_json_matches_the_contract(tmp_path, capsys):
    library, ids = small_library(tmp_path)
    library.add_bookmark(ids[0], 1)
    library.add_note(ids[0], "worth quoting", paragraph=1)
    library.add_note(ids[0], "overall: thin sourcing")
    code, out, _ = run(capsys, "--data-dir", str(tmp_path), "show", ids[0][:8], "--json")
    record = json.loads(out)
    assert code == 0
    assert set(record) >= {
        "id", "title", "byline", "source", "url", "published",
        "paragraphs", "captions", "entities", "bookmarks", "notes",
    }
    for entity in record["entities"]:
        assert set(entity) >= {"text", "label", "paragraph", "start", "end", "canonical"}
        assert record["paragraphs"][entity["paragraph"]][entity["start"] : entity["end"]] == entity["text"]
    (mark,) = record["bookmarks"]
    assert mark["paragraph"] == 1 and mark["start"] == 0
    assert mark["quote"] == "Kowalski said the talks would go on." == record["paragraphs"][1][mark["start"]:mark["end"]]
    notes = {n["text"]: n for n in record["notes"]}
    assert notes["worth quoting"]["quote"] == "Kowalski said the talks would go on."
    assert notes["overall: thin sourcing"]["paragraph"] is None
    assert notes["overall: thin sourcing"]["quote"] is None


def test_show_text_numbers_passages(tmp_path, capsys):
    _, ids = small_library(tmp_path)
    code, out, _ = run(capsys, "--data-dir", str(tmp_path), "show", ids[1])
    assert code == 0
    assert out.startswith("Article number 1\n")
    assert "[1] Jan Kowalski spoke in Warsaw on day 1." in out  # numbered from 1, as in the app
    assert "[2] Kowalski said the talks would go on." in out
    assert "Jan Kowalski (PERSON, 2)" in out


def test_bookmark_and_note_commands_store_annotations(tmp_path, capsys):
    library, ids = small_library(tmp_path)
    code, out, _ = run(capsys, "--data-dir", str(tmp_path), "bookmark", ids[0], "--passage", "3")
    assert code == 0 and out.startswith(f"bookmarked passage 3 of {ids[0]}")
    code, out, _ = run(capsys, "--data-dir", str(tmp_path), "note", ids[0], "--passage", "1", "who", "said", "this?")
    assert code == 0
    code, out, _ = run(capsys, "--data-dir", str(tmp_path), "note", ids[0], "--json", "article-level")
    assert json.loads(out)["anchor"] is None
    # --passage is 1-based (as the app numbers passages); the stored paragraph is 0-based.
    assert [b.anchor.paragraph for b in library.bookmarks(ids[0])] == [2]
    assert [n.anchor.paragraph for n in library.notes(ids[0]) if n.anchor] == [0]
    code, out, _ = run(capsys, "--data-dir", str(tmp_path), "show", ids[0])
    assert "on [3]: A closing paragraph" in out and "on [1]: who said this?" in out
    assert {n.text for n in library.notes(ids[0])} == {"who said this?", "article-level"}


def test_import_counts_loading_the_language_model_as_a_step_and_says_so(tmp_path, monkeypatch):
    import io

    from rich.console import Console

    import reader.nlp
    import reader.nlp.pipeline
    from reader.cli.progress import import_with_progress
    from reader.store import Library

    # spaCy as on a first run (not loaded yet), with the fake finder doing its work.
    monkeypatch.setattr(reader.nlp, "find_entities", fake_finder)
    monkeypatch.setattr(reader.nlp.pipeline, "_nlp", None)
    sources = []
    for n in range(4):
        sources.append(tmp_path / f"story-{n}.txt")
        sources[-1].write_text(f"Headline number {n}\n\nJan Kowalski spoke in Warsaw on day {n}.\n")
    steps = []
    report = Library(tmp_path / "lib").import_sources([str(s) for s in sources],
                                                       progress=lambda *step: steps.append(step))
    assert len(report.imported) == 4
    assert steps == [
        *[(n, 5, str(sources[n])) for n in range(4)],
        (4, 5, "loading the language model"),
        (5, 5, ""),
    ]
    screen = io.StringIO()
    monkeypatch.setattr("reader.cli.progress.Console",
                        lambda **_: Console(file=screen, force_terminal=True, width=100))
    for source in sources:
        source.write_text(source.read_text() + "\nA new closing line.\n")
    import_with_progress(Library(tmp_path / "lib"), [str(s) for s in sources])
    assert "Loading the language model" in screen.getvalue() and "4/5" in screen.getvalue()


def test_errors_are_one_line_and_change_nothing(tmp_path, capsys):
    _, ids = small_library(tmp_path)
    before = tree_bytes(tmp_path)
    for argv, message in [
        (["show", "nope"], "reader: no article with id 'nope'\n"),
        (["note", ids[0], "--passage", "4", "x"], f"reader: article {ids[0]} has passages 1 to 3; there is no passage 4\n"),
        (["bookmark", ids[0], "--passage", "0"], f"reader: article {ids[0]} has passages 1 to 3; there is no passage 0\n"),
    ]:
        code, out, err = run(capsys, "--data-dir", str(tmp_path), *argv)
        assert (code, out, err) == (1, "", message)
    assert tree_bytes(tmp_path) == before


def test_usage_errors_exit_2(tmp_path, capsys):
    with pytest.raises(SystemExit) as exited:
        main(["--data-dir", str(tmp_path), "bookmark", "abc"])
    assert exited.value.code == 2
    assert "--passage" in capsys.readouterr().err


def test_search_finds_by_entity_and_phrase(tmp_path, capsys):
    _, ids = small_library(tmp_path)
    code, out, _ = run(capsys, "--data-dir", str(tmp_path), "search", '"article number 1"', "--json")
    assert code == 0 and [r["id"] for r in json.loads(out)] == [ids[1]]
    code, out, _ = run(capsys, "--data-dir", str(tmp_path), "search", "warsaw")
    matches = [line for line in out.splitlines() if not line.startswith(" ")]  # not snippets
    assert len(matches) == 3


def test_export_json_writes_every_article_atomically(tmp_path, capsys):
    library, ids = small_library(tmp_path / "lib")
    library.add_note(ids[0], "exported", paragraph=0)
    target = tmp_path / "out.json"
    code, _, err = run(capsys, "--data-dir", str(tmp_path / "lib"), "export", "--format", "json", "--out", str(target))
    records = json.loads(target.read_text(encoding="utf-8"))
    assert code == 0 and "exported 3 articles" in err
    assert {r["id"] for r in records} == set(ids)
    assert [n["text"] for r in records for n in r["notes"]] == ["exported"]


def test_data_dir_comes_from_the_environment(tmp_path):
    small_library(tmp_path)
    result = subprocess.run(
        [sys.executable, "-m", "reader", "list", "--json"],
        capture_output=True,
        text=True,
        env={"READER_DATA_DIR": str(tmp_path), "PATH": "/usr/bin:/bin"},
    )
    assert result.returncode == 0, result.stderr
    assert len(json.loads(result.stdout)) == 3


def test_help_and_version():
    result = subprocess.run([sys.executable, "-m", "reader", "--help"], capture_output=True, text=True)
    assert result.returncode == 0
    for command in ("import", "list", "show", "search", "bookmark", "note", "export", "--data-dir"):
        assert command in result.stdout
    assert "? lists every key" in result.stdout and "ctrl+p every command" in result.stdout
    result = subprocess.run([sys.executable, "-m", "reader", "--version"], capture_output=True, text=True)
    assert result.stdout.startswith("reader ")


def test_output_into_a_closed_pipe_stops_quietly(tmp_path):
    """`reader list | head -1`: when the reader of the output has gone, no error line."""
    small_library(tmp_path)
    child = subprocess.Popen([sys.executable, "-m", "reader", "--data-dir", str(tmp_path), "list"],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    child.stdout.close()  # nobody will read: the first write fails with EPIPE
    _, err = child.communicate(timeout=60)
    assert err == b""
    assert child.returncode == 141


def test_import_help_says_how_scraped_pages_are_read():
    result = subprocess.run([sys.executable, "-m", "reader", "import", "--help"], capture_output=True, text=True)
    assert result.returncode == 0
    text = " ".join(result.stdout.split())
    assert "copied from a browser" in text and "lynx or w3m" in text and "publication date" in text
