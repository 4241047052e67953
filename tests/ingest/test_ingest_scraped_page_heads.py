"""The head of a modern news page as copies and dumps print it: what stands around the headline and the byline.

Our own pages, in the shapes real copies take: a bar of links right over a headline, a caption under its
label, a template's placeholder, a dump's numbered breadcrumb, a desk signing the story.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from test_ingest_scraped_pages import BODY, HEADLINE, browser_copy, write

from reader.ingest import read_source

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
