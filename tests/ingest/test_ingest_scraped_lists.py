"""Article text that does not read like prose stays in the body: announced lists, a wire trailer.

Our own pages, in the shapes real copies take: a paragraph ending in a colon, then a list of
data lines, of short lower-case items, or of dumped bullets; a wire story's contributor note
in parentheses under its last paragraph.  A list of links the page announces stays out.
"""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from test_ingest_scraped_pages import BODY, HEADLINE, MENU, browser_copy, write

from reader.ingest import read_source

HEAD = (HEADLINE, "By Harriet Lindqvist", "13 November 2026")


def test_a_list_of_data_lines_announced_by_a_paragraph_ends_the_article(tmp_path: Path) -> None:
    # The list comes last: nothing after it pulls the body on, and its lines have few stopwords.
    intro = "Here is the operator's list of the farms that came online this quarter, with their capacity:"
    items = ["Mar. 3-5: Dogger Ridge B, Hull - Humber Quay, 1,200 MW",
             "Apr. 11: Seal Sands Extension (phase 2), Teesport, 400 MW",
             "May 2-9: Farne Deep, Blyth - Port of Tyne, NTE, 860 MW",
             "Jun. 30: Holderness North, Grimsby, 250 MW"]
    text = browser_copy(*HEAD, tail=(intro, *items))
    (article,) = read_source(write(tmp_path, "farms.txt", text))
    assert article.paragraphs == [*BODY, intro, *items]


def test_short_lower_case_items_announced_by_a_paragraph_stay_between_paragraphs(tmp_path: Path) -> None:
    intro = "The operator now forecasts output for each farm based on:"
    items = ["wind speed", "wave height", "blade icing", "cable load", "turbine age", "grid demand",
             "spot price", "season"]
    body = [*BODY[:2], intro, *items, *BODY[2:]]
    text = "\n".join([MENU, *HEAD, *body, "Share", "Tweet"]) + "\n"
    (article,) = read_source(write(tmp_path, "forecast.txt", text))
    assert article.paragraphs == body


def test_a_dumped_bullet_list_announced_by_a_short_sentence_keeps_the_article_going(tmp_path: Path) -> None:
    # Then only a short closing line: the list must not end the article before it.
    items = ["check the blades for cracks after each storm,", "log the hours each turbine runs,",
             "report any fault in the export cable,", "renew their sea survival tickets, and",
             "keep the landing ladders clear of weed."]
    closing = ["The rules take effect in April.", "Harriet Lindqvist can be reached at the Courier."]
    lines = [HEADLINE, "", "   By Harriet Lindqvist", "   13 November 2026", ""]
    for paragraph in BODY:
        lines += [f"   {paragraph}", ""]
    lines += ["   Under the new rules, crews will have to:", ""]
    lines += [f"     * {item}" for item in items] + [""]
    lines += [f"   {line}\n" for line in closing]
    lines += ["   Most read", "     * Storm closes the coast road", "   (BUTTON) Back to top"]
    (article,) = read_source(write(tmp_path, "crews.txt", "\n".join(lines) + "\n"))
    assert article.paragraphs == [*BODY, "Under the new rules, crews will have to:", *items, *closing]


def test_a_list_of_links_the_page_announces_stays_out(tmp_path: Path) -> None:
    tail = ("Find out more about each of the offshore regions:", "Dogger Bank", "Moray Firth",
            "Irish Sea", "Celtic Sea", "Thames Estuary")
    (article,) = read_source(write(tmp_path, "links.txt", browser_copy(*HEAD, tail=tail)))
    assert article.paragraphs == BODY


def test_a_wire_storys_contributor_note_is_kept_under_its_last_paragraph(tmp_path: Path) -> None:
    note = ("(Additional reporting by Tomasz Novak, Ingrid Halvorsen, Priya Raman, Lena Okafor and "
            "Kim Seo-yeon in Seoul; Writing by Aidan Murphy; Editing by Ruth Amadi)")
    (article,) = read_source(write(tmp_path, "wire.txt", browser_copy(*HEAD, tail=(note, "FILED UNDER:"))))
    assert article.paragraphs == [*BODY, note]
    assert article.captions == []


@pytest.mark.parametrize("note", [
    "Tomasz Novak and Ingrid Halvorsen contributed to this report",
    "Harbour Press writers Lena Okafor in Whitby, N.Y., and Aidan Murphy contributed to this story.",
])
def test_a_contributor_note_under_the_last_paragraph_is_kept(tmp_path: Path, note: str) -> None:
    # Without a full stop, over the footer's notice: the story's trailer, not chrome.
    (article,) = read_source(write(tmp_path, "note.txt", browser_copy(*HEAD, tail=(note, "Northern Wire"))))
    assert article.paragraphs == [*BODY, note]


@pytest.mark.parametrize("note", [
    "— With assistance by Tomasz Novak, Priya Raman and Aidan Murphy",
    "Contributing: Lena Okafor, Aidan Murphy, Northern Wire.",
    "Write to Harriet Lindqvist at harriet.lindqvist@example.com",
])
def test_a_newsrooms_credit_or_the_writers_address_under_the_last_paragraph_is_kept(tmp_path: Path, note: str) -> None:
    # Who helped with the story, or where to write to its writer: a line of the story's own under its text.
    (article,) = read_source(write(tmp_path, "credit.txt", browser_copy(*HEAD, tail=(note, "Share this article"))))
    assert article.paragraphs == [*BODY, note]


@pytest.mark.parametrize("sources", [
    "Sources: The Northern Courier (2), Harbour Times / Photo credit: Jane Roe/Flickr",
    "Source: Harbour Times",
])
def test_the_storys_sources_under_its_last_paragraph_are_kept(tmp_path: Path, sources: str) -> None:
    # Its own line under the article, a photo's credit at its end: the article's, neither a caption nor chrome.
    (article,) = read_source(write(tmp_path, "sources.txt", browser_copy(*HEAD, tail=(sources, "Share Tweet"))))
    assert article.paragraphs == [*BODY, sources]
    assert article.captions == []


def test_a_compiler_sign_off_stays_and_a_comments_link_is_no_photo_credit(tmp_path: Path) -> None:
    # A roundup of two notes; "View/Post Comments" has the shape of a slashed credit
    # ("Jane Doe/Reuters") but is a link, and the line above it is no caption.
    sign_off = "-- Compiled by Harriet Lindqvist"
    text = "\n".join([MENU, *HEAD, *BODY[:2], sign_off, "View/Post Comments", *BODY[2:], "Share"]) + "\n"
    (article,) = read_source(write(tmp_path, "notes.txt", text))
    assert article.paragraphs == [*BODY[:2], sign_off, *BODY[2:]]
    assert article.captions == []


# A recipe card under the story: the dish as a heading, its yield, ingredients a line each, then the steps.
CARD_HEADING = "Smoked Haddock and Leek Chowder"
INGREDIENTS = ["400g smoked haddock, skinned", "2 leeks, washed and sliced", "1 1/2 tbsp butter",
               "500ml whole milk", "3 waxy potatoes, peeled and diced", "1/2 tsp white pepper",
               "small bunch of chives"]
STEPS = ["1. Melt the butter in a wide pan, add the leeks and cook them gently for ten minutes until they are soft "
         "but not brown, then add the potatoes and the milk and bring it all slowly to a simmer.",
         "2. Lay the fish on top, cover and poach for six minutes, then flake it into the soup.",
         "Serve with the chives."]


def test_a_recipe_card_under_the_story_stays_with_its_ingredients(tmp_path: Path) -> None:
    # Its ingredients start with a quantity, then go on in lower case, where a menu's items are capitalised.
    tail = (CARD_HEADING, "Serves: 4", *INGREDIENTS, *STEPS)
    (article,) = read_source(write(tmp_path, "chowder.txt", browser_copy(*HEAD, tail=tail)))
    assert article.paragraphs[:len(BODY)] == BODY
    assert [p for p in article.paragraphs if p in INGREDIENTS] == INGREDIENTS
    assert article.paragraphs[-len(STEPS):] == STEPS
    assert "Most read" not in article.paragraphs and "Storm closes the coast road" not in article.paragraphs


def test_a_run_of_capitalised_short_lines_before_a_short_paragraph_is_no_recipe_card(tmp_path: Path) -> None:
    # The same shape with items in capitals, and a summary after them: other stories, not the article's list.
    tail = (CARD_HEADING, "Storm Closes The Coast Road", "Cable Ship Leaves Blyth", "Ferry Fares Rise Again",
            "Harbour Wall Repairs Begin", "A round-up of the week's news, sent to readers every Friday by the desk.")
    (article,) = read_source(write(tmp_path, "cards.txt", browser_copy(*HEAD, tail=tail)))
    assert article.paragraphs == BODY


@pytest.mark.parametrize("note", ["{} hours ago", "{} min read", "{} comments"])
def test_other_stories_with_their_times_before_a_short_paragraph_stay_out(tmp_path: Path, note: str) -> None:
    # "2 hours ago" starts with a number, then small letters, like "2 leeks, sliced": a card's time, no list item.
    headlines = ("Storm closes the coast road again", "Cable ship leaves Blyth for the ridge",
                 "Ferry fares rise for the winter", "Harbour wall repairs begin next week")
    tail = (*(line for number, headline in enumerate(headlines, 2) for line in (headline, note.format(number))),
            "The desk sends a round-up of the week's news to readers every Friday morning.")
    (article,) = read_source(write(tmp_path, "times.txt", browser_copy(*HEAD, tail=tail)))
    assert article.paragraphs == BODY


POINTS = ["Turbines supplied more power than gas plants between July and September",
          "New farms off the Yorkshire coast came online earlier than planned",
          "Industry groups warn the grid still lacks the cables it needs"]


def test_a_summary_a_point_a_line_under_the_headline_opens_the_article(tmp_path: Path) -> None:
    # Headline, the points (no full stops), then the byline and the date: the points are the article's.
    text = browser_copy(HEADLINE, *POINTS, "By Harriet Lindqvist", "13 November 2026")
    (article,) = read_source(write(tmp_path, "points.txt", text))
    assert article.title == HEADLINE
    assert article.paragraphs == [*POINTS, *BODY]


def test_a_summary_a_point_a_line_under_the_date_opens_the_article_in_a_dump(tmp_path: Path) -> None:
    lines = [HEADLINE, "", "   By Harriet Lindqvist", "   13 November 2026", ""]
    lines += [f"     * {point}" for point in POINTS] + [""]
    lines += [f"   {paragraph}\n" for paragraph in BODY]
    lines += ["   Most read", "     * Storm closes the coast road", "   (BUTTON) Back to top"]
    (article,) = read_source(write(tmp_path, "points.txt", "\n".join(lines) + "\n"))
    assert article.paragraphs == [*POINTS, *BODY]


def test_the_writers_other_stories_under_the_byline_stay_out(tmp_path: Path) -> None:
    # "More from", the writer's name, then the titles of her other stories: no summary of this one.
    others = ["Harbour board rejects the plan for a second ferry berth",
              "Fishing fleet returns early as the storm season starts",
              "Council votes to keep the coast road open all winter"]
    text = browser_copy(HEADLINE, "By Harriet Lindqvist", "13 November 2026", "More from", "Harriet Lindqvist",
                        *others)
    (article,) = read_source(write(tmp_path, "others.txt", text))
    assert article.paragraphs == BODY


def test_a_recipe_card_under_the_article_is_part_of_it(tmp_path: Path) -> None:
    # A food blog's post, then its recipe card: buttons, the dish in title case, servings and times a
    # line each, "Ingredients" over quantities, "Directions" over short steps, then other posts.
    story = ["On cold evenings we make this soup at least once a week, because it takes little more than "
             "an hour and the whole kitchen smells of roasting squash while it cooks.",
             "The fennel softens the sweetness of the squash, and a spoon of yoghurt on top makes it a meal "
             "rather than a starter, though a slice of bread never hurts either."]
    card = ["Ingredients", "1 small squash, peeled and cubed", "2 bulbs fennel, sliced", "1 onion, chopped",
            "Some olive oil", "750ml vegetable stock", "Salt and pepper", "Directions",
            "Roast the squash and the fennel with the oil until the edges turn brown.",
            "Soften the onion in a large pot.", "Add the roasted vegetables and the stock.",
            "Simmer for twenty minutes.", "Blend until smooth and season to taste."]
    head = ["Roast Squash and Fennel Soup", "November 13, 2026", "Jump to Recipe", "Print Recipe"]
    above_card = ["Pin", "Print", "Roast Squash and Fennel Soup for Cold Evenings", "Servings", "4", "servings",
                  "Prep time", "15", "minutes", "Cooking time", "60", "minutes"]
    tail = ["Related", "Twitter Facebook Pinterest Print", "Leek and Potato Bake", "Leave a Comment"]
    text = "\n".join([MENU, *head, *story, *above_card, *card, *tail]) + "\n"
    (article,) = read_source(write(tmp_path, "recipe.txt", text))
    assert article.paragraphs[:2] == story and article.paragraphs[-len(card):] == card


def test_the_sentence_announcing_the_articles_first_list_opens_the_body(tmp_path: Path) -> None:
    # A short post that quotes a note point by point: its one sentence of its own, under the byline and a
    # picture's label, ends in a colon over the numbered points.
    intro = "From the grid operator's note on the quarter:"
    points = [f"{number}. {paragraph}" for number, paragraph in enumerate(BODY, 1)]
    text = "\n".join([MENU, HEADLINE, "Harriet Lindqvist | Nov. 13, 2026, 3:03 PM", "Image: Northern Courier", intro,
                      *points, "Follow Harriet Lindqvist on Twitter.", "Tags: Energy | Wind"]) + "\n"
    (article,) = read_source(write(tmp_path, "points.txt", text))
    assert article.paragraphs[:5] == [intro, *points]


# Other stories under the article, as a dump numbers them: a headline, its summary and tags, then the next (a
# dump may run an item into the line above, and skip its number).
NUMBERED_CARDS = (
    ("1. Ferry company adds a late crossing on summer weekends after passengers were stranded.",
     "The extra sailing will leave the mainland at eleven at night until the end of the school holidays.",
     "Ferries, travel and transport"),
    ("3. Lighthouse keeper's cottage goes up for sale for the first time in almost a century.",
     "The cottage above the bay has stood empty since the light was automated, and the agent expects a lot of "
     "interest.", ""),
)
NUMBERED_CARD_LINES = [line for title, summary, tags in NUMBERED_CARDS for line in (
    *textwrap.wrap(title, 72, initial_indent="    ", subsequent_indent="       "),
    *textwrap.wrap(summary, 72, initial_indent="       ", subsequent_indent="       "),
    *([f"       {tags}"] if tags else []), "")]


def lynx_with_tail(*tail: str) -> str:
    """A lynx dump: headline, byline and date, the body, then `tail` indented as its paragraphs are."""
    paragraphs = [textwrap.fill(p, 72, initial_indent="   ", subsequent_indent="   ") for p in BODY]
    return "\n".join([HEADLINE, "", "   By Harriet Lindqvist", "   13 November 2026", "", "\n\n".join(paragraphs),
                      "", *tail, "", "   (c) 2026 The Northern Courier"]) + "\n"


def test_other_stories_a_dump_numbers_under_a_heading_end_the_article(tmp_path: Path) -> None:
    # Their summaries read as prose; a copy prints the headlines alone, without numbers or summaries.
    text = lynx_with_tail("   Most Popular in Courier News", "", *NUMBERED_CARD_LINES)
    (article,) = read_source(write(tmp_path, "numbered.txt", text))
    assert article.paragraphs == BODY


@pytest.mark.parametrize("points", [
    # The article's own points, one after another with nothing between them.
    ["1. The council will vote on the budget on Tuesday.", "2. The ministry has promised to answer by spring.",
     "3. The first turbines are due to turn next year."],
    # ... or each a long paragraph under its number, a picture's title between them.
    ["1. The council's plan: " + "The council will vote on the budget on Tuesday, and the members expect a long "
     "debate over the cost of the cables, which has doubled since the plan was first drawn up in the spring of "
     "last year, when the grid operator first warned of the delays.", "   The council chamber",
     "2. The ministry's answer: " + "The ministry has promised to answer before the spring, when the first of the "
     "new farms is due to start, but officials say they cannot yet tell how much of the cost the state will carry "
     "or when the first payment might be made."],
    # ... or a ranking's entries, a name each over what the article says of them.
    ["1. Harriet Lindqvist", "She chairs the harbour board, has fought for the new pier since 2019 and persuaded "
     "the ministry to pay for most of it when the council said it could not.",
     "2. Tomasz Novak", "He runs the ferry company, added the late sailing on summer weekends and kept the boats "
     "running through the winter storms while the old pier was being torn down."],
])
def test_the_articles_own_numbered_points_at_its_end_stay(tmp_path: Path, points: list[str]) -> None:
    text = lynx_with_tail("   What happens next", "", *[textwrap.fill(p, 72, initial_indent="    ",
                                                                         subsequent_indent="       ") for p in points])
    (article,) = read_source(write(tmp_path, "points.txt", text))
    assert article.paragraphs[:len(BODY)] == BODY
    assert [p for p in article.paragraphs[len(BODY):] if p[:1].isdigit()] == [p.strip() for p in points
                                                                             if p[:1].isdigit()]


def test_numbered_lines_in_a_browsers_copy_are_the_articles_own(tmp_path: Path) -> None:
    # A copy prints no list's numbers: where it holds some, the article wrote them.
    points = [card[0] for card in NUMBERED_CARDS]
    summaries = [card[1] for card in NUMBERED_CARDS]
    tail = ["What happens next", points[0], summaries[0], "Ferries, travel and transport", points[1], summaries[1]]
    text = "\n".join([MENU, *HEAD, *BODY, *tail, "© 2026 The Northern Courier"]) + "\n"
    (article,) = read_source(write(tmp_path, "copy.txt", text))
    assert [p for p in article.paragraphs if p[:1].isdigit()] == points


def test_the_articles_own_numbered_points_with_pictures_between_them_do_not_end_it(tmp_path: Path) -> None:
    # A picture's caption between the points: the article's own, illustrated, however short each point.
    points = ["1. Work on the outer wall begins in March, with the pier closed to boats until the summer.",
              "2. The landing stage reopens to fishing crews in stages from next autumn.",
              "3. The board will publish the final cost once the contract is signed."]
    captions = ["The north pier after the February storm. Jane Roe/Northern Courier",
                "Crews land their catch at Brightsand. Jane Roe/Northern Courier"]
    item = [textwrap.fill(point, 72, initial_indent="    ", subsequent_indent="       ") for point in points]
    lines = [item[0], "", f"   {captions[0]}", "", item[1], "", f"   {captions[1]}", "", item[2]]
    (article,) = read_source(write(tmp_path, "illustrated.txt", lynx_with_tail("  What happens next", "", *lines)))
    assert article.paragraphs == [*BODY, "What happens next", *points]
    assert article.captions == captions
