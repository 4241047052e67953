"""Each operator of the query language, against a small library built in a temp dir."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest
from builders import article

from reader.model import EntitySpan
from reader.search import QueryError
from reader.store import Library

# mention -> (label, canonical name)
ENTITIES = {
    "Shinzo Abe": ("PERSON", "Shinzo Abe"),
    "Abe": ("PERSON", "Shinzo Abe"),
    "Amara Chukwu": ("PERSON", "Amara Chukwu"),
    "IMF": ("ORG", "International Monetary Fund"),
    "World Bank": ("ORG", "World Bank"),
    "Kenya": ("GPE", "Kenya"),
    "Nairobi": ("GPE", "Nairobi"),
    "Tokyo": ("GPE", "Tokyo"),
    "Kibera": ("LOC", "Kibera"),
}
NOW = datetime(2026, 2, 20, 12, 0, tzinfo=timezone.utc)


def _spans(block: str, index: int) -> list[EntitySpan]:
    spans, taken = [], []
    for mention in sorted(ENTITIES, key=len, reverse=True):
        start = block.find(mention)
        while start != -1:
            end = start + len(mention)
            if not any(s < end and start < e for s, e in taken):
                label, canonical = ENTITIES[mention]
                spans.append(EntitySpan(mention, label, index, start, end, canonical))
                taken.append((start, end))
            start = block.find(mention, end)
    return spans


def finder(blocks):
    return [
        ([s for i, p in enumerate(ps) for s in _spans(p, i)],
         [s for i, c in enumerate(cs) for s in _spans(c, i)])
        for ps, cs in blocks
    ]


ARTICLES = {
    "imf": article(
        "https://a.example/imf", "Kenya reaches deal with IMF",
        ["Kenya has reached an agreement with the IMF in Nairobi.",
         "The café owners of Nairobi welcomed it."],
        byline="Amara Chukwu", source="Harbour Times", published="2026-01-10",
    ),
    "abe": article(
        "https://a.example/abe", "Abe remembered in Tokyo",
        ["Shinzo Abe was remembered at a service.",
         "Abe led the country twice; the seabed survey was his idea."],
        byline="Ken Sato", source="Pacific Courier", published="2026-02-03",
    ),
    "vote": article(
        "https://a.example/vote", "Kenya election results",
        ["Voters in Kenya chose a new parliament, from Kibera to the coast.",
         "The World Bank said growth would slow."],
        source="Pacific Courier", published="2025-12-20",
    ),
    "trade": article(
        "https://a.example/trade", "Shipping rates rise again",
        ["Freight between Rotterdam and the Pacific ports grew dearer.",
         "Traders in Tokyo expect more of the same."],
        captions=["A container ship leaving port."],
        source="Harbour Times", published="2026-03-10",
    ),
}


@pytest.fixture(scope="module")
def library(tmp_path_factory):
    root = tmp_path_factory.mktemp("search")
    library = Library(root, entity_finder=finder)
    report = library.add_articles([(a, name) for name, a in ARTICLES.items()])
    ids = {name: item.article_id for name, item in zip(ARTICLES, report.imported, strict=True)}
    library.add_note(ids["imf"], "follow the loan")
    library.add_bookmark(ids["abe"], 0)
    library.mark_read(ids["vote"])
    library.ids = ids  # type: ignore[attr-defined]
    return library


def found(library, query: str) -> list[str]:
    """The names of the matching articles, in the order of the results."""
    names = {i: name for name, i in library.ids.items()}
    return [names[hit.summary.id] for hit in library.search(query, now=NOW).hits]


def found_set(library, query: str) -> set[str]:
    return set(found(library, query))


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("abe", {"abe"}),  # a whole word: "seabed" is not "abe"
        ("sea", set()),
        ("KENYA", {"imf", "vote"}),  # case folded
        ("cafe", {"imf"}),  # accents folded
        ('"new parliament"', {"vote"}),
        ('"parliament new"', set()),
        ("parl*", {"vote"}),
        ("kenya -imf", {"vote"}),
        ('kenya -"world bank"', {"imf"}),
        ("imf OR tokyo", {"imf", "abe", "trade"}),
        ("(imf OR tokyo) -abe", {"imf", "trade"}),
        ("-kenya", {"abe", "trade"}),
        ("container", {"trade"}),  # captions are searched
        ("title:kenya", {"imf", "vote"}),
        ("title:parliament", set()),
        ('source:"pacific courier"', {"abe", "vote"}),
        ("author:sato", {"abe"}),
        ("person:abe", {"abe"}),  # an alias of Shinzo Abe
        ("person:shinzo", {"abe"}),
        ("person:kenya", set()),
        ("org:imf", {"imf"}),
        ('org:"monetary fund"', {"imf"}),  # the canonical name
        ('org:"world bank"', {"vote"}),
        ("place:nairobi", {"imf"}),
        ("place:kibera", {"vote"}),  # LOC counts as a place
        ("place:abe", set()),
        ("entity:tokyo", {"trade"}),  # entities are found in the text, not in titles
        ("entity:sato", set()),
        ("has:note", {"imf"}),
        ("has:bookmark", {"abe"}),
        ("has:note OR has:bookmark", {"imf", "abe"}),
        ("is:read", {"vote"}),
        ("is:unread kenya", {"imf"}),
        ("is:archived", set()),
        ("tag:economy", set()),
        ("feed:wire", set()),
        ("after:2026-01", {"imf", "abe", "trade"}),
        ("after:2026-01-10", {"imf", "abe", "trade"}),  # the day itself included
        ("after:2026-01-11", {"abe", "trade"}),
        ("before:2026", {"vote"}),
        ("after:2026-01 before:2026-02", {"imf"}),
        ("after:30d", {"abe", "trade"}),  # counted back from NOW
        ("after:2w before:2026-03", set()),
    ],
)
def test_operator(library, query, expected):
    assert found_set(library, query) == expected


def test_words_rank_by_relevance_unless_sorted_otherwise(library):
    assert found(library, "tokyo") == ["abe", "trade"]  # in the title counts most
    assert found(library, "tokyo sort:date") == ["trade", "abe"]
    assert found(library, "tokyo sort:title") == ["abe", "trade"]
    assert found(library, "") == ["trade", "abe", "imf", "vote"]  # newest first
    assert found(library, "sort:title") == ["abe", "vote", "imf", "trade"]


def test_results_carry_a_count_and_a_snippet_with_the_words_marked(library):
    result = library.search("parliament OR voters", limit=1, now=NOW)
    assert result.total == 1
    (hit,) = result.hits
    marked = [text for text, matched in hit.snippet if matched]
    assert marked == ["Voters", "parliament"]
    assert "".join(text for text, _ in hit.snippet).startswith("Voters in Kenya chose a new")
    assert library.search("has:note", now=NOW).hits[0].snippet is None  # no word to show


def test_the_count_covers_every_match_beyond_the_limit(library):
    result = library.search("-nothingatall", limit=2, now=NOW)
    assert result.total == 4 and len(result.hits) == 2


def test_a_malformed_query_says_what_and_where(library):
    with pytest.raises(QueryError) as caught:
        library.search('kenya "new parl', now=NOW)
    assert str(caught.value) == "this quote is never closed (column 7)"


def test_the_app_filter_gets_every_matching_id(library):
    assert set(library.matching_ids("kenya", now=NOW)) == {library.ids["imf"], library.ids["vote"]}
