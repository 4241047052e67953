"""The importer: files, folders, feeds and URLs in; clean ParsedArticles out.

Pipeline: size check -> read bytes -> decode (and sanitize) -> sniff -> parse -> tidy.

Importing this package stays cheap: the parsers, feedparser, trafilatura and the
network code load when a source of their kind is read (importing a folder of .txt
files, as benchmarks/bench_import.py does, loads none of them).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from urllib.parse import urlsplit

from reader.ingest.errors import ImportFailure
from reader.ingest.limits import LIMIT_TEXT, MAX_INPUT_BYTES, MAX_MARKDOWN_CHARS, MAX_PAGE_CHARS, megabytes
from reader.ingest.parsed import ParsedArticle
from reader.ingest.sources import expand_source, expand_sources, is_url

__all__ = ["ImportFailure", "MAX_INPUT_BYTES", "ParsedArticle", "expand_source", "expand_sources", "read_source"]


def read_source(source: str) -> list[ParsedArticle]:
    """The articles in one file or URL; ImportFailure (and nothing else) when it cannot."""
    try:
        return _read(source)
    except ImportFailure:
        raise
    except OSError as error:
        reason = (error.strerror or type(error).__name__).lower()
        raise ImportFailure(source, f"could not read: {reason}") from error
    except Exception as error:  # a bug or a library surprise must still be one clean line
        detail = " ".join(str(error).split())[:100]
        reason = f"{type(error).__name__}: {detail}" if detail else type(error).__name__
        raise ImportFailure(source, f"could not read: {reason}") from error


def _read(source: str) -> list[ParsedArticle]:
    from reader.ingest.decode import decode_bytes
    from reader.ingest.origin import Origin
    from reader.ingest.sniff import sniff_kind
    from reader.ingest.tidy import tidy_articles

    if is_url(source):
        from reader.ingest.fetch import fetch

        fetched = fetch(source.strip())
        text = decode_bytes(fetched.data, source, declared=fetched.charset)
        kind = sniff_kind(text, urlsplit(fetched.final_url).path, fetched.content_type)
        origin = Origin(source=source, key=source.strip(), url=fetched.final_url)
    else:
        text = decode_bytes(_read_file(source), source)
        kind = sniff_kind(text, source)
        origin = Origin(source=source, key="file:" + os.path.abspath(source))
    _check_workload(kind, text, source)
    return tidy_articles(_parser(kind)(text, origin), source)


def _check_workload(kind: str, text: str, source: str) -> None:
    """Refuse what would take minutes to parse, before parsing it."""
    if kind == "html" and len(text) > MAX_PAGE_CHARS:
        raise ImportFailure(source, f"web page too large to extract ({megabytes(len(text))} of text; "
                                    f"limit {megabytes(MAX_PAGE_CHARS)})")
    if kind == "markdown" and len(text) > MAX_MARKDOWN_CHARS:
        raise ImportFailure(source, f"Markdown file too large to parse ({megabytes(len(text))} of text; "
                                    f"limit {megabytes(MAX_MARKDOWN_CHARS)})")


def _parser(kind: str) -> Callable[..., list[ParsedArticle]]:
    if kind == "feed":
        from reader.ingest.feed import parse_feed

        return parse_feed
    if kind == "html":
        from reader.ingest.html import parse_html

        return parse_html
    if kind == "markdown":
        from reader.ingest.markdown import parse_markdown

        return parse_markdown
    from reader.ingest.plain_text import parse_plain_text

    return parse_plain_text


def _read_file(path: str) -> bytes:
    from reader.regular_file import NotReadable, read_regular_file

    try:
        return read_regular_file(path, MAX_INPUT_BYTES)
    except FileNotFoundError:
        raise ImportFailure(path, "no such file or folder") from None
    except NotReadable as refused:
        if refused.reason == "is a folder":
            raise ImportFailure(path, "is a folder (expand it with expand_sources)") from None
        if refused.reason != "too large":
            raise ImportFailure(path, refused.reason) from None
        if refused.size is None:
            raise ImportFailure(path, f"file too large (over {LIMIT_TEXT})") from None
        raise ImportFailure(path, f"file too large ({megabytes(refused.size)}; limit {LIMIT_TEXT})") from None
