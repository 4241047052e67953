"""The head of a modern news page as copies and dumps print it: what stands around the headline and the byline.

Our own pages, in the shapes real copies take: a bar of links right over a headline, a caption under its
label, a template's placeholder, a dump's numbered breadcrumb, a desk signing the story.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from test_ingest_scraped_pages import BODY, HEADLINE, browser_copy, write

from reader.ingest import read_source
from reader.ingest.chrome import is_chrome
from reader.ingest.headline import looks_like_title

# A headline sharing no word with the lede: a line near the byline may look more like it.
OWN_WORDS = "The engineers who waited a decade for this moment"
# A headline in sentence case, as long as a standfirst: a line of links above it may look like its headline.
LONG_HEADLINE = "Harbour board raises $40 million to rebuild the northern breakwater before winter"


@pytest.mark.parametrize("links", ["Subscribe Events Video Special Reports Jobs", "Videos Sign In Sign Out Subscribe"])
def test_a_bar_of_links_over_a_long_headline_is_no_headline(tmp_path: Path, links: str) -> None:
    text = browser_copy(links, LONG_HEADLINE, "Jane Ostrander@jostrander", "November 13, 2026 4:30 AM")
    (article,) = read_source(write(tmp_path, "bar.txt", text))
    assert (article.title, article.byline) == (LONG_HEADLINE, "Jane Ostrander")


@pytest.mark.parametrize("desk", ["Eastmere Media News Desk", "Northern Business News Correspondent"])
def test_a_desk_under_by_alone_signs_the_story(tmp_path: Path, desk: str) -> None:
    text = browser_copy(HEADLINE, "By", desk, "Published", "November 13, 2026")
    (article,) = read_source(write(tmp_path, "desk.txt", text))
    assert (article.title, article.byline) == (HEADLINE, desk)
    assert article.paragraphs == BODY


def test_a_headline_starting_with_a_products_name_in_small_letters(tmp_path: Path) -> None:
    headline = "iPhone app shows offshore wind farms beating gas plants for a full quarter"
    text = browser_copy("Filed under:", "Apple", "Tech", headline, "New, 12 comments",
                        "By Jane Ostrander Nov 13, 2026, 4:22am EST")
    (article,) = read_source(write(tmp_path, "product.txt", text))
    assert (article.title, article.byline) == (headline, "Jane Ostrander")


@pytest.mark.parametrize("picture", [("SOUTHWIND PRESS",), ("Tom Varga Image source, Southwind Press",)])
def test_a_caption_under_its_label_over_the_byline_is_no_headline(tmp_path: Path, picture: tuple[str, ...]) -> None:
    # A browser copy prints the picture's credit on its own line; a dump glues it to the picture's text.
    text = browser_copy(OWN_WORDS, "Published", "13 November 2026", "Share", *picture, "Image caption,",
                        "Mr Varga says he wanted to build something he would use every day",
                        "By Jane Ostrander", "Business reporter, Northern Courier")
    (article,) = read_source(write(tmp_path, "caption.txt", text))
    assert (article.title, article.byline) == (OWN_WORDS, "Jane Ostrander")


def test_a_templates_placeholder_over_the_byline_is_no_headline(tmp_path: Path) -> None:
    text = browser_copy(OWN_WORDS, "<?CMS-placeholderText [Standfirst goes here] ?>",
                        "By Jane Ostrander Northern Courier ,November 13, 2026, 2:58 p.m.")
    (article,) = read_source(write(tmp_path, "placeholder.txt", text))
    assert article.title == OWN_WORDS


def test_a_dumps_numbered_breadcrumb_ending_in_the_headline_keeps_no_number(tmp_path: Path) -> None:
    # w3m numbers an ordered list's items: the breadcrumb's last item is the headline, over the byline;
    # the headline's own copy stands lower, under the share buttons.
    text = browser_copy(" 1. Home", " 2. Energy", f" 3. {OWN_WORDS}", "by Jane Ostrander", "Contributing writer",
                        "Share", "Tweet", "Email", OWN_WORDS, "Nov 13, 20265 mins", "EnergyWind PowerOffshore")
    (article,) = read_source(write(tmp_path, "breadcrumb.txt", text))
    assert article.title == OWN_WORDS


@pytest.mark.parametrize("glue", [" ", ""])
def test_a_headline_printed_twice_on_its_line_is_kept_once(tmp_path: Path, glue: str) -> None:
    # A dump prints a picture's text, the headline again, beside the headline's link.
    text = browser_copy("Luxury Travel", f"{HEADLINE}{glue}{HEADLINE}",
                        "Jane Ostrander travels north to see the wind farms for herself.")
    (article,) = read_source(write(tmp_path, "twice.txt", text))
    assert article.title == HEADLINE


def test_a_blogs_footer_names_the_writer_by_handle(tmp_path: Path) -> None:
    text = browser_copy("Harbour notes", "Saturday, November 13, 2026", HEADLINE,
                        tail=("Posted by jostrander at 8:38 pm", "Email This", "Older Post Home"))
    (article,) = read_source(write(tmp_path, "blog.txt", text))
    assert (article.title, article.byline) == (HEADLINE, "jostrander")


def test_a_name_then_the_date_in_figures_with_dots_is_the_byline(tmp_path: Path) -> None:
    # Under the standfirst, the byline's line is no paragraph.
    standfirst = ("The grid operator says offshore farms outproduced gas plants for three months, and that the "
                  "cables are the bottleneck now.")
    text = browser_copy("5 minute read", "Energy", HEADLINE, standfirst, "[Photo: Northern Courier]",
                        "Jane Ostrander 11.13.26 5:42 AM")
    (article,) = read_source(write(tmp_path, "dots.txt", text))
    assert (article.title, article.byline) == (HEADLINE, "Jane Ostrander")
    assert article.paragraphs == [standfirst, *BODY]


def test_writers_each_under_their_pictures_text_are_all_kept(tmp_path: Path) -> None:
    # A dump prints each writer's picture by its text, the name and handle glued under it.
    text = browser_copy("Politics", HEADLINE, "Published Fri, Nov 13 20268:37 AM EST", "thumbnail",
                        "Jane Ostrander@jostranderNC", "thumbnail", "Tom Varga@tom_varga", "WATCH LIVE", "Key Points")
    (article,) = read_source(write(tmp_path, "pictures.txt", text))
    assert (article.title, article.byline) == (HEADLINE, "Jane Ostrander, Tom Varga")


def test_writers_each_with_their_handle_glued_a_line_each_are_all_kept(tmp_path: Path) -> None:
    # A page's own text read without its style sheet: no picture between, each name glued to its handle.
    text = browser_copy("Politics", HEADLINE, "Published Fri, Nov 13 20268:37 AM EST",
                        "Jane Ostrander@jostranderNC", "Tom Varga@tom_varga", "WATCH LIVE", "Key Points")
    (article,) = read_source(write(tmp_path, "handles.txt", text))
    assert (article.title, article.byline) == (HEADLINE, "Jane Ostrander, Tom Varga")


def test_the_date_and_a_note_on_where_the_story_first_ran_are_no_headline(tmp_path: Path) -> None:
    text = browser_copy("3 min read Energy", OWN_WORDS, "Today's Most Read", "Image credit: Tom Varga | Northern Wire",
                        "Northern Wire", "Learn More",
                        "November 13, 2026 This story originally appeared on Northern Wire")
    (article,) = read_source(write(tmp_path, "first-ran.txt", text))
    assert article.title == OWN_WORDS


def test_an_outlets_one_word_name_between_the_headline_and_the_date_is_the_byline(tmp_path: Path) -> None:
    # An aggregator prints the outlet that wrote the story over the headline and again under it, as its byline.
    text = browser_copy("Read full article", "Eastwire", HEADLINE, "Eastwire", "Updated November 13, 2026",
                        "Link Copied")
    (article,) = read_source(write(tmp_path, "outlet.txt", text))
    assert (article.title, article.byline) == (HEADLINE, "Eastwire")


def test_a_name_after_its_pictures_word_in_small_letters_is_the_byline(tmp_path: Path) -> None:
    # A dump prints the writer's picture by its text, glued before the name: "icon Jane Ostrander".
    text = browser_copy(HEADLINE, "Turbines outproduced gas plants? The operator says so, and the cables lag behind",
                        "icon Jane Ostrander", "Fri 13 Nov 2026 // 16:26 UTC")
    (article,) = read_source(write(tmp_path, "icon.txt", text))
    assert (article.title, article.byline) == (HEADLINE, "Jane Ostrander")


def test_an_outlets_one_word_name_under_the_standfirst_over_the_date_is_the_byline(tmp_path: Path) -> None:
    standfirst = "The grid operator will spend a billion over four years to carry the farms' power to the cities"
    text = browser_copy(HEADLINE, standfirst, "Eastwire", "Updated: November 13, 2026")
    (article,) = read_source(write(tmp_path, "outlet.txt", text))
    assert (article.title, article.byline) == (HEADLINE, "Eastwire")


@pytest.mark.parametrize("word", ["Editor", "Staff", "Opinion", "Advertisement"])
def test_a_job_a_desk_or_a_kicker_between_the_headline_and_the_date_is_no_byline(tmp_path: Path, word: str) -> None:
    text = browser_copy(HEADLINE, word, "Updated November 13, 2026")
    (article,) = read_source(write(tmp_path, "word.txt", text))
    assert (article.title, article.byline) == (HEADLINE, None)


# A wire story's head: its headline and standfirst, links and an ad's label, then the lead picture over the byline.
WIRE_HEADLINE = "Harbour chief quits as board leader, stays as director"
WIRE_HEAD = (WIRE_HEADLINE, "Move caps a week of crises that brought the board to the brink", "Below:", "x",
             "discussion", "x", "Next story in Energy Ferry fares rise again as the harbour board meets", "related",
             "Advertise | AdChoices")
WIRE_BYLINE = ("Turbines off the Yorkshire coast on Thursday.", "By HARRIET LINDQVIST", "The Associated Press",
               "updated 11/13/2026 11:08:35 AM ET")


def test_a_pictures_credit_with_a_spaced_slash_over_the_byline_is_no_headline(tmp_path: Path) -> None:
    text = browser_copy(*WIRE_HEAD, "Tomasz Novak  /  AP", *WIRE_BYLINE)
    (article,) = read_source(write(tmp_path, "credit.txt", text))
    assert (article.title, article.byline) == (WIRE_HEADLINE, "Harriet Lindqvist")


def test_a_link_down_to_the_comments_is_no_headline(tmp_path: Path) -> None:
    text = browser_copy(*WIRE_HEAD[:4], "Jump to discussion comments below", *WIRE_HEAD[4:], *WIRE_BYLINE)
    (article,) = read_source(write(tmp_path, "jump.txt", text))
    assert article.title == WIRE_HEADLINE


def test_the_line_under_the_byline_heads_a_short_deck_over_the_date(tmp_path: Path) -> None:
    # Byline, headline, a deck of a few words, the date.
    text = browser_copy("Home", "/ National News", "By Harriet Lindqvist and Tomasz Novak", HEADLINE,
                        "Operators: Cables hold the grid back", "UPDATED 11:30 PM CDT Nov 13, 2026", "Tweet")
    (article,) = read_source(write(tmp_path, "deck.txt", text))
    assert (article.title, article.byline) == (HEADLINE, "Harriet Lindqvist and Tomasz Novak")


@pytest.mark.parametrize(("line", "title"), [
    ("September/October 2026 Issue", False), ("Winter 2026 issue", False),
    ("The Winter Issue of the Harbour Review", True),
])
def test_a_magazine_issues_months_are_no_headline(line: str, title: bool) -> None:
    assert looks_like_title(line) is title


def test_the_line_under_previous_and_next_buttons_is_the_headline(tmp_path: Path) -> None:
    # "Previous post" / "Next post" a line each are bare buttons: no other story's title under them.
    text = browser_copy("Energy Desk The Courier's Grid Blog", "Previous post", "Next post", HEADLINE,
                        "By Harriet Lindqvist", "November 13, 2026 |", "4:16 pm |", "Categories: Energy, Science")
    (article,) = read_source(write(tmp_path, "prev-next.txt", text))
    assert (article.title, article.byline) == (HEADLINE, "Harriet Lindqvist")


def test_a_live_pages_button_for_new_posts_is_no_headline(tmp_path: Path) -> None:
    text = browser_copy("Back to", "Top", "Live coverage: See new updates", "Live coverage: See new updates",
                        "8:50 PM", "November 13 by Harriet Lindqvist", HEADLINE,
                        "Turbines off the Yorkshire coast on Thursday, November 13, 2026.")
    (article,) = read_source(write(tmp_path, "live.txt", text))
    assert article.title == HEADLINE


def test_entities_a_dump_leaves_written_out_are_read(tmp_path: Path) -> None:
    headline = "Wind won&apos;t wait for the grid&#39;s new cables"
    text = browser_copy(headline, "By Harriet Lindqvist", "November 13, 2026")
    (article,) = read_source(write(tmp_path, "entities.txt", text))
    assert article.title == "Wind won't wait for the grid's new cables"


def test_a_title_cased_headline_with_a_preposition_and_for_is_no_writer(tmp_path: Path) -> None:
    # "Harbour Board Under Fire" reads as a name, "for Unspent ..." as the outlet it writes for.
    headline = "Harbour Board Under Fire for Unspent Ferry Cash"
    text = browser_copy("See a sample reprint in PDF format. Order a reprint of this article now", "POLITICS",
                        "NOVEMBER 13, 2026", headline, "Article", "Comments", "Email", "Print", "By HARRIET LINDQVIST")
    (article,) = read_source(write(tmp_path, "under-fire.txt", text))
    assert (article.title, article.byline) == (headline, "Harriet Lindqvist")


@pytest.mark.parametrize(("line", "title"), [
    ("Harriet Lindqvist (left) and Tomasz Novak", False), ("Board members (L-R) Harriet Lindqvist and Tomasz Novak", False),
    ("Left and right unite over ferry fares", True), ("Why ferries are (back) and busier than ever", True),
])
def test_where_someone_stands_in_a_picture_marks_a_caption(line: str, title: bool) -> None:
    assert looks_like_title(line) is title


def test_related_stories_each_over_its_date_between_headline_and_byline_are_neither(tmp_path: Path) -> None:
    # The headline, its share buttons, then other stories' titles each dated, the picture, the byline and its date.
    text = browser_copy(HEADLINE, "Tweet", "Share this", "Email", "Print", "Related News",
                        "Ferry operator's future in balance after timetable collapse", "Thu, Nov 12 2026",
                        "UPDATE 2-Harbour board eyes new tolls after storm damage", "Thu, Nov 12 2026",
                        "Port shares dive as deadline for insider sales nears", "Thu, Nov 12 2026",
                        "Turbines off the Yorkshire coast on Thursday.", "Credit: Reuters/Tomasz Novak",
                        "By Harriet Lindqvist and Tomasz Novak", "Fri Nov 13, 2026 5:10am EDT")
    (article,) = read_source(write(tmp_path, "related.txt", text))
    assert (article.title, article.byline, article.published) == (
        HEADLINE, "Harriet Lindqvist and Tomasz Novak", "2026-11-13")


def test_the_section_filed_to_glued_to_the_time_is_no_headline(tmp_path: Path) -> None:
    text = browser_copy("Follow", OWN_WORDS, "Harriet Lindqvist", "Filed to: HAPPY HOUR11/13/26 6:00pm")
    (article,) = read_source(write(tmp_path, "filed.txt", text))
    assert (article.title, article.byline) == (OWN_WORDS, "Harriet Lindqvist")


def test_the_story_read_next_heads_and_its_date_are_not_the_articles(tmp_path: Path) -> None:
    headline = "Has the grid's centre of gravity moved too far offshore?"
    text = browser_copy("Energy Add to myCourier", headline,
                        "The grid's centre of gravity is moving offshore, to the cables' disadvantage", "gridwatch",
                        "Read next", "Ferry fares rise again as the harbour board meets", "Tuesday, 10 November, 2026",
                        "Turbines off the Yorkshire coast on Thursday. © Northern Wire", "Share on Twitter",
                        "Print this page Save", "November 13, 2026", "by: Harriet Lindqvist, Northline")
    (article,) = read_source(write(tmp_path, "read-next.txt", text))
    assert (article.title, article.published) == (headline, "2026-11-13")


@pytest.mark.parametrize("line", ["Print this page Save", "Share this Bookmark"])
def test_a_button_and_an_icons_word_beside_it_are_chrome(line: str) -> None:
    assert is_chrome(line)


def test_a_line_naming_the_writer_again_under_by_is_no_headline_over_a_deck(tmp_path: Path) -> None:
    # "By Jane Doe", then her author's box's line, then the headline and the date.
    text = browser_copy("Home", "By Harriet Lindqvist", "Harriet Lindqvist Become a subscriber", HEADLINE,
                        "November 13, 2026", "Tweet")
    (article,) = read_source(write(tmp_path, "box.txt", text))
    assert article.title == HEADLINE


def test_the_date_under_a_headline_that_previous_and_next_buttons_head_is_the_articles(tmp_path: Path) -> None:
    text = browser_copy("Previous post", "Next post", HEADLINE, "November 13, 2026", "By Harriet Lindqvist",
                        "Comments (3)", "November 15, 2026")
    (article,) = read_source(write(tmp_path, "dated.txt", text))
    assert (article.title, article.published) == (HEADLINE, "2026-11-13")


def test_a_menu_item_printed_twice_over_the_headline_is_not_it(tmp_path: Path) -> None:
    # The top menu's item and the "Hot Topics" menu's copy of it, a notice and a picture's credit, then the headline:
    # a menu item's copy is no headline's (a share line or a tab title holds a headline's copy).
    headline = "Two harbour council leaders call for the board chair to resign over ‘failure to listen’ on pier closure"
    lines = ["Latest Ferry Times", "Latest Ferry Times",
             "The opinions in the Courier's Comment section are those of the author.", "Harbour Board / Flickr",
             headline,
             "Eastmere council leader Tomas Berg and Westmere council leader Ana Ruiz called on the chair to “step down”."]
    (article,) = read_source(write(tmp_path, "menu.txt", "\n".join(lines) + "\n"))
    assert article.title == headline


def test_a_sign_up_boxs_messages_between_the_headline_and_the_byline_are_not_it(tmp_path: Path) -> None:
    # A newsletter's box under the headline, what it says once sent and its field's message, a picture's credit, then
    # the byline printed twice with the date.
    headline = "NAO: Latest harbour levy plan would mean as many uninsured by 2030"
    lines = ["Energy", headline, "The inside track on northern politics.",
             "Be the first to know about new stories from Harbour Desk. Sign up to follow, and we’ll e-mail you free "
             "updates as they’re published.",
             "You’ll receive free e-mail news updates each time a new story is published.",
             "You’re all set!", "*Invalid email address", "Got it", "Got it", "(Jane Roe,Tomas Berg/The Northern Courier)",
             "By Harriet Lindqvist By Harriet Lindqvist November 13 at 7:33 PM Follow @hlindqvist",
             "The estimates by the National Audit Office arrived late on Thursday afternoon as the board chairman and the "
             "ministry pressed members to back it.", "You’re all set!", headline]
    (article,) = read_source(write(tmp_path, "box.txt", "\n".join(lines) + "\n"))
    assert (article.title, article.byline) == (headline, "Harriet Lindqvist")


@pytest.mark.parametrize(("line", "title"), [
    ("*Invalid email address", False), ("You’re all set!", False), ("Thanks, we'll be in touch!", False),
    ("We Are the Champions of the Coast", True), ("Why you should care about ferry fares", True),
    ("* Harbour Town wins the regional cup", True),  # a dump's list bullet, a space after it
])
def test_a_forms_messages_are_no_headline(line: str, title: bool) -> None:
    assert looks_like_title(line) is title
