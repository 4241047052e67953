"""Smoke tests for the benchmark suite: the synthetic library is right, the runner runs.

The benchmark scripts run as subprocesses (as they are meant to be used), so their
top-level helper modules never land on this test session's import path.
No wall-clock assertions: timings are printed by the suite, not checked here.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from reader.store import Library

BENCH = Path(__file__).resolve().parents[2] / "benchmarks"
LABELS = {"PERSON", "ORG", "GPE", "NORP", "DATE", "MONEY", "EVENT", "PERCENT", "FAC"}


def make_library(data_dir: Path, articles: int, seed: int, notes: int = 0) -> None:
    done = subprocess.run(
        [sys.executable, str(BENCH / "make_library.py"), "--articles", str(articles),
         "--data-dir", str(data_dir), "--seed", str(seed), "--notes", str(notes)],
        capture_output=True, text=True, timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert f"built {articles:,} articles in" in done.stdout


def snapshot(data_dir: Path) -> dict[str, dict]:
    """Everything stored per article except the import timestamp."""
    library = Library(data_dir)
    records = {}
    for summary in library.summaries():
        body = library.body(summary.id)
        stored_summary = body.pop("summary")
        record = {**summary.to_dict(), **body, **stored_summary}
        record.pop("added")
        records[summary.id] = record
    return records


@pytest.fixture(scope="module")
def library_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("bench") / "lib"
    make_library(path, 50, seed=7, notes=12)
    return path


def test_every_stored_entity_offset_matches_its_text(library_dir: Path) -> None:
    library = Library(library_dir)
    summaries = library.summaries()
    assert len(summaries) == 50
    for summary in summaries:
        article = library.article(summary.id)
        assert 6 <= len(article.title.split()) <= 14
        assert len(article.paragraphs) >= 8
        assert 20 <= len(article.entities) <= 100
        assert {e.label for e in article.entities} <= LABELS
        for span in article.entities:
            assert span.text == article.paragraphs[span.paragraph][span.start : span.end]
            assert span.canonical
        for span in article.caption_entities:
            assert span.text == article.captions[span.paragraph][span.start : span.end]
    # Aliases: some mentions stand for a longer canonical name.
    assert any(
        e.canonical != e.text for s in summaries for e in library.article(s.id).entities
    )
    assert len({s.source for s in summaries}) > 10
    assert len(library.notes()) + len(library.bookmarks()) == 12


def test_same_seed_same_library_other_seed_other_library(library_dir: Path, tmp_path: Path) -> None:
    make_library(tmp_path / "again", 50, seed=7)
    make_library(tmp_path / "other", 50, seed=8)
    assert snapshot(tmp_path / "again") == snapshot(library_dir)
    assert set(snapshot(tmp_path / "other")).isdisjoint(snapshot(library_dir))


def test_quick_note_latency_prints_a_ratio_line(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, str(BENCH / "run.py"), "--quick", "--only", "note_latency",
         "--articles", "20", "--work-dir", str(tmp_path)],
        capture_output=True, text=True, timeout=300,
    )
    assert done.returncode == 0, done.stderr
    lines = [line for line in done.stdout.splitlines() if line.startswith("note_latency |")]
    assert lines, done.stdout
    assert any("| ratio " in line and "| baseline " in line for line in lines)
    assert "SKIPPED" not in done.stdout


@pytest.mark.slow
def test_ner_quality_scores_a_tiny_conll_file(tmp_path):
    """Two documents written for the test, in the CoNLL-2003 column format (IOB1 tags)."""
    lines = [
        "-DOCSTART- -X- O O", "",
        "OKAFOR NNP I-NP I-PER", "WINS VBZ I-VP O", "IN IN I-PP O", "NIGERIA NNP I-NP I-LOC", "",
        "Ada NNP I-NP I-PER", "Okafor NNP I-NP I-PER", "won VBD I-VP O", "in IN I-PP O",
        "Lagos NNP I-NP I-LOC", "on IN I-PP O", "Sunday NNP I-NP O", ". . O O", "",
        "-DOCSTART- -X- O O", "",
        "The DT I-NP O", "Bank NNP I-NP I-ORG", "of IN I-PP I-ORG", "Norland NNP I-NP I-ORG",
        "met VBD I-VP O", "in IN I-PP O", "Oslo NNP I-NP I-LOC", ". . O O", "",
    ]
    (tmp_path / "eng.testa").write_text("\n".join(lines) + "\n", encoding="utf-8")
    done = subprocess.run(
        [sys.executable, str(BENCH / "ner_quality.py"), str(tmp_path), "--split", "testa"],
        capture_output=True, text=True, timeout=300,
    )
    assert done.returncode == 0, done.stderr
    assert "testa: 2 documents, 3 lines (1 all-caps)" in done.stdout
    assert "raw en_core_web_sm" in done.stdout and "reader (reader.nlp.find_entities)" in done.stdout
    assert "reader + labels across the library (reader.library_labels)" in done.stdout
    rows = [line.split()[0] for line in done.stdout.splitlines() if line.startswith("  ")]
    assert rows == ["type", "PER", "ORG", "LOC", "MISC", "PER+ORG+LOC", "all-caps"] * 3
