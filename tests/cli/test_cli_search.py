"""`reader search`: ranked matches with snippets, grep's exit codes, queries starting with -."""

from __future__ import annotations

import json

from builders import small_library

from reader.cli import main


def run(capsys, root, *argv):
    code = main(["--data-dir", str(root), "search", *argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_matches_come_with_a_snippet_marking_the_words(tmp_path, capsys):
    _, ids = small_library(tmp_path)
    code, out, err = run(capsys, tmp_path, '"article 2"', "--json")
    assert (code, err) == (0, "")
    (record,) = json.loads(out)
    assert record["id"] == ids[2] and record["title"] == "Article number 2"
    start, end = record["matches"][0]
    assert record["snippet"][start:end] == "article 2"  # a phrase is marked whole
    code, out, _ = run(capsys, tmp_path, '"closing paragraph"')
    first, snippet = out.splitlines()[:2]
    assert first.startswith(ids[0]) and first.endswith("Article number 0")
    assert snippet == "    …A closing paragraph for article 0."  # from the middle of the text


def test_no_match_prints_nothing_and_exits_1(tmp_path, capsys):
    small_library(tmp_path)
    code, out, err = run(capsys, tmp_path, "zanzibar")
    assert (code, out) == (1, "")
    assert err == "reader: no article matches zanzibar\n"


def test_a_malformed_query_is_one_line_and_exit_2(tmp_path, capsys):
    small_library(tmp_path)
    code, out, err = run(capsys, tmp_path, "warsaw", "(kowalski")
    assert (code, out) == (2, "")
    assert err == "reader: search: '(' is never closed (column 8) near '(kowalski'\n"


def test_queries_may_start_with_a_minus_without_a_double_dash(tmp_path, capsys):
    library, ids = small_library(tmp_path)
    code, out, _ = run(capsys, tmp_path, "-\"article number 1\"", "--json")
    assert code == 0 and {r["id"] for r in json.loads(out)} == {ids[0], ids[2]}
    code, out, _ = run(capsys, tmp_path, "kowalski", "-\"number 0\"", "-\"number 2\"", "--json")
    assert code == 0 and [r["id"] for r in json.loads(out)] == [ids[1]]
    assert main(["search", "--data-dir", str(tmp_path), "--json", "--", "-warsaw"]) == 1


def test_more_matches_than_the_limit_are_counted_on_stderr(tmp_path, capsys):
    small_library(tmp_path)
    code, out, err = run(capsys, tmp_path, "kowalski", "--limit", "2", "--json")
    assert code == 0 and len(json.loads(out)) == 2
    assert err == "reader: showing 2 of 3 matches (--limit N for more)\n"
