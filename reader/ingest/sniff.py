"""Decide which parser reads a document: feed, html, markdown or plain text."""

from __future__ import annotations

import os
import re
from typing import Literal

Kind = Literal["feed", "html", "markdown", "text"]

# What may come before the root element of an XML document.
_PROLOG = re.compile(r"\A(?:\s|<\?.*?\?>|<!--.*?-->|<!DOCTYPE(?:[^\[>]|\[.*?\])*>)*", re.S | re.I)
_FEED_ROOT = re.compile(r"<(?:rss|feed|(?:[\w.-]+:)?RDF)[\s>/]", re.I)
# A DOCTYPE naming a feed root: a feed, even when its internal subset is too odd for _PROLOG.
_BEFORE_DOCTYPE = re.compile(r"\A(?:\s|<\?.*?\?>|<!--.*?-->)*", re.S)
_FEED_DOCTYPE = re.compile(r"<!DOCTYPE\s+(?:rss|feed|(?:[\w.-]+:)?RDF)[\s\[>]", re.I)
_HTML_ROOT = re.compile(r"<(?:!doctype\s+html|html)[\s>]", re.I)
_FRONT_MATTER = re.compile(r"\A---[ \t]*\n.*?\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)
_FIRST_LINE_HEADING = re.compile(r"\A\s*#{1,6} \S")

_EXTENSION_KIND: dict[str, Kind] = {
    ".md": "markdown", ".markdown": "markdown",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".xml": "feed", ".rss": "feed", ".atom": "feed", ".feed": "feed",
    ".txt": "text",
}


def sniff_kind(text: str, name: str | None = None, content_type: str | None = None) -> Kind:
    """The document's kind: its content first, then the content type, then the file name."""
    head = text[:65536].lstrip("\ufeff")
    prolog_end = _PROLOG.match(head)
    root = head[prolog_end.end() if prolog_end else 0 :]
    if _FEED_ROOT.match(root) or _FEED_DOCTYPE.match(head, _BEFORE_DOCTYPE.match(head).end()):
        return "feed"
    if _HTML_ROOT.match(root) or head.lstrip().lower().startswith("<!doctype html"):
        return "html"
    declared = _kind_of_content_type(content_type) or _kind_of_name(name)
    if declared in ("html", "feed") and root.startswith("<"):
        return declared
    if declared == "markdown" or _FRONT_MATTER.match(head) or _FIRST_LINE_HEADING.match(head):
        return "markdown"
    return "text"


def _kind_of_content_type(content_type: str | None) -> Kind | None:
    mime = (content_type or "").split(";")[0].strip().lower()
    if mime in ("text/html", "application/xhtml+xml"):
        return "html"
    if mime.endswith(("/rss+xml", "/atom+xml", "/rdf+xml", "/xml")):
        return "feed"
    if mime in ("text/markdown", "text/x-markdown"):
        return "markdown"
    return None


def _kind_of_name(name: str | None) -> Kind | None:
    if not name:
        return None
    return _EXTENSION_KIND.get(os.path.splitext(name)[1].lower())
