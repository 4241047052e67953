"""W3C Web Annotation export: every field the model requires, selectors that point at the text."""

from __future__ import annotations

import json
import re

from builders import article, small_library

from reader.cli import main
from reader.export import export_articles
from reader.export.w3c import CONTEXT

REQUIRED = {"@context", "id", "type", "created", "modified", "motivation", "target"}
ID_FORMAT = re.compile(r"^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
ISO = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$")


def exported(tmp_path, capsys) -> tuple[dict, object, str]:
    library, (article_id, *_) = small_library(tmp_path)
    library.add_bookmark(article_id, 1)
    library.add_note(article_id, "who said it?", paragraph=0, start=0, end=12)
    library.add_note(article_id, "the whole piece")
    assert main(["--data-dir", str(tmp_path), "export", "--format", "w3c", article_id]) == 0
    return json.loads(capsys.readouterr().out), library, article_id


def test_the_collection_and_every_annotation_have_the_required_fields(tmp_path, capsys):
    collection, library, article_id = exported(tmp_path, capsys)
    assert collection["@context"] == CONTEXT == "http://www.w3.org/ns/anno.jsonld"
    assert collection["type"] == "AnnotationCollection" and ID_FORMAT.match(collection["id"])
    page = collection["first"]
    assert page["type"] == "AnnotationPage" and collection["total"] == len(page["items"]) == 3
    for annotation in page["items"]:
        assert REQUIRED <= set(annotation), REQUIRED - set(annotation)
        assert annotation["@context"] == CONTEXT and annotation["type"] == "Annotation"
        assert ID_FORMAT.match(annotation["id"])
        assert ISO.match(annotation["created"]) and ISO.match(annotation["modified"])
        assert annotation["target"]["source"] == "https://news.example/0"
        if annotation["motivation"] == "commenting":
            body = annotation["body"]
            assert body["type"] == "TextualBody" and body["format"] == "text/plain"
            assert body["purpose"] == "commenting" and body["value"]
        else:
            assert annotation["motivation"] == "bookmarking" and "body" not in annotation
    assert len({a["id"] for a in page["items"]}) == 3


def test_selectors_point_at_the_text_joined_with_blank_lines(tmp_path, capsys):
    collection, library, article_id = exported(tmp_path, capsys)
    text = "\n\n".join(library.article(article_id).paragraphs)
    anchored = [a for a in collection["first"]["items"] if "selector" in a["target"]]
    assert len(anchored) == 2
    for annotation in anchored:
        quote, position = annotation["target"]["selector"]
        assert quote["type"] == "TextQuoteSelector" and position["type"] == "TextPositionSelector"
        start, end = position["start"], position["end"]
        assert text[start:end] == quote["exact"]
        assert text[:start].endswith(quote["prefix"]) and text[end:].startswith(quote["suffix"])
    bookmark = next(a for a in anchored if a["motivation"] == "bookmarking")
    assert bookmark["target"]["selector"][0]["exact"] == "Kowalski said the talks would go on."
    assert bookmark["target"]["selector"][0]["prefix"].endswith("on day 0.\n\n")


def test_article_notes_target_the_whole_article_and_ids_are_stable(tmp_path, capsys):
    collection, library, article_id = exported(tmp_path, capsys)
    whole = next(a for a in collection["first"]["items"] if "selector" not in a["target"])
    assert whole["body"]["value"] == "the whole piece"
    again = export_articles(library, "w3c", [article_id], None).text
    assert [a["id"] for a in json.loads(again)["first"]["items"]] == [a["id"] for a in collection["first"]["items"]]


def test_orphaned_annotations_keep_their_quote_and_are_marked(tmp_path, capsys):
    library, (article_id,) = small_library(tmp_path, count=1)
    library.add_note(article_id, "gone now", paragraph=2)
    library.add_articles([(article("https://news.example/0", "Article number 0", ["Other text."]), "t")])
    data = json.loads(export_articles(library, "w3c", [article_id], tmp_path / "w3c.json").paths[0].read_text())
    (annotation,) = data["first"]["items"]
    assert annotation["reader:orphaned"] is True
    assert annotation["target"]["selector"] == [{
        "type": "TextQuoteSelector", "exact": "A closing paragraph for article 0.",
        "prefix": annotation["target"]["selector"][0]["prefix"],
        "suffix": annotation["target"]["selector"][0]["suffix"],
    }]


def test_json_export_is_still_everything(tmp_path, capsys):
    library, ids = small_library(tmp_path)
    library.add_note(ids[0], "x", paragraph=1)
    assert main(["--data-dir", str(tmp_path), "export"]) == 0
    records = json.loads(capsys.readouterr().out)
    assert len(records) == 3
    (note,) = next(r for r in records if r["id"] == ids[0])["notes"]
    assert (note["paragraph"], note["start"], note["end"]) == (1, 0, 36)
