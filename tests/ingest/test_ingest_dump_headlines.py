"""Headlines in text-browser dumps: what lynx and w3m print around the headline that a browser copy does not.

A dump prints a picture's alt text, an icon's text and a card's picture as lines of their own, where a copy
prints nothing or a short label; none of them is the headline. Our own pages, in the shapes real dumps take.
"""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from test_ingest_scraped_pages import BODY, HEADLINE, write

from reader.ingest import read_source

LYNX_MENU = """   [logo] The Northern Courier
     * Skip to content
     * Sign in

     * Home
     * News
     * Business
     * Energy
     * Weather
"""


# A headline sharing no word with its lede, which names the man in the lead picture.
OWN_WORDS = "The engineer who built a fortune in his garden shed"
LEDE = [
    "Tom Varga says that his friends and neighbours all thought he had lost his mind when he left his job.",
    "\"Everybody thought I had gone completely mad,\" he says. \"They kept asking me what was wrong, and "
    "whether I had thought about my family at all.\"",
    *BODY,
]


def lynx_dump(*head: str, headline: str = HEADLINE, body: list[str] | None = None) -> str:
    """A lynx dump: a menu, the headline at the margin, `head` indented under it, the wrapped body."""
    return lynx_page(headline, "", *[f"   {line}" if line else "" for line in head], body=body)


def lynx_page(*lines: str, body: list[str] | None = None) -> str:
    """A lynx dump: a menu, `lines` as they stand (headings at the margin), the wrapped body."""
    paragraphs = [textwrap.fill(p, 72, initial_indent="   ", subsequent_indent="   ") for p in body or BODY]
    return "\n".join([LYNX_MENU, *lines, "", "\n\n".join(paragraphs), "", "   (c) 2026 The Northern Courier"]) + "\n"


@pytest.mark.parametrize("glue", [" ", ""])
def test_a_pictures_text_glued_to_its_image_source_credit_is_no_headline(tmp_path: Path, glue: str) -> None:
    # A dump prints the lead picture's alt text and its credit on one line, w3m without a space between.
    text = lynx_dump("  * Published", "    13 November 2026", "", "(BUTTON) Share", "Share page",
                     "(BUTTON) Copy link", "About sharing", f"Tom Varga{glue}Image source, Southwind Press",
                     "Image caption,", "Mr Varga says he wanted to build something he would use every day",
                     "By Jane Ostrander", "Business reporter, Northern Courier", headline=OWN_WORDS, body=LEDE)
    (article,) = read_source(write(tmp_path, "credit.txt", text))
    assert (article.title, article.byline) == (OWN_WORDS, "Jane Ostrander")
    assert article.paragraphs == LEDE


STANDFIRST = "Figures published by the grid operator show offshore farms produced more electricity than the plants"


@pytest.mark.parametrize("indent", ["   ", ""])
def test_a_comment_counter_between_the_headline_and_its_standfirst_is_no_headline(tmp_path: Path, indent: str) -> None:
    # A dump prints the comment bubble's text after its count, over the headline and again under it; lynx
    # indents it, w3m prints it at the margin with the headline and the standfirst, then a bullet.
    text = lynx_page(f"{indent}1 comment bubble on white", "", HEADLINE, "", f"{indent}1 comment bubble on white", "",
                     STANDFIRST, "", f"{indent}icon Jane Ostrander", f"{indent}Fri 13 Nov 2026 // 16:26 UTC",
                     f"{indent}●" if not indent else f"{indent}(BUTTON)")
    (article,) = read_source(write(tmp_path, "counter.txt", text))
    assert (article.title, article.byline) == (HEADLINE, "Jane Ostrander")


def wrapped(text: str) -> list[str]:
    return textwrap.wrap(text, 72, initial_indent="   ", subsequent_indent="   ")


def test_the_lead_pictures_text_over_the_headline_printed_again_with_its_credit_is_no_first_paragraph(
        tmp_path: Path) -> None:
    # A dump prints the lead picture's text, a sentence, over the kicker and the headline; under them, its
    # caption twice with the credit glued on. The sentence over the headline is no paragraph of the article.
    picture = ("A mural reads, \u201cThis harbour is our home and it always will be\u201d on the sea wall at Eastmere, "
               "a fishing village inside the new wind farm's cable zone on the northern coast, on 10 November 2026.")
    credited = f"{picture} Photo: Jane Ostrander/The Courier"
    text = lynx_page(*wrapped(picture), "", "Harbour Life", "", OWN_WORDS, "", "   Donate", "   Become a member",
                     *wrapped(credited + credited), "   Jane Ostrander Jane Ostrander", "   Jane Ostrander",
                     "   November 13 2026, 10:00 a.m.")
    (article,) = read_source(write(tmp_path, "mural.txt", text))
    assert (article.title, article.byline, article.published) == (OWN_WORDS, "Jane Ostrander", "2026-11-13")
    assert article.paragraphs == BODY


def w3m_page(*lines: str, body: list[str] | None = None) -> str:
    """A w3m dump: everything at the margin, wrapped at 80 columns, a blank line between paragraphs."""
    paragraphs = ["\n".join(textwrap.wrap(p, 79)) for p in body or BODY]
    return "\n".join(["The Northern Courier", "", "  • Home", "  • News", "  • Energy", "", *lines, "",
                      "\n\n".join(paragraphs), "", "© 2026 The Northern Courier"]) + "\n"


def test_a_caption_of_names_printed_twice_with_its_credit_is_no_headline(tmp_path: Path) -> None:
    # w3m prints the lead picture's text and its caption, the credit glued to the second; the names
    # capitalise most of its words, like a headline's, and a template's placeholder parts headline and byline.
    caption = ("Harbour Board members are (from left) Tom Varga, Ana Lima, Jane Ostrander, Ingrid Halvorsen, "
               "Tomasz Novak, Miriam Achterberg, and Harriet Lindqvist.")
    text = w3m_page(OWN_WORDS, "", "<?CMS-placeholderText [Standfirst goes here] ?>", "",
                    "By Jane Ostrander Northern Wire ,November 13, 2026, 2:58 p.m.", "",
                    *textwrap.wrap(caption, 79), "", *textwrap.wrap(f"{caption}NW", 79))
    (article,) = read_source(write(tmp_path, "names.txt", text))
    assert (article.title, article.published) == (OWN_WORDS, "2026-11-13")


def test_a_headlines_label_wrapped_onto_a_line_of_its_own_stays_in_the_headline(tmp_path: Path) -> None:
    # The dump wraps a long headline at 80 columns: its label in brackets went down only because it did not fit,
    # and is no image's name.
    headline = "Harriet Lindqvist Made An Appearance At The Eastmere-Northwold Harbour Regatta [VIDEO]"
    first, label = headline.rsplit(" ", 1)
    assert len(first) + len(label) + 1 > 78
    text = lynx_page(first, label, "", "   4:44 PM 11/13/2026", "", "   Jane Ostrander", "   Reporter")
    (article,) = read_source(write(tmp_path, "label.txt", text))
    assert article.title == headline


def test_a_share_bar_a_button_a_line_does_not_part_a_headline_from_its_byline(tmp_path: Path) -> None:
    # lynx prints each button of the bar as a bullet, some of them without text; the lead picture's text and
    # its caption come after the date, right over the lede.
    standfirst = "The turbines are now being inspected by engineers from the grid operator and two universities"
    text = lynx_page(HEADLINE, "", f"   {standfirst}", "", "   northerncourier", "     * Bookmark", "     * Share",
                     "     *", "     *", "     *", "     * Comments", "", "   News", "   By", "   Harriet Lindqvist",
                     "     * 08:44, 13 NOV 2026", "     * Updated08:47, 13 NOV 2026", "", "   Bookmark", "",
                     "   A row of white turbines standing in a grey sea under a low cloud", "",
                     "   The turbines that have been built off the northern coast", "")
    (article,) = read_source(write(tmp_path, "bar.txt", text))
    assert (article.title, article.byline, article.published) == (HEADLINE, "Harriet Lindqvist", "2026-11-13")


def test_a_headline_wrapped_onto_its_date_line_stands_apart(tmp_path: Path) -> None:
    # lynx breaks a line where the date's first figures would not fit: "<headline>" / "2026-04-26 21:21:50".
    text = lynx_page("   Latest News", f"   {HEADLINE}", "   2026-04-26 21:21:50",
                     "   [?uuid=0ce01dba-e116-556d&function=cover&type=preview", "   &source=false&width=600]")
    (article,) = read_source(write(tmp_path, "wrapped.txt", text))
    assert (article.title, article.published) == (HEADLINE, "2026-04-26")
    assert article.paragraphs == BODY


def test_a_sentence_wrapped_before_a_date_goes_on(tmp_path: Path) -> None:
    # A paragraph's line ending in "on", its date on the next: one sentence, however the lines break.
    sentence = ("The harbour board said the new cables would be finished and switched on by engineers at the "
                "substation on")
    text = lynx_dump("13 November 2026", body=[f"{sentence} 26 April 2027, two years late.", *BODY])
    (article,) = read_source(write(tmp_path, "sentence.txt", text))
    assert article.paragraphs[0] == f"{sentence} 26 April 2027, two years late."


# The lead picture's caption, two of its words held together by a no-break space: the dump breaks the line before
# them, where they would not fit together.
CAPTION_START = "Heather Grant, 33, of Christiana, Manchester and a man known as"
CAPTION_REST = "Ambersley, whose address was not immediately obtained, were pronounced dead at a hospital."


@pytest.mark.parametrize(("indent", "held"), [("   ", "Nigel  Ambersley"), ("", "Nigel\u00a0\u00a0Ambersley")])
def test_a_caption_broken_before_words_a_no_break_space_holds_is_one_caption(
        tmp_path: Path, indent: str, held: str) -> None:
    # lynx prints the no-break space as two spaces, w3m as it is; a dump's last line of the menu, then the head.
    rest = CAPTION_REST.split(" ", 1)
    paragraphs = [textwrap.fill(p, 76, initial_indent=indent, subsequent_indent=indent) for p in BODY]
    lines = [*(f"{indent}{item}" for item in ("Lifestyle", "Letters", "Podcast", "Puzzles", "Mobile version",
                                              "Subscribe to this feed", "Follow us on Twitter")),
             f"{indent}Update | {HEADLINE}", f"{indent}Published:Tuesday | April 26, 2026 | 9:52 PM",
             f"{indent}Photo", f"{indent}Video", f"{indent}{CAPTION_START}",
             f"{indent}{held.replace('Ambersley', rest[0])} {rest[1]}", "", "\n\n".join(paragraphs)]
    (article,) = read_source(write(tmp_path, "caption.txt", "\n".join(lines) + "\n"))
    assert (article.title, article.published) == (f"Update | {HEADLINE}", "2026-04-26")
    assert CAPTION_START not in [article.title, *article.paragraphs]  # the caption's lines are read as one
    assert article.paragraphs[-len(BODY):] == BODY


def test_the_writers_picture_named_twice_before_the_byline(tmp_path: Path) -> None:
    # w3m prints the picture's name twice, glued, before "by", the name and the date printed twice.
    text = "\n".join([LYNX_MENU, HEADLINE, "", "[har-scaled][har-scaled] by H.L. Lindqvist Apr. 26, 2026Apr. 26, 2026",
                      "", *(f"{p}\n" for p in BODY)]) + "\n"
    (article,) = read_source(write(tmp_path, "w3m.txt", text))
    assert (article.title, article.byline, article.published) == (HEADLINE, "H.L. Lindqvist", "2026-04-26")


W3M_BODY = [textwrap.fill(p, 80) for p in LEDE]  # lines filled to w3m's width of 80


@pytest.mark.parametrize(("under", "byline"), [
    ("13\u00a0November\u00a02026", "By Mara Keel"),  # the date's words held by no-break spaces, a line of its own
    ("Mara\u00a0Keel\u00a0|\u00a0November\u00a013,\u00a02026", ""),
])
def test_a_w3m_line_of_words_held_together_under_the_headline_stands_apart(
        tmp_path: Path, under: str, byline: str) -> None:
    headline = "The new ferry timetable: every change commuters need to know about"
    lines = ["The Eastmere Courier", "Skip to content", "Home", "News", "Business", "Opinion", headline, under,
             *([byline] if byline else []), "", "\n\n".join(W3M_BODY), "", "(c) 2026 The Eastmere Courier"]
    (article,) = read_source(write(tmp_path, "w3m.txt", "\n".join(lines) + "\n"))
    assert (article.title, article.byline, article.published) == (headline, "Mara Keel", "2026-11-13")


@pytest.mark.parametrize("by", ["By ", "By"])
def test_a_byline_under_the_standfirst_in_one_block_stands_apart(tmp_path: Path, by: str) -> None:
    # The standfirst, the byline ("By" glued to the name as the page prints it) and the date in one block: the
    # byline's first word would have fitted on the standfirst's line, so it is no part of it.
    standfirst = "Farms off the coast produced more power than gas plants, the operator says."
    text = lynx_page(HEADLINE, "", f"   {standfirst}", f"   {by}Mara Keel", "   November 13, 2026, 11:15 PM")
    (article,) = read_source(write(tmp_path, "block.txt", text))
    assert (article.title, article.byline, article.published) == (HEADLINE, "Mara Keel", "2026-11-13")


@pytest.mark.parametrize("name", ["ByWard Market.", "ByNorth Ferries"])
def test_a_wrapped_line_starting_with_by_goes_on_its_sentence(tmp_path: Path, name: str) -> None:
    # A place or a firm whose name starts with "By", wrapped onto a line of its own, ends the sentence above it.
    first = "Stallholders say rents in the covered quarter that people call the"  # the name wraps onto a line
    body = [f"{first} {name}", *BODY]
    (article,) = read_source(write(tmp_path, "byward.txt", lynx_dump("By Mara Keel", "13 November 2026", body=body)))
    assert (article.title, article.byline, article.paragraphs) == (HEADLINE, "Mara Keel", body)


def test_a_pictures_text_over_its_caption_and_credit_is_no_headline(tmp_path: Path) -> None:
    # The headline and its standfirst, the share buttons and a sign-up link, then the picture's text over its
    # caption and credit, over the writer: the line nearest the byline is the picture's, not the headline.
    standfirst = "Farms off the coast produced more power than gas plants over a whole quarter, the operator says"
    text = lynx_page(HEADLINE, "", f"   {standfirst}", "     *", "     *", "     * Newsletter sign up Newsletter", "",
                     "   Mara Keel stands in front of the grid operator's control room",
                     "   The operator's figures cover July to September",
                     "   (Image credit: Tom Roe/Northern Courier)", "   By Mara Keel", "   published 13 November 2026")
    (article,) = read_source(write(tmp_path, "alt.txt", text))
    assert (article.title, article.byline, article.published) == (HEADLINE, "Mara Keel", "2026-11-13")


CARD = ("Storm closes the coast road to all traffic",
        "   Police are urging drivers to avoid the area after a lorry overturned in high winds on the bridge")


@pytest.mark.parametrize(("above", "caption"), [
    ((), ("   The operator's figures cover July to September", "   (Image credit: Tom Roe/Northern Courier)")),
    # Another story's card, its title and summary, over the share buttons over the headline.
    ((*CARD, "     * Share", "     * Newsletter sign up Newsletter"),
     ("   The operator's figures cover July to September", "   (Image credit: Tom Roe/Northern Courier)")),
])
def test_a_headline_right_over_its_pictures_caption_and_credit_stays_the_headline(
        tmp_path: Path, above: tuple[str, ...], caption: tuple[str, ...]) -> None:
    # No standfirst: the headline, then the lead picture's caption and credit, then the writer.
    text = lynx_page(*above, "", HEADLINE, "", *caption, "   By Mara Keel", "   published 13 November 2026")
    (article,) = read_source(write(tmp_path, "caption.txt", text))
    assert (article.title, article.byline, article.published) == (HEADLINE, "Mara Keel", "2026-11-13")


def test_a_caption_wrapped_before_its_date_stays_whole(tmp_path: Path) -> None:
    # A caption's date on its second line ("... on Tuesday" / "10 November 2026") is no headline's date line.
    caption = "Engineers inspect the rotten timber piles under the old pier on Tuesday"
    text = lynx_page(f"                     {HEADLINE}", "", f"   {caption}", "   10 November 2026", "",
                     "   By Mara Keel", "", "   November 13, 2026")
    (article,) = read_source(write(tmp_path, "caption.txt", text))
    assert (article.title, article.byline, article.published) == (HEADLINE, "Mara Keel", "2026-11-13")
    assert caption not in article.paragraphs  # not cut short


@pytest.mark.parametrize("struck", ["[DEL: quarter :DEL]", "[S:quarter:S]"])
def test_a_dumps_marks_around_struck_words_are_left_out(tmp_path: Path, struck: str) -> None:
    # lynx and w3m mark a word the page strikes through; a browser shows the word, struck.
    printed = HEADLINE.replace("quarter", struck)
    (article,) = read_source(write(tmp_path, "struck.txt", lynx_page(printed, "", "   By Jane Doe", "")))
    assert article.title == HEADLINE


def test_struck_words_a_dump_wraps_inside_lose_both_marks(tmp_path: Path) -> None:
    # lynx wraps inside the struck span: "[DEL:" ends one line, ":DEL]" stands on the next.
    wrapped = ["   Farmers on the proposed route will be asked first, and the [DEL:",
               "   Offshore :DEL] Coastal Transmission Board will publish the final map."]
    (article,) = read_source(write(tmp_path, "struck.txt", lynx_page(HEADLINE, "", "   By Jane Doe", "", *wrapped, "")))
    assert article.paragraphs[0] == ("Farmers on the proposed route will be asked first, and the Offshore Coastal "
                                     "Transmission Board will publish the final map.")


def _gallery_page(headline: str, body: list[str] | None = None) -> str:
    # A wire's page as lynx dumps it: the headline twice at the margin, a gallery of twelve pictures (each caption
    # twice, its buttons and its number), a share bar, then the byline, an unfilled date and the article.
    gallery = []
    for number in range(1, 13):
        caption = textwrap.fill(f"Cable drums wait on the quay at Eastmere before the ships arrive, November {number}, "
                                "2026. (AP Photo/Jane Morrow)", 72, initial_indent="   ", subsequent_indent="   ")
        gallery += [caption, "   (BUTTON) Read More", "   (BUTTON)", f"   {number} of 12 |", "", caption,
                    "   (BUTTON) Read More", "   (BUTTON)", f"   {number} of 12", "", caption, ""]
    share = ["   (BUTTON) Share", "     * Copy", "     * Email", "     * Facebook", "     * X", ""]
    return lynx_page("", headline, "", headline, "", *gallery, *share, "   By  HARRIET LINDQVIST",
                     "   Updated [hour]:[minute] [AMPM] [timezone], [monthFull] [day], [year]", *share, body=body)


def test_a_headline_printed_twice_over_a_gallery_far_from_the_byline_is_the_headline(tmp_path: Path) -> None:
    (article,) = read_source(write(tmp_path, "gallery.txt", _gallery_page(HEADLINE)))
    assert (article.title, article.byline) == (HEADLINE, "Harriet Lindqvist")


def test_a_line_printed_twice_far_above_about_another_story_is_no_headline(tmp_path: Path) -> None:
    other = "Storm closes the coast road between Westerby and the point"
    (article,) = read_source(write(tmp_path, "gallery.txt", _gallery_page(other)))
    assert article.title != other


def test_a_line_printed_twice_far_above_about_what_the_article_tells_only_late_is_no_headline(tmp_path: Path) -> None:
    # Only the article's opening tells what its headline is about; a paragraph far down may tell of another story.
    other = "Storm closes the coast road between Westerby and the point"
    later = [f"Engineers checked the cables on the {day} of the month and found no faults, the operator said."
             for day in ("first", "second", "third", "fourth", "fifth", "sixth")]
    body = [*BODY, *later, "The same storm closed the coast road between Westerby and the point for a night."]
    (article,) = read_source(write(tmp_path, "gallery.txt", _gallery_page(other, body)))
    assert article.title != other


@pytest.mark.parametrize("byline", ["By Harriet Lindqvist, Tomasz Novak and Priya Raman",
                                    "Byby HARRIET LINDQVIST, TOMASZ NOVAK and PRIYA RAMAN"])
def test_a_byline_of_three_writers_under_the_standfirst_in_one_block_is_its_own_line(tmp_path: Path,
                                                                                        byline: str) -> None:
    # lynx prints the standfirst and the byline as one indented block, a line each.
    text = lynx_page(HEADLINE, "", "   The grid operator said the milestone came earlier than it had planned.",
                     f"   {byline}", "   November 13, 2026, 4:19 PM")
    (article,) = read_source(write(tmp_path, "three.txt", text))
    assert (article.title, article.byline) == (HEADLINE, "Harriet Lindqvist, Tomasz Novak and Priya Raman")
    assert article.paragraphs[-len(BODY):] == BODY


def test_a_byline_with_its_fields_spaced_apart_under_the_standfirst_is_its_own_line(tmp_path: Path) -> None:
    # w3m prints a print edition's byline, its fields set apart by runs of spaces, under the standfirst.
    text = lynx_page("Story", "", HEADLINE, "", "The grid operator said the milestone came earlier than it had planned.",
                     "By Jane Morrow   Eastmere     Print Edition: Nov 13, 2026",
                     "Turbines off the coast at Blyth (Photo: Tomas Berg)")
    (article,) = read_source(write(tmp_path, "print.txt", text))
    assert (article.title, article.byline, article.published) == (HEADLINE, "Jane Morrow", "2026-11-13")


def test_a_standfirst_wrapped_before_a_title_starting_with_by_keeps_it(tmp_path: Path) -> None:
    # "... is called" / "By Land, Sea and Air": a title the sentence goes on with, not writers.
    text = lynx_page(HEADLINE, "", "   A new exhibition at the Eastmere museum, which opens on Saturday, is called",
                     "   By Land, Sea and Air", "", "   By Harriet Lindqvist", "   3 May 2026")
    (article,) = read_source(write(tmp_path, "called.txt", text))
    assert (article.title, article.byline) == (HEADLINE, "Harriet Lindqvist")


@pytest.mark.parametrize(("picture", "name", "byline"), [
    # The writer's headshot: her name, alone under its text, is the byline.
    ("Harriet Lindqvist at the Courier's newsroom in Eastmere, July 25, 2025.", "Harriet Lindqvist", "Harriet Lindqvist"),
    # A profile's subject pictured there, named again in the story: no writer.
    ("Miriam Achterberg on the quay in Blyth, where the cables come ashore, October 2025.", "Miriam Achterberg", None),
])
def test_a_name_under_its_pictures_text_under_the_date(tmp_path: Path, picture: str, name: str,
                                                       byline: str | None) -> None:
    # A dump prints the picture's text between the date and the name.
    text = lynx_page(HEADLINE, "", "     * (BUTTON) Facebook", "     * (BUTTON) Email", "",
                     "   November 13, 20263:33 PM ET", f"   {picture}", "   (photo by Tomasz Novak) (Square)", "",
                     f"   {name}", "   Twitter")
    (article,) = read_source(write(tmp_path, "headshot.txt", text))
    assert (article.title, article.byline, article.published) == (HEADLINE, byline, "2026-11-13")


@pytest.mark.parametrize("again", [True, False])
def test_a_second_hosts_headshot_text_between_the_bylines_is_no_headline(tmp_path: Path, again: bool) -> None:
    # A podcast page: the show's name and links, the date, a host, then the other host's headshot with its text,
    # the headline again, the player's buttons and a picture credited via an agency; or the headline printed once,
    # over the show's links.
    headline = "Should Councils Fork Their Software?"
    show = ["       The Harbour Hour", "       Northern Courier"] if again else []
    text = lynx_page(headline, "", *show,
                     "     * (BUTTON) subscribe to The Harbour Hour podcast", "     *", "          + Courier One",
                     "          + Apple Podcasts", "          + Pocket Casts", "          + RSS link", "",
                     "     * (BUTTON) Facebook", "     * (BUTTON) Email", "", "   November 13, 202610:36 PM ET", "",
                     "   Harriet Lindqvist", "   Twitter", "   Head shot of Tomasz Novak (2024 square)", "",
                     "   Tomasz Novak", "   Twitter", "", *([headline, ""] if again else []),
                     "   (BUTTON) Listen· 24:3724-Minute Listen (BUTTON) Add to Playlist",
                     "   (BUTTON) Toggle more options", "     * Download", "     * (BUTTON) Embed",
                     '       (BUTTON) Embed <iframe src="https:/ <iframe',
                     '       src="https://www.example.org/player/embed/949764249/949890910"',
                     '       width="100%" height="290" frameborder="0" scrolling="no" title="Courier',
                     '       embedded audio player">', "     * Transcript", "",
                     "   A turbine blade on the quay at Blyth, where the cables come ashore.",
                     "   (BUTTON) Enlarge this image", "   Tomas Berg/SOPA Images/LightRocket via Getty Images",
                     "   A turbine blade on the quay at Blyth, where the cables come ashore.")
    (article,) = read_source(write(tmp_path, "hosts.txt", text))
    assert (article.title, article.byline, article.published) == (headline, "Harriet Lindqvist", "2026-11-13")


def test_a_breadcrumb_run_into_the_headline_over_the_headline_printed_twice(tmp_path: Path) -> None:
    # lynx runs the breadcrumb's items into the headline, then prints the headline twice (a picture's text, then
    # the link), then alone: the headline is the one without the breadcrumb.
    crumbs = textwrap.fill(f"Home Energy {HEADLINE}", 72, initial_indent="   ", subsequent_indent="   ")
    twice = textwrap.fill(f"{HEADLINE} {HEADLINE}", 72, initial_indent="   ", subsequent_indent="   ")
    text = lynx_page(crumbs, "", twice, "", f"           {HEADLINE}", "", "   By Harriet Lindqvist",
                     "   November 13, 2026")
    (article,) = read_source(write(tmp_path, "crumbs.txt", text))
    assert (article.title, article.byline) == (HEADLINE, "Harriet Lindqvist")


def test_the_heading_lynx_prints_at_the_margin_over_an_indented_title_is_the_headline(tmp_path: Path) -> None:
    # lynx prints the page's headings at the left edge and the rest indented: another story's title printed
    # between the heading and the body, nearer the body, does not outrank the heading at the edge.
    headline = "Harbour board denies buyout rumours"
    text = lynx_page(headline, "", "   Ferry timetable changes for the winter season")
    (article,) = read_source(write(tmp_path, "heading.txt", text))
    assert article.title == headline


def test_a_gallerys_captions_listed_over_the_head_are_not_the_body(tmp_path: Path) -> None:
    # A dump prints the lead gallery's captions as list items, long sentences each, over the place, the
    # headline, the byline and the date.
    captions = [
        "This image released by the Northern Courier shows the new turbines off Eastmere. The farm was opened on "
        "Monday after two years of delays, and the operator says it will power a third of the county by spring.",
        "This combination photo shows the harbour master Lena Okafor at the quay on Nov. 12, 2026, left, and a map of "
        "the new farm. The farm was opened on Monday after two years of delays caused by a shortage of cables.",
    ]
    gallery = [textwrap.fill(c, 72, initial_indent="     * ", subsequent_indent="       ") for c in captions]
    text = lynx_page(*gallery, "", "   (BUTTON) (BUTTON)", "", "   United Kingdom", "", HEADLINE, "",
                     "   By Tomasz NovakThe Associated Press", "   Thu., Nov. 13, 2026timer5 min. read")
    (article,) = read_source(write(tmp_path, "gallery.txt", text))
    assert (article.title, article.byline, article.published) == (HEADLINE, "Tomasz Novak", "2026-11-13")
    assert article.paragraphs == BODY


def test_writers_listed_over_their_outlet_under_an_undated_headline(tmp_path: Path) -> None:
    # A dump prints the names and the outlet's label on lines of their own; the page prints no date.
    text = lynx_page("   NEWS", "", HEADLINE, "", "   Harriet Lindqvist and Tomasz Novak", "   NORTHERN COURIER Network")
    (article,) = read_source(write(tmp_path, "listed.txt", text))
    assert (article.title, article.byline) == (HEADLINE, "Harriet Lindqvist and Tomasz Novak")


def test_the_first_paragraph_broken_in_two_by_the_dump_is_no_headline(tmp_path: Path) -> None:
    # A dump breaks the first paragraph where an inline box stood: its first half ends in no full stop, the
    # second goes on in small letters. The headline is over the share buttons, the byline and the date.
    first, rest = BODY[0].split(" for the first time ")
    body = [first + " for the first time", "over a full quarter" + rest.split("quarter", 1)[1], *BODY[1:]]
    text = lynx_page(HEADLINE, "", "   Operators say the cables to carry the power are still years away", "",
                     "   Share this:", "     * Click to share on Facebook (Opens in new window)",
                     "     * Click to email this to a friend (Opens in new window)", "",
                     "   By Harriet Lindqvist | hlindqvist@example.com | Northern Courier",
                     "   PUBLISHED: November 13, 2026 at 9:06 a.m. | UPDATED: November 13, 2026 at 9:26 a.m.",
                     body=body)
    (article,) = read_source(write(tmp_path, "broken.txt", text))
    assert (article.title, article.byline, article.published) == (HEADLINE, "Harriet Lindqvist", "2026-11-13")


@pytest.mark.parametrize("lede", ["bp said on Tuesday it would cut about 2,000 office jobs worldwide over the next year.",
                                  "de Vries Semiconductors said on Monday it would build a second plant in the north."])
def test_a_dated_headline_over_a_lede_opening_with_a_name_in_small_letters(tmp_path: Path, lede: str) -> None:
    # The lede goes on in small letters right under the headline, the date over it: no paragraph broken in two.
    headline = "Oil major to cut 2,000 office jobs in a push back toward oil and gas"
    text = "\n".join(["Business", "November 11, 2026", headline, lede, *BODY]) + "\n"
    (article,) = read_source(write(tmp_path, "name.txt", text))
    assert (article.title, article.published) == (headline, "2026-11-11")
    assert article.paragraphs == [lede, *BODY]



def test_a_headline_over_its_issued_on_date_under_a_sites_blurb(tmp_path: Path) -> None:
    # A dump prints the site's blurb as a paragraph over the head. The headline right over its date, the byline past
    # the standfirst: the head, whatever words the blurb shares with it, and the blurb is no part of the article.
    blurb = ("The Courier Observers - The Courier Observers is both a website and a TV show focusing on "
             "international news through the eyes of the people who live it, reported from around the world.")
    text = lynx_page(textwrap.fill(blurb, 72, initial_indent="   ", subsequent_indent="   "), "", "   NORWAY", "",
                     HEADLINE, "", "   Issued on: 13/11/2026 - 18:34", "   Modified: 14/11/2026 - 10:13", "",
                     "   Operators say a shortage of cables kept the new farms idle for most of the summer.", "",
                     "   By: Harriet Lindqvist")
    (article,) = read_source(write(tmp_path, "issued.txt", text))
    assert (article.title, article.byline, article.published) == (HEADLINE, "Harriet Lindqvist", "2026-11-13")
    assert not any("website and a TV show" in paragraph for paragraph in article.paragraphs)


@pytest.mark.parametrize("headline", [HEADLINE, OWN_WORDS])
def test_the_writers_picture_printed_twice_over_the_byline_is_no_headline(tmp_path: Path, headline: str) -> None:
    # A dump prints the writer's picture by its text and its title, one after the other, between the headline and
    # the byline; the line names the writer, and the date and time follow a line each.
    text = lynx_page("   Home » News » South Africa", headline,
                     "   Picture of Harriet Lindqvist Picture of Harriet Lindqvist", "   By Harriet Lindqvist",
                     "   Journalist", "   13 November 2026", "   3:45 pm", body=LEDE)
    (article,) = read_source(write(tmp_path, "picture.txt", text))
    assert (article.title, article.byline, article.published) == (headline, "Harriet Lindqvist", "2026-11-13")
    assert article.paragraphs == LEDE


def test_a_headline_under_the_breadcrumb_heads_a_standfirst_sharing_no_word_with_it(tmp_path: Path) -> None:
    # A tabloid's dump: the breadcrumb, the headline, a standfirst with no full stop that shares no word with it,
    # empty bullets, the section, the writer, the times; then a sign-up box's sentence the browser hides, the
    # bookmark and comments, and the article.
    standfirst = "She was found by a man who lives at the back of her house"  # a sentence's small words
    text = lynx_page("     * News", "     * US News", "     * Crime", OWN_WORDS, standfirst,
                     "     *", "     *", "     *", "   News", "   Harriet Lindqvist Deputy Audience Growth Lead",
                     "   12:01, 13 Nov 2026Updated 12:30, 13 Nov 2026", "   (BUTTON)",
                     "   Our weekly letter brings the best reads of the week to your inbox every Sunday morning.", "",
                     "   Bookmark 1 Comments", "", body=LEDE)
    (article,) = read_source(write(tmp_path, "crumb.txt", text))
    assert (article.title, article.byline, article.published) == (OWN_WORDS, "Harriet Lindqvist", "2026-11-13")


def test_a_quoted_kicker_under_the_menu_does_not_head_the_headline_over_its_standfirst(tmp_path: Path) -> None:
    # The quote a kicker prints over the headline, the standfirst under it: the headline is not a standfirst.
    kicker = "'Nobody expected the lights to stay on all through December'"
    standfirst = ("Operators say the new cables will take years to build, and households may see their bills rise "
                  "before they fall next year")
    text = lynx_page("     * Sign in", "     * Home", "     * World", "", kicker, "", HEADLINE, "",
                     f"   {standfirst}", "", "   By Harriet Lindqvist 13 November 2026, 3:51 pm", "", body=LEDE)
    (article,) = read_source(write(tmp_path, "kicker.txt", text))
    assert (article.title, article.byline, article.published) == (HEADLINE, "Harriet Lindqvist", "2026-11-13")



def test_a_headline_opening_with_picture_of_over_the_writers_byline_stays_the_headline(tmp_path: Path) -> None:
    # Only the writer's picture by its text, once or twice and nothing else, is left out over the byline.
    headline = "Picture of health: Harriet Lindqvist on running her first marathon at sixty"
    text = lynx_page("     * Home", "     * Sport", "", headline, "", "   By Harriet Lindqvist", "   13 November 2026",
                     "", body=LEDE)
    (article,) = read_source(write(tmp_path, "health.txt", text))
    assert (article.title, article.byline) == (headline, "Harriet Lindqvist")


@pytest.mark.parametrize("kicker", ["Live: follow the council budget vote as it happens tonight",
                                    "Part three of our series on the schools and their pupils"])
def test_a_kicker_under_the_breadcrumb_does_not_head_the_headline_over_the_byline(tmp_path: Path, kicker: str) -> None:
    # A kicker under the breadcrumb, then the headline, the section again, the writer and the times: the headline is
    # no standfirst, however few words it shares with the kicker.
    headline = "Island ferry timetable cut back again as the crew shortage bites into winter"
    text = lynx_page("     * News", "     * Scotland", "", kicker, "", headline, "", "   News",
                     "   By Morag Tulloch", "   12:01, 4 Feb 2026Updated 12:30, 4 Feb 2026", "", body=LEDE)
    (article,) = read_source(write(tmp_path, "kicker.txt", text))
    assert (article.title, article.byline) == (headline, "Morag Tulloch")




# Other stories' cards: a headline, the picture's text with its caption's credit where a copy prints no summary,
# and the section with the time, which a dump may glue onto the picture's text.
PICTURED_CARDS = (
    ("Ferry company to add a late crossing on summer weekends after passengers were left stranded at the pier",
     "Passengers board the evening ferry at the mainland pier in Eastmere on November 12, 2026. "
     "— Picture by Jane Roe",
     "Coast / 2h ago"),
    ("Lighthouse keeper's cottage above the bay goes up for sale for the first time in almost a century",
     "The cottage above the bay has stood empty since the light was automated in 1998, and the estate agent "
     "expects a lot of interest from buyers in the city. — courier pic",
     "Property / 3h ago"),
    ("Coastal path reopens after winter storms washed part of it into the sea, council says on Friday",
     "Volunteers carry new timber steps up the cliff path above the harbour on Saturday. — Picture by Jane Roe",
     "Walking / 5h ago"),
    ("Harbour town named the sunniest spot on the coast this year as visitors return for the autumn",
     "Residents were told on Monday that the town had more hours of sunshine than anywhere else on the coast.",
     "Weather / 6h ago"),
    ("Fishing crews say the new quotas leave them with half the catch they landed two years ago",
     "Crews unload the morning's catch at the fish market in Eastmere on November 10, 2026. — Picture by Ana Lima",
     "Business / 8h ago"),
)


def test_cards_printing_their_pictures_credited_text_over_the_article_are_no_headline(tmp_path: Path) -> None:
    # A dump prints each card's headline at the margin, then its picture's text, a credited caption where a copy
    # prints no summary, over its section and time (glued on where the text fills its last line); read as
    # captions, they left the cards unread as cards and a card's headline heading the article.
    lines = [line for at, (title, picture, time) in enumerate(PICTURED_CARDS) for line in (
        *textwrap.wrap(title, 77), "",
        *(wrapped(f"{picture} {time}") if at == 1 else [*wrapped(picture), f"   {time}"]), "")]
    text = lynx_page("Latest", "", *lines, HEADLINE, "", "   By Jane Ostrander", "   Friday, 13 Nov 2026 10:00 AM MYT")
    (article,) = read_source(write(tmp_path, "cards.txt", text))
    assert (article.title, article.byline, article.published) == (HEADLINE, "Jane Ostrander", "2026-11-13")
    assert article.paragraphs == BODY
