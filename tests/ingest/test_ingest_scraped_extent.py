"""Where the body starts and ends in scraped pages whose article holds more than paragraphs.

Our own pages, in the shapes real copies take: a tutorial whose paragraphs alternate with
lines of code and figure captions; a slideshow whose every slide has a credit line; a copy that
keeps invisible separators after full stops; lists of notes, names and ranks.
"""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from test_ingest_scraped_pages import BODY, HEADLINE, MENU, browser_copy, copy_with_lines_inside, write

from reader.ingest import read_source
from reader.ingest.plain_text import _before_comments, _byline_or_date
from reader.ingest.prose import measure
from reader.ingest.scraped_lines import Unit

HEAD = (HEADLINE, "By Harriet Lindqvist", "13 November 2026")


def test_lines_of_code_between_paragraphs_do_not_end_the_article(tmp_path: Path) -> None:
    # Short lines in lower case are code or a caption going on from the text, never other stories'
    # headlines: a run of them costs what each costs, not more and more.
    code = ["farms <- read_grid(\"north-sea\") # quarterly output",
            "gas <- read_grid(\"gas\", from = \"2026-07\")",
            "share <- farms$output / total(farms, gas)",
            "plot_share(share, by = \"month\", colour = \"farm\")",
            "output by farm and by month",
            "legend_size(share, 20) # larger legend labels"]
    more = ["Dividing each farm's output by the total shows how the share grew through the summer, "
            "with the largest jump in August when two new farms began to export power.",
            "The same figures can be drawn for each coast on its own, which shows that the farms off "
            "Northumberland did most of the work while those off Yorkshire were still being tested."]
    body = [*BODY, *code, *more]
    text = "\n".join([MENU, *HEAD, *body, "Most read", "Storm closes the coast road", "Share"]) + "\n"
    (article,) = read_source(write(tmp_path, "tutorial.txt", text))
    assert article.paragraphs == body


def test_short_steps_with_an_invisible_separator_after_the_full_stop_stay_sentences(tmp_path: Path) -> None:
    # The copy keeps U+2063 after each step's full stop: the steps still end sentences, kept as printed.
    steps = [f"{step}.\u2063" for step in (
        "Switch off the turbine", "Lock the rotor in place", "Climb to the nacelle", "Open the gearbox cover",
        "Check the oil for metal", "Close the cover again", "Release the rotor lock", "Switch the turbine on")]
    body = [*BODY[:2], *steps, *BODY[2:]]
    text = "\n".join([MENU, *HEAD, *body, "Most read", "Storm closes the coast road", "Share"]) + "\n"
    (article,) = read_source(write(tmp_path, "steps.txt", text))
    assert article.paragraphs == body


def test_dumped_steps_with_an_invisible_separator_after_the_full_stop_are_no_menu(tmp_path: Path) -> None:
    # The same steps as a dump's bullets: a bullet ending a sentence is a step, not a menu item.
    steps = [f"{step}.\u2063" for step in (
        "Switch off the turbine", "Lock the rotor in place", "Climb to the nacelle", "Open the gearbox cover",
        "Check the oil for metal", "Close the cover again", "Release the rotor lock", "Switch the turbine on")]
    lines = [HEADLINE, "", "   By Harriet Lindqvist", "   13 November 2026", ""]
    for paragraph in BODY[:2]:
        lines += [f"   {paragraph}", ""]
    lines += [f"     * {step}" for step in steps] + [""]
    for paragraph in BODY[2:]:
        lines += [f"   {paragraph}", ""]
    lines += ["   Most read", "     * Storm closes the coast road", "   (BUTTON) Back to top"]
    (article,) = read_source(write(tmp_path, "steps.txt", "\n".join(lines) + "\n"))
    assert article.paragraphs == [*BODY[:2], *steps, *BODY[2:]]


def test_a_slideshows_text_over_a_credit_on_every_slide_is_the_article(tmp_path: Path) -> None:
    # Every paragraph stands over the same credit line: the slides' text, not pictures' captions.
    slides = []
    for number, paragraph in enumerate(BODY, 1):
        slides += [f"{number}/{len(BODY)}", paragraph, "Image credit: www.northerncourier.example/grid/"]
    text = "\n".join([MENU, *HEAD, *slides, "Most read", "Storm closes the coast road", "Share"]) + "\n"
    (article,) = read_source(write(tmp_path, "slides.txt", text))
    assert article.paragraphs == BODY


def test_one_picture_over_a_credit_between_paragraphs_stays_a_caption(tmp_path: Path) -> None:
    caption = "A turbine blade is lifted onto a barge at the quay in Blyth on Tuesday."
    body = [*BODY[:2], caption, "Photo: Harriet Lindqvist/Courier", *BODY[2:]]
    (article,) = read_source(write(tmp_path, "picture.txt", browser_copy(*HEAD).replace(
        "\n".join(BODY), "\n".join(body))))
    assert article.paragraphs == BODY
    assert article.captions == [f"{caption} Photo: Harriet Lindqvist/Courier"]


def test_a_paragraph_going_on_with_the_story_over_a_pictures_credit_stays_in_the_body(tmp_path: Path) -> None:
    # A picture without a caption, its credit under the paragraph above it: a paragraph that opens on a linking
    # phrase or a quotation goes on telling the story, which a caption never does.
    told = ["In contrast, the farms off Yorkshire were still being tested and sent little power ashore "
            "until the last week of September.",
            "“We built the cables first because the farms were worthless without them,” said the operator’s "
            "head of planning, Ingrid Holm."]
    body = [*BODY[:2], told[0], "Credit: Northern Grid", told[1], "Credit: Harbour Images", *BODY[2:]]
    (article,) = read_source(write(tmp_path, "told.txt", browser_copy(*HEAD).replace(
        "\n".join(BODY), "\n".join(body))))
    assert article.paragraphs == [*BODY[:2], *told, *BODY[2:]]


def test_a_caption_opening_on_where_the_picture_was_taken_stays_a_caption(tmp_path: Path) -> None:
    caption = "In this photo taken on Tuesday, a turbine blade is lifted onto a barge at the quay in Blyth."
    body = [*BODY[:2], caption, "Credit: Northern Grid", *BODY[2:]]
    (article,) = read_source(write(tmp_path, "shown.txt", browser_copy(*HEAD).replace(
        "\n".join(BODY), "\n".join(body))))
    assert article.paragraphs == BODY


def test_the_topics_line_over_a_transcript_is_no_teaser_cards_headline(tmp_path: Path) -> None:
    # A radio piece: headline, date, summary, reporter, source, topics, "Transcript", then the transcript, whose
    # first paragraph under "Transcript" is no summary of another story headed by the topics line.
    summary = ("The record quarter for wind power has drawn praise from the grid's engineers, who see it as a "
               "sign that the new farms are working.")
    opening = ("PRESENTER: Perhaps not surprisingly, the record quarter for wind power has drawn some comment. "
               "Engineers like it, and they say it shows the farms off the coast are finally paying their way.")
    head = [HEADLINE, "Updated November 13, 2026 18:58:00", summary, "Harriet Lindqvist",
            "Source: Courier Radio | Duration: 3min 13sec", "Topics: wind-power, energy, north-sea", "Transcript"]
    text = "\n".join([MENU, *head, opening, *BODY, "Most read", "Storm closes the coast road", "Share"]) + "\n"
    (article,) = read_source(write(tmp_path, "transcript.txt", text))
    assert opening in article.paragraphs


def test_readers_answers_signed_with_a_dash_keep_the_article_going(tmp_path: Path) -> None:
    # "—Name, age 9" under each answer signs it: neither a headline nor the end of the article.
    answers = [
        "1. What did the turbine say to the seagull?", "Mind the blades, I am a big fan of yours!",
        "—Oskar, age 9",
        "2. Why did the cable cross the sea?", "Because the power could not swim that far!",
        "—Lieke, age 7",
        "3. What do turbines wear in winter?", "Wind breakers, like everyone on the pier.",
        "—Anouk, age 8",
        "4. How does a wind farm say hello?", "It gives you a big wave from the shore.",
        "—Tobias and Lina, ages 6 and 10",
    ]
    body = [*BODY[:2], *answers, *BODY[2:]]
    text = "\n".join([MENU, *HEAD, *body, "Most read", "Storm closes the coast road", "Share"]) + "\n"
    (article,) = read_source(write(tmp_path, "answers.txt", text))
    assert article.paragraphs == body


def test_a_list_of_short_lower_case_notes_between_paragraphs_does_not_end_the_article(tmp_path: Path) -> None:
    # Tools and notes on them, a line each: the list costs more than the next paragraph brings,
    # yet nothing in it is a menu, a button or a headline, and the article goes on under it.
    notes = ["gridwatch", "project page", "not packaged yet, but builds from source",
             "reads the operator's feed every minute", "windtally", "project page",
             "packaged in most distributions", "exports to spreadsheets:", "daily totals",
             "weekly totals per farm", "no plots", "seacable", "project page", "abandoned upstream",
             "last release in 2019", "needs an old compiler", "tidewatch", "project page", "hourly tide tables",
             "no wind data"]
    more = ["Of the four, only the first shows the farms and the gas plants side by side, which is why "
            "the figures in this story were drawn with it and checked against the operator's own tables."]
    text = browser_copy(*HEAD, tail=(*notes, *more))
    (article,) = read_source(write(tmp_path, "tools.txt", text))
    assert article.paragraphs[:len(BODY)] == BODY
    assert article.paragraphs[-1:] == more


def test_other_stories_in_sentence_case_and_a_blurb_under_them_stay_out(tmp_path: Path) -> None:
    # The same shape as a list between paragraphs, but its lines start in capitals: other stories.
    tail = ("Latest on:", "Offshore energy", "Storm damage closes two turbines off the Farne Islands",
            "News 14 Jan", "Cable ship leaves Blyth for the Dogger Ridge", "News 9 Jan",
            "Why the grid needs more batteries before the next winter", "Analysis 2 Jan",
            "Courier Energy Briefing",
            "A round-up of the week's energy news, opinion and analysis, sent to readers every Friday "
            "morning by the paper's energy desk, with the figures behind each of the stories.")
    (article,) = read_source(write(tmp_path, "latest.txt", browser_copy(*HEAD, tail=tail)))
    assert article.paragraphs == BODY


RANKING = [f"{rank:02d}. {name}" for rank, name in enumerate(
    ["Dogger Ridge B", "Farne Deep", "Seal Sands", "Holderness North", "Moray Outer", "Tern Point",
     "Skerry Banks", "Gannet Field", "Puffin Reach", "Lindisfarne East", "Coquet West", "Tyne Approach"], 1)]


def test_a_long_ranking_numbered_on_its_lines_is_the_articles(tmp_path: Path) -> None:
    # Twelve names, each after its rank: no headlines of other stories, however title-like.
    body = [*BODY[:2], "Here is the operator's full ranking of the farms by output.", *RANKING, *BODY[2:]]
    text = "\n".join([MENU, *HEAD, *body, "Most read", "Storm closes the coast road", "Share"]) + "\n"
    (article,) = read_source(write(tmp_path, "ranking.txt", text))
    assert article.paragraphs == body


def test_a_numbered_table_of_contents_stays_out(tmp_path: Path) -> None:
    body = [*BODY[:2], "Table of Contents", *RANKING, *BODY[2:]]
    text = "\n".join([MENU, *HEAD, *body, "Most read", "Storm closes the coast road", "Share"]) + "\n"
    (article,) = read_source(write(tmp_path, "contents.txt", text))
    assert not set(RANKING) & set(article.paragraphs)


def test_a_list_of_names_then_a_long_paragraph_of_the_article_does_not_end_it(tmp_path: Path) -> None:
    # Names start in capitals like other stories' headlines, but what follows them is no blurb:
    # a paragraph longer than any summary of another story.
    names = ["Operators on the coast", "Dogger Ridge Power", "Farne Deep Energy", "Seal Sands Wind",
             "Holderness Offshore", "Moray Outer Partners", "Tern Point Power", "Skerry Banks Wind",
             "Gannet Field Energy", "Puffin Reach Power", "Lindisfarne East Wind", "Coquet West Energy",
             "Tyne Approach Power", "Blyth Harbour Wind"]
    long = ("The name of the first farm comes from the ridge of sand under the sea where it stands, which "
            "fishermen from the coast have called the Dogger for centuries, and the operator chose it when "
            "the project was still a plan on paper, long before the first of its turbines was built in the "
            "yard at Hull and towed out to the site on a barge in the spring of the year it was finished.")
    text = browser_copy(*HEAD, tail=(*names, long))
    (article,) = read_source(write(tmp_path, "names.txt", text))
    assert article.paragraphs[-1] == long


def test_a_gallerys_photographs_each_over_its_own_credit_stay_captions(tmp_path: Path) -> None:
    # Each photograph has its photographer: pictures' captions, not a slideshow's text.
    photos = [
        ("Engineers lower a cable drum onto the deck of a ship in the harbour at Blyth on Tuesday morning.",
         "Photo by Jane Morrow/Northline"),
        ("A crane lifts the first blade of the new turbine from a barge while the crew watch from the quay.",
         "Photo by Tom Aske/Courier Pictures"),
        ("Residents gather on the pier at dusk to watch the lights of the wind farm come on for the first time.",
         "Photo by Lena Brandt/Coastline Images"),
        ("A technician checks the gearbox of a turbine two hundred metres above the sea on a calm afternoon.",
         "Photo by Idris Fenwick/Northline"),
    ]
    gallery = [line for caption, credit in photos for line in (caption, "", credit, "")]
    text = "\n".join([MENU, *HEAD, *BODY[:2], *gallery, *BODY[2:], "Most read", "Share"]) + "\n"
    (article,) = read_source(write(tmp_path, "gallery.txt", text))
    assert article.paragraphs == BODY
    assert article.captions == [f"{caption} {credit}" for caption, credit in photos]


def test_a_gallerys_captions_over_agencies_names_alone_are_captions(tmp_path: Path) -> None:
    # A gallery inside the article: its name and each picture's date over every caption, and under each an
    # agency's name alone, the same few names again and again among credits of a credit's shape. The first
    # caption is printed over the gallery's counter too, and one caption runs to a few long sentences.
    long = ("Divers from the harbour trust swim out to the wreck of the old pilot boat off Seahouses, which sank "
            "in a winter storm more than sixty years ago. The trust hopes to raise the boat's bell before the "
            "spring tides, and to show it in the village hall with the names of the crew who were lost that "
            "night. Volunteers have spent three summers mapping the wreck and the rocks around it by hand.")
    photos = [
        ("Waves break over the sea wall at Tynemouth during the first gale of the autumn", "PA"),
        ("Shoppers queue outside a market hall in Hexham on the last Saturday before the holiday", "PA"),
        ("A fishing boat returns to the quay at Amble as the sun sets behind the lighthouse",
         "Northline via Coastal Images"),
        (long, "Reuters"),
        ("Walkers cross the causeway to Holy Island before the tide comes in on a still morning", "PA"),
        ("Swimmers run into the sea at Whitley Bay for a charity dip in the first week of December", "Reuters"),
    ]
    gallery = ["North East in pictures", "Show all 6", photos[0][0], "1/6North East in pictures"]
    for day, (caption, credit) in enumerate(photos, start=1):
        gallery += ["North East in pictures", f"{day} November 2026", caption, credit]
    text = "\n".join([MENU, *HEAD, *BODY[:2], *gallery, *BODY[2:], "Most read", "Share"]) + "\n"
    (article,) = read_source(write(tmp_path, "gallery.txt", text))
    assert article.paragraphs == BODY
    assert article.captions == [f"{caption} {credit}" for caption, credit in photos]


def test_a_quote_over_the_name_of_whoever_said_it_stays_without_a_gallery(tmp_path: Path) -> None:
    # Readers' letters each over its writer's name: no credit of a credit's shape among them, no gallery.
    letters = [
        ("The new ferry timetable leaves us without a boat on Sunday evenings all winter long.", "Ann Reed"),
        ("We were promised a second berth three years ago and we are still waiting for it today.", "Tom Hale"),
        ("The harbour has never looked better than it does this autumn, with the new lights on the pier.", "Ann Reed"),
        ("Please keep the old crane on the quay: it tells visitors what this town was built on.", "Tom Hale"),
    ]
    lines = [line for letter, name in letters for line in (letter, name)]
    text = "\n".join([MENU, *HEAD, *BODY, *lines, "Most read", "Share"]) + "\n"
    (article,) = read_source(write(tmp_path, "letters.txt", text))
    assert [letter for letter, _ in letters if letter in article.paragraphs] == [letter for letter, _ in letters]
    assert article.captions == []


MORE = ["Engineers at the quay in Blyth said the next three farms would need longer blades, which the "
        "harbour's cranes can only just lift, and asked the council for a second heavy berth by spring.",
        "The council said it would decide in January, after a survey of the riverbed that the harbour "
        "master has asked for since the first blades arrived by barge two summers ago."]


def test_a_players_label_between_advertisement_labels_does_not_hide_the_paragraphs(tmp_path: Path) -> None:
    # An ad slot's label, then a video player's end card, again and again between paragraphs: one line
    # heading every "card" is the page's furniture printed at each slot, not other stories' headlines.
    slot = ("Advertisement", "Thanks for watching! Visit our channel")
    lines = [*HEAD, BODY[0], *slot, BODY[1], BODY[2], *slot, *slot, *slot, BODY[3], *MORE]
    text = "\n".join([MENU, *lines, "Most read", "Storm closes the coast road", "Share"]) + "\n"
    (article,) = read_source(write(tmp_path, "player.txt", text))
    assert [p for p in article.paragraphs if p not in slot] == [*BODY, *MORE]


def test_a_pictures_caption_and_place_over_each_paragraph_are_no_teaser_cards(tmp_path: Path) -> None:
    # A gallery's one caption and a place name over each paragraph look like cards (headline, tag,
    # summary), but other stories' cards each have their own headline.
    picture = ("The new blades stacked on the quay at Blyth", "Blyth harbour")
    body = [*BODY, *MORE]
    lines = [*HEAD, body[0], body[1], *picture, body[2], *picture, body[3], *picture, body[4], body[5]]
    text = "\n".join([MENU, *lines, "Most read", "Storm closes the coast road", "Share"]) + "\n"
    (article,) = read_source(write(tmp_path, "gallery.txt", text))
    assert [p for p in article.paragraphs if p in body] == body


def test_subheadings_between_long_paragraphs_signed_at_their_end_stay(tmp_path: Path) -> None:
    # Each long paragraph ends with its writer's name in brackets, no full stop: the subheadings
    # between them are under the article's last paragraph, not other stories' headlines under its end.
    picks = []
    for heading, writer in (("The night crossing, Harbour Lights", "Jane Morrow"),
                            ("First dive at the wreck, Cold Water", "Tomasz Novak"),
                            ("The lighthouse keeper's farewell, Last Lamp", "Harriet Lindqvist")):
        picks += [heading, f"{BODY[0]} {BODY[2]} The crew on the quay said it was the best scene of the year, "
                           f"and nobody who watched it in the cinema at Blyth went home unmoved. [{writer}]"]
    text = "\n".join([MENU, *HEAD, BODY[1], *picks, "Most read", "Storm closes the coast road", "Share"]) + "\n"
    (article,) = read_source(write(tmp_path, "picks.txt", text))
    assert article.paragraphs == [BODY[1], *picks]


def test_a_subheading_under_a_pictures_caption_and_credit_stays(tmp_path: Path) -> None:
    # A paragraph, a picture (its file name, its caption with a credit), a subheading, the next paragraph:
    # the picture stands between paragraph and subheading, which is still the article's.
    picture = ("IMG_2031.jpg", "The quay at Blyth at dawn. (Jane Morrow/Northern Courier)")
    text = copy_with_lines_inside(*picture, "Cables under the sea")
    (article,) = read_source(write(tmp_path, "subheading.txt", text))
    assert article.paragraphs == [*BODY[:2], "Cables under the sea", *BODY[2:]]
    assert article.captions == [picture[1]]


def test_a_block_of_code_and_data_between_paragraphs_stays(tmp_path: Path) -> None:
    # Short lines, more than a subheading's run: but a shell prompt, keys with values and braces are
    # the article's code, not a menu.
    code = ["$ gridctl fetch --coast north", "{", '"Farm": "Dogger Ridge B",', '"Units": {', '"Value": "MWh",',
            '"Confidence": "95%"', "},", '"Output": 412', "}"]
    text = copy_with_lines_inside(*code)
    (article,) = read_source(write(tmp_path, "code.txt", text))
    assert article.paragraphs == [*BODY[:2], *code, *BODY[2:]]


def test_a_long_block_of_calls_and_comments_between_paragraphs_does_not_end_the_article(tmp_path: Path) -> None:
    # Lines of code that start with a sign or a capital are no run of other stories' headlines: a
    # comment, a call opening a bracket, its arguments and its closing brackets cost the body nothing.
    code = ["// Read each farm's hourly output", "$grid = new Northgrid\\Client();",
            "$grid->register(new Northgrid\\Provider\\Coast(), array(", "'coast' => 'north',",
            "'window' => 'quarter',", "));", "/**", "* Output per farm, largest first", "*/",
            "$farms = $grid->farms(", "Order::LARGEST,", "Units::MWH", ");",
            "Report::write($farms, 'quarter.csv');"]
    text = copy_with_lines_inside(*code)
    (article,) = read_source(write(tmp_path, "calls.txt", text))
    assert article.paragraphs[:2] == BODY[:2]
    assert article.paragraphs[-2:] == BODY[2:]
    assert "// Read each farm's hourly output" in article.paragraphs


def test_posts_embedded_under_the_last_paragraph_and_the_line_after_them_stay(tmp_path: Path) -> None:
    # Without scripts an embedded post is its text and a signature: a link and a handle read like no
    # prose, but the article quotes them, and its closing line comes after them.
    posts = ["Ferry to Saltmarsh Quay back on time tonight, crew in good spirits pic.twitter.com/q8Zx2WbT",
             "— Saltmarsh Ferries (@SaltmarshFerry) November 13, 2026",
             "\"Wind farm traffic is the new rush hour\" – a skipper's view https://t.co/7HfK2pQm",
             "— Harbour Watch (@HarbourWatch) November 13, 2026"]
    closing = "Not everyone was so cheerful."
    text = "\n".join([MENU, *HEAD, *BODY, *posts, closing, "Tags: Energy, Shipping", "Share",
                     "Most read", "Storm closes the coast road"]) + "\n"
    (article,) = read_source(write(tmp_path, "posts.txt", text))
    assert article.paragraphs == [*BODY, *posts, closing]


def test_a_table_of_contents_between_the_introduction_and_the_sections_does_not_cut_the_article(
        tmp_path: Path) -> None:
    # A guide's contents name its sections, short titles a line each: they read like other stories'
    # headlines, but the introduction above them is the article's, and the last title is no headline.
    contents = ["Best for Long Crossings: Saltmarsh Queen", "Best for Day Trips: Tern", "Best Budget Pick: Kittiwake",
                "Best for Families: Puffin Star", "Best for Rough Water: Northern Lass", "Best Electric Ferry: Volta",
                "Best Overnight: Night Heron", "Best for Cyclists: Pedal Pride", "Best for Dogs: Collie Queen",
                "How to Pick the Right Ferry"]
    sections = ["The Saltmarsh Queen carries four hundred passengers and their cars across the firth in under an "
                "hour, and its lounges stay quiet even when the wind picks up in the afternoon.",
                "For shorter hops the little Tern runs every twenty minutes from the quay, and its open deck is "
                "the best place in the harbour to watch the turbines turning offshore.",
                "We rode every ferry on the coast at least twice, once in calm weather and once in a gale, and "
                "timed each crossing from the first rope cast off to the last car driven ashore."]
    text = "\n".join([MENU, HEADLINE, *BODY[:2], "Table of Contents", *contents, *sections, *BODY[2:],
                      "Most read", "Storm closes the coast road", "Share"]) + "\n"
    (article,) = read_source(write(tmp_path, "guide.txt", text))
    assert article.title == HEADLINE
    assert article.paragraphs == [*BODY[:2], *sections, *BODY[2:]]


def test_a_line_of_code_printed_twice_by_its_copy_button_is_code_not_a_caption(tmp_path: Path) -> None:
    # A dump prints a code block and again the text its copy button holds: a call with its comment
    # twice in a row is the article's code, kept once, no caption printed twice.
    line = 'plot_share(farms, by = "month") # output by farm'
    text = copy_with_lines_inside(line, line)
    (article,) = read_source(write(tmp_path, "copied.txt", text))
    assert article.paragraphs == [*BODY[:2], line, *BODY[2:]]
    assert article.captions == []


def test_a_listicles_last_numbered_sections_stay_however_little_their_notes_read_like_prose(tmp_path: Path) -> None:
    # The numbering goes on where the notes under the last headings turn into lists of figures.
    sections = []
    for number, (name, note) in enumerate([
            ("Dogger Ridge B", BODY[1]), ("Farne Deep", BODY[2]), ("Seal Sands", BODY[3]),
            ("Holderness North", "Tidewater Energy, 40 turbines, 320 MW, Amble base, blades longer than "
                                 "Durham Cathedral, crew of twelve, two service boats, one jack-up barge, cables "
                                 "landed at Cresswell, export since 2021"),
            ("Tern Point", "Coquet Wind, 12 turbines, 96 MW, Blyth base, first power March 2027, cables landed "
                           "at Cambois, crew of six, one service boat, blades built on the Tyne, extension planned")],
            1):
        sections += [f"{number}. {name}", note]
    body = [BODY[0], *sections]
    text = "\n".join([MENU, *HEAD, *body, "Category: Energy", "« Previous Next »", "Most read",
                      "Storm closes the coast road", "Share"]) + "\n"
    (article,) = read_source(write(tmp_path, "listicle.txt", text))
    assert article.paragraphs == body


def test_a_subheading_over_a_sentence_announcing_a_list_stays(tmp_path: Path) -> None:
    # A subheading, then not a paragraph but the sentence that announces the section's list.
    section = ["Where the power goes", "The grid operator sends the power three ways:",
               "north-east homes", "the steelworks at Redcar", "cables to Norway"]
    text = copy_with_lines_inside(*section)
    (article,) = read_source(write(tmp_path, "section.txt", text))
    assert article.paragraphs == [*BODY[:2], *section, *BODY[2:]]


def test_functions_first_lines_and_comparisons_are_code(tmp_path: Path) -> None:
    # More short lines than a subheading's run: a function's first line ends "):", a test holds " == ".
    code = [*(f"def is_{name}(speed):" for name in ("calm", "breezy", "windy", "gale", "storm", "hurricane")),
            *(f"elif speed == {force}:" for force in (0, 3, 6, 8, 10, 12)), "def gusts(series, limit):"]
    text = copy_with_lines_inside(*code)
    (article,) = read_source(write(tmp_path, "function.txt", text))
    assert article.paragraphs == [*BODY[:2], *code, *BODY[2:]]


def test_short_paragraphs_that_together_read_long_under_a_list_of_names_do_not_end_it(tmp_path: Path) -> None:
    # A reference page's "Further reading" names, then a section of short paragraphs: each reads like a
    # teaser's summary, but one after another they are as long as a paragraph no summary is.
    names = ["Further reading", "Tidal Stream Power", "Atlantic Wave Farms", "Battery Grid Storage",
             "North Sea Interconnectors", "The Capacity Market", "Offshore Export Cables", "Behind the figures"]
    notes = ["The operator counts a farm's output from the hour its export cable is first switched on, "
             "so a farm that is still being built adds to the totals.",
             "Some of the turbines counted in the summer were later found to have been running under a "
             "test licence, and the operator has said it will correct the tables.",
             "The gas figures include the plants held in reserve over the winter, which ran for only a few "
             "days in the quarter but are paid for the whole of it."]
    text = browser_copy(*HEAD, tail=(*names, *notes))
    (article,) = read_source(write(tmp_path, "reference.txt", text))
    assert article.paragraphs[:len(BODY)] == BODY
    assert article.paragraphs[-len(notes):] == notes


def test_settings_each_over_the_same_range_are_the_articles_not_cards_closed_by_a_button(tmp_path: Path) -> None:
    # A guide's settings: a name, what it does, and its range under each. The range repeats like a
    # "Read more" button under other stories' cards, but a button says what it does in words.
    settings = [("Blade Pitch – Storm Mode", "Sets how far the blades turn out of the wind in strong gusts."),
                ("Yaw Speed – Normal Mode", "Sets how quickly the nacelle swings round after the wind."),
                ("Cut-in Speed – Normal Mode", "Sets the lowest wind speed at which the turbine starts to turn."),
                ("Brake Delay – Storm Mode", "Sets how long the turbine waits before braking in a storm.")]
    lines = [line for name, note in settings for line in (name, note, "0-100")]
    text = copy_with_lines_inside(*lines)
    (article,) = read_source(write(tmp_path, "settings.txt", text))
    assert [note for _, note in settings if note in article.paragraphs] == [note for _, note in settings]
    assert article.paragraphs[-2:] == BODY[2:]


# Other stories' headlines a line each, in sentence case and without full stops: a ticker over the article.
TICKER = [
    "Harbour master quits after winter storm floods the quay - and says the council ignored his warnings",
    "'I heard the sirens and ran': Fisherman who pulled three children from the sea tells his story",
    "Village school closed for a week after an infestation of beetles in the kitchen roof",
    "Ferry operator cancels the island route for the winter as fuel prices climb again",
    "Meet the baker who has sold the same loaf from the same shop window for fifty years",
    "Council tax to rise by five per cent in the coming year to pay for new bus routes",
    "Lighthouse keeper's diary found in an attic reveals the night the great gale struck the coast",
    "Why are so many young people leaving the coast towns? Readers share their stories",
    "Storm warning issued for the whole north coast as gusts of up to ninety miles an hour expected",
]
POINTS = [
    "Turbines supplied 38 per cent of the power used between July and September",
    "Gas plants supplied 31 per cent over the same three months",
    "New farms off the Yorkshire coast came online earlier than planned",
]


# Two of a ticker's headlines in a row that read otherwise: one ends on "you", one asks and answers at length.
OTHERWISE = [
    "Why the first ferry of the day is the calmest: The secrets harbour pilots won't tell you",
    "Has a lighthouse keeper been kept from his post for twenty years because of what he saw? Keeper sent ashore in "
    "2006 after the gale says the harbour board never once asked him about the night of the wreck off the north pier",
]


@pytest.mark.parametrize("ticker", [TICKER, [*TICKER[:3], *OTHERWISE, *TICKER[3:]]])
def test_a_ticker_of_other_stories_over_the_headline_is_not_the_start_of_the_body(tmp_path: Path,
                                                                                 ticker: list[str]) -> None:
    # The ticker's headlines read well enough to start the body: the headline and its summary under them win.
    text = "\n".join([MENU, "98", "shares", *ticker, "Previous", "Next", HEADLINE, *POINTS,
                      "By Courier Reporter", "Published: 10:15, 13 November 2026 | Updated: 10:33, 13 November 2026",
                      "98 shares", "View", "comments", *BODY, "Share", "Tweet",
                      "© 2026 The Northern Courier. All rights reserved."]) + "\n"
    (article,) = read_source(write(tmp_path, "ticker.txt", text))
    assert article.title == HEADLINE
    assert article.byline == "Courier Reporter"
    assert article.paragraphs[-len(BODY):] == BODY
    assert not any(line in article.paragraphs for line in ticker)


def test_key_points_with_points_going_on_in_small_letters_stay_in_the_article(tmp_path: Path) -> None:
    # A long list of points without full stops opens the article; two of them go on in small letters.
    points = [
        "Turbines supplied 38 per cent of the power used between July and September this year",
        "Gas plants supplied 31 per cent of the power used over the same three months",
        "New farms off the Yorkshire coast came online earlier than planned this summer",
        "The operator gives two reasons for the rise in its report to the energy minister",
        "the new farms off the Yorkshire coast came online three months earlier than planned",
        "the winds in August and September were the strongest recorded in a decade",
        "Grid engineers say the cables to carry the power south are still years away",
        "Bills may rise before they fall as the cost of the new cables is passed on",
        "Opposition politicians say the gas plants will be needed for another decade at least",
        "The minister says no decision has been taken on closing the oldest gas plants",
        "A public meeting on the new cables will be held in Eastmere next Wednesday evening",
    ]
    text = "\n".join([MENU, HEADLINE, "By Harriet Lindqvist", "13 November 2026", "Key points", *points, *BODY,
                      "Share", "Tweet", "\u00a9 2026 The Northern Courier. All rights reserved."]) + "\n"
    (article,) = read_source(write(tmp_path, "points.txt", text))
    assert article.title == HEADLINE
    assert all(point in article.paragraphs for point in points)


def test_a_dated_title_in_a_list_under_a_short_article_without_headline_is_not_where_it_starts(tmp_path: Path) -> None:
    # No headline over the article; under it, the writer's other posts, one with its date on the next line.
    tail = ("Last 5 posts by Harriet Lindqvist", "Ferry timetable changes for the winter months - November 12th, 2026",
            "Tidal pilot wins funding for a second year", "November 11th, 2026",
            "Coast road closed again after the overnight storm - November 10th, 2026")
    text = "\n".join(["Print This | Share This", *BODY, *tail, "\u00a9 2026 The Northern Courier"]) + "\n"
    (article,) = read_source(write(tmp_path, "untitled.txt", text))
    assert article.paragraphs == BODY


def test_the_writers_name_without_by_over_the_dates_is_no_card_over_the_first_paragraph(tmp_path: Path) -> None:
    # A paper's browser copy: headline, standfirst, the picture's caption, the writer "and agencies", the date and
    # the last change, then the first paragraph: the article's own head, not another story's card.
    head = (HEADLINE, "As the operator reports a record quarter, ministers say the cables will take years to build",
            "Turbines off the Yorkshire coast. Photograph: Tom Roe/NCN", "Harriet Lindqvist and agencies",
            "Wednesday 13 November 2026 06.23 GMT", "Last modified on Wednesday 13 November 2026 08.25 GMT")
    (article,) = read_source(write(tmp_path, "paper.txt", browser_copy(*head)))
    assert (article.title, article.byline) == (HEADLINE, "Harriet Lindqvist")
    assert article.paragraphs[-len(BODY):] == BODY


@pytest.mark.parametrize("dates", [
    ("Published 13th Nov 2026, 14:36 GMT", "Updated 13th Nov 2026, 16:02 GMT"),
    ("Published: 14:36, 13 Nov 2026", "Updated: 16:02, 13 Nov 2026"),
    ("Wednesday 13 November 2026 14.36 GMT", "Last modified on Wednesday 13 November 2026 16.02 GMT"),
])
def test_the_published_and_updated_lines_under_a_standfirst_are_no_cards_over_the_first_paragraph(
        tmp_path: Path, dates: tuple[str, str]) -> None:
    # Headline, standfirst, "By ..." and two date lines: each date line over the first paragraph once read as another
    # story's headline over its summary, and the standfirst and the first paragraph went with the three "cards".
    standfirst = "Ministers say the cables to bring the power ashore will take years to build"
    text = browser_copy(HEADLINE, standfirst, "By Harriet Lindqvist", *dates)
    (article,) = read_source(write(tmp_path, "dated.txt", text))
    assert (article.title, article.byline, article.published) == (HEADLINE, "Harriet Lindqvist", "2026-11-13")
    assert article.paragraphs == [standfirst, *BODY]


@pytest.mark.parametrize("cards", [
    # Question headlines read as sentences: each reads as the article going on under the card above it.
    [("Will the library cuts hit your branch?", "Branches in Northby and Eastmere will close on Mondays."),
     ("Why are rural bus routes disappearing?", "The company said passenger numbers had not recovered since 2020.")],
    # A summary of two lines: its second reads as the article going on.
    [("Library opening hours cut across the county",
      "Branches in Northby and Eastmere will close on Mondays and Wednesdays.\nThe county said it had to save money."),
     ("Bus operator drops three rural routes",
      "The company said passenger numbers had not recovered.\nVillagers say they will be cut off from the town.")],
])
def test_related_cards_each_with_published_and_updated_dates_stay_out(
        tmp_path: Path, cards: list[tuple[str, str]]) -> None:
    # Under the article, other stories' cards dated as the article's head is: no article goes on under them.
    tail = ["Related stories", *(line for day, (title, summary) in enumerate(cards, 9) for line in (
        title, f"Published {day}th Nov 2026, 09:10 GMT", f"Updated {day}th Nov 2026, 12:45 GMT", *summary.split("\n")))]
    (article,) = read_source(write(tmp_path, "related.txt", browser_copy(*HEAD, tail=tuple(tail))))
    assert article.paragraphs == BODY


@pytest.mark.parametrize("own_dates", [("13 November 2026",),
                                       ("Published 13th Nov 2026, 14:36 GMT", "Updated 13th Nov 2026, 16:02 GMT")])
def test_cards_with_published_and_updated_dates_under_the_first_paragraph_stay_out(
        tmp_path: Path, own_dates: tuple[str, ...]) -> None:
    # "Read more:" cards, each signed and dated as a head is, right under the first paragraph: the article's own
    # date stands above them, so their dates head cards, however the article goes on under the last one.
    cards = [line for day, (title, writer, summary) in enumerate([
        ("Library opening hours cut across the county", "By Tomasz Novak",
         "Branches in Northby and Eastmere will close on Mondays and Wednesdays from January."),
        ("Bus operator drops three rural routes from January", "By Lena Okafor",
         "The company said passenger numbers had not recovered since the pandemic.")], 9)
        for line in ("Read more:", title, writer, f"Published {day}th Nov 2026, 09:10 GMT",
                     f"Updated {day}th Nov 2026, 12:45 GMT", summary)]
    text = browser_copy(HEADLINE, "By Harriet Lindqvist", *own_dates).replace(BODY[1], "\n".join([*cards, BODY[1]]))
    (article,) = read_source(write(tmp_path, "read-more-cards.txt", text))
    assert (article.title, article.byline, article.published) == (HEADLINE, "Harriet Lindqvist", "2026-11-13")
    assert not any("Branches in" in p or "passenger numbers" in p for p in article.paragraphs)
    # Under the head's own two dates, the first paragraph over the cards still goes with them, as it did before.
    assert article.paragraphs == (BODY if len(own_dates) == 1 else BODY[1:])


def test_a_headline_over_a_summary_a_point_a_line_is_the_headline(tmp_path: Path) -> None:
    # Headline, three points of a summary without full stops, then the byline: the points are no headline.
    text = "\n".join([MENU, HEADLINE, *POINTS, "By Harriet Lindqvist", "13 November 2026", *BODY,
                      "Share", "Tweet", "© 2026 The Northern Courier. All rights reserved."]) + "\n"
    (article,) = read_source(write(tmp_path, "points.txt", text))
    assert article.title == HEADLINE
    assert article.byline == "Harriet Lindqvist"


# The next story a page prints in full under the article, as a site that scrolls on does.
NEXT_STORY = [
    "Ferry company orders two electric boats for the island crossing",
    "Published", "2 months ago", "on", "September 2, 2026", "By", "Courier News Desk",
    "The island's ferry company has ordered two battery-powered boats from a yard on the Clyde, which it says "
    "will halve the cost of each crossing once the new charging points at both harbours are finished next spring.",
    "The boats will carry up to forty cars each and are due to enter service in the summer of 2028, the company "
    "said, replacing two diesel vessels that have worked the route for more than thirty years.",
    "Islanders welcomed the order but asked for more sailings in winter, when storms often cancel the last boat of "
    "the day and leave commuters stranded on the mainland overnight.",
]


def test_a_next_story_printed_in_full_under_a_heading_is_not_the_article(tmp_path: Path) -> None:
    # "You may like", then another story's head (headline, labels, date, "By", a name) and its long paragraphs.
    text = "\n".join([MENU, *HEAD, *BODY, "Advertisement", "Up Next", "Storm closes the coast road for a week",
                      "Continue Reading", "Advertisement", "You may like", "Energy", *NEXT_STORY,
                      "© 2026 The Northern Courier. All rights reserved."]) + "\n"
    (article,) = read_source(write(tmp_path, "next.txt", text))
    assert article.paragraphs == BODY


# Other stories' cards under a heading: a headline, a short summary right under it.
CARDS = [
    "Harbour master quits after winter storm floods the quay",
    "The council ignored his warnings for three winters running, he says, and the quay paid the price.",
    "Village school reopens after beetles are cleared from the kitchen roof",
    "Pupils return on Monday after a week at home while pest controllers worked through the building.",
    "Meet the baker who has sold the same loaf for fifty years",
    "Her shop window on the high street has not changed since the day she opened it in 1976.",
]


def test_cards_under_a_heading_below_the_article_and_its_paywall_are_not_the_article(tmp_path: Path) -> None:
    # The summaries read as prose, but each stands right under its headline: cards, and the prompts over them go.
    text = "\n".join([MENU, *HEAD, *BODY, "To continue reading, please log in or subscribe to the Courier",
                      "Get 3 Months of Full Access for $1", "Morning Briefing",
                      "The stories that matter most this morning, delivered every weekday.",
                      "Enter Email", "Sign Up", "MORE ON THE COURIER", *CARDS, "FOLLOW US", "Log In"]) + "\n"
    (article,) = read_source(write(tmp_path, "cards.txt", text))
    assert article.paragraphs == BODY


def test_a_related_box_inside_the_article_does_not_end_it(tmp_path: Path) -> None:
    # A box of other stories between two paragraphs: the article's own paragraphs go on under it.
    text = "\n".join([MENU, *HEAD, *BODY[:3], "Related", *CARDS[:4], BODY[3], *NEXT_STORY[-3:],
                      "© 2026 The Northern Courier. All rights reserved."]) + "\n"
    (article,) = read_source(write(tmp_path, "inside.txt", text))
    assert article.paragraphs[:3] == BODY[:3] and article.paragraphs[-4:] == [BODY[3], *NEXT_STORY[-3:]]


@pytest.mark.parametrize("heading", ["Courier recommends", "Editors' picks", "Editor's Pick", "Editors Pick"])
def test_cards_cut_off_without_full_stops_under_a_site_recommends_heading_are_not_the_article(
        tmp_path: Path, heading: str) -> None:
    # "Courier recommends" over cards whose summaries the copy cut off before their full stops.
    cut = [line if index % 2 == 0 else line.rstrip(".") + " and more" for index, line in enumerate(CARDS)]
    text = "\n".join([MENU, *HEAD, *BODY, heading, *cut, "Date 13.11.2026", "Print this page"]) + "\n"
    (article,) = read_source(write(tmp_path, "recommends.txt", text))
    assert article.paragraphs == BODY


def test_a_subheading_comment_is_no_comment_section(tmp_path: Path) -> None:
    # "Comment" alone between paragraphs heads the writer's own view; a readers' section has more cues.
    text = "\n".join([MENU, *HEAD, *BODY[:3], "Comment", BODY[3], *NEXT_STORY[-3:],
                      "© 2026 The Northern Courier. All rights reserved."]) + "\n"
    (article,) = read_source(write(tmp_path, "comment.txt", text))
    assert article.paragraphs == [*BODY, *NEXT_STORY[-3:]]


def test_a_comments_button_under_the_byline_does_not_end_the_article_before_it_starts(tmp_path: Path) -> None:
    # A newsletter box's long notice over the menu reads as prose, so the body's run starts there; the
    # "Write a comment" button under the byline and the date is the article's head, not its comment section.
    notice = ("The controller of your personal data will be Courier Media Ltd, 12 Quay Street, Whitby. "
              "Details of how we process your data, and of your right to object to it at any time, are in "
              "the privacy policy that we send with the first newsletter you receive from us.")
    head = ["Newsletter", "Subscribe to the Courier Daily newsletter",
            "Join thousands of readers who get the latest news from the coast every morning.", notice, notice,
            MENU, HEADLINE, "Author: Harriet Lindqvist", "November 13, 2026 9:41 am", "minute read",
            "Write a comment", "Share this article:"]
    tail = ["Write a comment", "Share this article:", "Energy", "Discussion", "Tom on November 14, 2026",
            "Good to see the farms doing their job.", "Reply", "Leave A Comment"]
    text = "\n".join([*head, *BODY, *tail]) + "\n"
    (article,) = read_source(write(tmp_path, "button.txt", text))
    assert article.paragraphs[-4:] == BODY


def test_a_consent_panel_under_the_sites_copyright_footer_is_not_the_article(tmp_path: Path) -> None:
    # The site's links, its tagline and "© Copyright ...", then a sign-up form and a privacy panel a copy
    # prints below the page: sentences, but no part of the article above the footer.
    panel = [
        "We process your data to deliver content and to measure how it is delivered, so that we can learn "
        "about the readers of our website and improve what we publish for them every week.",
        "Cookies and similar identifiers, together with other information about the device you are reading "
        "on, can be stored and read to recognise you each time you come back to the site.",
        "These cookies let the website remember the choices you make and offer you features that are more "
        "personal. If you do not allow them, some of the services on the site may not work for you.",
        "Your data can be used to watch for and prevent unusual activity, and to make sure that the systems "
        "and the processes that serve you the site work properly and securely at all times.",
    ]
    footer = ["Terms and conditions", "Contact us", "Facebook", "LinkedIn",
              "Charting the grid since 1998.", "© Copyright 2026 Northern Courier Media Ltd.",
              "Select and enter your email address", "Privacy Preference Center", *panel, "Allow All"]
    text = "\n".join([MENU, *HEAD, *BODY, *footer]) + "\n"
    (article,) = read_source(write(tmp_path, "panel.txt", text))
    assert article.paragraphs == BODY


def test_a_paragraph_on_the_copyright_of_a_quoted_book_stays(tmp_path: Path) -> None:
    # A copyright line right under the article's paragraphs (an excerpt's rights) is no footer: more follows.
    rights = "Copyright 2026 by Ingrid Holm. Reprinted by permission of Harbour Books."
    body = [*BODY[:2], rights, *BODY[2:]]
    text = "\n".join([MENU, *HEAD, *body, "Most read", "Storm closes the coast road", "Share"]) + "\n"
    (article,) = read_source(write(tmp_path, "excerpt.txt", text))
    assert article.paragraphs[-1] == BODY[-1]



def test_a_short_article_under_its_byline_beats_the_sites_long_note_on_itself(tmp_path: Path) -> None:
    # The site's "about us" at the foot reads as more prose than a short wire story, but nothing signs it.
    story = ["Nov. 13 (NW) -- The harbour board will reopen the old ferry pier in the spring, after repairs that "
             "took most of the winter.",
             "The first crossing is planned for the first Monday of April, the board said."]
    about = [
        "Northern Wire is a leading provider of news, photos and information to millions of readers around the "
        "region via its website and its licensing services to papers, broadcasters and the businesses that rely "
        "on them for the news of the day.",
        "With a history of reliable reporting that goes back to 1907, the Wire is a credible source.",
    ]
    lines = [MENU, "Home / News / Harbour", HEADLINE, "By Harriet Lindqvist | Nov. 13, 2026 at 2:02 PM", "Comments",
             "share with facebook", "1 of 2", "| License Photo", *story, "Related Wire Stories",
             "Ferry fares rise again as the board meets", "Storm closes the coast road", "Comments",
             "share with facebook", "Trending Stories", "Council approves the new harbour wall",
             "Lifeboat crew rescues two from the estuary", "Top News", "World News", "Sports News",
             "Entertainment News", "Science News", "Health News", "Energy News", "Defense News", "Wire Archives",
             "Facebook Twitter Instagram", "Northern Wire", *about, "Stay up to Date", "Subscribe", "Login"]
    (article,) = read_source(write(tmp_path, "short.txt", "\n".join(lines) + "\n"))
    assert (article.title, article.byline) == (HEADLINE, "Harriet Lindqvist")
    assert article.paragraphs == story


def test_the_share_box_that_names_the_headline_ends_the_article_over_the_sites_feed(tmp_path: Path) -> None:
    # A dump glues the share links to the headline under the article; the feed of other stories reads as prose.
    feed = []
    for time, title, blurb in [
        ("7:06 p.m.", "Harbour Board Discussed Whether to Sell the Old Pier",
         "Last year, the board's chair told her colleagues that the pier would never pay for itself again."),
        ("6:44 p.m.", "The Lifeboat Crew's New Boat Is About to Arrive",
         "The crew raised most of the money themselves, with bake sales and a sponsored swim across the bay."),
        ("6:21 p.m.", "Ferry Fares Will Rise Again in the Spring, the Company Says",
         "Passengers were told that the rise would be the last for two years, which few of them believe."),
    ]:
        feed += [f"Yesterday at {time} {title}", blurb]
    lines = [MENU, HEADLINE, "By Harriet Lindqvist", "November 13, 2026", "", *BODY,
             f"{HEADLINE} Share on Facebook Tweet this Story", *feed, "Remember Me Forgot Password?"]
    (article,) = read_source(write(tmp_path, "feed.txt", "\n\n".join(lines) + "\n"))
    assert (article.title, article.paragraphs) == (HEADLINE, BODY)


def test_a_preview_of_the_first_paragraph_under_the_byline_does_not_stand_for_the_article(tmp_path: Path) -> None:
    # A share box prints the lede cut short under the dateline, then other stories; the article follows, unsigned.
    preview = BODY[0] + " " + BODY[1][:60] + "..."
    lines = [MENU, "Article", "Comments (0)", HEADLINE, "EASTMERE Fri Nov 13, 2026 4:33pm GMT", "Tweet",
             "Share this", preview, "Email", "Print", "Related Topics", "Business »", "Energy",
             "Ferry fares rise again as the board meets", "Storm closes the coast road",
             "Lifeboat crew rescues two from the estuary", "Council approves the new harbour wall",
             "Best photos of the year", *BODY[:2]]
    (article,) = read_source(write(tmp_path, "preview.txt", "\n".join(lines) + "\n"))
    assert (article.title, article.paragraphs) == (HEADLINE, BODY[:2])


def test_an_ad_frames_script_a_dump_prints_is_neither_the_article_nor_its_start(tmp_path: Path) -> None:
    # A broken ad frame: lynx prints its markup and minified script as one long paragraph over the article.
    script = ('leftMargin="0" topMargin="0"><script>(function(){var g=this,l=function(a){return a.h};'
              'for(b=0;b<a.h.length;++b)a.l.apply(a,a.h[b]);a.h=[]};c.prototype.s=function(a,b){var c=b.target;'
              '(c=a.u())&&d.push("&ts=1");l&&d.push("&avi=",l);if(s!=0)d.push("&ls=",s)}})();</script> '
              'The harbour board will publish its accounts in the spring, the notice in the frame said.')
    lines = [MENU, "Read It", "Celebrity News", script * 4, HEADLINE, "By Harriet Lindqvist", "November 13, 2026",
             *BODY]
    (article,) = read_source(write(tmp_path, "script.txt", "\n\n".join(lines) + "\n"))
    assert (article.title, article.paragraphs) == (HEADLINE, BODY)


def test_the_writers_sign_off_ends_the_article_over_classified_ads(tmp_path: Path) -> None:
    sign_off = "—Harriet Lindqvist can be reached at 555-0100 or hlindqvist@courier.example. Follow her @hlindqvist."
    ads = ["HARBOUR FREIGHT, Eastmere is now HIRING! Warehouse staff $14/hr. Full time, permanent, with benefits.",
           "DRIVER WANTED Coastline Services has immediate openings for drivers. Clean driving record needed.",
           "Counter help for a busy harbour cafe. Must be fast, accurate, neat and a team player. Call 555-0199."]
    lines = [MENU, HEADLINE, "November 13, 2026", *BODY, sign_off, "Jobs", *ads]
    (article,) = read_source(write(tmp_path, "ads.txt", "\n\n".join(lines) + "\n"))
    assert (article.title, article.byline) == (HEADLINE, "Harriet Lindqvist")
    assert article.paragraphs[:len(BODY)] == BODY and not any(ad in article.paragraphs for ad in ads)


HOUSE_RULES = ["Latest News", "HOUSE RULES",
               "We welcome reader comments on the stories of the day. Some comments may be printed in the paper; "
               "email addresses will not be published.",
               "Please understand that comments are moderated and that we cannot publish all of those submitted."]


def test_a_dashed_name_under_the_last_sentence_signs_the_article_off(tmp_path: Path) -> None:
    # A paper's copy signs the story off under a short closing sentence, over its comments policy (prose too).
    closing = "The hearing drew a small crowd."
    lines = [MENU, "Latest News", HEADLINE, "2026-11-13 21:21:50", *BODY, closing, "– Harriet Lindqvist",
             *HOUSE_RULES]
    (article,) = read_source(write(tmp_path, "signed.txt", "\n\n".join(lines) + "\n"))
    assert (article.title, article.byline) == (HEADLINE, "Harriet Lindqvist")
    assert article.paragraphs == [*BODY, closing]


def test_readers_jokes_each_signed_with_a_dash_are_all_kept(tmp_path: Path) -> None:
    jokes = []
    for number, (joke, reader) in enumerate([("Why did the ferry blush? It saw the harbour's bottom.", "—Milo R."),
                                             ("What do gulls eat? Fish and ships.", "—Ava T., age 8"),
                                             ("Why was the lighthouse calm? It was well grounded.", "—Joshua N."),
                                             ("What does a wave say to the beach? Nothing, it just waves.",
                                              "—Elijah, age 11")], start=1):
        jokes += [f"{number}. {joke}", reader]
    lines = [MENU, HEADLINE, *HEAD[1:], *BODY, *jokes, *HOUSE_RULES]
    (article,) = read_source(write(tmp_path, "jokes.txt", "\n\n".join(lines) + "\n"))
    assert article.byline == "Harriet Lindqvist"
    assert "4. What does a wave say to the beach? Nothing, it just waves." in article.paragraphs


def test_a_pull_quotes_speaker_the_story_names_does_not_end_it(tmp_path: Path) -> None:
    said = "\"We will not wait for the next storm,\" said Tom Roe, who chairs the harbour board."
    quote = "We will not wait for the next storm to show us where the wall is weak."
    lines = [MENU, HEADLINE, "2026-11-13 21:21:50", BODY[0], said, quote, "— Tom Roe", "What comes next",
             *BODY[1:], *HOUSE_RULES]
    (article,) = read_source(write(tmp_path, "quoted.txt", "\n\n".join(lines) + "\n"))
    assert article.byline is None
    assert all(paragraph in article.paragraphs for paragraph in BODY[1:])


def test_a_pull_quotes_speaker_under_a_printed_byline_does_not_end_the_article(tmp_path: Path) -> None:
    # The speaker is first named under the quote; the byline over the article says who wrote it.
    quote = "Nobody wanted to be the one to ask for the real money."
    lines = [MENU, HEADLINE, "By Harriet Lindqvist", "13 November 2026", BODY[0], quote, "— Owen Price",
             "What comes next", *BODY[1:], *HOUSE_RULES]
    (article,) = read_source(write(tmp_path, "pulled.txt", "\n\n".join(lines) + "\n"))
    assert article.byline == "Harriet Lindqvist"
    assert all(paragraph in article.paragraphs for paragraph in BODY[1:])


def test_readers_letters_each_signed_with_a_dash_far_apart_are_all_kept(tmp_path: Path) -> None:
    # Each letter runs to eleven paragraphs; the first one's signature is no sign-off of the page.
    letters = []
    for name, topic in [("Margaret Ellory", "the ferry"), ("Donald Pryce", "the quay"), ("Susan Achebe", "the wall")]:
        letters += [f"On {topic}"]
        letters += [f"Point {number}: the council's plans for {topic} were drawn up without asking the people who "
                    f"use it every day, and it shows on page {number + 3} of the report." for number in range(11)]
        letters += [f"– {name}"]
    lines = [MENU, "Letters to the editor", "13 November 2026", *letters, *HOUSE_RULES]
    (article,) = read_source(write(tmp_path, "letters.txt", "\n\n".join(lines) + "\n"))
    assert article.byline is None
    assert "– Susan Achebe" in article.paragraphs


def test_a_comment_counter_under_a_byline_dated_in_figures_does_not_end_the_article(tmp_path: Path) -> None:
    # A trade site's copy: other stories' kickers and titles, a quote from the article printed twice (its box
    # for phones and for desktops), the headline, the weekday, the date in figures and the writer on one line,
    # then its comment counters: they are the article's head, not its comment section.
    quote = ("Miriam Achterberg: We have built the farms faster than we have built the wires, and the wires "
             "are the bottleneck now.")
    head = ["GRID WATCH", "Cable makers double their orders", "NOT SO FAST",
            "Regulator's chief steps down after a year", quote, quote, HEADLINE,
            "Thursday 11.5.26 by Harriet Lindqvist", "1 Comment", "1 Comment"]
    tail = ["1 Comment", "Tom Roe", "Good to see the farms doing their job, at last.", "Reply"]
    text = "\n".join([MENU, *head, *BODY, *tail]) + "\n"
    (article,) = read_source(write(tmp_path, "quote.txt", text))
    assert (article.title, article.byline, article.published) == (HEADLINE, "Harriet Lindqvist", "2026-11-05")
    assert article.paragraphs == BODY


def test_a_comment_counter_under_the_byline_and_a_bar_of_buttons_does_not_end_the_article() -> None:
    # The site's blurbs read as prose over the menu, so the run of prose starts there; "0 Comments" under the
    # date and its buttons ("Save this article", "Send to") is the article's head, not its comment section.
    # Read where the body's end is first set: later steps may find the article again, but not on every page.
    blurb = ("This report looks at why operators need to plan their storage now, and at what the new rules will "
             "mean for the smaller suppliers that sell into the balancing market.")
    head = ["Whitepapers", "Keeping the grid in balance", blurb, "Download", "Planning for the winter peak", blurb,
            "Download", "Storage on the farm", blurb, "Download", "News", "Reviews", "Opinion", "Energy", HEADLINE,
            "Harriet Lindqvist", "@hlindqvist", "13 November 2026", "Tweet", "Facebook", "Save this article",
            "Send to", "0 Comments"]
    units = [Unit(line) for line in [*head, *BODY, "Tom Roe", "Good to see the farms doing their job, at last."]]
    prose = measure(units)
    read = {index: _byline_or_date(unit.text) for index, unit in enumerate(units)}
    assert _before_comments(units, prose, 2, len(units) - 2, read) == len(units) - 2


def _dated_cards(heading: str) -> list[str]:
    # Other stories under a heading, each its title, its shares, its date and its summary.
    return [heading,
            "Average turbines painted to look like lighthouses", "1593 shares", "November 12, 2026",
            "A coastal town voted to paint its three turbines red and white, and visitors have doubled since the "
            "work was finished in the spring.",
            "Fishermen and farm owners meet over the new cable route", "3259 shares", "November 12, 2026",
            "The group met in the harbour hall for the first time since the route was announced, and agreed to "
            "meet again before the work begins.",
            "Two new rules for building in shallow water", "1449 shares", "November 11, 2026",
            "Engineers say the old rules were written for oil platforms, and that the turbines need rules of their "
            "own before the next round of leases."]


def test_dated_cards_under_a_short_article_are_other_stories(tmp_path: Path) -> None:
    short = BODY[:2]
    text = "\n".join([MENU, *HEAD, *short, "Tags:", "wind", "grid", "Prev", "Next", *_dated_cards("Trending Posts"),
                      "© 2026 The Northern Courier"]) + "\n"
    (article,) = read_source(write(tmp_path, "short.txt", text))
    assert article.paragraphs == short


def test_a_box_of_dated_links_inside_the_article_does_not_end_it(tmp_path: Path) -> None:
    box = ["Related Articles", "Cable makers double their orders", "12 Nov 2026",
           "Storm closes the coast road", "12 Nov 2026", "The gas plants the grid still needs", "11 Nov 2026"]
    text = "\n".join([MENU, *HEAD, *BODY[:2], *box, *BODY[2:], "© 2026 The Northern Courier"]) + "\n"
    (article,) = read_source(write(tmp_path, "inside.txt", text))
    assert article.paragraphs == BODY


# A magazine's menu: each section's featured story, its blurb a long paragraph, then the section's items.
FEATURED_BLURB = ("Ferry crossings are perhaps the most underrated of all island journeys. While they may not always "
                  "be the quickest way across, they do reward a traveller who packs a flask, a warm coat and the "
                  "patience to watch the gannets dive off the bow while the harbour slowly comes into view, and the "
                  "best of them still serve a proper breakfast in the saloon before the engines slow for the pier.")
SECTIONS = ["Travel", "Islands", "Ferries", "Rail", "See all Travel", "Food", "Recipes", "Restaurants", "Wine",
            "See all Food", "Homes", "Gardens", "Interiors", "Property", "See all Homes", "Culture", "Books", "Film",
            "Music", "Theatre", "See all Culture", "Subscribe", "Sign in"]


MORE_BODY = [
    "The operator said the new cables under the estuary would be finished by the spring, two years later than first "
    "promised, after a dispute with the contractor over the cost of the steel they needed.",
    "Engineers at the substation near the coast said they had already switched some of the farms off on windy nights, "
    "because the lines inland could not carry everything the turbines made while demand was low.",
    "Ministers have promised to speed up planning decisions for new lines, but campaigners in the villages along the "
    "proposed routes say the pylons would spoil a landscape that walkers come from all over the country to see.",
]


def test_a_menus_featured_blurb_over_its_items_is_not_the_article(tmp_path: Path) -> None:
    # The article under the menu outweighs the blurb, twice over at least: the blurb only carried the run down to it.
    lines = [MENU, "The 12 Best Island Ferry Crossings", FEATURED_BLURB, *SECTIONS, HEADLINE, "By Harriet Lindqvist",
             "13 November 2026", "Share", *BODY, *MORE_BODY, "Most read", "© 2026 The Northern Courier"]
    (article,) = read_source(write(tmp_path, "menu.txt", "\n".join(lines) + "\n"))
    assert (article.title, article.byline, article.published) == (HEADLINE, "Harriet Lindqvist", "2026-11-13")
    assert article.paragraphs == [*BODY, *MORE_BODY]


def test_a_short_article_over_a_long_bar_and_signed_cards_keeps_its_text(tmp_path: Path) -> None:
    # The article's one long paragraph, then share buttons and links, then other stories each signed and dated.
    cards = [line for n in range(3) for line in (f"Harbour board story number {n + 2} of the week", "By Tomasz Novak",
                                                  f"{10 + n} November 2026", BODY[n])]
    lines = [MENU, HEADLINE, "By Harriet Lindqvist", "13 November 2026", FEATURED_BLURB, *SECTIONS, *cards]
    (article,) = read_source(write(tmp_path, "short.txt", "\n".join(lines) + "\n"))
    assert (article.title, article.byline, article.published) == (HEADLINE, "Harriet Lindqvist", "2026-11-13")
    assert article.paragraphs[0] == FEATURED_BLURB


PICKED = ["Storm closes the coast road between Whitby and Scarborough",
          "Police closed the coast road between Whitby and Scarborough overnight after waves threw rocks and debris "
          "across both lanes, the council said on Thursday, and it will stay shut until engineers have checked it.",
          "Ferry fares to rise by a tenth from January, operator says",
          "The operator of the Eastmere ferry said fares would rise by ten percent from January, blaming the cost of "
          "fuel and the repairs to the old pier, which it said it could no longer pay for out of its reserves."]


@pytest.mark.parametrize("heading", ["Editors' picks", "Editor's Pick", "Editor’s pick"])
def test_other_stories_under_an_editors_pick_heading_are_not_the_article(tmp_path: Path, heading: str) -> None:
    text = "\n".join([MENU, *HEAD, *BODY, heading, *PICKED, "Most read",
                      "© 2026 The Northern Courier. All rights reserved."]) + "\n"
    (article,) = read_source(write(tmp_path, "picks.txt", text))
    assert article.paragraphs == BODY


@pytest.mark.parametrize("heading", ["Read This Next", "Read next"])
def test_cards_printing_their_headlines_twice_under_read_this_next_stay_out(tmp_path: Path, heading: str) -> None:
    # Each card: its headline, its section, the headline again, a summary; some headlines are questions.
    cards = []
    for title, section, summary in [
        ("Why the grid needs more batteries before winter", "Science",
         "Engineers say storage has not kept pace with the turbines, and the coldest weeks will show it."),
        ("What do we owe the seals of the Farne Islands?", "Animals",
         "The colony has grown for a decade, but the new cables cross the waters where the pups feed."),
        ("Can a harbour town run on the tide? Engineers are finding out.", "Environment",
         "A trial off the Northumberland coast has powered a street of houses for a whole year now."),
    ]:
        cards += [title, section, title, summary]
    (article,) = read_source(write(tmp_path, "next.txt", browser_copy(*HEAD, tail=(heading, *cards))))
    assert article.paragraphs == BODY


def test_a_pull_quote_printed_twice_under_a_heading_of_other_stories_keeps_the_article_going(tmp_path: Path) -> None:
    # A match report's "Up next" section: a quote, a sentence, the quote again as a pull quote, the last sentence.
    quote = '"We never stop. That is this club," said the manager, Lorna Hale.'
    tail = ["Westerby travel to Northam on Tuesday.", quote, "Eastmere host the league leaders a week on Saturday."]
    text = browser_copy(*HEAD).replace(BODY[-1], "\n".join([BODY[-1], "Up next", quote, *tail]))
    (article,) = read_source(write(tmp_path, "report.txt", text))
    assert article.paragraphs[:len(BODY)] == BODY
    assert article.paragraphs[-1] == tail[-1]


def test_a_paragraph_split_before_a_dash_under_a_box_of_related_links_stays(tmp_path: Path) -> None:
    # A box of other stories' links inside the article; under it, a dump splits a long paragraph where a line
    # starts with a dash, so its first part ends in no full stop, as the links' titles do not.
    first = ("Industry groups said the milestone showed that the investment of the past decade was paying off, "
             "and that the farms off the Yorkshire coast had been built faster than anyone had planned, but they "
             "warned that the grid was one more piece on the board for the operator")
    rest = "— and that it still lacked the cables it would need to carry the power to the cities."
    text = browser_copy(HEADLINE, "By Harriet Lindqvist", "13 November 2026").replace(
        BODY[2], "\n".join(["Related", "How to Watch the Harbour Regatta Online (and Every Race Since 2020)",
                            "Ferry timetable changes for the winter season",
                            "Storm closes the coast road between Westerby and the point", first, rest]))
    (article,) = read_source(write(tmp_path, "related.txt", text))
    assert first in article.paragraphs
    assert "Ferry timetable changes for the winter season" not in article.paragraphs


def test_a_dumps_more_stories_cards_with_their_pictures_text_end_the_article(tmp_path: Path) -> None:
    # lynx prints each card's picture by its text, a long sentence in a list item, over its headline and its date.
    cards = []
    for picture, title, stamp in [
        ("In this November 12, 2026, file photo, a turbine blade is lifted onto a barge at the Eastmere quay, where "
         "the harbour authority has added a second crane for the winter.", "Harbour adds a second crane for blades",
         "November 13, 2026, 7:31 p.m."),
        ("Lena Okafor addresses the council about the coast road at a Thursday meeting in the town hall, where "
         "residents asked for the road to reopen before Christmas.", "Council hears calls to reopen coast road",
         "November 13, 2026, 7:13 p.m."),
        ("Fishermen unload the morning's catch at the old pier in Westerby, Thursday, November 13, 2026, as the "
         "operator of the ferry said fares would rise by a tenth.", "Ferry fares to rise by a tenth from January",
         "November 13, 2026, 6:29 p.m."),
    ]:
        cards += [f"     * {picture}", f"    {title}", f"       {stamp}"]
    lines = ["   " + HEADLINE, "", "   By Harriet Lindqvist, The Northern Courier", "", "   13 November 2026", ""]
    for paragraph in BODY:
        lines += ["   " + paragraph, ""]
    text = "\n".join([*lines, "More Stories", "", *cards, "", "   © 2026 The Northern Courier"]) + "\n"
    (article,) = read_source(write(tmp_path, "more.txt", text))
    assert article.paragraphs == BODY


def test_dated_cards_with_two_paragraph_summaries_closed_by_their_button_end_the_article(tmp_path: Path) -> None:
    cards = ["MORE NEWS STORIES"]
    for title, summary in zip(PICKED[0::2], PICKED[1::2]):
        cards += [title, "Nov 13, 2026", summary, "Engineers will check the road again on Monday, the council said, "
                  "before it decides whether the lanes can reopen.", "Read the Full Article"]
    (article,) = read_source(write(tmp_path, "cards.txt", browser_copy(*HEAD, tail=tuple(cards))))
    assert article.paragraphs == BODY


def test_a_box_of_headlines_over_another_boxs_cards_ends_the_article(tmp_path: Path) -> None:
    # "Next Up In News", headlines a line each, then "Most Read" and cards printing a headline and its summary as one.
    titles = ["Storm closes the coast road between Whitby and Scarborough", "Ferry fares to rise by a tenth from January",
              "Harbour adds a second crane for turbine blades this winter"]
    most_read = [f"{PICKED[0]} {PICKED[1]}", f"{PICKED[2]} {PICKED[3]}"]
    (article,) = read_source(write(tmp_path, "boxes.txt", browser_copy(
        *HEAD, tail=("Next Up In News", *titles, "Most Read", *most_read))))
    assert article.paragraphs == BODY


def test_related_cards_signed_and_dated_on_one_line_end_the_article(tmp_path: Path) -> None:
    # A small "Related Content" box: a card's headline, "By <name> | <station> • <date>", the picture's credit, its summary.
    tail = ("Related Content", "Harbour adds a second crane for turbine blades this winter",
            "By Tomasz Novak | NCR • Nov 12, 2026", "Priya Raman / NCR", "Lea esta historia en español.",
            PICKED[1], "Ferry fares to rise by a tenth from January", "By Aidan Murphy • Nov 10, 2026",
            "Priya Raman / NCR", PICKED[3])
    (article,) = read_source(write(tmp_path, "related.txt", browser_copy(*HEAD, tail=tail)))
    assert article.paragraphs == BODY


LATER = ["The operator said the cables for the next two farms had been ordered in the spring and should reach the "
         "quay at Eastmere before the end of January, weather allowing.",
         "Engineers will check the first of them on the dock before the ships take them out, the operator added, and "
         "any drum that fails the test will go back to the factory in Hull."]


def test_a_more_stories_box_of_dated_titles_inside_the_article_keeps_the_paragraphs_under_it(tmp_path: Path) -> None:
    box = ["More Stories", "Harbour adds a second crane for turbine blades", "Oct 2, 2026",
           "Ferry fares to rise by a tenth from January", "Oct 10, 2026"]
    text = "\n".join([MENU, *HEAD, *BODY[:3], *box, BODY[3], "Advertisement", *LATER, "© 2026 The Northern Courier"])
    (article,) = read_source(write(tmp_path, "inside.txt", text + "\n"))
    assert article.paragraphs == [*BODY, *LATER]


@pytest.mark.parametrize("button", ["Continue reading", "Keep reading"])
def test_a_button_under_two_paragraphs_under_a_box_of_dated_titles_keeps_the_article_going(tmp_path: Path,
                                                                                          button: str) -> None:
    # A "Trending" box printed inside the article, two paragraphs, then the page's button to the rest of the text.
    box = ["Trending", "Harbour adds a second crane for turbine blades", "Nov. 16, 2026",
           "Ferry fares to rise by a tenth from January", "Nov. 11, 2026"]
    text = "\n".join([MENU, *HEAD, *BODY[:2], *box, *BODY[2:], button, "What comes next", LATER[0], "Advertisement",
                      LATER[1], "© 2026 The Northern Courier"])
    (article,) = read_source(write(tmp_path, "button.txt", text + "\n"))
    assert all(paragraph in article.paragraphs for paragraph in [*BODY, *LATER])


def test_a_boxs_tabs_of_other_stories_end_the_article_whatever_its_cards_look_like(tmp_path: Path) -> None:
    # "Most Read" / "Most Recent", then cards: the section run into the headline and the summary, long as a paragraph.
    cards = ["CoastFerry fares to rise by a tenth from January as the operator blames fuelThe operator of the Eastmere "
             "ferry said fares would rise by ten percent from January, blaming the cost of fuel and the repairs to "
             "the old pier, which it could no longer pay for out of its reserves, and warned of fewer sailings.",
             "Storm closes the coast road between Whitby and Scarborough", "Weather", PICKED[1],
             "Harbour adds a second crane for turbine blades this winter", "Energy",
             "The crane will let the quay load two ships a day from January, the harbour authority said."]
    (article,) = read_source(write(tmp_path, "tabs.txt", browser_copy(
        *HEAD, tail=("More On", "Wind power", "News", "all", "Most Read", "Most Recent", *cards))))
    assert article.paragraphs == BODY


def test_a_video_players_button_printed_twice_inside_the_article_keeps_it_going(tmp_path: Path) -> None:
    player = ["Video: Engineers explain why the cables were late (Northern Courier)", "UP NEXT", "UP NEXT",
              "Cable drums wait on the quay at Eastmere"]
    text = "\n".join([MENU, *HEAD, *BODY, *player, *LATER, "© 2026 The Northern Courier"]) + "\n"
    (article,) = read_source(write(tmp_path, "player.txt", text))
    assert all(paragraph in article.paragraphs for paragraph in [*BODY, *LATER])


@pytest.mark.parametrize("tabs", [("Most read", "Most recent"), ("Trending", "Related topics")])
def test_two_headings_of_other_stories_over_the_articles_own_paragraphs_keep_it_going(tmp_path: Path,
                                                                                   tabs: tuple[str, str]) -> None:
    # The article's subheadings, or an empty box's two headings, with the article's paragraphs under them.
    text = "\n".join([MENU, *HEAD, *BODY, *tabs, *LATER, "© 2026 The Northern Courier"]) + "\n"
    (article,) = read_source(write(tmp_path, "subheads.txt", text))
    assert all(paragraph in article.paragraphs for paragraph in [*BODY, *LATER])


def test_a_most_recent_tab_over_the_headline_is_no_box_of_other_stories(tmp_path: Path) -> None:
    (article,) = read_source(write(tmp_path, "tab.txt", browser_copy("News", "Most Recent", *HEAD)))
    assert (article.title, article.byline) == (HEADLINE, "Harriet Lindqvist")


def test_a_link_box_right_over_another_boxs_heading_stays_out_of_the_article(tmp_path: Path) -> None:
    # Two boxes of related links inside the article, the second's heading right under the first's link.
    boxes = ["Related Articles", "Storm closes the coast road between Whitby and Scarborough", "Related Articles",
             "Ferry fares to rise by a tenth from January"]
    text = "\n".join([MENU, *HEAD, *BODY[:2], *boxes, *BODY[2:], "© 2026 The Northern Courier"]) + "\n"
    (article,) = read_source(write(tmp_path, "boxes.txt", text))
    assert article.paragraphs == BODY


CUT_OFF_TITLES = [
    "Dutch minister says voters rejected the 'wrong sort of...",
    "Ferry captain who sailed through the storm is...",
    "Can YOU spot the tiny camera hidden in this cash machine?...",
    "Kitten rescued from the harbour wall after three days…",
]


@pytest.mark.parametrize("titles", [
    CUT_OFF_TITLES,
    # A dump prints each picture's text before its title; a title the page did not cut may stand between.
    [f"A crowd waits on the quay at Eastmere as the first ferry arrives {CUT_OFF_TITLES[0]}",
     "Ferry captain who sailed through the storm is honoured",
     *CUT_OFF_TITLES[1:]],
])
def test_other_stories_titles_cut_off_alike_stay_out_of_the_article(tmp_path: Path, titles: list[str]) -> None:
    text = copy_with_lines_inside(*titles)
    (article,) = read_source(write(tmp_path, "cut.txt", text))
    assert article.paragraphs == BODY
    assert article.title == HEADLINE


def test_a_paragraph_trailing_off_and_codes_ellipsis_stay_in_the_article(tmp_path: Path) -> None:
    # One sentence left hanging is the writer's; "..." alone on a line, code's; neither is a list of titles.
    trailing = "The engineers said the cable would be ready by spring, and then, they said, the farms..."
    code = ["if share > 0.5:", "...", "elif share > 0.3:", "...", "else:", "..."]
    text = copy_with_lines_inside(trailing, *code)
    (article,) = read_source(write(tmp_path, "trailing.txt", text))
    assert trailing in article.paragraphs
    assert article.paragraphs[-1] == BODY[-1]


@pytest.mark.parametrize("note", [
    ("About the Author", "Harriet Lindqvist is the Courier's energy correspondent."),
    # A dump prints the writer's name over the note.
    ("ABOUT THE AUTHOR", "* Harriet Lindqvist", "Harriet Lindqvist is the Courier's energy correspondent."),
    ("About the authors", "Harriet Lindqvist and Tomasz Novak write about energy and the coast for the Courier."),
])
def test_the_body_ends_at_the_note_about_the_author(tmp_path: Path, note: tuple[str, ...]) -> None:
    # Under the note the page prints other stories' openings, each as long as a paragraph.
    others = ["Storm closes the coast road for a second night",
              "Drivers were turned back at Eastmere on Tuesday evening as waves broke over the sea wall and the "
              "council closed the road for the second night running, with no date set for it to open again.",
              "The council said engineers would inspect the wall at first light and that buses would run on the "
              "inland route until they had done so, adding about forty minutes to each journey."]
    text = browser_copy(*HEAD, tail=(*note, *others))
    (article,) = read_source(write(tmp_path, "author.txt", text))
    assert article.paragraphs == BODY


def test_a_note_about_the_author_over_the_article_does_not_end_it(tmp_path: Path) -> None:
    text = browser_copy(HEADLINE, "About the Author", "Harriet Lindqvist is the Courier's energy correspondent.",
                        "13 November 2026")
    (article,) = read_source(write(tmp_path, "author-top.txt", text))
    assert article.paragraphs[-len(BODY):] == BODY


def test_an_interviews_answers_trailing_off_stay_in_the_article(tmp_path: Path) -> None:
    # Answers that trail off, questions between them: no list of other stories' titles.
    lines = ["How did you start at the market?",
             "My father had the stall before me. When I was nine he handed me the knife and said...",
             "What did he say?",
             "He said if you are going to watch you might as well be useful...",
             "And the winters?",
             "The winters were hard. We opened at five, and you would think...",
             "You would think what?",
             "That nobody buys fish in the dark. But they did, every morning..."]
    (article,) = read_source(write(tmp_path, "interview.txt", copy_with_lines_inside(*lines)))
    assert [p for p in article.paragraphs if p in lines] == lines


def test_a_reviews_note_on_the_books_author_does_not_end_it(tmp_path: Path) -> None:
    # The note on the author of the book under review, then the review goes on.
    review = ["But the final section, a long elegy for the market hall, is the best thing Quill has written, and it "
              "earns every one of the book's quieter pages before it.",
              "Verdict: a flawed but necessary book, and one that anyone who has lived by the sea will recognise."]
    text = browser_copy(*HEAD, tail=("About the author", "Harriet Quill was born in Eastmere in 1971 and still "
                                     "lives by the harbour.", *review))
    (article,) = read_source(write(tmp_path, "review.txt", text))
    assert article.paragraphs[-2:] == review


@pytest.mark.parametrize("writer", [(), ("Harriet Lindqvist",)])
def test_a_published_and_an_updated_date_over_the_first_paragraph_are_no_teaser_cards(
        tmp_path: Path, writer: tuple[str, ...]) -> None:
    # A copy prints the head a line each: "Published <date>" and "Updated <date>" each read like the headline of a
    # card over the first paragraph, three cards in a row; they share their summary, so they are one head.
    text = browser_copy(HEADLINE, *writer, "Published November 13, 2026 9:06am", "Updated November 13, 2026 9:26am")
    (article,) = read_source(write(tmp_path, "dated.txt", text))
    assert (article.title, article.published) == (HEADLINE, "2026-11-13")
    assert article.paragraphs == BODY


@pytest.mark.parametrize("counter", ["Image 2 of 15", "Photo 3 of 12", "Slide 4/9", "5 of 15"])
def test_a_slideshows_counter_between_paragraphs_is_no_text(tmp_path: Path, counter: str) -> None:
    # A gallery inside the article prints its counter under each picture; the caption goes apart, the counter goes.
    caption = "Turbines off the Yorkshire coast on Tuesday. (Tomasz Novak/Northern Courier)"
    (article,) = read_source(write(tmp_path, "counter.txt", copy_with_lines_inside(counter, caption)))
    assert article.paragraphs == BODY
    assert article.captions == [caption]


def test_a_sponsored_card_with_its_dates_under_the_article_stays_out(tmp_path: Path) -> None:
    # One card under the article, its headline over a Published and an Updated date over its summary and button:
    # the summary ends at the button, no paragraph goes on under it, so it is no head of the article.
    card = ("Sponsored", "The hearing aid that thousands of retirees are switching to this winter",
            "Published November 12, 2026 3:00pm", "Updated November 12, 2026 3:05pm",
            "Discreet, rechargeable and made in Eastmere, the little device has become this winter's surprise hit "
            "with readers who were tired of fiddly batteries.", "Learn more")
    (article,) = read_source(write(tmp_path, "sponsored.txt", browser_copy(*HEAD, tail=card)))
    assert article.paragraphs == BODY


@pytest.mark.parametrize("label", ["Read more", "Related", "You may also like"])
def test_a_dated_card_under_the_first_paragraph_of_an_undated_article_keeps_it(tmp_path: Path, label: str) -> None:
    # A related story's card under the first paragraph: its headline over its date and its writer, under a label.
    # The first paragraph over it is the article's, not a blurb over another head.
    text = browser_copy(HEADLINE, "Share this article").replace(BODY[1], "\n".join([
        label, "Island school wins national award for outdoor learning", "12 November 2026", "By Elspeth Muir",
        BODY[1]]))
    (article,) = read_source(write(tmp_path, "related.txt", text))
    assert article.title == HEADLINE
    assert article.paragraphs[0] == BODY[0]


def test_hours_in_a_list_of_the_article_stay(tmp_path: Path) -> None:
    # Sleep each group needs, a label over each value: "8 hours" is the article's, unlike "2 hours ago".
    values = ["Teenagers", "9 hours", "Adults", "8 hours"]
    (article,) = read_source(write(tmp_path, "hours.txt", copy_with_lines_inside(
        "How much sleep each of us needs, by age:", *values)))
    assert all(value in article.paragraphs for value in ("9 hours", "8 hours"))


def test_the_heads_dates_over_a_first_paragraph_with_a_link_under_it_are_no_teaser_cards(tmp_path: Path) -> None:
    # The article goes on under its first paragraph past an "Also read:" link: the head is still no run of cards.
    text = browser_copy(HEADLINE, "Published November 13, 2026 9:06am", "Updated November 13, 2026 9:26am").replace(
        BODY[1], "\n".join(["Also read: Ferry fares to rise by a tenth from January", BODY[1]]))
    (article,) = read_source(write(tmp_path, "linked.txt", text))
    assert (article.title, article.published) == (HEADLINE, "2026-11-13")
    assert article.paragraphs == BODY


def test_an_archive_columns_entries_headed_by_years_ago_stay(tmp_path: Path) -> None:
    # "From our archives": each entry a title, how many years ago, and its paragraphs; "50 years ago" is no card's
    # time, and the entries are the article.
    entries = [
        ("The last paddle steamer leaves the harbour", "50 years ago",
         "Hundreds of people lined the quay to watch the last paddle steamer leave for the breaker's yard.",
         "The mayor told the crowd that the town would never see her like again, and the band played her out."),
        ("Council votes to shut the ferry terminal", "25 years ago",
         "The council voted to close the old ferry terminal after the operator warned it was losing money.",
         "Residents along the eastern shore said they had not been consulted before the decision was taken."),
        ("Storm leaves the beach covered in debris", "10 years ago",
         "Volunteers spent the weekend clearing litter from the beach after a storm washed debris ashore.",
         "The head teacher said pupils had raised more than four thousand pounds for the new library."),
    ]
    intro = "Every week we dip into the bound volumes to see what was making the news in the town."
    headline = "From our archives: the week the ferry stopped running"
    lines = [MENU, headline, "By Harriet Lindqvist", "Published 13 November 2026", intro,
             *[line for entry in entries for line in entry], "Share this article"]
    (article,) = read_source(write(tmp_path, "archive.txt", "\n\n".join(lines) + "\n"))
    assert (article.title, article.byline) == (headline, "Harriet Lindqvist")
    kept = [[entry[0], *entry[2:]] for entry in entries]
    assert article.paragraphs == [intro, *[line for entry in kept for line in entry]]


@pytest.mark.parametrize("heading", ["What to read next", "You might also like"])
def test_a_dumps_bulleted_stories_under_a_what_to_read_next_heading_are_not_the_article(
        tmp_path: Path, heading: str) -> None:
    # A dump under the article's last paragraph: the heading, then other stories a bullet each, a sentence or two of
    # summary run into the next story's headline, wrapped under the bullet.
    stories = [
        "Tidal turbines off Orkney beat their output target for a third year running. The developer now plans a "
        "second array off the Caithness coast. Why the grid needs more storage before the next cold snap",
        "Engineers weigh the options for the coming decade, and what they will cost. Harbour towns bid for the "
        "cable factory that could bring 900 jobs",
    ]
    listed = "\n".join(textwrap.fill(story, 72, initial_indent="     * ", subsequent_indent="       ")
                       for story in stories)
    wrapped = "\n\n".join(textwrap.fill(p, 72, initial_indent="   ", subsequent_indent="   ") for p in BODY)
    text = "\n".join([MENU, "", HEADLINE, "", "   By Harriet Lindqvist", "   13 November 2026", "", wrapped, "",
                      f"   {heading}", listed, "", "   (c) 2026 The Northern Courier"]) + "\n"
    (article,) = read_source(write(tmp_path, "next.txt", text))
    assert article.paragraphs == BODY
