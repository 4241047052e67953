"""Bylines in the shapes real copies print them, found by their place and their shape.

Our own names and prose; the layouts follow browser copies and text-browser dumps.
"""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from reader.ingest import read_source
from reader.ingest.byline import bare_name, byline_name, wire_agency
from test_ingest_dump_headlines import lynx_page
from test_ingest_scraped_pages import BODY, HEADLINE, MENU, browser_copy, copy_with_lines_inside, write


@pytest.mark.parametrize(
    ("head", "byline"),
    [
        # "By" glued to a name that starts with initials.
        (("ByR.J. Okonkwo", "Thursday, November 13, 2026 7:35AM"), "R.J. Okonkwo"),
        # A kind of article before "by", the writer's title after the name.
        (("Analysis by Lena Okafor, Senior Energy Analyst", "Updated 9:22 PM GMT, Thu November 13, 2026"),
         "Lena Okafor"),
        # Lower-case particles inside a name.
        (("By Marta della Rovere and Tomasz Novak", "13 November 2026"),
         "Marta della Rovere and Tomasz Novak"),
        # Three writers with a serial comma, in ordinary case and in capitals; the last is kept.
        (("By Lena Okafor, Tomasz Novak, and Priya Raman", "13 November 2026"),
         "Lena Okafor, Tomasz Novak, and Priya Raman"),
        (("By LENA OKAFOR, TOMASZ NOVAK, AND PRIYA RAMAN", "13 November 2026"),
         "Lena Okafor, Tomasz Novak, and Priya Raman"),
        (("By Lena Okafor, Tomasz Novak, & Priya Raman", "13 November 2026"),
         "Lena Okafor, Tomasz Novak, & Priya Raman"),
        # Degrees after the name are no second author.
        (("Written by Priya Raman, PhD on November 13, 2026",), "Priya Raman"),
        (("By Priya Raman, MS, RD", "13 November 2026"), "Priya Raman"),
        # "Last updated" after the name on the same line.
        (("By Aidan Murphy Last updated Nov 13, 2026 Share with a friend:",), "Aidan Murphy"),
        # A station's call sign from a logo's alt text glued after the name.
        (("ByAidan Murphy WNCR logo", "Thursday, November 13, 2026 7:35AM"), "Aidan Murphy"),
        # ... but a byline in capitals keeps all its names, and a two-letter degree stays with its name.
        (("By TOMASZ NOVAK, INGRID HALVORSEN and MARTA LINDQVIST", "13 November 2026"),
         "Tomasz Novak, Ingrid Halvorsen and Marta Lindqvist"),
        (("By Priya Raman MD", "13 November 2026"), "Priya Raman MD"),
        # A label before the name, with a colon or a slash.
        (("Curator: Priya Raman", "13 November 2026"), "Priya Raman"),
        (("AUTHOR / Priya Raman", "13 November 2026"), "Priya Raman"),
        (("Byline: Priya Raman", "13 November 2026"), "Priya Raman"),
        (("Contributors: Priya Raman, Lena Okafor", "13 November 2026"), "Priya Raman, Lena Okafor"),
        # Each writer's title after their name, the list going on with "and".
        (("By Lena Okafor, Contributor, and Priya Raman, Staff Writer", "13 November 2026"),
         "Lena Okafor and Priya Raman"),
        (("Article by Priya Raman", "13 November 2026"), "Priya Raman"),
        # In capitals, the outlet after "FOR" is no part of the name.
        (("By TOMASZ NOVAK FOR THE NORTHERN COURIER", "13 November 2026"), "Tomasz Novak"),
        (("By TOMASZ NOVAK IN WARSAW", "13 November 2026"), "Tomasz Novak"),
        # ... nor in title case the linking word before "The" and the outlet.
        (("By Tomasz Novak For The Northern Courier", "13 November 2026"), "Tomasz Novak"),
        # The date after the name with no separator.
        (("Lena Okafor Nov 13 2026, 12:16 PM ET",), "Lena Okafor"),
        # The outlet and a date after the name, between dots.
        (("Lena Okafor · Courier News · Posted: Nov 13, 2026 7:00 AM ET",), "Lena Okafor"),
        # The name printed twice on one line: a picture's text and the link, or a label between.
        (("Lena Okafor Lena Okafor", "13 November 2026"), "Lena Okafor"),
        (("Lena Okafor Curator: Lena Okafor", "13 November 2026"), "Lena Okafor"),
        # Several names without "By", beside the date.
        (("Lena Okafor and Priya Raman", "Thu 13 Nov 2026 07.00 GMT"), "Lena Okafor and Priya Raman"),
        (("Lena Okafor, Priya Raman & Tomasz Novak", "13 November 2026"), "Lena Okafor, Priya Raman & Tomasz Novak"),
        (("Lena Okafor, Royal Exchange Square", "13 November 2026"), "Lena Okafor"),
        # A rule a dump draws above the byline, on the same line.
        (("━━━━━━━━━━━━━━━━━━━━ By Lena Okafor, Priya Raman, 7 News", "November 13, 2026"),
         "Lena Okafor, Priya Raman"),
        # A name between slashes with the time, above the headline of a blog.
        (("/ Aidan Murphy / 10:08 am Thu Nov 13, 2026",), "Aidan Murphy"),
        # The date glued to the name.
        (("Lena OkaforNovember 13, 2026",), "Lena Okafor"),
        # "By", each linked name and the "and" between them on lines of their own.
        (("By", "Lena Okafor", "and", "Priya Raman", "Published Nov 13, 2026"), "Lena Okafor and Priya Raman"),
        # "By :" alone, a space before its colon, the name below.
        (("Published Nov 13, 2026", "Share", "By :", "Lena Okafor"), "Lena Okafor"),
        # ... or a user's handle in small letters, as fiction sites and forums print it.
        (("by", "lokafor42", "Published Nov 13, 2026"), "lokafor42"),
        # The date first, then "by" and the name, as blogs print it.
        (("Posted on November 13, 2026 by Lena Okafor",), "Lena Okafor"),
        (("November 13, 2026 by Lena Okafor 4 Comments",), "Lena Okafor"),
        # ... or how long ago, the writer's handle after the name.
        (("Posted 21 hours ago by Lena Okafor (@lokafor)", "13 November 2026"), "Lena Okafor"),
        # The name, then the writer's handle without its @, the date below.
        (("Lena Okafor lenaokafor", "November 13, 2026 — 7:01 PM EST"), "Lena Okafor"),
        # The byline one part of a line between bars or dots.
        (("Energy | By Lena Okafor | November 13, 2026",), "Lena Okafor"),
        (("Energy | Lena Okafor | November 13, 2026",), "Lena Okafor"),
        (("November 13, 2026 • words written by Lena Okafor • Drawings by Tomasz",), "Lena Okafor"),
        # A writer's handle in small letters, then the date.
        (("by lokafor on November 13, 2026",), "lokafor"),
        # The name, the writer's title and the employer after commas: one name.
        (("Posted by Lena Okafor, Grid Policy Outreach, Example", "13 November 2026"), "Lena Okafor"),
        # The date in figures after a name without "By".
        (("Lena Okafor 11/13/26 7:35am", "13 November 2026"), "Lena Okafor"),
        # The job title glued to the name, or in small letters after the desk's name.
        (("By Harriet LindqvistStaff Writer", "13 November 2026"), "Harriet Lindqvist"),
        (("Harriet Lindqvist Energy editor", "13 November 2026"), "Harriet Lindqvist"),
        (("By Harriet Lindqvist Energy editor", "13 November 2026"), "Harriet Lindqvist"),
        # A button's words before the labelled byline, or the picture's text (the surname) before "By".
        (("Text Size By: Lena Okafor", "13 November 2026"), "Lena Okafor"),
        (("Okafor By Lena Okafor", "13 November 2026"), "Lena Okafor"),
        # The job title, then the outlet's name after the writer's, no separator (printed twice).
        (("Lena Okafor Staff Writer Eastmere Valley Business Courier",
          "Lena Okafor Staff Writer Eastmere Valley Business Courier", "13 November 2026"), "Lena Okafor"),
        # A space before a comma, and initials between a first name and a surname.
        (("By Lena A. Okafor , Tomasz S.J. Novak, Priya Raman, and Aidan Murphy, NCN", "13 November 2026"),
         "Lena A. Okafor, Tomasz S.J. Novak, Priya Raman, and Aidan Murphy"),
        # A nickname in quotes inside the name.
        (('By Lena "Lenny" Okafor November 13, 2026 7:18 pm',), "Lena Okafor"),
        # ... with the outlet after a comma.
        (("By Harriet Lindqvist Energy editor, Courier News website", "13 November 2026"), "Harriet Lindqvist"),
        # A desk's initials, then the sections the story is filed in and the date between dots.
        (("By NCN, in News, Energy, Business · 13 Nov 2026, 20:02 · 0 Comments",), "NCN"),
        # An agency or an outlet right under the headline, the date below.
        (("Northern Press", "13 November 2026"), "Northern Press"),
        (("Courier Online|", "13 November 2026"), "Courier Online"),
        (("HarbourNews", "13 November 2026"), "HarbourNews"),
        # ... or under the date.
        (("Published November 13, 2026", "Northern Press", "Share Email Print"), "Northern Press"),
        # A wire's credits after a semicolon: the editor is no second writer.
        (("Reporting by Lena Okafor; Editing by Tomasz Novak", "13 November 2026"), "Lena Okafor"),
        # Names without "By" in capitals, joined by "AND".
        (("LENA OKAFOR AND PRIYA RAMAN", "13 November 2026"), "Lena Okafor and Priya Raman"),
        # The date, a bar, then the writer.
        (("November 13, 2026 | Lena Okafor",), "Lena Okafor"),
        # ... with its day first or in figures with dots, after a dash or a bar.
        (("13 Nov 2026 - Lena Okafor", "13 November 2026"), "Lena Okafor"),
        (("13.11.2026 | Lena Okafor", "13 November 2026"), "Lena Okafor"),
        # The date after the name, with "on" or a note before it.
        (("Lena Okafor on November 13, 2026",), "Lena Okafor"),
        # ... or with its day first, its weekday, in figures year first, or glued on (a dump's link and span).
        (("Lena Okafor 13 November 2026",), "Lena Okafor"),
        (("Lena Okafor13 Nov 2026",), "Lena Okafor"),
        (("Lena Okafor Thursday 13 November 2026",), "Lena Okafor"),
        (("Lena Okafor 2026-11-13",), "Lena Okafor"),
        # the weekday spelled out before the date is no part of the name
        (("By Lena Okafor Thursday, Nov. 13, 2026",), "Lena Okafor"),
        (("Lena Okafor Staff Writer 13 November 2026",), "Lena Okafor"),
        (("Lena Okafor Updated: 13 November 2026",), "Lena Okafor"),
        # ... with a full stop after the name, or the day as an ordinal.
        (("Lena Okafor. Updated November 13th, 2026",), "Lena Okafor"),
        (("Lena Okafor November 13th, 2026",), "Lena Okafor"),
        # "By" alone, then a list of names, the last one with its "and" (a byline list, a name an item).
        (("By", "Lena Okafor", "and Tomasz Novak", "13 November 2026"), "Lena Okafor and Tomasz Novak"),
        # The writer's e-mail address after the name, without a separator.
        (("Lena Okafor lena.okafor@courier.example", "13 November 2026"), "Lena Okafor"),
        # Several writers with no "and": between bars or dots, a name a line under "By" (commas or none), or
        # names alone a line each over the date; a name may start with initials.
        (("By Lena Okafor | Tomasz Novak | Priya Raman", "13 November 2026"), "Lena Okafor, Tomasz Novak, Priya Raman"),
        (("By Lena Okafor • Tomasz Novak", "13 November 2026"), "Lena Okafor, Tomasz Novak"),
        (("By", "Lena Okafor,", "Tomasz Novak,", "Priya Raman", "13 November 2026"),
         "Lena Okafor, Tomasz Novak, Priya Raman"),
        (("By", "Lena Okafor", "Tomasz Novak", "Priya Raman", "13 November 2026"),
         "Lena Okafor, Tomasz Novak, Priya Raman"),
        (("Lena Okafor", "Tomasz Novak", "Priya Raman", "13 November 2026"), "Lena Okafor, Tomasz Novak, Priya Raman"),
        (("By Lena Okafor, T.J. Novak, Priya Raman", "13 November 2026"), "Lena Okafor, T.J. Novak, Priya Raman"),
        # ... but a desk after a bar is no second writer, nor a place with initials after a comma.
        (("By Lena Okafor, Tomasz Novak, Priya Raman, Aidan Murphy, Harriet Lindqvist, Ingrid Halvorsen and Marta "
          "della Rovere", "13 November 2026"),
         "Lena Okafor, Tomasz Novak, Priya Raman, Aidan Murphy, Harriet Lindqvist, Ingrid Halvorsen and Marta della Rovere"),
        (("Lena Okafor", "and", "Priya Raman", "13 November 2026"), "Lena Okafor and Priya Raman"),
        # The writer and "agencies" (the wires' copy worked in), without "By", over the date.
        (("Lena Okafor and agencies", "Wednesday 13 November 2026 06.23 GMT"), "Lena Okafor"),
        # "and" and the second writer on the line under the byline: the second writer once.
        (("By Lena Okafor", "and Priya Raman", "13 November 2026"), "Lena Okafor and Priya Raman"),
        # Each writer's post under their name, the "and" between on a line of its own.
        (("By Lena Okafor", "Senior Politics Reporter, Northern Courier", "and", "Priya Raman",
          "Politics Reporter, Northern Courier", "13 November 2026"), "Lena Okafor and Priya Raman"),
        # An academics' site: "Authors", each writer's post under their name, numbered by a dump (w3m printing
        # each one's picture by its file name).
        (("13 November 2026", "Authors", "Lena Okafor", "Senior Lecturer in Marine Policy, University of Eastmere",
          "Tomasz Novak", "Professor of Oceanography, Harbour Institute of Technology", "Disclosure statement"),
         "Lena Okafor, Tomasz Novak"),
        (("13 November 2026", "Authors", "1. Lena Okafor", "Senior Lecturer in Marine Policy, University of Eastmere",
          "2. Tomasz Novak", "Professor of Oceanography, Harbour Institute of Technology", "Disclosure statement"),
         "Lena Okafor, Tomasz Novak"),
        (("13 November 2026", "Authors", "1. [okafor_sq] Lena Okafor", "Senior Lecturer, University of Eastmere",
          "2. [novak_sq] Tomasz Novak", "Senior Correspondent", "Disclosure statement"),
         "Lena Okafor, Tomasz Novak"),
        # A name alone under the date with the share buttons' text between, a line each, as dumps print them.
        (("13 November 2026", "facebook", "tweet", "pinterest", "email", "copy link", "Lena Okafor"), "Lena Okafor"),
        (("By Lena Okafor,", "Priya Raman", "13 November 2026"), "Lena Okafor, Priya Raman"),
        (("By Lena Okafor | Courier Staff", "13 November 2026"), "Lena Okafor"),
        (("By Lena Okafor | More Articles", "13 November 2026"), "Lena Okafor"),
        (("By Lena Okafor, Eastmere D.C.", "13 November 2026"), "Lena Okafor"),
        # ... nor a desk with "and" inside, as w3m prints a byline cut short in a table's narrow cell.
        (("By Lena Okafor, Energy and Climate", "Correspondent", "13 November 2026"), "Lena Okafor"),
        # ... nor the place filed from, between bars, which the story names.
        (("Written by Lena Okafor | North Sea | Updated: 13 November 2026",), "Lena Okafor"),
        # "Words:" as the writer's label; others' credits after the name, glued on or not.
        (("Words: Lena Okafor", "13 November 2026"), "Lena Okafor"),
        (("Words: Lena OkaforPhotos: Tomasz Novak", "13 November 2026"), "Lena Okafor"),
        (("Reported by Lena Okafor, Edited by Tomasz Novak", "13 November 2026"), "Lena Okafor"),
        (("By Lena Okafor More by this Author", "13 November 2026"), "Lena Okafor"),
        # Where the writer files from, or whom for, after a name without "By".
        (("Lena Okafor in Kyiv", "13 November 2026"), "Lena Okafor"),
        (("Lena Okafor for the Northern Courier", "13 November 2026"), "Lena Okafor"),
        # Two writers' links glued together; an outlet's wire under the name or glued to it.
        (("Lena OkaforTomasz Novak", "13 November 2026"), "Lena Okafor, Tomasz Novak"),
        (("Lena Okafor", "Northern NewsWire", "13 November 2026"), "Lena Okafor"),
        (("Lena OkaforNorthern NewsWire", "13 November 2026"), "Lena Okafor"),
        # ... a place glued to the name, or the picture's text, the link, the role and the handle all glued.
        (("Lena OkaforKyiv", "13 November 2026"), "Lena Okafor"),
        (("Lena OkaforLena OkaforEnergy Correspondent@lokafor", "13 November 2026"), "Lena Okafor"),
        # A wire agency's initials before the date, between bars.
        (("NCN | Updated: 13 November 2026",), "NCN"),
        # A blog's writer with the surname in small letters, as they signed up.
        (("Posted by Lena okafor", "13 November 2026"), "Lena okafor"),
        # A byline in capitals with the date in capitals glued to the last name.
        (("By LENA OKAFOR and TOMASZ NOVAKNOV. 13, 2026",), "Lena Okafor and Tomasz Novak"),
        # The outlet that syndicates the story after the name, no separator; a job with an outlet's initials after
        # the names in capitals.
        (("By Lena Okafor Eastmere Valley Times ,Nov 13, 2026",), "Lena Okafor"),
        (("By Lena Okafor and Tomasz Novak Northern Press", "13 November 2026"), "Lena Okafor and Tomasz Novak"),
        (("By LENA OKAFOR and NCN Energy Writer", "13 November 2026"), "Lena Okafor"),
        # A desk's credit, the outlet's name before "Staff", is kept whole.
        (("By Eastmere Courier Staff", "13 November 2026"), "Eastmere Courier Staff"),
        # ... or "staff" in small letters after an outlet named by its address.
        (("By Courier.co.uk staff", "13 November 2026"), "Courier.co.uk staff"),
        # The outlet's desk on a wire's copy, over the date.
        (("Northern Courier with NCN", "13 November 2026"), "Northern Courier with NCN"),
        # A dump prints a picture's text, one word in small letters, before the byline.
        (("spacerimage by Lena Okafor", "13 November 2026"), "Lena Okafor"),
        # Each writer's handle after their name: glued to the next name, or on a line of its own.
        (("By Lena Okafor@lokafor26Tomasz Novak", "13 November 2026"), "Lena Okafor, Tomasz Novak"),
        (("By", "Lena Okafor", "@lokafor26", "Tomasz Novak", "13 November 2026"), "Lena Okafor, Tomasz Novak"),
        # ... each part of a name in capitals capitalised.
        (("By LENA O'KAFOR", "13 November 2026"), "Lena O'Kafor"),
        # A social link glued between the name and the job title.
        (("Lena OkaforTwitterNews & Energy Writer", "13 November 2026"), "Lena Okafor"),
        # A wire agency's one-word name after the date and "by".
        (("Friday, 13 November 2026, 11:35 by Reuters",), "Reuters"),
        # The outlet's desk after the section, then the date.
        (("Energy | NCN Energy Desk | Updated: 13 November 2026 14:08 IST",), "NCN Energy Desk"),
        (("Food | NCN Food Desk | Updated: 13 November 2026 14:08 IST",), "NCN Food Desk"),  # a section's desk
        # The outlet's initials glued to the name, the job after them.
        (("Lena OkaforNCN Staff Writer", "13 November 2026"), "Lena Okafor"),
        # The outlet's address after the name.
        (("By Lena Okafor NorthernCourier.com", "13 November 2026"), "Lena Okafor"),
        # The outlet after the last of three writers, no comma before it.
        (("By Lena Okafor, Tomasz Novak and Priya Raman Eastmere Times", "13 November 2026"),
         "Lena Okafor, Tomasz Novak and Priya Raman"),
        # "By" printed twice, one copy hidden by the page's style: the names in capitals after it.
        (("Byby LENA OKAFOR, TOMASZ NOVAK and PRIYA RAMAN", "13 November 2026"),
         "Lena Okafor, Tomasz Novak and Priya Raman"),
        # Each writer with an address and the outlet between bars, the writers apart by commas and "and".
        (("By LENA OKAFOR | lokafor@northerncouriergroup.com | Northern Courier Group, TOMASZ NOVAK | "
          "tnovak@northerncouriergroup.com | Northern Courier Group and PRIYA RAMAN | praman@northerncouriergroup.com "
          "| Northern Courier Group", "PUBLISHED: November 13, 2026 at 9:06 a.m."),
         "Lena Okafor, Tomasz Novak, Priya Raman"),
        (("By Lena Okafor | lokafor@example.com | Courier Group and Tomasz Novak | tnovak@example.com | Courier Group",
          "PUBLISHED: November 13, 2026 at 9:06 a.m."), "Lena Okafor, Tomasz Novak"),
        # The outlet itself, in capitals, with the date: "The" opens its name, not a writer's.
        (("By THE NORTHERN EASTMERE TIMES NOV. 13, 2026",), "The Northern Eastmere Times"),
    ],
)
def test_byline_forms(tmp_path: Path, head: tuple[str, ...], byline: str) -> None:
    # Every head goes under the headline, except a blog's name line, which goes above it.
    lines = (*head, HEADLINE) if head[0].startswith("/") else (HEADLINE, *head)
    (article,) = read_source(write(tmp_path, "byline.txt", browser_copy(*lines)))
    assert (article.title, article.byline, article.published) == (HEADLINE, byline, "2026-11-13")
    assert article.paragraphs == BODY


STANDFIRST = "Operators say the new cables will take years to build, and bills may rise before they fall."


@pytest.mark.parametrize(
    ("head", "byline"),
    [
        # How long ago it was published, after the name: no date to read, but a byline's.
        (("Lena Okafor | Published 3 hours ago",), "Lena Okafor"),
        # Under the standfirst: the outlet under the name, then the time it takes to read; the writer's role at
        # the outlet, with a linking word; a wire agency's initials over the date.
        ((STANDFIRST, "Lena Okafor", "The Northern Courier", "4 min read"), "Lena Okafor"),
        ((STANDFIRST, "Lena Okafor", "Senior Energy Reporter at The Northern Courier", "13 November 2026"),
         "Lena Okafor"),
        ((STANDFIRST, "NCN", "13 November 2026"), "NCN"),
        ((STANDFIRST, "Northern Courier with AFP", "13 November 2026"), "Northern Courier with AFP"),
        # ... "with agencies" after it, as after a writer's name, says only that wires' copy was worked in.
        ((STANDFIRST, "Northern Courier with agencies", "13 November 2026"), "Northern Courier"),
        ((STANDFIRST, "By Northern Courier with agencies", "13 November 2026"), "Northern Courier"),
        # A surname that starts like a month's name, the time after it.
        (("By Lena Novak 3 hours ago",), "Lena Novak"),
        (("Lena Decker 7 hours",), "Lena Decker"),
        # ... or months, weeks or a year ago, under a surname with its particle.
        ((STANDFIRST, "Thando van Wyk 9 months ago"), "Thando van Wyk"),
        ((STANDFIRST, "Lena Okafor 3 weeks ago"), "Lena Okafor"),
    ],
)
def test_byline_forms_beside_a_time(tmp_path: Path, head: tuple[str, ...], byline: str) -> None:
    (article,) = read_source(write(tmp_path, "byline.txt", browser_copy(HEADLINE, *head)))
    assert (article.title, article.byline) == (HEADLINE, byline)
    assert article.paragraphs[-len(BODY):] == BODY


@pytest.mark.parametrize("head", [("Offshore Wind", "13 November 2026"), ("Offshore Wind",)])
def test_a_topics_label_in_title_case_is_no_byline(tmp_path: Path, head: tuple[str, ...]) -> None:
    # The story writes each of its words in small letters ("offshore industry", "wind farms"); a writer's
    # name it would print with capitals.
    (article,) = read_source(write(tmp_path, "topic.txt", browser_copy(HEADLINE, *head)))
    assert (article.title, article.byline) == (HEADLINE, None)


def test_an_editors_credit_alone_names_no_writer(tmp_path: Path) -> None:
    text = browser_copy(HEADLINE, "Edited by: Tomasz Novak", "13 November 2026")
    (article,) = read_source(write(tmp_path, "edited.txt", text))
    assert (article.title, article.byline) == (HEADLINE, None)


def test_an_archives_sort_order_under_the_article_names_no_writer(tmp_path: Path) -> None:
    # A blog's sidebar under an unsigned post: "Categories", then its archive browsed "BY DATE".
    sidebar = ("Categories", "BY DATE", "BY DATE", "Connect With Me", "facebook", "instagram")
    text = browser_copy(HEADLINE, "November 13, 2026", tail=sidebar)
    (article,) = read_source(write(tmp_path, "archive.txt", text))
    assert (article.title, article.byline) == (HEADLINE, None)


def test_a_name_alone_right_under_the_headline_is_its_byline(tmp_path: Path) -> None:
    text = browser_copy(HEADLINE, "LENA OKAFOR", "Share")
    (article,) = read_source(write(tmp_path, "under.txt", text))
    assert (article.title, article.byline) == (HEADLINE, "Lena Okafor")
    assert article.paragraphs == BODY


def test_a_name_above_the_headline_with_the_authors_note_below_is_its_byline(tmp_path: Path) -> None:
    author_box = ("Lena Okafor covers energy and climate for The Northern Courier.",)
    text = browser_copy("Lena Okafor", "Share", "Tweet", "Energy", HEADLINE, tail=author_box)
    (article,) = read_source(write(tmp_path, "box.txt", text))
    assert (article.title, article.byline) == (HEADLINE, "Lena Okafor")


def test_the_name_with_an_authors_note_wins_over_another_storys_byline_nearer_the_headline(
        tmp_path: Path) -> None:
    note = "Lena Okafor is the energy correspondent of The Northern Courier."
    text = browser_copy("By Tomasz Novak", HEADLINE, "Lena Okafor Nov 13 2026, 12:16 PM ET", tail=(note,))
    (article,) = read_source(write(tmp_path, "note.txt", text))
    assert (article.title, article.byline) == (HEADLINE, "Lena Okafor")


def test_bylines_of_other_stories_listed_under_the_article_are_not_its_byline(tmp_path: Path) -> None:
    more = ("More from our contributors", "Why the tide tables are wrong this winter", "By Tomasz Novak",
            "Ten walks along the old railway", "By Ingrid Halvorsen")
    text = browser_copy(HEADLINE, tail=more)
    (article,) = read_source(write(tmp_path, "more.txt", text))
    assert (article.title, article.byline) == (HEADLINE, None)


def test_a_byline_under_two_notes_to_the_reader_and_a_standfirst(tmp_path: Path) -> None:
    notes = ("Content written by members of the Courier's readers' panel, who are not its journalists.",
             "What's this?",
             "Opinions expressed are solely those of the writer and do not reflect those of the Courier.",
             "Two years of faster building have left the grid short of the cables it needs to carry power.")
    text = browser_copy(HEADLINE, *notes, "By Harriet Lindqvist")
    (article,) = read_source(write(tmp_path, "notes.txt", text))
    assert (article.title, article.byline) == (HEADLINE, "Harriet Lindqvist")


def test_a_button_above_the_headline_printed_again_below_is_no_byline(tmp_path: Path) -> None:
    # Share buttons at the top and the bottom of the article: name-shaped, but no author.
    text = browser_copy("Google Plus", "Share", HEADLINE, tail=("Google Plus", "Share"))
    (article,) = read_source(write(tmp_path, "buttons.txt", text))
    assert (article.title, article.byline) == (HEADLINE, None)


def test_a_tagline_under_the_headline_is_no_byline(tmp_path: Path) -> None:
    text = browser_copy(HEADLINE, "Smile Every Morning", "Subscribe")
    (article,) = read_source(write(tmp_path, "tagline.txt", text))
    assert (article.title, article.byline) == (HEADLINE, None)


def test_the_footers_links_under_a_byline_at_the_end_are_no_names(tmp_path: Path) -> None:
    # "by" alone, the writer, then the site's footer a link a line: name-shaped, but no writers.
    text = "\n".join([MENU, HEADLINE, *BODY, "Post a comment", "by", "Harriet Lindqvist", "Site Map",
                      "Contact Northern Courier", "Newsletter Signup", "Courier Daily", "RSS",
                      "© 2026 The Northern Courier"]) + "\n"
    (article,) = read_source(write(tmp_path, "footer.txt", text))
    assert article.byline == "Harriet Lindqvist"


def test_a_screenshots_file_name_is_no_byline(tmp_path: Path) -> None:
    # A dump prints a screenshot by its file's name, twice (its text and its title), over the body.
    shot = "Screen Shot 2026-11-13 at 4.55.35 PM"
    text = copy_with_lines_inside(shot, shot)
    (article,) = read_source(write(tmp_path, "shot.txt", text))
    assert article.byline == "Harriet Lindqvist"
    text = browser_copy(HEADLINE, "13 November 2026", shot, shot)
    (article,) = read_source(write(tmp_path, "shot-only.txt", text))
    assert article.byline is None


def test_a_wire_dateline_with_the_weekday_is_no_byline(tmp_path: Path) -> None:
    text = browser_copy(HEADLINE, "WARSAW Thu Nov 13, 2026 4:33pm CET")
    (article,) = read_source(write(tmp_path, "dateline.txt", text))
    assert (article.title, article.byline, article.published) == (HEADLINE, None, "2026-11-13")


@pytest.mark.parametrize("column", ["By READERS TO THE EDITOR |", "By Readers To The Editor |", "Readers To The Editor"])
def test_a_column_signed_by_its_readers_is_no_byline(tmp_path: Path, column: str) -> None:
    # "By READERS TO THE EDITOR |": in capitals, "TO" links the column's words as "FOR" links an outlet's;
    # in title case, "To" before "The" and the rest of the column's name.
    text = browser_copy(HEADLINE, column, "PUBLISHED: November 13, 2026 at 4:30 p.m.")
    (article,) = read_source(write(tmp_path, "readers.txt", text))
    assert (article.title, article.byline, article.published) == (HEADLINE, None, "2026-11-13")


@pytest.mark.parametrize("name", [("Harriet Lindqvist",), ("Harriet Lindqvist", "Harriet Lindqvist")])
def test_a_name_over_share_buttons_a_kicker_and_the_date(tmp_path: Path, name: tuple[str, ...]) -> None:
    # The writer's name (a dump prints the picture's text, then the link), the share buttons' text a line each,
    # then the kicker and the date over the headline: the name stands further up than a name beside a date.
    head = ("Photo: Tomasz Novak/Northern Press", *name, "facebook", "tweet", "post", "Grid Watch", "11.13.26")
    (article,) = read_source(write(tmp_path, "buttons.txt", browser_copy(*head, HEADLINE)))
    assert (article.title, article.byline, article.published) == (HEADLINE, "Harriet Lindqvist", "2026-11-13")


@pytest.mark.parametrize("picture", ["Harriet Lindqvist", "Harriet Lindqvist Click here to view Harriet Lindqvist’s profile"])
def test_a_name_printed_twice_over_its_tagline_and_the_date(tmp_path: Path, picture: str) -> None:
    # A profile's block: the picture's text, the name's link, the writer's tagline, then the date.
    head = (HEADLINE, "Report this post", picture, "Harriet Lindqvist", "Mapping the grid one cable at a time. ⚡🌊",
            "Published Nov 13, 2026", "Follow")
    (article,) = read_source(write(tmp_path, "profile.txt", browser_copy(*head)))
    assert (article.title, article.byline, article.published) == (HEADLINE, "Harriet Lindqvist", "2026-11-13")


def test_a_section_label_printed_twice_over_the_headline_is_no_byline(tmp_path: Path) -> None:
    # "ASK A LINEWORKER" twice (a kicker and its link), the headline, then the date: a section, not a writer.
    head = ("ASK A LINEWORKER", "ASK A LINEWORKER", HEADLINE, "PUBLISHED THU, NOV 13 2026 2:23 PM EST")
    (article,) = read_source(write(tmp_path, "section.txt", browser_copy(*head)))
    assert (article.title, article.byline, article.published) == (HEADLINE, None, "2026-11-13")


def test_a_dated_name_over_counters_a_word_each_over_the_headline(tmp_path: Path) -> None:
    # A dump prints the icons' counts under the writer's dated line a word each: the name stays the byline,
    # however many counts stand between it and the headline.
    head = ("Lena Okafor 11/13/26 11:04am Yesterday 11:04am", "Edit1,204g", "37", "12L", "K", HEADLINE)
    (article,) = read_source(write(tmp_path, "counters.txt", browser_copy(*head)))
    assert (article.title, article.byline) == (HEADLINE, "Lena Okafor")


def test_a_role_under_each_item_of_a_list_is_its_label(tmp_path: Path) -> None:
    # "Readers' Editor |" under every trending story: the list's label, so the story over it has no writer.
    label = "Readers' Editor |"
    head = ("Trending:", "Harbour tides festival", label, "Ferry timetable changes", label, "Coast Road Closure", label,
            HEADLINE, "13 November 2026")
    (article,) = read_source(write(tmp_path, "trending.txt", browser_copy(*head)))
    assert (article.title, article.byline) == (HEADLINE, None)
    # Under names alone, the same title is each writer's.
    head = (HEADLINE, "Lena Okafor", "Staff Writer", "Tomasz Novak", "Staff Writer", "Priya Raman", "Staff Writer",
            "13 November 2026")
    (article,) = read_source(write(tmp_path, "writers.txt", browser_copy(*head)))
    assert (article.title, article.byline) == (HEADLINE, "Lena Okafor, Tomasz Novak and Priya Raman")


@pytest.mark.parametrize(("head", "tail", "byline"), [
    # A wire agency's one-word name after "By", over the date or before it, the page naming it again.
    (("By Reuters", "13 November 2026"), ("Reporting by Lena Okafor; Editing by Tomasz Novak for Reuters",), "Reuters"),
    (("By Reuters | 13 November 2026",), ("(Reuters)",), "Reuters"),
    # ... where it filed from after it.
    (("by Reuters in Washington", "13 November 2026"), ("(Reuters)",), "Reuters"),
    (("By AFP in New Delhi", "13 November 2026"), ("(AFP)",), "AFP"),
    (("By Invitation in London", "13 November 2026"), (), None),
    # A column's name after "By", which the page does not name again; an account's.
    (("By Invitation", "13 November 2026"), (), None),
    (("By Design | 13 November 2026",), (), None),
    (("By Admin", "13 November 2026"), ("Admin",), None),
])
def test_one_word_after_by_is_an_agency_the_page_names_again(tmp_path: Path, head: tuple[str, ...],
                                                              tail: tuple[str, ...], byline: str | None) -> None:
    (article,) = read_source(write(tmp_path, "agency.txt", browser_copy(HEADLINE, *head, tail=tail)))
    assert (article.title, article.byline, article.published) == (HEADLINE, byline, "2026-11-13")


def test_a_name_over_how_long_ago_and_the_outlets_address_is_its_byline(tmp_path: Path) -> None:
    # A business site's head: the headline's summary points, then the name over "Published 47 Mins Ago Example.com".
    points = ("The firm will sell its new beer nationwide in February.", "Its beer sales grew nearly 13 percent.")
    text = browser_copy(HEADLINE, *points, "Lena Okafor", "Published 47 Mins Ago Courier.com", "SHARES")
    (article,) = read_source(write(tmp_path, "ago.txt", text))
    assert (article.title, article.byline, article.published) == (HEADLINE, "Lena Okafor", None)


def test_a_name_with_how_long_ago_under_the_headline_is_its_byline(tmp_path: Path) -> None:
    # "6h ago" says when, but not which day: the byline counts, the date stays unknown.
    text = browser_copy(HEADLINE, "Lena Okafor 6h ago")
    (article,) = read_source(write(tmp_path, "ago.txt", text))
    assert (article.title, article.byline, article.published) == (HEADLINE, "Lena Okafor", None)


@pytest.mark.parametrize(("outlet", "byline"), [
    ("Northern Press", "Northern Press"),
    ("The Northern Press", "The Northern Press"),
    ("World News", None),  # a section's name over the time is no credit
])
def test_an_agency_under_the_headline_over_how_long_ago_is_its_byline(tmp_path: Path, outlet: str,
                                                                       byline: str | None) -> None:
    # A wire story on a paper's site: the picture's caption, the headline, the agency, how long ago it ran.
    text = browser_copy("Close", "", "Ferries wait at the pier in Eastmere. (NP Photo/Tom Roe, File)", "",
                        HEADLINE, outlet, "42 min ago", "(…)")
    (article,) = read_source(write(tmp_path, "agency.txt", text))
    assert (article.title, article.byline, article.published) == (HEADLINE, byline, None)


def test_a_name_with_its_handle_and_how_long_ago_under_the_standfirst_is_its_byline(tmp_path: Path) -> None:
    # A dump prints the writer's social link by its handle, without the @, between the name and the time.
    text = browser_copy(HEADLINE, "Her view from a quiet harbour in a stormy county is unexpectedly hopeful",
                        "Lena Okafor lenaokafor 6h ago")
    (article,) = read_source(write(tmp_path, "ago.txt", text))
    assert (article.title, article.byline, article.published) == (HEADLINE, "Lena Okafor", None)


@pytest.mark.parametrize("twice", [False, True])
def test_writers_each_over_their_title_with_their_notes_at_the_end(tmp_path: Path, twice: bool) -> None:
    # No date by the names; each writer's note under the article ("Jane Doe is a reporter for ..."). A dump prints
    # each name twice: the picture's text, then the link.
    names = [line for name in ("Lena Okafor", "Tomasz Novak") for line in ((name, name) if twice else (name,))
             + ("Courier News Reporter",)]
    notes = ("Lena Okafor is a reporter for Courier News and is based in Leeds.",
             "Tomasz Novak is an energy reporter for Courier News and is based in London.")
    (article,) = read_source(write(tmp_path, "notes.txt", browser_copy(HEADLINE, *names, tail=notes)))
    assert (article.title, article.byline) == (HEADLINE, "Lena Okafor and Tomasz Novak")


def test_places_beside_a_date_are_no_byline(tmp_path: Path) -> None:
    text = browser_copy(HEADLINE, "London and Leeds", "13 November 2026")
    (article,) = read_source(write(tmp_path, "places.txt", text))
    assert (article.title, article.byline) == (HEADLINE, None)


def test_a_column_named_by_something_is_no_byline(tmp_path: Path) -> None:
    # "By Invitation": one word after "By", in ordinary case, names a column, not a writer.
    text = browser_copy("By Invitation", HEADLINE, "13 November 2026")
    (article,) = read_source(write(tmp_path, "column.txt", text))
    assert (article.title, article.byline) == (HEADLINE, None)


def test_a_byline_under_the_standfirst_and_the_lead_pictures_caption(tmp_path: Path) -> None:
    # The caption's credit names the photographer; the writer's "By" line comes after it.
    standfirst = "Operators say the new farms came online faster than the cables that carry their power."
    caption = ("The control room of the grid operator near Durham. The operator balances supply and "
               "demand across the whole country.")
    text = "\n".join([MENU, HEADLINE, standfirst, caption, "Credit...", "Jonas Berglund/Northern Press Agency",
                      "By Harriet Lindqvist", "Nov. 13, 2026", *BODY]) + "\n"
    (article,) = read_source(write(tmp_path, "lead.txt", text))
    assert (article.title, article.byline) == (HEADLINE, "Harriet Lindqvist")
    assert article.paragraphs[-len(BODY):] == BODY


def test_a_dumps_image_address_before_the_byline_is_no_part_of_it(tmp_path: Path) -> None:
    # Avatars served with a query string and no file extension: "[3f9a...?s=96&d=mm]".
    text = browser_copy(HEADLINE, "[3f9a0c1d2e4b5a69788796a5b4c3d2e1?s=96&d=mm&r=g] By Aidan Murphy "
                        "Last updated Nov 13, 2026")
    (article,) = read_source(write(tmp_path, "avatar.txt", text))
    assert (article.title, article.byline, article.published) == (HEADLINE, "Aidan Murphy", "2026-11-13")


@pytest.mark.parametrize("box", [("Published by", "Lena Okafor"), ("About the Author - Lena Okafor",)])
def test_the_writer_named_under_the_article(tmp_path: Path, box: tuple[str, ...]) -> None:
    text = browser_copy(HEADLINE, "13 November 2026", tail=box)
    (article,) = read_source(write(tmp_path, "box.txt", text))
    assert (article.title, article.byline) == (HEADLINE, "Lena Okafor")


@pytest.mark.parametrize("line", ["Tweet This", "Energy Published On", "© Lena Okafor", "Garden Recipes", "World News",
                                  "Staff Writer"])
def test_name_shaped_lines_beside_a_date_that_are_no_byline(tmp_path: Path, line: str) -> None:
    # A share button, a section before a date note, a copyright notice, sections.
    text = browser_copy(HEADLINE, line, "13 November 2026")
    (article,) = read_source(write(tmp_path, "nobyline.txt", text))
    assert (article.title, article.byline) == (HEADLINE, None)


def test_the_writer_named_in_a_box_with_readers_comments_below(tmp_path: Path) -> None:
    # Readers' comments read like more paragraphs, so the box sits inside what reads as one long text.
    more = [f"Part {n} of the report looks at the region's ports, where the new cables come ashore "
            f"and where the grid operator expects most of the next decade's work to be done." for n in range(6)]
    comments = ("Published by", "Lena Okafor", "Writes about energy. View all posts by Lena Okafor", "2 thoughts on this",
                "tnovak says:", "November 13, 2026 at 4:11 am",
                "We saw the same thing on the coast last winter, when the turbines kept running through every "
                "storm and the gas plants sat idle for days at a time.", "Reply",
                "ingrid says:", "November 14, 2026 at 2:51 am",
                "The cables are the real story here, and nobody in the ministry seems to have a plan for them "
                "before the next round of farms is finished.", "Reply", "Leave a Reply")
    text = browser_copy(HEADLINE, "13 November 2026", tail=(*more, *comments))
    (article,) = read_source(write(tmp_path, "comments.txt", text))
    assert (article.title, article.byline) == (HEADLINE, "Lena Okafor")


def test_a_name_with_its_job_title_wins_over_a_button_beside_the_date(tmp_path: Path) -> None:
    # "Text Size" is name-shaped and nearer the date; the byline carries its own title.
    text = browser_copy(HEADLINE, "13 November 2026", "Text Size", "Email This", "Lena Okafor Senior Energy Correspondent")
    (article,) = read_source(write(tmp_path, "button.txt", text))
    assert (article.title, article.byline) == (HEADLINE, "Lena Okafor")


def test_a_name_alone_under_the_date_and_a_one_sentence_standfirst(tmp_path: Path) -> None:
    standfirst = "The grid operator says offshore farms outproduced gas plants for three months running."
    text = browser_copy(HEADLINE, "Updated 13 November 2026", standfirst, "Lena Okafor", "Source: Courier Radio")
    (article,) = read_source(write(tmp_path, "standfirst.txt", text))
    assert (article.title, article.byline) == (HEADLINE, "Lena Okafor")


@pytest.mark.parametrize("first", ["Lena Okafor, Staff Attorney, Coastal Rights Project", "By Lena Okafor, Staff Attorney"])
def test_two_writers_each_with_a_title_on_a_line_of_their_own(tmp_path: Path, first: str) -> None:
    second = "& Priya Raman, Director of Research, Coastal Rights Project"
    text = browser_copy(HEADLINE, first, second, "13 November 2026")
    (article,) = read_source(write(tmp_path, "two.txt", text))
    assert (article.title, article.byline) == (HEADLINE, "Lena Okafor & Priya Raman")


# A dump may print the line under its list mark ("□").
@pytest.mark.parametrize("agency", ["CNW, ABERDEEN", "□ CNW, ABERDEEN"])
def test_a_wire_agency_and_the_place_in_capitals_under_the_standfirst(tmp_path: Path, agency: str) -> None:
    standfirst = "SEA CABLES: The grid operator says offshore farms outproduced gas plants for three months."
    text = browser_copy("Thu, Nov 13, 2026", HEADLINE, standfirst, agency)
    (article,) = read_source(write(tmp_path, "agency.txt", text))
    assert (article.title, article.byline) == (HEADLINE, "CNW, ABERDEEN")


@pytest.mark.parametrize("line", ["The Northern Courier 13/11/2026 Lena Okafor",
                                  # any date the importer reads: in ISO figures, or the month in capitals
                                  "The Northern Courier 2026-11-13 Lena Okafor",
                                  "NORTHERN COURIER NOVEMBER 13, 2026 | LENA OKAFOR",
                                  "The Northern Courier 13/11/2026 Lena Okafor Senior Journalist"])  # and the job
def test_the_writer_after_the_outlet_and_the_date_as_an_aggregator_prints_them(tmp_path: Path, line: str) -> None:
    text = browser_copy(HEADLINE, line, "© Provided by The Northern Courier")
    (article,) = read_source(write(tmp_path, "aggregator.txt", text))
    assert (article.title, article.byline, article.published) == (HEADLINE, "Lena Okafor", "2026-11-13")


def test_dated_names_of_other_stories_above_the_headline_are_no_byline(tmp_path: Path) -> None:
    text = browser_copy("Garden notes", "Winter pruning for beginners October 30, 2026 Tomasz Novak", HEADLINE)
    (article,) = read_source(write(tmp_path, "cards.txt", text))
    assert (article.title, article.byline) == (HEADLINE, None)


@pytest.mark.parametrize(("line", "byline"), [
    # A post's line under its title: the writer, by first name or in full, then the count of comments.
    ("Mira No Comments", "Mira"),
    ("Lena Okafor 4 Comments", "Lena Okafor"),
    # ... but a button's word before the count is no name.
    ("Leave 2 Comments", None),
])
def test_a_name_then_the_count_of_comments(tmp_path: Path, line: str, byline: str | None) -> None:
    (article,) = read_source(write(tmp_path, "counted.txt", browser_copy(HEADLINE, line)))
    assert (article.title, article.byline) == (HEADLINE, byline)


def test_a_first_name_alone_before_the_date_with_its_day_first(tmp_path: Path) -> None:
    text = browser_copy(HEADLINE, "By Mira on 13. November, 2026 | 4 Comments.")
    (article,) = read_source(write(tmp_path, "firstname.txt", text))
    assert (article.title, article.byline) == (HEADLINE, "Mira")


def test_an_outlet_with_the_date_glued_on(tmp_path: Path) -> None:
    text = browser_copy(HEADLINE, "Northern PressNovember 13, 2026")
    (article,) = read_source(write(tmp_path, "outlet.txt", text))
    assert (article.title, article.byline) == (HEADLINE, "Northern Press")


@pytest.mark.parametrize("menu", [("By Main Course:", "Soups", "Salads"), ("BY MAIN COURSE:", "SOUPS", "SALADS")])
def test_a_menus_heading_with_by_is_no_byline(tmp_path: Path, menu: tuple[str, ...]) -> None:
    text = browser_copy(*menu, HEADLINE, "13 November 2026")
    (article,) = read_source(write(tmp_path, "menu.txt", text))
    assert (article.title, article.byline) == (HEADLINE, None)


def test_a_copyright_notice_crediting_the_background_is_no_byline(tmp_path: Path) -> None:
    notice = "© 2026 The Northern Courier, background by Tomasz Novak"
    text = browser_copy(HEADLINE, "13 November 2026", tail=(notice,))
    (article,) = read_source(write(tmp_path, "notice.txt", text))
    assert (article.title, article.byline) == (HEADLINE, None)


def test_a_dumps_list_marks_before_the_name_and_the_date(tmp_path: Path) -> None:
    # w3m prints "●" and "□" before list items: the byline's name and its date each one item.
    text = browser_copy(HEADLINE, "● Lena Okafor", "● 13 Nov 2026", "● 4 min")
    (article,) = read_source(write(tmp_path, "marks.txt", text))
    assert (article.title, article.byline) == (HEADLINE, "Lena Okafor")


@pytest.mark.parametrize("line", ["Gas Plants", "Wave Height- Offshore"])
def test_a_topic_or_a_settings_label_under_the_headline_is_no_byline(tmp_path: Path, line: str) -> None:
    # The text speaks of "gas plants" in small letters, which no one's name is; a word cut at a dash is none.
    text = browser_copy(HEADLINE, line)
    (article,) = read_source(write(tmp_path, "topic.txt", text))
    assert (article.title, article.byline) == (HEADLINE, None)


def test_readers_dated_names_in_a_comment_thread_are_no_byline(tmp_path: Path) -> None:
    # A page whose copy starts in the comments: each reader's name with the time of the comment.
    comments = ("Tomasz Novak July 25, 2026 at 7:01 pm", "Where are the cables going to come ashore?",
                "Ingrid Halvorsen July 26, 2026 at 9:12 am", "Nobody at the ministry has said so yet.")
    text = browser_copy(HEADLINE, *comments)
    (article,) = read_source(write(tmp_path, "thread.txt", text))
    assert (article.title, article.byline) == (HEADLINE, None)


def test_the_writer_signed_under_the_last_paragraph_above_other_stories_cards(tmp_path: Path) -> None:
    cards = ("Written by Lena Okafor, PhD", "Keep reading",
             "Why the tide tables are wrong this winter", "Written by Tomasz Novak",
             "The tables printed for this winter are off by up to an hour, the harbour master says, and the "
             "fishing crews have noticed it on every early tide.", "Read more",
             "Ten walks along the old railway", "Written by Ingrid Halvorsen",
             "The old line from the coast to the hills is a path for walkers and riders now, and it has never "
             "been busier than it was this autumn.", "Read more")
    more = [f"Part {n} of the report looks at the region's ports, where the new cables come ashore "
            f"and where the grid operator expects most of the next decade's work to be done." for n in range(8)]
    text = browser_copy(HEADLINE, tail=(*more, *cards))
    (article,) = read_source(write(tmp_path, "signed.txt", text))
    assert (article.title, article.byline) == (HEADLINE, "Lena Okafor")


def test_each_writers_box_under_the_article_ends_it(tmp_path: Path) -> None:
    box = ("Lena Okafor", "Lena Okafor writes about energy for the Courier from the coast near the new farms.",
           "Priya Raman", "Priya Raman covers the grid and the ministry for the Courier from the capital.")
    text = browser_copy(HEADLINE, "By Lena Okafor and Priya Raman", "13 November 2026", tail=box)
    (article,) = read_source(write(tmp_path, "boxes.txt", text))
    assert (article.byline, article.paragraphs) == ("Lena Okafor and Priya Raman", BODY)


@pytest.mark.parametrize("notes", [(), ("Lena Okafor writes about energy for the Courier.",
                                        "Priya Raman covers the grid for the Courier.")])
def test_two_writers_between_commas_each_named_again_in_the_box(tmp_path: Path, notes: tuple[str, ...]) -> None:
    box = ("Lena Okafor", "Priya Raman", *notes)
    text = browser_copy(HEADLINE, "Lena Okafor, Priya Raman", "13 November 2026", tail=box)
    (article,) = read_source(write(tmp_path, "commas.txt", text))
    assert (article.title, article.byline) == (HEADLINE, "Lena Okafor, Priya Raman")


def test_a_sliders_link_printed_on_every_slide_is_no_byline(tmp_path: Path) -> None:
    slides = ("HARBOUR REPAIRS", "We mend sails since 2006", "HARBOUR REPAIRS", "We mend sails since 2006")
    text = browser_copy(*slides, HEADLINE, "HARBOUR REPAIRS")
    (article,) = read_source(write(tmp_path, "slider.txt", text))
    assert (article.title, article.byline) == (HEADLINE, None)


@pytest.mark.parametrize(("field", "byline"), [("Author: Mira", "Mira"), ("Author: Staff", None)])
def test_a_recipe_cards_author_field_with_one_name(tmp_path: Path, field: str, byline: str | None) -> None:
    card = ("Course: Main", "Cuisine: Coastal", field)
    text = browser_copy(HEADLINE, "13 November 2026", tail=card)
    (article,) = read_source(write(tmp_path, "card.txt", text))
    assert (article.title, article.byline) == (HEADLINE, byline)


def test_a_menu_item_beside_an_events_name_with_a_job_word_is_no_byline(tmp_path: Path) -> None:
    # "Contributor Summit 2026" holds a job's word, but a year makes it an event, not a writer's title.
    text = browser_copy("Events", "Contributor Summit 2026", "Harbour Roadshow", "Blog", HEADLINE, "13 November 2026")
    (article,) = read_source(write(tmp_path, "events.txt", text))
    assert (article.title, article.byline) == (HEADLINE, None)


@pytest.mark.parametrize(("line", "byline"), [("By Staff and wire reports", "Staff and wire reports"),
                                              ("By STAFF AND WIRE REPORTS", "Staff And Wire Reports")])
def test_the_newsrooms_credit_is_kept_whole(tmp_path: Path, line: str, byline: str) -> None:
    text = browser_copy(HEADLINE, line, "13 November 2026")
    (article,) = read_source(write(tmp_path, "staff.txt", text))
    assert (article.title, article.byline) == (HEADLINE, byline)


def test_a_dated_name_under_icons_alt_texts_that_read_like_sentences(tmp_path: Path) -> None:
    # The icons' descriptions look like the first paragraphs, so the name and its date stand well inside.
    icons = ("An icon in the shape of a person's head and shoulders. It often indicates a user profile.", "Log in",
             "Subscribe", "An envelope. It indicates the ability to send an email to a friend.", "Newsletters",
             "Two crossed lines that form an 'X'. It indicates a way to close an interaction.", "Energy")
    text = browser_copy(HEADLINE, *icons, "Lena Okafor", "13 November 2026")
    (article,) = read_source(write(tmp_path, "icons.txt", text))
    assert (article.title, article.byline) == (HEADLINE, "Lena Okafor")


@pytest.mark.parametrize("label", ["Author", "About the author", "Contact the reporter:"])
def test_a_label_alone_under_the_article_with_the_writers_name_below(tmp_path: Path, label: str) -> None:
    # An author's card: the label on a line of its own, the linked name under it, the tags after.
    card = ("Share", "Tweet", label, "Lena Okafor", "Tags: Energy, Wind, North Sea")
    text = browser_copy(HEADLINE, "13 November 2026", tail=card)
    (article,) = read_source(write(tmp_path, "card.txt", text))
    assert (article.title, article.byline) == (HEADLINE, "Lena Okafor")
    assert article.paragraphs == BODY


def test_a_button_in_capitals_beside_the_date_is_no_byline(tmp_path: Path) -> None:
    # Other stories' "READ MORE" buttons over the date: two words in capitals, but a button's.
    text = browser_copy(HEADLINE, "Before you go, see these stories", "READ MORE", "READ MORE", "13 November 2026")
    (article,) = read_source(write(tmp_path, "button.txt", text))
    assert (article.title, article.byline, article.published) == (HEADLINE, None, "2026-11-13")


@pytest.mark.parametrize(("line", "byline"), [
    # No byline over the article, only a note on its writer under it.
    ("Lena Okafor is the energy correspondent of The Northern Courier.", "Lena Okafor"),
    # ... but a note on someone the article quotes is about them, not its writer.
    ("Miriam Achterberg is a former editor of the trade body's journal.", None),
    # ... and a note on the site is no writer's.
    ("The Northern Courier is an independent newspaper and its reporters write for no one else.", None),
    # How to reach the writer under the article, with no byline over it.
    ("Contact reporter Lena Okafor at 555-0100 or lokafor@courier.example.", "Lena Okafor"),
    ("Lena Okafor can be reached at lokafor@courier.example.", "Lena Okafor"),
    # ... but a desk is no writer, nor is someone the article quotes.
    ("Contact Customer Service at help@courier.example.", None),
    ("Contact Miriam Achterberg at achterberg@trade.example.", None),
])
def test_a_line_on_the_writer_under_the_article_names_them(tmp_path: Path, line: str, byline: str | None) -> None:
    text = browser_copy(HEADLINE, "13 November 2026", tail=(line,))
    (article,) = read_source(write(tmp_path, "writer.txt", text))
    assert (article.title, article.byline) == (HEADLINE, byline)


def test_a_name_with_the_time_it_takes_to_read_is_a_byline(tmp_path: Path) -> None:
    # No date on the page: the reading time after the name marks the byline, among a kicker and buttons.
    text = browser_copy("Energy", HEADLINE, "Lena Okafor · 4 min read", "Share", "Save")
    (article,) = read_source(write(tmp_path, "read.txt", text))
    assert (article.title, article.byline) == (HEADLINE, "Lena Okafor")


def test_the_headline_under_a_breadcrumb_run_into_it_is_no_byline(tmp_path: Path) -> None:
    # "Home" and the section run into the headline, the headline again (its first words name-shaped before a
    # comma), then the outlet's name in one word over the date.
    title = "Wind Giant, Harbour Grid Beats Gas For A Whole Quarter"
    text = browser_copy(f"HomeLatest News{title}", title, "HarbourNews", "13 November 2026")
    (article,) = read_source(write(tmp_path, "crumb.txt", text))
    assert (article.title, article.byline) == (title, "HarbourNews")


def test_a_link_to_more_under_the_share_buttons_is_no_name(tmp_path: Path) -> None:
    # "More Activity" past the share buttons under the date reads like a name beside it.
    text = browser_copy(HEADLINE, "13 November 2026", "Share this", "View Comments", "More Activity")
    (article,) = read_source(write(tmp_path, "more.txt", text))
    assert (article.title, article.byline) == (HEADLINE, None)


def test_a_link_to_the_writers_profile_is_no_name(tmp_path: Path) -> None:
    text = browser_copy(HEADLINE, "Lena Okafor's Profile", "13 November 2026")
    (article,) = read_source(write(tmp_path, "profile.txt", text))
    assert (article.title, article.byline) == (HEADLINE, None)


def test_a_name_under_the_headline_printed_again_lower_down(tmp_path: Path) -> None:
    # The headline in a bar at the top, then share counts and the date, then the article's own copy
    # of it with the writer's name right under it.
    head = (HEADLINE, "Energy", "3", "0", "0", "November 13, 2026", HEADLINE, "Lena Okafor")
    (article,) = read_source(write(tmp_path, "twice.txt", browser_copy(*head)))
    assert (article.title, article.byline, article.published) == (HEADLINE, "Lena Okafor", "2026-11-13")


@pytest.mark.parametrize(("box", "byline"), [
    # An author's box under the article: the name alone over a note that starts with it or the first name.
    (("Lena Okafor", "Lena Okafor covers energy and climate for the Courier."), "Lena Okafor"),
    (("LENA OKAFOR", "Lena covers energy and climate for the Courier.", "More from Lena Okafor"), "Lena Okafor"),
    # ... or a label over the note.
    (("About the author", "Lena Okafor covers energy and climate for the Courier."), "Lena Okafor"),
    # ... or a note that opens on the writer's job before the first name.
    (("Lena Okafor", "As the Courier's energy editor, Lena covers wind, tides and the grid."), "Lena Okafor"),
    # ... naming a writer whom only a gallery's credits named before.
    (("(Image credits: Tomasz Novak; Lena Okafor)", "Lena Okafor",
      "As the Courier's energy editor, Lena covers wind, tides and the grid."), "Lena Okafor"),
    # ... but a box on someone the article quotes is about them.
    (("Miriam Achterberg", "Miriam Achterberg has led the trade body since 2019."), None),
    # ... and a heading over a blurb that starts with its first word names no one.
    (("Harbour Parks", "Harbour is open to walkers all year, with cafes at both ends."), None),
])
def test_an_authors_box_without_a_byline_names_the_writer(
        tmp_path: Path, box: tuple[str, ...], byline: str | None) -> None:
    text = browser_copy(HEADLINE, "13 November 2026", tail=box)
    (article,) = read_source(write(tmp_path, "box.txt", text))
    assert (article.title, article.byline) == (HEADLINE, byline)


def test_an_authors_box_far_from_the_article_names_the_writer(tmp_path: Path) -> None:
    # A blog's sidebar over the post (the name, a button, a note on them), or a box far under other stories'
    # titles: with no byline anywhere, the box names the writer.
    sidebar = ("Lena Okafor", "Menu", "Lena Okafor is writing on the Harbour Notes network.", "@lenaokafor")
    text = browser_copy(*sidebar, "13 November 2026", HEADLINE)
    (article,) = read_source(write(tmp_path, "sidebar.txt", text))
    assert (article.title, article.byline) == (HEADLINE, "Lena Okafor")
    titles = tuple(f"Tide table number {number} for the winter months" for number in range(40))
    box = ("Lena Okafor", "Lena is a contributing editor for the Courier and writes about the coast.")
    text = browser_copy(HEADLINE, "13 November 2026", tail=("More stories", *titles, *box))
    (article,) = read_source(write(tmp_path, "far.txt", text))
    assert (article.title, article.byline) == (HEADLINE, "Lena Okafor")


@pytest.mark.parametrize(("tail", "byline"), [
    # A blog's box under the post, the writer introducing themselves.
    (("Related posts", "Tide tables for the winter", "Ten walks along the old railway",
      "I'm Lena Okafor. On this site I write about wind, tides and the grid."), "Lena Okafor"),
    # ... but a reader does so in a comment, under their dated name.
    (("More stories", *(f"Tide table number {number} for the winter months" for number in range(12)), "2 Comments",
      "Tomasz Novak", "14 November 2026", "Hi, I'm Tomasz Novak, and I sail past these farms every week.",
      "Priya Raman", "15 November 2026", "Thank you, Tomasz, the new cables are due next year."), None),
])
def test_a_writer_introducing_themselves_in_a_box(tmp_path: Path, tail: tuple[str, ...], byline: str | None) -> None:
    text = browser_copy(HEADLINE, "13 November 2026", tail=tail)
    (article,) = read_source(write(tmp_path, "hello.txt", text))
    assert (article.title, article.byline) == (HEADLINE, byline)


def test_the_editor_on_the_dated_line_signs_a_story_with_no_writer(tmp_path: Path) -> None:
    # A section's name, the editor (glued on) and the date on one line under the headline.
    dated = "EnergyEdited by Lena Okafor (with inputs from agencies)Updated: November 13, 2026 09:41 am IST"
    (article,) = read_source(write(tmp_path, "edited.txt", browser_copy(HEADLINE, dated)))
    assert (article.title, article.byline, article.published) == (HEADLINE, "Lena Okafor", "2026-11-13")


def test_a_post_the_story_embeds_is_signed_by_someone_it_told_of(tmp_path: Path) -> None:
    # "Posted by" a politician the story quotes, between its paragraphs: an embedded post, not the byline.
    told = "Harbour MP Tomasz Novak raised the cables at question time, to laughter from the benches."
    text = browser_copy(HEADLINE, "13 November 2026").replace(
        BODY[2], "\n".join([told, "Posted by Tomasz Novak MP on Wednesday, 12 November 2026", BODY[2]]))
    (article,) = read_source(write(tmp_path, "embedded.txt", text))
    assert (article.title, article.byline) == (HEADLINE, None)


def test_a_credit_printed_on_every_card_gives_way_to_the_writers_own_byline(tmp_path: Path) -> None:
    # The site credits each card "by Courier Contributor", this story's too; its writer signs below.
    cards = ("More stories", "Tide tables for the winter", "by Courier Contributor",
             "Ten walks along the old railway", "by Courier Contributor")
    text = browser_copy(HEADLINE, "by Courier Contributor", "on 13 November 2026", "by Lena Okafor", tail=cards)
    (article,) = read_source(write(tmp_path, "cards.txt", text))
    assert (article.title, article.byline) == (HEADLINE, "Lena Okafor")


def test_a_writer_known_by_one_name_over_their_role(tmp_path: Path) -> None:
    # "By" and one name is a column's title ("By Invitation") unless the writer's role is under it.
    text = browser_copy("By Lena", "Courier Staff", "16 shares", "Share on Facebook", HEADLINE)
    (article,) = read_source(write(tmp_path, "one-name.txt", text))
    assert (article.title, article.byline) == (HEADLINE, "Lena")


@pytest.mark.parametrize(("signature", "byline"), [
    # A letter signed with the writer's name and town, under its last paragraph.
    ("Lena Okafor, Leeds", "Lena Okafor"),
    # A column signed after a dash.
    ("— Lena Okafor", "Lena Okafor"),
    # A heading under the article is no signature.
    ("Recommended Stories", None),
])
def test_a_signature_under_the_last_paragraph_names_the_writer(
        tmp_path: Path, signature: str, byline: str | None) -> None:
    text = browser_copy(HEADLINE, "13 November 2026", tail=(signature,))
    (article,) = read_source(write(tmp_path, "signed.txt", text))
    assert (article.title, article.byline) == (HEADLINE, byline)


def test_writers_each_alone_over_their_title(tmp_path: Path) -> None:
    head = (HEADLINE, "Lena Okafor", "Energy Correspondent", "Tomasz Novak", "Political Editor", "13 November 2026")
    (article,) = read_source(write(tmp_path, "titled.txt", browser_copy(*head)))
    assert (article.title, article.byline) == (HEADLINE, "Lena Okafor and Tomasz Novak")


# Dumps of our own pages in the author blocks news CMSs print (`lynx -dump -nolist` and `w3m -dump -cols 80`
# of small HTML pages): a byline span with the author's link, a byline list, a headshot with its alt text,
# a "Written by" card, an author card with a role and social links, several writers (with "and", or with
# commas, dots or list items alone), the date in <time>.
DUMPS = Path(__file__).parent / "byline_dumps"
DUMPED_BYLINES = {
    "arc": "Mara Keel and Owen Prask",  # "By", then a list: "* Mara Keel", "* and Owen Prask"
    "alt_bracket": "Mara Keel and Owen Prask",  # "[keel] By Mara Keel and Owen Prask"
    "and_lines": "Mara Keel and Owen Prask",  # "Mara Keel" / "and" / "Owen Prask", no "By", the date under them
    "author_time": "Mara Keel",
    "avatar_of": "Mara Keel",  # "Photo of Mara Keel Mara Keel": the picture's text, then the link
    "avatar_possessive": "Mara Keel",  # w3m: "Mara Keel's avatarMara Keel"
    "bbc": "Mara Keel",
    "comma_break": "Mara Keel, Owen Prask",  # "By Mara Keel," / "Owen Prask": a line break after each link
    "bullets": "Mara Keel, Owen Prask, Lida Trent",  # "By Mara Keel • Owen Prask • Lida Trent": no "and"
    "brightspot": "Mara Keel",
    "guardian": "Mara Keel",
    "headshot": "Mara Keel",  # w3m glues the headshot's text to "By": "Mara Keel headshotBy Mara Keel..."
    "headshot_above": "Mara Keel",  # "Mara Keel Headshot" over the headline, then a name with a link glued on
    "headshot_line": "Mara Keel",
    "headshot_small": "Mara Keel",  # "mara keel headshot Mara Keel": the picture's text in small letters
    "hr_rule": "Mara Keel",  # w3m glues the picture's text to the link: "Mara KeelMara Keel"
    "img_alt_role": "Mara Keel",
    "list_commas": "Mara Keel, Owen Prask, Lida Trent",  # "By", then "* Mara Keel,", "* Owen Prask,", "* Lida Trent"
    "list_no_and": "Mara Keel, Owen Prask, Lida Trent",  # "By", then a name an item, no "and" before the last
    "more_from": "Mara Keel",  # the name twice, a line each (the picture's text, the link), then a note on her
    "name_date_glued": "Mara Keel",  # w3m: "Mara Keel13 November 2026", the link and the date's span on one line
    "names_lines": "Mara Keel, Owen Prask, Lida Trent",  # a name a line, no "By", the date under the last
    "pictures_and": "Mara Keel and Owen Prask",  # "By Mara Keel Mara Keel and Owen Prask Owen Prask"
    "pictures_list": "Mara Keel, Owen Prask",  # each picture's text, then its link
    "share_buttons": "Mara Keel",  # the date, the share buttons' text a line each, then the name alone
    "several": "Mara Keel, Owen Prask and Lida Trent",
    "social": "Mara Keel",
    "standfirst": "Mara Keel",
    "tags_then_by": "Jose de la Cruz",  # "By ..." right under a full line of tags, not the rest of it
    "wp": "Mara Keel",
    "wp_avatar": "Mara Keel",
    "written_card": "Mara Keel",
    "glued_names": "Mara Keel, Owen Prask",  # two links side by side, glued: "Mara KeelOwen Prask"
    "box_at_end": "Mara Keel",  # no byline, but her box under the article: the picture's text, the name, a note
    "words_photos": "Mara Keel",  # "Words: Mara Keel" then "Photos: Owen Prask", glued in lynx
    "more_by": "Mara Keel",  # "By Mara Keel More by this Author": a link to her other stories
    "name_wire": "Mara Keel",  # the outlet's wire under the name, glued to it in w3m: "Mara KeelEastmere NewsWire"
    "name_in_place": "Mara Keel",  # "Mara Keel in Eastmere": where she files from
    "reported_edited": "Mara Keel",  # "Reported by Mara Keel, Edited by Owen Prask | Updated: ..."
    "handles_list": "Mara Keel, Owen Prask",  # "By", then each name a line, her handle under hers: "@mkeel"
    # Inline elements a dump prints with no space between them, glued to the name's link: a social link
    # ("Mara KeelFollow @mkeel"), "Written by" ("Written byMara Keel"), the role and the date ("Mara KeelSenior
    # Harbour ReporterThu, ..."), the picture's text before it ("Mara Keel Mara KeelHarbour correspondentThu ...";
    # "Mara KeelMara KeelOwen PraskOwen Prask" for two writers), the time ("Mara Keel2 hours ago"), a note on
    # the date ("By Mara KeelPublished 13 November 2026"), a link to her
    # profile ("Mara KeelView profile") or the role in ordinary case after the name in capitals ("By MARA
    # KEELHarbour Correspondent"), the weekday and the date after the role ("By Mara KeelHarbour CorrespondentThu 13
    # Nov 2026") or a link to her other stories ("Mara KeelMore from Mara Keel").
    "follow_glued": "Mara Keel",
    "written_glued": "Mara Keel",
    "role_glued": "Mara Keel",
    "alt_role_glued": "Mara Keel",
    "pictures_glued": "Mara Keel, Owen Prask",
    "time_glued": "Mara Keel",
    "published_glued": "Mara Keel",
    "sr_profile": "Mara Keel",
    "caps_glued_role": "Mara Keel",
    "weekday_glued": "Mara Keel",
    "more_glued": "Mara Keel",
}


@pytest.mark.parametrize("form", ["lynx", "w3m"])
@pytest.mark.parametrize("shape", sorted(DUMPED_BYLINES))
def test_author_blocks_as_text_browsers_dump_them(shape: str, form: str) -> None:
    (article,) = read_source(str(DUMPS / f"{shape}.{form}.txt"))
    assert (article.title, article.byline, article.published) == (
        "Ferry pier to close for winter repairs", DUMPED_BYLINES[shape], "2026-11-13")
    # A standfirst or a note on the writer may come first.
    assert any(p.startswith("The harbour board in Eastmere voted on Tuesday") for p in article.paragraphs[:2])


def test_a_byline_under_a_list_item_in_a_dump_stays_with_it(tmp_path: Path) -> None:
    # lynx indents the rest of a list item: "   3. Another story" / "      By Jane Doe" is one card.
    cards = "\n".join(f"    {n}. Another story about the harbour number {n} in the town\n       By Tomasz Novak"
                      for n in range(1, 4))
    text = "\n".join([MENU, HEADLINE, "By Lena Okafor", "13 November 2026", *BODY, "Most Viewed", cards]) + "\n"
    (article,) = read_source(write(tmp_path, "cards.txt", text))
    assert (article.title, article.byline) == (HEADLINE, "Lena Okafor")
    assert not any("Another story" in paragraph for paragraph in article.paragraphs)


def test_each_line_is_read_for_a_byline_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Scoring the lines and finding the byline ask the same question of the lines around the body.
    import reader.ingest.plain_text as plain_text

    asked: list[str] = []

    def counted(line: str) -> str | None:
        asked.append(line)
        return byline_name(line)

    byline_name = plain_text.byline_name
    monkeypatch.setattr(plain_text, "byline_name", counted)
    text = browser_copy(HEADLINE, "By Harriet Lindqvist", "13 November 2026")
    (article,) = read_source(write(tmp_path, "once.txt", text))
    assert article.byline == "Harriet Lindqvist"
    assert [line for line in set(asked) if asked.count(line) > 1 and text.count(line) == 1] == []


def test_a_name_over_the_place_and_the_outlet_then_the_date(tmp_path: Path) -> None:
    # "Lena Okafor" / "EASTMERE — The Northern Courier" / the date: the name is the byline and the place
    # line no headline, even when the headline shares no word with the first paragraph.
    headline = "Harbour pilots question the winter schedule"
    text = "\n".join([MENU, headline, "Lena Okafor", "EASTMERE — The Northern Courier",
                      "Published Thursday, Nov. 13 2026, 6:00 AM EST", "Comments", "Print", *BODY,
                      "© 2026 The Northern Courier"]) + "\n"
    (article,) = read_source(write(tmp_path, "place-outlet.txt", text))
    assert (article.title, article.byline, article.published) == (headline, "Lena Okafor", "2026-11-13")


def test_an_agency_under_the_standfirst_and_the_lead_pictures_caption_is_the_byline(tmp_path: Path) -> None:
    head = ("Gusts of up to 80mph closed the coast road, but the turbines kept turning through the night",
            "Turbines off the Yorkshire coast on Thursday. Photograph: Northern Press", "Northern Press",
            "Thursday 13 November 2026 07.40 GMT")
    (article,) = read_source(write(tmp_path, "agency.txt", browser_copy(HEADLINE, *head)))
    assert (article.title, article.byline, article.published) == (HEADLINE, "Northern Press", "2026-11-13")


def test_a_name_under_the_first_copy_of_a_headline_printed_twice_is_the_byline(tmp_path: Path) -> None:
    buttons = ("Save", "Share", "Comment", "Text Size", "Print")
    text = browser_copy("Energy", HEADLINE, "Lena Okafor", "November 13, 2026", *buttons, HEADLINE, "Loading...")
    (article,) = read_source(write(tmp_path, "twice.txt", text))
    assert (article.title, article.byline) == (HEADLINE, "Lena Okafor")


def test_a_name_and_date_under_the_headlines_copy_inside_the_body_are_the_byline(tmp_path: Path) -> None:
    # The headline and the first paragraph for phones, share dialogs, then the article's own headline and byline.
    dialogs = ("Post to Facebook", "CancelSend", "Sent!", "A link has been sent to your friend's email address.",
               "Posted!", "A link has been posted to your Facebook feed.", "193", "Join the Conversation",
               "To find out more about commenting please read the Conversation Guidelines and FAQs")
    byline = "Lena Okafor, Special for the Courier 6:29 p.m. EST November 13, 2026"
    text = browser_copy(HEADLINE, BODY[0], *dialogs, HEADLINE, byline).replace(f"{byline}\n{BODY[0]}\n", f"{byline}\n")
    (article,) = read_source(write(tmp_path, "copy.txt", text))
    assert (article.title, article.byline) == (HEADLINE, "Lena Okafor")


def test_a_sentence_with_a_year_and_by_before_a_name_is_no_byline(tmp_path: Path) -> None:
    sentence = "In 2019 the old farm was beaten by Eastmere Offshore to finish second in the league of output."
    text = browser_copy(HEADLINE, "13 November 2026").replace(BODY[2], f"{sentence}\n{BODY[2]}")
    (article,) = read_source(write(tmp_path, "sentence.txt", text))
    assert (article.title, article.byline) == (HEADLINE, None)


def test_a_place_beside_the_date_that_the_story_keeps_naming_is_no_byline(tmp_path: Path) -> None:
    # "North Sea 09:31 November 13, 2026": the section's or topic's link beside the time, not the writer.
    more = "Engineers said the North Sea would need twice as many cables by the end of the decade."
    text = browser_copy(HEADLINE, "North Sea 09:31 November 13, 2026").replace(BODY[2], f"{more}\n{BODY[2]}")
    (article,) = read_source(write(tmp_path, "topic.txt", text))
    assert (article.title, article.byline, article.published) == (HEADLINE, None, "2026-11-13")


def test_a_search_box_beside_the_date_is_no_byline(tmp_path: Path) -> None:
    text = browser_copy(HEADLINE, "November 13, 2026 05:18 PM", "Search Courier", "Inspiring", "Typical", "Scary")
    (article,) = read_source(write(tmp_path, "search.txt", text))
    assert (article.title, article.byline) == (HEADLINE, None)


def test_a_dated_name_under_a_copy_of_the_headline_above_the_articles_own(tmp_path: Path) -> None:
    # Under a list of top stories, the first the article's own with its writer and date.
    text = browser_copy("Top stories", "A harbour clock for people who cannot read the time", HEADLINE,
                        "Lena Okafor 11/13/26 11:04am Yesterday 11:04am", "Edit", "61", "64L", "K", HEADLINE)
    (article,) = read_source(write(tmp_path, "bar.txt", text))
    assert (article.title, article.byline) == (HEADLINE, "Lena Okafor")


def test_a_sections_name_that_starts_with_a_button_word_beside_the_date_is_no_byline(tmp_path: Path) -> None:
    text = browser_copy(HEADLINE, "Open Water", "Open Water", "Nov 13th 2026")
    (article,) = read_source(write(tmp_path, "open.txt", text))
    assert (article.title, article.byline) == (HEADLINE, None)


def test_a_name_over_the_writers_address_is_the_byline(tmp_path: Path) -> None:
    head = ("ENERGY SMALL BUSINESS MARKETS REAL ESTATE THE WATCHDOG", "Lena Okafor",
            "lena@courier.example | Courier Reporting", "Become a Fan Get Email Alerts from this Reporter",
            HEADLINE, "What's Your Reaction?", "Inspiring", "Typical", "Scary")
    (article,) = read_source(write(tmp_path, "address.txt", browser_copy(*head)))
    assert (article.title, article.byline) == (HEADLINE, "Lena Okafor")


def test_a_name_with_a_button_and_the_writers_address_on_its_line_is_the_byline(tmp_path: Path) -> None:
    head = ("Lena Okafor Become a fan lena.okafor@courier.example", "Email", HEADLINE,
            "Posted: 11/13/2026 12:29 pm EST Updated: 11/13/2026 12:59 pm EST")
    (article,) = read_source(write(tmp_path, "fan.txt", browser_copy(*head)))
    assert (article.title, article.byline) == (HEADLINE, "Lena Okafor")


def test_a_blogs_writer_by_first_name_then_the_date_in_figures(tmp_path: Path) -> None:
    text = browser_copy("Notes From The Pier", HEADLINE, "Posted by Lena 13.11.2026")
    (article,) = read_source(write(tmp_path, "first-name.txt", text))
    assert (article.title, article.byline) == (HEADLINE, "Lena")


def test_a_desk_by_one_word_then_the_date_in_figures_is_no_writer(tmp_path: Path) -> None:
    text = browser_copy(HEADLINE, "By Staff 13.11.2026")
    (article,) = read_source(write(tmp_path, "staff.txt", text))
    assert (article.title, article.byline) == (HEADLINE, None)


def test_a_section_heading_under_the_first_paragraph_of_an_undated_guide_is_no_byline(tmp_path: Path) -> None:
    # A guide with no date: its headline, a first paragraph, then "Harbour Crossings" heading the next part.
    text = browser_copy("Travel help", HEADLINE).replace(BODY[1], f"Harbour Crossings\n{BODY[1]}")
    (article,) = read_source(write(tmp_path, "guide.txt", text))
    assert (article.title, article.byline) == (HEADLINE, None)


def test_a_name_under_the_standfirst_of_a_dated_headline_is_its_byline(tmp_path: Path) -> None:
    standfirst = "Offshore turbines have overtaken the country's gas plants for three months in a row."
    text = browser_copy("ENERGY", "13 November 2026", HEADLINE, standfirst, "Harriet Lindqvist",
                        "Search for this writer")
    (article,) = read_source(write(tmp_path, "dated.txt", text))
    assert (article.title, article.byline) == (HEADLINE, "Harriet Lindqvist")
    assert article.paragraphs == [standfirst, *BODY]  # the name's line is no paragraph


def test_a_wire_agencys_short_name_between_the_headline_and_the_date_is_the_byline(tmp_path: Path) -> None:
    text = browser_copy("Energy / Grid", HEADLINE, "CWN", "Nov 13, 2026", "Article history", "PRINT", "SHARE")
    (article,) = read_source(write(tmp_path, "wire.txt", text))
    assert (article.title, article.byline, article.published) == (HEADLINE, "CWN", "2026-11-13")


@pytest.mark.parametrize("kicker", ["Web3", "Covid19", "Top10"])
def test_a_kicker_with_a_number_between_the_headline_and_the_date_is_no_byline(tmp_path: Path, kicker: str) -> None:
    text = browser_copy(HEADLINE, kicker, "Nov 13, 2026", "Harriet Lindqvist")
    (article,) = read_source(write(tmp_path, "kicker.txt", text))
    assert (article.title, article.byline) == (HEADLINE, "Harriet Lindqvist")


def test_a_kicker_in_capitals_between_the_headline_and_the_date_is_no_byline(tmp_path: Path) -> None:
    text = browser_copy("Energy / Grid", HEADLINE, "ANALYSIS", "Nov 13, 2026", "PRINT", "SHARE")
    (article,) = read_source(write(tmp_path, "kicker.txt", text))
    assert (article.title, article.byline) == (HEADLINE, None)


def test_a_blogs_date_then_the_writers_first_name_and_the_comment_count(tmp_path: Path) -> None:
    # A recipe blog: breadcrumb, headline, "date by Name N Comments", buttons, pictures' texts over the body.
    head = ("Home » Recipes » Baking » Harbour Rye Loaf", "Harbour Rye Loaf", "12/04/2026 by Lena 7 Comments",
            "Jump to Recipe Print Recipe", "Harbour Rye Loaf pinterest picture", "Harbour Rye Loaf pinterest picture",
            "Four pictures of our Harbour Rye Loaf side by side")
    (article,) = read_source(write(tmp_path, "recipe.txt", browser_copy(*head)))
    assert (article.title, article.byline) == ("Harbour Rye Loaf", "Lena")


def test_a_sites_account_after_the_date_is_no_writer(tmp_path: Path) -> None:
    text = browser_copy(HEADLINE, "12/04/2026 by Admin 7 Comments")
    (article,) = read_source(write(tmp_path, "admin.txt", text))
    assert (article.title, article.byline) == (HEADLINE, None)


def test_a_sentence_saying_by_after_its_first_word_repeated_is_no_byline(tmp_path: Path) -> None:
    # "Eastmere's ... by Eastmere's Harbour Code. They ...": a paragraph's sentence, not "Doe By Jane Doe".
    sentence = ("Eastmere's mooring rules can be summed up by Eastmere's Harbour Code. They are put in place to keep "
                "the quays safe for the fishing fleet, the ferries and the visiting yachts alike.")
    text = browser_copy("Mooring rules", HEADLINE).replace(BODY[1], f"{sentence}\n{BODY[1]}")
    (article,) = read_source(write(tmp_path, "sentence.txt", text))
    assert (article.title, article.byline) == (HEADLINE, None)
    assert sentence in article.paragraphs


def test_a_section_listed_under_the_headline_and_heading_its_part_of_the_body_is_no_byline(tmp_path: Path) -> None:
    # A guide's table of contents under its headline; each entry heads a part of the body lower down.
    text = browser_copy(HEADLINE, "Turbine Records", "Grid Cables", "Credits").replace(
        BODY[2], f"Turbine Records\n{BODY[2]}").replace(BODY[3], f"Grid Cables\n{BODY[3]}")
    (article,) = read_source(write(tmp_path, "contents.txt", text))
    assert (article.title, article.byline) == (HEADLINE, None)


def test_a_name_under_the_headline_and_again_over_a_note_on_her_under_the_article_is_the_byline(
        tmp_path: Path) -> None:
    note = ("She covers energy and the coast for the Courier, and before that reported on shipping and ports "
            "for a decade from the harbour office.")
    text = browser_copy(HEADLINE, "Harriet Lindqvist", "Share").replace(
        BODY[3], f"{BODY[3]}\nHarriet Lindqvist\n{note}")
    (article,) = read_source(write(tmp_path, "note.txt", text))
    assert (article.title, article.byline) == (HEADLINE, "Harriet Lindqvist")


def test_a_long_line_with_the_pictures_text_before_the_byline_gives_the_name(tmp_path: Path) -> None:
    # A dump runs the picture's text, the byline, the writer's role and the dates into one long line.
    line = ("Lindqvist By Harriet Lindqvist, Energy correspondent for the Northern Courier in Newcastle and "
            "the North East | Published 13 November 2026")
    text = browser_copy(HEADLINE, line)
    (article,) = read_source(write(tmp_path, "long-line.txt", text))
    assert (article.title, article.byline) == (HEADLINE, "Harriet Lindqvist")


def test_a_dated_byline_a_dump_wraps_into_the_first_paragraph_stays_apart(tmp_path: Path) -> None:
    # lynx prints a byline and the text under it in one block at the same indent; a long byline, ending in
    # its time, fills the line, and the paragraph's first word reads as the rest of a wrapped line.
    byline = "   By Lena Okafor and Tomasz Novak in Eastmere, posted Nov 13 2026 7:30PM"
    paragraphs = ["\n".join(textwrap.wrap(paragraph, 76, initial_indent="   ", subsequent_indent="   "))
                  for paragraph in BODY]
    text = "\n".join([MENU, "", "   " + HEADLINE, "", byline, paragraphs[0], "", *(
        f"{paragraph}\n" for paragraph in paragraphs[1:]), "   © 2026 The Northern Courier"]) + "\n"
    (article,) = read_source(write(tmp_path, "wrapped.txt", text))
    assert (article.title, article.byline) == (HEADLINE, "Lena Okafor and Tomasz Novak")
    assert article.paragraphs == BODY


def test_a_second_writer_the_story_quotes_stays_a_writer(tmp_path: Path) -> None:
    # The place filed from is dropped when the story names it as a place; a co-writer it quotes is no place.
    text = browser_copy(HEADLINE, "By Lena Okafor, Tom Roe", "13 November 2026").replace(
        BODY[1], BODY[1] + " Tom Roe, who rode the first ferry of the morning, said the queue was short.")
    (article,) = read_source(write(tmp_path, "two.txt", text))
    assert article.byline == "Lena Okafor, Tom Roe"


def test_a_name_over_its_date_under_share_buttons_printed_twice_after_the_standfirst(tmp_path: Path) -> None:
    # The share bar's links name the headline each, for a bar at the top and one that follows the reader.
    standfirst = "Operators say the new farms came online faster than the cables that carry their power"
    caption = "Waiting: there are few cables to carry the power ashore, says the operator's chief engineer © Tom Roe"
    shares = [f"{HEADLINE} on {network} (opens in a new window)" for network in ("x", "facebook", "linkedin", "whatsapp")]
    text = browser_copy(HEADLINE, standfirst, caption, *shares, "Save", "current progress 0%", *shares, "Save",
                        "Harriet Lindqvist", "13 November 2026", "Print this page")
    (article,) = read_source(write(tmp_path, "shares.txt", text))
    assert (article.title, article.byline, article.published) == (HEADLINE, "Harriet Lindqvist", "2026-11-13")


def test_the_writer_in_a_box_under_the_article_over_a_series_name_under_the_headline(tmp_path: Path) -> None:
    # The series' name reads like a name alone; the box names the writer and says what she does.
    box = ("Categories", "Main, Energy, Offshore", "Lena Okafor",
           "Lena is a contributing editor for The Northern Courier. She covers the North Sea and its ports.")
    text = browser_copy(HEADLINE, "Harbour Grid Watch", tail=box)
    (article,) = read_source(write(tmp_path, "series.txt", text))
    assert (article.title, article.byline) == (HEADLINE, "Lena Okafor")


@pytest.mark.parametrize(("lines", "byline"), [
    # The writer, then the newspaper after a comma: no second writer.
    (("By Harriet Lindqvist, Eastmere Sentinel", "Posted: 11/13/2026 08:05:13 AM PST"), "Harriet Lindqvist"),
    # The outlet's desk, with its article.
    (("By the Courier Wire Staff", "November 13, 2026"), "Courier Wire Staff"),
    # The agency under the headline, its article first, then the date.
    (("The Associated Press", "Friday, November 13, 2026, 10:00 PM"), "The Associated Press"),
    # The outlet, then how long ago, on one line.
    (("Eastmere Press  |  Last updated 1 day ago", "Tweet"), "Eastmere Press"),
])
def test_an_outlet_beside_or_as_the_byline(tmp_path: Path, lines: tuple[str, ...], byline: str) -> None:
    text = browser_copy(HEADLINE, *lines)
    (article,) = read_source(write(tmp_path, "outlet.txt", text))
    assert (article.title, article.byline) == (HEADLINE, byline)


@pytest.mark.parametrize("label", ["Story Highlights", "Key Points", "Fast Facts"])
def test_a_summarys_label_under_the_headline_is_no_writer(tmp_path: Path, label: str) -> None:
    text = browser_copy(HEADLINE, label, "November 13, 2026")
    (article,) = read_source(write(tmp_path, "label.txt", text))
    assert (article.title, article.byline) == (HEADLINE, None)


OWN_HEADLINE = "The engineers who waited a decade for this moment"  # no word shared with the lede


def test_the_name_under_the_headlines_first_copy_over_a_blogs_action_menu(tmp_path: Path) -> None:
    # A blog's dump: headline, writer, topics, the time, an action menu a button a line, then the headline again.
    tags = ["   * ferries", "   * harbour", "   * winter timetable", "   * tides"]
    actions = [f"   * {action}" for action in ("Edit", "Delete", "Invite manually", "Promote", "Dismiss", "Block",
                                               "Hide", "Open Rules", "Share", "Go to permalink")]
    lines = [MENU, "You can skip this ad in 5 seconds.", "", OWN_HEADLINE, "", "   Harriet Lindqvist",
             "   Filed to: harbour", *tags, "", "   11/13/26 6:00pm", *actions, "", OWN_HEADLINE, "", *BODY]
    (article,) = read_source(write(tmp_path, "blog.txt", "\n".join(lines) + "\n"))
    assert (article.title, article.byline) == (OWN_HEADLINE, "Harriet Lindqvist")


def test_an_editions_menu_under_the_headlines_first_copy_names_no_writer(tmp_path: Path) -> None:
    # The headline in a bar at the top, then the editions' menu: "Africa", "America Latina", one a line.
    editions = ["Africa", "America Latina", "Argentina", "Brasil", "Canada", "Deutschland", "España", "France"]
    lines = [MENU, OWN_HEADLINE, *editions, "Video", OWN_HEADLINE, "November 13, 2026", *BODY]
    (article,) = read_source(write(tmp_path, "editions.txt", "\n".join(lines) + "\n"))
    assert (article.title, article.byline) == (OWN_HEADLINE, None)


@pytest.mark.parametrize(("line", "byline"), [
    ("Harriet Lindqvist Washington Correspondent", "Harriet Lindqvist"),  # the place before the job
    ("Harriet van Lindqvist Correspondent", "Harriet van Lindqvist"),  # a particle: the surname is no place
    ("Harriet Lindqvist Senior Journalist", "Harriet Lindqvist"),  # a journalist's job, as papers outside the US print it
    # A desk of more words before a job in small letters, on the writer's line as a paper's copy prints it.
    ("Harriet Lindqvist North of England correspondent", "Harriet Lindqvist"),
    ("Harriet Lindqvist Middle East editor", "Harriet Lindqvist"),
    ("Harriet Lindqvist Home affairs editor", "Harriet Lindqvist"),
    ("Harriet Lindqvist Science and technology editor", "Harriet Lindqvist"),
    ("Harriet West Africa correspondent", "Harriet West"),  # two words of a name at least
    # A surname that could start a desk stays the name's: a region needs its place, a desk in small letters its head.
    ("Anna Maria West Education editor", "Anna Maria West"),
    ("Anna Maria West Home affairs editor", "Anna Maria West"),
    ("Anna Maria West Scotland editor", "Anna Maria West"),
    ("Anna Maria West North of England correspondent", "Anna Maria West"),
    ("Harriet Lindqvist Religious affairs correspondent", "Harriet Lindqvist"),
    # The outlet after the name, no comma between, its "The" glued to the surname by a text browser.
    ("Harriet Lindqvist Eastmere Advertiser", "Harriet Lindqvist"),
    ("Harriet LindqvistThe Eastmere Advertiser", "Harriet Lindqvist"),
    ("Harriet van Lindqvist Northern Advertiser", "Harriet van Lindqvist"),
    ("Top Stories Eastmere Advertiser", None),
    ("Mayor Doyle Slams Fake News", None),  # more words before the paper's last: a headline's
    # A rank in capitals starts the job, whatever desk's words stand between it and the job.
    ("Harriet Lindqvist Deputy Political Editor", "Harriet Lindqvist"),
    ("Harriet Lindqvist Deputy Cost Of Living Editor", "Harriet Lindqvist"),
    ("Harriet Lindqvist Assistant Night News Editor", "Harriet Lindqvist"),
    # ... or a rank that is no headline's verb, whatever desk's words follow it, none of them a known job's.
    ("Harriet Lindqvist Deputy Audience Growth Lead", "Harriet Lindqvist"),
    ("Harriet Anne Lindqvist Assistant Trends Lead", "Harriet Anne Lindqvist"),
    ("Harriet Lindqvist Deputy Quits In Protest", None),  # a linking word: a headline's phrase goes on
    ("Harriet Lindqvist Managing Growth Plans", None),  # "Managing" may be a headline's verb
    ("Angela Morton Deputy Leader Race Opens", None),  # no job's noun at the end: a headline in title case
    # A desk in small letters under a word that may be a surname: no name rather than a name cut short.
    ("Maria da Silva health editor", None),
    ("Harriet Anne Lindqvist health editor", None),
    ("Harriet Lindqvist Ice hockey correspondent", None),
])
def test_the_job_under_the_headline_with_the_place_or_desk_before_it(
        tmp_path: Path, line: str, byline: str | None) -> None:
    (article,) = read_source(write(tmp_path, "job.txt", browser_copy(HEADLINE, line, "13 November 2026")))
    assert (article.title, article.byline) == (HEADLINE, byline)


@pytest.mark.parametrize("when", ["13 November 2026", "2 hours ago"])
@pytest.mark.parametrize("role", ["BBC News, Eastmere", "Political correspondent"])
def test_the_writer_under_the_date_and_the_share_and_save_buttons(tmp_path: Path, when: str, role: str) -> None:
    # A broadcaster's copy: the headline, the date or the time since, "Share" and "Save" a line each, then the
    # writer's name over their role or their outlet and place.
    head = [HEADLINE, when, "Share", "Save", "Harriet Lindqvist", role]
    (article,) = read_source(write(tmp_path, "saved.txt", browser_copy(*head)))
    assert (article.title, article.byline) == (HEADLINE, "Harriet Lindqvist")
    assert article.published == ("2026-11-13" if when[0] == "1" else None)
    assert article.paragraphs == BODY


@pytest.mark.parametrize("when", ["13 November 2026", "2 hours ago"])
@pytest.mark.parametrize("under", [
    "Getty Images", "PA Media", "EPA", "Council leader Moira Keating said the vote was the hardest of her career",
    "Image caption, The pool opened in 1968"])
@pytest.mark.parametrize("name", ["Moira Keating", "Eastmere Borough Council"])
def test_a_name_under_the_share_and_save_buttons_over_no_role_is_no_writer(
        tmp_path: Path, when: str, under: str, name: str) -> None:
    # The one pictured, or the body a picture shows, under the buttons: its credit or caption under it, no role.
    head = [HEADLINE, when, "Share", "Save", name, under]
    (article,) = read_source(write(tmp_path, "pictured.txt", browser_copy(*head)))
    assert (article.title, article.byline) == (HEADLINE, None)


def test_a_posts_head_with_share_and_save_among_the_paragraphs_signs_no_article(tmp_path: Path) -> None:
    # A live page's next post: the time since, the buttons, a writer over their outlet, between two paragraphs.
    post = ["3 hours ago", "Share", "Save", "Tomasz Novak", "BBC News, Eastmere"]
    text = browser_copy(HEADLINE).replace(BODY[2], "\n".join([*post, BODY[2]]))
    (article,) = read_source(write(tmp_path, "post.txt", text))
    assert (article.title, article.byline) == (HEADLINE, None)
    assert [p for p in BODY if p in article.paragraphs] == BODY


def test_the_words_of_buttons_by_the_byline_are_no_buttons_in_a_headline_or_a_name(tmp_path: Path) -> None:
    # "Save" and "Text size" are buttons alone on their lines only: a headline, a subheading and a name keep them.
    headline = "Villagers launch campaign to save post office"
    standfirst = "Campaigners say the village will be cut off if its last counter closes next spring"
    text = browser_copy(headline, standfirst, "By Anna Puig | Marta Font", "13 November 2026").replace(
        BODY[2], f"Full text of the statement\n{BODY[2]}")
    (article,) = read_source(write(tmp_path, "words.txt", text))
    assert (article.title, article.byline) == (headline, "Anna Puig, Marta Font")
    assert article.paragraphs == [standfirst, *BODY[:2], "Full text of the statement", *BODY[2:]]


def test_a_column_named_for_its_letters_is_no_writer(tmp_path: Path) -> None:
    (article,) = read_source(write(tmp_path, "letters.txt", browser_copy(HEADLINE, "Letters To The Editor",
                                                                         "13 November 2026")))
    assert article.byline is None


def test_the_paper_after_the_writer_is_no_second_writer(tmp_path: Path) -> None:
    # The paper's name, as its menu and footer print it, after a comma on the byline.
    text = browser_copy(HEADLINE, "By Harriet Lindqvist, Simcoe Reformer", "Monday, November 16, 2026").replace(
        "The Northern Courier", "Simcoe Reformer")
    (article,) = read_source(write(tmp_path, "paper.txt", text))
    assert (article.byline, article.source) == ("Harriet Lindqvist", "Simcoe Reformer")


@pytest.mark.parametrize(
    ("byline", "note", "writer"),
    [
        # A syndicated column: the outlet it came from after the writer's name, no comma between, and a note
        # under the article names the writer without it.
        ("By Harriet Lindqvist Bloomberg", "Harriet Lindqvist is a Bloomberg Opinion columnist.", "Harriet Lindqvist"),
        # ... but a writer's three names stay whole, told of in full or not at all, and so does "Jr.".
        ("By Harriet Ann Lindqvist", "Harriet Ann Lindqvist writes on energy.", "Harriet Ann Lindqvist"),
        ("By Harriet Ann Lindqvist", "Follow the Courier on social media.", "Harriet Ann Lindqvist"),
        ("By Tomasz Novak Jr.", "Tomasz Novak is a former editor of the Courier.", "Tomasz Novak Jr."),
        # ... nor a person in the story, or the writer's relative, named with the first two of the writer's names.
        ("By Harriet Ann Lindqvist", "Harriet Ann, 83, has sold fish on the quay for sixty years.",
         "Harriet Ann Lindqvist"),
        ("By Harriet Lloyd Carver", "Harriet Lloyd is the author's mother and signed the petition.",
         "Harriet Lloyd Carver"),
        # ... nor a desk signing with the writer, or a site's submissions told of as an outlet.
        ("By Harriet Lindqvist Gear Team", "Harriet Lindqvist, a senior writer, tests tents.",
         "Harriet Lindqvist Gear Team"),
        ("By Harbour Living Submissions", "Interested in sharing your home with Harbour Living? Write to us.",
         "Harbour Living Submissions"),
    ],
)
def test_an_outlet_after_the_writers_name_without_a_comma(tmp_path: Path, byline: str, note: str, writer: str) -> None:
    text = browser_copy(HEADLINE, byline, "Fri., Nov. 13, 2026", tail=(note,))
    (article,) = read_source(write(tmp_path, "column.txt", text))
    assert article.byline == writer


def test_writers_each_with_an_address_a_dump_starts_a_line_at_each(tmp_path: Path) -> None:
    # lynx wraps a long byline and starts a line at each further writer, the comma or "and" before them first.
    text = lynx_page(f"   {HEADLINE}", "",
                     "   By Lena Okafor | lokafor@example.com | Northern Courier",
                     "   , Tomasz Novak | tnovak@example.com | Northern Courier",
                     "   and Priya Raman | praman@example.com | Northern Courier",
                     "   PUBLISHED: November 13, 2026 at 5:49 p.m. | UPDATED: November 13, 2026 at 6:17 p.m.")
    (article,) = read_source(write(tmp_path, "writers.txt", text))
    assert (article.title, article.byline) == (HEADLINE, "Lena Okafor, Tomasz Novak, Priya Raman")
    assert article.paragraphs == BODY


def test_the_wire_named_as_the_source_after_the_date_over_the_headline(tmp_path: Path) -> None:
    # A wire story on a business site: the date and the wire it came from on one line, over the headline.
    text = browser_copy("you are here: HomeNewsBusinessEconomy", "Last Updated : Nov 13, 2026 05:08 PM IST | Source: CWN",
                        HEADLINE)
    (article,) = read_source(write(tmp_path, "source.txt", text))
    assert (article.title, article.byline, article.published) == (HEADLINE, "CWN", "2026-11-13")
    assert article.paragraphs == BODY


@pytest.mark.parametrize(
    "head",
    [
        # Under the writer's post, a film's name (a review), the subject of an obituary, a ranked list's first item:
        # no second writer.
        ("By", "Lena Okafor", "Film Critic, Northern Courier", "Harriet Quill", "13 November 2026"),
        ("By", "Lena Okafor", "Obituaries Editor, Northern Courier", "Dorothy Finch", "13 November 2026"),
        ("By", "Lena Okafor", "1. Tom Whitlock", "13 November 2026"),
    ],
)
def test_a_name_under_the_writers_post_or_a_numbered_name_is_no_second_writer(tmp_path: Path,
                                                                              head: tuple[str, ...]) -> None:
    (article,) = read_source(write(tmp_path, "one.txt", browser_copy(HEADLINE, *head)))
    assert article.byline == "Lena Okafor"


@pytest.mark.parametrize(
    "head",
    [
        # An obituary's subject and her dates under the headline; a section's name and the date over it.
        (HEADLINE, "Dorothy Finch March 3rd, 1941 - November 9th, 2026"),
        ("Energy | Updated: Nov 13, 2026 05:08 PM IST", HEADLINE),
    ],
)
def test_a_dated_subject_or_section_is_no_byline(tmp_path: Path, head: tuple[str, ...]) -> None:
    (article,) = read_source(write(tmp_path, "none.txt", browser_copy(*head)))
    assert (article.title, article.byline) == (HEADLINE, None)


def test_the_writers_name_under_the_headline_wins_over_the_wire_named_as_source_over_it(tmp_path: Path) -> None:
    text = browser_copy("Last Updated : Nov 13, 2026 05:08 PM IST | Source: CWN", HEADLINE, "Lena Okafor")
    (article,) = read_source(write(tmp_path, "writer.txt", text))
    assert (article.title, article.byline) == (HEADLINE, "Lena Okafor")


def test_the_date_then_the_writers_then_their_company(tmp_path: Path) -> None:
    text = browser_copy(HEADLINE, "November 13, 2026 Harriet Lindqvist and Tomasz Novak | Northline Strategies")
    (article,) = read_source(write(tmp_path, "company.txt", text))
    assert (article.title, article.byline) == (HEADLINE, "Harriet Lindqvist and Tomasz Novak")


def test_a_date_a_dump_numbers_as_a_lists_one_item(tmp_path: Path) -> None:
    text = "\n".join(["Advertisement", "", "    1. 13 November 2026 at 11:53pm", "", HEADLINE, "",
                      "   Harriet Lindqvist Energy Correspondent", "", *BODY, "", "   Last updated Mon 14 Dec 2026"])
    (article,) = read_source(write(tmp_path, "listed.txt", text + "\n"))
    assert (article.title, article.byline, article.published) == (HEADLINE, "Harriet Lindqvist", "2026-11-13")


def test_a_stations_links_to_its_articles_and_archives_name_no_writer(tmp_path: Path) -> None:
    # "Latest News", then the station's links run into the article's head: "Current Articles" is no name.
    head = ("About KAGS", "Partners", "Tuesday, 01 December 2026", "Latest News",
            "Current Articles | Archives | Search", HEADLINE, "Posted: Friday, November 13, 2026 12:53",
            "Updated: Friday, November 13, 2026", "(USA Today)")
    (article,) = read_source(write(tmp_path, "station.txt", browser_copy(*head)))
    assert (article.title, article.byline, article.published) == (HEADLINE, None, "2026-11-13")


@pytest.mark.parametrize("line", [
    "Nov 13, 2026 by Hlindqvist7 Leave a comment",  # a blog's handle, figures after the name
    "Nov 13, 26 by Hlindqvist7 Leave a comment",  # the year cut to two figures
])
def test_a_blogs_handle_after_the_date_and_by(tmp_path: Path, line: str) -> None:
    (article,) = read_source(write(tmp_path, "blog.txt", browser_copy(HEADLINE, line)))
    assert (article.title, article.byline) == (HEADLINE, "Hlindqvist7")
    assert article.paragraphs == BODY


@pytest.mark.parametrize("line", ["by Harriet Lindqvist Info", "Harriet Lindqvist Bio", "By Harriet Lindqvist Profile"])
def test_the_link_to_the_writers_page_after_the_name_is_no_part_of_it(tmp_path: Path, line: str) -> None:
    (article,) = read_source(write(tmp_path, "link.txt", browser_copy(HEADLINE, line, "13 November 2026")))
    assert (article.title, article.byline) == (HEADLINE, "Harriet Lindqvist")


def test_a_sections_sponsor_over_the_headline_is_no_writer(tmp_path: Path) -> None:
    # A dump prints the section's banner and its search form over the article: "Presented by" names a sponsor.
    text = "\n".join(["   Energy Week 2026 Presented by Example Search ____________________ Search", "",
                      HEADLINE, "", "   By Harriet Lindqvist on 11/13/2026 7:37 PM @hlindqvist", "", *BODY]) + "\n"
    (article,) = read_source(write(tmp_path, "sponsor.txt", text))
    assert (article.title, article.byline) == (HEADLINE, "Harriet Lindqvist")


def test_a_name_over_the_headline_with_the_writers_degree_and_column(tmp_path: Path) -> None:
    head = ("Therapists: Log In | Sign Up", "Harriet Lindqvist Ph.D. Minds at Sea", HEADLINE,
            "Why the grid's owners will have to build faster.", "Posted Nov 13, 2026", "SHARE", "TWEET")
    (article,) = read_source(write(tmp_path, "column.txt", browser_copy(*head)))
    assert (article.title, article.byline, article.published) == (HEADLINE, "Harriet Lindqvist", "2026-11-13")


def test_a_papers_authors_each_with_their_degree_are_not_read_one_by_one(tmp_path: Path) -> None:
    # An academic paper's authors a line each: none of them alone is the byline of the page.
    head = (HEADLINE, "An Observational Study of Offshore Wind", "Harriet Lindqvist, PhD,", "Tomasz Novak, PhD, and",
            "Miriam Achterberg, PhD")
    (article,) = read_source(write(tmp_path, "paper.txt", browser_copy(*head)))
    assert article.byline in (None, "Harriet Lindqvist, Tomasz Novak and Miriam Achterberg")


def test_the_writer_under_the_date_and_time_over_a_bar_of_buttons_above_the_headline(tmp_path: Path) -> None:
    # A trade site prints the date, the time and the writer, then the column's label and its comment and vote
    # buttons a line each, and only then the headline.
    head = ("CLOUD", "DATA CENTERS", "11/13/2026", "7:30 AM", "Harriet Lindqvist", "Commentary", "Connect Directly",
            "0 Comments", "Comment Now", "Rating:", "0 votes", "+", "Vote up!", "Vote down!", HEADLINE)
    (article,) = read_source(write(tmp_path, "bar.txt", browser_copy(*head)))
    assert (article.title, article.byline, article.published) == (HEADLINE, "Harriet Lindqvist", "2026-11-13")


def test_a_button_under_an_update_date_far_over_the_headline_is_no_writer(tmp_path: Path) -> None:
    # A weather box's update time and its button, over the menu: no writer's name.
    head = ("Updated: November 13, 2026 @ 4:53 am", "Full Forecast", "News", "Sport", "Opinion", HEADLINE)
    (article,) = read_source(write(tmp_path, "weather.txt", browser_copy(*head)))
    assert article.byline is None


def test_a_tv_stations_newsroom_before_the_published_note_is_the_byline_of_the_video_headline(tmp_path: Path) -> None:
    # The weather box over the headline labelled "VIDEO:", the newsroom's credit and the date on one line, the share
    # links, then the stories related to it.
    text = browser_copy("Search the site", "56° F", "", "Clear", "", "Hi: 71° F", "Lo: 50° F", f"VIDEO: {HEADLINE}",
                        "NCTV Newsroom Published: November 13, 2026, 9:47 pm",
                        "Click to share on Twitter (Opens in new window)",
                        "Share on Facebook (Opens in new window)", "Related Coverage",
                        "Harbour council votes to close the old ferry pier", "Coast road reopens after the storm")
    (article,) = read_source(write(tmp_path, "video.txt", text))
    assert (article.title, article.byline, article.published) == (f"VIDEO: {HEADLINE}", "NCTV Newsroom", "2026-11-13")


def test_a_blog_titled_with_a_word_for_readers_posts_is_no_name(tmp_path: Path) -> None:
    # "Welcome Back Comments": three capitalised words over the post, under its date; no name holds "Comments".
    text = "\n".join(["programming and human factors", "by Lena Okafor", " ", " Web  Harbour Notes", "", "",
                      "Nov 13, 2026", "Welcome Back Comments", "", *BODY]) + "\n"
    (article,) = read_source(write(tmp_path, "blog.txt", text))
    assert (article.title, article.byline, article.published) == ("Welcome Back Comments", "Lena Okafor", "2026-11-13")


@pytest.mark.parametrize(("line", "byline"), [
    ("Last updated by Lena Okafor on November 13, 2026 at 10:01AM", "Lena Okafor"),
    ("The harbour rules were updated by the council on Monday.", None),
])
def test_the_post_last_updated_by_its_writer(tmp_path: Path, line: str, byline: str | None) -> None:
    text = browser_copy(HEADLINE, "Ferry timetables, tested", line, "13 November 2026")
    (article,) = read_source(write(tmp_path, "updated.txt", text))
    assert (article.title, article.byline) == (HEADLINE, byline)


@pytest.mark.parametrize(("line", "byline"), [
    # The fields a page sets apart with runs of spaces: the writer, the city filed from, the print edition's date.
    ("By Priya Raman   Kochi     Print Edition: November 13, 2026", "Priya Raman"),
    ("   By Priya Raman   |   November 13, 2026 at 2:02 PM", "Priya Raman"),
    # Two writers spaced apart by their "and" stay one field.
    ("By Priya Raman   and   Tomasz Novak", "Priya Raman and Tomasz Novak"),
])
def test_a_byline_whose_fields_the_page_spaces_apart(tmp_path: Path, line: str, byline: str) -> None:
    # The kicker, the headline, its standfirst, then the byline's line, a picture's caption and the stories beside.
    text = browser_copy("Business Weekly", "FEATURES", "November 13, 2026", "Story", HEADLINE,
                        "The harbour board is hiring pilots through online tests.", line,
                        "Lena Okafor, head of pilotage at the harbour (Photo: Tom Roe)", "WE RECOMMEND",
                        "Ferry operator unveils two new boats for the winter", "Coast road reopens after the storm")
    (article,) = read_source(write(tmp_path, "spaced.txt", text))
    assert (article.title, article.byline) == (HEADLINE, byline)


def test_a_name_under_the_standfirst_that_a_note_at_the_end_names_is_no_paragraph(tmp_path: Path) -> None:
    # No date, no role beside the name: the writer's note under the article names them.
    standfirst = "Offshore turbines have overtaken the country's gas plants for three months in a row."
    text = "\n".join([HEADLINE, standfirst, "Harriet Lindqvist", *BODY,
                      "Harriet Lindqvist is a staff writer at the Northern Courier."]) + "\n"
    (article,) = read_source(write(tmp_path, "noted.txt", text))
    assert (article.title, article.byline) == (HEADLINE, "Harriet Lindqvist")
    assert article.paragraphs == [standfirst, *BODY]


def test_an_outlet_over_how_long_ago_in_a_box_under_the_first_paragraph_signs_another_story(tmp_path: Path) -> None:
    # A "Latest" box inside the article: another story's title, its outlet and how long ago it ran.
    text = browser_copy(HEADLINE, BODY[0], "Latest", "Ferry fares rise again as fuel costs bite", "Northern Press",
                        "3 min ago")
    (article,) = read_source(write(tmp_path, "latest.txt", text))
    assert (article.title, article.byline) == (HEADLINE, None)


def test_a_sentence_starting_with_by_keeps_its_spaces_as_spaces(tmp_path: Path) -> None:
    sentence = "By contrast   the harbour board   said nothing about the winter timetable or the fares."
    (article,) = read_source(write(tmp_path, "contrast.txt", copy_with_lines_inside(sentence)))
    assert " ".join(sentence.split()) in article.paragraphs


@pytest.mark.parametrize("label", ["Article by", "Story by", "Written by"])
def test_a_label_alone_over_the_writers_name(tmp_path: Path, label: str) -> None:
    # "Posted on <date>" twice, the headline, the label on a line of its own and the name under it.
    text = browser_copy("Posted on April 22, 2026", "Posted on April 22, 2026", HEADLINE, label, "Barry Alleyne",
                        "Social Share")
    (article,) = read_source(write(tmp_path, "label.txt", text))
    assert (article.title, article.byline, article.published) == (HEADLINE, "Barry Alleyne", "2026-04-22")


@pytest.mark.parametrize("label", ["Article by", "Story by"])
def test_a_label_alone_over_the_name_between_the_headlines_copies(tmp_path: Path, label: str) -> None:
    # w3m: the headline, the writer's picture by its name, the label and the name, the headline again.
    text = "\n".join([MENU, "Posted on April 22, 2026", HEADLINE, "", "[Barry-Alle]", label, "Barry Alleyne", "",
                      HEADLINE, "", *BODY, "", "Leave a Comment"]) + "\n"
    (article,) = read_source(write(tmp_path, "label.txt", text))
    assert (article.title, article.byline) == (HEADLINE, "Barry Alleyne")


@pytest.mark.parametrize("button", ["Social Share", "Editors Pick", "Editor's Pick"])
def test_a_button_or_a_sections_label_in_title_case_is_no_writer(tmp_path: Path, button: str) -> None:
    text = browser_copy(button, "Posted on April 22, 2026", HEADLINE, button)
    (article,) = read_source(write(tmp_path, "button.txt", text))
    assert (article.title, article.byline, article.published) == (HEADLINE, None, "2026-04-22")


def test_the_sites_name_over_the_headline_is_no_writer_for_its_disclaimer_under_the_article(tmp_path: Path) -> None:
    # The logo's text a few lines over the headline, and the site's disclaimer under the article starting with it:
    # no note on a writer, which says what they are ("Jane Doe is a reporter ...").
    disclaimer = "Courier Online is not responsible for the opinions, statements or media content presented by others."
    text = "\n".join([MENU, "Courier Online", "No Result", "View All Result", HEADLINE, "21 April 2026",
                      "in Business, PRESS RELEASE", *BODY, "GIS", disclaimer, "Copyright Courier Online"]) + "\n"
    (article,) = read_source(write(tmp_path, "release.txt", text))
    assert (article.title, article.byline, article.published) == (HEADLINE, None, "2026-04-21")
    assert disclaimer not in article.paragraphs


@pytest.mark.parametrize(("note", "byline"), [
    # A note on the writer under the article, in the words notes use, confirms the name by the headline.
    ("Mara Keel is the Northern Courier's energy correspondent.", "Mara Keel"),
    ("Mara Keel is not a lawyer, and nothing in this column is legal advice.", "Mara Keel"),
    ("Mara Keel was formerly head of planning at the harbour board.", "Mara Keel"),
    # The person an interview is with, named by the headline, is told of: no writer.
    ("Mara Keel has a new book out, The Wires, about the cables under the North Sea.", None),
])
def test_a_name_by_the_headline_and_a_note_under_the_article(tmp_path: Path, note: str, byline: str | None) -> None:
    text = browser_copy("Opinion", "Mara Keel", HEADLINE, "13 November 2026", tail=(note,))
    (article,) = read_source(write(tmp_path, "note.txt", text))
    assert (article.title, article.byline) == (HEADLINE, byline)


@pytest.mark.parametrize(("sign_off", "byline"), [
    ("(Reporting by Harriet Lindqvist in Eastmere; Editing by Tom Roe)", "Harriet Lindqvist"),
    ("(Reporting by Harriet Lindqvist. Editing by Tom Roe)", "Harriet Lindqvist"),
    ("(Writing by Harriet Lindqvist; Editing by Tom Roe)", "Harriet Lindqvist"),
    ("(Additional reporting by Tom Roe)", None),
    ("(Editing by Tom Roe)", None),
])
def test_a_wire_storys_sign_off_names_its_reporters_where_the_page_prints_no_byline(
        tmp_path: Path, sign_off: str, byline: str | None) -> None:
    text = browser_copy(HEADLINE, "November 13, 2026 / 10:31 PM", tail=(sign_off, "Our Standards: The Trust Principles"))
    (article,) = read_source(write(tmp_path, "wire.txt", text))
    assert (article.title, article.byline) == (HEADLINE, byline)


def test_a_wire_storys_sign_off_names_its_reporters_under_a_picture_over_its_date(tmp_path: Path) -> None:
    # The headline, the picture's title and its caption over the story's own date: that date is no other story's.
    text = browser_copy(HEADLINE, "Engineers inspect a turbine at an offshore wind farm off the Yorkshire coast",
                        "FILE PHOTO: Engineers inspect a turbine off the Yorkshire coast, "
                        "November 2, 2026. REUTERS/Tom Roe", "November 13, 2026",
                        tail=("(Reporting by Harriet Lindqvist; Editing by Tom Roe)",))
    (article,) = read_source(write(tmp_path, "wire.txt", text))
    assert (article.title, article.byline, article.published) == (HEADLINE, "Harriet Lindqvist", "2026-11-13")


def test_the_byline_over_a_wire_story_outranks_its_sign_off(tmp_path: Path) -> None:
    text = browser_copy(HEADLINE, "By Agnes Pike", "November 13, 2026",
                        tail=("(Reporting by Harriet Lindqvist; Editing by Tom Roe)",))
    (article,) = read_source(write(tmp_path, "wire.txt", text))
    assert article.byline == "Agnes Pike"


def test_the_next_storys_sign_off_names_none_of_this_ones_writers(tmp_path: Path) -> None:
    # Under the article the page prints the next story, its date, its paragraphs and its own sign-off.
    tail = ("Next article", "Ferry operator cuts winter sailings to the islands", "November 13, 2026 / 9:02 PM",
            "The island ferry operator will run two sailings a day instead of four from December, blaming fuel costs.",
            "Islanders said the cut would make it impossible to commute to the mainland for work.",
            "(Reporting by Tomasz Novak; Editing by Tom Roe)")
    text = browser_copy(HEADLINE, "November 13, 2026 / 10:31 PM", tail=tail)
    (article,) = read_source(write(tmp_path, "next.txt", text))
    assert article.byline is None


def test_a_pull_quotes_speaker_the_story_told_of_is_no_writer(tmp_path: Path) -> None:
    # No byline by the headline; under the paragraph naming her, her words pulled out and her name with her job.
    text = browser_copy(HEADLINE, "November 13, 2026").replace(
        BODY[3], "\n".join([BODY[3], "We have built the farms faster than we have built the wires.",
                            "Miriam Achterberg, trade body director and writer."]))
    (article,) = read_source(write(tmp_path, "quote.txt", text))
    assert (article.title, article.byline, article.published) == (HEADLINE, None, "2026-11-13")


def test_a_word_in_capitals_starting_with_by_names_no_writer(tmp_path: Path) -> None:
    # "BYOT" ("bring your own team"), a section's name in capitals over the headline: no "By" glued to a name.
    text = browser_copy("BYOT", HEADLINE, "13 November 2026")
    (article,) = read_source(write(tmp_path, "byot.txt", text))
    assert (article.title, article.byline, article.published) == (HEADLINE, None, "2026-11-13")



@pytest.mark.parametrize(("line", "byline"), [
    # An office's word is a surname among writers listed.
    ("By Aidan Murphy, Dara Engineer and Priya Raman", "Aidan Murphy, Dara Engineer and Priya Raman"),
    ("By Aidan Murphy, Priya Raman and Ana Vice", "Aidan Murphy, Priya Raman and Ana Vice"),
])
def test_writers_listed_keep_a_surname_that_names_an_office(tmp_path: Path, line: str, byline: str) -> None:
    (article,) = read_source(write(tmp_path, "list.txt", browser_copy(HEADLINE, line, "13 November 2026")))
    assert article.byline == byline


def test_the_writer_named_in_the_standfirst_over_her_byline_stays_the_writer(tmp_path: Path) -> None:
    standfirst = "Our political editor Harriet Lindqvist explains what the vote means for the council's budget."
    text = browser_copy("Accept", "Local", HEADLINE, standfirst, "Harriet Lindqvist", "Political Editor",
                        "13 November 2026")
    (article,) = read_source(write(tmp_path, "stand.txt", text))
    assert (article.title, article.byline) == (HEADLINE, "Harriet Lindqvist")


@pytest.mark.parametrize(("line", "byline"), [
    # An agency's name alone, the weekday on the line under it, the date under that.
    ("The Associated Press", "The Associated Press"),
    # Three writers and the outlet's bar: a list of names, however no "and" joins the last.
    ("Lena Okafor, Tomasz Novak, Priya Raman | NORTHERN COURIER", "Lena Okafor, Tomasz Novak, Priya Raman"),
    # The outlet's label run into the last writer's surname.
    ("Aidan Murphy and Priya RamanCourier News", "Aidan Murphy and Priya Raman"),
])
def test_a_byline_over_the_weekday_over_the_date(tmp_path: Path, line: str, byline: str) -> None:
    text = browser_copy(HEADLINE, " ", line, "Thursday", "Nov 13, 2026 at 3:44 AM Nov 13, 2026 at 3:54 AM")
    (article,) = read_source(write(tmp_path, "weekday.txt", text))
    assert (article.title, article.byline, article.published) == (HEADLINE, byline, "2026-11-13")


def test_writers_with_the_outlets_label_run_on_under_an_undated_headline(tmp_path: Path) -> None:
    # No date anywhere: the label glued to the surname marks the line as the byline, not the headline.
    text = browser_copy("NEWS", HEADLINE, "Aidan Murphy and Priya McGrathUSA TODAY Network")
    (article,) = read_source(write(tmp_path, "glued.txt", text))
    assert (article.title, article.byline) == (HEADLINE, "Aidan Murphy and Priya McGrath")


@pytest.mark.parametrize("line", ["By Priya RamanThe Northern Courier", "By Priya RamanNORTHERN COURIER"])
def test_one_writers_name_with_the_outlets_name_run_on(tmp_path: Path, line: str) -> None:
    # A copy runs the outlet's name, printed beside the writer's, into her surname after "By". Without "By" the line
    # may be a book's author and title run together ("Jane DoeThe Salt Road"), so it is left as it is.
    text = browser_copy(HEADLINE, line, "Thu, 13 November 2026 3:44PM")
    (article,) = read_source(write(tmp_path, "glued.txt", text))
    assert (article.title, article.byline, article.published) == (HEADLINE, "Priya Raman", "2026-11-13")


@pytest.mark.parametrize(("line", "byline"), [
    # A surname's own capital inside it is no outlet's label run on.
    ("Aidan Murphy and Tom MacDonald", "Aidan Murphy and Tom MacDonald"),
    # Two names before the bar: the second may be the writer's paper ("Jane Doe, Arizona Republic | USA TODAY").
    ("Aidan Murphy, Eastmere Republic | NORTHERN COURIER", "Aidan Murphy"),
])
def test_a_name_with_a_capital_inside_or_a_paper_after_it_is_read_as_before(tmp_path: Path, line: str,
                                                                            byline: str) -> None:
    (article,) = read_source(write(tmp_path, "names.txt", browser_copy(HEADLINE, line, "13 November 2026")))
    assert article.byline == byline


@pytest.mark.parametrize(("head", "byline"), [
    # The paper's credit for its own reporter, the date over it and the paper's name and the place under it.
    (("INDIA Updated: Nov 13, 2026 21:43 IST", "NC Correspondent", "Northern Courier, Eastmere"), "NC Correspondent"),
    (("Special Correspondent", "13 November 2026"), "Special Correspondent"),
    # Under a writer's name the same words are her job.
    (("Harriet Lindqvist", "NC Correspondent", "13 November 2026"), "Harriet Lindqvist"),
])
def test_a_papers_credit_for_its_own_reporter_is_the_byline(tmp_path: Path, head: tuple[str, ...],
                                                             byline: str) -> None:
    (article,) = read_source(write(tmp_path, "desk.txt", browser_copy(HEADLINE, *head)))
    assert (article.title, article.byline, article.published) == (HEADLINE, byline, "2026-11-13")


@pytest.mark.parametrize(("line", "byline"), [
    # A surname's particle with its own capital, or a brand's second capital, is no outlet's label run on.
    ("Lena Okafor and Marcus VanBuskirk Staff Writers", None),
    ("Lena Okafor and Tom Roe BuzzFeed News", None),
    ("Lena Okafor, Tom Roe and Ryan VanVelzer Staff", "Lena Okafor"),
    # Three names over a section's or a body's name are tags, no list of writers.
    ("Rosa Quintero, Hal Brennan, Dale Whitcomb | City Council", "Rosa Quintero"),
])
def test_names_before_a_label_that_is_no_outlet_are_read_as_before(tmp_path: Path, line: str,
                                                                   byline: str | None) -> None:
    (article,) = read_source(write(tmp_path, "names.txt", browser_copy(HEADLINE, line, "Nov. 17, 2026")))
    assert article.byline == byline


def test_a_schedules_weekday_over_its_date_stays_in_the_body(tmp_path: Path) -> None:
    schedule = ["Here is the schedule of the public meetings on the new farm:", "Monday", "Nov. 23, 2026, 6 p.m.",
                "Eastmere Public Library, Room B"]
    text = browser_copy(HEADLINE, "By Harriet Lindqvist", "13 November 2026").replace(
        BODY[2], "\n".join([*schedule, BODY[2]]))
    (article,) = read_source(write(tmp_path, "schedule.txt", text))
    assert "Monday" in article.paragraphs


def test_an_author_box_running_the_job_into_the_name_over_a_pictured_subject(tmp_path: Path) -> None:
    # Headline, standfirst, the logo's text, buttons, then "By" over the name run into the job, the date, and the lead
    # picture's caption naming the story's subject, of whom the story says "... was 17 when ...".
    subject = "Tomasz Novak"
    told = f"{subject} was 17 years old when he started work on the old pier at Eastmere, his family said."
    text = browser_copy(HEADLINE, "The farms came online a year early", "nc", "Bookmark", "Share", "News", "By",
                        "Harriet LindqvistLive and breaking news reporter", "10:04, 13 NOV 2026", "Bookmark",
                        subject).replace(BODY[2], "\n".join([told, BODY[2]]))
    (article,) = read_source(write(tmp_path, "box.txt", text))
    assert (article.title, article.byline, article.published) == (HEADLINE, "Harriet Lindqvist", "2026-11-13")


@pytest.mark.parametrize(("line", "byline"), [
    ("By Harriet LindqvistSenior Writer", "Harriet Lindqvist"),
    ("By Tom MacDonald Senior Writer", "Tom MacDonald"),
    ("By Tom McDonald Staff Writer", "Tom McDonald"),
])
def test_a_job_run_into_the_name_leaves_a_surnames_own_capital(tmp_path: Path, line: str, byline: str) -> None:
    (article,) = read_source(write(tmp_path, "job.txt", browser_copy(HEADLINE, line, "13 November 2026")))
    assert article.byline == byline


@pytest.mark.parametrize("line", ["Marie DuBois Staff Writer", "Kim TenBrink Labor Reporter"])
def test_a_surnames_short_first_part_is_no_name_run_into_a_job(tmp_path: Path, line: str) -> None:
    (article,) = read_source(write(tmp_path, "by.txt", browser_copy(HEADLINE, "By", line, "13 November 2026")))
    assert article.byline == line.rsplit(" ", 2)[0]


def test_a_note_on_the_writer_saying_what_she_was_names_her_where_no_by_line_stands(tmp_path: Path) -> None:
    # An obituary: the writer's name alone, the date, the picture of the woman it remembers; the writer's note in the body.
    note = "Harriet Lindqvist was a student in Lena Okafor's English class at Eastmere High School in 1989."
    text = browser_copy(HEADLINE, "Harriet Lindqvist", "13 November 2026", "Bookmark", "Lena Okafor").replace(
        BODY[3], "\n".join([BODY[3], note]))
    (article,) = read_source(write(tmp_path, "obituary.txt", text))
    assert article.byline == "Harriet Lindqvist"


def test_names_over_a_picture_credit_on_a_dated_page_are_no_byline(tmp_path: Path) -> None:
    text = browser_copy(HEADLINE, "Tomasz Novak and Priya Raman", "NORTHERN PRESS", "Harriet Lindqvist",
                        "13 November 2026")
    (article,) = read_source(write(tmp_path, "credit.txt", text))
    assert article.byline == "Harriet Lindqvist"


def test_share_buttons_named_after_their_network_over_the_headline_are_no_byline(tmp_path: Path) -> None:
    # "Facebook Share" reads as a first name and a surname; the writer's name is under the headline, over her office.
    text = "\n".join([
        *MENU.splitlines(), "November 13, 2026", "Facebook Share", "Twitter Share", "Linkedin Share", HEADLINE,
        "Priya Raman", "Senior Research Scientist", "", "\n\n".join(BODY),
    ]) + "\n"
    (article,) = read_source(write(tmp_path, "share.txt", text))
    assert (article.title, article.byline, article.published) == (HEADLINE, "Priya Raman", "2026-11-13")


@pytest.mark.parametrize(("head", "byline", "published"), [
    # A paper of a chain: the writer, a template's space before the comma, the paper, when it ran; a street's name
    # (the picture's place) right under the headline is no writer.
    ((HEADLINE, "South Quay Street",
      "Harriet Lindqvist , Eastmere Advertiser Published 7:36 p.m. CT Nov. 13, 2026 | Updated 23 hours ago"),
     "Harriet Lindqvist", "2026-11-13"),
    ((HEADLINE, "Harriet Lindqvist, EASTMERE TODAY Published 2:31 p.m. ET Nov. 13, 2026"),
     "Harriet Lindqvist", "2026-11-13"),
    # The section's name before "By", the date beside.
    ((HEADLINE, "Energy By Harriet Lindqvist | November 13, 2026 7:39 AM"), "Harriet Lindqvist", "2026-11-13"),
    # A note after the name, its linking word in capitals.
    ((HEADLINE, "November 13, 2026 By Harriet Lindqvist For news media"), "Harriet Lindqvist", "2026-11-13"),
    # The name again after the label's value, then the writer's section.
    ((HEADLINE, "Author: Harriet Lindqvist. Harriet Lindqvist Gear", "Date of Publication: 11.13.26"),
     "Harriet Lindqvist", None),
])
def test_bylines_with_a_paper_a_section_or_a_note_around_the_name(tmp_path: Path, head: tuple[str, ...], byline: str,
                                                                  published: str | None) -> None:
    (article,) = read_source(write(tmp_path, "chain.txt", browser_copy(*head)))
    assert article.byline == byline
    if published:
        assert article.published == published


@pytest.mark.parametrize("line", [
    "Driven By Ambition | November 2026",  # a title with "By" in it, a date beside
    "Driven by Jane Doe | November 2026",  # its section's word in small letters: a sentence's start
    "Harbour Road, Eastmere Published by the Harbour Trust in 2026",  # an address, then its publisher
    "Harriet Lindqvist, Eastmere Advertiser Published",  # no date after the note
    "North Quay, Eastmere Published 13 November 2026",  # a place, the comma as a sentence prints it
    "Photos By Tom Varga | 13 November 2026",  # someone else credited
    "Hosted By Tom Varga | 13 November 2026",
    "Sponsored By Harbour Bank | 13 November 2026",
])
def test_lines_that_only_look_like_a_sectioned_or_chained_byline_name_no_writer(line: str) -> None:
    assert byline_name(line) is None


@pytest.mark.parametrize(("line", "name"), [
    # The wire's initials start the writer's role: "AP Sports Writer".
    ("By HARRIET LINDQVIST AP Sports Writer", "Harriet Lindqvist"),
    ("By HARRIET LINDQVIST PA Political Correspondent", "Harriet Lindqvist"),
    # Three capitals, or two, may be the surname itself.
    ("By HARRIET ANN LEE Staff Writer", "Harriet Ann Lee"),
    ("By MARY GRACE NG Staff Writer", "Mary Grace Ng"),
    # A surname that is also a section's name.
    ("By Sarah Jane Gear", "Sarah Jane Gear"),
    ("Pictures By Tom Varga | Words By Harriet Lindqvist | 13 November 2026", "Harriet Lindqvist"),
])
def test_a_wires_initials_go_and_a_surname_like_initials_or_a_section_stays(line: str, name: str) -> None:
    assert byline_name(line) == name


@pytest.mark.parametrize(("credit", "byline"), [
    # The writer, the outlet they write for, then the date on the same line (the weekday run into the outlet).
    ("Harriet Lindqvist for Courier.co.ukFriday 13 Nov 2026 2:55 pm", "Harriet Lindqvist"),
    # A desk's one-word name is no writer, but the line still dates the story under its headline.
    ("EnergyDesk for Courier.co.uk Friday 13 Nov 2026 2:55 pm", None),
])
def test_a_writers_credit_for_the_outlet_then_the_date(tmp_path: Path, credit: str, byline: str | None) -> None:
    # A subtitle under the credit, a question, reads as a headline of its own.
    text = browser_copy("Follow us", "114.7m shares", HEADLINE, credit, "Will the cables come in time?",
                        "It looks like the grid will need new cables before the next farms come online...")
    (article,) = read_source(write(tmp_path, "credit.txt", text))
    assert (article.title, article.byline, article.published) == (HEADLINE, byline, "2026-11-13")


@pytest.mark.parametrize("line", ["Vote for Change 13 November 2026 rally", "Campaign Group for Clean Air 2026 Report"])
def test_a_title_with_for_and_a_date_names_no_writer(line: str) -> None:
    assert byline_name(line) is None


def test_a_label_over_the_writers_name_is_no_paragraph(tmp_path: Path) -> None:
    # "Author of the article:" over the name, under a one-line standfirst: a summary of two points, the label no text.
    text = browser_copy(HEADLINE, "Operators say a shortage of cables kept the new farms idle for most of the summer",
                        "Author of the article:", "Harriet Lindqvist",
                        "Published Nov 13, 2026  •  Last updated 2 days ago  •  3 minute read",
                        "Join the conversation")
    (article,) = read_source(write(tmp_path, "label.txt", text))
    assert (article.title, article.byline, article.published) == (HEADLINE, "Harriet Lindqvist", "2026-11-13")
    assert article.paragraphs == [
        "Operators say a shortage of cables kept the new farms idle for most of the summer", *BODY]


def test_a_writer_and_their_job_over_the_date_above_the_headline_are_no_headline(tmp_path: Path) -> None:
    # A tabloid's head: the section, the writer with a rank and a desk of capitalised words, the times glued
    # ("2026Updated"), then the headline; the writer's line is title-like but names the writer.
    head = ["News", "Harriet Lindqvist Deputy Cost Of Living Editor",
            "12:01, 13 Nov 2026Updated 12:30, 13 Nov 2026", HEADLINE]
    (article,) = read_source(write(tmp_path, "rank.txt", browser_copy(*head)))
    assert (article.title, article.byline, article.published) == (HEADLINE, "Harriet Lindqvist", "2026-11-13")
    assert article.paragraphs == BODY


def test_a_writer_with_a_rank_and_a_desk_under_the_breadcrumb_headline_and_standfirst(tmp_path: Path) -> None:
    # A tabloid's head: the breadcrumb a section a line, the headline, a standfirst with no full stop, the section
    # again, the writer with a rank and desk's words no job names, the times glued, then the bookmark and comments.
    head = ["News", "US News", "Crime", HEADLINE, "Operators say the new cables will take years to build", "News",
            "Harriet Lindqvist Deputy Audience Growth Lead", "12:01, 13 Nov 2026Updated 12:30, 13 Nov 2026",
            "Bookmark 1 Comments"]
    (article,) = read_source(write(tmp_path, "desk.txt", browser_copy(*head)))
    assert (article.title, article.byline, article.published) == (HEADLINE, "Harriet Lindqvist", "2026-11-13")
    assert article.paragraphs == BODY


@pytest.mark.parametrize(("line", "byline"), [
    ("Harriet Lindqvist and AAP", "Harriet Lindqvist and AAP"),
    ("HARRIET LINDQVIST AND AAP", "Harriet Lindqvist and AAP"),
    ("Harriet Lindqvist, Tomasz Novak and AAP", "Harriet Lindqvist, Tomasz Novak and AAP"),
    # A section's or a kicker's word in capitals is no wire: the line names no one.
    ("Harriet Lindqvist and NEWS", None),
    ("Harriet Lindqvist and LIVE", None),
])
def test_a_writer_and_a_wires_initials_over_the_date(tmp_path: Path, line: str, byline: str | None) -> None:
    # An Australian paper's head: the standfirst, the writer "and" the wire whose copy was worked in, the date.
    head = [HEADLINE, STANDFIRST, line, "November 13, 2026 - 3:45PM"]
    (article,) = read_source(write(tmp_path, "wire.txt", browser_copy(*head)))
    assert (article.title, article.byline, article.published) == (HEADLINE, byline, "2026-11-13")


@pytest.mark.parametrize(("head", "byline"), [
    # A list under "By", a name a line, the "and" or "&" ending the line before the last name.
    (("By", "Harriet Lindqvist &", "Tomasz Novak"), "Harriet Lindqvist & Tomasz Novak"),
    (("By", "Harriet Lindqvist,", "Tomasz Novak and", "Priya Raman"),
     "Harriet Lindqvist, Tomasz Novak and Priya Raman"),
    # ... a text browser's bullet before each.
    (("by", "• Harriet Lindqvist,", "• Tomasz Novak &", "• Priya Raman"),
     "Harriet Lindqvist, Tomasz Novak & Priya Raman"),
    # A paper's authors, each with the figures of their institutions glued on, a line each or all on one.
    (("by", "* Harriet Lindqvist1,", "* Tomasz Novak2,3 &", "* Priya Raman1"),
     "Harriet Lindqvist, Tomasz Novak & Priya Raman"),
    (("Harriet Lindqvist1, Tomasz Novak2,3 & Priya Raman1*",), "Harriet Lindqvist, Tomasz Novak & Priya Raman"),
    # ... lynx's caret before each superscript, the list cut short by a "show all" mark.
    (("by", "* Harriet Lindqvist^1,", "* Tomasz Novak", "* Priya Raman &", "* …"),
     "Harriet Lindqvist, Tomasz Novak, Priya Raman"),
    (("by", "* Harriet Lindqvist^1", "1. Harriet Lindqvist"), "Harriet Lindqvist"),
])
def test_a_list_of_writers_with_its_and_at_a_lines_end_or_figures_after_each(
        tmp_path: Path, head: tuple[str, ...], byline: str) -> None:
    (article,) = read_source(write(tmp_path, "list.txt", browser_copy(HEADLINE, *head, "13 November 2026")))
    assert (article.title, article.byline, article.published) == (HEADLINE, byline, "2026-11-13")
    assert article.paragraphs == BODY


def test_a_title_case_headline_ending_in_a_papers_word_is_no_writer_and_outlet(tmp_path: Path) -> None:
    headline = "Harbour Pilots Win Award For Local News"
    (article,) = read_source(write(tmp_path, "news.txt", browser_copy(headline, "By Harriet Lindqvist",
                                                                      "13 November 2026")))
    assert (article.title, article.byline) == (headline, "Harriet Lindqvist")


@pytest.mark.parametrize(("line", "name"), [
    ("Lena Okafor 1 year ago", "Lena Okafor"),
    ("Thando van Wyk 9 months ago", "Thando van Wyk"),
    ("Lena Okafor 3 weeks ago", "Lena Okafor"),
])
def test_the_time_since_ends_the_name_before_it(line: str, name: str) -> None:
    assert bare_name(line) == name


@pytest.mark.parametrize(("head", "byline"), [
    # A paper's credit for its own reporter, its name before the job, as "HT Correspondent" is.
    (("Lakeland Advertiser Reporter", "13 November 2026"), "Lakeland Advertiser Reporter"),
    # A first name that is a paper's word elsewhere ("Echo") is a name.
    (("Echo Zhang", "Staff Reporter", "13 November 2026"), "Echo Zhang"),
    (("Echo Zhang, Staff Reporter", "13 November 2026"), "Echo Zhang"),
])
def test_papers_words_in_a_credit_and_in_a_name(tmp_path: Path, head: tuple[str, ...], byline: str) -> None:
    (article,) = read_source(write(tmp_path, "credit.txt", browser_copy(HEADLINE, *head)))
    assert (article.title, article.byline) == (HEADLINE, byline)


def test_a_writer_with_the_time_since_over_a_short_article_with_comments_under_it(tmp_path: Path) -> None:
    # The writer's line prints how long ago, as each comment's does under the article: the article still reads.
    lines = [HEADLINE, "Harriet Lindqvist 4 months ago", *BODY[:2], "Comments", "Tomasz Novak 2 months ago",
             "About time someone said it.", "Priya Raman 1 year ago", "The council never listens to us."]
    (article,) = read_source(write(tmp_path, "comments.txt", "\n\n".join(lines) + "\n"))
    assert (article.title, article.byline) == (HEADLINE, "Harriet Lindqvist")
    assert article.paragraphs == BODY[:2]


@pytest.mark.parametrize(("line", "agency"), [
    ("By Reuters in Washington", "Reuters"),
    ("by AFP in New Delhi", "AFP"),
    # An outlet's word or a word in ordinary case before a place is no wire filing from it.
    ("By Harbour in New Delhi", None),
    ("By Rail in Patagonia", None),
    ("By Invitation in London", None),
])
def test_a_wire_filing_from_a_place(line: str, agency: str | None) -> None:
    assert wire_agency(line) == agency


@pytest.mark.parametrize("headline", ["Angela Morton Deputy Leader Race Opens", "Owen Price Assistant Manager Sacked"])
def test_a_title_case_headline_with_a_name_and_a_rank_over_the_byline_stays_the_headline(
        tmp_path: Path, headline: str) -> None:
    text = browser_copy(headline, "By Tom Fairweather", "4 February 2026")
    (article,) = read_source(write(tmp_path, "rank.txt", text))
    assert (article.title, article.byline) == (headline, "Tom Fairweather")
