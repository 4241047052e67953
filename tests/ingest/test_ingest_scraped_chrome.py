"""Chrome inside or around a scraped article's body, in the shapes real copies take.

Our own pages.  Each test is one kind of line that looks enough like text to stay in the
body by its length or its words, and that the importer must leave out by its shape.
"""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from test_ingest_scraped_pages import BODY, HEADLINE, LYNX_DUMP, MENU, browser_copy, copy_with_lines_inside, write

from reader.ingest import read_source
from reader.ingest.chrome import is_chrome
from reader.ingest.scraped_lines import scraped_units, wrap_width


def test_share_links_named_after_the_story_are_neither_its_headline_nor_text(tmp_path: Path) -> None:
    # Each button's link for screen readers names the story and where it is shared, twice over (a bar at the
    # top and one floating), between the standfirst and the byline.
    standfirst = "Turbines out-produced gas plants between July and September, the grid operator says"
    shares = [f"{HEADLINE} on {network} (opens in a new window)" for network in ("x", "facebook", "whatsapp")]
    text = browser_copy(HEADLINE, standfirst, *shares, "Save", *shares, "Save", "Harriet Lindqvist",
                        "November 13 2026")
    (article,) = read_source(write(tmp_path, "shares.txt", text))
    assert article.title == HEADLINE
    assert article.byline == "Harriet Lindqvist"
    assert article.published == "2026-11-13"
    assert article.paragraphs[-len(BODY):] == BODY
    assert not any(HEADLINE in paragraph for paragraph in article.paragraphs)


def test_a_pictures_share_buttons_after_its_name_are_no_headline(tmp_path: Path) -> None:
    # A share bar a button a line under the headline, then the lead picture's own buttons after the paper's name,
    # its credit and caption, and the byline with the outlet and the date.
    text = browser_copy(HEADLINE, "E-Mail", "Facebook", "Twitter", "Google+", "LinkedIn", "Comments Print",
                        "The Northern Courier Tweet Share", "", "Jane Roe/NCN", "",
                        "Turbines off the Yorkshire coast turned through the night as the figures came in.", "",
                        "By Harriet Lindqvist Northern Courier  November 13, 2026")
    (article,) = read_source(write(tmp_path, "tweet.txt", text))
    assert (article.title, article.byline, article.published) == (HEADLINE, "Harriet Lindqvist", "2026-11-13")


@pytest.mark.parametrize("headline", [
    "Harbour board sells more shares", "Central bank says it will not print more", "Ferry firm drops Facebook Twitter",
])
def test_a_headline_ending_in_words_of_share_buttons_stays_the_headline(tmp_path: Path, headline: str) -> None:
    (article,) = read_source(write(tmp_path, "shares.txt", browser_copy(headline, "By Harriet Lindqvist",
                                                                        "13 November 2026")))
    assert article.title == headline


def test_an_embedded_frames_address_a_dump_prints_and_wraps_is_no_text(tmp_path: Path) -> None:
    # A share button's frame: its address, wrapped at the dump's width, as a paragraph of its own.
    address = ("       http://buttons.example/widgets/share.html?url=http%3A%2F%2Fnorthern-courier.example%2\n"
               "       F2026%2F11%2Fwind-beats-gas&count=horizontal&lang=en&size=medium&via=courier\n")
    dump = LYNX_DUMP.replace("   Industry groups said", f"{address}\n   Industry groups said")
    (article,) = read_source(write(tmp_path, "frame.txt", dump))
    assert article.paragraphs == BODY


def test_a_note_about_an_author_the_article_never_named_is_left_out(tmp_path: Path) -> None:
    # No byline over the article, so the note is told by its shape: a full name the article has not used
    # yet. It is the writer's note, so it names the writer too.
    note = ("Tomas Berglund is a national affairs correspondent for the Courier. He has written three books "
            "on the history of the coast and its ports.")
    text = browser_copy(HEADLINE, tail=(note,))
    (article,) = read_source(write(tmp_path, "bio.txt", text))
    assert article.byline == "Tomas Berglund"
    assert article.paragraphs == BODY


def test_a_paragraph_inside_the_article_about_a_name_it_already_used_is_no_note_on_the_writer(
        tmp_path: Path) -> None:
    # A section's name printed with the date reads as a byline; inside the article a paragraph opening
    # with that name and "has" is about the story's subject, which its first paragraph named.
    middle = ("North Sea has become the busiest stretch of water for cable ships in Europe, with six of them at "
              "work off the coast this autumn and two more due before the winter storms begin.")
    body = [*BODY[:2], middle, *BODY[2:], "The operator will publish its next figures in February."]
    text = "\n".join([HEADLINE, "North Sea 09:31 November 13, 2026", *body, "Most read",
                      "Storm closes the coast road", "Share"]) + "\n"
    (article,) = read_source(write(tmp_path, "subject.txt", text))
    assert article.paragraphs == body


def test_a_caption_with_a_gallery_button_after_its_credit_is_a_caption(tmp_path: Path) -> None:
    caption = "Engineers inspect a turbine blade at the port of Blyth on Wednesday. (Kyodo)"
    text = browser_copy(f"{caption} more >", "Print", HEADLINE, "By Harriet Lindqvist", "13 November 2026")
    (article,) = read_source(write(tmp_path, "more-button.txt", text))
    assert article.paragraphs == BODY
    assert article.captions == [caption]


def test_a_dumps_button_with_a_form_field_inside_is_no_text(tmp_path: Path) -> None:
    # lynx prints a button whose label did not render as a field: "(BUTTON______________)".
    dump = LYNX_DUMP.replace("   (BUTTON) Back to top\n", "   (BUTTON______________) Sign up\n   (BUTTON) Back to top\n")
    dump = dump.replace("grid operator on Thursday.\n", "grid operator on Thursday. (BUTTON______________)\n")
    (article,) = read_source(write(tmp_path, "button-field.txt", dump))
    assert article.paragraphs == BODY
    assert article.captions == ["Engineers inspect a turbine blade at the port of Blyth on Wednesday. (Kyodo)"]


def test_a_caption_printed_twice_under_the_opening_lines_does_not_cut_them_off(tmp_path: Path) -> None:
    # Tabloid style: two one-line sentences, the picture's caption twice, then the paragraphs.
    opening = ["NOBODY saw this one coming.", "But the grid has had a record quarter."]
    caption = "Turbines at dusk off the Yorkshire coast"
    text = browser_copy(HEADLINE, "By Harriet Lindqvist", "13 November 2026", *opening, caption, caption)
    (article,) = read_source(write(tmp_path, "opening.txt", text))
    assert article.paragraphs == [*opening, *BODY]
    assert article.captions == [caption]


def test_a_sign_up_forms_promise_that_readers_may_opt_out_any_time_is_no_text(tmp_path: Path) -> None:
    # Under the last paragraph, scoring like a sentence: the body would end on it.
    form = "No spam, we promise: you may opt out anytime. Privacy Policy."
    (article,) = read_source(write(tmp_path, "form.txt", browser_copy(HEADLINE, tail=(form,))))
    assert article.paragraphs == BODY


# Topic, headline, author, "N hours ago", summary: a card of five lines, again and again.
TIMED_CARDS = (
    ("Ferries", "Ferry company to add a late crossing on summer weekends", "Maren Olsby", "2 hours ago",
     "The company said the extra sailing would leave the mainland at eleven at night and would run "
     "until the end of the school holidays."),
    ("Property", "Lighthouse keeper's cottage goes up for sale for the first time", "Idris Fenwick",
     "3 hours ago", "The cottage has stood empty since the light was automated, and the estate agent "
     "expects a lot of interest from buyers."),
    ("Walking", "Coastal path reopens after winter storms washed part of it away", "Maren Olsby",
     "5 hours ago", "Volunteers spent six weeks rebuilding the steps above the bay, and the whole route "
     "will be open again in time for the spring festival."),
    ("Weather", "Harbour town named the sunniest spot on the coast this year", "Petra Laine",
     "6 hours ago", "Residents were told on Monday that the town had more hours of sunshine than "
     "anywhere else along the coast."),
)
TIMED_CARD_LINES = tuple(line for card in TIMED_CARDS for line in card)


def test_cards_with_a_tag_an_author_and_a_time_around_each_headline_are_left_out(tmp_path: Path) -> None:
    text = browser_copy(HEADLINE, "By Harriet Lindqvist", "13 November 2026", tail=("More News", *TIMED_CARD_LINES))
    (article,) = read_source(write(tmp_path, "timed-cards.txt", text))
    assert article.paragraphs == BODY


def test_cards_a_copy_prints_inside_the_article_do_not_cut_it_in_two(tmp_path: Path) -> None:
    # A carousel of other stories between two halves of the article: both halves stay.
    text = copy_with_lines_inside(*TIMED_CARD_LINES, "Share")
    (article,) = read_source(write(tmp_path, "carousel.txt", text))
    assert article.paragraphs == BODY


@pytest.mark.parametrize(
    "prompt",
    [
        "Essential coast news, delivered daily",
        "The latest shipping news and analysis, delivered every Sunday.",
        "Patient reporting. Plain words. Delivered to you.",
        "Join the hundreds of sailors who get tide tables, charts and harbour gossip delivered to their inboxes.",
        "The best of the Courier, every day, in your in-box, plus an alert when we break a story.",
        "This story is available exclusively to Courier Plus subscribers. Join today and read on.",
        "Get our Harbour Week newsletter",
        "Get the latest updates from the council chamber and more Courier politics coverage.",
        "Thanks for signing up!",
        "View all posts by Harriet Lindqvist",
        "For Reprints and Permissions, click here.",
        "By submitting your information, you agree to receive messages from the Courier in line with our terms.",
        "Make your gift now and help the Courier keep reporting in 2026. Donate today",
        "The Courier would like to keep you informed about offers and events by email, tick the box to agree.",
        "Read next",
        "Click here to read the harbour board's full report on the new cables.",
        "CLICK HERE TO GET THE COURIER APP",
        "The views expressed here are the writer's own and do not necessarily reflect those of the Courier.",
        "Courier Online is not responsible for the opinions, statements or media content presented by contributors.",
        "Advertising disclosure: We may receive compensation for some of the links in our stories.",
        "Northline Media may get a commission",
        "Every morning the Courier's editors pick the stories that matter most. Sign up for the newsletter here.",
        "Get started by entering your email address below.",
        "Please enter a valid email address",
        "Contact me with news and offers from other Northline titles",
        "Receive email from us on behalf of our trusted partners or sponsors",
        "This post is not available due to your privacy preferences.",
        "Update your settings here to see it.",
        "We take part in an affiliate advertising program designed to let us earn fees by linking to shops.",
        "Permalink https://courier.example/p/4Hx9q",
        "Feedback: Write to us. Please include your name and town in your message.",
        "To send our newsroom a correction for the harbour story, click here.",
        "The week's best harbour stories, delivered Monday, Wednesday and Friday.",
        "To continue reading, please log in or subscribe to the Courier",
        "Our emails are made to land in your inbox fresh every morning and every weekend.",
        "Become a member",
        "Featured image credit: the harbour at dusk via a photo library",
        "Copy Link URLCopied!",
        "Get short URL",
        "1Print this page",
        "You may occasionally receive promotional content from the Northern Courier.",
        "To view this content, Javascript must be enabled and Adobe Flash Player must be installed.",
        "Unlock the Harbour Digest for free",
        "Get Harbour Week and other email newsletters",
        "This image may contain Boat Harbour Person and Rope",
        "Twitter avatar for @harbourwatch",
        "Published [hour]:[minute] [AMPM] [timezone], [monthFull] [day], [year]",
        "[articles;sz=300x250;ord=[timestamp]?]",
        "harbour-dawn.jpg harbour-dawn.jpg Maren Olsby/Courier",
        "Image zoom",
        "Enlarge this image",
        "Listen· 24:3724-Minute Listen",
        "Follow Northline on Twitter",
        "Topicsoffshore windenergyNorth Sea",
        "Tags turbines, grid, cables, North Sea",
        "To revisit this article, visit My Profile, then View saved stories.",
        "Share the link: https://courier.example/s/4Hx9",
        "Sign me up",
        "Be the first to know about new stories from Harbour Desk. Sign up to follow, and we'll e-mail you free "
        "updates as they're published.",
        "You'll receive free e-mail news updates each time a new story is published.",
    ],
)
def test_sign_up_offers_without_a_word_to_the_reader_are_left_out(tmp_path: Path, prompt: str) -> None:
    # Between two paragraphs, where a newsletter box sits in many copies.
    text = copy_with_lines_inside(prompt)
    (article,) = read_source(write(tmp_path, "offer.txt", text))
    assert article.paragraphs == BODY


@pytest.mark.parametrize(
    "sentence",
    [
        "Fishermen can change their privacy settings in the new app, the harbour board said, before it goes live.",
        "The council will ask residents to enter their email address on the new website to report flooding.",
        "Milk was delivered on Mondays and Thursdays by a boy on a bicycle until the ferry stopped running.",
        "\u201cPeople [are] angry if the ferry is late [and] angry if it is early,\u201d one skipper [said] at the meeting.",
        "Tags were sewn into the coats, the hats, and the gloves of every crew member, the report said.",
        "The skipper said she would sign up and e-mail you the timetable once the board had agreed it.",
        "Residents will receive free e-mail updates from the council while the harbour wall is rebuilt.",
        "Listen · 9:30 Saturday on Eastmere FM, when the harbour master answers listeners' questions.",
        "Issued on 13 November 2026, the survey lists every harbour wall the council must repair.",
    ],
)
def test_a_sentence_about_settings_email_or_deliveries_in_the_article_stays(tmp_path: Path, sentence: str) -> None:
    text = copy_with_lines_inside(sentence)
    (article,) = read_source(write(tmp_path, "settings.txt", text))
    assert article.paragraphs == [*BODY[:2], sentence, *BODY[2:]]


def test_a_sentence_about_deliveries_in_the_article_stays(tmp_path: Path) -> None:
    sentence = "Parcels to the islands are delivered daily by the morning ferry, weather permitting."
    text = copy_with_lines_inside(sentence)
    (article,) = read_source(write(tmp_path, "deliveries.txt", text))
    assert article.paragraphs == [*BODY[:2], sentence, *BODY[2:]]


def test_other_stories_headlines_under_the_last_paragraph_are_left_out(tmp_path: Path) -> None:
    # No "Related" heading over them: sentence-case headlines, a question among them, under the article.
    headlines = ("Ferry company adds a late crossing on summer weekends",
                 "Lighthouse keeper's cottage goes up for sale for the first time",
                 "Is the coastal path safe to walk after the winter storms?",
                 "Harbour town named the sunniest spot on the coast this year")
    # Readers' comments under them: prose, so the body ran on to the comment section's heading.
    comments = ("Join the conversation",
                "I have lived on this coast all my life and I never thought I would see the day when the wind "
                "did more for us than the gas fields did, and I hope that the cables come soon.")
    text = browser_copy(HEADLINE, "By Harriet Lindqvist", "13 November 2026", tail=(*headlines, *comments))
    (article,) = read_source(write(tmp_path, "tail-headlines.txt", text))
    assert article.paragraphs == BODY


def test_a_list_the_last_paragraph_announces_stays(tmp_path: Path) -> None:
    items = ("Tuesday evenings at the harbour office in Blyth",
             "Thursday mornings at the library on the seafront",
             "Saturday afternoons at the community hall by the station")
    intro = "The operator said it would hold drop-in sessions for residents at three places:"
    text = browser_copy(HEADLINE, "By Harriet Lindqvist", "13 November 2026", tail=(intro, *items))
    (article,) = read_source(write(tmp_path, "tail-list.txt", text))
    assert article.paragraphs == [*BODY, intro, *items]


def test_a_long_caption_a_dump_prints_twice_under_the_article_is_no_text(tmp_path: Path) -> None:
    # A teaser's picture: its description and its title, the same two sentences one after the other.
    caption = ("FILE - Fishing boats are moored in the harbour at Amble, Oct. 21, 2025. The council said "
               "on Tuesday that the harbour would be dredged next spring for the first time in twenty years.")
    dump = LYNX_DUMP.replace("   (BUTTON) Back to top\n",
                             f"   {caption} {caption}\n\n   (BUTTON) Back to top\n")
    (article,) = read_source(write(tmp_path, "doubled-caption.txt", dump))
    assert article.paragraphs == BODY


def test_a_ranked_teaser_printed_twice_is_no_text(tmp_path: Path) -> None:
    teaser = "3. Harbour Town Named the Sunniest Spot on the Coast Harbour Town Named the Sunniest Spot on the Coast"
    text = copy_with_lines_inside(teaser)
    (article,) = read_source(write(tmp_path, "ranked-teaser.txt", text))
    assert article.paragraphs == BODY


def test_an_embedded_posts_preview_glued_to_its_full_text_in_a_dump_is_no_text(tmp_path: Path) -> None:
    # The preview stops inside a word ("the har"), then the post's whole text follows on the same paragraph.
    post = ("Fresh crab on the quay this morning, straight off the boats and into the pot, come down to the "
            "harbour before noon and bring a bag, we will be here until the last one goes")
    glued = f"Fresh crab on the quay this morning, straight off the boats and into the pot, come down to the har {post}"
    wrapped = textwrap.fill(glued, width=88, initial_indent="   ", subsequent_indent="   ")
    dump = LYNX_DUMP.replace('   "We have built', f'{wrapped}\n\n   "We have built')
    (article,) = read_source(write(tmp_path, "preview.txt", dump))
    assert article.paragraphs == BODY


def test_a_credit_with_a_dash_between_the_photographer_and_the_agencies_is_a_credit(tmp_path: Path) -> None:
    caption = "Engineers inspect a turbine blade at the port of Blyth."
    credit = "Petra Laine - Northfoto/Getty Images"
    text = copy_with_lines_inside(caption, credit)
    (article,) = read_source(write(tmp_path, "dash-credit.txt", text))
    assert article.paragraphs == BODY
    assert article.captions == [f"{caption} {credit}"]


def test_cards_need_a_time_when_more_than_one_small_line_stands_around_the_headline() -> None:
    # A listicle's item (a picture credit, an occasion, the product, its description) has the shape of
    # a card with a tag and a name; other stories' cards with that many small lines carry a time.
    from reader.ingest.body_extent import teaser_cards
    from reader.ingest.prose import measure
    from reader.ingest.scraped_lines import scraped_units, wrap_width

    def run(small: str) -> list[str]:
        return [line for card in TIMED_CARDS for line in (card[0], card[1], small, card[4])]

    for lines, found in ((run("Maren Olsby"), False), (run("2 hours ago"), True)):
        text = "\n".join([*BODY[:2], *lines, *BODY[2:]])
        units = scraped_units(text, wrap_width(text))
        cards = teaser_cards(units, measure(units))
        assert bool(cards) is found


def test_a_video_players_message_is_no_paragraph(tmp_path: Path) -> None:
    # The player's text where an embedded video did not load is a sentence, but about the player.
    text = copy_with_lines_inside("We apologize, this video has expired.")
    (article,) = read_source(write(tmp_path, "expired.txt", text))
    assert article.paragraphs == BODY


def test_an_embedded_videos_headline_over_its_date_is_no_subheading(tmp_path: Path) -> None:
    # An embedded video's title over its date and running time: another story, not the article's subheading.
    text = copy_with_lines_inside("Harbour town says farewell to its last lighthouse keeper", "Nov. 12, 2026")
    (article,) = read_source(write(tmp_path, "video.txt", text))
    assert article.paragraphs == BODY


def test_a_video_players_label_title_running_time_and_description_are_no_paragraphs(tmp_path: Path) -> None:
    # A broadcaster's player between paragraphs: its label, the video's title, when it ran, "Duration m:ss", and a
    # sentence or two on what the video shows.
    text = copy_with_lines_inside(
        "WATCH | Harbour pilots explain why the ferries stopped:", "Ferry crews describe the night of the storm",
        "9 hours ago", "Duration 2:10", "Crews on the Eastmere crossing say the swell rose faster than the forecast "
        "had warned. The Courier's Harriet Lindqvist reports from the pier.")
    (article,) = read_source(write(tmp_path, "player.txt", text))
    assert article.paragraphs == BODY


@pytest.mark.parametrize("lines", [
    # Without the player's label, the article's lines around a running time stay; the running time goes.
    ("Duration 2:10",),
    ("Residents describe the night the water came in", "Duration 2:10"),
    ("Listen to this article", "Duration 4:32"),
])
def test_the_articles_paragraph_under_a_running_time_without_a_players_label_stays(
        tmp_path: Path, lines: tuple[str, ...]) -> None:
    (article,) = read_source(write(tmp_path, "untitled.txt", copy_with_lines_inside(*lines)))
    assert BODY[2] in article.paragraphs and "Duration" not in " ".join(article.paragraphs)


def test_a_short_label_printed_at_each_slot_between_paragraphs_is_no_subheading(tmp_path: Path) -> None:
    # A short line between paragraphs may be a subheading, but the article's subheadings differ:
    # one printed again at every slot is the page's label for an ad or a player.
    label = "Partner content from Tidewater"
    text = browser_copy(HEADLINE, "By Harriet Lindqvist", "13 November 2026")
    for paragraph in BODY[1:]:
        text = text.replace(paragraph, f"{label}\n{paragraph}")
    (article,) = read_source(write(tmp_path, "slots.txt", text))


def test_a_pictures_text_a_dump_prints_between_paragraphs_is_no_text(tmp_path: Path) -> None:
    # lynx prints an image's alt text as a line of its own: lower case, no full stop.
    alt = "wind turbines off the yorkshire coast at dusk with a supply boat"
    dump = LYNX_DUMP.replace('   "We have built', f'   {alt}\n\n   "We have built')
    (article,) = read_source(write(tmp_path, "alt.txt", dump))
    assert article.paragraphs == BODY


def test_a_list_of_lower_case_items_between_paragraphs_stays(tmp_path: Path) -> None:
    items = ["cables under the estuary to the substation", "new pylons across the moors to the cities"]
    text = copy_with_lines_inside("The operator named two projects it needs first.", *items)
    (article,) = read_source(write(tmp_path, "items.txt", text))
    assert article.paragraphs == [*BODY[:2], "The operator named two projects it needs first.", *items, *BODY[2:]]


def test_cards_dated_in_figures_are_left_out(tmp_path: Path) -> None:
    # Headline, summary, "11/09/2026", "By ...": which figure is the day does not matter to a card.
    lines = [line for day, card in enumerate(TIMED_CARDS, 3)
             for line in (card[1], card[4], f"11/0{day}/2026", f"By {card[2]}")]
    text = browser_copy(HEADLINE, "By Harriet Lindqvist", "13 November 2026", tail=("Recommended for you", *lines))
    (article,) = read_source(write(tmp_path, "dated-cards.txt", text))
    assert article.paragraphs == BODY


def test_cards_dated_with_an_update_time_before_its_zone_are_left_out(tmp_path: Path) -> None:
    # Headline, "November 12, 2026 -- Updated 0941 GMT (1741 HKT)", summary: the time runs hours and
    # minutes together before its zone, and the reader's own zone follows in brackets.
    lines = [line for day, card in enumerate(TIMED_CARDS, 3)
             for line in (card[1], f"November {day}, 2026 -- Updated 0{day}41 GMT (1{day}41 HKT)", card[4])]
    text = browser_copy(HEADLINE, "By Harriet Lindqvist", "13 November 2026", tail=("Opinion on the news", *lines))
    (article,) = read_source(write(tmp_path, "updated-cards.txt", text))
    assert article.paragraphs == BODY


def test_cards_with_their_summaries_cut_short_are_left_out(tmp_path: Path) -> None:
    # A short tag over each headline, the summary cut off with "...": teasers, with no time or name beside them.
    # A copy may print them between two of the article's paragraphs.
    lines = [line for card in TIMED_CARDS for line in (card[0], card[1], card[4].rsplit(" ", 4)[0] + "...")]
    (article,) = read_source(write(tmp_path, "cut-cards.txt", copy_with_lines_inside(*lines)))
    assert article.paragraphs == BODY


def test_cards_with_a_picture_printed_twice_between_them_are_left_out(tmp_path: Path) -> None:
    # A dump prints each card's picture text twice (its text and its title) under the card's byline.
    pictures = ("A ferry leaves the harbour at night.", "A white cottage beside a lighthouse.",
                "Steps above a sandy bay in spring.", "A quiet harbour street in the sun.")
    lines = [line for picture, card in zip(pictures, TIMED_CARDS)
             for line in (card[1], card[4], card[3], f"By {card[2]}", picture, picture)]
    text = browser_copy(HEADLINE, "By Harriet Lindqvist", "13 November 2026", tail=("Recommended for you", *lines))
    (article,) = read_source(write(tmp_path, "pictured-cards.txt", text))
    assert article.paragraphs == BODY


def test_cards_each_signed_by_a_writer_under_the_article_are_left_out(tmp_path: Path) -> None:
    # Picture text, a headline asking a question, a summary and "By ...", again and again: other stories.
    pictures = ("A ferry leaves the harbour at night under a full moon.", "A white cottage stands beside the old lighthouse.",
                "Wooden steps climb above a sandy bay in spring.", "A quiet harbour street lies empty in the sun.")
    lines = [line for picture, card in zip(pictures, TIMED_CARDS)
             for line in (picture, f"Will the {card[1].lower()}?", card[4], f"By {card[2]}")]
    text = browser_copy(HEADLINE, "By Harriet Lindqvist", "13 November 2026", tail=("Read more stories", *lines))
    (article,) = read_source(write(tmp_path, "signed-cards.txt", text))
    assert article.paragraphs == BODY
    assert article.byline == "Harriet Lindqvist"


def test_cards_signed_over_long_summaries_cut_short_are_left_out(tmp_path: Path) -> None:
    # Tag, headline, a standfirst, "by ..." and the summary's first forty-odd words, cut off mid-sentence.
    tail = ("and the ferry company expects the late crossing to fill up quickly once the summer timetable is "
            "printed, with bookings for cars opening a week earlier than in")
    lines = [line for card in TIMED_CARDS
             for line in ("COAST", card[1], f"What {card[0].lower()} will look like next year",
                          f"by {card[2]}", f"{card[4]} {tail}")]
    text = browser_copy(HEADLINE, "By Harriet Lindqvist", "13 November 2026", tail=tuple(lines))
    (article,) = read_source(write(tmp_path, "long-cards.txt", text))
    assert article.paragraphs == BODY


def test_parts_of_the_article_each_signed_by_a_writer_stay(tmp_path: Path) -> None:
    # A round-up: each writer's long part of the article under their name.
    parts = [f"{BODY[i]} {BODY[i + 1]}" for i in range(3)]
    lines = [line for name, part in zip(("Maren Olsby", "Idris Fenwick", "Petra Laine"), parts)
             for line in (f"By {name}", part)]
    text = browser_copy(HEADLINE, "By Harriet Lindqvist", "13 November 2026", tail=tuple(lines))
    (article,) = read_source(write(tmp_path, "round-up.txt", text))
    assert article.paragraphs == [*BODY, *parts]


def test_a_pictures_description_a_dump_prints_between_paragraphs_is_no_text(tmp_path: Path) -> None:
    # An image's alt text describes it: a noun and a participle, no verb that tells what happened.
    alt = "A row of white turbines standing in a grey sea, with a supply boat passing in the foreground."
    dump = LYNX_DUMP.replace('   "We have built', f'   {alt}\n\n   "We have built')
    (article,) = read_source(write(tmp_path, "alt-description.txt", dump))
    assert article.paragraphs == BODY


@pytest.mark.parametrize(
    "notice",
    [
        "You are using an older browser version. Please use a supported version for the best Courier experience.",
        "Media playback is unsupported on your device",
        "Please enable JavaScript to view the comments.",
    ],
)
def test_notices_about_the_readers_browser_are_left_out(tmp_path: Path, notice: str) -> None:
    (article,) = read_source(write(tmp_path, "notice.txt", copy_with_lines_inside(notice)))
    assert article.paragraphs == BODY


@pytest.mark.parametrize(
    "line",
    [
        # A participle after "A", as a picture's description has, but a verb that tells what happened.
        "A crew working through the night finished the cable to the substation on Friday.",
        # Views that "do not reflect", as a disclaimer says, but of the story's people.
        "Residents said the views of the harbour board do not reflect what the town voted for in spring.",
        # A browser named, as the notices do, but speaking to no reader of the page.
        "The operator said its booking page would not work in an older browser until the spring update.",
        # A commission someone "may receive", as a disclosure says, but the story's.
        "Under the new rules, agents who sell the cottages may receive a commission of no more than two percent.",
    ],
    ids=["participle", "views", "browser", "commission"],
)
def test_sentences_shaped_like_chrome_but_about_the_story_stay(tmp_path: Path, line: str) -> None:
    (article,) = read_source(write(tmp_path, "sentence.txt", copy_with_lines_inside(line)))
    assert line in article.paragraphs


@pytest.mark.parametrize("lines", [
    ("Tags: Ferries, Harbour, Winter timetable, North Sea, wind power, grid cables",),
    ("TOPICS: energy, North Sea, wind power, Yorkshire coast, offshore industry",),
    # Under a label alone, a link a line, going on in lower case like a recipe's ingredients.
    ("Tags:", "offshore wind", "grid cables", "the north sea", "energy policy"),
])
def test_the_articles_topic_links_are_left_out(tmp_path: Path, lines: tuple[str, ...]) -> None:
    # Wherever the copy prints them: here a tag box between two of the paragraphs.
    (article,) = read_source(write(tmp_path, "tags.txt", copy_with_lines_inside(*lines)))
    assert article.paragraphs == BODY


@pytest.mark.parametrize("note", ["(opens in a new window)", "(Opens in New Window)", "(OPENS IN A NEW TAB)"])
def test_a_share_bar_with_screen_reader_notes_in_any_case_is_no_text(tmp_path: Path, note: str) -> None:
    # The notes make the bar longer than a menu line; without them it is one, whatever their case.
    bar = "  ".join(f"{button} {note}" for button in
                    ("Share on Facebook", "Share on X", "Share on LinkedIn", "Share via Email", "Print"))
    (article,) = read_source(write(tmp_path, "bar.txt", copy_with_lines_inside(bar)))
    assert article.paragraphs == BODY


@pytest.mark.parametrize("button", ["Click to email this to a friend", "Click to email a link to a friend"])
def test_a_share_button_sending_the_story_to_a_friend_is_no_text(tmp_path: Path, button: str) -> None:
    # A blog's share box, a button a line, each with its note for screen readers.
    text = copy_with_lines_inside("Share this:", "Click to share on Twitter (Opens in new window)",
                                  f"{button} (Opens in new window)")
    (article,) = read_source(write(tmp_path, "friend.txt", text))
    assert article.paragraphs == BODY


@pytest.mark.parametrize("label", [
    "NewsNews Based on facts, either observed and verified directly by the reporter, or reported and verified "
    "from knowledgeable sources.",
    "OPINIONOPINION ADVOCATES FOR IDEAS AND DRAWS CONCLUSIONS BASED ON THE AUTHOR'S INTERPRETATION OF FACTS AND DATA.",
])
def test_the_note_on_the_articles_kind_under_the_byline_is_no_text(tmp_path: Path, label: str) -> None:
    # The label of the article's kind, glued to the note it opens to, printed between the head and the body.
    text = browser_copy(HEADLINE, "By Harriet Lindqvist", "13 November 2026", label)
    (article,) = read_source(write(tmp_path, "label.txt", text))
    assert (article.title, article.paragraphs) == (HEADLINE, BODY)


def test_a_paragraph_quoting_the_trust_projects_wording_is_kept(tmp_path: Path) -> None:
    # A media column quotes the label's note in a sentence of its own: text, not the label.
    quoted = ("Under the new rules, a news article is one based on facts, either observed and verified directly by "
              "the reporter, or reported and verified from knowledgeable sources, the guide says.")
    (article,) = read_source(write(tmp_path, "quoted.txt", copy_with_lines_inside(quoted)))
    assert quoted in article.paragraphs


def test_a_pictures_file_slug_between_paragraphs_is_left_out(tmp_path: Path) -> None:
    # A dump prints an image without alt text by its file's slug, here under an advertisement's label.
    text = copy_with_lines_inside("Advertisement - story continues below", "quarterly-output-by-farm")
    (article,) = read_source(write(tmp_path, "slug.txt", text))
    assert article.paragraphs == BODY


def test_a_pictures_file_name_with_underscores_in_a_row_is_left_out(tmp_path: Path) -> None:
    # w3m prints an image without alt text by its file's name, which a content system builds with "___"
    # between its parts: underscores inside a name are no form field to blank out.
    text = copy_with_lines_inside("[s3___feeds_generic-photos_to-arc_turbines09quay1-654be6e36fa82-768x432]")
    (article,) = read_source(write(tmp_path, "slug.txt", text))
    assert article.paragraphs == BODY


def test_a_form_field_glued_to_its_label_and_button_is_left_out(tmp_path: Path) -> None:
    text = copy_with_lines_inside("Enter your email____________________Sign up now")
    (article,) = read_source(write(tmp_path, "field.txt", text))
    assert article.paragraphs == BODY


def test_a_comment_count_among_buttons_over_the_sections_prompt_ends_the_article(tmp_path: Path) -> None:
    # "Print", "148 comments", "Sign in", "Post comment": the count stands among buttons, but the
    # section's own prompt follows it, so the readers' comments under it are not the article.
    comments = ("Save Article", "Print", "148 comments", "Sign in", "+ Follow", "Post comment",
                "Newest | Oldest", "Maureen Tulloch subscriber",
                "Another scheme that the people of this coast will pay for twice, once in their taxes and once "
                "more in their bills, while the profits go to shareholders far from here.",
                "Derek Aldous subscriber",
                "The turbines have been good for the harbour and I would rather see them than the gas rigs, "
                "whatever the people in the comments here keep telling each other about it.")
    text = browser_copy(HEADLINE, "By Harriet Lindqvist", "13 November 2026", tail=comments)
    (article,) = read_source(write(tmp_path, "comment-count.txt", text))
    assert article.paragraphs == BODY


def test_a_video_transcript_each_line_after_its_time_is_no_text(tmp_path: Path) -> None:
    # A dump prints the player's machine transcript over the article: spoken lines, each opening on
    # the time it was said at, one line without its time among them.
    transcript = """   Video Transcript
   Automatically Generated Transcript (may not be 100% accurate)

   00:01 The crews have been out here since the early hours of the morning and they 00:04 say the
   work on the cables will take most of the week if the weather holds.

   00:09 We spoke to a number of people in the harbour today who said. They were worried about 00:12
   the noise and about the lorries on the coast road while the work goes on.

   That is what they told us.

   00:18 Back to you in the studio.

   00:21 Thank you and we will be following that story through the rest of the day.

"""
    dump = LYNX_DUMP.replace("   [share-facebook] [share-x]\n", transcript + "   [share-facebook] [share-x]\n")
    (article,) = read_source(write(tmp_path, "transcript.txt", dump))
    assert article.paragraphs == BODY


def test_a_template_field_a_script_never_filled_is_no_line_of_code(tmp_path: Path) -> None:
    # Without scripts a sign-up box prints its empty field, "{{message}}", once for each state.
    text = copy_with_lines_inside("{{message}}", "{{message}}")
    (article,) = read_source(write(tmp_path, "field.txt", text))
    assert article.paragraphs == BODY


def test_the_writers_job_under_the_byline_is_no_text(tmp_path: Path) -> None:
    # "Energy correspondent, Northern Courier" on the line under the byline: said of the writer, no paragraph.
    text = browser_copy(HEADLINE, "Published", "13 November 2026", "Share", "Image caption,",
                        "Miriam Achterberg says the grid needs new cables before it needs new farms",
                        "By Harriet Lindqvist", "Energy correspondent, Northern Courier")
    (article,) = read_source(write(tmp_path, "job.txt", text))
    assert (article.title, article.byline) == (HEADLINE, "Harriet Lindqvist")
    assert article.paragraphs == BODY
    # The line under its "Image caption," label is the picture's caption, kept apart.
    assert article.captions == ["Miriam Achterberg says the grid needs new cables before it needs new farms"]


@pytest.mark.parametrize("name", ["IMG_2291", "Harbour_dawn", "HT204.Ferry_Pier_12", "Harbour-Tides-Dawn",
                                  "Wind-2026-1200x800-hero", "GTY 881234567", "turbines off the cape at dawn_00018842"])
def test_a_pictures_file_name_a_dump_prints_for_its_missing_alt_text_is_no_text(tmp_path: Path, name: str) -> None:
    # Where a picture without alt text sits, lynx and w3m print its file's name; a browser prints nothing.
    (article,) = read_source(write(tmp_path, "name.txt", copy_with_lines_inside(name)))
    assert article.paragraphs == BODY


@pytest.mark.parametrize("line", ["COVID-19", "T-Mobile", "android.os.BUILD_ID"])
def test_a_short_line_with_a_hyphen_or_a_codes_name_between_paragraphs_stays(tmp_path: Path, line: str) -> None:
    # A subheading with a hyphen, or a name from code a tutorial prints on its own line, is no file name.
    (article,) = read_source(write(tmp_path, "short.txt", copy_with_lines_inside(line)))
    assert line in article.paragraphs


@pytest.mark.parametrize("mark", [
    "   [INS: :INS]\n",  # lynx's marks around an empty inserted block (an ad's slot)
    "   &nbsp;\n",  # an entity the page printed as it was written
    # inline data, wrapped at the dump's width
    "   [gif;base64,R0lGODlhCgAKAIAAAB8fHwAAACH5BAEAAAAALAAAAAAKAAoAAAIIhI+py+0R0lGODlhCgAKAIAAAB8fHwAAA\n"
    "   PYysAOw==]\n",
    "[Cap-d--039-Or---Les-Pins-de-la-Plage---Hotel--2-]\n",  # w3m's slug of a title, a dash per dropped character
])
def test_a_dumps_marks_for_a_picture_or_an_empty_block_are_no_text(tmp_path: Path, mark: str) -> None:
    dump = LYNX_DUMP.replace("   Industry groups said", f"{mark}\n   Industry groups said")
    (article,) = read_source(write(tmp_path, "mark.txt", dump))
    assert article.paragraphs == BODY


@pytest.mark.parametrize("dash", ["–", "-", "—"])
def test_a_dash_a_dump_prints_alone_on_a_line_is_no_unit_of_text(dash: str) -> None:
    # A separator the page draws under the lead picture's caption, over the byline: never a paragraph.
    dump = f"   Turbines off the coast at dawn. (AP Photo/Tomasz Novak)\n   {dash}\n\n   By Harriet Lindqvist\n"
    assert [unit.text for unit in scraped_units(dump, wrap_width(dump))] == [
        "Turbines off the coast at dawn. (AP Photo/Tomasz Novak)", "By Harriet Lindqvist"]


def test_text_inside_lynxs_inserted_marks_stays_without_them(tmp_path: Path) -> None:
    dump = LYNX_DUMP.replace("   Industry groups said", "   [INS: Industry groups said").replace(
        "the power to the cities where it is used.", "the power to the cities where it is used. :INS]")
    (article,) = read_source(write(tmp_path, "ins.txt", dump))
    assert article.paragraphs == BODY


def test_a_numbered_lists_marks_a_dump_prints_on_lines_of_their_own_are_no_text(tmp_path: Path) -> None:
    # A live page's entries as a numbered list: the dump prints each number on its own line over the entry.
    dump = LYNX_DUMP.replace("   Turbines supplied", "    1.\n       Turbines supplied").replace(
        "   Industry groups said", "    2.\n       Industry groups said").replace(
        '   "We have built', '    3.\n       "We have built')
    (article,) = read_source(write(tmp_path, "numbers.txt", dump))
    assert article.paragraphs == BODY


@pytest.mark.parametrize("icons", [
    "   Share icon A bent arrow pointing left. Share\n",
    "   A bent arrow pointing left. Share\n",
    "   Keep Story Icon A ribbon Save\n",
    "   The letter P. Facebook A paper plane. It indicates the ability to send a message. Email A small\n"
    "   bird with its beak open. Twitter The letters in. LinkedIn\n",
])
def test_share_icons_text_a_dump_prints_before_each_buttons_name_is_no_text(tmp_path: Path, icons: str) -> None:
    # Each icon's alt text, then its button's name: a browser prints the names only, a dump both.
    dump = LYNX_DUMP.replace("   Industry groups said", f"{icons}\n   Industry groups said")
    (article,) = read_source(write(tmp_path, "icons.txt", dump))
    assert article.paragraphs == BODY


def test_a_paragraph_naming_networks_after_its_sentences_stays(tmp_path: Path) -> None:
    line = "The council wrote to them all. Facebook replied in a week. Twitter never did, the clerk said."
    (article,) = read_source(write(tmp_path, "networks.txt", copy_with_lines_inside(line)))
    assert line in article.paragraphs


@pytest.mark.parametrize("notice", [
    "Sorry, your browser is unable to play this video.", "Your browser cannot play this video.",
    "Get Adobe Flash player",
])
def test_a_players_notice_about_the_browser_is_no_text(tmp_path: Path, notice: str) -> None:
    # A dump prints what a video player shows a browser without scripts or plug-ins.
    (article,) = read_source(write(tmp_path, "player.txt", copy_with_lines_inside(notice)))
    assert article.paragraphs == BODY


def test_a_sentence_about_a_browser_or_flash_player_stays(tmp_path: Path) -> None:
    sentence = "Critics said your browser cannot show everything, and the new Flash player update came late."
    (article,) = read_source(write(tmp_path, "flash.txt", copy_with_lines_inside(sentence)))
    assert sentence in article.paragraphs


def test_a_reprints_notice_over_the_byline_is_no_paragraph(tmp_path: Path) -> None:
    # Prose right over the byline, where a copy without a headline line starts the article.
    notice = ("This copy is for your personal non-commercial use only. To order presentation-ready copies of "
              "Northern Courier content for distribution to colleagues, clients or customers, please go to: "
              "www.NorthernCourierReprints.example")
    text = browser_copy(notice, "By Harriet Lindqvist", "13 November 2026")
    (article,) = read_source(write(tmp_path, "notice.txt", text))
    assert article.paragraphs == BODY


@pytest.mark.parametrize("line", [
    "This site is protected by reCAPTCHA and the Google Privacy Policy and Terms of Service apply.",
    "Story Saved",
    "You can find this story in My Bookmarks.Or by navigating to the user icon in the top right.",
])
def test_a_forms_fine_print_a_counted_button_and_a_saved_storys_note_are_no_text(tmp_path: Path, line: str) -> None:
    (article,) = read_source(write(tmp_path, "wind.txt", copy_with_lines_inside(line)))
    assert article.paragraphs == BODY


@pytest.mark.parametrize("line", ["Comments (79)", "Share (1,204)", "Comments (2.1k)"])
def test_a_button_with_its_count_in_brackets_is_chrome(line: str) -> None:
    assert is_chrome(line)


@pytest.mark.parametrize(("line", "chrome"), [
    # A radio story's programme; the site's terms, a paywall's and an ad's labels.
    ("Heard on Weekend Edition Saturday", True),
    ("Terms of Service", True),
    ("Print This | Share This", True),
    ("show ad", True),
    # A link to the writer's profile.
    ("Go to the profile of Harriet Lindqvist", True),
    # A paywall's question to the reader, and a breadcrumb's label.
    ("Already a member?", True),
    ("You are here: Home » Business » Energy", True),
    ("You are here to learn how the grid is run, the engineer told the visitors.", False),
    ("You are here: the new town maps that send visitors the wrong way", False),
    ("Are you already a subscriber?", True),
    # A one-word question in a poem or an interview is no button.
    ("Home?", False),
    ("Subscribe?", False),
    # A sign-up form's replies, a share button's, the comment box's check box; newsletters' pitches.
    ("Please provide a valid email address.", True),
    ("You must select a newsletter to subscribe to.", True),
    ("An error has occurred. Please try again later.", True),
    ("You are already subscribed to this email.", True),
    ("A link has been posted to your Facebook feed.", True),
    ("Notify me of new comments via email.", True),
    ("Keep up with energy news, sent to your inbox", True),
    ("The best Eastmere news in your inbox, daily.", True),
    # ... but a story's sentences that start alike.
    ("An error has occurred in the council's accounts, the auditor said, and the figures must be restated.", False),
    ("Please provide a valid reason, the judge told the harbour master.", False),
    ("The letter was sent to your inbox by mistake, the council told residents on Tuesday evening.", False),
    # ... but a headline that starts with the same words.
    ("Heard on the quay: traders fear the market will close", False),
])
def test_a_programme_note_and_site_links_are_chrome(line: str, chrome: bool) -> None:
    assert is_chrome(line) is chrome


@pytest.mark.parametrize("line", [
    "SIGN UP FOR THE HARBOUR BRIEFING NEWSLETTER",
    "S\u0130GN UP FOR THE HARBOUR BRIEFING NEWSLETTER",  # a dotted capital I, as a Turkish keyboard types it
    "Please enable JAVA\u017fCRIPT to view the comments",  # a long s: both read as ASCII letters ignoring case
    "The views expressed do not necessarily REFLECT those of the Courier",
])
def test_prompts_and_notices_are_chrome_in_any_case(line: str) -> None:
    # Their cue words are looked for in the lowered line: found wherever a search ignoring case finds them.
    assert is_chrome(line)


def test_a_name_with_a_number_in_brackets_is_no_button() -> None:
    assert not is_chrome("Harriet Lindqvist (2)")


@pytest.mark.parametrize("rules", [
    "You will need to register before adding a comment. Typed comments will be lost if you are not signed in.",
    "Welcome to our comments, which are for subscribers only. You do not need a social media profile to take part.",
    "Guidelines: Keep it civil and on topic; no profanity or personal attacks. If a comment violates these "
    "standards or our terms of service, click the flag link under it.",
])
def test_a_comment_sections_rules_are_no_text(tmp_path: Path, rules: str) -> None:
    (article,) = read_source(write(tmp_path, "wind.txt", copy_with_lines_inside(rules)))
    assert article.paragraphs == BODY


def test_an_article_about_keeping_a_debate_civil_keeps_its_sentence(tmp_path: Path) -> None:
    sentence = "The minister said she would keep it civil in the debate on Thursday, and her opponent agreed."
    (article,) = read_source(write(tmp_path, "wind.txt", copy_with_lines_inside(sentence)))
    assert sentence in article.paragraphs


@pytest.mark.parametrize("line", [
    "Did you know with a Digital Subscription to The Northern Courier, you can get unlimited access to the website "
    "including our premium content.",
    "Did you know you can manage your profile, and explore all of the available newsletters from the Courier with "
    "your account?",
    "Share your feedback to help improve our site experience!",
    "Watch for us in your inbox.",
    "Did you know you can explore our archive of past issues online?",  # no other prompt's word on the line
    "Read or Share this story: https://www.northerncourier.example/story/news/2026/11/13/wind-beats-gas/",
])
def test_a_subscriptions_pitch_a_surveys_prompt_and_the_storys_address_are_no_text(
        tmp_path: Path, line: str) -> None:
    (article,) = read_source(write(tmp_path, "wind.txt", copy_with_lines_inside(line)))
    assert article.paragraphs == BODY


def test_a_question_about_subscription_fees_in_the_article_stays(tmp_path: Path) -> None:
    sentence = "Did you know that the council has raised subscription fees for the harbour library by a fifth since 2019?"
    (article,) = read_source(write(tmp_path, "wind.txt", copy_with_lines_inside(sentence)))
    assert sentence in article.paragraphs


@pytest.mark.parametrize("prompt", [
    "Something went wrong, please try again later.",
    "An error occurred.",
    "Please refresh the page or go to another page on the site to be logged in automatically",
    "Read our full mailing list consent terms here",
    "We use your sign-up to send you the stories you asked for and to learn which of them you read.",
    "Privacy notice: newsletters may hold news of charities, adverts and content paid for by partners.",
    "Do you have a story for the Courier's news desk?",
    "Email us at desk@northern-courier.example or call 0191 000 0000",
    "Got a story? Email us at desk@northern-courier.example",
    "Get in touch with our news team by emailing us at desk@northern-courier.example.",
    "For more stories like this, check our news page.",
    "The comments below have not been moderated.",
    "We are no longer accepting comments on this article.",
    "This advertisement has not loaded yet, but your article continues below.",
    "You can manage saved articles in your account.",
    "Want to bookmark your favourite articles to read later? Start your Courier Plus subscription today.",
    "Create an account or sign in to continue with your reading.",
    "Report a typo or grammatical error (required)",
    "This copy is for your personal non-commercial use only. To order copies for colleagues, write to us.",
    "Guidelines: Keep it civil and on topic; no insults and no shouting.",
    "Please be polite. It's fine to disagree with someone's ideas, but not to insult them.",
    "You will need to register before adding a comment. Typed comments will be lost if you are not logged in.",
    "Read or share this story: https://northern-courier.example/2026/11/13/wind",
    "Share your feedback to help improve our site!",
    "Who will be first to spot a seal? Our forum rules are set out in the Community Guidelines.",
    # A paywall's prompts.
    "Are you already a subscriber? Sign in",
    "Already a member? Log in here",
    "You’ve reached your free article limit.",
    "You have reached your free article limit. Subscribe for unlimited access",
    # A subscriber's gift box.
    "Send any friend a story",
    "Give this article",
    "As a subscriber, you have 10 gift articles to give each month. Anyone can read what you share.",
    # An invitation to the site's event, its button at the end.
    "Power Cuts? In This Economy? Join the Courier on 10/20 for a panel discussion on the grid. RSVP.",
    "JOIN THE HARBOUR DESK THURSDAY FOR A TALK WITH DEPARTING COUNCILLORS: Join the Courier on Nov. 27 for "
    "“The Exit Interview”, a virtual event. REGISTER HERE.",
    # A shopping post's disclosure, and the site's terms in its footer.
    "*Psst: if you choose to purchase an item from this post, NorthernCourier.com may receive a small cut.",
    "Registration on or use of this site constitutes acceptance of our User Agreement, Privacy Policy and Cookie "
    "Statement (each updated 1/1/2026).",
    # A video player's times, a gallery's button, other stories' label, sign-up and correction prompts.
    "0:00/2:06", "-0:00",
    "Slideshow ( 3 images )",
    "You Might Also Like: The Tide Tables by Harriet Lindqvist, available here.",
    "Get the Courier in your inbox.", "Get updates in your Facebook news feed.",
    "Press spacebar to pause and continue. Press esc to stop.", "Close Pinch or double-tap to zoom",
    "Please refer to our privacy policy for contact information.", "SHARES",
    "Will you support the Courier’s explanatory journalism?",
    "Report typos and corrections to: corrections@northerncourier.example.",
    # A reading time, an embedded post's placeholder.
    "8 min read", "5 minute read", "This content can also be viewed on the site it originates from.",
    # A newsroom's call for tips with its address or number.
    "Got a story? Email newsdesk@northern-courier.example",
    "Do you have a story to share? Email us at news@northern-courier.example",
    "We pay for your stories! Do you have a story for the Courier news team? Email us at tips@northern-courier.example "
    "or call 0207 123 4567. You can WhatsApp us on 07423 123 456. We pay for videos too.",
    # The article's own buttons and notes, sign-up boxes, and an ad network's labels.
    "Save article", "Gift article", "Reuse this content", "Explore more on these topics", "Invalid email",
    "Invalid email address. Please re-enter.", "You’re all set!",
    "This article is more than 2 years old", "Your browser does not support the audio element.",
    "Join our WhatsApp channel for the latest news", "Share your views in the comments below.",
    "See our privacy notice", "Get the biggest daily news stories by email",
    "Download our free app for the latest news", "For the latest news, follow us on Facebook, X and Instagram.",
    "MORE : Ferry fares to rise by a tenth from January",
    "Promoted Stories", "Paid Content", "Recommended by", "SCROLL TO CONTINUE WITH CONTENT", "Scroll to Continue",
    "Our Standards: The Northern Courier Trust Principles.",
    # A picture's caption button, alone or over the credit it shows; a player's box of embed code.
    "toggle caption", "hide caption", "toggle caption Tom Roe/Northern Courier",
    'Embed <iframe src="https://player.northern-courier.example/embed/4521" width="100%" height="290" '
    'frameborder="0" scrolling="no" title="Northern Courier embedded audio player"></iframe>',
    '(BUTTON) Embed <iframe src="https:/ <iframe src="https://player.northern-courier.example/embed/4521">',
    # Links to other stories under their label.
    "Also read: Ferry fares to rise by a tenth from January", "Read Also: Storm closes the coast road",
    "ALSO READ | Harbour adds a second crane for blades", "Also Read:", "Also Read- Storm closes the coast road",
    # A comment section's policy.
    "The Courier is committed to maintaining a lively but civil forum for discussion and encourages all readers to "
    "share their views on our articles. We ask you to keep your comments relevant and respectful.",
])
def test_a_sites_prompts_and_notes_between_paragraphs_are_no_text(tmp_path: Path, prompt: str) -> None:
    # Sign-up forms' notes and errors, a newsroom asking for tips, the comment section's notes, an ad slot's
    # note, paywalls and saved stories: about the site, not the story.
    (article,) = read_source(write(tmp_path, "prompt.txt", copy_with_lines_inside(prompt)))
    assert article.paragraphs == BODY


@pytest.mark.parametrize("sentence", [
    "“If you see the boat, call us at once,” the coastguard told fishermen in the harbour on Tuesday.",
    "Do you think the ferry should run on Sundays? Tell us in the comments below.",
    "Got a tip? Email Harriet Lindqvist at harriet@northern-courier.example.",
    # A source's appeal the story reports, with its number, is no call of the newsroom's.
    "Anyone with information should contact us on 0800 555 0111, a spokeswoman for the coastguard said.",
    "The harbour trust wants a lively but civil forum for discussion of the new terminal, its chair said.",
    "Also read the trust's survey of the wreck, the council's planning officer told the committee on Tuesday.",
    "Don't miss the last ferry of the season: it leaves Saltmarsh Quay at six on Sunday, the operator said.",
    # A message, a leaflet or a poster the story quotes, and sentences that open like a site's notes.
    "One message seen by the Courier reads: Your refund is ready, email us at refunds@harbour-tax.example to claim.",
    "Farmers who need help can call us free on 0800 555 0192, the trust's leaflet tells them.",
    "“Please keep your comments respectful, we are all neighbours here,” Ms Okafor told the hall.",
    "Join our WhatsApp channel for bin updates, the council's new posters say.",
    "Your browser doesn't support passkeys? Check for an update before you try again.",
    "Also read - the judge told him - were the statements of the three families.",
    "Toggle caption text off in the settings, the council's guide to its meeting videos says.",
    "Embed the code in your page, the guide says, and the player appears under the story.",
    # A guide's lines on captions and frames, not the buttons and code boxes themselves.
    "Toggle caption display with the C key", "Show caption entries to a friend first, she advises",
    "Embed <iframe> elements with the sandbox attribute wherever you can.",
    ("The harbour trust will publish the survey of the wreck in the spring, with the names of the crew, the "
     "mayor said. For more stories like this, check our news page."),
])
def test_sentences_that_share_a_prompts_words_stay(tmp_path: Path, sentence: str) -> None:
    (article,) = read_source(write(tmp_path, "sentence.txt", copy_with_lines_inside(sentence)))
    assert sentence in article.paragraphs


def test_a_comment_sections_policy_between_headline_and_byline_is_no_text(tmp_path: Path) -> None:
    text = browser_copy(HEADLINE, "Discussion Policy", "CLOSE",
                        "Comments that include profanity or personal attacks or other inappropriate comments or material "
                        "will be removed from the site. We will take steps to block users who violate our standards.",
                        "By Harriet Lindqvist", "November 13, 2026")
    (article,) = read_source(write(tmp_path, "policy.txt", text))
    assert (article.title, article.byline) == (HEADLINE, "Harriet Lindqvist")
    assert article.paragraphs == BODY


@pytest.mark.parametrize("links", ["» Links to this article", "Links to this post"])
def test_a_box_of_links_to_the_story_over_the_byline_is_no_headline(tmp_path: Path, links: str) -> None:
    # The toolbox and the comments' policy, then the box of blogs linking to the story right over the byline.
    text = browser_copy("Nation > Supreme Court", HEADLINE, "TOOLBOX", "Print", "E-mail", "0 Comments",
                        "Discussion Policy", "CLOSE", "Who's Blogging", links, "By Harriet Lindqvist",
                        "Courier Staff Writers", "November 13, 2026")
    (article,) = read_source(write(tmp_path, "links.txt", text))
    assert (article.title, article.byline) == (HEADLINE, "Harriet Lindqvist")
    assert article.paragraphs == BODY


@pytest.mark.parametrize("sentence", [
    "Go to comments sections on any news site and you will see the same arguments repeated.",
    "Our investigation found that comments criticising the mayor will be deleted within hours by council staff.",
])
def test_a_sentence_about_comments_in_the_article_stays(sentence: str) -> None:
    assert not is_chrome(sentence)


@pytest.mark.parametrize(("line", "chrome"), [
    # The message a page shows after a reader posts, which a dump prints over the article.
    ("Fabulous! Don't forget to share with your friends on Twitter and Facebook.", True),
    ("Don't forget to share the road with cyclists, the police said on Thursday.", False),
    ("\"Don't forget to share the load with your friends on Facebook,\" the coach told the players.", False),
])
def test_the_message_asking_to_share_a_post_is_chrome(line: str, chrome: bool) -> None:
    assert is_chrome(line) is chrome


@pytest.mark.parametrize("line", [
    "The company has long argued in court that it is not responsible for content posted by its users, and its "
    "lawyers told the judge on Tuesday that the forum could not police every thread.",
    "Eastmere's mayor said the council is not responsible for the views of a councillor speaking in a personal "
    "capacity, and that the code of conduct would be reviewed.",
    "Join us on Saturday 21 November for the beach clean at Eastmere Sands, the volunteers' leaflet said.",
    "Like us on the mainland, the islanders had been waiting for the new cables for years.",
])
def test_sentences_that_read_like_a_disclaimer_or_a_social_button_stay_in_the_article(
        tmp_path: Path, line: str) -> None:
    (article,) = read_source(write(tmp_path, "wind.txt", copy_with_lines_inside(line)))
    assert line in article.paragraphs


OTHER_NEWS = ["Other news",
              "Ferry operator cuts winter sailings to the islands as fuel costs rise",
              "The island ferry operator will run two sailings a day instead of four from December, blaming fuel costs.",
              "Harbour museum reopens after a two-year restoration of its boat sheds",
              "The harbour museum has reopened its boat sheds after a restoration that took two years and cost more "
              "than expected.",
              "Lifeboat crew rescues two walkers cut off by the tide at Sandwick",
              "Two walkers cut off by the rising tide were rescued by the lifeboat crew at Sandwick on Sunday."]


def test_other_stories_headlines_and_summaries_inside_the_article_are_left_out(tmp_path: Path) -> None:
    # A wire service's page puts a box of other stories between the article's paragraphs: each a headline and
    # a summary that tells it again, with no blank lines between them in a browser's copy.
    text = browser_copy(HEADLINE, "By Harriet Lindqvist", "13 November 2026").replace(
        BODY[1], "\n".join([*OTHER_NEWS, BODY[1]]))
    (article,) = read_source(write(tmp_path, "other.txt", text))
    assert (article.title, article.byline) == (HEADLINE, "Harriet Lindqvist")
    assert article.paragraphs == BODY


def test_a_round_ups_own_briefs_under_other_news_at_its_end_are_kept(tmp_path: Path) -> None:
    # The briefs retell their subheadings as other stories' summaries do, but the article ends under them.
    briefs = ["Other news", "Parking charges at the quay to rise in April",
              "Parking charges at the quay car park will rise by 20 pence an hour from April, the first rise in years.",
              "Library opening hours cut on Mondays",
              "The town library will close on Monday mornings from January, the council's library service said.",
              "New crossing promised outside Westerby school",
              "A new crossing will be built outside Westerby primary school before the summer, officers promised."]
    text = browser_copy(HEADLINE, "By Harriet Lindqvist", "13 November 2026", tail=tuple(briefs))
    (article,) = read_source(write(tmp_path, "briefs.txt", text))
    assert all(line in article.paragraphs for line in briefs[2::2])


def test_the_articles_own_sections_under_an_other_news_heading_are_kept(tmp_path: Path) -> None:
    # A round-up's section: its subheadings and paragraphs do not retell each other.
    own = ["Other news",
           "Council to review the parking charges",
           "Members agreed on Tuesday that the charges at the quay should be looked at again before the summer.",
           "School places in the villages",
           "Parents asked for the bus to Westerby to run again, and the officers promised an answer by March."]
    (article,) = read_source(write(tmp_path, "roundup.txt", copy_with_lines_inside(*own)))
    assert all(line in article.paragraphs for line in own[2::2])


def test_a_sign_up_forms_reply_under_the_article_is_left_out(tmp_path: Path) -> None:
    # The newsletter box under the writer's note: its reply for after the form is sent, a link list's heading glued on.
    reply = "Success! Check your inbox for details. You might also like:"
    (article,) = read_source(write(tmp_path, "reply.txt", copy_with_lines_inside(reply)))
    assert article.paragraphs == BODY


def test_advice_to_check_an_inbox_in_the_article_stays() -> None:
    assert not is_chrome("Check your inbox for a letter from the council, officials told residents on Tuesday.")


def test_a_sign_up_reply_quoted_in_a_story_stays() -> None:
    assert not is_chrome("Thanks! Check your inbox for your refund, the message reads, above a link to a site made "
                         "to look like the council's own.")


@pytest.mark.parametrize("line", [
    "The paper said readers who are already subscribers can sign in on the new site from Monday.",
    "Already a member of the club for a decade, she was asked to log in to the new system and could not.",
    "The mayor will join residents at the hall on Friday, and asked them to register now.",
    "Readers who join the scheme on Monday can save your seat, the organisers wrote in a notice.",
    "The skipper may receive a small cut of the catch.",
    # Stories quoting or telling of the same things.
    "Under the scheme, local growers may receive a share of the sales of products stocked by the hall's shop.",
    "Retired council workers may receive a cut to their pensions after losses on investments in retail property.",
    "Staff at the store may get a cut in their hours as more customers buy online.",
    'Posters around the town read: "Join us on Saturday. Register now."',
    "The clean-up starts at the pier at ten. Anyone is welcome to join. Register now.",
    "Anyone who would like to join the walk should meet at the town hall steps at 7pm. RSVP.",
    "You've reached your free article limit. Then what?",
    "You have reached the free story limit for this month, the box says.",
    'In her letter the editor wrote: "From today, you have 10 gift articles to give each month."',
    'The line, which told visitors that "use of this site constitutes acceptance of our terms", was not enough.',
    "Get the facts in your inbox by noon, the mayor told residents, and they did.",
    "Keep in touch with your neighbours, the council urged.",
    "Get used to seeing these in your inbox.", "Keep in touch!", "3:12/3:14",
    "You might also like: the walled garden behind the old rectory, open on Sundays from May.",
    "“If you want to support Eastmere's economy, you have to give young people work here,” said Mira Olsen.",
    "“We will keep supporting Abernethy's work on the quay for as long as our members want us to,” he said.",
    "Report errors on your bill to the supplier within 30 days.",
    "Press the spacebar hard, the instructor said, and the machine will stop.",
])
def test_sentences_about_subscribers_events_and_inboxes_stay(line: str) -> None:
    assert not is_chrome(line)


def test_a_read_more_link_to_another_story_is_chrome_however_long_its_headline(tmp_path: Path) -> None:
    link = ("READ MORE: 'It was a complete and utter shambles' - Ferry passengers stranded for six hours on the "
            "quay at Eastmere")
    (article,) = read_source(write(tmp_path, "more.txt", copy_with_lines_inside(link)))
    assert article.paragraphs == BODY


SUPPORT_BOX = (
    "Your support helps us to tell the story",
    "From city halls to flood plains, the Courier is there when the story breaks. Whether it is following the money "
    "behind a port deal or filming our new series on the coast, we know how much it matters to set facts apart "
    "from spin.",
    "At a moment like this, we need reporters on the ground. Your gift lets us keep sending journalists to hear "
    "every side of the story.",
    "The Courier is trusted by readers across the region. Unlike many papers, we keep our reporting free of "
    "paywalls, because good journalism should be open to everyone, paid for by those who can afford it.",
    "Your support makes all the difference.",
)


@pytest.mark.parametrize("where", ["head", "inside", "tail"])
def test_the_outlets_appeal_for_its_readers_support_is_no_text(tmp_path: Path, where: str) -> None:
    # The box asking readers to fund the newsroom, its heading, its case in the outlet's own voice and its closing
    # line: under the byline, between two paragraphs, or under the article.
    if where == "inside":
        text = copy_with_lines_inside(*SUPPORT_BOX)
    elif where == "head":
        text = browser_copy(HEADLINE, "By Harriet Lindqvist", "13 November 2026", *SUPPORT_BOX)
    else:
        text = browser_copy(HEADLINE, "By Harriet Lindqvist", "13 November 2026", tail=SUPPORT_BOX)
    (article,) = read_source(write(tmp_path, "support.txt", text))
    assert (article.title, article.byline, article.paragraphs) == (HEADLINE, "Harriet Lindqvist", BODY)


@pytest.mark.parametrize("sentence", [
    # A paper's plea the story quotes or reports, and a story about a newsroom's money.
    "“We need our readers’ support to keep the reporting going,” the Courier’s editor wrote on Tuesday.",
    "The trust says donations fund its reporting grants, which paid for 40 journalists last year.",
    "The Courier cut its newsroom budget by a fifth in 2025, and the union fears more jobs will go.",
    "Your support for the ferry petition makes all the difference, the campaigners told the hall.",
    # "US" is no "us"; a quote in single marks; the paper's own reporting told of, not asked for; a gallery's plea.
    "Speaking to reporters, the US president pledged support for the harbour fund.",
    "Funding for local journalism in the US has fallen by half since 2005.",
    "‘We cannot afford to keep reporters in court any more,’ she added.",
    "Our reporters analysed 3,400 pages of council budget documents.",
    "Your support means the doors stay open",
    # A charity appeal the paper runs, a plea it reports after a colon, an answer in an interview.
    "Over the coming weeks our reporters will follow families at the hospice, and every gift you make goes to care.",
    "Its front page carried a blunt message: without your support, our journalism will not survive the winter.",
    "What is your biggest challenge? Money. The union cut our funding, so our reporters now sell adverts too.",
])
def test_sentences_about_a_newsrooms_money_stay(tmp_path: Path, sentence: str) -> None:
    (article,) = read_source(write(tmp_path, "money.txt", copy_with_lines_inside(sentence)))
    assert sentence in article.paragraphs


def test_a_paragraph_between_two_lines_about_a_newsrooms_money_stays(tmp_path: Path) -> None:
    # Only the plea's heading opens a box: a paragraph between two that speak of the paper's money is the story's.
    lines = ("Our reporters analysed 3,400 pages of council budget documents.",
             "Both titles will keep their own editors.",
             "Readers we spoke to feared for the journalism once funding was pooled.")
    (article,) = read_source(write(tmp_path, "money.txt", copy_with_lines_inside(*lines)))
    assert all(line in article.paragraphs for line in lines)


@pytest.mark.parametrize(("line", "chrome"), [
    # A regional paper's template: the button beside each ad, a sign-up box's error and status, the topics' links
    # glued to each other after their label, longer than most chrome.
    ("Hide Ad", True),
    ("Sorry, there seem to be some issues. Please try again later. Submitting...", True),
    ("Sorry, there seem to be some issues. Please try again later.", True),
    ("Related topics:Harbour BoardEastmere CouncilMargaret HollisNorth QuayCoastal Resilience FundFishing Fleet", True),
    # The same words as the story's own.
    ("Councils hide ad spending from voters", False),
    ("Sorry, there seems to be a misunderstanding about the plan, the minister told the chamber on Tuesday.", False),
    ("Sorry, there seems to be a problem with your booking, the email to passengers said.", False),
    ("Topics: what the council said about McDonald's plans for the harbour kiosk and the board's reply to the owners",
     False),
])
def test_a_regional_templates_ad_button_form_messages_and_glued_topics_are_chrome(line: str, chrome: bool) -> None:
    assert is_chrome(line) is chrome


def test_the_ad_buttons_and_a_sign_up_boxs_messages_stay_out_of_the_body(tmp_path: Path) -> None:
    # Each ad's button between paragraphs of a browser copy, the sign-up box's error and status under the article.
    text = copy_with_lines_inside("Advertisement", "Hide Ad").replace(
        "Most read", "Sorry, there seem to be some issues. Please try again later. Submitting...\nMost read")
    (article,) = read_source(write(tmp_path, "regional.txt", text))
    assert article.paragraphs == BODY


# A paywall's panel on what an account or a subscription gives, as a chain of papers prints it between the
# article's paragraphs; a video player's error; what a sign-up box says once sent.
PAYWALL_PANEL = [
    "REGISTER / SIGN IN TO UNLOCK MORE ARTICLES",
    "Create an account or sign in to continue with your reading experience.",
    "Access articles from across Canada with one account.",
    "Share your thoughts and join the conversation in the comments.",
    "Enjoy additional articles per month.",
    "Get email updates from your favourite authors.",
    "Don't have an account? Create Account",
    "THIS CONTENT IS RESERVED FOR SUBSCRIBERS ONLY",
    "Subscribe now to read the latest news in your city and across Canada.",
    "Exclusive articles from Harriet Lindqvist, Tomasz Novak, Priya Raman and others.",
    "Exclusive articles by Harriet Lindqvist, Priya Raman and others. Plus, special edition Courier Daily and First "
    "Reading newsletters and virtual events.",
    "Home delivery subscribers get the digital edition at no extra cost. Activate your online access now.",
    "Columns from the Courier by Harriet Lindqvist, Priya Raman, Tom Varga, and others, members-only newsletters and "
    "virtual events.",
    "Unlimited online access to articles from across Canada with one account.",
    "Northern Courier ePaper, an electronic replica of the print edition to view on any device, share and comment on.",
    "Enjoy insights and behind-the-scenes analysis from our award-winning journalists.",
    "Support local journalists and the next generation of journalists.",
    "Daily puzzles including the New York Times Crossword.",
]


@pytest.mark.parametrize(("line", "chrome"), [
    *[(line, True) for line in PAYWALL_PANEL],
    ("We apologize, but this video has failed to load.", True),
    ("Try refreshing your browser, or", True),
    ("tap here to see other videos from our team.", True),
    ("Sign up to receive daily headline news from the Northern Courier, a division of Courier Media Inc.", True),
    ("A welcome email is on its way. If you don't see it, please check your junk folder.", True),
    ("The next issue of Northern Courier Headline News will soon be in your inbox.", True),
    ("There was an error, please provide a valid email address.", True),
    ("We encountered an issue signing you up. Please try again", True),
    ("Interested in more newsletters? Browse here.", True),
    # The same words as the story's own.
    ("Unlimited access to the beach was restricted after the storm, the council said on Tuesday.", False),
    ("Support local journalists, the union said, or the paper will close.", False),
    ("Daily puzzles, including a crossword, were added to the paper in 1924.", False),
    ("The video failed to win the award, its makers said.", False),
    ("Residents were told to sign up to receive flood warnings by text message.", False),
    ("Unlimited access to the museum's digital content was also promised to members, the trust said.", False),
    ("The archive will be kept in its ePaper, an electronic replica of the print edition, the trust said.", False),
    ("Support local journalists and the next generation of reporters, the minister urged.", False),
    ('"Always check your spam folder," she said, after the letters went missing for a month.', False),
    ("The next issue of the parish bulletin will soon be in your inbox, the vicar told readers.", False),
    ("The mayor began to speak, but the video failed to load on the projector and the meeting moved on.", False),
    ("There was an error, the clerk said, in the count of the postal votes.", False),
    ("Staff at the gate will activate your access to the pier, the harbour master told visitors.", False),
    ("The letter was signed by Harriet Lindqvist, Tom Varga and others who run newsletters and events.", False),
    ("The fund was set up by Tomasz Novak and others, and now pays for the club's newsletter and its events.", False),
    ("3. Activate your online access.", False),
    ("Once the letter arrives, sign in with the code it contains. Activate your online access now.", False),
])
def test_a_paywalls_panel_a_players_error_and_a_sign_up_boxs_replies_are_chrome(line: str, chrome: bool) -> None:
    assert is_chrome(line) is chrome


def test_a_paywalls_panel_between_the_paragraphs_neither_ends_nor_splits_the_article(tmp_path: Path) -> None:
    # A chain's head (an ad's notice, the kicker, headline and standfirst, the writer under a label, the date), then
    # the panel under the first paragraph, longer than it: the article is both sides of it, its head over it.
    headline = "Council approves new light rail budget after marathon meeting"
    standfirst = "Councillors voted 18-6 to add $120 million to the budget of the city's troubled light rail line."
    notice = "This advertisement has not loaded yet, but your article continues below."
    lines = [MENU, "Advertisement 1", notice, "Local News", headline, standfirst, "Author of the article:",
             "Harriet Lindqvist", "Published Nov 13, 2026  •  3 minute read", "Join the conversation",
             "Article content", BODY[0], "Article content", *PAYWALL_PANEL,
             "We apologize, but this video has failed to load.", "Article content", BODY[1], "Advertisement 2", notice,
             "Article content", *BODY[2:], "Share this article in your social network", "Trending"]
    (article,) = read_source(write(tmp_path, "panel.txt", "\n".join(lines) + "\n"))
    assert (article.title, article.byline, article.published) == (headline, "Harriet Lindqvist", "2026-11-13")
    assert article.paragraphs == [standfirst, *BODY]


@pytest.mark.parametrize(("blurb", "kept"), [
    # The newsletter's blurb over the box's field, button, consent and replies: the box's, not the article's.
    ("Start your days with the latest local news, weather, sports, community updates and more.", False),
    # A short paragraph of the article over a box printed without its blurb stays, news or a quotation too.
    ("The harbour office said the ferries would run again by Friday.", True),
    ("The latest figures will be published in the spring.", True),
    ('"It is the best news we have had all year, and you can quote me," she said.', True),
])
def test_a_sign_up_box_and_its_blurb_between_paragraphs_are_no_part_of_the_article(
        tmp_path: Path, blurb: str, kept: bool) -> None:
    box = ["Email Address", "Sign Up", "By signing up you consent to receive the above newsletter from Courier Media "
           "Inc.", "A welcome email is on its way. If you don't see it, please check your junk folder.",
           "The next issue of Northern Courier Morning Briefing will soon be in your inbox.",
           "We encountered an issue signing you up. Please try again", "Interested in more newsletters? Browse here."]
    (article,) = read_source(write(tmp_path, "box.txt", copy_with_lines_inside(blurb, *box)))
    assert article.paragraphs == [*BODY[:2], *([blurb] if kept else []), *BODY[2:]]


@pytest.mark.parametrize("title", [
    "Harbour pilots explain why the ferries stopped – video",
    "The storm over Eastmere – in pictures",
])
def test_a_title_marked_as_a_video_or_a_gallery_between_paragraphs_is_no_paragraph(tmp_path: Path, title: str) -> None:
    (article,) = read_source(write(tmp_path, "media.txt", copy_with_lines_inside(title)))
    assert article.paragraphs == BODY


def test_a_round_ups_items_marked_as_podcasts_stay_its_subheadings(tmp_path: Path) -> None:
    # Two titles marked as podcasts or more, each over its paragraph: the round-up's own items.
    text = browser_copy(HEADLINE, "By Harriet Lindqvist", "13 November 2026").replace(
        BODY[1], "\n".join(["Tidewater Tales – podcast", BODY[1]])).replace(
        BODY[2], "\n".join(["The Mill Girls – audio", BODY[2]]))
    (article,) = read_source(write(tmp_path, "roundup.txt", text))
    items = ["Tidewater Tales – podcast", BODY[1], "The Mill Girls – audio", *BODY[2:]]
    assert article.paragraphs == [BODY[0], *items]
