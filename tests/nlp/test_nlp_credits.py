"""Credit lines and datelines as ORG spans, and raw-span trimming: pure, no spaCy."""

from __future__ import annotations

import pytest

from reader.model import EntitySpan
from reader.nlp.credits import apply_credits
from reader.nlp.spans import clean_offsets


def credit_spans(
    block: str, spans: list[EntitySpan] | None = None, caption: bool = True
) -> list[tuple[str, str, str]]:
    out = apply_credits(spans or [], [block], first_caption=0 if caption else 1)
    for s in out:
        assert block[s.start : s.end] == s.text
    return [(s.text, s.label, s.canonical) for s in out]


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        ("A man waves. (AP)", [("AP", "ORG", "Associated Press")]),
        ("A man waves. (Reuters)", [("Reuters", "ORG", "Reuters")]),
        ("A man waves. (AFP Photo)", [("AFP", "ORG", "Agence France-Presse")]),
        ("A man waves. (Getty Images)", [("Getty Images", "ORG", "Getty Images")]),
        ("A man waves. (EPA)", [("EPA", "ORG", "European Pressphoto Agency")]),
        ("A man waves. (Bloomberg)", [("Bloomberg", "ORG", "Bloomberg")]),
        ("A man waves. (dpa)", [("dpa", "ORG", "Deutsche Presse-Agentur")]),
        ("A man waves. (Xinhua)", [("Xinhua", "ORG", "Xinhua")]),
        (
            "A man waves. (AP Photo/Jane Doe, File)",
            [("AP", "ORG", "Associated Press"), ("Jane Doe", "PERSON", "Jane Doe")],
        ),
        (
            "A man waves. (Jane Doe/AFP via Getty Images)",
            [
                ("Jane Doe", "PERSON", "Jane Doe"),
                ("AFP", "ORG", "Agence France-Presse"),
                ("Getty Images", "ORG", "Getty Images"),
            ],
        ),
        (
            "A man waves. Photo: Anna Nowak/EPA",
            [("Anna Nowak", "PERSON", "Anna Nowak"), ("EPA", "ORG", "European Pressphoto Agency")],
        ),
        (
            "A man waves. Photograph by Anna Nowak/The Daily Planet.",
            [("Anna Nowak", "PERSON", "Anna Nowak"), ("The Daily Planet", "ORG", "The Daily Planet")],
        ),
        (
            "A man waves in Kyiv, May 1, 2023. REUTERS/Jan Nowak",
            [("REUTERS", "ORG", "Reuters"), ("Jan Nowak", "PERSON", "Jan Nowak")],
        ),
        # Any agency closing a caption, listed or not; a file photo names none.
        ("Floods in Kelantan. (Bernama)", [("Bernama", "ORG", "Bernama")]),
        ("A train in Mumbai. (PTI)", [("PTI", "ORG", "PTI")]),
        ("A rally in Ankara. (Anadolu Agency)", [("Anadolu Agency", "ORG", "Anadolu Agency")]),
        ("A man waves. (File photo)", []),
        ("A man waves. (Jane Doe)", []),
        ("Mayor (left) and aide (right).", []),
        ("A man waves. Photo: Anna Nowak", []),  # no agency named: left to spaCy
        # A staff photographer: the name, without "Staff" as an organisation.
        ("A man waves. Photo: Anna Nowak/Staff", [("Anna Nowak", "PERSON", "Anna Nowak")]),
        # An unlisted paper's "Photo" credit, and a courtesy credit.
        ("A man waves. (Baltic Ledger Photo/Jan Nowak)",
         [("Baltic Ledger", "ORG", "Baltic Ledger"), ("Jan Nowak", "PERSON", "Jan Nowak")]),
        ("A man waves. (Courtesy of Lakeland News)", [("Lakeland News", "ORG", "Lakeland News")]),
        # A photographer and an unlisted outlet closing a caption without brackets (NPR's "Jane Doe/KCUR").
        ("A man waves. Anna Nowak/Eastmere Courier",
         [("Anna Nowak", "PERSON", "Anna Nowak"), ("Eastmere Courier", "ORG", "Eastmere Courier")]),
        ("A man waves. Jan Nowak/KCUR", [("Jan Nowak", "PERSON", "Jan Nowak"), ("KCUR", "ORG", "KCUR")]),
        # A sentence's slash between two words, a route, two bodies or a credit turned round is no such credit.
        ("Commuters on the Eastmere/Westbury line.", []),
        ("The ferry runs Monday/Tuesday", []),
        ("The junction where the lorry overturned on Tuesday. Harbour Road/Quay Street", []),
        ("Flood defences on the river since 2019. Environment Agency/Met Office", []),
        ("The pier after the storm. Eastmere Courier/Dan Whitlow", []),
    ],
)
def test_caption_credits(caption: str, expected: list[tuple[str, str, str]]) -> None:
    assert credit_spans(caption) == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("NAIROBI, Kenya (AP) — Police fired tear gas.", ("AP", "ORG", "Associated Press")),
        ("GENEVA (Reuters) - Talks resumed.", ("Reuters", "ORG", "Reuters")),
        ("LONDON, May 3 (Reuters) -- Shares fell.", ("Reuters", "ORG", "Reuters")),
        ("WASHINGTON (CNN) — Congress met.", ("CNN", "ORG", "CNN")),
    ],
)
def test_datelines(paragraph: str, expected: tuple[str, str, str]) -> None:
    assert expected in credit_spans(paragraph, caption=False)


def test_body_parentheses_are_no_credits() -> None:
    assert credit_spans("Pittsburgh (PA) voters and (AP) style.", caption=False) == []


def test_conflicting_spacy_spans_are_replaced() -> None:
    block = "Crowds gather. (AP Photo/Czarek Sokolowski)"
    start = block.index("AP Photo")
    text = block[start:-1]
    wrong = EntitySpan(text, "ORG", 0, start, len(block) - 1, text)
    other = EntitySpan("Crowds", "NORP", 0, 0, 6, "Crowds")
    assert credit_spans(block, [other, wrong]) == [
        ("Crowds", "NORP", "Crowds"),
        ("AP", "ORG", "Associated Press"),
        ("Czarek Sokolowski", "PERSON", "Czarek Sokolowski"),
    ]


def test_distinctive_agency_is_the_agency_everywhere_short_codes_stay_local() -> None:
    blocks = ["Reuters reported that the EPA fined Acme.", "Smoke. (Reuters)", "Smoke. (EPA)"]
    spans = [
        EntitySpan("Reuters", "GPE", 0, 0, 7, "Reuters"),
        EntitySpan("EPA", "ORG", 0, 25, 28, "EPA"),
    ]
    out = apply_credits(spans, blocks, first_caption=1)
    assert [(s.paragraph, s.text, s.label, s.canonical) for s in out] == [
        (0, "Reuters", "ORG", "Reuters"),
        (0, "EPA", "ORG", "EPA"),
        (1, "Reuters", "ORG", "Reuters"),
        (2, "EPA", "ORG", "European Pressphoto Agency"),
    ]


def test_dateline_place_joins_its_title_case_mention() -> None:
    blocks = ["WARSAW, Poland (AP) — Rain.", "Warsaw was wet."]
    spans = [
        EntitySpan("WARSAW", "ORG", 0, 0, 6, "WARSAW"),
        EntitySpan("Warsaw", "GPE", 1, 0, 6, "Warsaw"),
    ]
    out = apply_credits(spans, blocks)
    assert (out[0].label, out[0].canonical) == ("GPE", "Warsaw")


@pytest.mark.parametrize(
    ("block", "label", "raw", "expected"),
    [
        ("He met the Federal Reserve.", "ORG", "the Federal Reserve", ["Federal Reserve"]),
        ("The Federal Reserve met.", "ORG", "The Federal Reserve", ["Federal Reserve"]),
        ("In The Hague today.", "GPE", "The Hague", ["The Hague"]),
        ("It took a year.", "DATE", "a year", ["a year"]),
        ("An Apple Store opened.", "FAC", "An Apple Store", ["Apple Store"]),
        ("Jan Kowalski's office.", "PERSON", "Jan Kowalski's", ["Jan Kowalski"]),
        ("Poland’s economy.", "GPE", "Poland’s", ["Poland"]),
        ("McDonald's sales.", "ORG", "McDonald's", ["McDonald's"]),
        (
            "the World Health Organization (WHO said",
            "ORG",
            "the World Health Organization (WHO",
            ["World Health Organization", "WHO"],
        ),
        ("the Fund (IMF) said", "ORG", "Fund (IMF)", ["Fund", "IMF"]),
        ("see (IMF) now", "ORG", "(IMF)", ["IMF"]),
        ('He said "Kowalski" twice.', "PERSON", '"Kowalski"', ["Kowalski"]),
        ("a\n\nb", "GPE", "\n\n", []),
        ("x -- y", "ORG", "--", []),
    ],
)
def test_clean_offsets(block: str, label: str, raw: str, expected: list[str]) -> None:
    start = block.index(raw)
    got = clean_offsets(block, label, start, start + len(raw))
    assert [block[s:e] for s, e in got] == expected
