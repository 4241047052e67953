"""Scraped plain text, Markdown and HTML files, plus source expansion and sniffing."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from reader.ingest import ImportFailure, expand_sources, read_source
from reader.ingest.byline import bare_name, byline_name
from reader.ingest.sniff import sniff_kind

SCRAPED = """Skip to content
Menu
World | Politics | Business | Climate
Search

WORLD

Storm floods coastal towns as rivers burst their banks
By Jane Doe (
Published 14 November 2026

Share this article

Residents watch the water rise in Porthaven on Friday. (Reuters)

Heavy rain overnight pushed the River Ael over its banks, flooding
hundreds of homes in three towns along the coast.

Emergency services said no one had been hurt.

Residents watch the water rise in Porthaven on Friday. (Reuters)

Advertisement

"We have never seen it this high," said the mayor, Ana Ruiz.

Emergency services said no one had been hurt.

Related stories
Rain warning issued for the weekend
Ferry services cancelled

A rescue boat on Main Street. Photo: Tom Lee/AFP
The clean-up is expected to take weeks, officials said.

Residents watch the water rise in Porthaven on Friday.

Most read

Copyright 2026 Example News. All rights reserved.
"""


def write(tmp_path: Path, name: str, text: str) -> str:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_scraped_text_is_cleaned_into_an_article(tmp_path: Path) -> None:
    path = write(tmp_path, "storm.txt", SCRAPED)
    (article,) = read_source(path)
    assert article.title == "Storm floods coastal towns as rivers burst their banks"
    assert article.byline == "Jane Doe"
    assert article.published == "2026-11-14"
    assert article.captions == [
        "Residents watch the water rise in Porthaven on Friday. (Reuters)",
        "A rescue boat on Main Street. Photo: Tom Lee/AFP",
    ]
    assert article.paragraphs == [
        "Heavy rain overnight pushed the River Ael over its banks, flooding "
        "hundreds of homes in three towns along the coast.",
        "Emergency services said no one had been hurt.",
        '"We have never seen it this high," said the mayor, Ana Ruiz.',
        "The clean-up is expected to take weeks, officials said.",
    ]
    assert article.key == "file:" + os.path.abspath(path)
    assert article.source == "Example News" and article.url is None  # source: its copyright line


def test_scraped_text_with_cut_off_joint_byline_and_time_in_date(tmp_path: Path) -> None:
    text = (
        "Sign in\nSubscribe\n\nRates held for a third month\nBy Tom Okafor and\n"
        "Updated 3:42 PM GMT, November 14, 2026\n\nThe central bank kept rates on hold.\n\n"
        "Share\n"
    )
    (article,) = read_source(write(tmp_path, "rates.txt", text))
    assert (article.title, article.byline, article.published) == (
        "Rates held for a third month", "Tom Okafor", "2026-11-14"
    )
    assert article.paragraphs == ["The central bank kept rates on hold."]


def test_masthead_menus_and_standfirst_around_the_headline(tmp_path: Path) -> None:
    text = (
        "The Daily Lantern\n"
        "News   Sport   Business   Opinion\n"
        "Home › Culture › Art & Design\n\n"
        "Museum hands back 31 bronzes to Nigeria\n\n"
        "The return is one of the largest by a regional museum.\n\n"
        "By Eleanor Whitfield, Arts Correspondent\n"
        "Published 4 November 2026\n\n"
        "The museum returned 31 objects on Wednesday.\n\n"
        "Share this article  |  Comments (42)\n"
        "You might also like\n"
        "Another story entirely\n\n"
        "The Daily Lantern © 2026 Lantern News Ltd. Registered in England and Wales.\n"
    )
    (article,) = read_source(write(tmp_path, "lantern.txt", text))
    assert article.title == "Museum hands back 31 bronzes to Nigeria"
    assert article.byline == "Eleanor Whitfield"
    assert article.published == "2026-11-04"
    assert article.paragraphs == [
        "The return is one of the largest by a regional museum.",
        "The museum returned 31 objects on Wednesday.",
    ]


def test_headline_without_byline_skips_the_menu_block(tmp_path: Path) -> None:
    text = "Southern Cross Herald\nMenu  |  Search  |  Subscribe\n\nBrazil cuts rates again\n\nBody.\n"
    (article,) = read_source(write(tmp_path, "herald.txt", text))
    assert (article.title, article.paragraphs) == ("Brazil cuts rates again", ["Body."])


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("By Jane Doe (", "Jane Doe"),
        ("By Tom Okafor and", "Tom Okafor"),
        ("By Jane Doe, Political Correspondent", "Jane Doe"),
        ("By Jane Doe and Tom Okafor", "Jane Doe and Tom Okafor"),
        ("By Jane Doe | Published 14 Nov 2026", "Jane Doe"),
        ("By Jane DoeLeave a comment", "Jane Doe"),
        ("BY JANE DOE / STAFF WRITER", "Jane Doe"),
        ("ByJane Doe | November 14, 2026", "Jane Doe"),
        ("By Jane Doe2026-11-14 09:32:17 UTC", "Jane Doe"),
        ("By Jane Doe &bullet; 11.14.26", "Jane Doe"),
        ("By Jane Doe, Example.com | The Example Times", "Jane Doe"),
        ("by Jane Doe, Staff Writer   |   November 14, 2026 07:38am ET", "Jane Doe"),
        ("By Jane Doe and Tom Okafor Nov. 14, 2026 | 10:49 a.m. EST", "Jane Doe and Tom Okafor"),
        ("By the time help came, the water had gone.", None),
        ("Jane Doe", None),
    ],
)
def test_byline_names(line: str, name: str | None) -> None:
    assert byline_name(line) == name


def test_names_printed_twice_are_each_kept_once_line_by_line() -> None:
    # A dump prints each writer's picture by its text, then the link: what is read of one line is kept for the
    # rules that ask again, never given for another line.
    lines = ["Mara Keel Mara Keel", "Owen PraskOwen Prask", "Mara Keel Mara Keel Owen Prask Owen Prask"]
    assert [bare_name(line) for line in lines * 2] == ["Mara Keel", "Owen Prask", "Mara Keel, Owen Prask"] * 2
    assert byline_name("By Owen Prask Owen Prask and Mara Keel Mara Keel") == "Owen Prask and Mara Keel"


def test_text_without_headline_is_titled_from_its_first_words(tmp_path: Path) -> None:
    body = "word " * 80
    (article,) = read_source(write(tmp_path, "long.txt", body))
    assert article.title == "word " * 11 + "word…"
    assert article.paragraphs == [body.strip()]


SHORT_LEDE = "The harbour board voted on Monday to double the mooring fees for visiting yachts."
SHORT_MORE = "Sailing clubs along the coast said they would ask the board to think again."


@pytest.mark.parametrize(
    ("lines", "title", "paragraphs"),
    [
        # A title-like first line is the title, even with no blank line under it.
        (["Mooring fees to double at Seahouses", SHORT_LEDE, SHORT_MORE],
         "Mooring fees to double at Seahouses", [SHORT_LEDE, SHORT_MORE]),
        (["Will visiting yachts stay away?", "", SHORT_LEDE], "Will visiting yachts stay away?", [SHORT_LEDE]),
        # A lone short sentence first is the article's opening, kept in its body.
        (["Nobody saw it coming.", "", SHORT_LEDE, "", SHORT_MORE],
         "Nobody saw it coming.", ["Nobody saw it coming.", SHORT_LEDE, SHORT_MORE]),
        (["Fees double. Clubs protest.", SHORT_LEDE], "Fees double. Clubs protest.",
         ["Fees double. Clubs protest.", SHORT_LEDE]),
        ([SHORT_LEDE, SHORT_MORE], "The harbour board voted on Monday to double the mooring fees for…",
         [SHORT_LEDE, SHORT_MORE]),
    ],
    ids=["title-line", "question", "short-sentence", "two-sentences", "two-sentences-no-title"],
)
def test_very_short_text_takes_a_title_like_first_line_but_keeps_a_sentence_in_the_body(
    tmp_path: Path, lines: list[str], title: str, paragraphs: list[str]
) -> None:
    (article,) = read_source(write(tmp_path, "short.txt", "\n".join(lines) + "\n"))
    assert (article.title, article.paragraphs) == (title, paragraphs)


MARKDOWN = """---
title: "Council approves \\"green\\" budget"
author:
  - Jane Doe
  - Tom Okafor
date: 2026-11-14
source: 'The Example Times'
url: https://example.com/news/budget
tags: [politics, city]
---

# Council approves "green" budget

*By Jane Doe, City Hall*

The **city council** voted _8 to 3_ on [Tuesday](https://example.com/tue)
to approve the budget. It was a *long* night.

> "This is a good day," said the mayor.

## What changes

- More buses
- New *bike* lanes

![A council meeting (AP)](meeting.jpg)

Code `x = 1` keeps snake_case_names and 5 * 3 &amp; co.
"""


def test_markdown_with_front_matter(tmp_path: Path) -> None:
    (article,) = read_source(write(tmp_path, "budget.md", MARKDOWN))
    assert article.title == 'Council approves "green" budget'
    assert article.byline == "Jane Doe, Tom Okafor"
    assert article.source == "The Example Times"
    assert article.published == "2026-11-14"
    assert article.url == article.key == "https://example.com/news/budget"
    assert article.captions == ["A council meeting (AP)"]
    assert article.paragraphs == [
        "The city council voted 8 to 3 on Tuesday to approve the budget. It was a long night.",
        '"This is a good day," said the mayor.',
        "What changes",
        "More buses",
        "New bike lanes",
        "Code x = 1 keeps snake_case_names and 5 * 3 & co.",
    ]


def test_markdown_without_front_matter_takes_title_from_heading(tmp_path: Path) -> None:
    text = "Intro line before.\n\n# Bridge opens\n\nTraffic *flows* again.\n\n### Details\n\nMore.\n"
    path = write(tmp_path, "bridge.markdown", text)
    (article,) = read_source(path)
    assert article.title == "Bridge opens"
    assert article.paragraphs == ["Intro line before.", "Traffic flows again.", "Details", "More."]
    assert article.key == "file:" + os.path.abspath(path)
    assert article.byline is None and article.published is None


HTML_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Storm floods coastal towns - Example News</title>
<link rel="canonical" href="https://example.com/news/storm">
<meta property="og:site_name" content="Example News">
<meta name="author" content="Jane Doe">
<meta property="article:published_time" content="2026-11-14T10:00:00Z">
</head><body>
<nav><a href="/">Home</a> | <a href="/world">World</a></nav>
<article>
<h1>Storm floods coastal towns</h1>
<p>Heavy rain overnight pushed the River Ael over its banks, flooding hundreds of homes.</p>
<figure><img src="a.jpg" alt="water"><figcaption>Residents watch the water rise. (Reuters)</figcaption></figure>
<p>Emergency services said no one had been hurt, but <b>roads</b> were closed and <a href="/s">schools</a> shut.</p>
<p>"We have never seen it this high," said the mayor, Ana Ruiz, on the steps of the town hall.</p>
<script>document.write("<p>injected</p>")</script>
</article>
<footer>Copyright 2026 Example News</footer>
</body></html>
"""


def test_html_page(tmp_path: Path) -> None:
    (article,) = read_source(write(tmp_path, "storm.html", HTML_PAGE))
    assert article.title == "Storm floods coastal towns"
    assert article.byline == "Jane Doe"
    assert article.source == "Example News"
    assert article.published == "2026-11-14"
    assert article.key == article.url == "https://example.com/news/storm"
    assert article.captions == ["Residents watch the water rise. (Reuters)"]
    assert article.paragraphs == [
        "Heavy rain overnight pushed the River Ael over its banks, flooding hundreds of homes.",
        "Emergency services said no one had been hurt, but roads were closed and schools shut.",
        '"We have never seen it this high," said the mayor, Ana Ruiz, on the steps of the town hall.',
    ]


def test_html_page_without_article_text(tmp_path: Path) -> None:
    path = write(tmp_path, "empty.html", "<!doctype html><html><body><nav>Home</nav></body></html>")
    with pytest.raises(ImportFailure) as caught:
        read_source(path)
    assert caught.value.reason == "no article text found in the page"


def test_expand_sources_walks_folders_sorted_and_skips_hidden(tmp_path: Path) -> None:
    for name in ["b.txt", "a.md", "c.png", ".hidden.txt", "sub/d.html", ".git/e.txt", "sub/f.rss"]:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x")
    single = tmp_path / "c.png"
    got = expand_sources([str(tmp_path), "https://example.com/a", str(single)])
    assert got == [
        str(tmp_path / "a.md"),
        str(tmp_path / "b.txt"),
        str(tmp_path / "sub" / "d.html"),
        str(tmp_path / "sub" / "f.rss"),
        "https://example.com/a",
        str(single),
    ]
    with pytest.raises(ImportFailure) as caught:
        expand_sources([str(tmp_path / "missing.txt")])
    assert caught.value.reason == "no such file or folder"


@pytest.mark.parametrize(
    ("text", "name", "content_type", "kind"),
    [
        ('<?xml version="1.0"?>\n<!-- c -->\n<rss version="2.0">', None, None, "feed"),
        ("<feed xmlns='http://www.w3.org/2005/Atom'>", "x.txt", None, "feed"),
        ('<?xml version="1.0"?><rdf:RDF xmlns:rdf="x">', None, None, "feed"),
        ("<!DOCTYPE html><html>", "x.txt", None, "html"),
        ("<html lang='en'>", None, "text/plain", "html"),
        ("<div>page</div>", None, "text/html", "html"),
        ("---\ntitle: x\n---\nbody", "x.txt", None, "markdown"),
        ("plain words", "x.md", None, "markdown"),
        ("# Heading\n\nbody", None, None, "markdown"),
        ("Skip to content\nHeadline", "x.txt", None, "text"),
        ("plain words", "x.html", None, "text"),
    ],
)
def test_sniff_kind(text: str, name: str | None, content_type: str | None, kind: str) -> None:
    assert sniff_kind(text, name, content_type) == kind


@pytest.mark.parametrize(
    ("line", "chrome"),
    [
        ("News / World / Europe", True),
        ("Home › World › Europe", True),
        ("Rain/snow closes mountain roads / passes shut", False),
        ("Council [bold]votes[/] on the bridge", False),
    ],
)
def test_only_spaced_slashes_make_a_menu(line: str, chrome: bool) -> None:
    from reader.ingest.chrome import is_chrome

    assert is_chrome(line) is chrome


@pytest.mark.parametrize("line", ["facebooktwitterflipboardwhatsapp", "digg reddit stumble", "Share TweetEmail",
                                  "Share Tweet Pin it"])
def test_share_buttons_a_copy_runs_together_make_a_share_bar(line: str) -> None:
    from reader.ingest.chrome import is_share_bar

    assert is_share_bar(line)


@pytest.mark.parametrize("line", ["Facebook", "Twitter and Facebook", "reddit threads", "Pin it on the wall"])
def test_one_or_two_share_words_make_no_share_bar(line: str) -> None:
    from reader.ingest.chrome import is_share_bar

    assert not is_share_bar(line)
