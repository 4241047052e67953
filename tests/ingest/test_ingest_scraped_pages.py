"""Scraped pages in the shapes real copies take: one fixture per convention the importer reads.

The pages are our own (fictional prose); their layouts follow browser copies (one line per
menu item, paragraph or caption) and text-browser dumps (wrapped paragraphs, bullets,
IFRAME lines, buttons, image names and form fields).
"""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from reader.ingest import read_source

MENU = "\n".join(
    ["Skip to main content", "The Northern Courier", "Home", "News", "UK", "World", "Business",
     "Politics", "Tech", "Science", "Health", "Education", "Sport", "Football", "Cricket", "Tennis",
     "Culture", "Film", "Music", "Books", "Travel", "Opinion", "Letters", "Obituaries", "Weather",
     "Puzzles", "Podcasts", "Newsletters", "Subscribe", "Sign in", "Search",
     "We use cookies to improve your experience. By continuing you agree to our cookie policy.",
     "Accept all cookies", "Manage cookies", "Business", "Energy"]
)
BODY = [
    "Offshore wind farms in the North Sea produced more electricity than the country's gas "
    "plants for the first time over a full quarter, according to figures published by the "
    "grid operator on Thursday.",
    "Turbines supplied 38 percent of the power used between July and September, while gas "
    "plants supplied 31 percent, the operator said, as new farms off the Yorkshire and "
    "Northumberland coasts came online earlier than planned.",
    "Industry groups said the milestone showed that the investment of the past decade was "
    "paying off, but warned that the grid still lacked the cables it would need to carry "
    "the power to the cities where it is used.",
    "\"We have built the farms faster than we have built the wires,\" said Miriam Achterberg, "
    "who leads the trade body for the offshore industry. \"That is the bottleneck now.\"",
]
HEADLINE = "Wind beats gas for a whole quarter as new farms come online"


def write(tmp_path: Path, name: str, text: str) -> str:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def browser_copy(*head: str, tail: tuple[str, ...] = ()) -> str:
    """A select-all copy: menu one item per line, the head lines, the body, then a footer."""
    return "\n".join([MENU, *head, *BODY, *tail, "Most read", "Storm closes the coast road",
                      "Share", "Tweet", "© 2026 The Northern Courier. All rights reserved."]) + "\n"


def copy_with_lines_inside(*lines: str) -> str:
    """A browser copy with headline, byline and date, and `lines` between its second and third paragraphs."""
    return browser_copy(HEADLINE, "By Harriet Lindqvist", "13 November 2026").replace(
        BODY[2], "\n".join([*lines, BODY[2]]))


def test_headline_deep_under_a_menu_and_a_cookie_banner(tmp_path: Path) -> None:
    text = browser_copy(HEADLINE, "By Harriet Lindqvist", "Published 13 November 2026", "Share")
    (article,) = read_source(write(tmp_path, "wind.txt", text))
    assert article.title == HEADLINE
    assert article.byline == "Harriet Lindqvist"
    assert article.published == "2026-11-13"
    assert article.paragraphs == BODY
    assert article.source == "The Northern Courier"


def test_date_before_headline_and_a_byline_in_capitals(tmp_path: Path) -> None:
    # Wire services print the date, then the headline, then the names in capitals.
    text = browser_copy("Nov. 13, 2026 10:02 AM GMT", HEADLINE, "By TOMASZ NOVAK and INGRID HALVORSEN")
    (article,) = read_source(write(tmp_path, "wire.txt", text))
    assert (article.title, article.byline, article.published) == (
        HEADLINE, "Tomasz Novak and Ingrid Halvorsen", "2026-11-13")
    assert article.paragraphs == BODY


@pytest.mark.parametrize(
    ("head", "byline"),
    [
        (("Priya Raman", "@priyaraman", "13 November 2026"), "Priya Raman"),
        (("Lena Okafor, Energy correspondent", "13 November 2026"), "Lena Okafor"),
        (("Lena Okafor", "Energy correspondent", "Thu 13 Nov 2026 07.00 GMT"), "Lena Okafor"),
        (("By: Aidan Murphy | Published 13 November 2026",), "Aidan Murphy"),
        (("Aidan Murphy | Staff By Aidan Murphy | Staff", "on November 13, 2026 at 7:02 AM"),
         "Aidan Murphy"),
        (("Lena Okafor Political Correspondent", "13 November 2026 9:33pm"), "Lena Okafor"),
        (("Lena OkaforEnergy News Reporter", "13 November 2026 9:33pm"), "Lena Okafor"),
        (("Ian McDonald Senior Reporter", "13 November 2026 9:33pm"), "Ian McDonald"),
        (("By Aidan Murphy for The Northern Courier", "13 November 2026"), "Aidan Murphy"),
        (("By Aidan Murphy in Aberdeen", "13 November 2026"), "Aidan Murphy"),
        (("Lena deCasparis | Contributing Writer | 13 November 2026",), "Lena deCasparis"),
        (("By Priya RamanTwitter", "13 November 2026"), "Priya Raman"),
        (("Priya RamanTwitter", "Energy correspondent", "13 November 2026"), "Priya Raman"),
        (("Lena Okafor | Staff Writer | Thursday, 13 November 2026",), "Lena Okafor"),
        (("Lena Okafor", "07:02, 13 Nov 2026Updated 09:15, 13 Nov 2026"), "Lena Okafor"),
        # A company blog's writer with their office and the company's unit after.
        (("Posted by Aidan Murphy, Vice President, Northline Cloud", "13 November 2026"), "Aidan Murphy"),
        # "By" glued to the name, in capitals or in small letters.
        (("BYAidan Murphy", "13 November 2026"), "Aidan Murphy"),
        (("byAidan Murphy on November 13, 2026, 7:31 pm EDT",), "Aidan Murphy"),
        (("BYAIDAN MURPHY", "13 November 2026"), "Aidan Murphy"),
        (("ByAFP", "13 November 2026"), "AFP"),
        # A blog theme's line under the title: the date, the comments, the categories, then the writer.
        (("November 13, 2026/0 Comments/in Energy, Harbour News /by Aidan Murphy",), "Aidan Murphy"),
    ],
)
def test_byline_forms_without_by_with_titles_and_handles(
    tmp_path: Path, head: tuple[str, ...], byline: str
) -> None:
    (article,) = read_source(write(tmp_path, "byline.txt", browser_copy(HEADLINE, *head)))
    assert (article.title, article.byline, article.published) == (HEADLINE, byline, "2026-11-13")
    assert article.paragraphs == BODY


def test_byline_cut_off_at_the_end_of_the_copy(tmp_path: Path) -> None:
    text = "\n".join([MENU, HEADLINE, "13 November 2026", *BODY, "By Harriet Lindqvist ("]) + "\n"
    (article,) = read_source(write(tmp_path, "cut.txt", text))
    assert (article.title, article.byline) == (HEADLINE, "Harriet Lindqvist")
    assert article.paragraphs == BODY


@pytest.mark.parametrize(
    "credit",
    ["(Yonhap)", "(Kyodo)", "(ANSA)", "(EFE)", "(Xinhua)", "(Bernama)", "(PTI)", "(TASS)",
     "(Anadolu Agency)", "(File photo)", "(AP Photo/Kim Seo-yeon)", "Photo: Jane Doe/Staff",
     "Photograph: Ruth Amadi/Reuters", "Tomas Berg/SOPA Images/LightRocket via Getty Images"],
)
def test_captions_with_any_agency_credit_are_kept_apart_once(tmp_path: Path, credit: str) -> None:
    caption = f"Engineers inspect a turbine blade at the port of Blyth on Wednesday. {credit}"
    # Printed twice (once above the picture, once in the gallery), once without its credit.
    text = browser_copy(HEADLINE, "By Harriet Lindqvist", "13 November 2026",
                        "Engineers inspect a turbine blade at the port of Blyth on Wednesday.",
                        caption, caption)
    (article,) = read_source(write(tmp_path, "caption.txt", text))
    assert article.captions == [caption]
    assert article.paragraphs == BODY


def test_short_caption_above_a_credit_line_between_paragraphs(tmp_path: Path) -> None:
    body = [*BODY[:2], "Turbines off the Yorkshire coast", "Credit: Tomas Berg/Northern Courier", *BODY[2:]]
    text = "\n".join([MENU, HEADLINE, "By Harriet Lindqvist", "13 November 2026", *body]) + "\n"
    (article,) = read_source(write(tmp_path, "credit.txt", text))
    assert article.captions == ["Turbines off the Yorkshire coast Credit: Tomas Berg/Northern Courier"]
    assert article.paragraphs == BODY


def test_back_to_top_above_the_headline(tmp_path: Path) -> None:
    text = browser_copy("Back To Top", HEADLINE, "Harriet Lindqvist", "13 November 2026")
    (article,) = read_source(write(tmp_path, "top.txt", text))
    assert (article.title, article.byline, article.published) == (
        HEADLINE, "Harriet Lindqvist", "2026-11-13")


LYNX_DUMP = """   [logo] The Northern Courier

   IFRAME: https://ads.example/slot

     * Home
     * News
     * Business
     * Energy

   Search: ____________________ (BUTTON) Search

Wind beats gas for a whole quarter as new farms come online

   By Harriet Lindqvist
   13 November 2026

   [share-facebook] [share-x]

   Offshore wind farms in the North Sea produced more electricity than the country's gas
   plants for the first time over a full quarter, according to figures published by the
   grid operator on Thursday.

   Turbines supplied 38 percent of the power used between July and September, while gas
   plants supplied 31 percent, the operator said, as new farms off the Yorkshire and
   Northumberland coasts came online earlier than planned.
   Engineers inspect a turbine blade at the port of Blyth on Wednesday. (Kyodo)

   Industry groups said the milestone showed that the investment of the past decade was
   paying off, but warned that the grid still lacked the cables it would need to carry the
   power to the cities where it is used.

   "We have built the farms faster than we have built the wires," said Miriam Achterberg,
   who leads the trade body for the offshore industry. "That is the bottleneck now."

   Most read
     * Storm closes the coast road
     * Ferry fares to rise in spring

   (BUTTON) Back to top
   (c) 2026 The Northern Courier
"""


def test_text_browser_dump_with_its_marks_and_a_caption_glued_under_a_paragraph(tmp_path: Path) -> None:
    (article,) = read_source(write(tmp_path, "dump.txt", LYNX_DUMP))
    assert (article.title, article.byline, article.published) == (
        HEADLINE, "Harriet Lindqvist", "2026-11-13")
    assert article.captions == ["Engineers inspect a turbine blade at the port of Blyth on Wednesday. (Kyodo)"]
    assert article.paragraphs == BODY


def test_soft_hyphens_are_gone_so_entities_and_search_see_whole_words(tmp_path: Path) -> None:
    text = "Netan\u00adyahu meets Achter\u00adberg in The Hague\n\n" + BODY[0].replace(
        "operator", "oper\u00adator") + "\n"
    (article,) = read_source(write(tmp_path, "soft.txt", text))
    assert article.title == "Netanyahu meets Achterberg in The Hague"
    assert article.paragraphs == [BODY[0]]


def test_a_dumps_modifier_letter_apostrophes_read_as_apostrophes(tmp_path: Path) -> None:
    # lynx prints the entity &apos; as U+02BC, a letter: "countryʼs" would be one unknown word.
    dump = LYNX_DUMP.replace("country's", "country\u02bcs").replace("Wind beats gas", "Wind\u02bcs win: beats gas")
    (article,) = read_source(write(tmp_path, "apos.txt", dump))
    assert article.title == "Wind\u2019s win: " + HEADLINE.replace("Wind ", "")
    assert article.paragraphs[0] == BODY[0].replace("country's", "country\u2019s")


def test_a_button_copied_with_the_headline_and_by_on_a_line_of_its_own(tmp_path: Path) -> None:
    text = browser_copy(f"{HEADLINE} Add to ...", "Print Email Comments", "By:", "Harriet Lindqvist",
                        "Published: November 13, 2026 7:02 am")
    (article,) = read_source(write(tmp_path, "button.txt", text))
    assert (article.title, article.byline, article.published) == (
        HEADLINE, "Harriet Lindqvist", "2026-11-13")
    assert article.paragraphs == BODY


def test_html_page_loses_share_lines_teaser_captions_and_what_trails_the_author(tmp_path: Path) -> None:
    paragraphs = "".join(f"<p>{p}</p><p>Share on Twitter</p>" for p in BODY)
    page = (
        '<html><head><meta name="author" content="Harriet Lindqvist Editor View Profile » Follow RSS">'
        f"<title>{HEADLINE}</title></head><body><article><h1>{HEADLINE}</h1>"
        "<figure><img src='a.jpg'><figcaption>Engineers inspect a turbine blade at the port of Blyth "
        "on Wednesday. (Kyodo)</figcaption></figure>"
        f"{paragraphs}<p>Continue reading the main story</p>"
        "<aside><figure><img src='b.jpg'><figcaption>Storm closes the coast road for a third day"
        "</figcaption></figure></aside></article></body></html>"
    )
    (article,) = read_source(write(tmp_path, "wind.html", page))
    assert article.byline == "Harriet Lindqvist"
    assert article.paragraphs == BODY
    assert article.captions == ["Engineers inspect a turbine blade at the port of Blyth on Wednesday. (Kyodo)"]


def test_what_follows_the_article_is_left_out(tmp_path: Path) -> None:
    tail = ("Video: Storm closes the coast road for a third day",
            "Lindqvist is the Courier's energy correspondent. Follow her on Twitter.",
            "24 comments", "Leave a comment",
            "I have lived by the coast for forty years and the turbines have changed the view completely, "
            "but I would rather look at them than at a power station.",
            "Reply")
    text = browser_copy(HEADLINE, "By Harriet Lindqvist", "13 November 2026", tail=tail)
    (article,) = read_source(write(tmp_path, "tail.txt", text))
    assert article.paragraphs == BODY


@pytest.mark.parametrize("heading", ["Readers' Comments (312)", "Show the first 20 comments", "1,204 312 Comments",
                                     "[ 312 comments ]", "Top Rated Comments"])
def test_a_comment_section_named_for_its_readers_ends_the_body(tmp_path: Path, heading: str) -> None:
    # The count sits in a share bar above ("312 Comments" between buttons): the section's own heading ends it.
    comments = ("I have lived by the coast for forty years and the turbines have changed the view completely, "
                "but I would rather look at them than at a power station on the headland.",
                "Reply #1", "Nov. 13, 2026 - 8:14 AM GMT",
                "The grid was never built for this much power coming in from the sea, and nobody in the "
                "council seems to have asked who will pay to strengthen it before the next farms open.")
    tail = ("»", "312 Comments", "RSS", "Print", "More from the Courier", heading, "Sorted by newest first",
            "Dunlin42", *comments)
    text = browser_copy(HEADLINE, "By Harriet Lindqvist", "13 November 2026", tail=tail)
    (article,) = read_source(write(tmp_path, "readers.txt", text))
    assert article.paragraphs == BODY


def test_a_dumps_list_of_other_stories_ends_the_body_even_without_a_heading(tmp_path: Path) -> None:
    teasers = "\n".join(f"     * {title}" for title in (
        "Is it fair to charge drivers for the coast road?", "Why are ferry fares rising again?",
        "Who will pay for the new harbour wall?", "Can the town keep its last cinema open?"))
    dump = LYNX_DUMP.replace("   Most read\n     * Storm closes the coast road\n     * Ferry fares to rise in spring\n",
                             teasers + "\n")
    (article,) = read_source(write(tmp_path, "teasers.txt", dump))
    assert article.paragraphs == BODY


def test_a_dump_with_a_line_too_long_to_wrap_still_joins_its_wrapped_paragraphs(tmp_path: Path) -> None:
    # Text browsers cannot break a long address or a line of code, so one line runs past the width.
    address = "   https://www.northern-courier.example/energy/" + "wind-beats-gas-for-a-whole-quarter-" * 5
    dump = LYNX_DUMP.replace("   (BUTTON) Back to top\n", f"{address}\n   (BUTTON) Back to top\n")
    (article,) = read_source(write(tmp_path, "long-line.txt", dump))
    assert article.title == HEADLINE
    assert article.paragraphs == BODY


def test_a_wrapped_line_starting_with_responses_does_not_end_the_body(tmp_path: Path) -> None:
    # A line break inside a paragraph can leave "responses. ..." at the start of a line.
    broken = ["The council said it had received more than four hundred written",
              "responses. Most were in favour."]
    text = copy_with_lines_inside(*broken)
    (article,) = read_source(write(tmp_path, "responses.txt", text))
    assert article.paragraphs == [*BODY[:2], *broken, *BODY[2:]]


def test_a_comments_button_in_a_share_bar_inside_the_article_does_not_end_it(tmp_path: Path) -> None:
    bar = "\n".join(["Facebook", "Twitter", "Comments", "Print", "Email"])
    text = copy_with_lines_inside(bar)
    (article,) = read_source(write(tmp_path, "share-bar.txt", text))
    assert article.paragraphs == BODY


def test_a_long_rights_notice_above_the_headline_is_no_part_of_the_article(tmp_path: Path) -> None:
    notice = ("This material may not be published, broadcast, rewritten or passed on in any form without "
              "the written permission of the publisher, who keeps every right in it. © 2026 The Northern "
              "Courier Ltd. All rights reserved. Prices and quotes are delayed by at least fifteen minutes.")
    text = browser_copy(notice, "Facebook", "Twitter", "Energy", HEADLINE, "By Harriet Lindqvist",
                        "13 November 2026")
    (article,) = read_source(write(tmp_path, "notice.txt", text))
    assert (article.title, article.byline) == (HEADLINE, "Harriet Lindqvist")
    assert article.paragraphs == BODY


def test_a_rights_notice_saying_no_part_may_be_reproduced_is_no_part_of_the_article(tmp_path: Path) -> None:
    # Under the article, with the story's citation above it: the notice reads like a paragraph, yet it is
    # the site's, and the body does not run on through it.
    notice = ("This page is protected by the law of the land. Apart from fair dealing for study or review, "
              "no part may be reproduced without the written permission of the Courier's editors.")
    text = browser_copy(HEADLINE, "By Harriet Lindqvist", "13 November 2026", tail=(notice,))
    (article,) = read_source(write(tmp_path, "notice.txt", text))
    assert article.paragraphs == BODY


def test_a_long_footer_crediting_data_sources_ends_the_article_above_the_sponsors_links(tmp_path: Path) -> None:
    # Sponsors' headlines under the article, then the footer: several sources, each reserving its rights.
    sponsors = ("Paid Partner", "These are the three best savings accounts in your town",
                "Compare harbour mortgages in five minutes", "Why everyone is moving their pension this year")
    footer = ("Tide tables are supplied by the Harbour Authority and are shown for guidance only; times are local. "
              "Share prices are delayed by at least fifteen minutes, except where marked. Weather data: "
              "© 2026 Coastal Forecasts Ltd. All rights reserved. Shipping data: Kestrel Marine Systems 2026. "
              "All rights reserved. Fuel prices: Northern Fuel Watch, all rights reserved. Nothing on this page "
              "is advice to buy or sell anything, and the Courier takes no responsibility for the figures above.")
    text = browser_copy(HEADLINE, "By Harriet Lindqvist", "13 November 2026", tail=(*sponsors, footer))
    (article,) = read_source(write(tmp_path, "footer.txt", text))
    assert article.paragraphs == BODY


CONSENT_PANEL = [
    "Privacy preference centre",
    "When you visit any website, it may store or retrieve information on your browser, mostly in the form "
    "of cookies. This information might be about you, your preferences or your device and is mostly used to "
    "make the site work as you expect it to. The information does not usually directly identify you, but it "
    "can give you a more personalised web experience. Because we respect your right to privacy, you can "
    "choose not to allow some types of cookies.",
    "Strictly necessary cookies",
    "These cookies are needed for the website to work and cannot be switched off in our systems. They are "
    "usually only set in answer to things you do that amount to a request for services, such as setting "
    "your privacy preferences, logging in or filling in forms. You can set your browser to block or alert "
    "you about these cookies, but some parts of the site will then not work.",
    "Sale of personal data",
    "Under the laws of some states you have the right to opt out of the sale of your personal information "
    "to third parties. You can use this switch to opt out. If you do, we will not be able to show you "
    "advertising that is chosen for you, and you may see more advertising that is less relevant to you, "
    "as the partners we work with will no longer receive the details they use for it.",
    "Confirm my choices",
]


def test_a_cookie_consent_panel_copied_with_the_page_is_no_article(tmp_path: Path) -> None:
    text = browser_copy(HEADLINE, "By Harriet Lindqvist", "13 November 2026", tail=tuple(CONSENT_PANEL))
    (article,) = read_source(write(tmp_path, "consent.txt", text))
    assert article.title == HEADLINE
    assert article.paragraphs == BODY


def test_teasers_a_dump_prints_twice_picture_text_then_headline_are_left_out(tmp_path: Path) -> None:
    teasers = "\n".join(f"   {title} {title}{mark}\n" for title, mark in (
        ("Harbour wall repairs to last all summer", ""),
        ("The fishing fleet that went electric", " [gallery]"),
        ("Why the ferry timetable changed again", "")))
    dump = LYNX_DUMP.replace("   Most read\n     * Storm closes the coast road\n     * Ferry fares to rise in spring\n",
                             teasers)
    (article,) = read_source(write(tmp_path, "doubled.txt", dump))
    assert article.paragraphs == BODY


STANDFIRST = ("Turbines out at sea supplied more of the country's power than gas plants did between July "
              "and September")


def test_a_headline_above_its_standfirst_and_byline_is_the_headline(tmp_path: Path) -> None:
    # Headline, standfirst, byline: the standfirst sits next to the byline, the headline above it.
    text = browser_copy("Published November 13, 2026 7:02am GMT", HEADLINE, STANDFIRST,
                        "By Harriet Lindqvist | The Northern Courier", "Facebook", "Twitter", "Print")
    (article,) = read_source(write(tmp_path, "standfirst.txt", text))
    assert (article.title, article.byline) == (HEADLINE, "Harriet Lindqvist")
    assert article.paragraphs == BODY


def test_a_headline_starting_with_a_number(tmp_path: Path) -> None:
    headline = "38% of the quarter's power came from wind. Here's why gas fell behind, grid says"
    text = browser_copy("Search quotes, news & videos", "SIGN IN", headline, "Harriet Lindqvist",
                        "@hlindqvist", "KEY POINTS")
    (article,) = read_source(write(tmp_path, "number.txt", text))
    assert (article.title, article.byline) == (headline, "Harriet Lindqvist")
    assert article.paragraphs == BODY


def test_a_bare_name_with_the_time_since_publication(tmp_path: Path) -> None:
    text = browser_copy(HEADLINE, "Priya Raman 7 hours")
    (article,) = read_source(write(tmp_path, "hours.txt", text))
    assert (article.title, article.byline) == (HEADLINE, "Priya Raman")
    assert article.paragraphs == BODY


def test_a_published_line_whose_date_does_not_read_is_no_headline(tmp_path: Path) -> None:
    # The year glued to the time: "2026" + "7:02" reads as no date, and the line is still no headline.
    headline = "Turbines overtake the old power stations for a season"  # no word shared with the lede
    text = browser_copy("Search quotes, news & videos", headline, "PUBLISHED THU, NOV 13 20267:02 AM EST",
                        "Priya Raman", "@PRIYARAMAN", "WATCH LIVE")
    (article,) = read_source(write(tmp_path, "published.txt", text))
    assert (article.title, article.byline) == (headline, "Priya Raman")
    assert article.paragraphs == BODY


TEASER_CARDS = (
    ("Harbour town named the sunniest spot on the coast this year", "Weather",
     "Residents of the small harbour town were told on Monday that it had more hours of sunshine than "
     "anywhere else along the coast, beating the resorts to the south for the first time in a decade"),
    ("Ferry company to add a late crossing on summer weekends", "Ferries",
     "The company said the extra sailing would leave the mainland at eleven at night and would run from "
     "the start of June until the end of the school holidays, if enough tickets are sold"),
    ("Lighthouse keeper's cottage goes up for sale for the first time", "Property",
     "The cottage, which has stood empty since the light was automated, has three bedrooms and a garden "
     "that runs down to the rocks, and the estate agent expects a lot of interest from buyers"),
    ("Coastal path reopens after winter storms washed part of it away", "Walking",
     "Volunteers spent six weeks rebuilding the steps above the bay, and the council said that the whole "
     "route would be open again in time for the spring walking festival next month"),
)


def test_cards_of_other_stories_after_the_article_are_left_out(tmp_path: Path) -> None:
    # Headline, topic tag, summary, again and again: the summaries read like prose but are other stories.
    cards = tuple(line for card in TEASER_CARDS for line in card)
    text = browser_copy(HEADLINE, "By Harriet Lindqvist", "13 November 2026",
                        tail=("Most Read", "Most Recent", *cards))
    (article,) = read_source(write(tmp_path, "cards.txt", text))
    assert article.paragraphs == BODY


def test_a_long_authors_note_under_the_article_by_first_name_is_left_out(tmp_path: Path) -> None:
    note = ("Harriet is a contributing writer who has covered energy and the sea for twenty years, first for "
            "a trade weekly in Aberdeen and then for the Courier, where she writes about the offshore industry, "
            "the ports and the people who work in them. She has reported from oil platforms, wind farms and "
            "fishing boats, and her book on the history of the North Sea gas fields came out last spring. "
            "She lives on the coast with two dogs and a boat that rarely leaves the harbour.")
    text = browser_copy(HEADLINE, "By Harriet Lindqvist", "13 November 2026", tail=(note,))
    (article,) = read_source(write(tmp_path, "note.txt", text))
    assert article.paragraphs == BODY


def test_a_long_consent_paragraph_in_a_dump_is_no_article(tmp_path: Path) -> None:
    consent = [
        "When you visit our website, we store cookies on your browser to collect information. What we "
        "collect might be about you, the choices you make or the device you read on, and mostly serves to "
        "make the site work the way you expect. It does not usually identify you directly, but it can make "
        "your visit feel more personal. You can choose not to allow some kinds of cookies: open each "
        "heading to find out more and to change our default settings. Blocking some of them may change how "
        "the site works for you and which of our services we can still offer, so please read each heading "
        "before you decide, and remember that you can come back and change your mind at any time you like, "
        "from the link at the foot of every page of the site.",
        "Please note that opting out may not mean that you stop seeing advertisements altogether. If you "
        "opt out here but not from interest-based advertising in general, you may still see adverts chosen "
        "for you by our partners on other sites and in apps, and we cannot change what they show you there.",
    ]
    wrapped = "\n\n".join(textwrap.fill(p, width=88, initial_indent="   ", subsequent_indent="   ")
                          for p in consent)
    dump = LYNX_DUMP.replace("   (BUTTON) Back to top\n", f"{wrapped}\n\n   (BUTTON) Back to top\n")
    (article,) = read_source(write(tmp_path, "consent-dump.txt", dump))
    assert article.paragraphs == BODY


def test_image_addresses_a_dump_prints_in_brackets_are_no_text(tmp_path: Path) -> None:
    image = "[6537e5e9356802a56be23286?width=600&format=jpeg&auto=webp]"
    dump = LYNX_DUMP.replace("grid operator on Thursday.\n", f"grid operator on Thursday. {image}\n").replace(
        "   [share-facebook] [share-x]\n", f"   {image}\n")
    (article,) = read_source(write(tmp_path, "images.txt", dump))
    assert article.paragraphs == BODY


def test_image_names_w3m_prints_in_brackets_inside_a_line_are_no_text(tmp_path: Path) -> None:
    # w3m names an image without alt text by its file's slug or its id, glued to the text around it.
    dump = LYNX_DUMP.replace("grid operator on Thursday.\n", "grid operator on Thursday. [7f3e21ab90]\n").replace(
        "   Industry groups said", "   [north-sea-turbines-quarter-chart]Industry groups said")
    (article,) = read_source(write(tmp_path, "w3m-images.txt", dump))
    assert article.paragraphs == BODY


def test_an_image_address_a_dump_wraps_onto_the_next_line_is_no_text(tmp_path: Path) -> None:
    # The address did not fit on the date's line: its end went down, so the joined line holds a space in it.
    first = "   13 November 2026, 7:02 a.m. [turbines-at-dusk-e1682616509111.jpg?auto=compress%2Cforma"
    assert len(first) + len(" t&amp;q=90]") > 89  # wider than the dump's lines
    dump = LYNX_DUMP.replace("   13 November 2026\n", f"{first}\n   t&amp;q=90]\n")
    (article,) = read_source(write(tmp_path, "wrapped-image.txt", dump))
    assert (article.byline, article.published) == ("Harriet Lindqvist", "2026-11-13")
    assert article.paragraphs == BODY


def test_words_in_brackets_inside_a_quotation_stay(tmp_path: Path) -> None:
    quote = '"They [the operators] have built the wires too slowly," she said. "That [bottleneck] is well-known."'
    (article,) = read_source(write(tmp_path, "brackets.txt", copy_with_lines_inside(quote)))
    assert quote in article.paragraphs


def test_a_dump_with_a_block_of_code_wider_than_its_paragraphs_still_joins_them(tmp_path: Path) -> None:
    # Preformatted lines keep their own width; the paragraphs are wrapped where most lines end.
    code = "\n".join(f"   turbine_output[{i}] = read_meter(station='north-sea-{i}', window='quarter', "
                     f"unit='MWh'){' ' * i}  # q" for i in range(6))
    dump = LYNX_DUMP.replace("   (BUTTON) Back to top\n", f"{code}\n\n   (BUTTON) Back to top\n")
    (article,) = read_source(write(tmp_path, "code.txt", dump))
    assert article.paragraphs == BODY


def test_a_dump_line_ending_short_of_the_width_mid_sentence_joins_the_next(tmp_path: Path) -> None:
    # Text browsers also break early (before a link, a long word): the sentence goes on in lower case.
    dump = LYNX_DUMP.replace(
        "   Industry groups said the milestone showed that the investment of the past decade was\n"
        "   paying off, but warned",
        "   Industry groups said the milestone showed that the investment of the past decade\n"
        "   was paying off, but warned")
    (article,) = read_source(write(tmp_path, "early.txt", dump))
    assert article.paragraphs == BODY


def test_a_caption_printed_again_with_its_credit_is_no_headline(tmp_path: Path) -> None:
    caption = "Offshore wind farms in the North Sea, seen from a survey boat at dusk"  # words of the lede
    text = browser_copy(HEADLINE, STANDFIRST + ".", "northerncourier", "Bookmark", "Comments", "Energy",
                        "Harbour", "By", "Harriet Lindqvist", "Energy Reporter", "07:02, 13 NOV 2026",
                        "Bookmark", caption, f"{caption} (Image: Kyodo via Getty Images)")
    (article,) = read_source(write(tmp_path, "caption-twice.txt", text))
    assert (article.title, article.byline) == (HEADLINE, "Harriet Lindqvist")
    assert article.captions == [f"{caption} (Image: Kyodo via Getty Images)"]
    assert article.paragraphs == [STANDFIRST + ".", *BODY]  # the standfirst leads the text


def test_sign_up_terms_and_appeals_for_support_are_no_article(tmp_path: Path) -> None:
    prompts = ("By signing up, you confirm that you are over sixteen and agree to receive occasional offers "
               "from us and from the partners who keep the paper going.",
               "Enjoyed this story? Support our independent journalism by becoming a member of the Courier today.",
               "Please consider donating to the Courier: your gift helps us keep reporters on the coast.")
    text = browser_copy(HEADLINE, "By Harriet Lindqvist", "13 November 2026", tail=prompts)
    (article,) = read_source(write(tmp_path, "prompts.txt", text))
    assert article.paragraphs == BODY


def test_a_long_appeal_for_members_under_the_article_is_no_article(tmp_path: Path) -> None:
    # Over a thousand characters of argument, then the price and the button glued on; a dump may cut it in two.
    argument = " ".join([
        "Before you close this page, think for a moment about who else would have told you this story.",
        "Who would sit through the harbour board's meetings, read its accounts line by line and ask where",
        "the money for the new breakwater went? Reporting like this takes weeks, and it is neither quick",
        "nor cheap to do. The Courier carries no advertising and no owner pays our bills: we depend on",
        "readers like you, eleven thousand of them so far, who chip in every month."] * 2)
    plea = "You can join them for as little as $4 a month. That is all it takes to keep our journalism going.Join Us"
    text = browser_copy(HEADLINE, "By Harriet Lindqvist", "13 November 2026", tail=(f"{argument} {plea}",))
    (article,) = read_source(write(tmp_path, "appeal.txt", text))
    assert article.paragraphs == BODY
    parted = ("Before you close this page, think about who else would have told you this story. Reporting like "
              "this takes weeks, and we depend on readers like you. Become a sustaining member today.")
    text = browser_copy(HEADLINE, "By Harriet Lindqvist", "13 November 2026", tail=(parted, plea))
    (article,) = read_source(write(tmp_path, "appeal-parted.txt", text))
    assert article.paragraphs == BODY


def test_a_sentence_with_by_and_a_title_inside_stays_in_the_body(tmp_path: Path) -> None:
    sentence = ("Mrs Achterberg had not, Mr Lindqvist added, been impressed by the plans drawn up by "
                "Mr Joseph's department.")
    text = copy_with_lines_inside(sentence)
    (article,) = read_source(write(tmp_path, "inner-by.txt", text))
    assert article.paragraphs == [*BODY[:2], sentence, *BODY[2:]]


def test_a_share_box_copying_the_headline_and_summary_over_the_article(tmp_path: Path) -> None:
    # The box prints the headline, the summary and its messages; the article prints its headline again
    # under them, with the byline and a picture's caption: the body starts under the second headline,
    # and the byline's line is no paragraph.
    summary = ("Offshore wind farms produced more electricity than the gas plants over a whole quarter, and the "
               "operator said the new farms had come online earlier than planned.")
    box = ("Share This Story!", "Let friends in your social network know what you are reading about",
           HEADLINE, summary, "Post to Facebook", "CancelSend", "Sent!",
           "A link has been sent to your friend's email address.", "Posted!",
           "A link has been posted to your Facebook feed.")
    text = browser_copy(*box, HEADLINE, "Harriet Lindqvist, Special for NORTHERN COURIER 6:29 p.m. GMT "
                        "November 13, 2026", "Turbines off the coast of Blyth.(Photo: Tomasz Nowak)")
    (article,) = read_source(write(tmp_path, "share-box.txt", text))
    assert article.title == HEADLINE
    assert (article.byline, article.published) == ("Harriet Lindqvist", "2026-11-13")
    assert article.paragraphs == BODY
