"""Readers' comment threads under a scraped article: prose, but never the article.

Our own pages, in the shapes real copies take: a thread whose every comment sits under a line
naming the commenter and the time ("harbourfan on Nov 13, 3:29 PM said:"), between the same
buttons and vote counts; a comment longer than the whole article must not become the body.
"""

from __future__ import annotations

from pathlib import Path

from test_ingest_scraped_pages import BODY, HEADLINE, MENU, write

from reader.ingest import read_source
from reader.ingest.prose import measure
from reader.ingest.scraped_lines import Unit
from reader.ingest.threads import comment_threads

HEAD = (HEADLINE, "Harriet Lindqvist | Nov. 13, 2026, 3:17 PM | 1,204 | 5")
# A reader's long comment: more prose than the article's four paragraphs together.
LONG_COMMENT = (
    "The cables are the whole story here and nobody in the government wants to talk about them, because "
    "every new line means a fight with the farmers whose fields it has to cross and with the councils who "
    "have to approve the substations. I have lived next to the planned route for six years now and in all "
    "that time the operator has sent us two letters and held one meeting in the village hall, where they "
    "could not tell us when the work would start or how long the road would be closed. If they want people "
    "to believe in the wind farms they should start by talking to the people who will live with the wires, "
    "and they should pay for the damage to the lanes before they start rather than after they have gone."
)
SHORT_COMMENTS = (
    "the grid has been saying this for years and nobody listened to them until the bills went up",
    "Good news for once, though I will believe it when my own bill goes down and stays down.",
    "they will build the cables when the price of gas goes back up and not one day sooner",
)


def _page(*thread: str) -> str:
    return "\n".join([MENU, *HEAD, *BODY, "Share", "Tweet", "Email", *thread,
                      "Join the discussion", "Name (Required)", "Submit",
                      "© 2026 The Northern Courier. All rights reserved."]) + "\n"


def _article_of(*body: str) -> str:
    # A page whose article is `body`, under a headline, a byline and a date, with no thread under it.
    return "\n".join([MENU, HEADLINE, "By Harriet Lindqvist", "13 November 2026", *body, "Share", "Tweet",
                      "© 2026 The Northern Courier. All rights reserved."]) + "\n"


def test_a_thread_with_a_comment_longer_than_the_article_is_not_taken_for_the_body(tmp_path: Path) -> None:
    # Votes, "Flag as Offensive", "<handle> on <date> said:", the comment, "Reply", comment after comment.
    thread = ["Receive email updates on new comments!", "4 Comments"]
    handles = ["seawall", "north_pier", "Tom Roe", "gullwatcher"]
    comments = [*SHORT_COMMENTS, LONG_COMMENT]
    for number, (handle, comment) in enumerate(zip(handles, comments)):
        thread += [str(number % 3), "0", "Flag as Offensive", f"{handle} on Nov 13, {number + 4}:29 PM said:",
                   comment, "Reply"]
    (article,) = read_source(write(tmp_path, "thread.txt", _page(*thread)))
    assert article.title == HEADLINE
    assert article.byline == "Harriet Lindqvist"
    assert article.paragraphs == BODY


def test_comments_under_a_says_line_and_the_time_below_it_are_no_part_of_the_body(tmp_path: Path) -> None:
    # "Jane Doe says:" over "November 13, 2026 at 4:29 pm", the comment, "Reply".
    thread = ["3 thoughts on this story"]
    names = ["Agnes Pike", "Tom Roe", "Bruno Salt"]
    for number, (name, comment) in enumerate(zip(names, [SHORT_COMMENTS[1], LONG_COMMENT, SHORT_COMMENTS[2]])):
        thread += [f"{name} says:", f"November 13, 2026 at {number + 4}:29 pm", comment, "Reply"]
    (article,) = read_source(write(tmp_path, "says.txt", _page(*thread)))
    assert article.paragraphs == BODY
    assert article.title == HEADLINE


def test_comments_each_under_a_name_with_the_sites_word_after_it_are_no_part_of_the_body(tmp_path: Path) -> None:
    # "Jane Doe subscriber" before every comment: no time, no buttons, the same word after each name.
    thread = ["Post comment", "Newest | Oldest"]
    names = ["Agnes Pike", "Tom Roe", "BRUNO SALT"]
    for name, comment in zip(names, [SHORT_COMMENTS[1], LONG_COMMENT, SHORT_COMMENTS[2]]):
        thread += [f"{name} subscriber", comment]
    (article,) = read_source(write(tmp_path, "tagged.txt", _page(*thread)))
    assert article.paragraphs == BODY
    assert article.title == HEADLINE


def test_comments_each_under_a_handle_and_the_day_alone_are_no_part_of_the_body(tmp_path: Path) -> None:
    # "gullwatcher   Nov 13, 2026" then the comment's number: no time, no buttons, handles of any shape.
    thread = []
    handles = ["seawall", "Agnes Pike", "Tom @ Harbour Bakes", "north_pier", "Bruno"]
    comments = [LONG_COMMENT, *SHORT_COMMENTS, LONG_COMMENT]
    for number, (handle, comment) in enumerate(zip(handles, comments)):
        thread += [f"{handle}   Nov 13, 2026", str(number + 1), comment]
    (article,) = read_source(write(tmp_path, "days.txt", _page(*thread)))
    assert article.paragraphs == BODY


def test_names_over_the_day_a_row_each_in_the_article_are_kept(tmp_path: Path) -> None:
    # A table of turbines and the days they came online, a row each, is the article's.
    rows = ["Hornsea Three Nov 3, 2026", "Dogger Bank C Nov 6, 2026", "Sofia North Nov 9, 2026",
            "Berwick Bank Nov 12, 2026"]
    body = ["The farms that came online this month, and when:", *rows, *BODY[1:]]
    (article,) = read_source(write(tmp_path, "rows.txt", _article_of(BODY[0], *body)))
    assert [p for p in article.paragraphs if p in rows] == rows


def test_posts_the_article_embeds_each_signed_with_the_day_are_kept(tmp_path: Path) -> None:
    # "— Jane Doe (@jdoe) November 13, 2026" under each post: the article quotes them, no reader comments.
    posts = [
        "The lights went out across the whole terminal just as we were about to board the ferry tonight.",
        "Three hours on the quay now and nobody from the harbour office has told us anything at all.",
        "Finally moving again, the generators are back on and the first boat is leaving the pier.",
        "Huge thanks to the crew who handed out blankets and tea to everyone stuck on the quay.",
    ]
    body = [BODY[0]]
    for number, post in enumerate(posts):
        body += [post, f"— Quay Watcher {number} (@quaywatch{number}) November 13, 2026"]
    body += BODY[1:]
    (article,) = read_source(write(tmp_path, "posts.txt", _article_of(*body)))
    assert [p for p in article.paragraphs if p in posts] == posts


def test_people_quoted_under_their_names_in_the_article_are_kept(tmp_path: Path) -> None:
    # A street survey: "Jane Doe, 41, says:" over each answer, no time and no buttons, is the article.
    answers = [
        "I think the turbines look fine from the beach and I would rather have them than another gas plant "
        "on the edge of the town, which is what they wanted to build here when I was young.",
        "My husband works on the boats that take the crews out to the farms, so for us it has meant a steady "
        "job for the first time in years, and the harbour is busier than it has been since the fishing went.",
        "Nobody asked us before they built them, and the lights at night keep me awake in the summer when I "
        "leave the window open, but I accept that the power has to come from somewhere.",
    ]
    body = ["We asked people on the seafront in Whitley Bay what they make of the farms off the coast."]
    for name, answer in zip(["Agnes Pike, 41, says:", "Mary Roe, 56, says:", "Bruno Salt, 73, says:"], answers):
        body += [name, answer]
    (article,) = read_source(write(tmp_path, "survey.txt", _article_of(*body)))
    assert article.paragraphs == body


def test_speakers_of_a_live_page_each_over_the_time_they_spoke_are_kept(tmp_path: Path) -> None:
    # A live page or a debate's transcript: "Jane Doe says:" over the time, what she said, and no
    # buttons around it; without a thread's "Reply" coming back it is the article.
    remarks = [
        "The cables will be laid before the end of next year, and we have the money for every mile of them "
        "set aside already, which is more than the last government could say.",
        "That is what they told us four years ago, and the village is still waiting for the first letter "
        "about the route, so forgive me if I do not believe a word of it tonight.",
        "We will publish the route in January and hold a meeting in every village it crosses before the "
        "spring, and the operator will pay for any damage to the lanes.",
    ]
    body = ["The minister and the council's leader met in the town hall on Thursday evening."]
    for number, (name, remark) in enumerate(zip(["Ruth Calder says:", "Owen Price says:", "Ruth Calder says:"],
                                                remarks)):
        body += [name, f"7:{number + 1}5 pm", remark]
    (article,) = read_source(write(tmp_path, "live.txt", _article_of(*body)))
    assert [p for p in article.paragraphs if p in remarks] == remarks


def _blog_post(*tail: str) -> str:
    # A blog's name and description, the day, the post's title, the post, its signature, then `tail`.
    return "\n".join(["The Harbour Notebook", "Where I unload my thoughts on ferries, tides and the council.",
                      "Friday, November 13, 2026", HEADLINE, *BODY, "Posted by Harriet Lindqvist at 9:41 AM",
                      *tail, "Newer Post Older Post Home"]) + "\n"


def test_a_blogs_comments_each_under_the_last_ones_time_are_no_part_of_the_body(tmp_path: Path) -> None:
    # "Anonymous said...", the comment, then its time, over the next commenter: however long they run.
    thread = ["4 comments:"]
    for number, (name, comment) in enumerate(zip(["Anonymous", "Tom Roe", "Anonymous", "gullwatcher"],
                                                 [LONG_COMMENT, *SHORT_COMMENTS])):
        thread += [f"{name} said...", comment, f"November 13, 2026 {number + 1}:29 PM"]
    (article,) = read_source(write(tmp_path, "blog.txt", _blog_post(*thread)))
    assert (article.title, article.byline) == (HEADLINE, "Harriet Lindqvist")
    assert article.paragraphs == BODY



def test_speakers_of_a_live_page_each_under_the_time_they_spoke_are_no_thread() -> None:
    # "7:15 pm" over "Ruth Calder said:": a live page stamps its entries so; only a blog's "said..." is a thread's.
    remarks = ["The cables will be laid before the end of next year, and we have set the money aside already.",
               "That is what they told us four years ago, and the village is still waiting for the first letter.",
               "We will publish the route in January and hold a meeting in every village it crosses."]
    lines = []
    for number, (name, remark) in enumerate(zip(["Ruth Calder", "Owen Price", "Ruth Calder"], remarks)):
        lines += [f"7:{number + 1}5 pm", f"{name} said:", remark]
    units = [Unit(line) for line in lines]
    assert comment_threads(units, measure(units)) == set()


def test_a_live_pages_reactions_each_under_its_time_are_kept(tmp_path: Path) -> None:
    # "2:10 PM" over "Opposition leader Tom Roe said..." and what he said: no count of comments opens them.
    quotes = ["The wall should have been rebuilt ten years ago, and every winter we waited cost the town more.",
              "We will hold the council to its word on the timetable, and we will be at every meeting until it is done.",
              "The harbour will stay open to the fishing fleet for as long as the works go on, the board promised.",
              "Residents on the front want to know who pays for the damage the last storm did to their homes."]
    body = ["The council voted on Thursday evening to rebuild the harbour wall in full, ending two years of delay."]
    speakers = ["Opposition leader Tom Roe", "Ruth Calder", "The harbourmaster", "Residents' group chair Owen Price"]
    for number, (speaker, quote) in enumerate(zip(speakers, quotes)):
        body += [f"{number + 2}:10 PM", f"{speaker} said...", quote]
    text = "\n\n".join([MENU, HEADLINE, "By Harriet Lindqvist", "13 November 2026", *body]) + "\n"
    (article,) = read_source(write(tmp_path, "reactions.txt", text))
    assert all(quote in article.paragraphs for quote in quotes)


def test_a_readers_signed_and_dated_comment_under_a_short_post_neither_signs_nor_dates_it(tmp_path: Path) -> None:
    # A company's blog: the writer over her office under the headline, no date, four paragraphs, then one
    # reader's comment under its name and date.
    text = "\n".join([
        *MENU.splitlines(), HEADLINE, "Priya Raman", "Senior Research Scientist", "", "\n\n".join(BODY), "",
        "Join the discussion", "Comments ( 1 )", "Tom Roe Saturday, November 14, 2026",
        "Nice post, Priya. Will the cables really take that long?",
    ]) + "\n"
    (article,) = read_source(write(tmp_path, "blog.txt", text))
    assert (article.title, article.byline, article.published) == (HEADLINE, "Priya Raman", None)
    assert article.paragraphs == BODY

