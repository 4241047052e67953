"""Labels across the library: a name the other articles agree on keeps their label, unless
the article itself says otherwise or the reader corrected it."""

from __future__ import annotations

import json
from pathlib import Path

from builders import article

from reader.cli import main
from reader.library_labels import library_labels
from reader.model import EntitySpan
from reader.store import Library


def span(text: str, label: str, paragraph: int = 0, start: int = 0, canonical: str | None = None):
    return EntitySpan(text, label, paragraph, start, start + len(text), canonical or text)


def test_a_name_the_library_agrees_on_takes_its_label():
    spans = [span("Khartoum", "PERSON"), span("Khartoum", "PERSON", 1)]
    out = library_labels(spans, ["Khartoum was calm.", "In Khartoum, shops opened."], {"khartoum": {"GPE": 7}})
    assert [s.label for s in out] == ["GPE", "GPE"]
    assert [s.label for s in spans] == ["PERSON", "PERSON"]  # the input is left as it was


def test_too_few_articles_or_no_clear_majority_change_nothing():
    spans = [span("Khartoum", "PERSON")]
    blocks = ["Khartoum was calm."]
    assert library_labels(spans, blocks, {"khartoum": {"GPE": 2}})[0].label == "PERSON"
    assert library_labels(spans, blocks, {"khartoum": {"GPE": 6, "PERSON": 4}})[0].label == "PERSON"
    assert library_labels(spans, blocks, {})[0].label == "PERSON"


def test_a_club_in_a_results_line_stays_a_club_whatever_the_library_says():
    blocks = ["Milan 2 Roma 1", "Milan Rapajic scored for Milan twice."]
    spans = [span("Milan", "ORG"), span("Roma", "ORG", start=8), span("Milan Rapajic", "PERSON", 1),
             span("Milan", "ORG", 1, start=24)]
    out = library_labels(spans, blocks, {"milan": {"GPE": 40}, "milan rapajic": {"PERSON": 3}})
    assert [(s.text, s.label) for s in out] == [
        ("Milan", "ORG"), ("Roma", "ORG"), ("Milan Rapajic", "PERSON"), ("Milan", "ORG")]


def test_a_short_form_folded_into_a_full_name_keeps_the_full_name_label():
    spans = [span("Jan Kowalski", "PERSON"), span("Kowalski", "PERSON", 1, canonical="Jan Kowalski")]
    out = library_labels(spans, ["Jan Kowalski spoke.", "Kowalski left."], {"jan kowalski": {"ORG": 9}})
    assert [s.label for s in out] == ["PERSON", "PERSON"]


def test_dates_and_amounts_are_never_relabelled():
    spans = [span("August", "DATE")]
    assert library_labels(spans, ["August was hot."], {"august": {"ORG": 9}})[0].label == "DATE"
    spans = [span("Jordan", "GPE")]
    assert library_labels(spans, ["Jordan said so."], {"jordan": {"DATE": 9}})[0].label == "GPE"


# --- through the library: counts from the entity index -------------------------------------

def khartoum_finder(blocks):
    """The model's view: "Khartoum" is a place, except where a sentence makes it a speaker."""
    found = []
    for paragraphs, captions in blocks:
        spans = []
        for i, text in enumerate(paragraphs):
            at = text.find("Khartoum")
            if at != -1:
                label = "PERSON" if "said Khartoum" in text else "GPE"
                spans.append(EntitySpan("Khartoum", label, i, at, at + 8, "Khartoum"))
        found.append((spans, []))
    return found


def khartoum_library(root: Path, places: int = 4) -> tuple[Library, str]:
    library = Library(root, entity_finder=khartoum_finder)
    items = [(article(f"k{n}", f"Report {n}", [f"Talks opened in Khartoum on day {n}."]), f"k{n}")
             for n in range(places)]
    items.append((article("odd", "The odd one", ["Peace is near, said Khartoum on Friday."]), "odd"))
    report = library.add_articles(items)
    odd = next(item.article_id for item in report.imported if item.title == "The odd one")
    return library, odd


def labels_shown(root: Path, article_id: str, capsys) -> list[str]:
    assert main(["--data-dir", str(root), "show", article_id, "--json"]) == 0
    return [e["label"] for e in json.loads(capsys.readouterr().out)["entities"]]


def test_show_gives_the_label_the_rest_of_the_library_agrees_on(tmp_path: Path, capsys):
    library, odd = khartoum_library(tmp_path)
    assert [s.label for s in library.found_article(odd).entities] == ["PERSON"]  # as found, kept
    assert [s.label for s in library.article(odd).entities] == ["GPE"]
    assert labels_shown(tmp_path, odd, capsys) == ["GPE"]


def test_a_small_library_does_not_outvote_the_article(tmp_path: Path):
    library, odd = khartoum_library(tmp_path, places=2)
    assert [s.label for s in library.article(odd).entities] == ["PERSON"]


def test_a_correction_has_the_last_word_over_the_library(tmp_path: Path, capsys):
    library, odd = khartoum_library(tmp_path)
    library.correct_entity(odd, "relabel", "Khartoum", label="PERSON")
    assert [s.label for s in library.article(odd).entities] == ["PERSON"]
    # Said everywhere, the correction is what every article counts and shows.
    library.correct_entity(odd, "relabel", "Khartoum", label="ORG", everywhere=True)
    others = [s.id for s in library.summaries() if s.id != odd]
    assert {s.label for i in others for s in library.article(i).entities} == {"ORG"}
    assert labels_shown(tmp_path, odd, capsys) == ["PERSON"]  # its own correction still wins


def test_without_a_usable_index_the_labels_are_as_found(tmp_path: Path, monkeypatch):
    library, odd = khartoum_library(tmp_path)
    from reader.store.search_index import IndexUnusable, SearchIndex

    def unusable(self, names, except_id):
        raise IndexUnusable("no index")

    monkeypatch.setattr(SearchIndex, "label_counts", unusable)
    assert [s.label for s in library.article(odd).entities] == ["PERSON"]


def test_the_index_counts_stay_in_step_as_articles_are_indexed_again(tmp_path: Path):
    library, odd = khartoum_library(tmp_path)

    def counted() -> dict:
        return library._keeper.ask(lambda index: index.label_counts({"khartoum"}, odd))

    assert counted() == {"khartoum": {"GPE": 4}}  # the article itself left out
    library.correct_entity(odd, "relabel", "Khartoum", label="LOC", everywhere=True)  # all re-indexed
    assert counted() == {"khartoum": {"LOC": 4}}
    library.drop_index()  # built again from the bodies: the corrections still hold there
    assert counted() == {"khartoum": {"LOC": 4}}
    assert library.entities_of(odd) == [("Khartoum", "LOC", 1)]
