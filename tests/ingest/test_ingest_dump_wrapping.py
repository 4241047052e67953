"""Paragraphs as lynx wraps them: joined again where lynx broke a line, and nothing under them glued on."""

from __future__ import annotations

import textwrap
from pathlib import Path

from test_ingest_dump_headlines import lynx_page
from test_ingest_scraped_pages import BODY, HEADLINE, write

from reader.ingest import read_source

OPENING = ("Boatmen along the quay said the new terminal made it unimaginable that the works would finish "
           "before the winter storms.")


def test_a_line_lynx_broke_a_few_columns_short_joins_the_rest_of_its_sentence(tmp_path: Path) -> None:
    # "unimaginable" would have fitted on the line above, a few columns short of the width; lynx at times
    # breaks there all the same, and the sentence goes on in lower case.
    broken = ["   Boatmen along the quay said the new terminal made it",
              "   unimaginable that the works would finish before the winter storms."]
    page = lynx_page(HEADLINE, "", "   By Jane Doe", "", *broken, body=BODY)
    (article,) = read_source(write(tmp_path, "early.txt", page))
    assert article.paragraphs == [OPENING, *BODY]


def test_an_ads_label_under_a_paragraph_is_not_glued_to_it(tmp_path: Path) -> None:
    # lynx prints an advertisement's label on the line right under the paragraph, no blank line between.
    wrapped = ["   Boatmen along the quay said the new terminal made it unimaginable",
               "   that the works would finish before the winter storms. Few agreed."]
    page = lynx_page(HEADLINE, "", "   By Jane Doe", "", *wrapped, "   Advertisement", body=BODY)
    (article,) = read_source(write(tmp_path, "advert.txt", page))
    assert article.paragraphs == [f"{OPENING} Few agreed.", *BODY]


def test_a_newsletter_field_and_its_button_under_a_prompt_are_not_glued_to_it(tmp_path: Path) -> None:
    # lynx prints the sign-up form right under its prompt: the field as underscores, then the button's label.
    prompt = ("   We send the harbour's news to your inbox every weekday. Try our briefing,",
              "   The Tideline, and read the stories before anyone else does!")
    page = lynx_page(HEADLINE, "", "   By Jane Doe", "", body=BODY).replace(
        "   (c) 2026", "\n".join([*prompt, "   ____________________ Sign Up!", "", "   (c) 2026"]))
    (article,) = read_source(write(tmp_path, "field.txt", page))
    assert not any("Sign Up" in paragraph for paragraph in article.paragraphs)


def test_a_line_lynx_broke_before_a_numbered_link_joins_the_rest_of_its_paragraph(tmp_path: Path) -> None:
    # `lynx -dump` without -nolist numbers each link: "[41]Offshore" did not fit on the line above, "Offshore"
    # alone would have.
    wrapped = ["   Farmers on the proposed route will be asked first, and the",
               "   [41]Offshore Transmission Board will publish the final map in March."]
    page = lynx_page(HEADLINE, "", "   By Jane Doe", "", *wrapped, body=BODY)
    (article,) = read_source(write(tmp_path, "numbered.txt", page))
    assert article.paragraphs[0] == ("Farmers on the proposed route will be asked first, and the Offshore "
                                     "Transmission Board will publish the final map in March.")


def test_a_players_button_under_a_paragraph_starts_a_line_of_its_own(tmp_path: Path) -> None:
    # lynx prints an embedded video's button and title right under the paragraph, no blank line between: the title
    # is no part of the paragraph, and a title marked as a video is no paragraph either.
    second = textwrap.fill(BODY[1], 72, initial_indent="   ", subsequent_indent="   ")
    player = "   (BUTTON) Harbour pilots explain why the ferries stopped on the night of the storm – video"
    text = lynx_page(HEADLINE, "", "   By Harriet Lindqvist", "   13 November 2026", "", body=BODY).replace(
        second, f"{second}\n{player}")
    (article,) = read_source(write(tmp_path, "player.txt", text))
    assert article.paragraphs == BODY



def test_a_button_inside_a_wrapped_sentence_leaves_the_paragraph_whole(tmp_path: Path) -> None:
    # Under a line that ends no sentence, lynx's button mark is a control inline in the paragraph, which goes on.
    second = textwrap.fill(BODY[1], 72, initial_indent="   ", subsequent_indent="   ").split("\n")
    inline = "\n".join([second[0], "   (BUTTON) Listen " + second[1].lstrip(), *second[2:]])
    text = lynx_page(HEADLINE, "", "   By Harriet Lindqvist", "   13 November 2026", "", body=BODY).replace(
        "\n".join(second), inline)
    (article,) = read_source(write(tmp_path, "inline.txt", text))
    assert len(article.paragraphs) == len(BODY)
