"""Other stories' headlines around a scraped article, told from its own by their capitals.

Our own pages, in the shapes real copies take.  Headlines are written in title case (every
longer word capitalised), prose never is, however much it reads like a sentence: a list of
other stories stays out of the body even when its headlines end in full stops, and an
article's own title-case headline is found even with one.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from test_ingest_scraped_pages import BODY, HEADLINE, MENU, browser_copy, copy_with_lines_inside, write
from test_ingest_dump_headlines import w3m_page

from reader.ingest import read_source
from reader.ingest.headline import looks_like_title

OTHER_STORIES = (
    "Harbour Town Named The Sunniest Spot On The Coast. Locals Are Not Surprised.",
    "This Ferry Captain Has Crossed The Strait Ten Thousand Times. Here Is What He Has Seen.",
    "Lighthouse Keeper's Cottage Goes Up For Sale And The Asking Price Will Make You Smile.",
    "Volunteers Rebuilt The Coastal Path In Six Weeks, And The Pictures Are Stunning.",
    "The Fishing Fleet That Went Electric Is Catching More Than Ever Before.",
)


def test_a_numbered_list_of_title_case_headlines_with_full_stops_stays_out(tmp_path: Path) -> None:
    # "Trending", then "1", a headline, "2", a headline...: each headline reads like a sentence.
    ranked = [line for number, story in enumerate(OTHER_STORIES, 1) for line in (str(number), story)]
    text = browser_copy(HEADLINE, "By Harriet Lindqvist", "13 November 2026", tail=("Trending", *ranked))
    (article,) = read_source(write(tmp_path, "ranked.txt", text))
    assert article.paragraphs == BODY


def test_title_case_headlines_without_full_stops_after_the_article_stay_out(tmp_path: Path) -> None:
    # Long headlines with as many small words as a sentence, between the article and its footer.
    stories = ("Ferry Company to Add a Late Crossing on Summer Weekends if Enough Tickets Are Sold",
               "Residents of the Harbour Town Vote to Keep the Old Market Hall Open for Another Year",
               "What the Council Plans for the Seafront, and Why the Traders Are Worried About It",
               "How a Storm in the Night Washed Away Part of the Coastal Path Above the Bay")
    text = browser_copy(HEADLINE, "By Harriet Lindqvist", "13 November 2026", tail=stories)
    (article,) = read_source(write(tmp_path, "stories.txt", text))
    assert article.paragraphs == BODY


def test_a_title_case_headline_with_a_full_stop_under_its_byline_and_share_buttons(tmp_path: Path) -> None:
    # Other stories above in the same style; the article's own headline sits under its byline.
    headline = "Wind Farms Beat Gas For A Whole Quarter, And Here Is What Comes Next."
    lines = [MENU, *OTHER_STORIES, "By Harriet Lindqvist", "Courier Staff", "1.2K shares", "Share on Facebook",
             headline, "Advertisement", *BODY, "Share", "© 2026 The Northern Courier. All rights reserved."]
    (article,) = read_source(write(tmp_path, "own-headline.txt", "\n".join(lines) + "\n"))
    assert (article.title, article.byline) == (headline, "Harriet Lindqvist")
    assert article.paragraphs == BODY


def test_a_related_coverage_box_inside_the_article_stays_out(tmp_path: Path) -> None:
    # Wire pages put a box of links between two paragraphs, headed by any "Related ..." label.
    box = ["RELATED COVERAGE", "Ferry company to add a late crossing on summer weekends",
           "Harbour town named the sunniest spot on the coast this year",
           "Volunteers rebuild the coastal path in six weeks after the storms"]
    text = copy_with_lines_inside(*box)
    (article,) = read_source(write(tmp_path, "related.txt", text))
    assert article.paragraphs == BODY


@pytest.mark.parametrize("heading", ["More Related to this Story", "More like this", "More Coverage",
                                     "More Great Courier Stories"])
def test_a_more_stories_box_inside_the_article_stays_out(tmp_path: Path, heading: str) -> None:
    box = [heading, "Ferry company to add a late crossing on summer weekends",
           "Harbour town named the sunniest spot on the coast this year"]
    (article,) = read_source(write(tmp_path, "more.txt", copy_with_lines_inside(*box)))
    assert article.paragraphs == BODY


def test_a_numbered_most_read_list_ends_the_article_before_the_sites_own_prose(tmp_path: Path) -> None:
    # "1", a headline, "2", a headline...: sentence-case headlines read like prose without a full stop,
    # and the site's appeals under the list would pull the body on through it.
    stories = ("Ferry company to add a late crossing on summer weekends if enough tickets are sold",
               "Residents of the harbour town vote to keep the old market hall open for another year",
               "What the council plans for the seafront, and why the traders are worried about it",
               "How a storm in the night washed away part of the coastal path above the bay",
               "The fishing fleet that went electric is catching more than it ever did before")
    ranked = [line for number, story in enumerate(stories, 1) for line in (str(number), story)]
    appeals = ("Visit our sister paper for the week's best photographs from the harbour towns and the islands.",
               "While the big papers have lost the trust of their readers, the Courier has kept on reporting "
               "from the coast for two decades, and it is the readers who have kept it going all that time.")
    text = browser_copy(HEADLINE, "By Harriet Lindqvist", "13 November 2026",
                        tail=("Trending on the Courier", *ranked, *appeals))
    (article,) = read_source(write(tmp_path, "most-read.txt", text))
    assert article.paragraphs == BODY


def test_a_listicles_numbered_sections_stay(tmp_path: Path) -> None:
    # Numbers on lines of their own with paragraphs between them are the article's own list.
    sections = [line for number, paragraph in enumerate(BODY, 1) for line in (str(number), paragraph)]
    text = "\n".join([MENU, HEADLINE, "By Harriet Lindqvist", "13 November 2026", *sections,
                      "Share", "© 2026 The Northern Courier. All rights reserved."]) + "\n"
    (article,) = read_source(write(tmp_path, "listicle.txt", text))
    assert [p for p in article.paragraphs if not p.isdigit()] == BODY


def test_the_authors_box_under_the_article_ends_it(tmp_path: Path) -> None:
    # The author's name on a line of its own, then lines about them that read like prose.
    box = ("Photo of author", "Harriet Lindqvist",
           "Harriet Lindqvist has covered the offshore industry for the Courier since the paper moved to the harbour.",
           "You can write to Harriet Lindqvist at the harbour office, and read more of her articles on this page.",
           "Readers who block our adverts may find that some parts of the site do not work as they should, "
           "because the scripts that show the adverts also run the comments and the search box.")
    text = browser_copy(HEADLINE, "By Harriet Lindqvist", "13 November 2026", tail=box)
    (article,) = read_source(write(tmp_path, "author-box.txt", text))
    assert article.byline == "Harriet Lindqvist"
    assert article.paragraphs == BODY


def test_a_headline_over_its_standfirst_shares_its_words_with_the_short_opening_lines(tmp_path: Path) -> None:
    # Tabloids open with one-line sentences; the first long paragraph may share more with the standfirst.
    headline = "Lighthouse cottage sold after forty years with no keeper"
    standfirst = "The buyer is said to be planning to open the old building to visitors next summer"
    caption = "Who will live by the light now? [Tomas Berg]"  # printed twice
    body = ["WE never thought this day would come.", "But it has, and the town is talking of little else.",
            caption, caption, "The lighthouse cottage has been sold at last, we can reveal.",
            "Estate agents in the harbour town said on Monday that the buyer had paid well over the asking "
            "price for the old building, after a bidding war between three families from the city and a firm.",
            "Neighbours told reporters they were glad that somebody would look after the place at last, and "
            "that they hoped the new owners would keep the garden that runs down towards the rocks."]
    lines = [MENU, "1. Home", "2. Property", f"3. {headline}", headline, standfirst, "By Harriet Lindqvist",
             "Monday 13 Nov 2026", *body, "Share", "© 2026 The Northern Courier. All rights reserved."]
    (article,) = read_source(write(tmp_path, "cottage.txt", "\n".join(lines) + "\n"))
    assert article.title == headline


def test_cards_of_other_stories_with_their_authors_names_after_the_summary_stay_out(tmp_path: Path) -> None:
    # Headline, summary, author: the summaries read like prose but are other stories.
    cards = ("Ferry company to add a late crossing on summer weekends",
             "The extra sailing would leave the mainland at eleven at night from the start of June.",
             "Priya Raman",
             "Harbour town named the sunniest spot on the coast this year",
             "Residents were told on Monday that they had more hours of sunshine than anywhere else.",
             "Tomasz Novak",
             "Lighthouse keeper's cottage goes up for sale for the first time",
             "The cottage has stood empty since the light was automated, and has a garden by the rocks.",
             "Ingrid Halvorsen",
             "Coastal path reopens after winter storms washed part of it away",
             "Volunteers spent six weeks rebuilding the steps above the bay, the council said on Friday.",
             "Aidan Murphy")
    text = browser_copy(HEADLINE, "By Harriet Lindqvist", "13 November 2026", tail=("Popular", *cards))
    (article,) = read_source(write(tmp_path, "author-cards.txt", text))
    assert article.paragraphs == BODY


def test_a_headline_under_its_byline_shares_its_plural_words_with_the_lede(tmp_path: Path) -> None:
    # A label with the day's date under it competes; the headline names "headbands", the lede "the headband".
    headline = "Headbands 101: What the Catwalks Taught Us About the Season"
    body = ["Remember the headband? It has come a long way from the school corridor, thanks to a winter of "
            "shows in which nearly every model wore one, and the shops have noticed.",
            "Keep it loose: unless you are growing out a fringe, do not pull the hair back too tightly, or the "
            "look turns severe, and nobody wants to look severe at a party."]
    lines = [MENU, "Yoga For Your Back", "Tone Up With Six Moves", "FLASH WHAT'S NEW NOW", "2026", "Nov 13",
             "11:29 AM", "Beauty", "By Harriet Lindqvist", headline, *body, "Share",
             "© 2026 The Northern Courier. All rights reserved."]
    (article,) = read_source(write(tmp_path, "headbands.txt", "\n".join(lines) + "\n"))
    assert article.title == headline


def test_a_more_from_box_with_a_sentence_under_its_heading_stays_out(tmp_path: Path) -> None:
    # "More from ...", one sentence introducing the links, then the links, between two paragraphs.
    box = ["More from Ask the Harbourmaster",
           "Here are more of our harbourmaster's answers on keeping a boat through the winter.",
           "How to lay up a small boat before the first storms", "Five checks before you take a dinghy out",
           "What the new mooring fees mean for weekend sailors"]
    text = copy_with_lines_inside(*box)
    (article,) = read_source(write(tmp_path, "more-from.txt", text))
    assert article.paragraphs == BODY


def test_headlines_a_copy_runs_together_on_one_line_stay_out(tmp_path: Path) -> None:
    # A strip of other stories copied without line breaks: one long line, every longer word capitalised.
    strip = ("Ferry Company To Add A Late Crossing On Summer Weekends If Enough Tickets Are Sold"
             "Harbour Town Is Named The Sunniest Spot On The Coast For The First Time In A Decade"
             "Lighthouse Keeper's Cottage Goes Up For Sale And The Asking Price Is Lower Than You Think"
             "Volunteers Rebuild The Coastal Path In Six Weeks After The Winter Storms")
    text = browser_copy(HEADLINE, "By Harriet Lindqvist", "13 November 2026", tail=(strip,))
    (article,) = read_source(write(tmp_path, "strip.txt", text))
    assert article.paragraphs == BODY


def test_a_short_post_above_cards_closed_by_one_button_keeps_its_headline_and_body(tmp_path: Path) -> None:
    # A short post, then other stories' cards, each closed by the same capitals button.
    cards = []
    for story in OTHER_STORIES[:4]:
        cards += [story, "", f"{story} The writer went to see for herself, spoke to the people who live there, "
                  "and came back with a longer story than she had planned to tell.", "", "KEEP READING"]
    text = "\n".join([
        " / Ines Marchetti / 10:08 am Thu Nov 12, 2026",
        "Night ferry timetable returns for the winter season",
        "Follow Us", "", "",
        "The harbour company has brought back the late crossing for the winter months, after a summer in "
        "which the last boat left at six. Tickets go on sale on Monday, and the first sailing is on the 1st.",
        "", "(via the Harbour Gazette)", "", "SHARE / POST / 14 COMMENTS", *cards,
    ]) + "\n"
    (article,) = read_source(write(tmp_path, "cards.txt", text))
    assert article.title == "Night ferry timetable returns for the winter season"
    assert article.byline == "Ines Marchetti"
    assert [p[:30] for p in article.paragraphs] == ["The harbour company has brough"]


def test_cards_closed_by_one_button_may_ask_a_question_in_their_headline(tmp_path: Path) -> None:
    # "Keep reading", then each older post's title (one asks a question), its long opening and "Read More".
    titles = ("The Curious Case of the Missing Ferry Tickets", "Why does the harbour clock run slow every winter?",
              "Mending Nets: A Story in Four Knots", "What the Tide Tables Do Not Tell You")
    cards = [line for title in titles for line in (
        title, "I keep a small notebook by the harbour office window, and for years it held nothing but the times "
        "the boats came in. Then one winter the entries stopped matching the clock on the tower, and I set out "
        "to find out why, which took me through the council's archives and up the tower's narrow stairs twice.",
        "Read More")]
    text = browser_copy(HEADLINE, "By Harriet Lindqvist", "13 November 2026", tail=("Keep Reading", *cards))
    (article,) = read_source(write(tmp_path, "question-cards.txt", text))
    assert article.paragraphs == BODY


def test_paragraphs_between_repeated_labels_are_no_cards(tmp_path: Path) -> None:
    # "Advertisement" between every two paragraphs is repeated like a card's button; prose stays.
    body = [line for paragraph in BODY for line in (paragraph, "", "Advertisement", "")]
    text = "\n".join([MENU, HEADLINE, "By Harriet Lindqvist", "13 November 2026", *body,
                      "© 2026 The Northern Courier. All rights reserved."]) + "\n"
    (article,) = read_source(write(tmp_path, "ads.txt", text))
    assert article.paragraphs == BODY


def test_a_search_box_printed_twice_is_no_headline_printed_twice(tmp_path: Path) -> None:
    # A page prints its search panel twice (phones, desktops); the same button in both is no repeated headline.
    headline = "Police notes from Eastfield"
    panel = ["Nothing Found", "Show All Matches"]
    text = browser_copy(*panel, "Your basket is empty.", *panel, headline, "by Courier Staff", "13 November 2026")
    (article,) = read_source(write(tmp_path, "panel.txt", text))
    assert article.title == headline


def test_a_title_case_headline_ending_in_a_parenthesised_aside_is_no_caption(tmp_path: Path) -> None:
    # "(Farmhouse Style)" has a credit's shape, but a caption before a credit is a sentence, not a title.
    headline = "Smoked Barley Risotto with Wild Garlic (Farmhouse Style)"
    text = browser_copy(headline, "13 November 2026", "Skip to MethodPrint Method")
    (article,) = read_source(write(tmp_path, "aside.txt", text))
    assert article.title == headline


def test_a_title_of_two_words_right_above_the_body(tmp_path: Path) -> None:
    # A small blog: its menu, the post's two-word title, a tag, the post.
    text = "\n".join(["Tidewater Notes", "Archive", "About", "Contact", "Harbour Tides", "notes", "", *BODY]) + "\n"
    (article,) = read_source(write(tmp_path, "two-words.txt", text))
    assert article.title == "Harbour Tides"
    assert article.paragraphs == BODY


def test_a_two_word_section_above_the_body_does_not_replace_the_headline(tmp_path: Path) -> None:
    text = browser_copy(HEADLINE, "By Harriet Lindqvist", "13 November 2026", "Energy Transition")
    (article,) = read_source(write(tmp_path, "section.txt", text))
    assert article.title == HEADLINE


def test_recent_posts_between_the_headline_and_the_body_stay_teasers(tmp_path: Path) -> None:
    # A blog prints its sidebar between the post's title and the post: a date and writer, a title, "Read More".
    headline = "How to Keep a Fig Tree Through a Northern Winter"
    recent = ["RECENT POSTS", "November 12, 2026 Ines Marchetti", "Rosemary Hedges Through a Dry Summer", "Read More",
              "November 10, 2026 Ines Marchetti", "Why Mint Takes Over a Border in One Season", "Read More"]
    text = "\n".join(["Search for:", "About Us Gardens Journal Contact", headline, *recent, "",
                      *BODY]) + "\n"
    (article,) = read_source(write(tmp_path, "recent.txt", text))
    assert article.title == headline


def test_a_first_paragraph_ending_in_a_quote_is_no_headline_candidate(tmp_path: Path) -> None:
    # The first paragraph ends '... twice.”': a sentence still, so the lede starts there and shares the
    # headline's words, not the quoted standfirst's.
    headline = "Harbour Master Praises Deputy's Ferry Timetable as Finest in Decades"
    standfirst = '"Nobody at this port plans better," the council heard on Tuesday evening'
    first = ("Harbour master Greta Holm has praised her deputy's new ferry timetable. Speaking to the council, "
             "she said, “It works for the fishermen and it works for the visitors, and I read it twice.”")
    second = ("She added, “Nobody at this port plans better, and the council heard as much from everyone who "
              "spoke on Tuesday evening.”")
    lines = [MENU, "HARBOUR NEWS", headline, standfirst, "", "BY INES MARCHETTI", "", "13 NOVEMBER 2026",
             first, second, *BODY]
    (article,) = read_source(write(tmp_path, "quoted.txt", "\n".join(lines) + "\n"))
    assert article.title == headline


def test_a_headline_without_function_words_over_a_much_longer_standfirst(tmp_path: Path) -> None:
    # Neither shares a word with the other or the first paragraph; the standfirst is twice the headline's length.
    headline = "Electric ferries quietly outpace diesel rivals"
    standfirst = "A report from the harbour authority counts crossings, fuel bills and complaints over three winters"
    text = browser_copy(headline, standfirst, "By Harriet Lindqvist", "13 November 2026")
    (article,) = read_source(write(tmp_path, "no-function-words.txt", text))
    assert article.title == headline


def test_a_recent_posts_card_under_the_headline_gives_no_byline(tmp_path: Path) -> None:
    # The card's date and writer sit right under the post's title, but a title and "Read More" follow them;
    # the post's writer is in the author's box under it.
    headline = "How to Keep a Fig Tree Through a Northern Winter"
    recent = ["RECENT POSTS", "November 12, 2026 Ines Marchetti", "Rosemary Hedges Through a Dry Summer", "Read More"]
    box = ["About the Author - Tomasz Novak", "Hi! My name is Tomasz and I have grown figs on a cold hillside for years."]
    text = "\n".join(["Search for:", headline, *recent, "", *BODY, *box]) + "\n"
    (article,) = read_source(write(tmp_path, "recent-byline.txt", text))
    assert (article.title, article.byline) == (headline, "Tomasz Novak")


def test_a_tags_line_between_the_headline_and_the_byline_is_no_headline(tmp_path: Path) -> None:
    # "TAG:" and the story's topics, title-cased and sharing the lede's words.
    tags = "TAG:Offshore Wind, North Sea, Gas Plants, Grid Operator Quarterly Figures"
    text = browser_copy("13 November 2026", HEADLINE, tags, "By Harriet Lindqvist")
    (article,) = read_source(write(tmp_path, "tags.txt", text))
    assert article.title == HEADLINE


def test_a_pull_quote_under_the_headline_is_no_headline(tmp_path: Path) -> None:
    # A line that is one quotation and nothing else, between the headline and the byline.
    headline = "Engineers warn the old sea wall may give way this winter"
    quote = "'We have patched that wall for the last time'"
    text = browser_copy(headline, "", quote, "", "By Harriet Lindqvist")
    (article,) = read_source(write(tmp_path, "pull-quote.txt", text))
    assert article.title == headline


def test_a_pictures_text_over_its_caption_and_credit_is_no_headline(tmp_path: Path) -> None:
    # A dump prints the lead picture's text, its caption and its credit in brackets between headline and byline.
    headline = "Why the coast is changing faster than anyone planned"
    picture = ["Offshore Wind Farms North Sea", "Turbines off the Yorkshire coast on Thursday.",
               "(Ines Marchetti / Courier)"]
    text = browser_copy("Energy", headline, *picture, "By Harriet Lindqvist", "13 November 2026")
    (article,) = read_source(write(tmp_path, "picture.txt", text))
    assert article.title == headline


def test_a_form_a_dump_prints_is_no_headline(tmp_path: Path) -> None:
    # A wiki's page menu as a select box, between the page's title and its text.
    text = "\n".join(["Harbour Wiki", "Search: Titles Text", "Ferry timetables for the winter season",
                      "Page Tools: [Plain View ] Go", "", *BODY]) + "\n"
    (article,) = read_source(write(tmp_path, "form.txt", text))
    assert article.title == "Ferry timetables for the winter season"


def test_a_menu_item_over_the_rest_of_its_menu_and_the_date_is_no_headline(tmp_path: Path) -> None:
    # A longer menu item, four more items, then the date and the headline under it.
    headline = "Why the coast is changing faster than anyone planned"
    menu = ["Tidewater", "Events", "Offshore Wind Week 2026", "Harbour Tours", "Blog", "Support", "Help"]
    text = "\n".join([*menu, "13 November 2026", headline, "Features", *BODY]) + "\n"
    (article,) = read_source(write(tmp_path, "menu-item.txt", text))
    assert article.title == headline


def test_a_name_under_a_line_with_a_job_word_is_no_byline_anchor(tmp_path: Path) -> None:
    # "Contributor" in the menu item above does not make the next item a writer's name.
    headline = "Why the coast is changing faster than anyone planned"
    menu = ["Tidewater", "Events", "Contributor Awards Night", "Harbour Tours", "Blog", "Support", "Help"]
    text = "\n".join([*menu, "13 November 2026", headline, "Features", *BODY]) + "\n"
    (article,) = read_source(write(tmp_path, "menu-name.txt", text))
    assert (article.title, article.byline) == (headline, None)


def test_a_labelled_headline_right_above_its_byline(tmp_path: Path) -> None:
    # "VIDEO: <headline>" is a link to another story elsewhere; right above a byline it is this story's title.
    headline = "VIDEO: Ferry crews rehearse a winter rescue"
    text = browser_copy("Harbour", headline, "By Harriet Lindqvist.", "Published 13 November 2026")
    (article,) = read_source(write(tmp_path, "video.txt", text))
    assert article.title == headline


def test_a_headline_over_its_standfirst_and_a_caption_of_names(tmp_path: Path) -> None:
    # The caption nearest the byline names people, so most of its words are capitalised, yet not all.
    headline = "Shipowners Back the Ferry Workers' Strike With an Early Gift"
    standfirst = "Shipping heiress Greta Holm and her son give the union most of its strike fund"
    caption = "Shipping heiress Greta Holm, Cllr. Ines Marchetti (Lab.), and union organiser Tomasz Novak at the quay"
    text = browser_copy("LABOUR", headline, standfirst, caption, "Harriet Lindqvist", "13 November 2026")
    (article,) = read_source(write(tmp_path, "caption-of-names.txt", text))
    assert article.title == headline


def test_a_caption_between_the_byline_and_the_date_is_no_headline(tmp_path: Path) -> None:
    # The lead picture's caption sits inside the byline block and shares the first paragraph's words.
    headline = "Why the coast is changing faster than anyone planned"
    caption = "Offshore wind farms in the North Sea on Thursday, seen from the grid operator's boat. Ines Marchetti"
    text = browser_copy("Energy", headline, "By Harriet Lindqvist", caption, "13 November 2026", "Share")
    (article,) = read_source(write(tmp_path, "byline-block.txt", text))
    assert article.title == headline


def test_a_slogan_of_a_carousel_printed_with_its_slides_is_no_headline(tmp_path: Path) -> None:
    # Each slide of a carousel is printed, its slogan among the same lines each time.
    slides = ["SAILS MENDED WHILE YOU WAIT", "KITES AND WIND SAILS FIXED ALL YEAR ROUND", "CONTACT"] * 3
    text = "\n".join(["Tidewater Sails", "Home", "Repairs", *slides, "Articles", "Winter Kite Season Opens", "",
                      *BODY]) + "\n"
    (article,) = read_source(write(tmp_path, "carousel.txt", text))
    assert article.title == "Winter Kite Season Opens"


def test_w3m_square_bullets_mark_a_nested_menu(tmp_path: Path) -> None:
    # w3m prints "□" before the items of a nested list: they are menu items, not lines of the page.
    headline = "Why the coast is changing faster than anyone planned"
    menu = ["Tidewater", "Events", "  □ Offshore Wind Week 2026", "  □ Harbour Tours", "Blog", "  □ Help"]
    text = "\n".join([*menu, "13 November 2026", headline, "Features", *BODY]) + "\n"
    (article,) = read_source(write(tmp_path, "w3m-menu.txt", text))
    assert article.title == headline


def test_a_headline_ending_a_breadcrumb_printed_again_at_the_foot(tmp_path: Path) -> None:
    # The breadcrumb (section, topic, headline) stands over the headline's subtitle and byline, and again
    # at the foot of the page: the headline is not a menu printed twice.
    crumbs = ("Energy", "Offshore Wind", "Grid Connections")
    text = browser_copy(*crumbs, HEADLINE, "Understanding Offshore Grids", "By Harriet Lindqvist",
                        "Energy Expert", tail=(*crumbs, HEADLINE, ""))
    (article,) = read_source(write(tmp_path, "crumbs.txt", text))
    assert article.title == HEADLINE


def test_a_notice_about_the_readers_browser_is_neither_headline_nor_body(tmp_path: Path) -> None:
    # A site's banner over the page reads as a sentence of prose; it speaks of the reader's browser.
    notice = ("You are using an outdated browser version. Please update it to read the Northern Courier "
              "with every feature we offer.")
    text = browser_copy(notice, "Previous Next", HEADLINE, "By Harriet Lindqvist", "13 November 2026")
    (article,) = read_source(write(tmp_path, "browser-notice.txt", text))
    assert article.title == HEADLINE
    assert article.paragraphs == BODY


def test_a_headline_under_the_blurbs_of_a_menu(tmp_path: Path) -> None:
    # A menu with a sentence under each of its sections reads as the first paragraphs of the body;
    # the headline stands under them, over its byline.
    blurbs = ["Themes", "These are the themes our reporters follow across the coast and the wider region.",
              "Features", "These are some of the longest stories we have written this year. Enjoy them!",
              "Letters", "Our letters arrive in your inbox every morning, with something new each week."]
    text = browser_copy(*blurbs, "Join the Courier", HEADLINE, "By Harriet Lindqvist", "Published 13 November 2026")
    (article,) = read_source(write(tmp_path, "menu-blurbs.txt", text))
    assert article.title == HEADLINE
    assert article.paragraphs == BODY


def test_a_headline_under_a_caption_the_page_prints_again(tmp_path: Path) -> None:
    # The lead picture's caption comes first, then the headline and its byline, then the caption again.
    caption = "Turbines off the Yorkshire coast on a calm morning in October, seen from the harbour wall."
    text = browser_copy(caption, HEADLINE, "By Harriet Lindqvist", "13 November 2026", caption)
    (article,) = read_source(write(tmp_path, "caption-twice.txt", text))
    assert article.title == HEADLINE


def test_a_courtesy_credit_under_the_headline_is_no_headline(tmp_path: Path) -> None:
    # The lead picture's credit, printed twice, stands between the headline and its byline.
    credit = "Courtesy of Harbour Estates' gallery page"
    text = browser_copy("Features", HEADLINE, credit, credit, "By Harriet Lindqvist", "13 November 2026")
    (article,) = read_source(write(tmp_path, "courtesy.txt", text))
    assert article.title == HEADLINE


def test_an_offer_with_its_button_glued_on_is_no_headline(tmp_path: Path) -> None:
    # A dump runs a subscription offer into its button; the headline sits under the menu, share icons below it.
    offer = "Get This Season's Free Tote Bag Subscribe Today"
    headline = "The Ten Quietest Harbours of the Year"
    text = browser_copy("Close", offer, "Subscribe", offer, "Search", headline, "*", "*", "*", "*", "*", "More")
    (article,) = read_source(write(tmp_path, "offer.txt", text))
    assert article.title == headline


def test_a_teaser_of_the_lede_with_read_more_glued_on_is_no_headline(tmp_path: Path) -> None:
    # The page prints the first paragraph again, cut off, with its button, right above the body.
    headline = "The Ten Quietest Harbours of the Year"
    teaser = "Offshore wind farms in the North Sea produced more electricity than gas plants... Read More"
    text = browser_copy(headline, "By Harriet Lindqvist", "Share", "Email Print", teaser)
    (article,) = read_source(write(tmp_path, "read-more.txt", text))
    assert article.title == headline


def test_links_a_copy_runs_together_are_no_headline(tmp_path: Path) -> None:
    # "Skip to navigation" and "Skip to content" with no space between: chrome, not a title.
    text = "\n".join(["Skip to navigationSkip to content", "Home", "News", "Energy", "SubscribeSign In", *BODY,
                      "Share"]) + "\n"
    (article,) = read_source(write(tmp_path, "glued-links.txt", text))
    assert BODY[0].startswith(article.title.rstrip("…"))  # no headline: the article is named by its opening words
    assert article.paragraphs == BODY
    assert article.paragraphs == BODY


def test_a_section_named_in_its_blurb_is_no_headline(tmp_path: Path) -> None:
    # A section's name, its blurb and a button over the article: the blurb shares the section's words,
    # the first paragraph under the byline does not.
    blurb = ("Columns written by members of the Harbour Writers Circle, a network of skippers and "
             "ferry crews who share what the coast has taught them over many seasons.")
    headline = "The Ten Quietest Harbours of the Year"
    text = browser_copy("HARBOUR WRITERS CIRCLE", blurb, "What's This?", "HARBOUR WRITERS CIRCLE", headline,
                        "By Harriet Lindqvist", "13 November 2026")
    (article,) = read_source(write(tmp_path, "section-blurb.txt", text))
    assert article.title == headline


def test_a_long_first_paragraph_over_a_label_is_the_article_not_a_blurb(tmp_path: Path) -> None:
    # The first paragraph is followed by a short label and a date: it is the article's opening, and the
    # headline above shares its words, not a blurb of a menu.
    headline = "What Passengers Said on the Winter Crossings"
    opening = ("Ah, the winter crossings: a time for delayed ferries, cancelled timetables and long waits on "
               "the quay. Here are some of the things passengers told the crews this year, and what the "
               "crews would have liked to answer.")
    text = "\n".join([MENU, headline, "November 13 6:30 PM", "Courier |", "Harbour & Coast News", "SHARES",
                      opening, "From: Passenger", "13 November 2026", *BODY, "Share"]) + "\n"
    (article,) = read_source(write(tmp_path, "long-opening.txt", text))
    assert article.title == headline


def test_a_short_title_over_the_full_headline_is_not_the_headline(tmp_path: Path) -> None:
    # A card's short title, then the full headline holding it, then the writer's name alone.
    short = "Let’s Keep The Night Ferry"
    headline = "For the Sake of the Islands, Let’s Keep The Night Ferry"
    text = browser_copy("Now Reading", short, headline, "Harriet Lindqvist")
    (article,) = read_source(write(tmp_path, "short-title.txt", text))
    assert article.title == headline


def test_a_pictures_name_under_the_headline_is_not_the_headline(tmp_path: Path) -> None:
    # The lead picture's name repeats some of the headline's words, right above its caption and the byline.
    caption = "In a Tuesday photo, wind farms turn off the coast near Alnmouth, where new farms came online in May."
    text = browser_copy(HEADLINE, "Wind Farms Come Online", caption, "By HARRIET LINDQVIST 11/13/26 09:19 PM ET")
    (article,) = read_source(write(tmp_path, "picture-name.txt", text))
    assert article.title == HEADLINE


def test_a_caption_over_its_labelled_credit_is_not_the_headline(tmp_path: Path) -> None:
    # Headline, share counters, then the lead picture's caption over "Image: <credit>" and the byline.
    caption = "Offshore wind farms in the North Sea, seen from the air"
    text = browser_copy(HEADLINE, "1.1k", "Shares", "Share", "Tweet", "What's This?", caption, "Image: Tomas Berg",
                        "By Harriet Lindqvist2026-11-13 21:32:46 UTC")
    (article,) = read_source(write(tmp_path, "labelled-credit.txt", text))
    assert article.title == HEADLINE


def test_titles_under_a_more_from_heading_over_the_body_are_not_the_headline(tmp_path: Path) -> None:
    # Headline, standfirst, then "More from ..." and other stories' titles right above the article.
    standfirst = "A harbour master shares the secrets of crossing the strait in winter. For more, read our guide."
    others = ("Cheap Ideas for a Winter Weekend by the Sea", "How to Make the Ferry Season Last Longer",
              "7 Quiet Harbours, Stress-Free Sailing Tips", "Ten Coastal Walks That Cost Nothing at All")
    headline = "How to Sail Through the Winter Storms"
    text = browser_copy(headline, standfirst, "More from Harbour Life", *others)
    (article,) = read_source(write(tmp_path, "more-from.txt", text))
    assert article.title == headline


def test_a_short_question_over_its_standfirst_is_the_headline(tmp_path: Path) -> None:
    # A headline of three words asking a question, then a standfirst three times longer: no kicker asks.
    headline = "Harbour, island squabbling?"
    standfirst = "Are the harbour board and the island council really cutting the winter crossings because of fuel?"
    text = browser_copy("Updated: November 13, 2026, 5:02 PM ET", headline, standfirst, "Email", "Print", "Comments",
                        "By Harriet Lindqvist")
    (article,) = read_source(write(tmp_path, "short-question.txt", text))
    assert article.title == headline


def test_a_section_with_its_topics_over_the_headline_is_not_the_headline(tmp_path: Path) -> None:
    # "<Section> More: <topics>" over the headline: the topics name the story's words too.
    topics = "Energy & Climate More: North Sea Wind Farms Gas Plants"
    text = browser_copy(topics, HEADLINE, "Harriet Lindqvist", "Nov. 13, 2026, 9:49 AM 286,248 40", "facebook",
                        "linkedin", "twitter", "print")
    (article,) = read_source(write(tmp_path, "section-topics.txt", text))
    assert article.title == HEADLINE


def test_a_more_stories_link_right_over_the_headline_heads_no_list(tmp_path: Path) -> None:
    # A site's menu ends in a "More stories" link printed just above the article's own headline.
    lines = [MENU, "Video", "Must See Latest Live Shows Playlist", "Opinion", "More stories", HEADLINE,
             "By Harriet Lindqvist 2026-11-13T14:34:55Z", "Share", *BODY, "© 2026 The Northern Courier"]
    (article,) = read_source(write(tmp_path, "more-stories.txt", "\n".join(lines) + "\n"))
    assert article.title == HEADLINE


def test_w3m_round_bullets_are_list_marks() -> None:
    # w3m prints "  • " before the items of a list, indented: list items (menus, other stories), as lynx's
    # "* " are; a copy's own "• " at the start of a line is the page's text.
    from reader.ingest.scraped_lines import scraped_units, wrap_width

    text = "  • Harbour Tours\n• Harbour Tours\n"
    assert [unit.bullet for unit in scraped_units(text, wrap_width(text))] == [True, False]


def test_a_video_playlist_between_the_byline_and_the_body_keeps_head_and_body_apart(tmp_path: Path) -> None:
    # A site prints a playlist of videos under the byline: each card a picture's text, a label, a title,
    # its length, "Now playing" and the source. It may be far longer than any head above a body.
    titles = ["Harbour master explains the new winter timetable", "Island ferry returns after a week of storms",
              "Pilots on why the night crossing matters", "Fishing fleet counts the cost of the gales",
              "Council votes on the new pier at the river mouth", "What the tide tables say about this winter",
              "Volunteers rebuild the coastal path", "Lifeboat crew rescues two sailors off the point",
              "Engineers study the old stone walls", "Cafés along the quay fear the works",
              "Wind farm cable reaches the shore", "A day on the last sail-powered ferry"]
    cards = [line for n, title in enumerate(titles) for line in (
        f"harbour clip {n}", "Video Ad Feedback", title, f"0{n % 5}:1{n % 6}", "Now playing", "- Source: Courier TV")]
    text = "\n".join([MENU, HEADLINE, "By Harriet Lindqvist, Courier", "13 November 2026", "Link Copied!",
                      *cards, *BODY, "© 2026 The Northern Courier"]) + "\n"
    (article,) = read_source(write(tmp_path, "playlist.txt", text))
    assert (article.title, article.byline, article.published) == (HEADLINE, "Harriet Lindqvist", "2026-11-13")
    assert article.paragraphs == BODY



@pytest.mark.parametrize("blurbs", [False, True])
def test_a_playlist_inside_the_article_far_under_its_head_keeps_the_headline(tmp_path: Path, blurbs: bool) -> None:
    # The date, the headline, the writer's name alone, share buttons, a standfirst and the first paragraph; then
    # a playlist of videos longer than any head (each card's title printed three times, its length twice) and the
    # rest of the article. The head is over the playlist, beyond the reach of a head over the body. The cards'
    # blurbs, between the headline and the body, are no standfirst.
    titles = ["Harbour master explains the new winter timetable", "Island ferry returns after a week of storms",
              "Pilots on why the night crossing matters", "Fishing fleet counts the cost of the gales",
              "Council votes on the new pier at the river mouth", "What the tide tables say about this winter",
              "Volunteers rebuild the coastal path", "Lifeboat crew rescues two sailors off the point"]
    cards = [line for n, title in enumerate(titles) for line in (
        "Up Next", title, "Play Video Don't Play", "Video duration", f"0{n % 5}:1{n % 6}", "Video duration",
        f"0{n % 5}:1{n % 6}", title, title, *([f"Watch the Courier's report: {title.lower()}."] * blurbs))]
    cards = cards[:-1] if blurbs else cards  # the last blurb, right over the body, reads as its first line
    standfirst = "Who is winning the race between the turbines and the gas plants?"
    text = "\n".join([MENU, "November 13 2026 - 3:17PM", "Save", "Print", "License article", HEADLINE,
                      "Harriet Lindqvist", "Show comments", "facebook SHARE", "twitter TWEET", "email", "More",
                      standfirst, BODY[0], *cards, *BODY[1:], "© 2026 The Northern Courier"]) + "\n"
    (article,) = read_source(write(tmp_path, "playlist-inside.txt", text))
    assert (article.title, article.byline, article.published) == (HEADLINE, "Harriet Lindqvist", "2026-11-13")
    assert article.paragraphs[-3:] == BODY[1:]
    assert article.paragraphs[0] == BODY[0]
    assert not any(title.lower() in paragraph.lower() for title in titles for paragraph in article.paragraphs)

# A headline that shares few words with the lede: it must win on its place, not on its words.
FEARS = "Six Reasons Why Facing Your Fears Could Help You Sail Further"


def test_a_share_bar_of_network_names_over_the_byline_is_no_headline(tmp_path: Path) -> None:
    # A copy prints the share buttons' names on one line between the lead picture's credit and the byline.
    text = browser_copy("Opinion", "5 min read", FEARS, "Most Read Today",
                        "Ferry Captain Crosses The Strait Ten Thousand Times These Are The Coast's Top Ten Harbours"
                        " Why Locals Love The Old Market", "Image credit: Harbour Photos",
                        "Google + Pinterest Tumblr Reddit Sina Weibo StumbleUpon", "Comment", "Harriet Lindqvist",
                        "Contributor", "13 November 2026")
    (article,) = read_source(write(tmp_path, "share-bar.txt", text))
    assert article.title == FEARS


def test_share_counts_printed_over_and_under_the_article_are_no_headline(tmp_path: Path) -> None:
    # A dump prints each button's count before it, and runs the last buttons together, at the top and the foot.
    counts = "1955 CONNECT 220 TWEET 70 LINKEDIN 193 COMMENTEMAILMORE"
    lines = [MENU, HEADLINE, "Harriet Lindqvist, Special for the Courier 6:29 p.m. EST November 12, 2026 Energy",
             "The quay at dawn.(Photo: Harbour Photos)", counts, *BODY, counts, "© 2026 The Northern Courier"]
    (article,) = read_source(write(tmp_path, "share-counts.txt", "\n".join(lines) + "\n"))
    assert article.title == HEADLINE


def test_badges_with_their_counts_are_no_headline(tmp_path: Path) -> None:
    # "1 weather alerts 1 closings/delays": a station's badges, a count before each, right over the story.
    text = browser_copy("Harbour Nights", "Courier Investigates", FEARS, "Courier Wire", "Harbour Nights",
                        "1 weather alerts 1 closings/delays")
    (article,) = read_source(write(tmp_path, "badges.txt", text))
    assert article.title == FEARS


def test_the_story_under_a_next_story_label_is_not_this_one(tmp_path: Path) -> None:
    # A dump prints the link to the next story, its label over its title, between the headline and the body.
    lines = [MENU, "Energy", FEARS, "Share", "Tweet", "Next Story", "Island Ferry Returns After A Week Of Storms",
             "[quay-at-dawn.png?w=738]", *BODY, "© 2026 The Northern Courier"]
    (article,) = read_source(write(tmp_path, "next-story.txt", "\n".join(lines) + "\n"))
    assert article.title == FEARS


def test_a_link_back_to_the_front_page_is_no_headline_and_a_short_capitalised_title_may_end_in_a_full_stop(
        tmp_path: Path) -> None:
    # A humour site's title is a short phrase with a full stop, under a link back to its front page.
    title = "The Harbour Master’s Promise."
    lines = ["HARBOUR", "GAZETTE",
             "Read Mayor Ingrid Solberg’s speech to the Northern Association of Ferry Operators.",
             "Back to the front page", title, "BY Harriet Lindqvist", "- - - -", *BODY, "© 2026 Harbour Gazette"]
    (article,) = read_source(write(tmp_path, "front-page.txt", "\n".join(lines) + "\n"))
    assert (article.title, article.byline) == (title, "Harriet Lindqvist")


@pytest.mark.parametrize("button", ["View more sharing options", "Saved to Reading List Saved",
                                    "Add More Videos or Photos", "Receive email updates on new comments!"])
def test_a_buttons_text_right_over_the_byline_is_no_headline(tmp_path: Path, button: str) -> None:
    text = browser_copy(FEARS, "Share on Facebook", "Share via Email", button, "Harriet Lindqvist",
                        "13 November 2026")
    (article,) = read_source(write(tmp_path, "button.txt", text))
    assert article.title == FEARS


def test_a_headline_printed_again_under_its_kicker_in_a_card_is_no_menu(tmp_path: Path) -> None:
    # The page's picks repeat the story's card, kicker and headline, under the article: two lines printed twice
    # are no menu printed twice, and the headline over the standfirst is still the headline.
    standfirst = ("Turbines supplied more of the country's power than gas plants did between July and September,"
                  " the grid operator says")
    lines = [MENU, "Energy", HEADLINE, standfirst, "By Harriet Lindqvist", "Nov. 13, 2026 7:43 p.m. ET", *BODY,
             "Editors’ Picks", "Energy", HEADLINE, "Travel", "A Traveller’s Guide to the Northern Islands",
             "Markets", "The Busiest Trade on the Harbour This Winter", "© 2026 The Northern Courier"]
    (article,) = read_source(write(tmp_path, "picks.txt", "\n".join(lines) + "\n"))
    assert article.title == HEADLINE


# A live page: a menu, the date over a share bar a button a line, the headline, a video's link, the body.
LIVE_MENU = [MENU, "Energy", "Business of Shipping", "Companies", "Technology of Harbours", "Markets"]
LIVE_SHARE = ["Share this page", "Delicious", "Digg", "Facebook", "reddit", "StumbleUpon", "Twitter", "Email", "Print"]


def test_a_videos_title_with_its_button_glued_on_is_no_headline(tmp_path: Path) -> None:
    # A copy glues the button's hidden text to the video's title ("... Watch"); the page prints the title
    # without it lower down.
    headline, video = "Talks on the new grid levy under way", "Grid levy talks - in 60 secs"
    lines = [*LIVE_MENU, "13 November 2026 Last updated at 15:42 GMT", *LIVE_SHARE, headline,
             "Please turn on JavaScript. Media requires JavaScript to play.", "Continue reading the main story",
             "Offshore wind", f"{video} Watch", *BODY, "Features and Analysis", f"{video} Watch",
             "Our reporter looks at what the levy would cost the farms.", "Related Stories", video, "Watch",
             "© 2026 The Northern Courier"]
    (article,) = read_source(write(tmp_path, "live.txt", "\n".join(lines) + "\n"))
    assert article.title == headline


def test_a_dumps_playlist_of_titles_ending_in_their_button_and_a_pictures_name_under_the_headline(
        tmp_path: Path) -> None:
    # A dump ends every video's title with its button; the lead picture's text under the headline names the
    # person its caption names after a job title: the picture's subject, no writer.
    headline, video = "Wind farms outpace gas plants for a whole quarter", "Wind and gas - in 60 secs"
    caption = 'Grid director Ingrid Solberg: "We have never seen a quarter like this one on the North Sea"'
    lines = [*LIVE_MENU, "13 November 2026 Last updated at 15:42 GMT", *LIVE_SHARE, headline, "Ingrid Solberg",
             "Please turn on JavaScript. Media requires JavaScript to play.", caption,
             "Continue reading the main story", "Offshore wind", f"{video} Watch", "The grid's long wait",
             "What we know", *BODY, "Top Videos", "1. Ferry crews count the cost Watch", f"2. {video} Watch",
             "3. Cafés on the quay fear the works Watch", "© 2026 The Northern Courier"]
    (article,) = read_source(write(tmp_path, "live.txt", "\n".join(lines) + "\n"))
    assert (article.title, article.byline) == (headline, None)


def test_a_headline_under_the_date_and_a_share_bar_of_nine_buttons(tmp_path: Path) -> None:
    headline = "Wind farms outpace gas plants for a whole quarter"
    caption = 'Grid director Ingrid Solberg: "We have never seen a quarter like this one on the North Sea"'
    lines = [*LIVE_MENU, "13 November 2026 Last updated at 15:42 GMT", *LIVE_SHARE, headline,
             "Please turn on JavaScript. Media requires JavaScript to play.", caption,
             "Continue reading the main story", "Offshore wind", "The grid's long wait", "What we know", *BODY,
             "© 2026 The Northern Courier"]
    (article,) = read_source(write(tmp_path, "live.txt", "\n".join(lines) + "\n"))
    assert article.title == headline


def test_an_accounts_prompt_over_the_headline_is_no_body(tmp_path: Path) -> None:
    # A reading list's button opens a prompt to sign in, printed over the headline: sentences about the site,
    # not the story's first paragraph, so the headline under them is not cut off from the body.
    lines = [MENU, "Share on Facebook", "Share via Email", "Read later list", "Too busy to read this now?",
             "Sign in or create an account so we can save this story to your Reading List. You'll be able to open"
             " it from your Reading List on any computer, tablet or phone.",
             "Sign in to your account to save this article.", "Sign in", "Create account", "Energy", HEADLINE,
             "Print Article", "Comments", "239", "By Harriet Lindqvist November 12 at 12:32 PM", *BODY,
             "© 2026 The Northern Courier"]
    (article,) = read_source(write(tmp_path, "reading-list.txt", "\n".join(lines) + "\n"))
    assert (article.title, article.byline, article.paragraphs) == (HEADLINE, "Harriet Lindqvist", BODY)


def test_the_writers_other_stories_each_signed_over_the_date_are_not_this_one(tmp_path: Path) -> None:
    # Under the writer's box the page lists the writer's other stories, a kicker, a title and the name each;
    # the last card sits right over the article's date.
    cards = ["Ferries", "Three Crossings That Teach Children To Love The Sea", "Harriet Lindqvist",
             "Harbours", "Six Honest Reasons Why People Become Harbour Masters", "Harriet Lindqvist",
             "Tools", "Seven Charts That Help You Read A Tide Table Faster", "Harriet Lindqvist"]
    text = browser_copy("Opinion", "5 min read", FEARS, "Most Read Today",
                        "Ferry Captain Crosses The Strait Ten Thousand Times These Are The Coast's Top Ten Harbours"
                        " Why Locals Love The Old Market", "Image credit: Harbour Photos", "Comment",
                        "Harriet Lindqvist", "Contributor", "Sailor, teacher and co-founder of a sailing school",
                        *cards, "13 November 2026")
    (article,) = read_source(write(tmp_path, "cards.txt", text))
    assert (article.title, article.byline) == (FEARS, "Harriet Lindqvist")


PAINTED = "Meet the painter who put the harbour master's face on a lighthouse wall"
PAINTED_CAPTION = "Tomasz Novak and his mural of harbour master Ingrid Halvorsen. Photo: Lena Okafor/Courier Wires"


def test_a_credit_line_with_an_address_hidden_from_robots_is_no_headline(tmp_path: Path) -> None:
    # A page that hides its e-mail addresses until its script runs prints "[email protected]" in a copy:
    # the credit line under the headline holds an address, never a title.
    head = ("murals", PAINTED, "CWN/The Courier - [email\u00a0protected]",
            "Published: 13 Nov, 2026 CET. Updated: Fri 13 Nov 2026 08:11 CET", "Share", PAINTED_CAPTION)
    (article,) = read_source(write(tmp_path, "hidden.txt", browser_copy(*head)))
    assert article.title == PAINTED


def test_a_comment_button_over_the_body_is_no_headline(tmp_path: Path) -> None:
    # Under the credit line and the date, right over the caption: a button, however title-like its words.
    head = ("murals", PAINTED, "CWN/The Courier - [email\u00a0protected]",
            "Published: 13 Nov, 2026 CET. Updated: Fri 13 Nov 2026 08:11 CET", "Share", "Add a comment",
            PAINTED_CAPTION)
    (article,) = read_source(write(tmp_path, "comment.txt", browser_copy(*head)))
    assert article.title == PAINTED


def test_a_recipes_short_name_over_the_body_is_its_headline_cut_short(tmp_path: Path) -> None:
    # The recipe's full name, its date and writer, then the short name again right over the first paragraph.
    loaf = "Harbour rye loaf (a dark sourdough bread)"
    text = "\n".join(["Harbour Kitchen", loaf, "September 15, 2026", "by", "lena okafor", "Post a Comment",
                      " Harbour rye loaf",
                      "Harbour rye loaf is a dark sourdough baked in the fishing town for as long as anyone can "
                      "remember. Below you can read the method step by step, with photos of each stage.",
                      "The rye loaf keeps for a week in a cloth and tastes best with smoked fish and butter, "
                      "which is how the harbour cafes still serve it every morning.",
                      "A rye loaf needs a starter fed for three days before the bake, so plan ahead and keep "
                      "the jar somewhere warm and out of the draught.", "Tagged In:", "Bread"]) + "\n"
    (article,) = read_source(write(tmp_path, "loaf.txt", text))
    assert article.title == loaf


@pytest.mark.parametrize("names", [
    ("Harriet Lindqvist", "Harriet Lindqvist"),
    ("Harriet Lindqvist Click here to view Harriet Lindqvist\u2019s profile",),  # a dump glues the picture's link on
])
def test_a_profile_tagline_ending_in_emoji_is_a_sentence_not_the_headline(
        tmp_path: Path, names: tuple[str, ...]) -> None:
    # A post's title, a button, the writer's name twice and their tagline over the date: the tagline ends
    # in a full stop however many emoji follow it, and the button is no title either.
    headline = "Seven things that will keep me going this winter"
    head = (headline, "Report this post", *names,
            "Building the cleanest grid in the north, one cable at a time. \u26a1\U0001f30a",
            "Published Nov 13, 2026", "+ Follow",
            "This post first appeared in the weekend edition and can be read there.")
    (article,) = read_source(write(tmp_path, "post.txt", browser_copy(*head)))
    assert article.title == headline


def test_the_logo_links_text_after_the_sites_name_is_no_headline(tmp_path: Path) -> None:
    # A dump prints the logo's link as the site's name and where it leads: on a page whose headline the
    # copy lost, that link is still no title.
    head = ("The Northern Courier - Back to home", "Thu 13 Nov 2026 09.41 GMT")
    (article,) = read_source(write(tmp_path, "logo.txt", browser_copy(*head)))
    assert "Back to home" not in article.title


def test_topics_in_capitals_between_the_byline_and_the_body_are_no_headline(tmp_path: Path) -> None:
    # Headline, standfirst, a contributor's credit and the date, then the story's tags run together in capitals.
    head = ("ENERGY", HEADLINE, "A record quarter for the turbines off the northern coast, and what it means for bills",
            "by Courier Contributor", "on 13 November 2026", "ENERGY WIND TURBINES GRID CABLES NORTH SEA COAST",
            "by Harriet Lindqvist")
    (article,) = read_source(write(tmp_path, "tags.txt", browser_copy(*head)))
    assert article.title == HEADLINE


def test_pictures_slugs_over_the_byline_are_no_headline(tmp_path: Path) -> None:
    # A dump prints the pictures' names as their slugs, a hash at the end, between the share counts and the byline.
    headline = "A Quarter to Remember: The Turbines Take the Lead"
    head = (headline, "150", "Shares", "Share", "Tweet", "Share", "What's This?",
            "Offshore-wind-farms-beat-gas-plants-4f0e45d827 Harriet-lindqvist-56747d0f8c",
            "By Harriet Lindqvist2026-11-13 09:32:17 UTC")
    (article,) = read_source(write(tmp_path, "slugs.txt", browser_copy(*head)))
    assert article.title == headline


def test_a_headline_opening_with_two_capitalised_words_and_a_comma_is_no_name(tmp_path: Path) -> None:
    # "New Year, new ..." reads as a name and its role, but the colon goes on as a headline's clause.
    headline = "North Sea, new record: turbines, cables and the gas plants left behind"
    head = ("Weather", "Local News", "Courier Investigates", "Courier Frights", "1 weather alerts 1 closings/delays",
            "News", "Actions", "Facebook", "Tweet", "Email", headline, "By: Courier Wire",
            "Posted at 2026-11-13T09:41:00-0700", "By Harriet Lindqvist")
    (article,) = read_source(write(tmp_path, "comma.txt", browser_copy(*head)))
    assert article.title == headline


SECTION_BLURB = "Back to The Wire What is The Wire? The Wire brings you the latest news from the Courier."


def test_a_sections_blurb_over_the_headline_and_its_byline_is_no_first_paragraph(tmp_path: Path) -> None:
    # Other stories' cards, each signed, then the section's blurb (a sentence or two) reads as the first
    # paragraph: the headline, its standfirst and its dated byline stand under it, and the article under them.
    cards = ("Why the harbour board wants a second crane", "By Tomasz Novak", "The ferry timetable is a myth",
             "By Lena Okafor", "What the pier tells us about the town", "By Mo Lindgren")
    head = (*cards, SECTION_BLURB, "The Turbines Are Winning, and Nobody Noticed",
            "Despite the doubts, the farms off the coast now make more power than the gas plants, and the gap grows.",
            "Harriet Lindqvist Nov 13 2026, 12:16 PM ET", "Share on Facebook", "Twitter", "Email", "Print")
    (article,) = read_source(write(tmp_path, "blurb.txt", browser_copy(*head)))
    assert article.title == "The Turbines Are Winning, and Nobody Noticed"
    assert SECTION_BLURB not in article.paragraphs


@pytest.mark.parametrize("form", ["browser", "lynx"])
def test_a_series_box_and_a_card_run_together_over_the_head_are_no_headline_or_paragraphs(
        tmp_path: Path, form: str) -> None:
    # A broadcaster's current head: another story's card, its headline and summary run together on one line (over
    # thirty words), the series' label, name and blurb, then the headline, its date with the year run into the time,
    # "By", the writer and a loader. The series' name, printed again at the page's foot, is no headline.
    card = ("A third of the harbour's berths stand empty after the storm, survey shows New analysis of drone "
            "pictures taken over the weekend lets engineers count the berths the storm has left unusable for "
            "the coming season")
    blurb = ("The storms that closed the coast road this autumn are the worst in forty years. These stories "
             "explain what happened, who pays for the repairs and what the coast may look like next winter.")
    series = "Coast storms — explained"
    headline = "Map: After a month of storms, a third of the harbour's berths stand empty"
    head = [card, "Special Series", series, blurb, headline, "November 13, 20265:01 AM ET", "By", "Harriet Lindqvist",
            "Loading..."]
    text = browser_copy(*head, tail=("Special Series", series))
    if form == "lynx":
        text = text.replace("\n", "\n\n")
    (article,) = read_source(write(tmp_path, f"series-{form}.txt", text))
    assert (article.title, article.byline, article.published) == (headline, "Harriet Lindqvist", "2026-11-13")
    assert article.paragraphs == BODY


LONG_LEDE = ("Engineers inspecting the bridge over the Tarn found cracks in two of its steel girders on Wednesday, and "
             "the county closed the crossing to all traffic until the spring, sending drivers on a fourteen-mile "
             "detour through the hills.")  # 36 words: longer than a menu's blurb


@pytest.mark.parametrize("signed", [
    ("Engineers inspect the girders under the bridge on Wednesday", "By Ana Silva, staff photographer"),
    ("Villagers fight plans to close the last bus route to the valley", "By Tomasz Novak"),
    ("Villagers fight plans to close the last bus route to the valley", "By Tomasz Novak", "13 November 2026"),
])
def test_a_signed_caption_or_card_under_a_long_first_paragraph_is_no_head(
        tmp_path: Path, signed: tuple[str, ...]) -> None:
    # Headline, byline, a first paragraph of some forty words, then a picture's caption signed by its photographer
    # or another story's card signed by its writer: the long paragraph is the article's, no blurb over a head.
    text = browser_copy(HEADLINE, "By Harriet Lindqvist", LONG_LEDE, *signed)
    (article,) = read_source(write(tmp_path, "long-lede.txt", text))
    assert (article.title, article.byline) == (HEADLINE, "Harriet Lindqvist")
    assert article.paragraphs[0] == LONG_LEDE


def test_a_caption_between_the_standfirst_and_the_byline_under_a_blurb_is_no_headline(tmp_path: Path) -> None:
    # A section's blurb over the head; the lead picture's caption and credit between the standfirst and the byline.
    standfirst = "Drivers face a fourteen-mile detour and shopkeepers fear for their trade."
    head = ("Local news", "The Courier's reporters cover the towns and villages of the county every day.", HEADLINE,
            standfirst, "Engineers inspect the girders under the Tarn bridge", "Photo: Ana Silva",
            "By Harriet Lindqvist", "13 November 2026")
    (article,) = read_source(write(tmp_path, "caption-head.txt", browser_copy(*head)))
    assert (article.title, article.byline) == (HEADLINE, "Harriet Lindqvist")


def test_a_standfirst_over_a_videos_title_and_the_byline_stays_under_its_headline(tmp_path: Path) -> None:
    # Headline, a short standfirst, then the title of a video over its length, the date and the byline:
    # the standfirst is no blurb over another headline.
    head = (HEADLINE, "If the operator wanted to reassure anyone about the grid, the figures did the opposite.",
            "Turbines overtake gas plants", "01:46", "Nov. 13, 2026, 12:44 PM UTC", "By Harriet Lindqvist")
    (article,) = read_source(write(tmp_path, "video.txt", browser_copy(*head)))
    assert article.title == HEADLINE


def test_an_embedded_posts_signature_under_short_paragraphs_signs_no_headline(tmp_path: Path) -> None:
    # Short opening paragraphs, a link and a post the article embeds, signed and dated: the post is no headline
    # and its signature no byline under one.
    lines = [MENU, "World", HEADLINE, "By Harriet Lindqvist",
             "Offshore turbines produced more power than the gas plants over the quarter, the grid operator said.",
             "The lead lasted all summer. Figures from the operator show the gap growing every month.",
             "See also: The windiest days on the coast, ranked",
             "Turbines off the coast are turning at full speed this morning (1/2)",
             "\u2014 Harbour Grid (@HarbourGrid) November 13, 2026", *BODY,
             "\u00a9 2026 The Northern Courier. All rights reserved."]
    (article,) = read_source(write(tmp_path, "embed.txt", "\n".join(lines) + "\n"))
    assert article.title == HEADLINE


SENTENCE_HEADLINE = "Goats ruled this island for a century. Now, its birds are back."


@pytest.mark.parametrize("between", [
    ("The rocky island, stripped of its plants by goats and rats, made a quick comeback. What is the secret?",
     "Monday, 13 November 2026"),
    ("The rocky island, stripped of its plants by goats and rats, made a quick comeback. What is the secret?",),
    (),
])
def test_a_headline_written_as_a_sentence_over_the_byline(tmp_path: Path, between: tuple[str, ...]) -> None:
    # Menu items in capitals, the section's name, then the headline as a sentence with a full stop, its longer
    # standfirst and the date over the byline: the sentence is no first paragraph.
    head = ("PERPETUAL HARBOUR", "PICTURE OF THE DAY", "TV GUIDE", "ENVIRONMENT", SENTENCE_HEADLINE, *between,
            "By Harriet Lindqvist")
    (article,) = read_source(write(tmp_path, "sentence.txt", browser_copy(*head)))
    assert article.title == SENTENCE_HEADLINE
    assert SENTENCE_HEADLINE not in article.paragraphs


def test_a_headline_with_a_full_stop_over_its_standfirst_and_a_credited_caption(tmp_path: Path) -> None:
    # The headline ends in an abbreviation's full stop, under a one-word section name; its standfirst (a long
    # quote) and the lead picture's caption, credited after a spaced slash, stand between it and the byline.
    headline = "Feds: Wind farm deal drew councillors, developers to meetings in Mass."
    caption = "Harbour Attorney Jane Roe speaks at Wednesday's press conference. Tom Roe / The Northern Courier"
    head = ("Energy", headline, "\u201cThis deal was built on secrecy and exclusivity, catering to a small and "
            "well-connected circle of developers,\u201d the attorney said on Wednesday.", caption,
            "By Harriet Lindqvist", "November 13, 2026 | 1:49 PM")
    (article,) = read_source(write(tmp_path, "stop.txt", browser_copy(*head)))
    assert (article.title, article.byline, article.published) == (headline, "Harriet Lindqvist", "2026-11-13")
    assert headline not in article.paragraphs and caption.split(". Tom")[0] + "." not in article.paragraphs


def test_a_sentence_headline_over_a_share_button_two_standfirsts_and_a_credited_caption(tmp_path: Path) -> None:
    # The standfirst under the share button reads as a sentence headline over the caption and the byline: the
    # headline is the one over the button.
    headline = "\u2018Nobody asked us.\u2019 Wind farm neighbours lose their fight."
    head = (headline, "Share", "The turbines off Eastmere will be built next year.",
            "Councillors voted nine to four in favour of the plan, which will bring the cables ashore at the north "
            "quay by the end of next year, despite a petition signed by more than three thousand residents.",
            "Residents at the north quay on Wednesday morning. Tom Roe/Northern Courier", "By Harriet Lindqvist",
            "13 November 2026")
    (article,) = read_source(write(tmp_path, "share.txt", browser_copy(*head)))
    assert (article.title, article.byline) == (headline, "Harriet Lindqvist")


def test_when_a_post_ran_and_where_it_was_filed_under_the_writer_is_no_headline(tmp_path: Path) -> None:
    # A blog network's post: the headline, the writer, when it ran glued to where it was filed, two counts.
    headline = "This Week In Business: The Ferry Price May Sting"  # no word of it in the story's opening
    head = ("PODCAST", "REVIEW", headline, "Harriet Lindqvist", "Yesterday 10:00amFiled to: THIS WEEK IN BUSINESS",
            "244", "4")
    (article,) = read_source(write(tmp_path, "filed.txt", browser_copy(*head)))
    assert article.title == headline


def test_a_headline_under_the_sections_latest_news_label_with_a_subtitle_over_its_byline(tmp_path: Path) -> None:
    # "Latest News" names the section, not a list of other stories; the writer's other posts under the article
    # each carry a date.
    head = ("Latest News", HEADLINE, "Second Record Quarter for Offshore Farms This Year",
            "by Harriet Lindqvist, November 13, 2026", "Print This | Share This")
    tail = ("Last 5 posts by Harriet Lindqvist", "Ferry timetable changes for the winter months - November 12th, 2026",
            "Tidal pilot wins funding for a second year", "November 11th, 2026",
            "Coast road closed again after the overnight storm - November 10th, 2026")
    (article,) = read_source(write(tmp_path, "latest.txt", browser_copy(*head, tail=tail)))
    assert (article.title, article.byline) == (HEADLINE, "Harriet Lindqvist")
    assert article.paragraphs == BODY


def test_a_videos_title_with_its_running_time_glued_on_is_no_headline(tmp_path: Path) -> None:
    # Under the headline and its date, a video: its label, its title with the running time glued on, its summary,
    # its date and how long ago it ran.
    head = ("environment", HEADLINE, "November 13, 20267:31am", "Video", "Image",
            "Storm closes the coast road for a second night1:54",
            "Police warn drivers to 'stay off the coast road' as the storm makes landfall.", "November 12th 2026",
            "a day ago")
    (article,) = read_source(write(tmp_path, "video.txt", browser_copy(*head)))
    assert article.title == HEADLINE


def test_most_popular_cards_each_with_writer_and_date_between_headline_and_byline_are_no_headline(
        tmp_path: Path) -> None:
    # Under the headline, its standfirst and the picture's credit, a "Most Popular" box: each card's title, writer
    # and date; then the article's own writer and date, and the share bar.
    cards = [("Ferry timetable changes for the winter months", "Tomasz Novak"),
             ("Tidal pilot wins funding for a second year", "Priya Raman"),
             ("Coast road closed again after the overnight storm", "Aidan Murphy"),
             ("Twenty Years Ago: A Look Back at the Great Gale", "Ingrid Halvorsen")]
    head = (HEADLINE, "The operator has touted the figures as proof of success. What do they mean?", "Tom Roe / Reuters",
            "Most Popular", *[line for title, name in cards for line in (title, name, "Nov 12, 2026")],
            "Harriet Lindqvist", "Nov 13, 2026", "News", "Share", "Tweet", "Email", "Print", "Text Size")
    (article,) = read_source(write(tmp_path, "popular.txt", browser_copy(*head)))
    assert article.title == HEADLINE



def test_numbered_cards_between_headline_and_byline_are_no_headline(tmp_path: Path) -> None:
    # A dump prints the "Most Popular" box as a ranked list, this story among the cards: "4. <title>", its writer
    # and date, "5. <title>", ...; the article's own writer and date under the box.
    cards = [("Ferry timetable changes for the winter months", "Tomasz Novak"),
             ("Tidal pilot wins funding for a second year", "Priya Raman"),
             (HEADLINE, "Harriet Lindqvist"),
             ("Coast road closed again after the overnight storm", "Aidan Murphy"),
             ("Twenty Years Ago: A Look Back at the Great Gale", "Ingrid Halvorsen")]
    when = ["Nov 12, 2026", "8:00 AM ET", "Nov 13, 2026", "Jun 24, 2025", "Apr 2, 2022"]
    listed = [line for n, (title, name) in enumerate(cards, start=1)
              for line in (f" {n}. {title}", "", f"      \u25a1 {name}", f"      \u25a1 {when[n - 1]}")]
    head = (HEADLINE, "", "The operator has touted the figures as proof of success. What do they mean?", "",
            "Harriet and Tomasz / YouTube", "", "Most Popular", "", *listed, "",
            "  \u2022 Harriet Lindqvist", "  \u2022 Nov 13, 2026", "  \u2022 Business", "")
    (article,) = read_source(write(tmp_path, "ranked.txt", w3m_page(*head)))
    assert article.title == HEADLINE
    assert article.byline not in {name for _, name in cards if name != "Harriet Lindqvist"}  # no card's writer


def test_a_numbered_headline_alone_stays_the_headline(tmp_path: Path) -> None:
    headline = "10. The last ferry of the winter timetable leaves the quay"
    (article,) = read_source(write(tmp_path, "numbered.txt", browser_copy(headline, "By Harriet Lindqvist",
                                                                          "13 November 2026")))
    assert article.title == headline


@pytest.mark.parametrize("labelled", ["Cast : Harriet Lindqvist, Tomasz Novak, Priya Raman",
                                      "Starring: Harriet Lindqvist and Tomasz Novak",
                                      "#Energy#Wind power#North Sea#Grid"])
def test_a_reviews_cast_and_its_hashtags_are_no_headline(labelled: str) -> None:
    assert not looks_like_title(labelled)

CARDS = ["Ferry timetable changes for the winter months", "Tidal pilot wins funding for a second year",
         "Coast road closed again after the overnight storm", "Harbour master quits after the quay floods",
         "Council picks a new site for the fish market", "Lighthouse keeper's diary found in an attic"]


@pytest.mark.parametrize("when", ["10 hours ago 2:36 AM", "Yesterday 3:20pm"])
def test_cards_with_their_titles_twice_and_times_between_headline_and_byline_are_no_headline(tmp_path: Path,
                                                                                           when: str) -> None:
    # A site prints its latest stories between the headline and the byline: each card's picture text and link
    # on one line, a share button, and when it ran.
    cards = [line for card in CARDS for line in (f"{card} {card}", "Share", when)]
    head = (HEADLINE, "Wind, at last", "Latest News", *cards, "\u00a9 Tom Roe/Getty Images", "By Harriet Lindqvist",
            "13 November 2026 12:58 PM", "Shares")
    (article,) = read_source(write(tmp_path, "cards.txt", browser_copy(*head)))
    assert (article.title, article.byline) == (HEADLINE, "Harriet Lindqvist")


def test_a_headline_ending_in_a_quoted_sentence_under_its_sections_bar(tmp_path: Path) -> None:
    # Every card of the page and the article itself print their section's name over the headline, with a bar
    # after it. The headline ends in a quote's full stop; its standfirst and the lead picture's caption and
    # credit stand between it and the byline and date.
    headline = "Wind beats gas for a whole quarter. \u2018We built the farms faster than the wires.\u2019"
    head = ("Energy |", "Ferry timetable changes for winter", "Energy |", "Tidal pilot wins funding", "Energy |",
            headline, "Operators say the cables to carry the power are still years away",
            "Turbines off the Yorkshire coast on Tuesday, Nov. 11, 2026. (Tom Roe/Northern Courier)",
            "By HARRIET LINDQVIST | hlindqvist@example.com | Northern Courier",
            "PUBLISHED: November 13, 2026 at 9:06 a.m. | UPDATED: November 13, 2026 at 9:26 a.m.")
    (article,) = read_source(write(tmp_path, "kicker.txt", browser_copy(*head)))
    assert (article.title, article.byline, article.published) == (headline, "Harriet Lindqvist", "2026-11-13")
    assert headline not in article.paragraphs


def test_a_short_standfirst_under_the_headline_and_share_buttons_stays_a_standfirst(tmp_path: Path) -> None:
    # A headline, a share button, then a standfirst of one short sentence over the byline.
    head = (HEADLINE, "Share", "The turbines beat the gas plants over the whole summer.", "By Harriet Lindqvist")
    (article,) = read_source(write(tmp_path, "standfirst.txt", browser_copy(*head)))
    assert article.title == HEADLINE


def test_a_pictures_short_text_over_its_caption_and_the_byline_is_no_headline(tmp_path: Path) -> None:
    # The lead picture's alt text, a sentence of four words, then its caption and the byline: no headline.
    head = (HEADLINE, "RSS", "Email", "Print", "Miriam Achterberg is pictured.",
            "The trade body says the grid still lacks the cables to carry the power south. | Courier Photo Close",
            "By HARRIET LINDQVIST | 11/13/26 7:15 AM EDT")
    (article,) = read_source(write(tmp_path, "pictured.txt", browser_copy(*head)))
    assert article.title == HEADLINE


def test_a_live_pages_next_entry_under_a_short_first_one_is_no_headline(tmp_path: Path) -> None:
    # Headline, byline and date, then a short first entry and the next entry's title over its writer: the page's
    # headline stays, the entries are the body.
    headline = "Live: what the quarter's record means for your bills"
    lines = [MENU, headline, "By Harriet Lindqvist", "Updated 13 Nov 2026 09:41 GMT", "Key events",
             "09:30 The operator has confirmed the figures for the quarter, more to follow shortly.",
             "Offshore wind farms produce more electricity than the gas plants", "By Tom Rowan", *BODY,
             "\u00a9 2026 The Northern Courier. All rights reserved."]
    (article,) = read_source(write(tmp_path, "live.txt", "\n".join(lines) + "\n"))
    assert article.title == headline


def test_a_headline_in_capitals_without_function_words_is_no_tag_line(tmp_path: Path) -> None:
    # Some sites print headlines in capitals; seven words without "OF" or "THE" are still a headline, not tags.
    headline = "HARBOUR COUNCIL APPROVES OFFSHORE CABLE LANDING PLAN"
    head = ("NEWS", headline, "By Harriet Lindqvist", "13 November 2026")
    (article,) = read_source(write(tmp_path, "capitals.txt", browser_copy(*head)))
    assert article.title == headline


def test_a_pictures_caption_under_the_headline_and_a_long_share_bar_is_no_headline(tmp_path: Path) -> None:
    # Headline, a share bar a button a line, then the lead picture's caption, a short sentence, over the byline:
    # under a headline, however far, the sentence is no headline written as one.
    head = (HEADLINE, "Share", "Facebook", "Twitter", "WhatsApp", "Email", "Print", "Copy link", "Comments",
            "Miriam Achterberg walks the quay at Eastmere on Monday.", "By Harriet Lindqvist")
    (article,) = read_source(write(tmp_path, "caption.txt", browser_copy(*head)))
    assert article.title == HEADLINE


def test_a_headline_under_a_newsletters_pitch_read_as_the_body(tmp_path: Path) -> None:
    # A newsletter's pitch and its long privacy notice, printed twice, read as the body's first paragraphs; the
    # menu under them, then the headline over its byline and date: nothing above the body heads it.
    notice = ("The controller of your personal data will be The Northern Courier Ltd, 12 Quay Street, Eastmere. "
              "Detailed information on how we process your data can be found in our privacy policy, and you may "
              "withdraw your consent to these messages at any time from the link in every one of them.")
    lines = ["Newsletter", "Subscribe to our Courier Today newsletter",
             "Join thousands of readers who receive the latest news from the coast every morning.",
             notice, notice, "The Northern Courier", "Harbour", "Energy", "Weather", "Search",
             "Ferry company adds a late crossing for the summerPrevious article",
             "Council keeps the old market hall open for another yearNext article",
             HEADLINE, "Author: Harriet Lindqvist", "November 13, 2026 9:15 am", "minute read",
             "Write a comment", "Share this article:", *BODY, "\u00a9 2026 The Northern Courier."]
    (article,) = read_source(write(tmp_path, "pitch.txt", "\n".join(lines) + "\n"))
    assert article.title == HEADLINE


def test_a_headline_under_the_writers_bio_in_a_sidebar(tmp_path: Path) -> None:
    # A blog's sidebar first: the writer's bio, links and a few points about them, all sentences, so the body
    # seems to start at the top; the post's title stands under them, over its date and share links.
    title = "Pair Programming Notes: Finding Slow Loops in a Harbour Timetable App"
    lines = ["I built Tidewatch, an app for reading harbour timetables. To date it has helped over "
             "20,000 sailors plan their crossings.",
             "Join my mailing list. Follow me on Mastodon. Subscribe to my feed. About me",
             "\u2776 I help maintain the Tidewatch timetable parser.",
             "\u2777 I have sailed the Eastmere strait every summer since 2009.",
             "\u00a9 Harriet Lindqvist", title, "13 Nov 2026", "Mastodon", "Reddit", "Hacker News", *BODY]
    (article,) = read_source(write(tmp_path, "sidebar.txt", "\n".join(lines) + "\n"))
    assert article.title == title


def test_a_table_of_contents_entry_is_no_headline(tmp_path: Path) -> None:
    # A guide's title, then its table of contents, each entry heading a section lower down: an entry printed
    # again reads as a headline the page repeats, but it names a part of the article, never the article.
    title = "Tide Tables + Harbour Charts 2.x"
    sections = ["Why Bother", "Building the Charts I", "Reading the Gauges", "Building the Charts II",
                "Setting the Alarms", "Testing"]
    paragraphs = [
        "Last spring I joined a harbour club meeting where the pilot explained how he plans a crossing. I liked "
        "his method enough to write it down here, with the scripts I now use every week on the boat.",
        "The first step is to gather the tables for the ports you sail from, then to draw the charts that show "
        "how the water moves through the day, which takes an evening if you have done it before.",
        "The gauges on the quay report every ten minutes, and the readings are easy to fetch once you know "
        "where the harbour office keeps them, which is not where anyone would first think to look.",
        "The second set of charts covers the strait itself, where the water runs faster and the tables alone "
        "are not enough, so the charts add the gauges' readings from the evening before the crossing.",
        "An alarm rings when the water at the gauge falls below the depth the boat needs, giving you time to "
        "wait at the quay rather than finding the sandbank in the dark with the whole crew asleep.",
        "I tested the scripts over a whole summer of crossings, and they never once missed a low tide that the "
        "pilot would have warned us about, though they did ring a few times when nothing was wrong.",
    ]
    lines = [title, "Contents", *sections, sections[0]]
    for section, paragraph in zip(sections, paragraphs):
        lines += ([] if section == sections[0] else [section]) + [paragraph]
    (article,) = read_source(write(tmp_path, "contents.txt", "\n".join(lines) + "\n"))
    assert article.title == title


def test_a_readers_poll_over_the_byline_holds_no_headline(tmp_path: Path) -> None:
    # A poll between the article's headline and its byline: its question, its label twice, its answers a line each.
    poll = ["Reader Poll", "Should the harbour ferry keep running through the winter?", "Reader Poll",
            "Yes, every day of the year", "Yes, but only at weekends", "No, the crossing is too rough",
            "No, a bus would serve the town better", "View results", "Advertisement"]
    text = browser_copy("Home", "News", HEADLINE, "Follow Us", *poll, "Print", "By Harriet Lindqvist",
                        "13 November 2026")
    (article,) = read_source(write(tmp_path, "poll.txt", text))
    assert article.title == HEADLINE
    assert article.paragraphs == BODY


def test_titles_over_their_writers_names_by_turns_are_other_stories(tmp_path: Path) -> None:
    # "Just In": other stories' titles, each over its writer's byline, right above the article's own headline,
    # its standfirst and its writer's name with the date.
    cards = ["Just In", "Why the Lighthouse Keepers Went on Strike?", "Who Owns the Old Pier?", "By Tomasz Novak",
             "Gulls Are Smarter Than We Think", "By Ingrid Halvorsen", "The Quiet Return of the Herring",
             "By Mo Lee", "A Winter on the Northern Ferries", "By Petra Solberg"]
    title = "Counting the Tides"
    standfirst = ("After a winter spent on the quay with the harbour master, I learned that every crossing the "
                  "ferry makes follows the same plan, written down long before anyone boards.")
    text = browser_copy(*cards, title, standfirst, "Harriet Lindqvist Nov 13 2026, 8:01 AM ET", "Share")
    (article,) = read_source(write(tmp_path, "cards.txt", text))
    assert article.title == title


def test_writers_names_over_their_titles_by_turns_are_other_stories(tmp_path: Path) -> None:
    # A column's picks between the headline and the byline, a dump printing each writer's name twice
    # (the picture's text, then the link) over the title of their piece.
    picks = ["Commentary", "Tomasz Novak", "Tomasz Novak", "The council has forgotten the harbour once again",
             "Ingrid Halvorsen", "Ingrid Halvorsen", "Why I will not sign the ferry letter",
             "Mo Lee", "Mo Lee", "Dear harbour master: the gulls are not the problem here", "View all"]
    text = browser_copy("Home", "News", HEADLINE, "Follow Us", "Podcast of the Week", "Advertisement", *picks,
                        "Advertisement", "Print", "By Harriet Lindqvist - 13 November 2026")
    (article,) = read_source(write(tmp_path, "picks.txt", text))
    assert article.title == HEADLINE


def test_the_headline_twice_under_a_breadcrumbs_latest_news_item(tmp_path: Path) -> None:
    # "Home", "News", "Latest News": a breadcrumb, then the headline twice (a picture's text and the heading),
    # which lists no other stories however the last item reads.
    text = browser_copy("Weird News", "Home", "News", "Latest News", HEADLINE, HEADLINE,
                        "By Harriet Lindqvist / Published 13 November 2026")
    (article,) = read_source(write(tmp_path, "breadcrumb.txt", text))
    assert article.title == HEADLINE


def test_a_first_paragraph_of_two_sentences_ending_in_an_exclamation_is_no_headline(tmp_path: Path) -> None:
    title = "Harbour Regatta 2026 Spoilers: Who Is the Mystery Skipper?"
    first = ("The harbour regatta has quite the fleet lined up for its summer races this year, starting on "
             "June 5. And one of the fastest boats in the whole fleet belongs to a familiar face!")
    text = browser_copy("The Regatta", "Spoiler!", title, "Share Tweet", "Remind Me Later",
                        "Credit: Ines Marchetti/Courier", first, tail=("By Harriet Lindqvist",))
    (article,) = read_source(write(tmp_path, "exclaimed.txt", text))
    assert article.title == title


def test_a_headline_over_the_lead_pictures_caption_and_credit(tmp_path: Path) -> None:
    # No title over it: the line over a caption and its credit in brackets is the headline, however much
    # shorter than the caption, over its byline and date.
    caption = ("The harbour master, in a yellow coat, centre, with the ferry's captain, right, and the crew of "
               "the lifeboat on the quay on Thursday morning, before the first winter crossing.")
    text = browser_copy("Share", "Copy Link URLCopied!", "Print", "Energy", HEADLINE, caption,
                        "(Ines Marchetti / Courier)", "By Harriet Lindqvist", "13 November 2026")
    (article,) = read_source(write(tmp_path, "lead-picture.txt", text))
    assert article.title == HEADLINE


def test_a_breadcrumb_run_into_the_headline_does_not_make_it_a_short_copy(tmp_path: Path) -> None:
    # A copy runs the breadcrumb's items into the headline ("Home News Energy <headline>"): the headline under it,
    # holding fewer words, is whole, not a card's short title, and heads its short deck and the byline.
    title = "Regulator trims its outlook for next year amid supply worries"
    deck = "“The worst is yet to come,” chief regulator says"
    text = browser_copy(title, "Share", "Search", f"Home News Energy and Markets {title}", title, deck,
                        "By: Harriet Lindqvist, The Northern Courier", "November 13, 2026", "Share", "Print")
    (article,) = read_source(write(tmp_path, "breadcrumb-run-in.txt", text))
    assert article.title == title


def test_a_breadcrumb_run_into_the_headline_is_left_out_of_it(tmp_path: Path) -> None:
    # A copy runs the breadcrumb's links into the headline's first copy, no space between: the headline is the
    # line under it, however it reads (a name and a comma, as a byline would start).
    title = "Harbour Pilot, Tomas Berg Is Stepping Down After Forty Winters"
    text = browser_copy("Home", "About", "Contact", f"HomeLatest News{title}", title, "Courier",
                        "November 13, 2026")
    (article,) = read_source(write(tmp_path, "breadcrumb-glued.txt", text))
    assert article.title == title


def test_the_first_title_of_a_list_of_signed_cards_is_another_story_too(tmp_path: Path) -> None:
    # The list's first title has lost its writer's name; the page prints it again under the article.
    first = "Why Would Anyone Buy a Ferry in Winter?"
    cards = ["Just In", first, "Who Owns the Old Pier?", "By Tomasz Novak", "Gulls Are Smarter Than We Think",
             "By Ingrid Halvorsen", "The Quiet Return of the Herring", "By Mo Lee",
             "A Winter on the Northern Ferries", "By Petra Solberg"]
    title = "Counting the Tides"
    standfirst = ("After a winter spent on the quay with the harbour master, I learned that every crossing the "
                  "ferry makes follows the same plan, written down long before anyone boards.")
    text = browser_copy(*cards, title, standfirst, "Harriet Lindqvist Nov 13 2026, 8:01 AM ET", "Share",
                        tail=(first,))
    (article,) = read_source(write(tmp_path, "first-card.txt", text))
    assert article.title == title


def test_a_page_whose_last_line_may_head_a_card_reads_without_failing(tmp_path: Path) -> None:
    # The lines a list of signed cards is sought among reach the page's last line (here a paragraph whose
    # Japanese half reads as one long title); the search stops there.
    paragraph = ("The harbour council met on Tuesday evening to discuss the cost of the new bridge and heard from "
                 "residents who live along the eastern shore of the bay. "
                 "港湾委員会は火曜日の夜に会合を開き、新しい橋の建設費用について東岸の住民から意見を聞いた。")
    (article,) = read_source(write(tmp_path, "short.txt", f"about\n{paragraph}"))
    assert article.paragraphs == [paragraph]


def test_a_headline_ending_in_its_label_in_brackets_is_no_caption(tmp_path: Path) -> None:
    # "(VIDEO)" in capitals says what the story holds, no photographer's credit: the line is the headline,
    # not a caption, and another story's title over the breadcrumb is not taken for it.
    title = "Harbour mayor mocked by council for ferry cuts he had opposed (VIDEO)"
    other = "Coast guard ready to help fishermen get the north channel reopened - minister"
    text = browser_copy("Breaking news", other, "HomeCoast", title, "Published time: 13 Nov, 2026 15:41", "Get short URL")
    (article,) = read_source(write(tmp_path, "labelled.txt", text))
    assert article.title == title


def test_a_share_buttons_picture_printed_by_its_text_is_no_headline(tmp_path: Path) -> None:
    # A dump prints the picture of a share button by its text, twice, between the headline and the body.
    title = "Wind Farms and Tidal Mills: A Winter Guide to the Coast"
    text = browser_copy(title, "Coastal Guide from The Northern Courier", "Pin it button big", "Pin it button big")
    (article,) = read_source(write(tmp_path, "pin-button.txt", text))
    assert article.title == title


def test_a_writers_tagline_with_its_buttons_run_together_heads_no_headline(tmp_path: Path) -> None:
    # A profile's line over the headline, its buttons run together at the end, shares a word with it: no title.
    title = "How Can Tidal Power Change Harbour Towns? Notes from the winter survey"
    text = browser_copy("Harriet Lindqvist", "Harriet Lindqvist",
                        "Founder, Tideway, The First Tidal Power Consultancy FollowUnfollowFollowingLoading",
                        title, "November 13, 2026")
    (article,) = read_source(write(tmp_path, "tagline.txt", text))
    assert article.title == title


def test_a_sections_name_over_the_issues_date_is_no_headline(tmp_path: Path) -> None:
    # A magazine prints its section and the issue's date in capitals over the headline, a short one.
    title = "Tidal-Mill Winter Carols"
    text = browser_copy("TIDES & TALES NOVEMBER 22, 2026 ISSUE", title.upper(), "By Harriet Lindqvist",
                        "Table of Contents")
    (article,) = read_source(write(tmp_path, "issue.txt", text))
    assert article.title.casefold() == title.casefold()


def test_a_message_quoting_the_headline_after_its_label_is_not_taken_for_it(tmp_path: Path) -> None:
    # A readers' upload form's message right over the body quotes the headline printed higher up.
    title = "Harbour Days 2026: Tidal mills to power the ferry terminal"
    text = browser_copy("Share This Story!", "Let friends in your social network know what you are reading about",
                        title, "Post to Facebook", "Incorrect please try again", "Try Another", "Audio Captcha",
                        "Join the Readers' Conversation", "Be first to contribute", "Choose a photo to upload",
                        "Image Captcha", "Help", "Cancel", "Submit", "Add More Videos or Photos",
                        f"You've contributed successfully to: {title}", "Thanks!")
    (article,) = read_source(write(tmp_path, "quoted.txt", text))
    assert article.title == title


def test_a_menus_sections_run_together_head_no_headline(tmp_path: Path) -> None:
    # The sections of a menu on one line, every word capitalised and no function word, over a long headline
    # in sentence case: the line heads nothing, though the headline reads like a standfirst.
    title = "Ferries, tides, lighthouses: the harbour's winter plan adds buses, trams, cycle lanes and a new pier"
    text = browser_copy("Featured Ferries Harbours Lighthouses Tides Weather Fishing Boats & Buses", title,
                        "By Harriet Lindqvist", "November 13, 2026")
    (article,) = read_source(write(tmp_path, "sections.txt", text))
    assert article.title == title


# A headline and its standfirst over the site's name, a button bar and the byline; under the byline's date,
# the lead picture's caption right over the lede, sharing its words.
STANDFIRST = "The turbines are now being inspected by engineers from the grid operator and two universities"
CAPTION = "The turbines that have been built off the northern coast"


def test_a_caption_under_the_byline_is_no_headline_when_a_headline_and_standfirst_stand_over_it(
        tmp_path: Path) -> None:
    text = browser_copy("Northern Courier News", "Energy", "News", HEADLINE, "", STANDFIRST, "", "northerncourier",
                        "Bookmark", "Share", "Comments", "News", "By", "Harriet Lindqvist", "08:44, 13 NOV 2026",
                        "Updated08:47, 13 NOV 2026", "Bookmark", CAPTION, "")
    (article,) = read_source(write(tmp_path, "caption.txt", text))
    assert (article.title, article.byline, article.published) == (HEADLINE, "Harriet Lindqvist", "2026-11-13")


def test_a_wire_headline_under_its_date_stays_with_a_menu_line_over_the_date(tmp_path: Path) -> None:
    # No standfirst under the line over the date: it is the site's alert sign-up, and the headline is under it.
    text = browser_copy("Northern Courier Breaking News Email Alerts", "", "By Harriet Lindqvist",
                        "Published 13 November 2026", "", HEADLINE, "")
    (article,) = read_source(write(tmp_path, "wire.txt", text))
    assert article.title == HEADLINE


def test_a_menu_of_labelled_items_over_a_sentence_case_headline_heads_no_standfirst(tmp_path: Path) -> None:
    # Each item a label and its blurb; the last is no headline over a standfirst, the line under it is the headline.
    headline = "This brass band's winter carol is a harbour classic in the making"
    text = browser_copy("Blog : The posts", "Forums : Read the rules", "About Us : Writers and staff",
                        "Contact Us : Get satisfaction", "Terms : What you agree to", headline,
                        "Harriet Lindqvist 9:46 am Fri Nov 13, 2026", "")
    (article,) = read_source(write(tmp_path, "menu.txt", text))
    assert (article.title, article.published) == (headline, "2026-11-13")


def test_a_title_after_a_bare_colon_quoting_another_title_does_not_crash() -> None:
    # ": <title>" with the title alone elsewhere: no label before the colon, nothing to read its last word from.
    from reader.ingest.headline import _quoted_title

    title = "Harbour Days 2026: Tidal mills to power the ferry terminal"
    assert _quoted_title([title, f": {title}"], [0, 1], 1) == 0


@pytest.mark.parametrize("head", [
    # A browser copy's breadcrumb, its arrows between tabs, over the headline's own line.
    ("Home\t->\tEnergy\t->\tFacts & Figures\t->\t" + HEADLINE, HEADLINE, "Posted on November 13, 2026 by Harriet Lindqvist"),
    # The breadcrumb run into the headline on one line, an arrow with no space on one side.
    ("Welcome > Blog Home>Energy > " + HEADLINE, "1048", "45", "By Harriet Lindqvist", "November 13, 2026"),
])
def test_a_breadcrumbs_arrows_are_not_part_of_the_headline(tmp_path: Path, head: tuple[str, ...]) -> None:
    (article,) = read_source(write(tmp_path, "crumbs.txt", browser_copy(*head)))
    assert (article.title, article.byline, article.published) == (HEADLINE, "Harriet Lindqvist", "2026-11-13")
    assert article.paragraphs == BODY


@pytest.mark.parametrize("credits", [
    ("(Tom Varga/Courier/Newscom)",),
    ("(Tom Varga/Courier/Newscom)", "(Tom Varga/Courier/Newscom)"),  # a dump prints the picture's text and caption
])
def test_a_headline_over_the_lead_pictures_credit_and_the_writer_in_capitals_is_the_headline(
        tmp_path: Path, credits: tuple[str, ...]) -> None:
    # No caption's sentence over the credit: the title-case line over it is the headline, the name in capitals
    # over the time of day the byline.
    head = ("Sign in", "I am not a current subscriber and want to register for a free membership.", "Next",
            "Energy", HEADLINE.title(), *credits, "HARRIET LINDQVIST", "2:56 PM ET",
            "Click to share on Facebook (Opens in new window)", "Click to print (Opens in new window)", "Reprints")
    (article,) = read_source(write(tmp_path, "credit.txt", browser_copy(*head)))
    assert (article.title, article.byline) == (HEADLINE.title(), "Harriet Lindqvist")
    assert article.paragraphs == BODY


def test_skip_links_over_labels_for_screen_readers_are_no_headline(tmp_path: Path) -> None:
    # A magazine's copy: links past the header, then each field under its label for screen readers, its value
    # printed twice, the writer's section after the name; the headline under them, over the body.
    head = ("Skip Article Header. Skip to: Start of Article.", "Author: Harriet Lindqvist. Harriet Lindqvist Science",
            "Date of Publication: 11.13.26. 11.13.26", "Time of Publication: 10:00 am. 10:00 am", HEADLINE.title())
    (article,) = read_source(write(tmp_path, "labels.txt", browser_copy(*head)))
    assert (article.title, article.byline) == (HEADLINE.title(), "Harriet Lindqvist")
    assert article.paragraphs == BODY


def test_a_name_printed_twice_over_the_first_paragraph_is_a_pictures_caption_not_the_headline(tmp_path: Path) -> None:
    # "Most popular" and other stories' titles, no sentence among them, run on into the article's head; under the
    # share buttons, the picture's text and its caption name the woman the first paragraph is about.
    head = ["Most popular", "Cable makers double their orders", "The 10 things in energy you need to know today",
            "We toured the new substation and saw why it is late", "×", "From", "To", "×", HEADLINE,
            "Harriet Lindqvist", "Nov. 13, 2026, 8:02 AM", "42,512", "facebook", "linkedin", "email",
            "Miriam Achterberg. Miriam Achterberg"]
    paragraphs = ["Miriam Achterberg remembers the day the first turbine turned off the coast of the town "
                  "where she grew up, and the crowd that stood on the pier to watch it.", *BODY]
    text = "\n".join([MENU, *head, *paragraphs, "© 2026 The Northern Courier"]) + "\n"
    (article,) = read_source(write(tmp_path, "box.txt", text))
    assert (article.title, article.byline, article.published) == (HEADLINE, "Harriet Lindqvist", "2026-11-13")
    assert article.paragraphs == paragraphs


def test_a_date_either_figure_of_which_could_be_the_month_still_sets_the_headline_apart(tmp_path: Path) -> None:
    # A wire's copy: the headline twice, the picture's credit, the time and a date in figures that the page
    # never settles (10/04: April or October), then other stories' titles over the body, one of them sharing the
    # first paragraph's words.
    head = ("World", HEADLINE, "Topic: Energy in the North Sea", HEADLINE, "© AFP/ TOM VARGA", "17:08 10/04/2026",
            "Related News", "Storm closes the coast road", "Cable makers double their orders", "Multimedia",
            "The gas plants the grid operator still needs", "Electricity from farms in the North Sea",
            "Alternative energy", "Basic types of turbines")
    (article,) = read_source(write(tmp_path, "wire.txt", browser_copy(*head)))
    assert (article.title, article.published) == (HEADLINE, None)
    assert article.paragraphs == BODY


SHORT_HEADLINE = "Ferry pier to close for a winter of repairs"


@pytest.mark.parametrize("under", [
    # A deck as short as a headline, sentence case too.
    ("The harbour's ferries will use the north quay, say officials",),
    # A picture's caption, then the site's buttons, as a selection from the headline to the end takes them.
    ("The old ferry pier at Eastmere, closed since the storm", "Bookmark", "Share"),
])
def test_a_copy_of_the_article_alone_starts_with_its_headline(tmp_path: Path, under: tuple[str, ...]) -> None:
    # The reader selected the article from its headline to its last paragraph: no menu, no site's name above.
    text = "\n".join([SHORT_HEADLINE, "", *under, "By Harriet Lindqvist", "13 November 2026", "", *BODY]) + "\n"
    (article,) = read_source(write(tmp_path, "selection.txt", text))
    assert (article.title, article.byline, article.published) == (SHORT_HEADLINE, "Harriet Lindqvist", "2026-11-13")
    assert article.paragraphs == BODY


def test_a_copy_of_the_article_alone_keeps_its_first_line_over_a_second_headline(tmp_path: Path) -> None:
    # The headline, its deck, then a shorter headline the page prints again over the byline, its handle and date.
    text = "\n".join([SHORT_HEADLINE, "Engineers will rebuild the piles before the spring crossings begin",
                      "Ferry pier closes for repairs", "Harriet Lindqvist", "@hlindqvist", "13 November 2026",
                      "Tweet", "", *BODY]) + "\n"
    (article,) = read_source(write(tmp_path, "selection.txt", text))
    assert (article.title, article.byline, article.published) == (SHORT_HEADLINE, "Harriet Lindqvist", "2026-11-13")


@pytest.mark.parametrize(("first", "under"), [
    ("Northern Courier Deals Tech Science Life Social Good Entertainment", "Entertainment"),  # the site's bar
    ("The Northern Courier Northern Courier", "Entertainment"),  # its logo, printed twice
    ("Ferry Pier Repairs #Courier: Content Feed", "Sign In"),  # the tab's title a dump prints first, then buttons
])
def test_a_copy_of_the_whole_page_starts_with_the_sites_bar_not_the_headline(tmp_path: Path, first: str,
                                                                             under: str) -> None:
    text = "\n".join([first, "Close", "Subscribe to the Courier", under, SHORT_HEADLINE,
                      "The harbour's ferries will use the north quay for the winter, officials say.",
                      "By Harriet Lindqvist", "13 November 2026", "", *BODY]) + "\n"
    (article,) = read_source(write(tmp_path, "page.txt", text))
    assert (article.title, article.byline) == (SHORT_HEADLINE, "Harriet Lindqvist")


def test_a_copy_of_the_article_alone_under_a_headline_written_as_sentences(tmp_path: Path) -> None:
    # Two sentences, full stop and all, over the longer standfirst, the date and the byline.
    headline = "Goats ruled this island for a century. Now, its seabirds are coming back."
    standfirst = ("The rocky island, once stripped of its plants by goats and rats, is turning green again after "
                  "a restoration that took a decade.")
    text = "\n".join([headline, standfirst, "Monday, 13 November 2026", "By Harriet Lindqvist", "", *BODY]) + "\n"
    (article,) = read_source(write(tmp_path, "selection.txt", text))
    assert (article.title, article.byline, article.published) == (headline, "Harriet Lindqvist", "2026-11-13")
    assert article.paragraphs == [standfirst, *BODY]


def test_a_forms_labels_each_with_its_required_mark_are_no_headline(tmp_path: Path) -> None:
    # "Send this article to a friend": the form's fields on one line, under a short headline over its byline.
    text = "\n".join(["Ferry pier to close", "Harriet Lindqvist", "Published on November 13, 2026", "Share 0",
                      "0 Comment", "Send to a friend", "Print", "Send to a friend", "", "Send this article to a friend.",
                      "", "Name*  Email*  Your name*  Your email*  Comments ", "Submit", "",
                      "Published on November 13, 2026", "", *BODY]) + "\n"
    (article,) = read_source(write(tmp_path, "form.txt", text))
    assert (article.title, article.byline) == ("Ferry pier to close", "Harriet Lindqvist")


@pytest.mark.parametrize("first", [
    "This article is more than 5 years old",  # a note on the article itself
    "The Harbour Valley Morning Chronicle Online",  # the site's name
    "Harbour Chronicle - Local news for the bay area",  # the site's name and tagline
    f"{SHORT_HEADLINE} - Harbour Chronicle",  # the tab's title a dump prints first
])
def test_a_copy_starting_with_a_banner_keeps_the_headline_under_it(tmp_path: Path, first: str) -> None:
    standfirst = "The harbour's ferries will use the north quay for the winter while engineers rebuild the piles."
    text = "\n".join([first, SHORT_HEADLINE, standfirst, "By Harriet Lindqvist", "13 November 2026", "",
                      *BODY]) + "\n"
    (article,) = read_source(write(tmp_path, "banner.txt", text))
    assert (article.title, article.byline) == (SHORT_HEADLINE, "Harriet Lindqvist")


BLOG_POST = "Rigging a dinghy for the winter"
BLOG_DESCRIPTION = "Here is where I write up what I learn about boats, tides and the people who sail them on the estuary."
BLOG_BODY = [
    "Most of the club's dinghies come out of the water in late October, but a handful of us keep sailing until the "
    "first frost, and the boats need a little care to cope with the colder months.",
    "The first job is the running rigging. Halyards that have spent a summer in the sun go stiff and brittle, and a "
    "sheet that parts in a November squall is no joke when the water is nine degrees.",
]


@pytest.mark.parametrize(("name", "under_title"), [
    ("Harbour Notes", ()),
    ("HARBOUR NOTES From The Slipway And Beyond", ()),  # a name long enough to read as a headline
    ("Harbour Notes", (BLOG_POST.upper(),)),  # the title printed twice, over the post and in it
    ("Harbour Notes", ("1 Before you start",)),  # a section's heading over the first paragraph
    ("Sailing Notes", ()),  # a name that shares a word with the post
])
def test_a_blog_posts_title_under_its_date_header_not_the_blogs_name(
        tmp_path: Path, name: str, under_title: tuple[str, ...]) -> None:
    lines = [name, BLOG_DESCRIPTION, "Wednesday, November 11, 2026", BLOG_POST, *under_title, *BLOG_BODY,
             "Posted by Tomasz Novak at 9:41 AM", "No comments:"]
    (article,) = read_source(write(tmp_path, "blog.txt", "\n\n".join(lines) + "\n"))
    assert (article.title, article.byline, article.published) == (BLOG_POST, "Tomasz Novak", "2026-11-11")
    assert article.paragraphs[0] == BLOG_BODY[0]
    assert BLOG_DESCRIPTION not in article.paragraphs


FEATURE_HEADLINE = "The last days of the Harlow Street baths"
FEATURE_STANDFIRST = "After 112 years, the Victorian pool that taught half of Dunmore to swim closes its doors on Friday."


@pytest.mark.parametrize("under_date", [
    "A pool for everyone",  # a subheading
    "Agnes Tully at the pool in 1961",  # a picture's caption
    "Photograph: Ana Ruiz/The Dunmore Courier",  # its credit
    "Lyceum theatre, Dunmore",  # a review's venue
])
def test_a_headline_over_its_standfirst_the_date_and_a_short_line_stays_the_headline(
        tmp_path: Path, under_date: str) -> None:
    # A blog's shape (name, description, date, title, post), but no post signed as a blog signs it: a newspaper's
    # headline over its standfirst, whatever short line stands under the date.
    lines = [FEATURE_HEADLINE, FEATURE_STANDFIRST, "Friday 13 November 2026", under_date, *BLOG_BODY]
    (article,) = read_source(write(tmp_path, "baths.txt", "\n\n".join(lines) + "\n"))
    assert (article.title, article.published) == (FEATURE_HEADLINE, "2026-11-13")


def test_a_breadcrumbs_last_item_over_the_headline_its_date_and_the_article(tmp_path: Path) -> None:
    # "Latest News" heads a list of links elsewhere; right over the headline, its date and the article it is the
    # section the story is filed in.
    text = browser_copy("Editorial Code of Conduct", "Advertising", "Latest News", HEADLINE, "2026-04-26 21:21:50")
    (article,) = read_source(write(tmp_path, "crumb.txt", text))
    assert (article.title, article.published) == (HEADLINE, "2026-04-26")


@pytest.mark.parametrize("button", ["Join us on Facebook", "Like us on Facebook", "Find us on Instagram"])
def test_a_social_button_over_the_headline_is_no_headline(tmp_path: Path, button: str) -> None:
    caption = "Heather Grant, 33, of Christiana and a man known as Nigel Ambersley were pronounced dead at a hospital."
    text = browser_copy("Subscribe to this feed", button, "Follow us on Twitter", f"Update | {HEADLINE}",
                        "Published:Tuesday | April 26, 2026 | 9:52 PM", "Photo", "Video", caption)
    (article,) = read_source(write(tmp_path, "social.txt", text))
    assert (article.title, article.published) == (f"Update | {HEADLINE}", "2026-04-26")


@pytest.mark.parametrize("headline", ["Join us on a winter walk along Eastmere's vanishing coastline",
                                      "Find us on the quay: the fish stall that outlived the ferry"])
def test_a_headline_opening_like_a_social_button_is_the_headline(tmp_path: Path, headline: str) -> None:
    text = browser_copy(headline, "By Harriet Lindqvist", "13 November 2026")
    (article,) = read_source(write(tmp_path, "walk.txt", text))
    assert (article.title, article.byline) == (headline, "Harriet Lindqvist")


def test_a_series_name_under_the_headline_that_a_follow_button_names_is_no_headline(tmp_path: Path) -> None:
    # A paper prints the blog's name under the headline, its sign-up box under that; its "Follow ... Stories"
    # buttons name the series too, as a share line names a headline.
    series = "Harbour Watch: The Council"
    head = [f"Follow {series} Stories", "Resize Text", "Print Article", "Comments", f"Follow {series} Stories",
            HEADLINE, series, "", "The inside track on the harbour's politics.", "",
            f"Be the first to know about new {series} stories from the Courier. Sign up to follow, and we'll e-mail "
            "you free updates as they're published.",
            "You'll receive free e-mail news updates each time a new story is published.", "You're all set!",
            " Sign up", "", "*Invalid email address", "", "Got it", "Got it",
            "By Harriet Lindqvist By Harriet Lindqvist November 13 Follow @hlindqvist"]
    (article,) = read_source(write(tmp_path, "series.txt", browser_copy(*head)))
    assert (article.title, article.byline) == (HEADLINE, "Harriet Lindqvist")


@pytest.mark.parametrize("sections", [
    ["LATEST", "THE HARBOUR DESK", "TIDES AND TURBINES", "SOLD SHORT", "CRITICAL MASS", "MAGAZINE", "PODCASTS"],
    ["LATEST", "THE HARBOUR DESK", "OPINION", "MAGAZINE", "PODCASTS"],  # near enough the body to read as cards
])
def test_the_sites_name_over_the_menu_and_the_byline_is_no_headline(tmp_path: Path, sections: list[str]) -> None:
    # The logo heads each copy of the menu and the byline's block; the copyright line names the site.
    lines = ["You are using an outdated browser.", "Please upgrade your browser", "and improve your visit to our site.",
             "Skip Navigation", "The Eastmere Review", *sections, "The Eastmere Review", "The Eastmere Review",
             *sections, "The Eastmere Review", "Harriet Lindqvist/November 13, 2026", HEADLINE,
             "The engineering of the past decade is finally paying its way, and the operators know exactly whom to thank.",
             "Tomasz Novak/Getty", *BODY,
             "Subscribe to The Eastmere Review", "Copyright 2026 © The Eastmere Review. All rights reserved."]
    (article,) = read_source(write(tmp_path, "logo.txt", "\n".join(lines) + "\n"))
    assert (article.title, article.byline, article.published) == (HEADLINE, "Harriet Lindqvist", "2026-11-13")


def test_the_pages_summary_over_the_head_is_neither_the_body_nor_its_start(tmp_path: Path) -> None:
    # The page prints its summary for sharing ("<headline> : <section> <summary>") over the section, the
    # headline, the share buttons, the date and the writer's name.
    summary = ("Wind Beats Gas For A Quarter : The Power Desk Offshore wind farms produced more electricity than gas "
               "plants over three months, the grid operator said. New farms came online early.")
    head = [summary, "The Power Desk", "Energy", "Wind Beats Gas For A Whole Quarter As New Farms Come Online",
            "Facebook", "Twitter", "Flipboard", "Email", "November 13, 20263:33 PM ET", "Harriet Lindqvist"]
    (article,) = read_source(write(tmp_path, "summary.txt", browser_copy(*head)))
    assert (article.title, article.byline, article.published) == (
        "Wind Beats Gas For A Whole Quarter As New Farms Come Online", "Harriet Lindqvist", "2026-11-13")
    assert article.paragraphs == BODY


def test_a_caption_printed_with_its_credit_then_alone_is_no_headline(tmp_path: Path) -> None:
    # The picture's caption with its credit and button, the button, the credit, the caption again, the article.
    caption = "Turbines off the Northumberland coast are seen from the harbour wall on Thursday, Nov. 13."
    head = [HEADLINE, "Facebook", "Twitter", "Email", "November 13, 2026", "Harriet Lindqvist", "Enlarge this image",
            f"{caption} Tomasz Novak/AP hide caption", "toggle caption", "Tomasz Novak/AP", caption, "Tomasz Novak/AP"]
    (article,) = read_source(write(tmp_path, "caption.txt", browser_copy(*head)))
    assert (article.title, article.published) == (HEADLINE, "2026-11-13")
    assert article.paragraphs == BODY


def test_a_headline_whose_first_sentence_is_the_lede_is_the_headline(tmp_path: Path) -> None:
    # The lede repeats the headline's first sentence a few lines under it: no caption printed again, no credit.
    headline = "The harbour wall gave way in the night. Now Quay Row wants answers"
    text = browser_copy(headline, "By Harriet Lindqvist", "2 February 2026", "The harbour wall gave way in the night.")
    (article,) = read_source(write(tmp_path, "wall.txt", text))
    assert (article.title, article.byline, article.published) == (headline, "Harriet Lindqvist", "2026-02-02")


def test_a_headline_the_sites_name_matches_printed_once_stays_the_headline(tmp_path: Path) -> None:
    # A route guide's piece titled as the guide is: its only copy over the body, no logo printing it again.
    text = "\n".join(["Skip to content", "Routes", "Timetables", "Travel", "Eastmere to Holm Island",
                      "By Harriet Lindqvist", "4 October 2026", *BODY,
                      "© 2026 Eastmere to Holm Island. All rights reserved."]) + "\n"
    (article,) = read_source(write(tmp_path, "route.txt", text))
    assert (article.title, article.byline) == ("Eastmere to Holm Island", "Harriet Lindqvist")


def test_a_credit_passed_on_via_a_picture_agency_printed_twice_is_no_headline(tmp_path: Path) -> None:
    # A podcast page: a headline sharing no word with the lede over the show's links, date, host, the headline
    # again, the player's buttons, then a picture with its credit alone, twice, right over the body.
    headline = "Should Councils Fork Their Software?"
    credit = "Tomas Berg/SOPA Images/LightRocket via Getty Images"
    text = browser_copy(headline, "The Harbour Hour", "subscribe to The Harbour Hour podcast", "Apple Podcasts",
                        "Pocket Casts", "RSS link", "November 13, 2026 10:36 PM ET", "Harriet Lindqvist", "Twitter",
                        headline, "Listen· 24:37", "Toggle more options", "Download", "Embed",
                        'Embed <iframe src="https://www.example.org/player/embed/949764249" width="100%"></iframe>',
                        "Transcript", "Enlarge this image", credit, credit)
    (article,) = read_source(write(tmp_path, "podcast.txt", text))
    assert article.title == headline
    assert article.paragraphs == BODY


def test_a_headline_ending_in_an_aside_that_goes_on_with_and_is_no_caption(tmp_path: Path) -> None:
    # "(and Keep the Lights On)": title-case words in brackets, as a credit's are, but going on with "and".
    headline = "How Offshore Wind Beat Gas in 2026 (and Kept the Lights On)"
    text = browser_copy("Back to blog", headline, "Energy Popular", " by Harriet Lindqvist", "",
                        "Updated: Nov 13, 2026", "", "Let me guess... you want an answer to this question:",
                        "Can wind really beat gas?")
    (article,) = read_source(write(tmp_path, "aside.txt", text))
    assert (article.title, article.byline, article.published) == (headline, "Harriet Lindqvist", "2026-11-13")


@pytest.mark.parametrize("headline", [
    "Harrowgate/Westfold via Kettle Junction",  # a route, not a credit passed on via an agency
    "Portrait of Queen Matilda Unveiled",  # a headline, not a picture's text
    "Photo of Daniel Crewe Sparks Row",
    "Follow Eastmere Rovers on TikTok",  # a story about the club's account, not a button
    "Issued Too Late: The Flood Warning That Came After the Water",  # no "Issued on:" date note
    "Kick-off moved to 19:45 - Source: Rovers club secretary",  # no video's card: its source is no name
])
def test_a_headline_shaped_like_a_credit_or_a_pictures_text_stays(tmp_path: Path, headline: str) -> None:
    (article,) = read_source(write(tmp_path, "head.txt", browser_copy(headline, "By Harriet Lindqvist",
                                                                       "13 November 2026")))
    assert (article.title, article.byline) == (headline, "Harriet Lindqvist")


@pytest.mark.parametrize("glued", [True, False])
def test_a_videos_card_over_the_headline_is_no_headline(tmp_path: Path, glued: bool) -> None:
    # A video's card right over the headline: its title, then its length and source (a dump runs them together).
    title, source = "Storms bring a flood risk to the coast road", "02:02 - Source: Northline"
    card = [f"{title} {source}"] if glued else [title, source]
    headline = "A named storm is likely by the weekend. Here's how it could affect the ferries"
    text = browser_copy("Video Ad Feedback", *card, headline, "By Harriet Lindqvist, Northline meteorologist",
                        " 5 minute read ", "Updated 2:39 AM EDT, Fri November 13, 2026")
    (article,) = read_source(write(tmp_path, "video.txt", text))
    assert article.title == headline


def test_a_headline_written_as_sentences_over_its_share_bar(tmp_path: Path) -> None:
    # The footer's links printed over the head, the privacy law's opt-out among them; then a headline written as a
    # question and its answer, the share bar, a standfirst, the picture's credit and the byline.
    headline = "Want to travel alone without being lonely? The ferries can help."
    text = browser_copy("Advertise", "Privacy Policy", "Terms of Use", "Do Not Sell My Personal Info", "Resources",
                        "Travel", "Culture", headline, "Share on Facebook Share on Twitter",
                        "The island ferries are where the friendships start.", "Image: HARRIET LINDQVIST / COURIER",
                        "By Tomasz Novak 2026-11-13 13:52:51 UTC")
    (article,) = read_source(write(tmp_path, "sentence.txt", text))
    assert (article.title, article.byline, article.published) == (headline, "Tomasz Novak", "2026-11-13")


def test_the_privacy_opt_out_link_is_no_headline(tmp_path: Path) -> None:
    text = browser_copy("Privacy Policy", "Do Not Sell or Share My Personal Information", "By Tomasz Novak",
                        "13 November 2026")
    (article,) = read_source(write(tmp_path, "optout.txt", text))
    assert article.title != "Do Not Sell or Share My Personal Information"


@pytest.mark.parametrize("pictured", [
    # A copy prints the lead picture's caption with its credit; a dump prints the picture's text first.
    ("Turbine blades wait on the quay at Eastmere in May. (Priya Raman for The Northern Courier)",),
    ("Turbine blades wait on the quay at Eastmere in May.",
     "Turbine blades wait on the quay at Eastmere in May. (Priya Raman for The Northern Courier)"),
])
def test_a_headline_written_as_sentences_over_the_lead_pictures_caption(tmp_path: Path,
                                                                        pictured: tuple[str, ...]) -> None:
    headline = "Wind farms are beating gas. Some engineers say the grid is not ready."
    text = browser_copy("Latest news", "Your life at home", "Politics", headline, *pictured, "By", "Harriet Lindqvist",
                        "November 13, 2026 at 6:40 PM EST")
    (article,) = read_source(write(tmp_path, "sentences.txt", text))
    assert (article.title, article.byline, article.published) == (headline, "Harriet Lindqvist", "2026-11-13")


def test_a_caption_over_its_credit_alone_under_the_headline_is_no_headline(tmp_path: Path) -> None:
    caption = "Harriet Lindqvist campaigns in Eastmere last week."
    text = browser_copy("Share", "Print", "Politics", HEADLINE, caption, "(Priya Raman / The Northern Courier)",
                        "By Tomasz NovakStaff Writer", "Nov. 13, 2026")
    (article,) = read_source(write(tmp_path, "caption.txt", text))
    assert (article.title, article.byline) == (HEADLINE, "Tomasz Novak")


@pytest.mark.parametrize("under", [
    ("Share on Facebook Share on Twitter",),
    ("Facebook Twitter Email",),
    ("Turbine blades wait on the quay at Eastmere. (Priya Raman/Courier)",),
])
def test_a_short_standfirst_over_the_share_bar_or_a_caption_stays_under_its_headline(tmp_path: Path,
                                                                                     under: tuple[str, ...]) -> None:
    text = browser_copy(HEADLINE, "Two farms came online this winter.", *under, "By Harriet Lindqvist",
                        "Nov. 13, 2026")
    (article,) = read_source(write(tmp_path, "standfirst.txt", text))
    assert article.title == HEADLINE


def test_a_story_quoting_the_privacy_opt_out_link_keeps_the_quote(tmp_path: Path) -> None:
    quoted = ["Most sites label the link with the words the law requires:", "Do Not Sell My Personal Information",
              "Others use a newer label that covers both selling and sharing:", "Your Privacy Choices"]
    text = browser_copy(HEADLINE, "By Harriet Lindqvist", "13 November 2026").replace(
        BODY[2], "\n".join([*quoted, BODY[2]]))
    (article,) = read_source(write(tmp_path, "quoted.txt", text))
    assert "Do Not Sell My Personal Information" in article.paragraphs
    assert "Your Privacy Choices" in article.paragraphs


def test_a_headline_naming_people_over_the_agencys_name_stays_the_headline(tmp_path: Path) -> None:
    # Its first words read as a name before a comma, but the line is no list of writers over their outlet.
    headline = "Council Picks Lindqvist, Opposition Picks Novak to Run for Mayor"
    (article,) = read_source(write(tmp_path, "picks.txt", browser_copy(headline, "THE NORTHERN PRESS")))
    assert article.title == headline


def test_a_breadcrumb_printed_whole_then_a_crumb_a_line_ends_with_the_headline(tmp_path: Path) -> None:
    # "Home News Latest News <headline>", then "News" / "Latest News" / the headline: the last crumb is the headline,
    # not another story's title under a "Latest News" box; the page's summary under it, the picture's text under the
    # date repeating it.
    summary = ("Furthermore, the new farms have changed how the grid is run, and the operator says it will publish "
               "the figures for each month from now on so that engineers and the public can follow the change.")
    text = browser_copy(f"Home News Latest News {HEADLINE}", "News", "Latest News", HEADLINE, summary, "By",
                        "Harriet Lindqvist for the Northern Courier", "13 November 2026", HEADLINE)
    (article,) = read_source(write(tmp_path, "crumbs.txt", text))
    assert (article.title, article.byline) == (HEADLINE, "Harriet Lindqvist")


def test_a_bar_of_links_right_over_the_headline_heads_nothing(tmp_path: Path) -> None:
    # "Become a Member | Ad-Free Login" right over a long headline: a bar of links, not a headline the long line
    # stands under as its standfirst.
    subtitle = "Council votes to speed up the cable to the cities after a record quarter for the turbines"
    text = browser_copy("Stories from the last 36 hours", "Home » Business", "Become a Member | Ad-Free Login",
                        subtitle, "By HARRIET LINDQVIST", "First Published 3 hours ago")
    (article,) = read_source(write(tmp_path, "bar.txt", text))
    assert article.title == subtitle


def test_a_paywall_question_over_the_headline_heads_nothing(tmp_path: Path) -> None:
    # "Already a member?" ends the offer's lines; the headline under it is long enough to read as its standfirst.
    headline = "How the turbines off the Yorkshire coast beat the gas plants for a whole quarter"
    text = browser_copy("Become a Courier Member", "Try free for 30 days", "Start free trial", "Already a member?",
                        headline, "Business / 1 day ago / by Harriet Lindqvist")
    (article,) = read_source(write(tmp_path, "paywall.txt", text))
    assert article.title == headline


def test_the_sites_legal_links_joined_by_an_ampersand_are_no_headline() -> None:
    assert not looks_like_title("Terms & Conditions and Privacy Statement")


def test_a_headline_holding_a_bar_heads_its_standfirst(tmp_path: Path) -> None:
    # A separator alone makes no bar of links: none of the headline's parts is a button or a menu's item.
    headline = "Grid Watch | Why the cables matter more than the turbines"
    standfirst = "Engineers say the farms built this decade will stand idle on windy days unless the cables come first"
    text = browser_copy("Home » Business", headline, standfirst, "By Harriet Lindqvist", "13 November 2026")
    (article,) = read_source(write(tmp_path, "bar-headline.txt", text))
    assert article.title == headline



def test_the_last_line_of_a_ticker_right_over_the_byline_is_the_headline(tmp_path: Path) -> None:
    # A site lists its latest headlines a line each, the article's own last, right over its byline and date;
    # a share bar and the lead picture's caption (no full stop) read like more headlines under it.
    latest = ["Harbour master quits after the quay floods for the third time this winter and blames the council",
              "Council tells the fish market that it will have to move to a new site on the eastern pier by spring",
              "Tidal pilot wins funding for a second year of trials off the point, and the team says it is ready",
              "Coast road is closed again after the overnight storm brought down part of the wall near the inn",
              "Lighthouse keeper's diary that was found in an attic goes on show at the museum in the old town",
              "Ferry timetable changes for the winter months anger the island's commuters, who say they were not asked",
              "Lifeboat crew rescues two sailors off the point in a force nine gale after their mast broke",
              "Volunteers rebuild the coastal path that was washed away in the spring storms, a mile at a time"]
    head = ("LATEST", "POPULAR", *latest, HEADLINE, "by Harriet Lindqvist on November 13, 2026 at 8:11 pm",
            "Comments 2 Share 86 Tweet Share Reddit Email",
            "Flanked by engineers, the operator's chief shows off the figures at the quay in Eastmere")
    (article,) = read_source(write(tmp_path, "ticker.txt", browser_copy(*head)))
    assert (article.title, article.byline) == (HEADLINE, "Harriet Lindqvist")


def test_a_question_headline_under_the_lead_pictures_credit_over_name_and_date(tmp_path: Path) -> None:
    # A dump prints the lead picture's alt text in the menu, then its credit; the headline is a question, a
    # sentence, over the writer's name with their handle and the date.
    question = "How does the new wind farm's output compare to the other plants on the coast?"
    head = ("Science", "Politics", "About", "Offshore wind farm cables", "Energy",
            "Photo: Priya Raman/Northern Press/Shutterstock", question, "Harriet Lindqvist @hlindqvist",
            "November 13th, 2026 at 5:10 PM", "Share Tweet")
    (article,) = read_source(write(tmp_path, "question.txt", "\n".join([*head, *BODY]) + "\n"))
    assert (article.title, article.byline, article.published) == (question, "Harriet Lindqvist", "2026-11-13")


@pytest.mark.parametrize("headline", [
    "WATCH | Harbour wall gives way hours after the council vote",  # a label and a bar before the headline
    "Cast: The herring girls who built Eastmere get a play of their own",
    "#SaveTheQuay #FishMarket: how a hashtag campaign saved the harbour",
    "Up Close & Live",
])
def test_headlines_with_a_label_a_bar_or_hashtags_stay_headlines(tmp_path: Path, headline: str) -> None:
    standfirst = ("Drone footage shows the moment a section of the old harbour wall gave way during the night, hours "
                  "after councillors voted to close the quay for good")
    text = browser_copy(headline, standfirst, "By Harriet Lindqvist", "13 November 2026")
    (article,) = read_source(write(tmp_path, "labelled.txt", text))
    assert article.title == headline


def test_a_headline_starting_with_a_figure_under_a_numbered_menu(tmp_path: Path) -> None:
    # A football site's menu numbers its leagues; the club's name starts with a figure.
    headline = "1. FC Eastmere sack their head coach after a fourth straight home defeat"
    text = browser_copy("1. Premier League", "2. Bundesliga", "3. Liga", headline, "By Tomasz Novak",
                        "13 November 2026")
    (article,) = read_source(write(tmp_path, "figure.txt", text))
    assert (article.title, article.byline) == (headline, "Tomasz Novak")


def test_a_serials_chapter_under_its_numbered_contents_keeps_its_byline(tmp_path: Path) -> None:
    chapter = "3. The Night Ferry"
    text = browser_copy("1. The Quay", "2. The Harbour Master", chapter, "4. The Grey Coat", chapter,
                        "By Ingrid Halvorsen", "13 November 2026")
    (article,) = read_source(write(tmp_path, "serial.txt", text))
    assert article.byline == "Ingrid Halvorsen"


@pytest.mark.parametrize(("kicker", "headline"), [
    # The series' name over a headline that starts with it, its clause after a dash: the kicker is cut short.
    ("Offshore Wind Farms",
     "Offshore Wind Farms – why do the turbines in the North Sea still wait for their cables?"),
    # A picture's text: the headline, a dash and what the picture shows; the headline is the line under it.
    ("Harbour Tides Return To The Quay Next Year, Council Says - Regatta Poster Full view",
     "Harbour Tides Return To The Quay Next Year, Council Says"),
])
def test_a_line_cut_short_against_a_headline_with_a_dash(tmp_path: Path, kicker: str, headline: str) -> None:
    text = browser_copy("browse all sections", kicker, headline, "Harriet Lindqvist",
                        "From the regatta to the ferry, the harbour has always favoured the big boats, but it does "
                        "not have to be this way", "13 November 2026")
    (article,) = read_source(write(tmp_path, "kicker.txt", text))
    assert article.title == headline


# Other stories' cards over the headline, as a news site's "Latest" column copies: a long title, then its
# section and how long ago, a line each.
LATEST_CARDS = [
    "Floods: more than 2,000 people moved to relief centres in three districts as heavy rain goes on overnight",
    "Budget will help families at the bottom of the income ladder, not the richest, finance minister tells parliament",
    "Police arrest four men over the robbery of a junior doctor at a petrol station on the ring road early on Tuesday",
    "Ministry says report of a delay to the new school term is untrue and parents should not worry, deputy says",
    "Storm alert: forecasters warn of thunder and strong winds in six districts until Friday evening, agency says",
    "Court sets a date for the trial of a former minister over bribes linked to a harbour contract awarded in 2019",
]


@pytest.mark.parametrize("ago", ["hours", "days", "weeks"])
def test_cards_with_their_section_and_time_since_over_the_headline_stay_out(tmp_path: Path, ago: str) -> None:
    sections = ["Eastmere", "Eastmere", "World", "Eastmere", "Sport", "Business"]
    cards = [line for at, (title, section) in enumerate(zip(LATEST_CARDS, sections))
             for line in (title, f"{section} / {at + 2} {ago} ago")]
    lines = [MENU, "Latest news", *cards, "EASTMERE", HEADLINE, "by Harriet Lindqvist",
             "Thursday, 13 Nov 2026 8:39 AM GMT", *BODY]
    (article,) = read_source(write(tmp_path, "latest.txt", "\n".join(lines) + "\n"))
    assert (article.title, article.byline, article.published) == (HEADLINE, "Harriet Lindqvist", "2026-11-13")
    assert article.paragraphs == BODY


@pytest.mark.parametrize(("line", "title"), [
    # A label of words in capitals run into the headline's line: the headline is what follows it.
    (f"WEEKEND MAGAZINE {HEADLINE}", HEADLINE),
    (f"REGIONAL SUPPLEMENT {HEADLINE}", HEADLINE),
    # ... but one word in capitals, or initials, start the headline itself.
    *[(line, line) for line in ("CORONATION Street star opens the new harbour lifeboat station",
                                "US FDA approves a new harbour ferry drug for seasickness",
                                # ... nor does a name in capitals before a headline in title case, a name's
                                # short words, or a subject and its verb.
                                "HELEN ASHDOWN Says Farewell to the Stage After Forty Years",
                                "MARTA DELACROIX Harbour Playhouse star returns to the stage",
                                "QUEEN OPENS Eastmere's new bridge over the river")],
])
def test_a_label_in_capitals_before_the_headline_on_its_line(tmp_path: Path, line: str, title: str) -> None:
    text = browser_copy(line, "By Harriet Lindqvist", "13 November 2026")
    (article,) = read_source(write(tmp_path, "label.txt", text))
    assert (article.title, article.byline) == (title, "Harriet Lindqvist")
    assert article.paragraphs == BODY


def test_cards_over_a_headline_whose_picture_caption_tops_the_lede_leave_the_lede(tmp_path: Path) -> None:
    # Cards with their section and time, then the headline, its byline and date, the picture's caption with its
    # credit, and the lede: the caption over the lede is no card's headline, the lede no card's summary.
    cards = [line for at, title in enumerate(LATEST_CARDS[:3]) for line in (title, f"World / {at + 2} months ago")]
    caption = "Crowds gather outside the town hall on Tuesday. Photo: Tomasz Novak/Northern Courier"
    lines = [MENU, *cards, HEADLINE, "By Harriet Lindqvist", "Updated 14:05 GMT, 13 November 2026", caption, *BODY]
    (article,) = read_source(write(tmp_path, "captioned.txt", "\n\n".join(lines) + "\n"))
    assert (article.title, article.byline, article.published) == (HEADLINE, "Harriet Lindqvist", "2026-11-13")
    assert article.paragraphs == BODY


def test_cards_over_a_wire_stories_head_leave_its_standfirst_and_paragraphs(tmp_path: Path) -> None:
    # Cards, then the headline, its standfirst, "By AFP in Nairobi" and the date: the article's own head, not a card.
    cards = [line for title in LATEST_CARDS[:2] for line in (title, "Environment", "5 months ago")]
    standfirst = "The cost of the scheme has risen by almost a third since the plans were drawn up."
    lines = [MENU, *cards, HEADLINE, standfirst, "By AFP in Nairobi", "Updated 14:05 GMT, 13 November 2026", *BODY,
             "(AFP)"]
    (article,) = read_source(write(tmp_path, "wire.txt", "\n\n".join(lines) + "\n"))
    assert (article.title, article.published) == (HEADLINE, "2026-11-13")
    assert article.paragraphs[:len(BODY) + 1] == [standfirst, *BODY]


def test_a_wires_byline_with_its_place_is_no_headline_when_the_page_does_not_name_the_wire(tmp_path: Path) -> None:
    headline = "Why every small town still needs a local guardian"
    (article,) = read_source(write(tmp_path, "wire.txt", browser_copy(headline, "By Reuters in Brussels",
                                                                      "13 November 2026")))
    assert article.title == headline
    assert article.paragraphs == BODY


def test_cards_without_summaries_inside_the_article_leave_the_paragraphs_under_them(tmp_path: Path) -> None:
    # "Read more", then three cards of a headline and its section and time each, then the article goes on.
    cards = ["Read more", LATEST_CARDS[0], "World · 2 weeks ago", LATEST_CARDS[1], "Business • 3 days ago",
             LATEST_CARDS[2], "Property / 5 months ago"]
    lines = [MENU, HEADLINE, "By Harriet Lindqvist", "13 November 2026", *BODY[:2], *cards, *BODY[2:], "Share"]
    (article,) = read_source(write(tmp_path, "inside.txt", "\n\n".join(lines) + "\n"))
    assert article.paragraphs == BODY


@pytest.mark.parametrize(("head", "byline"), [
    # "By <word> in <place>" signs only for a wire ("By Reuters in Brussels"): a travel headline is the headline.
    (("By Rail in Patagonia", "By Harriet Lindqvist"), "Harriet Lindqvist"),
])
def test_a_by_line_with_a_place_that_names_no_wire_is_no_byline(
        tmp_path: Path, head: tuple[str, str], byline: str | None) -> None:
    (article,) = read_source(write(tmp_path, "place.txt", browser_copy(*head, "13 November 2026")))
    assert (article.title, article.byline) == (head[0], byline)


def test_a_head_with_a_byline_and_the_time_since_over_its_date_under_cards_is_no_card(tmp_path: Path) -> None:
    # Cards with their section and time, then the headline, its standfirst, the writer with the time since, and the
    # page's first date over the lede: the date heads no card, the lede stays.
    cards = [line for at, title in enumerate(LATEST_CARDS[:3])
             for line in (title, f"Local News • {at + 2} weeks ago")]
    standfirst = "Operators say the new cables will take years to build, and bills may rise before they fall."
    lines = [MENU, "Most read", *cards, HEADLINE, standfirst, "Harriet Lindqvist · 2 weeks ago",
             "Updated 14:05 GMT, 13 November 2026", *BODY]
    (article,) = read_source(write(tmp_path, "head.txt", "\n\n".join(lines) + "\n"))
    assert (article.title, article.published) == (HEADLINE, "2026-11-13")
    assert article.paragraphs == [standfirst, *BODY]


def test_signed_cards_inside_the_article_stay_out_and_the_article_goes_on(tmp_path: Path) -> None:
    # "More from the Courier": cards of a headline, a summary and "By ..." each, between the article's paragraphs.
    cards = ["More from the Courier",
             "Bus drivers vote to strike over new rotas at the depot",
             "Drivers say the new shifts leave them with less than ten hours between duties.", "By Tomasz Novak",
             "Tributes paid to former mayor who served the town for decades",
             "He served four terms and led the campaign to save the harbour.", "By Priya Raman",
             "Hospital car park charges to rise again from April next year",
             "The trust says the money will pay for more staff on the wards.", "By Marta Font"]
    lines = [MENU, HEADLINE, "By Harriet Lindqvist", "Published 13 November 2026", BODY[0], *cards, *BODY[1:]]
    (article,) = read_source(write(tmp_path, "signed.txt", "\n\n".join(lines) + "\n"))
    assert (article.title, article.byline) == (HEADLINE, "Harriet Lindqvist")
    assert article.paragraphs == BODY


def test_an_outlets_byline_with_agencies_is_no_summary_point(tmp_path: Path) -> None:
    lines = [MENU, "Local News · 2 weeks ago", HEADLINE, "By Courier with agencies", "Published 2 months ago", *BODY]
    (article,) = read_source(write(tmp_path, "agencies.txt", "\n\n".join(lines) + "\n"))
    assert (article.title, article.byline) == (HEADLINE, "Courier")
    assert article.paragraphs == BODY


@pytest.mark.parametrize("carded", [False, True])
def test_a_chains_head_with_its_deck_and_the_writers_label(tmp_path: Path, carded: bool) -> None:
    # The kicker, the headline, a deck with no full stop, "Author of the article:" over the writer and the date; the
    # same headline may be printed above as one of the section's cards, each card ending in the section's name.
    headline = "Seven winter weekends in the Eastmere hills"
    deck = "A local writer on cabins, markets and the best tea rooms in three valley towns"
    cards = ["Best beaches to visit in the south this spring", "Northern Courier", "Travel",
             headline, "Northern Courier", "Travel"] if carded else []
    lines = [MENU, "Trending", *cards, "Share this Story", "Copy Link", "Email", "Travel", headline, deck,
             "Author of the article:", "Harriet Lindqvist", "Published Nov 13, 2026  •  3 minute read", *BODY]
    (article,) = read_source(write(tmp_path, "chain.txt", "\n".join(lines) + "\n"))
    assert (article.title, article.byline, article.published) == (headline, "Harriet Lindqvist", "2026-11-13")
    assert article.paragraphs == [deck, *BODY]
