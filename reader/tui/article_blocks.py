"""An article as the blocks the view wraps and shows: header lines, passages, captions."""

from __future__ import annotations

from dataclasses import dataclass, field

from reader.model import Article, EntitySpan
from reader.tui.formatting import long_date, plural
from reader.tui.highlight import display_line


@dataclass(slots=True)
class Block:
    """One wrapped unit of the view: a header line, a paragraph or a caption."""

    kind: str  # title, byline, about, url, rule, paragraph, captions, caption
    text: str
    spans: list[EntitySpan] = field(default_factory=list)
    passage: int | None = None  # index among passages (paragraphs, then captions)
    gap_after: bool = True


def article_blocks(article: Article) -> list[Block]:
    blocks = [Block("title", display_line(article.title) or "(untitled)", gap_after=False)]
    if article.byline:
        blocks.append(Block("byline", display_line(article.byline), gap_after=False))
    words = sum(len(p.split()) for p in article.paragraphs)
    about = [display_line(article.source or ""), long_date(article.published), plural(words, "word")]
    blocks.append(Block("about", " · ".join(part for part in about if part), gap_after=False))
    if article.url:
        blocks.append(Block("url", display_line(article.url), gap_after=False))
    blocks.append(Block("rule", ""))
    passage = 0
    spans_by_paragraph: dict[int, list[EntitySpan]] = {}
    for span in article.entities:
        spans_by_paragraph.setdefault(span.paragraph, []).append(span)
    for index, paragraph in enumerate(article.paragraphs):
        blocks.append(Block("paragraph", paragraph, spans_by_paragraph.get(index, []), passage))
        passage += 1
    if article.captions:
        blocks.append(Block("captions", "Captions", gap_after=False))
        spans_by_caption: dict[int, list[EntitySpan]] = {}
        for span in article.caption_entities:
            spans_by_caption.setdefault(span.paragraph, []).append(span)
        for index, caption in enumerate(article.captions):
            blocks.append(Block("caption", caption, spans_by_caption.get(index, []), passage))
            passage += 1
    return blocks
