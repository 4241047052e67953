"""The bundled sample library through the real importer and spaCy, as a user runs it."""

from __future__ import annotations

import json
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from reader.cli import main
from reader.paths import sample_articles_dir

ROOT = Path(__file__).resolve().parents[2]
CHROME = ("Skip to content", "Share this article", "Advertisement", "Subscribe", "©")


@pytest.fixture(scope="module")
def imported(tmp_path_factory):
    """The sample library imported once with the real pipeline: (data dir, import report)."""
    data_dir = tmp_path_factory.mktemp("samples")
    result = subprocess.run(
        [sys.executable, "-m", "reader", "--data-dir", str(data_dir), "import", "--json", str(ROOT / "articles")],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    return data_dir, json.loads(result.stdout)


def show(data_dir: Path, article_id: str, capsys) -> dict:
    assert main(["--data-dir", str(data_dir), "show", article_id, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def by_source(report: dict, name: str) -> list[str]:
    return [item["id"] for item in report["items"]["imported"] if item["source"].endswith(name)]


@pytest.mark.slow
def test_every_sample_imports_from_every_format(imported):
    _, report = imported
    assert report["failed"] == 0 and report["imported"] == 18
    sources = {Path(item["source"]).name for item in report["items"]["imported"]}
    suffixes = {name.split(".", 1)[1] for name in sources}
    assert suffixes == {"txt", "md", "html", "rss.xml", "atom.xml"}
    assert len(by_source(report, "meridian-post-world.rss.xml")) == 4
    assert len(by_source(report, "northline-science.atom.xml")) == 3


@pytest.mark.slow
def test_importing_twice_adds_nothing(imported, capsys):
    data_dir, _ = imported
    code = main(["--data-dir", str(data_dir), "import", "--json", str(ROOT / "articles")])
    again = json.loads(capsys.readouterr().out)
    assert code == 0
    assert (again["imported"], again["updated"], again["duplicates"]) == (0, 0, 18)


@pytest.mark.slow
def test_show_json_offsets_hold_for_every_entity(imported, capsys):
    data_dir, report = imported
    for item in report["items"]["imported"]:
        record = show(data_dir, item["id"], capsys)
        assert record["entities"], record["title"]
        for entity in record["entities"]:
            paragraph = record["paragraphs"][entity["paragraph"]]
            assert paragraph[entity["start"] : entity["end"]] == entity["text"]
        for entity in record["caption_entities"]:
            caption = record["captions"][entity["paragraph"]]
            assert caption[entity["start"] : entity["end"]] == entity["text"]


@pytest.mark.slow
def test_scraped_text_is_clean(imported, capsys):
    data_dir, report = imported
    (article_id,) = by_source(report, "harbour-times-kenya-imf-deal.txt")
    record = show(data_dir, article_id, capsys)
    assert record["title"] == "Kenya reaches $1.3 billion deal with IMF after eight months of talks"
    assert record["byline"] == "Amara Chukwu"
    assert record["published"].startswith("2026-11-11")
    (caption,) = record["captions"]
    assert caption.endswith("(AP)")
    body = "\n".join(record["paragraphs"])
    assert caption not in body
    assert not any(chrome in body for chrome in CHROME)
    assert record["paragraphs"][0].startswith("NAIROBI, Kenya (AP)")
    credits = {(e["text"], e["label"]) for e in record["caption_entities"]}
    assert ("AP", "ORG") in credits


@pytest.mark.slow
def test_browser_copy_with_date_first_and_a_byline_in_capitals(imported, capsys):
    data_dir, report = imported
    (article_id,) = by_source(report, "eastern-wire-busan-port-automation.txt")
    record = show(data_dir, article_id, capsys)
    assert record["title"] == "Busan dockworkers agree to automation deal after three-week strike"
    assert record["byline"] == "Seo Ji-hoon and Margaret Ellison"
    assert record["published"].startswith("2026-11-12") and record["source"] == "Eastern Wire"
    assert record["captions"] == ["Cargo ships wait outside the port of Busan on Wednesday, Nov. 11, 2026. (Yonhap)"]
    assert record["paragraphs"][0].startswith("BUSAN, South Korea — Dockworkers")
    assert record["paragraphs"][-1].startswith("Analysts at Hanbit Securities")
    credits = {(e["text"], e["label"]) for e in record["caption_entities"]}
    assert ("Yonhap", "ORG") in credits


@pytest.mark.slow
def test_cut_off_byline_is_kept_as_a_name(imported, capsys):
    data_dir, report = imported
    (article_id,) = by_source(report, "baltic-ledger-undersea-cable-pact.txt")
    assert show(data_dir, article_id, capsys)["byline"] == "Maria Lindqvist"


@pytest.mark.slow
def test_aliases_share_one_canonical_name_in_a_sample(imported, capsys):
    data_dir, report = imported
    (article_id,) = by_source(report, "harbour-times-kenya-imf-deal.txt")
    record = show(data_dir, article_id, capsys)
    imf = [e for e in record["entities"] if e["text"] == "IMF"]
    assert imf and {(e["label"], e["canonical"]) for e in imf} == {("ORG", "International Monetary Fund")}
    mwangi = [e for e in record["entities"] if e["text"] == "Mwangi"]
    assert mwangi and {(e["label"], e["canonical"]) for e in mwangi} == {("PERSON", "Wanjiru Mwangi")}


def test_sample_articles_are_found():
    names = {p.name for p in sample_articles_dir().iterdir()}
    assert "harbour-times-kenya-imf-deal.txt" in names and len(names) >= 12


@pytest.mark.slow
def test_the_wheel_carries_the_sample_articles(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", str(ROOT), "-w", str(tmp_path)],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    (wheel,) = tmp_path.glob("reader_tui-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    shipped = {Path(n).name for n in names if n.startswith("reader/sample_articles/")}
    assert shipped == {p.name for p in (ROOT / "articles").iterdir()}
