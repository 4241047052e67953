"""The publication date a scraped page prints, in the shapes real copies give it."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from reader.ingest import read_source
from reader.ingest.dates import date_line
from test_ingest_scraped_pages import BODY, HEADLINE, MENU, browser_copy, write


@pytest.mark.parametrize(("line", "iso"), [
    # A browser copy runs the year into the time that follows it.
    ("PUBLISHED THU, NOV 12 20268:41 AM EST", "2026-11-12"),
    ("November 12, 20268:41 AM UTCUpdated ago", "2026-11-12"),
    ("2 minute readNovember 12, 20268:41 AM GMT+1Last Updated 9 min ago", "2026-11-12"),
    # The date beside a place, a section or a breadcrumb.
    ("12 November 2026 • Tromsø, Norway", "2026-11-12"),
    ("World / November 12, 2026", "2026-11-12"),
    ("Home  •  Energy  •  November 12, 2026", "2026-11-12"),
    # A bullet, an "@" before the time, a page number, an outlet's name before it.
    ("● 12 Nov 2026", "2026-11-12"),
    ("Nov 12, 2026 @ 8:41 pm", "2026-11-12"),
    ("Thu, Nov 12, 2026 page 3", "2026-11-12"),
    ("Northern Courier News November 12, 2026, 8:41 AM", "2026-11-12"),
    ("tidewater News, November 12, 2026", "2026-11-12"),  # a brand written in lower case
    # Numbers only, where the day cannot be taken for the month.
    ("24.11.2026 08:41", "2026-11-24"),
    ("11.24.2026 07:00 AM", "2026-11-24"),
    ("Written: 2026-11-12 08:41:30 / Updated: 2026-11-12 09:15:02", "2026-11-12"),
    # The year in two figures, where the day cannot be taken for the month.
    ("11.24.26", "2026-11-24"),
    ("11/24/26 12:34PM", "2026-11-24"),
    ("24.11.26  |", "2026-11-24"),
    # "Last modified" beside the first date, times in the British style.
    ("Thu 12 Nov 2026 06.05 GMT Last modified on Thu 12 Nov 2026 06.07 GMT", "2026-11-12"),
    # The outlet's name run into the date.
    ("Northern CourierNovember 12, 2026 GMT", "2026-11-12"),
    # The year first, as in ISO dates, with slashes or dots.
    ("2026/11/13", "2026-11-13"),
    ("2026/11/13 09:41", "2026-11-13"),
    ("Published on 2026.11.13", "2026-11-13"),
    # The month named between figures, the year in four figures or two.
    ("13-Nov-2026", "2026-11-13"),
    ("13-Nov-26 09:41 AM", "2026-11-13"),
    ("13.Nov.2026 | 09:41", "2026-11-13"),
    # "of" between the day and the month.
    ("Thursday, 13th of November 2026", "2026-11-13"),
    # The time in hours, with or without a colon, and a zone in figures.
    ("13 Nov 2026 09:41 hrs", "2026-11-13"),
    ("13 November 2026 09:41hrs IST", "2026-11-13"),
    ("13 November 2026 0941 hrs", "2026-11-13"),
    # The date it was first published, cut by the dump at the line's end (its year goes on below).
    ("Friday 13 November 2026 09.41 GMT First published on Friday 13 November", "2026-11-13"),
    # Hours and minutes run together before the zone, the reader's own zone in brackets.
    ("November 13, 2026 -- Updated 0941 GMT (1741 HKT)", "2026-11-13"),
    ("Thu, 13 Nov 2026 09:41:00 +0200", "2026-11-13"),
    # The zone in brackets, the place in capitals after the date.
    ("Thursday, November 13, 2026, 09:41 [IST]", "2026-11-13"),
    ("November 13, 2026 09:41 pm IST - CHENNAI", "2026-11-13"),
    # Day first in figures with hyphens, and a day that is the same read either way.
    ("13-11-2026 09:41", "2026-11-13"),
    ("05/05/2026 09:41", "2026-05-05"),
    # More of what day-first sites print: an ordinal day, a comma after the month, a note and a zone.
    ("13 Nov, 2026", "2026-11-13"),
    ("Nov 13 2026", "2026-11-13"),
    ("13th November 2026", "2026-11-13"),
    ("Thursday 13 November 2026 09.41 GMT", "2026-11-13"),
    ("Updated: 13 Nov 2026 10:02 IST", "2026-11-13"),
    ("Last updated on 13 Nov 2026", "2026-11-13"),
    ("Updated - November 13, 2026 at 09:41 AM. - CHENNAI", "2026-11-13"),
    ("Thursday, 13th November 2026, 9:41 a.m.", "2026-11-13"),
    ("Nov 13 2026, 9:41 p.m. ET", "2026-11-13"),
    ("Thu 13 Nov 2026 9.41am AEDT", "2026-11-13"),
    ("13/11/2026 09:41", "2026-11-13"),
    # The notes a page may print before the date, as plain_text's update lines know them too.
    ("Last edited: 13 November 2026", "2026-11-13"),
    ("Edited 13 Nov 2026 10:02 GMT", "2026-11-13"),
    # The time first, or after a short word for "at" in the page's language.
    ("09:41 November 13, 2026", "2026-11-13"),
    ("Friday, November 13, 2026 в 09:41", "2026-11-13"),
    # A browser copy runs the year into the reading time: "2026" and "12 mins".
    ("Nov 13, 202612 mins", "2026-11-13"),
    ("13 November 20264 min read", "2026-11-13"),


    # The day's number with a stop, as German-speaking writers print it, and a comma after the month.
    ("13. November, 2026", "2026-11-13"),
    # The update first on the line, the first publication after it: the article appeared on the 13th.
    ("Updated: 14 Nov 2026 10:02 IST | Published: 13 Nov 2026 09:41 IST", "2026-11-13"),
    ("Last Updated: November 14, 2026 First Published: November 13, 2026", "2026-11-13"),
    # The reading time after the date, abbreviated with a stop, and the name of the clock icon a copy prints.
    ("Fri., Nov. 13, 2026timer4 min. read", "2026-11-13"),
    ("November 13, 2026 4 min. read", "2026-11-13"),
    # The time after a semicolon.
    ("Friday, November 13, 2026; 10:37 PM", "2026-11-13"),
    # The outlet's initials glued to the day.
    ("CWN13 November 2026", "2026-11-13"),
    # A blog's year cut to two figures after an apostrophe.
    ("13 November '26, 11:57pm", "2026-11-13"),
    ("Nov 13, ’26", "2026-11-13"),
])
def test_the_date_under_the_byline(tmp_path: Path, line: str, iso: str) -> None:
    text = browser_copy(HEADLINE, "By Harriet Lindqvist", line)
    (article,) = read_source(write(tmp_path, "wind.txt", text))
    assert (article.title, article.byline, article.published) == (HEADLINE, "Harriet Lindqvist", iso)
    assert article.paragraphs == BODY


def test_a_date_that_could_be_either_day_or_month_is_left_unread(tmp_path: Path) -> None:
    # 11/12/2026 is 11 December in London and 12 November in New York.
    text = browser_copy(HEADLINE, "By Harriet Lindqvist", "11/12/2026 08:41")
    (article,) = read_source(write(tmp_path, "wind.txt", text))
    assert article.published is None
    assert article.paragraphs == BODY


def test_a_two_figure_year_that_could_be_either_day_or_month_is_left_unread(tmp_path: Path) -> None:
    text = browser_copy(HEADLINE, "By Harriet Lindqvist", "11/12/26 08:41")
    (article,) = read_source(write(tmp_path, "wind.txt", text))
    assert article.published is None


@pytest.mark.parametrize(("line", "iso"), [
    ("By Harriet Lindqvist2026-11-12 09:32:17 UTC", "2026-11-12"),  # the name run into the date and time
    ("By Harriet Lindqvist • 11.24.26", "2026-11-24"),
    ("By Harriet Lindqvist | Updated: Nov 14, 2026 | Published: Nov 13, 2026", "2026-11-13"),
])
def test_the_date_on_the_byline_line(tmp_path: Path, line: str, iso: str) -> None:
    text = browser_copy(HEADLINE, line)
    (article,) = read_source(write(tmp_path, "wind.txt", text))
    assert (article.title, article.byline, article.published) == (HEADLINE, "Harriet Lindqvist", iso)


def test_a_date_in_a_caption_is_not_the_publication_date(tmp_path: Path) -> None:
    caption = "Turbines off the Yorkshire coast on November 3, 2026, during a test run of a new cable."
    text = browser_copy(HEADLINE, "By Harriet Lindqvist", caption)
    (article,) = read_source(write(tmp_path, "wind.txt", text))
    assert article.published is None


def test_a_section_label_two_lines_above_the_date_is_no_byline(tmp_path: Path) -> None:
    # A menu in capitals, a label printed twice, the headline, the date: the writer is under the date.
    menu = ["SKIP NAVIGATION", "MARKETS", "BUSINESS", "INVESTING", "TECH", "POLITICS", "COURIER TV", "USA",
            "INTL", "Search quotes, news & videos", "WATCHLIST", "SIGN IN", "CREATE FREE ACCOUNT", ""]
    headline = "A third of new wind investors followed a friend's tip. Here's why that can be 'a poor idea'"
    head = ["ASK A PLANNER", "ASK A PLANNER", headline, "PUBLISHED THU, NOV 12 20268:41 AM EST",
            "Harriet Lindqvist", "@HLINDQVIST", "KEY POINTS"]
    text = "\n".join([*menu, *head, *BODY, "Most read", "Share"]) + "\n"
    (article,) = read_source(write(tmp_path, "wind.txt", text))
    assert (article.title, article.byline, article.published) == (headline, "Harriet Lindqvist", "2026-11-12")


def test_the_date_under_a_byline_below_the_lead_photo(tmp_path: Path) -> None:
    standfirst = "Operators say a shortage of cables, not of wind, kept the new farms idle for weeks."
    caption = "The control room of the grid operator near Hexham. The operator runs the national network."
    text = browser_copy(HEADLINE, standfirst, "", caption, "Credit...", "Jane Morrow/Northern Courier", "",
                        "By Harriet Lindqvist", "", "Nov. 12, 2026", "")
    (article,) = read_source(write(tmp_path, "wind.txt", text))
    assert (article.title, article.byline, article.published) == (HEADLINE, "Harriet Lindqvist", "2026-11-12")


def test_a_place_beside_the_date_under_the_byline_in_a_text_browser_dump(tmp_path: Path) -> None:
    body = "\n\n".join(textwrap.fill(p, 72, initial_indent="   ", subsequent_indent="   ") for p in BODY)
    text = "\n".join([
        "   [logo]", "", "     * Home", "     * Energy", "     * Climate", "",
        f"   {HEADLINE}", "",
        "   Operators say a shortage of cables, not of wind, kept the new farms",
        "   idle for weeks.", "",
        "   Cranes lift a turbine blade onto a barge at the quay in Blyth, with",
        "   the harbour wall and two tugs in the background.", "",
        "   Northern Courier", "", "   Northern Courier", "",
        "   By Harriet Lindqvist",
        "   12 November 2026 • Blyth, England", "",
        body, "", "   Share", "", "   © 2026 The Northern Courier",
    ]) + "\n"
    (article,) = read_source(write(tmp_path, "wind.txt", text))
    assert (article.title, article.byline, article.published) == (HEADLINE, "Harriet Lindqvist", "2026-11-12")
    assert not any("12 November 2026" in p for p in article.paragraphs)  # the date line is no paragraph
    assert article.paragraphs[-len(BODY):] == BODY


def test_the_date_under_the_writers_box_inside_the_text(tmp_path: Path) -> None:
    # A column's page prints the writer's box after the opening paragraphs: "View all posts by", the date.
    head = [MENU, HEADLINE, "By Harriet Lindqvist", *BODY[:3], "Harriet Lindqvist",
            "Contact Harriet Lindqvist on X", "View all posts by Harriet Lindqvist", "November 12, 2026", BODY[3]]
    (article,) = read_source(write(tmp_path, "wind.txt", "\n".join(head) + "\n"))
    assert (article.title, article.byline, article.published) == (HEADLINE, "Harriet Lindqvist", "2026-11-12")


def test_a_two_figure_year_under_a_kicker_leaves_the_headline_below_it(tmp_path: Path) -> None:
    # The writer's name twice over share buttons, a kicker, the date: the kicker is no byline, and the
    # headline is the line under the date, not the name above the buttons.
    body = "\n\n".join(textwrap.fill(p, 72, initial_indent="   ", subsequent_indent="   ") for p in BODY)
    text = "\n".join([
        "     * The Northern Courier", "     * Politics", "     * World", "     * Energy", "",
        "   [1700000000000.cached.jpg]", "", "   Jane Morrow/Northern Courier", "",
        "   Harriet Ann Lindqvist", "   Harriet Ann Lindqvist", "     * facebook", "     * tweet", "     * post", "",
        "Gusty Quarter", "", "   11.24.26", "",
        "The Harbour Board’s Quiet Nod to Its Critics", "",
        "   Operators say a shortage of cables, not of wind, kept the new farms idle",
        "   for weeks, and the harbour board has now agreed to pay for two more of them.", "",
        body, "", "   © 2026 The Northern Courier",
    ]) + "\n"
    (article,) = read_source(write(tmp_path, "wind.txt", text))
    assert (article.title, article.published) == ("The Harbour Board’s Quiet Nod to Its Critics", "2026-11-24")


CARDS = ("Ferry fares rise again on the island routes", "November 3, 2026",
         "A new lighthouse keeper for Skerry Point", "November 2, 2026", "Energy")


@pytest.mark.parametrize("head", [
    (*CARDS, HEADLINE, "Harriet LindqvistNovember 12, 2026"),  # the name run into the date
    (*CARDS, HEADLINE, "Operators say a shortage of cables kept the new farms idle.", "Harriet Lindqvist",
     "November 12, 2026"),
])
def test_other_stories_dates_above_the_headline_lose_to_the_date_under_it(tmp_path: Path, head: tuple) -> None:
    (article,) = read_source(write(tmp_path, "wind.txt", browser_copy(*head)))
    assert (article.title, article.byline, article.published) == (HEADLINE, "Harriet Lindqvist", "2026-11-12")


def test_the_first_publication_wins_over_the_update(tmp_path: Path) -> None:
    text = browser_copy(HEADLINE, "Author:", "Harriet Lindqvist", "Updated:", "Mar 6, 2027", "Original:",
                        "Nov 12, 2026")
    (article,) = read_source(write(tmp_path, "wind.txt", text))
    assert (article.title, article.published) == (HEADLINE, "2026-11-12")


def test_the_date_among_the_notes_that_open_a_blog_without_a_headline_found(tmp_path: Path) -> None:
    # A writer's blurb and notes open the copy; the body is taken to start there, the date a few lines in.
    text = "\n".join([
        "I write about the grid and the sea. To date I have covered forty wind farms on three coasts, "
        "from the Dogger Bank to the Outer Hebrides.", "",
        "✉️ Join my mailing list 🐣 Follow me 🎤 Watch my talks", "",
        "❶ I have sailed to every farm in the North Sea.", "",
        "❷ I help run the Blyth harbour archive.", "",
        "❸ I once swam from Blyth pier to the outer buoy.", "",
        "❹ My favourite turbine is number 42 on the Tyne bank.", "",
        "❺ I answer every letter sent to the harbour office.", "",
        "© Harriet Lindqvist", "", "Home", "Archive", "Talks", "About", "Search",
        "Notes on a Quarter of Wind", "12 Nov 2026", "Twitter", "Reddit", "Hacker News",
        *BODY,
    ]) + "\n"
    (article,) = read_source(write(tmp_path, "wind.txt", text))
    assert article.published == "2026-11-12"


def test_the_date_on_the_bylines_own_line_under_a_standfirst_and_buttons(tmp_path: Path) -> None:
    standfirst = "Operators say a shortage of cables, not of wind, kept the new farms idle for weeks."
    text = browser_copy(HEADLINE, standfirst, "Share on Facebook", "Twitter", "LinkedIn", "Email",
                        "Harriet Lindqvist Nov 12 2026, 12:16 PM ET")
    (article,) = read_source(write(tmp_path, "wind.txt", text))
    assert (article.title, article.byline, article.published) == (HEADLINE, "Harriet Lindqvist", "2026-11-12")


# Other stories' cards at the foot of the page, each with its date in figures.
def _cards(*dates: str) -> tuple[str, ...]:
    titles = ["Ferry fares rise again on the island routes", "A new lighthouse keeper for Skerry Point",
              "Harbour board agrees to dredge the channel"]
    return tuple(line for title, date in zip(titles, dates) for line in (title, date))


@pytest.mark.parametrize(("line", "tail", "iso"), [
    # Another date on the page whose first number is over 12: the day comes first.
    ("05/11/2026 09:41", _cards("14/10/2026", "02/10/2026"), "2026-11-05"),
    # One whose second number is over 12: the month comes first.
    ("05/11/2026 09:41", _cards("10/14/2026", "10/02/2026"), "2026-05-11"),
    # The year in two figures, the same way.
    ("05/11/26", _cards("28/10/26"), "2026-11-05"),
    # A date written out elsewhere that matches one reading.
    ("05/11/2026", ("This article appeared in print on 5 November 2026.",), "2026-11-05"),
    ("05/11/2026", ("This article appeared in print on May 11, 2026.",), "2026-05-11"),
])
def test_a_date_that_could_be_either_day_or_month_read_by_the_pages_other_dates(
        tmp_path: Path, line: str, tail: tuple[str, ...], iso: str) -> None:
    text = browser_copy(HEADLINE, "By Harriet Lindqvist", line, tail=tail)
    (article,) = read_source(write(tmp_path, "wind.txt", text))
    assert (article.title, article.byline, article.published) == (HEADLINE, "Harriet Lindqvist", iso)


@pytest.mark.parametrize(("line", "iso"), [
    ("05/11/2026 09:41 IST", "2026-11-05"),  # India, Britain, Africa, Australia: the day first
    ("05/11/2026, 9.41am (AEDT)", "2026-11-05"),
    ("05/11/2026 9:41 AM ET", "2026-05-11"),  # the United States: the month first
    ("05/11/2026 09:41 UTC", None),  # a zone of nowhere in particular shows nothing
    ("7:07 PM PDT 05/11/2026 by Harriet Lindqvist", "2026-05-11"),  # the time and its zone before the date
    ("09:41 BST 05/11/2026", "2026-11-05"),
])
def test_a_date_that_could_be_either_day_or_month_read_by_the_zone_of_its_time(
        tmp_path: Path, line: str, iso: str | None) -> None:
    text = browser_copy(HEADLINE, "By Harriet Lindqvist", line)
    (article,) = read_source(write(tmp_path, "wind.txt", text))
    assert (article.title, article.byline, article.published) == (HEADLINE, "Harriet Lindqvist", iso)


@pytest.mark.parametrize(("head", "iso"), [
    # The time in the masthead names a zone of the United States: the page writes the month first.
    (("NOV 05, 10:04 AM EDT", "Subscribe", "ENERGY"), "2026-05-11"),
    (("05 Nov, 10:04 GMT", "Subscribe", "ENERGY"), "2026-11-05"),
    # Zones of both kinds show nothing.
    (("Markets: New York 10:04 AM EDT | London 15:04 BST", "ENERGY"), None),
    # A time in a sentence of the article tells nothing of the page's own order.
    (("ENERGY", "The final in Las Vegas starts at 8:15 PM ET on Sunday, or at 1:15 on Monday morning in London."),
     None),
])
def test_a_date_that_could_be_either_day_or_month_read_by_the_zone_of_the_pages_times(
        tmp_path: Path, head: tuple[str, ...], iso: str | None) -> None:
    text = browser_copy(*head, HEADLINE, "BY HARRIET LINDQVIST ON 05/11/26 AT 2:26 AM")
    (article,) = read_source(write(tmp_path, "wind.txt", text))
    assert (article.title, article.byline, article.published) == (HEADLINE, "Harriet Lindqvist", iso)


@pytest.mark.parametrize(("line", "iso"), [
    ("Thursday 05/11/2026", "2026-11-05"),  # 5 November 2026 is a Thursday, 11 May a Monday
    ("Mon, 05/11/2026 09:41", "2026-05-11"),
    ("Thurs. 5.11.26", "2026-11-05"),  # the year in two figures, with stops
    ("Tuesday 05/11/2026", None),  # neither reading falls on it
])
def test_a_date_that_could_be_either_day_or_month_read_by_its_weekday(
        tmp_path: Path, line: str, iso: str | None) -> None:
    text = browser_copy(HEADLINE, "By Harriet Lindqvist", line)
    (article,) = read_source(write(tmp_path, "wind.txt", text))
    assert (article.title, article.byline, article.published) == (HEADLINE, "Harriet Lindqvist", iso)


def test_a_weekday_and_a_date_in_figures_with_stops_before_the_writer(tmp_path: Path) -> None:
    text = browser_copy(HEADLINE, "Thursday 11.5.26 by Harriet Lindqvist")
    (article,) = read_source(write(tmp_path, "wind.txt", text))
    assert (article.title, article.byline, article.published) == (HEADLINE, "Harriet Lindqvist", "2026-11-05")
    assert article.paragraphs == BODY


def test_a_date_on_the_byline_line_read_by_the_pages_other_dates(tmp_path: Path) -> None:
    text = browser_copy(HEADLINE, "By Harriet Lindqvist | 05/11/2026", tail=_cards("23/10/2026"))
    (article,) = read_source(write(tmp_path, "wind.txt", text))
    assert (article.title, article.byline, article.published) == (HEADLINE, "Harriet Lindqvist", "2026-11-05")


@pytest.mark.parametrize("tail", [
    _cards("14/10/2026", "10/14/2026"),  # signs both ways
    ("This article appeared in print on 5 November 2026 and on May 11, 2026.",),  # both readings written out
    ("The harbour reopened on 7 November 2026.",),  # a written date matching neither reading
    # nor one near a reading: the days a story tells of lie before and after it, a month or more away
    ("Polls close on Election Day, Nov. 3, 2026, and results will be posted as precincts report.",),
    ("A whistleblower wrote to the board on 20 April 2026, and again in the summer.",),
    _cards("Version 4.13.26"),  # a version number is no date with the year in four figures
    ("[Harbour-Banner_14-10-2026-02.jpg]",),  # nor are figures inside a file name
])
def test_a_date_that_could_be_either_day_or_month_stays_unread_without_a_clear_sign(
        tmp_path: Path, tail: tuple[str, ...]) -> None:
    text = browser_copy(HEADLINE, "By Harriet Lindqvist", "05/11/2026 09:41", tail=tail)
    (article,) = read_source(write(tmp_path, "wind.txt", text))
    assert article.published is None


def test_other_stories_signed_and_dated_under_an_undated_article_give_it_no_date(tmp_path: Path) -> None:
    # "by Tom Roe (5/17/2026)" under each suggested story: their dates, not the article's, which prints none.
    cards = ("SUGGESTED READS", "Ferry company adds a late crossing on summer weekends", "by Tom Roe (5/17/2026)",
             "Lighthouse keeper's cottage goes up for sale", "by Mary Pike (6/22/2026)")
    text = browser_copy(HEADLINE, "BY Harriet Lindqvist", tail=cards)
    (article,) = read_source(write(tmp_path, "undated.txt", text))
    assert (article.byline, article.published) == ("Harriet Lindqvist", None)


_LONG_STANDFIRST = ("Operators say a shortage of cables, not of wind, kept the new farms idle for weeks, and the grid "
                    "will not catch up before the winter.")


def test_a_date_under_the_byline_beats_the_writers_other_story_further_down(tmp_path: Path) -> None:
    # A standfirst, the byline, a job title, the headline again and a kicker over the date, glued to its reading
    # time; the same writer signs a card under the article, dated too.
    cards = ("More from this writer", "Ferry fares rise again on the island routes", "by Harriet Lindqvist",
             "Nov 15, 2026 6 mins")
    text = browser_copy(HEADLINE, _LONG_STANDFIRST, "by Harriet Lindqvist", "Senior Reporter", HEADLINE, "analysis",
                        "Nov 13, 202612 mins", tail=cards)
    (article,) = read_source(write(tmp_path, "wind.txt", text))
    assert (article.title, article.byline, article.published) == (HEADLINE, "Harriet Lindqvist", "2026-11-13")


def test_the_date_under_its_published_label_below_the_writers_line(tmp_path: Path) -> None:
    # A standfirst, "By" over a line that names no writer, then "Published" over the date.
    text = browser_copy(HEADLINE, _LONG_STANDFIRST, "By", "Courier Staff", "Published", "November 13, 2026")
    (article,) = read_source(write(tmp_path, "wind.txt", text))
    assert (article.title, article.published) == (HEADLINE, "2026-11-13")


def test_a_date_before_a_note_on_where_the_story_first_ran(tmp_path: Path) -> None:
    text = browser_copy(HEADLINE, "Courier Wire", "13 November 2026 This story originally appeared on Courier Wire")
    (article,) = read_source(write(tmp_path, "wind.txt", text))
    assert (article.title, article.published) == (HEADLINE, "2026-11-13")
    assert article.paragraphs == BODY


def test_a_blogs_date_header_over_the_posts_title(tmp_path: Path) -> None:
    # The blog's name and motto over the day's date, the post's title, then the post.
    head = ["Gulls or gales?", "", "A pier between the sea and the town.", "The moans and cheers of Tom Roe.",
            "Harbour pilot, weather watcher, keeper of an untidy shed of ropes and charts.",
            '"I like gulls, they\'re loud but not by choice"', "", "Friday, November 13, 2026", "Wind beats gas"]
    text = "\n".join([*head, *BODY, "Posted by Tom Roe at 9:41 AM", "Older Post Home"]) + "\n"
    (article,) = read_source(write(tmp_path, "blog.txt", text))
    assert article.published == "2026-11-13"


def test_the_date_under_the_byline_past_a_dumps_share_icons(tmp_path: Path) -> None:
    # A text browser prints each icon's name a line each between the byline and the date.
    icons = ["Today 9:41 am", "fb", "tw", "mail", "Print", "msg", "wa", "sms", "Bookmark"]
    text = browser_copy(HEADLINE, _LONG_STANDFIRST, "By Harriet Lindqvist", *icons, "November 13, 2026")
    (article,) = read_source(write(tmp_path, "wind.txt", text))
    assert (article.title, article.byline, article.published) == (HEADLINE, "Harriet Lindqvist", "2026-11-13")


def test_the_date_field_in_a_box_of_the_storys_details(tmp_path: Path) -> None:
    # Far under the article, printed twice, day first in figures, beside the other fields.
    box = ("Date 19.11.2026", "Author Harriet Lindqvist", "Keywords wind, grid, cables", "Print Print this page")
    related = ("Related content", "Ferry fares rise again on the island routes 17.11.2026", "")
    text = browser_copy(HEADLINE, tail=(*box, *related, *box))
    (article,) = read_source(write(tmp_path, "wind.txt", text))
    assert (article.title, article.published) == (HEADLINE, "2026-11-19")


def test_date_fields_that_disagree_give_no_date(tmp_path: Path) -> None:
    # A list of events, each with its own "Date:", dates the events, not the page.
    events = ("Harbour open day", "Date: 21.11.2026", "Cable laying talk", "Date: 28.11.2026")
    text = browser_copy(HEADLINE, tail=events)
    (article,) = read_source(write(tmp_path, "wind.txt", text))
    assert article.published is None


@pytest.mark.parametrize("line", [
    "energy November 12, 2026",  # a kicker a dump prints in small letters where the page capitalises it
    "November 12, 2026 report",  # the kind of article after the date
    "Blog Home Energy & Climate  •  November 12, 2026",  # a breadcrumb right over the headline
])
def test_the_date_beside_a_word_or_a_breadcrumb_over_the_headline(tmp_path: Path, line: str) -> None:
    (article,) = read_source(write(tmp_path, "wind.txt", browser_copy(line, HEADLINE, "By Harriet Lindqvist")))
    assert (article.title, article.byline, article.published) == (HEADLINE, "Harriet Lindqvist", "2026-11-12")


@pytest.mark.parametrize("line", [
    "14 November 2026Share",  # a browser copy runs the share button into the date
    "Sat 14 Nov 2026 10.00 GMTShare",
    "14 Nov 2026, 10:00 Share this article",
])
def test_the_date_with_share_buttons_after_it(tmp_path: Path, line: str) -> None:
    (article,) = read_source(write(tmp_path, "wind.txt", browser_copy(HEADLINE, "By Harriet Lindqvist", line)))
    assert (article.title, article.byline, article.published) == (HEADLINE, "Harriet Lindqvist", "2026-11-14")


@pytest.mark.parametrize("line", ["until November 12, 2026", "through Thursday, November 12, 2026"])
def test_a_function_word_before_the_date_is_no_kicker(tmp_path: Path, line: str) -> None:
    # "until November 12, 2026" over the headline says when something lasts, not when the article appeared.
    text = browser_copy(line, HEADLINE, "By Harriet Lindqvist")
    (article,) = read_source(write(tmp_path, "wind.txt", text))
    assert article.published is None


def _dump(*head: str) -> str:
    # A text browser's dump: head lines as given, the body wrapped at 72 columns.
    body = "\n\n".join(textwrap.fill(p, 72) for p in BODY)
    foot = ["Share", "", "© 2026 The Northern Courier"]
    return "\n".join(["Home", "Energy", "Climate", "", *head, "", body, "", *foot]) + "\n"


def test_a_date_a_dump_runs_into_the_standfirst_above_it(tmp_path: Path) -> None:
    text = _dump(HEADLINE, "", "Operators say a shortage of cables, not of wind, kept the new farms idle",
                 "for weeks. Will the cables come in time for winter?Thursday, 12 November 2026", "",
                 "By Harriet Lindqvist")
    (article,) = read_source(write(tmp_path, "wind.txt", text))
    assert (article.title, article.byline, article.published) == (HEADLINE, "Harriet Lindqvist", "2026-11-12")


def test_a_dumps_rule_neither_joins_the_lines_around_it_nor_hides_the_date_under_it(tmp_path: Path) -> None:
    # w3m draws a rule across the page under the section's name, printed twice, the date under the rule.
    text = _dump(HEADLINE, "", "Operators say a shortage of cables, not of wind, kept the new farms idle",
                 "for weeks.", "", "Open Water", "Open Water", "━" * 79, "Nov 12th 2026")
    (article,) = read_source(write(tmp_path, "wind.txt", text))
    assert (article.title, article.published) == (HEADLINE, "2026-11-12")
    assert article.paragraphs[-len(BODY):] == BODY


def test_other_stories_bylines_over_their_dates_under_an_undated_article_give_it_no_date(tmp_path: Path) -> None:
    cards = ("MORE FROM THE COURIER", "Ferry company adds a late crossing on summer weekends", "By Tom Roe",
             "10/18/2026", "Lighthouse keeper's cottage goes up for sale", "By Mary Pike", "10/17/2026")
    text = browser_copy(HEADLINE, "By Harriet Lindqvist", tail=cards)
    (article,) = read_source(write(tmp_path, "undated.txt", text))
    assert (article.byline, article.published) == ("Harriet Lindqvist", None)


def test_a_post_signed_and_dated_under_its_last_paragraph(tmp_path: Path) -> None:
    text = browser_copy(HEADLINE, tail=("Related", "Harbourlog.net, November 12, 2026", "Leave a Reply",
                                        "Your email address will not be published."))
    (article,) = read_source(write(tmp_path, "wind.txt", text))
    assert (article.title, article.published) == (HEADLINE, "2026-11-12")


def test_readers_comments_under_an_undated_article_give_it_no_date(tmp_path: Path) -> None:
    comments = ("4 Comments", "Tom Roe says:", "November 13, 2026 at 7:01 pm",
                "The cables were promised years ago and still nothing has been laid.", "Reply",
                "Mary Pike says:", "November 14, 2026 at 9:12 am",
                "The harbour needs the jobs more than it needs another report.", "Reply",
                "Ann Kerr says:", "November 14, 2026 at 11:40 am", "Good to see the quay busy again.", "Reply")
    (article,) = read_source(write(tmp_path, "wind.txt", browser_copy(HEADLINE, tail=comments)))
    assert (article.title, article.published) == (HEADLINE, None)


def test_a_two_figure_year_with_its_time_under_the_writers_box(tmp_path: Path) -> None:
    # The writer's box ends the article, then the post's date with its time ("11.13.26 9:41AM": no version
    # number has a time of day after it), then the site's sections.
    bio = ("As the Courier's energy editor, Harriet covers the grid and the ports. She lives in Blyth with her "
           "partner and a dog that is afraid of the sea.")
    tail = ("Harriet Lindqvist", bio, "11.13.26   9:41AM", "House Tours", "Makers", "Kitchens", "Workspaces")
    (article,) = read_source(write(tmp_path, "wind.txt", browser_copy(HEADLINE, tail=tail)))
    assert (article.title, article.published) == (HEADLINE, "2026-11-13")


def test_a_date_under_its_note_at_the_end_of_the_credits_line(tmp_path: Path) -> None:
    # The section, the editor's credit and the date run together on one line under the standfirst.
    line = "EnergyEdited by Harriet Lindqvist (with inputs from agencies)Updated: November 13, 2026 09:41 pm IST"
    text = browser_copy(HEADLINE, "Operators say a shortage of cables kept the new farms idle for weeks.", line)
    (article,) = read_source(write(tmp_path, "wind.txt", text))
    assert (article.title, article.published) == (HEADLINE, "2026-11-13")


def test_the_date_before_by_glued_to_the_writers_name(tmp_path: Path) -> None:
    # A dump glues "by" to the link of the writer's name, a comments button after it.
    text = _dump(HEADLINE, "", "November 15, 2026 byHarriet lindqvist Post a Comment")
    (article,) = read_source(write(tmp_path, "wind.txt", text))
    assert (article.title, article.published) == (HEADLINE, "2026-11-15")


@pytest.mark.parametrize("line", ["Tides & Times November 22, 2026 Issue", "TIDES & TIMES NOVEMBER 22, 2026 ISSUE"])
def test_the_date_of_the_magazine_issue_over_the_headline(tmp_path: Path, line: str) -> None:
    # The column's name, the date of the issue the story ran in.
    text = _dump(line, HEADLINE, "By Harriet Lindqvist", "Table of Contents")
    (article,) = read_source(write(tmp_path, "wind.txt", text))
    assert (article.byline, article.published) == ("Harriet Lindqvist", "2026-11-22")


def test_a_blogs_note_on_the_day_the_entry_was_posted(tmp_path: Path) -> None:
    note = ("This entry was posted on Sunday, November 15th, 2026 at 3:00 pm and is filed under Energy, Harbours. "
            "You can follow any responses to this entry through the feed.")
    text = browser_copy(HEADLINE, tail=(note, "Leave a Reply"))
    (article,) = read_source(write(tmp_path, "wind.txt", text))
    assert (article.title, article.published) == (HEADLINE, "2026-11-15")


@pytest.mark.parametrize("block", [("2026", "Nov 13", "9:41 AM"), ("13 November", "2026")])
def test_a_date_printed_as_a_block_of_lines_over_the_headline(tmp_path: Path, block: tuple[str, ...]) -> None:
    # The year on a line of its own over or under the day and the month, the time under them, then the section.
    text = browser_copy("WHAT'S NEW", *block, "Energy", "By Harriet Lindqvist", HEADLINE)
    (article,) = read_source(write(tmp_path, "wind.txt", text))
    assert (article.title, article.published) == (HEADLINE, "2026-11-13")


def test_a_date_line_read_again_in_each_order_of_figures() -> None:
    # A line's date is remembered once read: the order of figures it was read in is part of what is remembered,
    # and a line without a figure is no date however it is asked.
    line = "Posted 05/11/2026 09:41"
    assert [date_line(line, order) for order in (True, False, None, True)] == [
        "2026-11-05", "2026-05-11", None, "2026-11-05"]
    assert (date_line("Posted 14 Nov 2026"), date_line("Posted 14 Nov"), date_line("Posted today")) == (
        "2026-11-14", None, None)


@pytest.mark.parametrize("line", ["WW2 May 1945", "Updated: PS5 May 2026"])
def test_a_figure_after_a_capital_or_two_is_no_day(line: str) -> None:
    # "WW2", "PS5": a name with a figure, not an outlet's initials glued to the day.
    assert date_line(line) is None


@pytest.mark.parametrize("note", ["Story published on Nov 13, 2026.", "This article was first published on 13 November 2026."])
def test_a_note_under_the_article_dates_it_where_the_head_prints_no_date(tmp_path: Path, note: str) -> None:
    text = browser_copy(HEADLINE, "By Harriet Lindqvist", tail=(note,))
    (article,) = read_source(write(tmp_path, "note.txt", text))
    assert (article.title, article.published) == (HEADLINE, "2026-11-13")
    assert article.paragraphs == BODY


def test_an_issued_on_date_under_the_headline_under_a_sites_blurb(tmp_path: Path) -> None:
    # The site's blurb reads as a paragraph over the head; the "Issued on" date sets the headline apart from it.
    blurb = ("The Courier Observers - The Courier Observers is both a website and a TV show focusing on "
             "international news through the eyes of the people who live it, reported from around the world.")
    text = browser_copy(blurb, "NORWAY", HEADLINE, "Issued on: 13/11/2026 - 18:34", "Modified: 14/11/2026 - 10:13",
                        "Operators say a shortage of cables kept the new farms idle for most of the summer.",
                        "By: Harriet Lindqvist")
    (article,) = read_source(write(tmp_path, "issued.txt", text))
    assert (article.title, article.byline, article.published) == (HEADLINE, "Harriet Lindqvist", "2026-11-13")


def test_a_date_run_into_the_outlets_name_under_the_writer(tmp_path: Path) -> None:
    # A copy runs two inline blocks together: the outlet's name, then the date.
    text = browser_copy(HEADLINE, "Harriet Lindqvist", "News Reporter", "Northern Courier Australia13 November 2026",
                        "Share")
    (article,) = read_source(write(tmp_path, "glued.txt", text))
    assert (article.title, article.byline, article.published) == (HEADLINE, "Harriet Lindqvist", "2026-11-13")


def test_an_update_note_glued_to_its_time_after_the_publication_date(tmp_path: Path) -> None:
    # A copy runs the time, the update's note and its time together: "...2026Updated10:20, ...".
    text = browser_copy(HEADLINE, "ByHarriet Lindqvist", "Senior Reporter",
                        "10:15, 13 Nov 2026Updated10:20, 14 Nov 2026", "Bookmark")
    (article,) = read_source(write(tmp_path, "glued.txt", text))
    assert (article.title, article.byline, article.published) == (HEADLINE, "Harriet Lindqvist", "2026-11-13")
    assert article.paragraphs == BODY


@pytest.mark.parametrize("elapsed", ["2 hours ago", "Updated 2 hours ago", "5 min read"])
def test_an_elapsed_time_under_the_writer_is_no_paragraph(tmp_path: Path, elapsed: str) -> None:
    # With a one-sentence standfirst over the writer's name, the body's run starts at the standfirst: the time
    # under the name, which dates nothing, still is no text.
    standfirst = "Operators say a shortage of cables kept the new farms idle for most of the summer."
    text = browser_copy(HEADLINE, standfirst, "Harriet Lindqvist", elapsed, "Share")
    (article,) = read_source(write(tmp_path, "ago.txt", text))
    assert (article.title, article.byline) == (HEADLINE, "Harriet Lindqvist")
    assert article.paragraphs == [standfirst, *BODY]
