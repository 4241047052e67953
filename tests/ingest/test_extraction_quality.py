"""The extraction scorer runs on a corpus laid out as its docstring says, and scores what it reads."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from test_ingest_scraped_pages import BODY, HEADLINE, browser_copy

SCORER = Path(__file__).resolve().parents[2] / "benchmarks" / "extraction_quality.py"


def test_scorer_reports_each_form_and_the_means(tmp_path: Path) -> None:
    page = tmp_path / "corpus" / "courier1"
    page.mkdir(parents=True)
    paragraphs = "".join(f"<p>{p}</p>" for p in BODY)
    (page / "page.html").write_text(
        f"<html><head><title>{HEADLINE}</title></head><body><article><h1>{HEADLINE}</h1>"
        f"<p>By Harriet Lindqvist</p>{paragraphs}</article></body></html>", encoding="utf-8")
    (page / "browser.txt").write_text(
        browser_copy(HEADLINE, "By Harriet Lindqvist", "13 November 2026"), encoding="utf-8")
    (page / "expected.json").write_text(json.dumps(
        {"title": HEADLINE, "byline": "Harriet Lindqvist", "body": "\n\n".join(BODY),
         "date": "2026-11-13"}), encoding="utf-8")
    result = subprocess.run([sys.executable, str(SCORER), str(tmp_path / "corpus")],
                            capture_output=True, text=True, check=True)
    lines = result.stdout.splitlines()
    assert "1 pages from 1 sites" in lines
    browser = next(line for line in lines if line.startswith("browser "))
    assert browser.split()[1:8] == ["100%", "100%", "100%", "1.000", "1.000", "1.000", "1/1"]
    assert any(line.startswith("courier1") and " html " in line for line in lines)
    assert any(line.startswith("trafilatura ") for line in lines)


def test_scorer_refuses_an_empty_corpus(tmp_path: Path) -> None:
    result = subprocess.run([sys.executable, str(SCORER), str(tmp_path)], capture_output=True, text=True)
    assert result.returncode == 2 and "no pages" in result.stderr


def test_scorer_leaves_the_date_out_where_no_page_is_labelled_with_one(tmp_path: Path) -> None:
    page = tmp_path / "corpus" / "courier1"
    page.mkdir(parents=True)
    (page / "page.html").write_text(f"<html><body><h1>{HEADLINE}</h1><p>{BODY[0]}</p></body></html>",
                                    encoding="utf-8")
    (page / "expected.json").write_text(json.dumps(
        {"title": HEADLINE, "byline": None, "body": BODY[0]}), encoding="utf-8")
    result = subprocess.run([sys.executable, str(SCORER), str(tmp_path / "corpus"), "--quiet"],
                            capture_output=True, text=True, check=True)
    html = next(line for line in result.stdout.splitlines() if line.startswith("html "))
    assert html.split()[3] == "-"


SELECTOR = SCORER.with_name("selection_copies.py")


def test_selection_copies_run_from_the_headline_to_the_bodys_end_and_score_as_a_form(tmp_path: Path) -> None:
    page = tmp_path / "corpus" / "courier1"
    page.mkdir(parents=True)
    (page / "browser.txt").write_text(
        browser_copy("Energy", HEADLINE, "By Harriet Lindqvist", "13 November 2026"), encoding="utf-8")
    (page / "expected.json").write_text(json.dumps(
        {"title": HEADLINE, "byline": "Harriet Lindqvist", "body": "\n\n".join(BODY)}), encoding="utf-8")
    (page / "page.html").write_text(f"<html><body><h1>{HEADLINE}</h1><p>{BODY[0]}</p></body></html>",
                                    encoding="utf-8")
    missing = tmp_path / "corpus" / "courier2"  # a copy that never prints the headline alone on a line
    missing.mkdir()
    (missing / "browser.txt").write_text(browser_copy(f"Energy: {HEADLINE}"), encoding="utf-8")
    (missing / "expected.json").write_text(json.dumps({"title": HEADLINE, "byline": None, "body": BODY[0]}))
    made = subprocess.run([sys.executable, str(SELECTOR), str(tmp_path / "corpus"), str(tmp_path / "out")],
                          capture_output=True, text=True, check=True)
    assert "1 selections written, 1 pages left out" in made.stderr
    selected = (tmp_path / "out" / "courier1" / "selected.txt").read_text(encoding="utf-8").splitlines()
    assert selected[0] == HEADLINE and selected[-1] == BODY[-1]  # no menu above, no footer below
    result = subprocess.run([sys.executable, str(SCORER), str(tmp_path / "out")],
                            capture_output=True, text=True, check=True)
    means = next(line for line in result.stdout.splitlines() if line.startswith("selected "))
    assert means.split()[1:3] == ["100%", "100%"]
