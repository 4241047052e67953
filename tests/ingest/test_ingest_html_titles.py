"""An HTML page's title without the site's name that pages append to it."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.ingest import read_source

HEADLINE = "Wind beats gas for a whole quarter as new farms come online"
BODY = "".join(
    f"<p>{sentence}</p>" for sentence in [
        "Offshore wind farms in the North Sea produced more electricity than the country's gas plants "
        "for the first time over a full quarter, according to figures published by the grid operator.",
        "Turbines supplied 38 percent of the power used between July and September, while gas plants "
        "supplied 31 percent, as new farms off the Yorkshire coast came online earlier than planned.",
        "Industry groups said the milestone showed that the investment of the past decade was paying "
        "off, but warned that the grid still lacked the cables it would need to carry the power.",
    ])


def page(title: str, site: str | None, h1: str | None) -> str:
    # Pages give the title with the site's name in their Open Graph metadata too.
    meta = f'<meta property="og:title" content="{title}">'
    meta += f'<meta property="og:site_name" content="{site}">' if site else ""
    heading = f"<h1>{h1}</h1>" if h1 else ""
    return (f"<html><head><title>{title}</title>{meta}</head><body><article>{heading}{BODY}"
            "</article></body></html>")


@pytest.mark.parametrize(("title", "site", "h1"), [
    (f"{HEADLINE} | The Northern Courier", "The Northern Courier", None),
    (f"{HEADLINE} - Northern Courier", "The Northern Courier", None),
    (f"{HEADLINE} — NorthernCourier.example", "Northern Courier", None),
    (f"{HEADLINE} | Energy | Courier", None, HEADLINE),
])
def test_the_site_name_after_the_title_is_left_out(tmp_path: Path, title: str, site: str | None,
                                                   h1: str | None) -> None:
    path = tmp_path / "wind.html"
    path.write_text(page(title, site, h1), encoding="utf-8")
    assert read_source(str(path))[0].title == HEADLINE


@pytest.mark.parametrize("title", [
    "Review: The Long Quarter - a play about wind",  # the part after the dash is no site name
    "Wind and gas - a comparison for the Northern winter",
])
def test_a_title_with_a_dash_of_its_own_is_kept_whole(tmp_path: Path, title: str) -> None:
    path = tmp_path / "wind.html"
    path.write_text(page(title, "The Northern Courier", None), encoding="utf-8")
    assert read_source(str(path))[0].title == title


def test_the_sites_name_is_its_source_without_its_legal_form(tmp_path: Path) -> None:
    path = tmp_path / "wind.html"
    path.write_text(page(f"{HEADLINE} | Harbour Networks", "Harbour Networks, LLC", HEADLINE), encoding="utf-8")
    (article,) = read_source(str(path))
    assert (article.title, article.source) == (HEADLINE, "Harbour Networks")


@pytest.mark.parametrize(("title", "h1"), [
    ("Wind beats gas for a whole quarter", HEADLINE),  # the sentence goes on in the headline
    (HEADLINE, f"Offshore power: {HEADLINE}"),  # the headline has a kicker before its colon
])
def test_a_title_that_cuts_the_printed_headline_short_gives_way_to_it(tmp_path: Path, title: str, h1: str) -> None:
    path = tmp_path / "wind.html"
    path.write_text(page(title, "The Northern Courier", h1), encoding="utf-8")
    assert read_source(str(path))[0].title == h1


@pytest.mark.parametrize("h1", [f"{HEADLINE} Add to reading list", f"Energy | {HEADLINE}"])
def test_a_button_or_a_section_in_the_heading_is_no_part_of_the_headline(tmp_path: Path, h1: str) -> None:
    path = tmp_path / "wind.html"
    path.write_text(page(HEADLINE, "The Northern Courier", h1), encoding="utf-8")
    assert read_source(str(path))[0].title == HEADLINE


def headed_page(title: str, heading: str, before: str = "") -> str:
    """A page whose metadata gives `title`, printing `heading` over the article; `before` above it (a box's links)."""
    return (f'<html><head><title>{title} | Northern Courier</title><meta property="og:title" content="{title}">'
            f'<meta property="og:site_name" content="Northern Courier"></head><body>{before}<article>{heading}'
            f"<p>13 November 2026</p>{BODY}</article></body></html>")


@pytest.mark.parametrize(("title", "heading"), [
    # The content system kept the title of the story the page held before.
    ("Harbour board votes to close the old ferry pier", f"<h2>{HEADLINE}</h2>"),
    # The tab's title written for search engines; the page prints the headline the desk wrote.
    ("Wind overtakes gas: what the grid figures mean for bills", f"<h1>{HEADLINE}</h1>"),
])
def test_a_title_the_page_never_prints_gives_way_to_the_printed_headline(tmp_path: Path, title: str,
                                                                         heading: str) -> None:
    path = tmp_path / "wind.html"
    path.write_text(headed_page(title, heading), encoding="utf-8")
    assert read_source(str(path))[0].title == HEADLINE


def test_a_boxs_link_is_no_printed_headline(tmp_path: Path) -> None:
    # Nothing is printed in a heading: the metadata's title stands over the links of a box above the article.
    box = '<div class="support"><p><a href="/give">Ways to Support the Courier</a></p></div>'
    path = tmp_path / "wind.html"
    path.write_text(headed_page(HEADLINE, "", before=box), encoding="utf-8")
    assert read_source(str(path))[0].title == HEADLINE


@pytest.mark.parametrize("where", ["before", "after"])
def test_another_storys_card_in_a_sidebar_is_no_printed_headline(tmp_path: Path, where: str) -> None:
    # The headline's <h1> is filled in by a script, so nothing is printed in it; an "up next" card stands beside it.
    card = ('<aside><h3><a href="/storm">Storm closes the coast road for a second night</a></h3>'
            "<span>12 November 2026</span></aside>")
    article = f'<article><h1 id="headline"></h1><p>13 November 2026</p>{BODY}</article>'
    body = card + article if where == "before" else article + card
    path = tmp_path / "wind.html"
    path.write_text(f'<html><head><title>{HEADLINE}</title><meta property="og:title" content="{HEADLINE}"></head>'
                    f"<body>{body}</body></html>", encoding="utf-8")
    assert read_source(str(path))[0].title == HEADLINE
