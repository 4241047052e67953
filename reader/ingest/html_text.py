"""The one small HTML-to-paragraphs helper, for feed content and page captions."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import lxml.etree
import lxml.html

# Elements that end a paragraph; their text starts a new one.
_BLOCK = frozenset(
    "address article aside blockquote dd div dl dt figure footer h1 h2 h3 h4 h5 h6 header "
    "hr li main ol p pre section table tbody thead tfoot tr ul".split()
)
# Elements whose content is never article text.
_SKIP = frozenset(
    "button embed form head iframe input math noscript object script select style svg "
    "template textarea title".split()
)
_CELL = frozenset({"td", "th"})
_BLANK_LINES = re.compile(r"\n\s*\n")


@dataclass(slots=True)
class HtmlText:
    """Paragraphs of an HTML fragment, with its figure captions kept apart."""

    paragraphs: list[str] = field(default_factory=list)
    captions: list[str] = field(default_factory=list)


def html_to_text(fragment: str) -> HtmlText:
    """Paragraphs and captions of an HTML fragment or page; markup is dropped, never kept."""
    if not fragment.strip():
        return HtmlText()
    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except (lxml.etree.ParserError, ValueError):
        return HtmlText()
    return element_text(root)


def element_text(root: lxml.etree._Element) -> HtmlText:
    """Paragraphs and captions of a parsed element, as html_to_text gives them."""
    result = HtmlText()
    buffer: list[str] = [root.text or ""]
    _walk(root, buffer, result)
    _flush(buffer, result.paragraphs)
    return result


def html_to_line(fragment: str) -> str:
    """An HTML snippet (a title, say) as one line of text."""
    return " ".join(" ".join(html_to_text(fragment).paragraphs).split())


def visible_text(element: lxml.etree._Element) -> str:
    """An element's text as one line, without what scripts, styles and the like hold.

    (itertext() would keep the code of a <script> inside a <figcaption>.)
    """
    return " ".join(" ".join(_visible_parts(element, [])).split())


def _visible_parts(element: lxml.etree._Element, parts: list[str]) -> list[str]:
    if element.text:
        parts.append(element.text)
    for child in element:
        tag = child.tag.lower() if isinstance(child.tag, str) else ""
        if tag and tag not in _SKIP:  # comments and processing instructions have no text
            _visible_parts(child, parts)
        if child.tail:
            parts.append(child.tail)
    return parts


def _walk(element: lxml.etree._Element, buffer: list[str], result: HtmlText) -> None:
    for child in element:
        tag = child.tag.lower() if isinstance(child.tag, str) else ""
        if tag == "figcaption":
            caption = visible_text(child)
            if caption and caption not in result.captions:
                result.captions.append(caption)
        elif tag == "br":
            buffer.append("\n")
        elif tag in _BLOCK:
            _flush(buffer, result.paragraphs)
            if child.text:
                buffer.append(child.text)
            _walk(child, buffer, result)
            _flush(buffer, result.paragraphs)
        elif tag and tag not in _SKIP:  # inline element (comments have no string tag)
            if tag in _CELL:
                buffer.append(" ")
            if child.text:
                buffer.append(child.text)
            _walk(child, buffer, result)
        if child.tail:
            buffer.append(child.tail)


def _flush(buffer: list[str], paragraphs: list[str]) -> None:
    # Two <br> in a row separate paragraphs in many feeds; one is just a line break.
    for chunk in _BLANK_LINES.split("".join(buffer)):
        text = " ".join(chunk.split())
        if text:
            paragraphs.append(text)
    buffer.clear()
