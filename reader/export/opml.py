"""Subscriptions as OPML 2.0, the list every feed reader imports; tags become categories."""

from __future__ import annotations

from typing import TYPE_CHECKING
from xml.etree.ElementTree import Element, SubElement, indent, tostring

if TYPE_CHECKING:
    from reader.store.subscriptions import Feed


def opml_document(feeds: list[Feed]) -> str:
    root = Element("opml", version="2.0")
    SubElement(SubElement(root, "head"), "title").text = "reader subscriptions"
    body = SubElement(root, "body")
    for feed in feeds:
        outline = SubElement(body, "outline", type="rss", text=feed.name, xmlUrl=feed.url)
        if feed.title:
            outline.set("title", feed.title)
        if feed.link:
            outline.set("htmlUrl", feed.link)
        if feed.tags:
            outline.set("category", ",".join(feed.tags))
    indent(root)
    return '<?xml version="1.0" encoding="utf-8"?>\n' + tostring(root, encoding="unicode")
