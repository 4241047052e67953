"""Ordinary news lines shaped like the chrome, credits, counts and bylines the importer leaves out.

Each rule that drops a line or reads a name has a sentence or a headline of the same shape that it
must leave alone: a headline starting like a skip link or a breadcrumb, a subheading naming photos,
a timeline's years, a three-word name, a paper's name before a date.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from test_ingest_scraped_pages import BODY, HEADLINE, MENU, browser_copy, copy_with_lines_inside, write

from reader.ingest import read_source


@pytest.mark.parametrize("headline", [
    "Skip the Hotel Breakfast Menu",  # not a link past the page's menu
    "Rare Photos From Inside North Korea",  # not a picture's credit
    "Speed > Safety > Cost? Engineers rank what matters in new survey",  # no breadcrumb from the site's root
    "Johns Hopkins MPH Graduates Head to Rural Clinics",  # no writer with a degree
])
def test_a_headline_shaped_like_chrome_a_credit_or_a_byline_stays_the_headline(tmp_path: Path, headline: str) -> None:
    (article,) = read_source(write(tmp_path, "head.txt", browser_copy(headline, "By Harriet Lindqvist",
                                                                      "13 November 2026")))
    assert (article.title, article.byline) == (headline, "Harriet Lindqvist")
    assert article.paragraphs == BODY


@pytest.mark.parametrize("line", [
    "Skip the dessert menu.",
    "\"Don't forget to share the load with your friends,\" the coach told the players before the final.",
])
def test_a_sentence_shaped_like_a_button_or_a_prompt_stays_in_the_body(tmp_path: Path, line: str) -> None:
    (article,) = read_source(write(tmp_path, "line.txt", copy_with_lines_inside(line)))
    assert line in article.paragraphs


def test_a_timelines_years_between_paragraphs_stay(tmp_path: Path) -> None:
    (article,) = read_source(write(tmp_path, "years.txt", copy_with_lines_inside("2020", BODY[1], "2026")))
    assert "2020" in article.paragraphs and "2026" in article.paragraphs


def test_readers_comments_under_the_articles_update_note_and_share_bar_stay_out(tmp_path: Path) -> None:
    # The date under the last paragraph is the article's update note, not its head: "Comments" under it and its
    # share bar opens the readers' section.
    tail = ("Last updated 14 November 2026", "Share", "Tweet", "Facebook", "Email", "Comments",
            "Good to see the farms doing their job, at last, after all the years of waiting for them.",
            "The cables were promised a decade ago and the coast has waited long enough for them.")
    text = "\n".join([MENU, HEADLINE, "By Harriet Lindqvist", "13 November 2026", *BODY, *BODY, *tail]) + "\n"
    (article,) = read_source(write(tmp_path, "comments.txt", text))
    assert article.paragraphs[-1] == BODY[-1]


def test_a_three_word_name_ending_in_a_sections_word_keeps_its_surname(tmp_path: Path) -> None:
    (article,) = read_source(write(tmp_path, "money.txt", browser_copy(HEADLINE, "By Mary Ellen Money",
                                                                       "13 November 2026")))
    assert article.byline == "Mary Ellen Money"


@pytest.mark.parametrize("line", ["Harriet Lindqvist | Baltimore Sun 03/05/2026", "Phoenix Suns 03/05/2026"])
def test_a_papers_or_a_teams_name_before_a_date_is_no_weekday(tmp_path: Path, line: str) -> None:
    # 03/05: March or May. "Sun" here is a paper's name and "Suns" a team's, not Sunday's.
    (article,) = read_source(write(tmp_path, "sun.txt", browser_copy(HEADLINE, line)))
    assert article.published is None


def test_dated_video_cards_over_the_headline_are_not_its_headline(tmp_path: Path) -> None:
    # "Video: <title>" over a date is the headline on a TV station's page; a list of such cards over the article is not.
    head = ("Latest videos", "Video: Storm closes the coast road for a second night", "12 November 2026",
            "Video: Harbour council votes to close the old ferry pier", "11 November 2026")
    (article,) = read_source(write(tmp_path, "cards.txt", browser_copy(*head, HEADLINE, "By Harriet Lindqvist",
                                                                       "13 November 2026")))
    assert (article.title, article.byline, article.published) == (HEADLINE, "Harriet Lindqvist", "2026-11-13")
