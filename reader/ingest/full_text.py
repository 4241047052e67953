"""Full text for feeds that carry only a summary: each item's page, read by the HTML path."""

from __future__ import annotations

from dataclasses import replace

from reader.ingest.parsed import ParsedArticle

# An item whose text is shorter than this is a summary (a teaser of a line or two).
SUMMARY_CHARS = 600
# A feed is taken as summary-only when this share of its linked items are summaries.
SUMMARY_SHARE = 0.8


def text_length(article: ParsedArticle) -> int:
    return sum(len(p) for p in article.paragraphs)


def looks_summary_only(articles: list[ParsedArticle]) -> bool:
    """The automatic guess: most items have a link and only a short text."""
    linked = [a for a in articles if a.url]
    if not linked or len(linked) < SUMMARY_SHARE * len(articles):
        return False
    short = sum(1 for a in linked if text_length(a) < SUMMARY_CHARS)
    return short >= SUMMARY_SHARE * len(linked)


def with_full_text(item: ParsedArticle) -> ParsedArticle:
    """The item with the text of its page (downloaded within the usual limits and extracted
    as any web page is); the item as it was when the page has no more text than it.
    ImportFailure when the page cannot be read."""
    from reader.ingest import read_source

    pages = read_source(item.url or "")
    page = max(pages, key=text_length)
    if text_length(page) <= text_length(item):
        return item
    return replace(
        item, paragraphs=page.paragraphs, captions=page.captions,
        byline=item.byline or page.byline, published=item.published or page.published,
    )
