"""The last step for every parser's output: one-line metadata, clean paragraphs, a title."""

from __future__ import annotations

from reader.ingest.errors import ImportFailure
from reader.ingest.parsed import ParsedArticle
from reader.text import one_line, strip_controls

# A soft hyphen only hints where a word may break: "Netan\u00adyahu" is "Netanyahu" to the
# entities, the alias folding and search, so it goes at import (offsets stay true to the
# stored text). Zero-width characters stay: they are shown as markers, never hidden.
_SOFT_HYPHEN = "\u00ad"
_TITLE_WORDS = 12
_TITLE_CHARS = 80


def tidy_articles(articles: list[ParsedArticle], source: str) -> list[ParsedArticle]:
    """Articles with sanitized fields; those without text are dropped, none left fails."""
    tidy = [article for article in map(_tidy, articles) if article.paragraphs]
    if not tidy:
        raise ImportFailure(source, "no article text found")
    return tidy


def _tidy(article: ParsedArticle) -> ParsedArticle:
    paragraphs = _blocks(article.paragraphs)
    title = one_line(article.title.replace(_SOFT_HYPHEN, "")) or _title_from(paragraphs)
    return ParsedArticle(
        key=one_line(article.key),
        title=title,
        paragraphs=paragraphs,
        captions=_blocks(article.captions),
        byline=_optional(article.byline),
        source=_optional(article.source),
        url=_optional(article.url),
        published=_optional(article.published),
    )


def _blocks(texts: list[str]) -> list[str]:
    cleaned = (" ".join(strip_controls(text).replace(_SOFT_HYPHEN, "").split()) for text in texts)
    return [text for text in cleaned if text]


def _optional(text: str | None) -> str | None:
    return one_line(text.replace(_SOFT_HYPHEN, "")) or None if text else None


def _title_from(paragraphs: list[str]) -> str:
    # An untitled article is named by its opening words, as a reader would.
    if not paragraphs:
        return ""
    words = paragraphs[0].split()
    title = " ".join(words[:_TITLE_WORDS])
    if len(title) > _TITLE_CHARS:
        title = title[:_TITLE_CHARS].rsplit(" ", 1)[0]
    return title + ("…" if title != paragraphs[0] else "")
