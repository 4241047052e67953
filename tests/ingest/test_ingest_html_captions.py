"""An HTML page's figure captions: stored once, apart from the text, and only when they describe a picture."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.ingest import read_source
from test_ingest_html_titles import BODY, HEADLINE

# The opening of the text's first paragraph.
LEDE = "Offshore wind farms in the North Sea produced more electricity than the country's gas plants"


def page(figcaption: str) -> str:
    return (f"<html><head><title>{HEADLINE}</title></head><body><article><h1>{HEADLINE}</h1>"
            f"<figure><img src='blade.jpg' alt=''><figcaption>{figcaption}</figcaption></figure>"
            f"{BODY}</article></body></html>")


@pytest.mark.parametrize("figcaption", [
    "Northline",  # the credit alone
    "Getty Images",
    LEDE,  # the text's own opening printed under the lead picture
])
def test_a_credit_alone_or_the_lede_is_no_caption(tmp_path: Path, figcaption: str) -> None:
    path = tmp_path / "wind.html"
    path.write_text(page(figcaption), encoding="utf-8")
    (article,) = read_source(str(path))
    assert article.captions == []
    assert sum(LEDE in p for p in article.paragraphs) == 1


def test_a_caption_that_describes_the_picture_is_kept(tmp_path: Path) -> None:
    caption = "A turbine blade is lifted onto a barge at the quay in Blyth. (Northline/Jane Morrow)"
    path = tmp_path / "wind.html"
    path.write_text(page(caption), encoding="utf-8")
    (article,) = read_source(str(path))
    assert article.captions == [caption]


def test_a_gallerys_button_in_its_caption_and_its_text_is_neither_caption_nor_paragraph(tmp_path: Path) -> None:
    button = "Slideshow ( 3 images )"
    path = tmp_path / "wind.html"
    path.write_text(page(button).replace("</figure>", f"</figure><p>{button}</p>"), encoding="utf-8")
    (article,) = read_source(str(path))
    assert article.captions == []
    assert button not in article.paragraphs


@pytest.mark.parametrize("caption", ["Tom Varga ©Jo Park", "Before · During · After", "Photo: Tom Varga's boat"])
def test_a_short_caption_that_reads_like_a_menu_or_a_notice_stays_a_caption(tmp_path: Path, caption: str) -> None:
    path = tmp_path / "wind.html"
    path.write_text(page(caption), encoding="utf-8")
    (article,) = read_source(str(path))
    assert article.captions == [caption]
