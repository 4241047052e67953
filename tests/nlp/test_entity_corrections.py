"""The reader's entity corrections from the command line: stored, applied, undone, carried."""

from __future__ import annotations

import json
from pathlib import Path

from builders import run_cli as run, tree_bytes
from conftest import SAMPLE_ARTICLES, build_library

from reader.cli import main
from reader.ingest.parsed import ParsedArticle
from reader.store import Library

FERRY, RATES = 0, 1  # indexes into SAMPLE_ARTICLES


def ids_of(library: Library) -> list[str]:
    by_title = {s.title: s.id for s in library.summaries()}
    return [by_title[a.title] for a in SAMPLE_ARTICLES]


def shown(capsys, root: Path, article_id: str) -> dict:
    code, out, _ = run(capsys, root, "show", article_id, "--json")
    assert code == 0
    return json.loads(out)


def mentions(record: dict, text: str) -> list[tuple[str, str]]:
    return [(e["label"], e["canonical"]) for e in record["entities"] if e["text"] == text]


def test_relabel_applies_to_this_article_only_and_leaves_the_bodies_alone(sample_library, capsys):
    root = sample_library.data_dir
    ids = ids_of(sample_library)
    bodies = {k: v for k, v in tree_bytes(root).items() if k.startswith("bodies")}
    code, out, err = run(capsys, root, "entity", "relabel", ids[FERRY][:6], "kestrel bay", "loc")
    assert code == 0 and "Kestrel Bay is LOC" in out and err == ""
    assert mentions(shown(capsys, root, ids[FERRY]), "Kestrel Bay") == [("LOC", "Kestrel Bay")] * 2
    marathon = ids[2]
    assert {e["label"] for e in shown(capsys, root, marathon)["entities"]} == {"GPE"}
    assert {k: v for k, v in tree_bytes(root).items() if k.startswith("bodies")} == bodies
    # Two in the body, one in the caption.
    assert ("Kestrel Bay", "LOC", 3) in sample_library.entities_of(ids[FERRY])


def test_everywhere_holds_for_every_article_and_for_later_imports(sample_library, capsys):
    root = sample_library.data_dir
    ids = ids_of(sample_library)
    code, _, _ = run(capsys, root, "entity", "relabel", ids[FERRY], "Maria Lindqvist", "ORG",
                     "--everywhere")
    assert code == 0
    assert mentions(shown(capsys, root, ids[RATES]), "Maria Lindqvist") == [("ORG", "Maria Lindqvist")]
    # The short form is a mention of the same entity: it follows.
    assert mentions(shown(capsys, root, ids[FERRY]), "Lindqvist") == [("ORG", "Maria Lindqvist")]
    later = ParsedArticle(key="https://later.example/1", title="Later",
                          paragraphs=["Maria Lindqvist spoke again in Norland."])
    report = sample_library.add_articles([(later, "later")])
    (new_id,) = [item.article_id for item in report.imported]
    assert mentions(shown(capsys, root, new_id), "Maria Lindqvist") == [("ORG", "Maria Lindqvist")]
    assert ("Maria Lindqvist", "ORG", 1) in sample_library.entities_of(new_id)


def test_merge_split_ignore_and_undo(sample_library, capsys):
    root = sample_library.data_dir
    ferry = ids_of(sample_library)[FERRY]
    code, out, _ = run(capsys, root, "entity", "merge", ferry, "norwegian", "north sea")
    assert code == 0 and "Norwegian is North Sea (LOC)" in out
    merge_id = out.split()[0]
    assert mentions(shown(capsys, root, ferry), "Norwegian") == [("LOC", "North Sea")]

    code, out, _ = run(capsys, root, "entity", "split", ferry, "Lindqvist")
    assert code == 0
    record = shown(capsys, root, ferry)
    assert mentions(record, "Lindqvist") == [("PERSON", "Lindqvist")]
    assert mentions(record, "Maria Lindqvist") == [("PERSON", "Maria Lindqvist")]

    code, out, _ = run(capsys, root, "entity", "ignore", ferry, "Seaworks Act")
    assert code == 0
    assert mentions(shown(capsys, root, ferry), "Seaworks Act") == []

    code, out, _ = run(capsys, root, "entity", "corrections", "--json")
    listed = json.loads(out)
    assert [c["action"] for c in listed] == ["merge", "split", "ignore"]
    assert all(c["article_id"] == ferry for c in listed)

    code, out, _ = run(capsys, root, "entity", "undo", merge_id)
    assert code == 0 and out.startswith("undone:")
    assert mentions(shown(capsys, root, ferry), "Norwegian") == [("NORP", "Norwegian")]
    code, out, _ = run(capsys, root, "entity", "corrections")
    assert len(out.splitlines()) == 2 and merge_id not in out


def test_mistakes_are_one_line_on_stderr(sample_library, capsys):
    root = sample_library.data_dir
    ferry = ids_of(sample_library)[FERRY]
    code, out, err = run(capsys, root, "entity", "relabel", ferry, "Atlantis", "GPE")
    assert code == 1 and err == f"reader: no entity 'Atlantis' in article {ferry}\n"
    code, out, err = run(capsys, root, "entity", "relabel", ferry, "North Sea", "COUNTRY")
    assert code == 1 and err.startswith("reader: unknown label 'COUNTRY'") and err.count("\n") == 1
    code, out, err = run(capsys, root, "entity", "merge", ferry, "Norwegian", "Atlantis")
    assert code == 1 and "to merge into" in err
    code, out, err = run(capsys, root, "entity", "undo", "nosuchid")
    assert code == 1 and err == "reader: no correction with id 'nosuchid'\n"
    assert not (root / "corrections.json").exists()


def test_corrections_survive_a_changed_reimport(sample_library, capsys):
    root = sample_library.data_dir
    ferry = ids_of(sample_library)[FERRY]
    run(capsys, root, "entity", "relabel", ferry, "Tomasz Novak", "ORG")
    changed = SAMPLE_ARTICLES[FERRY]
    changed = ParsedArticle(
        key=changed.key, title=changed.title, paragraphs=[*changed.paragraphs, "Tomasz Novak left."],
    )
    report = sample_library.add_articles([(changed, "again")])
    assert [item.article_id for item in report.updated] == [ferry]
    assert mentions(shown(capsys, root, ferry), "Tomasz Novak") == [("ORG", "Tomasz Novak")] * 2


def test_export_and_import_carry_corrections_to_another_library(sample_library, capsys, tmp_path):
    root = sample_library.data_dir
    ferry = ids_of(sample_library)[FERRY]
    run(capsys, root, "entity", "ignore", ferry, "Tuesday", "--everywhere")
    exported = tmp_path / "corrections.json"
    code, _, _ = run(capsys, root, "entity", "export", "--out", str(exported))
    assert code == 0 and json.loads(exported.read_text())["corrections"][0]["name"] == "Tuesday"

    other = build_library(tmp_path / "other")
    code, out, _ = run(capsys, other.data_dir, "entity", "import", str(exported))
    assert code == 0 and out.startswith("1 corrections added")
    rates = ids_of(other)[RATES]
    assert mentions(shown(capsys, other.data_dir, rates), "Tuesday") == []
    code, out, _ = run(capsys, other.data_dir, "entity", "import", str(exported))
    assert out.startswith("0 corrections added")  # idempotent, as imports are

    (tmp_path / "junk.json").write_text('{"format": "something else"}')
    code, _, err = run(capsys, other.data_dir, "entity", "import", str(tmp_path / "junk.json"))
    assert code == 1 and "not an exported corrections file" in err


def test_data_dir_may_follow_the_action(sample_library, capsys):
    root = sample_library.data_dir
    ferry = ids_of(sample_library)[FERRY]
    run(capsys, root, "entity", "ignore", ferry, "Tuesday")
    code = main(["entity", "corrections", "--json", "--data-dir", str(root)])
    out, err = capsys.readouterr()
    assert code == 0 and [c["name"] for c in json.loads(out)] == ["Tuesday"]
