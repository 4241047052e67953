"""An HTML page's byline: the metadata's authors, checked against the byline the page prints."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.ingest import read_source
from reader.ingest.byline import author_names, reads_as_page_text
from test_ingest_html_titles import BODY, HEADLINE


def page(author: str | None, printed: str | None) -> str:
    meta = f'<meta name="author" content="{author}">' if author else ""
    byline = f'<p class="byline">{printed}</p>' if printed else ""
    return (f"<html><head><title>{HEADLINE}</title>{meta}</head><body><article><h1>{HEADLINE}</h1>"
            f"{byline}<p>13 November 2026</p>{BODY}</article></body></html>")


@pytest.mark.parametrize(("author", "printed", "byline"), [
    # The metadata names the publisher beside the writer, or nobody.
    ("Northline Media; Harriet Lindqvist", "By Harriet Lindqvist", "Harriet Lindqvist"),
    (None, "By Harriet Lindqvist", "Harriet Lindqvist"),
    # Where the page prints no byline, or another name, the metadata stands.
    ("Harriet Lindqvist", None, "Harriet Lindqvist"),
    ("Harriet Lindqvist; Tomasz Novak", "By Harriet Lindqvist and Tomasz Novak",
     "Harriet Lindqvist and Tomasz Novak"),
    # The metadata holds the label its template prints before the name, and no name.
    ("Article by", "Article by Harriet Lindqvist", "Harriet Lindqvist"),
    ("Article by", None, None),
])
def test_the_printed_byline_checks_the_metadata(tmp_path: Path, author: str | None, printed: str | None,
                                                byline: str | None) -> None:
    path = tmp_path / "wind.html"
    path.write_text(page(author, printed), encoding="utf-8")
    assert read_source(str(path))[0].byline == byline


def site_page(authors: list[str], site: str, printed: str | None, after: str = "") -> str:
    """A page naming its writers in JSON-LD and its site in a <meta>; what follows the article ("More stories")."""
    people = ",".join(f'{{"@type": "Person", "name": "{name}"}}' for name in authors)
    data = (f'<script type="application/ld+json">{{"@context": "https://schema.org", "@type": "NewsArticle", '
            f'"headline": "{HEADLINE}", "author": [{people}]}}</script>') if authors else ""
    byline = f"<p>{printed}</p>" if printed else ""
    return (f'<html><head><title>{HEADLINE}</title><meta property="og:site_name" content="{site}">{data}'
            f"</head><body><article><h1>{HEADLINE}</h1>{byline}<p>13 November 2026</p>{BODY}</article>"
            f"{after}</body></html>")


def byline_of(tmp_path: Path, html: str) -> str | None:
    path = tmp_path / "wind.html"
    path.write_text(html, encoding="utf-8")
    return read_source(str(path))[0].byline


@pytest.mark.parametrize(("authors", "site", "printed", "byline"), [
    # The metadata names the site, or it with a word after, where the page prints its writer.
    (["Northline Magazine"], "Northline", "By Harriet Lindqvist", "Harriet Lindqvist"),
    (["Fenwick Review"], "Fenwick Review", "By Harriet Lindqvist", "Harriet Lindqvist"),
    (["Fenwick", "Review"], "Fenwick & Review", "By Harriet Lindqvist", "Harriet Lindqvist"),
    (["NQ Magazine"], "NQ", "By Harriet Lindqvist", "Harriet Lindqvist"),
    (["FR"], "Fenwick Review", "By Harriet Lindqvist", "Harriet Lindqvist"),
    # ... or the site's section, named like the site.
    (["Letters"], "Letters to the Editor", "By Tomasz Novak", "Tomasz Novak"),
    # ... and where nothing is printed, the site is no writer.
    (["Fenwick Review"], "Fenwick Review", None, None),
    (["Fenwick Review November"], "Fenwick Review", None, None),
    # The writer beside the site stays, and a short site's name starts writers' names too.
    (["Ed Marlow"], "ED", None, "Ed Marlow"),
    (["Northline Magazine", "Harriet Lindqvist"], "Northline", None, "Harriet Lindqvist"),
])
def test_the_site_named_as_author_gives_way(tmp_path: Path, authors: list[str], site: str, printed: str | None,
                                            byline: str | None) -> None:
    assert byline_of(tmp_path, site_page(authors, site, printed)) == byline


def test_a_writer_named_like_the_site_stays_where_nothing_is_printed(tmp_path: Path) -> None:
    # "Harriet Lindqvist" on "Harriet Lindqvist Foundation": the founder writes there.
    html = site_page(["Harriet Lindqvist"], "Harriet Lindqvist Foundation", None)
    assert byline_of(tmp_path, html) == "Harriet Lindqvist"


@pytest.mark.parametrize(("authors", "printed", "byline"), [
    # The metadata names fewer than the page prints, a writer's first name alone, or a placeholder cut short.
    (["Harriet Lindqvist"], "By Harriet Lindqvist and Tomasz Novak", "Harriet Lindqvist and Tomasz Novak"),
    (["Harriet"], "By Harriet Lindqvist", "Harriet Lindqvist"),
    (["Staff"], "By Staff Writer", "Staff Writer"),
])
def test_the_printed_byline_names_in_full(tmp_path: Path, authors: list[str], printed: str, byline: str) -> None:
    assert byline_of(tmp_path, site_page(authors, "Northline", printed)) == byline


# A teaser card after the article, its writer in a byline element.
CARD = ('<aside><div class="card"><a href="/other"><div class="title">Tides turn the mill again</div>'
        '<div class="author">by <span class="author-name">Oskar Brandt</span></div></a></div></aside>')


def test_a_name_off_a_card_gives_way_to_the_printed_byline(tmp_path: Path) -> None:
    assert byline_of(tmp_path, site_page([], "Northline", "By Harriet Lindqvist", CARD)) == "Harriet Lindqvist"


def test_the_metadata_writer_stands_over_another_printed_name(tmp_path: Path) -> None:
    # The page's metadata names its writer; the name printed above the text is a desk's or an editor's.
    html = site_page(["Oskar Brandt"], "Northline", "By Harriet Lindqvist", CARD)
    assert byline_of(tmp_path, html) == "Oskar Brandt"


@pytest.mark.parametrize("credit", ["Staff", "Agencies"])
def test_the_newsrooms_credit_gives_way_to_the_printed_writer(tmp_path: Path, credit: str) -> None:
    assert byline_of(tmp_path, site_page([credit], "Northline", "By Harriet Lindqvist")) == "Harriet Lindqvist"


@pytest.mark.parametrize(("author", "printed", "byline"), [
    # The metadata gives the writer's profile's address, which the extractor reads as words.
    ("www.facebook.com/harrietlindqvist", "By Harriet Lindqvist", "Harriet Lindqvist"),
    ("www.facebook.com/harrietlindqvist", None, None),
    # ... or the site's address beside the writer.
    ("www.northline.info | Harriet Lindqvist", None, "Harriet Lindqvist"),
])
def test_a_web_address_in_the_metadata_names_nobody(tmp_path: Path, author: str, printed: str | None,
                                                    byline: str | None) -> None:
    assert byline_of(tmp_path, page(author, printed)) == byline


@pytest.mark.parametrize(("authors", "printed", "byline"), [
    (["No Author"], "By Harriet Lindqvist", "Harriet Lindqvist"),
    (["No Author"], None, None),
    (["Unknown"], None, None),
])
def test_the_metadatas_placeholder_for_nobody_names_nobody(tmp_path: Path, authors: list[str], printed: str | None,
                                                           byline: str | None) -> None:
    assert byline_of(tmp_path, site_page(authors, "Northline", printed)) == byline


def test_a_name_in_another_script_than_the_printed_byline_gives_way(tmp_path: Path) -> None:
    # The metadata names the desk in the paper's first language; the English page prints its writer.
    assert byline_of(tmp_path, site_page(["北報"], "Northline", "By Harriet Lindqvist")) == "Harriet Lindqvist"


def test_the_printed_byline_with_a_curly_apostrophe_is_the_metadatas_writer(tmp_path: Path) -> None:
    # The metadata gives the writer in capitals with a straight apostrophe and their job's first words; the page
    # prints "By Niamh O’Sullivan" with a typographer's apostrophe: the same writer, printed in full.
    html = site_page(["NIAMH O'SULLIVAN", "AP Science"], "Northline", "By Niamh O’Sullivan")
    assert byline_of(tmp_path, html) == "Niamh O’Sullivan"


# A login box in the page's header: the extractor reads the user's name element as the writer.
LOGIN_BOX = ('<div class="username"><div class="user"><span>Account</span></div>'
             "<div class=\"user-options\"><p>You're logged in as <span>&nbsp;</span></p></div></div>")


def test_a_login_box_names_no_writer(tmp_path: Path) -> None:
    html = (f"<html><head><title>{HEADLINE}</title></head><body>{LOGIN_BOX}<article><h1>{HEADLINE}</h1>"
            f"<p>13 November 2026</p>{BODY}</article></body></html>")
    assert byline_of(tmp_path, html) is None


@pytest.mark.parametrize("name", ["Account You're", "Sign In Search", "Follow Share"])
def test_a_boxs_text_reads_as_page_text(name: str) -> None:
    assert reads_as_page_text(name)


@pytest.mark.parametrize("name", ["Harriet Lindqvist", "Tomasz O'Neill", "World's Editorial Writers", "He Huifeng",
                                  "Nguyen Tra My", "Thomas More", "Glenn Close"])
def test_a_writers_name_does_not_read_as_page_text(name: str) -> None:
    assert not reads_as_page_text(name)


@pytest.mark.parametrize(("author", "printed", "byline"), [
    # The content-management firm's address as the metadata's author, which extractors give as "Nurun Com".
    ("northlinecms.com", "By Harriet Lindqvist", "Harriet Lindqvist"),
    ("northlinecms.com", None, None),
])
def test_a_site_address_as_author_names_nobody(tmp_path: Path, author: str, printed: str | None,
                                               byline: str | None) -> None:
    assert byline_of(tmp_path, page(author, printed)) == byline


@pytest.mark.parametrize(("author", "names"), [
    ("Special Correspondent", "Special Correspondent"),  # the desk's credit, no name before the job
    ("Staff Reporter", "Staff Reporter"),
    ("Harriet Lindqvist Staff Writer", "Harriet Lindqvist"),  # the job's first word is no part of the name
    ("Harriet Lindqvist, Editor", "Harriet Lindqvist"),  # nor the comma before it
    ("The Northline Wire Staff", "The Northline Wire Staff"),  # an outlet's desk, whole
    ("Northline Online Reporter", "Northline Online Reporter"),  # an outlet's word before the job: its newsroom
    ("Harriet Lindqvist News Editor", "Harriet Lindqvist"),
    ("Daniel Post Reporter", "Daniel Post"),  # a surname that is an outlet's word too is a person's
    ("Editor", None),
])
def test_the_authors_field_without_the_job_after_the_name(author: str, names: str | None) -> None:
    assert author_names(author) == names


def test_a_desks_credit_as_the_metadatas_author_is_the_byline(tmp_path: Path) -> None:
    assert byline_of(tmp_path, page("Special Correspondent", None)) == "Special Correspondent"


@pytest.mark.parametrize(("author", "byline"), [
    ("Northline Online Reporter", "Northline Online Reporter"),  # the site's newsroom credited as its writer
    ("Northline Online Staff", "Northline Online Staff"),
    ("Northline Online Media", None),  # the site's company, no writer
])
def test_the_sites_newsroom_as_the_metadatas_author_is_the_byline(tmp_path: Path, author: str,
                                                                   byline: str | None) -> None:
    html = page(author, None).replace("</head>", '<meta property="og:site_name" content="Northline Online"></head>')
    assert byline_of(tmp_path, html) == byline


def test_the_sites_newsroom_as_the_metadatas_author_gives_way_to_the_printed_writer(tmp_path: Path) -> None:
    html = page("Northline Online Reporter", "By Harriet Lindqvist").replace(
        "</head>", '<meta property="og:site_name" content="Northline Online"></head>')
    assert byline_of(tmp_path, html) == "Harriet Lindqvist"


def test_the_metadatas_writer_loses_the_outlets_label_run_into_the_surname(tmp_path: Path) -> None:
    # The page and its metadata both glue the outlet's label to the last writer's surname.
    path = tmp_path / "glued.html"
    path.write_text(page("Harriet Lindqvist; Tomasz NovakJournal News", "Harriet Lindqvist and Tomasz NovakJournal News"),
                    encoding="utf-8")
    assert read_source(str(path))[0].byline == "Harriet Lindqvist and Tomasz Novak"


@pytest.mark.parametrize(("author", "byline"), [
    ("Chris VanDyke Staff Writer", "Chris VanDyke"),
    ("Harriet Lindqvist; Gina DelVecchio Herald Staff", "Harriet Lindqvist; Gina DelVecchio"),
])
def test_a_surnames_particle_in_the_metadata_is_no_outlets_label(tmp_path: Path, author: str, byline: str) -> None:
    path = tmp_path / "particle.html"
    path.write_text(page(author, None), encoding="utf-8")
    assert read_source(str(path))[0].byline == byline
