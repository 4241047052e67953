"""`feed:NAME` folds case the way the rest of the query language does, past ASCII."""

from __future__ import annotations

import json

import pytest
from builders import fake_finder
from feed_server import Answer, FeedServer, rss

import reader.nlp
from reader.cli import main


@pytest.fixture(autouse=True)
def no_spacy(monkeypatch):
    monkeypatch.setattr(reader.nlp, "find_entities", fake_finder)


def test_a_feed_named_with_accented_capitals_is_found_in_any_case(tmp_path, capsys):
    paragraph = "Le conseil du port a voté mardi un plan pour la jetée de l'estuaire."
    with FeedServer() as server:
        server.answers["/eco.xml"] = Answer(rss("ÉCONOMIE Öffentlich", [("a", "Jetée", paragraph)]))
        assert main(["--data-dir", str(tmp_path), "subscribe", server.url("/eco.xml")]) == 0
    capsys.readouterr()
    for query in ('feed:"économie öffentlich"', 'feed:"ÉCONOMIE ÖFFENTLICH"', "feed:écon*"):
        code = main(["--data-dir", str(tmp_path), "search", query, "--json"])
        out, err = capsys.readouterr()
        assert code == 0, (query, err)
        assert [hit["title"] for hit in json.loads(out)] == ["Jetée"], query
