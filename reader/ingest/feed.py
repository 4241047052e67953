"""RSS 0.9x/1.0/2.0 and Atom feeds: one article per item."""

from __future__ import annotations

import datetime as dt
import re
import time
from dataclasses import dataclass
from typing import Any

import defusedxml
import defusedxml.ElementTree
import feedparser
from feedparser.namespaces._base import Namespace as _ItemHandlers

from reader.ingest.errors import ImportFailure
from reader.ingest.limits import MAX_FEED_ITEMS
from reader.ingest.html_text import HtmlText, html_to_line, html_to_text
from reader.ingest.origin import Origin
from reader.ingest.parsed import ParsedArticle
from reader.ingest.sources import is_url

ENTITIES_REFUSED = "feed declares XML entities (refused for safety)"
# A DOCTYPE and an entity declaration, wherever they appear (searched apart: linear time).
_DOCTYPE = re.compile(r"<!DOCTYPE", re.I)
_ENTITY = re.compile(r"<!ENTITY", re.I)
_XML_DECLARATION = re.compile(r"\A(\s*<\?xml[^>]*?\bencoding\s*=\s*)([\"'])[^\"']*\2")
_BLANK_LINES = re.compile(r"\n\s*\n")
# "desk@example.com (Jane Doe)" or "Jane Doe <desk@example.com>". The address splits at its first
# "@" after the first character: tried at every "@", a run of them took seconds.
_EMAIL_AND_NAME = re.compile(
    r"^\S[^\s@]*@\S+\s*\((?P<name>[^)]+)\)$|^(?P<name2>[^<@]+?)\s*<\S[^\s@]*@\S+>$"
)


class _TooManyItems(Exception):
    """Raised from inside feedparser when it starts one item more than the limit."""


def _limited(unlimited):
    """feedparser's one "an item starts here" handler (for <item> and <entry> under every
    spelling and namespace prefix it understands), counting: the parse stops at the first
    item past the limit, so a feed of 60,000 items costs what one of 2,000 does."""

    def start_item(self, attrs_d):
        if len(self.entries) >= MAX_FEED_ITEMS:
            raise _TooManyItems
        return unlimited(self, attrs_d)

    return start_item


_ItemHandlers._start_item = _ItemHandlers._start_entry = _limited(_ItemHandlers._start_item)


class _Discard:
    """An XML parser target that builds nothing: the check only needs the events."""

    def close(self) -> None:
        return None


@dataclass(slots=True)
class FeedContents:
    """A feed's own title and site link, and its items with text, in the feed's order."""

    title: str | None
    link: str | None
    articles: list[ParsedArticle]


def parse_feed(text: str, origin: Origin) -> list[ParsedArticle]:
    """One article per feed item that carries some text."""
    contents = read_feed(text, origin)
    if not contents.articles:
        raise ImportFailure(origin.source, "feed items have no text")
    return contents.articles


def read_feed(text: str, origin: Origin, *, empty_ok: bool = False) -> FeedContents:
    """The feed's title, link and articles; with `empty_ok` a feed without items is no error
    (a subscribed feed may be empty for a while)."""
    data = _as_utf8_bytes(text)
    refuse_entities(data, origin.source)
    # Bytes, never str: feedparser would take a str for a file name or URL to open.
    try:
        parsed = feedparser.parse(
            data,
            response_headers={"content-type": "application/xml; charset=utf-8"},
            resolve_relative_uris=False,
        )
    except _TooManyItems:
        raise ImportFailure(origin.source, f"feed too long (over the limit of {MAX_FEED_ITEMS:,} items)") from None
    entries = parsed.entries
    if not entries and not empty_ok:
        raise ImportFailure(origin.source, "feed has no items")
    feed_title = html_to_line(parsed.feed.get("title", "")) or None
    articles = [
        article
        for index, entry in enumerate(entries)
        if (article := _article(entry, index, feed_title, origin)).paragraphs
    ]
    link = parsed.feed.get("link") or ""
    return FeedContents(feed_title, link if is_url(link) else None, articles)


def refuse_entities(data: bytes, source: str) -> None:
    """Raise ImportFailure when the document declares entities (billion laughs, XXE)."""
    parser = defusedxml.ElementTree.DefusedXMLParser(
        target=_Discard(), forbid_dtd=False, forbid_entities=True, forbid_external=True
    )
    try:
        parser.feed(data)
        parser.close()
    except defusedxml.DefusedXmlException:
        raise ImportFailure(source, ENTITIES_REFUSED) from None
    except defusedxml.ElementTree.ParseError:
        # Not well-formed, so the parser may have stopped early; feedparser's lenient
        # parser will still read it, so look for entity declarations by pattern. Any
        # "<!ENTITY" beside a DOCTYPE counts: a "]" quoted in an earlier declaration, or a
        # broken XML declaration before it, must not hide one (feedparser expands it).
        text = data.decode("utf-8", errors="replace")
        if _DOCTYPE.search(text) and _ENTITY.search(text):
            raise ImportFailure(source, ENTITIES_REFUSED) from None


def _as_utf8_bytes(text: str) -> bytes:
    # The text is already decoded; its declaration must not make feedparser decode it again.
    return _XML_DECLARATION.sub(r"\g<1>\g<2>utf-8\g<2>", text, count=1).encode("utf-8")


def _article(entry: Any, index: int, feed_title: str | None, origin: Origin) -> ParsedArticle:
    body = _body(entry)
    link = entry.get("link") or ""
    url = link if is_url(link) else None
    guid = entry.get("id") or ""
    return ParsedArticle(
        key=url or guid or f"{origin.key}#{index}",
        title=_title(entry),
        paragraphs=body.paragraphs,
        captions=body.captions,
        byline=_author(entry),
        source=feed_title,
        url=url,
        published=_iso(entry.get("published_parsed") or entry.get("updated_parsed")),
    )


def _author(entry: Any) -> str | None:
    # RSS <author> is "email (Name)"; feedparser's split of it breaks on some domains.
    raw = " ".join(entry.get("author", "").split())
    if "@" in raw:
        named = _EMAIL_AND_NAME.match(raw)
        return (named["name"] or named["name2"]).strip() if named else None
    return raw or entry.get("author_detail", {}).get("name") or None


def _title(entry: Any) -> str:
    title = entry.get("title", "")
    kind = entry.get("title_detail", {}).get("type", "text/plain")
    return html_to_line(title) if "html" in kind else " ".join(title.split())


def _body(entry: Any) -> HtmlText:
    # Full content (content:encoded, Atom <content>) beats the summary when there is one.
    candidates = [(c.get("value", ""), c.get("type", "")) for c in entry.get("content", [])]
    if entry.get("summary"):
        candidates.append((entry["summary"], entry.get("summary_detail", {}).get("type", "")))
    for value, kind in sorted(candidates, key=lambda c: len(c[0]), reverse=True):
        body = _text(value, kind)
        if body.paragraphs:
            return body
    return HtmlText()


def _text(value: str, kind: str) -> HtmlText:
    if kind == "text/plain":
        return HtmlText(paragraphs=[" ".join(p.split()) for p in _BLANK_LINES.split(value)])
    return html_to_text(value)


def _iso(parsed: time.struct_time | None) -> str | None:
    # feedparser normalises every date it understands to UTC.
    if not parsed:
        return None
    try:
        return dt.datetime(*parsed[:6], tzinfo=dt.timezone.utc).isoformat()
    except (TypeError, ValueError):
        return None
