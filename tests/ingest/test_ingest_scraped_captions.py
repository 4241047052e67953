"""Captions in text-browser dumps: stored once, apart from the paragraph they follow."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from reader.ingest import read_source
from reader.ingest.credits import is_credit_only
from test_ingest_dump_headlines import lynx_page
from test_ingest_scraped_pages import BODY, HEADLINE, browser_copy, copy_with_lines_inside, write

CAPTION = "Harriet Lindqvist and Tomasz Novak in 2024"
# A second paragraph whose last wrapped line is full: the caption's first word would not fit on it.
SECOND = ("Turbines supplied 38 percent of the power used between July and September, while gas plants "
          "supplied 31 percent, the operator said, as new farms off the Yorkshire and Northumberland coasts "
          "came online earlier than planned this year.")
PARAGRAPHS = [BODY[0], SECOND, *BODY[2:]]


def dump(*between: str) -> str:
    """A w3m dump: wrapped at 80 columns, no blank lines, `between` right under the second paragraph."""
    wrapped = [textwrap.fill(p, 79) for p in PARAGRAPHS]
    return "\n".join(["The Northern Courier", HEADLINE, "By Jane Morrow", "13 November 2026",
                      *wrapped[:2], *between, *wrapped[2:], "© 2026 The Northern Courier"]) + "\n"


def test_a_caption_printed_three_times_under_a_full_line_is_not_glued_on(tmp_path: Path) -> None:
    assert len(textwrap.fill(SECOND, 79).splitlines()[-1]) + len(" Harriet") > 78  # the line is full
    (article,) = read_source(write(tmp_path, "wind.txt", dump(CAPTION, CAPTION, CAPTION)))
    assert article.captions == [CAPTION]
    assert article.paragraphs == PARAGRAPHS


def test_a_credit_after_a_spaced_slash_ends_a_caption(tmp_path: Path) -> None:
    caption = "The keeper's cottage above the bay on Wednesday. Tomasz Novak / The Northern Courier"
    (article,) = read_source(write(tmp_path, "spaced.txt", dump("", caption, "")))
    assert article.captions == [caption]
    assert article.paragraphs == PARAGRAPHS


def test_a_picture_posted_on_a_network_is_credited_to_the_network_and_its_poster(tmp_path: Path) -> None:
    caption = "The keeper's cottage after the storm went viral this week. Twitter / Tomasz Novak"
    (article,) = read_source(write(tmp_path, "network.txt", dump("", caption, "")))
    assert article.captions == [caption]
    assert article.paragraphs == PARAGRAPHS


def test_a_quoted_speaker_and_their_trade_after_a_slash_stay_a_paragraph(tmp_path: Path) -> None:
    quote = "\u201cI have bought my fish here every Friday for forty years.\u201d Agnes Pollard / Stallholder"
    (article,) = read_source(write(tmp_path, "voxpop.txt", dump("", quote, "")))
    assert article.captions == []
    assert quote in article.paragraphs


def test_a_credit_alone_printed_twice_is_no_caption(tmp_path: Path) -> None:
    (article,) = read_source(write(tmp_path, "wind.txt", dump("", "Northline", "", "Northline", "")))
    assert article.captions == []
    assert article.paragraphs == PARAGRAPHS


def test_credit_lines_in_a_run_name_pictures_without_captions_not_the_paragraph_above(tmp_path: Path) -> None:
    # Three pictures with a credit each and no caption, under a paragraph of the article.
    credit = "Credit: Tomasz Novak/Northline"
    text = copy_with_lines_inside(credit, credit, credit.replace("/", "//"))
    (article,) = read_source(write(tmp_path, "credits.txt", text))
    assert article.paragraphs == BODY
    assert article.captions == []


def test_a_share_bar_with_notes_for_screen_readers_is_no_caption_of_the_credit_under_it(tmp_path: Path) -> None:
    bar = ("Share on Facebook (opens in a new window)  Share on Twitter (opens in a new window)  "
           "Share on Flipboard (opens in a new window)")
    text = browser_copy(HEADLINE, "By Harriet Lindqvist", "13 November 2026", bar, "Credit: Tomasz Novak/Northline")
    (article,) = read_source(write(tmp_path, "bar.txt", text))
    assert article.paragraphs == BODY
    assert article.captions == []


def test_a_courtesy_line_under_a_caption_is_its_credit(tmp_path: Path) -> None:
    # "Courtesy of <owner>" on a line of its own credits the picture whose caption is the line above.
    text = "\n".join(["The Northern Courier", HEADLINE, "By Jane Morrow", "13 November 2026", BODY[0], BODY[1],
                      "The new blades stacked on the quay at Blyth", "Courtesy of Harbour Energy",
                      *BODY[2:], "© 2026 The Northern Courier"]) + "\n"
    (article,) = read_source(write(tmp_path, "courtesy.txt", text))
    assert article.paragraphs == BODY
    assert article.captions == ["The new blades stacked on the quay at Blyth Courtesy of Harbour Energy"]


def test_a_credit_courtesy_of_an_owner_makes_a_caption(tmp_path: Path) -> None:
    credit = "Courtesy of Northline Estates"
    (article,) = read_source(write(tmp_path, "courtesy.txt", dump("", "The keeper's cottage above the bay", credit, "")))
    assert article.captions == [f"The keeper's cottage above the bay {credit}"]
    assert article.paragraphs == PARAGRAPHS


def test_a_caption_a_dump_glues_under_a_paragraph_leaves_the_paragraph(tmp_path: Path) -> None:
    # The paragraph's last line is full, so the caption's first word went on the next line: one wrapped block.
    caption = "The keeper's cottage above the bay Courtesy of Northline Estates"
    (article,) = read_source(write(tmp_path, "glued.txt", dump(caption)))
    assert article.captions == [caption]
    assert article.paragraphs == PARAGRAPHS


PIER = "Cable drums wait on the quay at Blyth for the spring season."


def test_a_caption_printed_again_with_its_credit_is_one_caption(tmp_path: Path) -> None:
    # A browser copy prints the caption with its credit, then a gallery prints it again without.
    credited = f"{PIER} Tomasz Novak for The Northern Courier"
    (article,) = read_source(write(tmp_path, "pier.txt", copy_with_lines_inside(credited, PIER)))
    assert article.paragraphs == BODY
    assert article.captions == [credited]


def test_a_caption_printed_then_credited_in_a_dump_is_one_caption(tmp_path: Path) -> None:
    # w3m prints the caption, then the same caption with a wire credit, each wrapped, with no blank line.
    credited = textwrap.fill(f"{PIER} REUTERS", 79)
    (article,) = read_source(write(tmp_path, "pier.txt", dump("", textwrap.fill(PIER, 79), credited, "")))
    assert article.paragraphs == PARAGRAPHS
    assert article.captions == [f"{PIER} REUTERS"]


def test_a_video_teaser_printed_again_with_its_button_is_left_out(tmp_path: Path) -> None:
    teaser = "Harbour chief: 'The quay was never built for ships this size'"
    (article,) = read_source(write(tmp_path, "pier.txt", copy_with_lines_inside(
        f"{teaser} watch now", "VIDEO2:1402:14", teaser)))
    assert article.paragraphs == BODY
    assert article.captions == []


def test_a_summary_cut_short_over_the_article_it_summarises_is_left_out(tmp_path: Path) -> None:
    summary = f"{BODY[0]} {BODY[1][:90]}..."
    text = "\n".join([
        "The Northern Courier", HEADLINE, "By Jane Morrow", "13 November 2026", summary, "Email", "Print",
        PIER, "Credit: Tomasz Novak/Northline", "Related Topics", "Energy »", *BODY, "© 2026 The Northern Courier",
    ]) + "\n"
    (article,) = read_source(write(tmp_path, "summary.txt", text))
    assert article.paragraphs == BODY
    assert article.captions == [f"{PIER} Credit: Tomasz Novak/Northline"]


def test_a_gallery_whose_every_slide_is_printed_twice_keeps_its_slides_as_text(tmp_path: Path) -> None:
    slides = [f"{paragraph} Tomasz Novak for The Northern Courier" for paragraph in BODY]
    text = "\n\n".join([HEADLINE, "By Jane Morrow", *(line for slide, paragraph in zip(slides, BODY)
                                                      for line in (paragraph, slide))]) + "\n"
    (article,) = read_source(write(tmp_path, "gallery.txt", text))
    assert article.paragraphs


def test_a_wire_photos_long_caption_is_a_caption(tmp_path: Path) -> None:
    # Wire captions run to several sentences and past a paragraph's length; the photo credit ends them.
    caption = ("Turbine blades wait on the quay at Blyth before being shipped to the Dogger Bank farm, on November "
               "13, 2026 in Blyth, England. The operator said the farms supplied more power than gas plants for "
               "the first time over a full quarter, and it expects the share to grow again next year as two more "
               "farms come online off the coast of Yorkshire. (Photo by Tomasz NOVAK / AFP) (Photo by TOMASZ "
               "NOVAK/AFP via Getty Images)")
    assert 350 < len(caption) <= 700
    (article,) = read_source(write(tmp_path, "wire.txt", copy_with_lines_inside(caption)))
    assert article.paragraphs == BODY
    assert article.captions == [caption]


def test_a_caption_printed_twice_with_a_straight_then_a_curly_apostrophe_is_stored_once(tmp_path: Path) -> None:
    # A dump prints the picture's alt text (typed with straight quotes) and its caption (typeset) one over the other.
    caption = ("Harriet Lindqvist arrives at the grid operator's offices in Leeds, on Thursday, November 13, 2026. "
               "The operator's figures showed turbines out-producing gas plants. (AP Photo/Tomasz Novak)")
    text = copy_with_lines_inside(caption, caption.replace("'", "\u2019"))
    (article,) = read_source(write(tmp_path, "quotes.txt", text))
    assert article.paragraphs == BODY
    assert article.captions == [caption]


def test_a_long_paragraph_quoting_a_figure_is_no_caption(tmp_path: Path) -> None:
    # A paragraph may end in brackets that are no photo's credit: it stays.
    paragraph = ("The operator's quarterly report, published on Thursday, shows wind farms supplying 38 percent of "
                 "the power used between July and September, against 31 percent from gas plants, with the rest "
                 "from nuclear stations, solar farms and imports over the interconnectors from Norway and the "
                 "Netherlands, which ran at full capacity for most of the quarter (Infographic)")
    text = copy_with_lines_inside(paragraph)
    (article,) = read_source(write(tmp_path, "figure.txt", text))
    assert paragraph in article.paragraphs


def test_a_quoted_passage_with_the_source_it_was_read_in_is_a_paragraph_not_a_caption(tmp_path: Path) -> None:
    # A blog quotes a statement and names where it appeared: "(Via ...)" is a source, the quote no picture's text.
    quote = ("‘We are a small crew that nobody outside the harbour had heard of, and some people still think of us "
             "as hobbyists. We answer the same way every time: if you judge a crew by the size of its boats, you "
             "have never sailed with us.’ (Via The Saltmarsh Gazette)")
    (article,) = read_source(write(tmp_path, "quote.txt", copy_with_lines_inside(quote)))
    assert article.paragraphs == [*BODY[:2], quote, *BODY[2:]]
    assert article.captions == []


def test_a_short_quote_over_a_photo_credit_is_still_a_caption(tmp_path: Path) -> None:
    caption = "“We will be back next year.” (Photo: Tomasz Novak/Northline)"
    (article,) = read_source(write(tmp_path, "pull.txt", copy_with_lines_inside(caption)))
    assert article.paragraphs == BODY
    assert article.captions == [caption]


def test_a_posts_count_in_a_thread_is_no_credit(tmp_path: Path) -> None:
    # "(1/2)" closes the first post of a thread the article embeds: figures and a slash credit no one.
    post = "The ferry to Saltmarsh Quay is cancelled this afternoon. Buses will run from the harbour instead (1/2)"
    signature = "— Saltmarsh Ferries (@SaltmarshFerry) November 13, 2026"
    (article,) = read_source(write(tmp_path, "thread.txt", copy_with_lines_inside(post, signature)))
    assert article.paragraphs == [*BODY[:2], post, signature, *BODY[2:]]
    assert article.captions == []


def test_a_paragraph_under_a_pictures_file_name_is_no_caption(tmp_path: Path) -> None:
    # A picture without a caption prints only its file name; the long sentence under it is the article's.
    (article,) = read_source(write(tmp_path, "file.txt", copy_with_lines_inside("quay-at-dawn.jpeg")))
    assert article.paragraphs == BODY
    assert article.captions == []


def test_a_short_line_under_a_pictures_file_name_is_its_caption(tmp_path: Path) -> None:
    caption = "The quay at Blyth at dawn."
    (article,) = read_source(write(tmp_path, "file.txt", copy_with_lines_inside("quay-at-dawn.jpeg", caption)))
    assert article.paragraphs == BODY
    assert article.captions == [caption]


def test_a_labelled_credit_naming_two_parties_with_a_semicolon_makes_a_caption(tmp_path: Path) -> None:
    # A picture's alt text a dump prints over its credit; the credit names the photographer and an agency.
    alt = "Rows of turbines off a grey coast under low cloud. Background blue and white stripes."
    credit = "Photograph: Ingrid Solberg; Harbour Images"
    (article,) = read_source(write(tmp_path, "semicolon.txt", copy_with_lines_inside(alt, credit)))
    assert article.paragraphs == BODY
    assert article.captions == [f"{alt} {credit}"]


def test_a_wire_storys_sign_off_with_a_semicolon_is_no_credit(tmp_path: Path) -> None:
    sign_off = "(Reporting by Ingrid Solberg; Editing by Tomas Berglund)"
    (article,) = read_source(write(tmp_path, "sign-off.txt", copy_with_lines_inside(sign_off)))
    assert sign_off in article.paragraphs


def test_a_pictures_alt_text_a_dump_prints_over_its_caption_and_credit_is_no_text(tmp_path: Path) -> None:
    # lynx and w3m print the picture's description where it sits, then its caption and credit.
    alt = "Two divers in orange suits climb onto a concrete pier at low tide"
    caption = "Divers from the harbour board inspect the new cable landing at Brightsand on Tuesday."
    credit = "Photograph: Ingrid Solberg/Harbour Images"
    (article,) = read_source(write(tmp_path, "alt.txt", dump("", alt, textwrap.fill(caption, 79), credit, "")))
    assert article.paragraphs == PARAGRAPHS
    assert article.captions == [f"{caption} {credit}"]


def test_a_line_over_a_caption_in_a_browsers_copy_is_the_articles(tmp_path: Path) -> None:
    # A browser's copy never shows a picture's alt text: a line of the same shape there is the article's own.
    line = "Two divers in orange suits climb onto a concrete pier at low tide"
    caption = "Divers from the harbour board inspect the new cable landing at Brightsand on Tuesday."
    credit = "Photograph: Ingrid Solberg/Harbour Images"
    (article,) = read_source(write(tmp_path, "copy.txt", copy_with_lines_inside(line, caption, credit)))
    assert line in article.paragraphs


def test_a_subheading_over_a_captioned_picture_stays(tmp_path: Path) -> None:
    heading = "What the cables will cost"
    caption = "Divers from the harbour board inspect the new cable landing at Brightsand on Tuesday."
    credit = "Photograph: Ingrid Solberg/Harbour Images"
    (article,) = read_source(write(tmp_path, "heading.txt", copy_with_lines_inside(heading, caption, credit)))
    assert heading in article.paragraphs


def test_a_standfirst_right_under_the_headline_over_a_credit_is_no_caption(tmp_path: Path) -> None:
    # The lead picture has no caption, only a credit, printed under the standfirst: the standfirst stays text.
    standfirst = ("Whether the farms are built by the harbour board or by the private firms bidding for the licences, "
                  "the coast will change more in ten years than in the last hundred.")
    credit = "Photograph: Ingrid Solberg/Harbour Images"
    text = browser_copy(HEADLINE, standfirst, credit, "By Harriet Lindqvist", "13 November 2026")
    (article,) = read_source(write(tmp_path, "standfirst.txt", text))
    assert article.paragraphs[0] == standfirst
    assert article.paragraphs[1:] == BODY


@pytest.mark.parametrize(("heading", "paragraph"), [
    ("Where the money for the new cables to the coast will come from",
     "The board said it would ask the ministry for money to lay the cables. The ministry said it would answer "
     "before the spring, when the first of the new farms is due to start. (Harbour Wire)"),
    ("3. Find a way to pay for the cables to the coast",
     "The board said it would ask the ministry for money to lay the cables before the spring, when the first "
     "of the new farms is due to start. (Harbour Wire)"),
])
def test_a_long_subheading_over_a_paragraph_ending_in_a_credit_stays(
        tmp_path: Path, heading: str, paragraph: str) -> None:
    # A paragraph of two sentences ending in an agency's name reads as a caption, but is no picture's: the line
    # over it is the article's subheading, not a picture's alt text; so is a numbered line.
    (article,) = read_source(write(tmp_path, "long.txt", copy_with_lines_inside(heading, paragraph)))
    assert heading in article.paragraphs


def test_a_pictures_alt_text_over_a_wire_photos_long_caption_is_no_text(tmp_path: Path) -> None:
    alt = "Two divers in orange suits climb onto a concrete pier at low tide"
    caption = ("Divers from the harbour board inspect the new cable landing at Brightsand on Tuesday, Nov. 10, 2026, "
               "before the first of the turbines is switched on. (Harbour Wire)")
    (article,) = read_source(write(tmp_path, "wire.txt", dump("", alt, textwrap.fill(caption, 79), "")))
    assert article.paragraphs == PARAGRAPHS


def test_a_line_over_a_heading_with_a_bracketed_name_stays(tmp_path: Path) -> None:
    # "HPA (Harbour Pilots Association)" ends like a credit, but a word is no caption: the line over it is text.
    line = "It is also worth saying that we share your harbour dues with the pilots"
    text = copy_with_lines_inside(line, "HPA (Harbour Pilots Association)")
    (article,) = read_source(write(tmp_path, "heading.txt", text))
    assert line in article.paragraphs


def test_a_videos_title_printed_three_times_in_a_dump_stays_out_of_the_paragraph_under_it(tmp_path: Path) -> None:
    # w3m prints the title twice with its entities written out, then once more read, no blank line before the text.
    title = "Harbour chief reveals &#39;concerns&#39; about the board&#39;s ferry timetable"
    read_title = "Harbour chief reveals 'concerns' about the board's ferry timetable"
    paragraph = ("\"That was relayed to me by the board,\" she added, declining to say who was involved in the "
                 "talks about the timetable.")
    lines = [HEADLINE, "By Harriet Lindqvist", "November 13, 2026", "", *BODY[:2], title, title, read_title,
             paragraph, "", *BODY[2:]]
    (article,) = read_source(write(tmp_path, "video.txt", "\n".join(lines) + "\n"))
    assert paragraph in article.paragraphs
    assert not any(read_title in text for text in article.paragraphs)


def test_where_a_picture_came_from_is_its_credit(tmp_path: Path) -> None:
    caption = "Harriet Lindqvist and Tomasz Novak in 2024"
    credit = "Photo from Tomasz Novak’s Facebook page"
    (article,) = read_source(write(tmp_path, "wind.txt", copy_with_lines_inside(caption, credit)))
    assert article.captions == [f"{caption} {credit}"]
    assert article.paragraphs == BODY


def test_photos_from_an_event_in_a_sentence_are_no_credit(tmp_path: Path) -> None:
    line = "Photos from the launch show the first turbine's blades being lifted into place."
    (article,) = read_source(write(tmp_path, "wind.txt", copy_with_lines_inside(line)))
    assert line in article.paragraphs


@pytest.mark.parametrize("credit", ["@harbourwatch/via REUTERS",
                                    "@harbourwatch/via REUTERS THIS IMAGE HAS BEEN SUPPLIED BY A THIRD PARTY. "
                                    "MANDATORY CREDIT. NO RESALES. NO ARCHIVES.",
                                    "REUTERS/Jane Morrow NO RESALES. NO ARCHIVES."])
def test_a_wire_pictures_credit_and_terms_in_capitals_make_a_caption(tmp_path: Path, credit: str) -> None:
    # A wire's caption under the byline: a reader's picture passed on by the agency, then its terms of use.
    caption = f"Smoke rises over the harbour wall in Eastmere in this picture obtained from social media. {credit}"
    text = browser_copy(HEADLINE, "By Harriet Lindqvist", caption)
    (article,) = read_source(write(tmp_path, "wire.txt", text))
    assert article.paragraphs == BODY
    assert article.captions == [caption]


def test_a_link_a_dump_glues_after_a_credit_is_no_part_of_the_caption(tmp_path: Path) -> None:
    # lynx prints the wire's licensing link and its note for screen readers on the caption's last line.
    caption = "Harriet Lindqvist photographs the harbour wall in Eastmere, November 11, 2026. REUTERS/Jane Morrow"
    wrapped = textwrap.fill(f"{caption} Purchase Licensing Rights, opens new tab", 72, initial_indent="   ",
                            subsequent_indent="   ")
    text = lynx_page(HEADLINE, "", "   By Harriet Lindqvist", "", wrapped, "")
    (article,) = read_source(write(tmp_path, "licence.txt", text))
    assert article.captions == [caption]
    assert article.paragraphs == BODY


def test_a_paragraph_ending_in_a_slash_and_a_slogan_in_capitals_stays_a_paragraph(tmp_path: Path) -> None:
    # Capitals after a credit-shaped pair are a wire's terms of use only where they speak of its terms.
    slogan = ("The banner on the harbour wall was printed by the union. Eastmere Fishermen/Unite SAVE OUR WALL. "
              "SAVE OUR JOBS.")
    text = browser_copy(HEADLINE, "By Harriet Lindqvist", "13 November 2026").replace(
        BODY[2], "\n".join([slogan, BODY[2]]))
    (article,) = read_source(write(tmp_path, "slogan.txt", text))
    assert slogan in article.paragraphs and article.captions == []


def test_a_caption_with_its_credit_after_a_hidden_ellipsis_is_kept_apart(tmp_path: Path) -> None:
    # A copy glues the credit's label to the caption and the name to the label: "...pier.Credit...Jane Doe/Agency".
    caption = ("Turbines off the Northumberland coast on Thursday, seen from the harbour wall."
               "Credit...Tomasz Novak/Eastmere Advance Media for Eastmere.com")
    text = browser_copy(HEADLINE, caption, "By Harriet Lindqvist", "13 November 2026")
    (article,) = read_source(write(tmp_path, "credit.txt", text))
    assert article.paragraphs == BODY
    assert article.captions == [caption]


@pytest.mark.parametrize("credit", [
    # "Photographer/Agency/Agency via Getty Images": the last agency passed the picture on to the one that sells it.
    "Tomas Berg/SOPA Images/LightRocket via Getty Images",
    # "Or" is a first name: "(Or Kaplan/Harbour Press)" credits him, no aside going on with "or".
    "(Or Kaplan/Harbour Press)",
    # A picture made of two, each credited: twelve words once the slashes part them.
    "Photo by Tomas Berg/Northern Press Priya Raman/Pool/AFP via Getty Images",
    "(Tomas Berg/Northern Press Priya Raman/Pool/AFP via Getty Images)",
    # A word alone after the caption's sentence, saying where the picture came from.
    "Supplied",
])
def test_a_credit_of_a_rarer_shape_after_the_caption_makes_a_caption(tmp_path: Path, credit: str) -> None:
    caption = f"Harriet Lindqvist on the harbour wall in Eastmere on Thursday. {credit}"
    (article,) = read_source(write(tmp_path, "wind.txt", copy_with_lines_inside(caption)))
    assert article.captions == [caption]
    assert article.paragraphs == BODY


@pytest.mark.parametrize("paragraph", [
    # A community brief's last paragraph, tagged as sent in: sentences, no picture's caption.
    "The cheque was presented at the food bank on Tuesday. Anyone wishing to volunteer can call the club on "
    "01632 960142. Submitted",
    "Bedding and towels? Supplied",
])
def test_a_word_saying_where_text_came_from_after_sentences_or_a_question_is_no_credit(
        tmp_path: Path, paragraph: str) -> None:
    (article,) = read_source(write(tmp_path, "brief.txt", copy_with_lines_inside(paragraph)))
    assert paragraph in article.paragraphs
    assert article.captions == []


@pytest.mark.parametrize(("line", "credited"), [
    # A still from a video: the people it shows, then where it is from.
    ("Harriet and Tomasz / YouTube", True),
    ("Harriet Lindqvist and Tomasz Novak / YouTube", True),
    # A sentence with "and" before a slash is no credit, nor a book's title and its author.
    ("Ferries and buses run late / the council says", False),
    ("Pride and Prejudice / Jane Austen", False),
    ("Hansel and Gretel / Eastmere Playhouse", False),
])
def test_people_and_the_site_a_still_is_from_are_a_credit(line: str, credited: bool) -> None:
    assert is_credit_only(line) is credited


@pytest.mark.parametrize(("line", "credited"), [
    # A full stop after a credit of agencies between slashes.
    ("Photo: By Priya Raman/Northern Press/Getty Images.", True),
    ("Photo: Priya Raman/Northern Press/Getty Images.", True),
    # A sentence that ends with a slash inside brackets, or a place named with one, is no credit.
    ("Add the seeds (perhaps 1/2 cup to start, more if desired).", False),
    ("The ferry moved its winter berth to Eastmere/Northwold.", False),
])
def test_a_full_stop_after_a_slashed_credit(line: str, credited: bool) -> None:
    assert is_credit_only(line) is credited


def test_a_caption_over_a_slashed_credit_with_a_full_stop_is_kept_apart(tmp_path: Path) -> None:
    caption = "Harriet Lindqvist wore a borrowed coat to the launch of the new ferry."
    text = copy_with_lines_inside(caption, "Photo: By Priya Raman/Northern Press/Getty Images.")
    (article,) = read_source(write(tmp_path, "credit-stop.txt", text))
    assert article.paragraphs == BODY
    assert caption in " ".join(article.captions)


def test_a_long_gallery_caption_printed_again_with_its_credit_glued_on_is_a_caption(tmp_path: Path) -> None:
    # A gallery's caption names a panel at length; the dump prints it, then again with the credit run into its end.
    caption = ("Harriet Lindqvist, who chairs the Northern Grid Forum, speaks to the audience with fellow panellists, "
               "from left, Tomasz Novak, head of research at the Harbour Energy Trust, Ingrid Halvorsen, founder and "
               "partner of Coastline Ventures, and Mo Lee, chief engineer of the Eastmere cable works, during a "
               "workshop called Wires Before Farms: Building the Grid the Coast Needs, at the Eastmere Exchange on "
               "November 12, 2026 in Eastmere.")
    assert len(caption) > 350  # longer than a caption printed twice may be without its credit
    (article,) = read_source(write(tmp_path, "gallery.txt", dump(
        "", textwrap.fill(caption, 79), "", textwrap.fill(f"{caption}Tomasz Novak/The Northern Courier", 79), "")))
    assert article.captions == [f"{caption}Tomasz Novak/The Northern Courier"]  # stored once, with its credit
    assert article.paragraphs == PARAGRAPHS


@pytest.mark.parametrize("button", ["hide caption", "toggle caption"])
def test_a_caption_with_its_credit_and_button_printed_once_is_a_caption(tmp_path: Path, button: str) -> None:
    # The caption, its credit and the button that hides it on one line, the button's twin and the credit under it;
    # the page prints the caption no second time.
    caption = "Turbines off the Yorkshire coast on Tuesday evening."
    credit = "Tom Roe/Northern Courier"
    text = copy_with_lines_inside(f"{caption} {credit} {button}", f"toggle caption {credit}")
    (article,) = read_source(write(tmp_path, "button.txt", text))
    assert article.paragraphs == BODY
    assert any(caption in text for text in article.captions)


def test_a_guides_line_ending_in_a_menus_path_and_show_caption_is_text(tmp_path: Path) -> None:
    # "show caption" in a how-to's step is the setting's name, not the button after a caption's credit.
    step = "Open the home screen and scroll to the cog icon. Accessibility Options/Subtitles show caption"
    (article,) = read_source(write(tmp_path, "howto.txt", copy_with_lines_inside(step)))
    assert step in article.paragraphs


@pytest.mark.parametrize(("image", "caption"), [
    # A lazy picture's placeholder, then the alt text of the picture it stands for: neither paragraph nor caption.
    ("[grey-placeholder.png] ", None),
    ("[harbour-storm-night-4f2a.jpg] ", None),
    ("[grey-place]", None),  # w3m: the placeholder's name cut to its width, the text glued on
    # ... but a caption with its credit after the file name stays the caption.
    ("[harbour-storm-night-4f2a.jpg] ", "Boats moored at the pier in Eastmere on Thursday (Northern Press)"),
])
def test_the_text_after_a_pictures_file_name_on_its_line_is_the_pictures(
        tmp_path: Path, image: str, caption: str | None) -> None:
    alt = caption or ("A man in a yellow coat walks past the closed harbour office on a grey morning after the "
                      "storm, with the boats of the fishing fleet moored behind him")
    picture = textwrap.fill(f"{image}{alt}", 72, initial_indent="   ", subsequent_indent="   ")
    third = textwrap.fill(BODY[2], 72, initial_indent="   ", subsequent_indent="   ")
    # Between the article's second and third paragraphs, wrapped as lynx wraps them.
    text = lynx_page(HEADLINE, "", "   By Harriet Lindqvist", "   13 November 2026", "", body=BODY).replace(
        third, f"{picture}\n\n{third}")
    (article,) = read_source(write(tmp_path, "picture.txt", text))
    assert article.paragraphs == BODY
    assert article.captions == ([caption] if caption else [])


@pytest.mark.parametrize("image", [
    # w3m glues an inline picture's name to the paragraph it opens.
    "[harbour-storm-night-4f2a.jpg]",
    # The text after the name reads as a paragraph (a sentence of twenty words and more), an inline picture opening it.
    "[icon-info.png] ",
])
def test_a_paragraph_opening_with_an_inline_pictures_file_name_stays_the_articles(tmp_path: Path, image: str) -> None:
    third = textwrap.fill(BODY[2], 72, initial_indent="   ", subsequent_indent="   ")
    text = lynx_page(HEADLINE, "", "   By Harriet Lindqvist", "   13 November 2026", "", body=BODY).replace(
        third, f"   {image}{third.lstrip()}")
    (article,) = read_source(write(tmp_path, "inline.txt", text))
    assert article.paragraphs == BODY


def test_places_parted_by_slashes_are_no_credit(tmp_path: Path) -> None:
    # A line of a route's stops between slashes names no agency: the article's own line, no caption.
    stops = "Eastmere Central/Holm Bay/Skerry Point/North Quay/Old Town Square/Harbour Road Depot"
    (article,) = read_source(write(tmp_path, "stops.txt", copy_with_lines_inside("The stops, in order:", stops)))
    assert stops in article.paragraphs and article.captions == []
