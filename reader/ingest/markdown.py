"""Markdown articles: front matter for metadata, the body as plain paragraphs."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

from reader.ingest.byline import byline_name
from reader.ingest.dates import find_date
from reader.ingest.front_matter import split_front_matter
from reader.ingest.origin import Origin
from reader.ingest.parsed import ParsedArticle
from reader.ingest.sources import is_url

_ATX_HEADING = re.compile(r"^(?P<level>#{1,6})(?:[ \t]+(?P<text>.*?))?(?:[ \t]+#+)?[ \t]*$")
_SETEXT_UNDERLINE = re.compile(r"^(?:=+|-+)[ \t]*$")
_THEMATIC_BREAK = re.compile(r"^(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$")
_FENCE = re.compile(r"^(?:```|~~~)")
_LIST_ITEM = re.compile(r"^(?:[-*+]|\d{1,9}[.)])[ \t]+")
_BLOCKQUOTE = re.compile(r"^(?:>[ \t]?)+")
_LINK_DEFINITION = re.compile(r"^\[[^\]]+\]:\s*\S+")
_TABLE_SEPARATOR = re.compile(r"^\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?$")
_IMAGE = re.compile(r"!\[(?P<alt>[^\]]*)\]\([^)]*\)|!\[(?P<ref_alt>[^\]]*)\]\[[^\]]*\]")
_LINK = re.compile(r"\[(?P<text>[^\]]*)\](?:\([^)]*\)|\[[^\]]*\])")
_AUTOLINK = re.compile(r"<(?P<url>(?:https?|mailto):[^>\s]+)>")
_HTML_TAG = re.compile(r"</?[A-Za-z][^>]*>|<!--.*?-->")
# Raw <script> and <style> elements hold code, never article text: dropped with their
# content. Code spans are matched first only to be kept as they are ("`<script>` tag").
_HIDDEN_HTML = re.compile(r"(?P<code>`+[^`]+`+)|<(?P<tag>script|style)\b[^>]*>.*?</(?P=tag)\s*>", re.I | re.S)
_CODE_SPAN = re.compile(r"`+(?P<code>[^`]+)`+")
_EMPHASIS = re.compile(
    r"(?P<mark>\*\*\*|\*\*|\*|~~)(?=\S)(?P<text>.+?)(?<=\S)(?P=mark)"
    r"|(?<!\w)(?P<umark>___|__|_)(?=\S)(?P<utext>.+?)(?<=\S)(?P=umark)(?!\w)"
)
_ESCAPE = re.compile(r"\\(?P<char>[\\`*_{}\[\]()#+\-.!>~|])")


@dataclass(slots=True)
class Block:
    """A paragraph of the body; `heading` is its level (1-6) when it was a heading."""

    text: str
    heading: int = 0


def parse_markdown(text: str, origin: Origin) -> list[ParsedArticle]:
    """One article from a Markdown file."""
    fields, body = split_front_matter(text)
    blocks, captions = markdown_blocks(body)
    first_h1 = next((block for block in blocks if block.heading == 1), None)
    title = fields.get("title") or (first_h1.text if first_h1 else "")
    if first_h1 is not None and first_h1.text == title:
        blocks.remove(first_h1)  # the headline is the title, not a paragraph
    byline = fields.get("author") or fields.get("authors") or fields.get("byline")
    # A "By Jane Doe, Washington" line under the headline is metadata, not a paragraph.
    if blocks and not blocks[0].heading and (name := byline_name(blocks[0].text)):
        byline = byline or name
        blocks.pop(0)
    url = fields.get("url") or fields.get("link") or fields.get("canonical")
    url = url if url and is_url(url) else origin.url
    date = fields.get("date") or fields.get("published")
    return [
        ParsedArticle(
            key=url or origin.key,
            title=title,
            paragraphs=[block.text for block in blocks],
            captions=captions,
            byline=byline,
            source=fields.get("source") or fields.get("publication") or fields.get("site"),
            url=url,
            published=find_date(date) if date else None,
        )
    ]


def markdown_blocks(body: str) -> tuple[list[Block], list[str]]:
    """The body's paragraphs, headings and list items as plain text, plus image alt texts."""
    blocks: list[Block] = []
    captions: list[str] = []
    lines: list[str] = []

    def flush(heading: int = 0) -> None:
        text = inline_text(" ".join(lines), captions)
        if text:
            blocks.append(Block(text, heading))
        lines.clear()

    fence: str | None = None
    for raw in body.split("\n"):
        if fence is not None:  # inside a code block: keep the text, it is part of the article
            if raw.strip().startswith(fence):
                fence = None
                flush()
            else:
                lines.append(raw.strip())
            continue
        line = _BLOCKQUOTE.sub("", raw.strip()).strip()
        if _FENCE.match(line):
            flush()
            fence = line[:3]
        elif not line or _LINK_DEFINITION.match(line) or _TABLE_SEPARATOR.match(line):
            flush()
        elif heading := _ATX_HEADING.match(line):
            flush()
            lines.append(heading["text"] or "")
            flush(len(heading["level"]))
        elif _SETEXT_UNDERLINE.match(line) and len(lines) == 1:
            flush(1 if line.startswith("=") else 2)
        elif _THEMATIC_BREAK.match(line):
            flush()
        elif item := _LIST_ITEM.match(line):
            flush()
            lines.append(line[item.end() :])
        else:
            lines.append(line.strip("|").strip() if line.startswith("|") else line)  # table row
    flush()
    return blocks, captions


def inline_text(text: str, captions: list[str] | None = None) -> str:
    """Markdown inline markup removed: links become their text, emphasis marks go."""
    if captions is not None:
        for image in _IMAGE.finditer(text):
            alt = " ".join((image["alt"] or image["ref_alt"] or "").split())
            if alt and alt not in captions:
                captions.append(alt)
    text = _IMAGE.sub("", text)
    text = _HIDDEN_HTML.sub(lambda m: m["code"] or "", text)
    text = _CODE_SPAN.sub(lambda m: m["code"], text)
    text = _AUTOLINK.sub(lambda m: m["url"], text)
    text = _LINK.sub(lambda m: m["text"], text)
    text = _HTML_TAG.sub("", text)
    previous = None
    while previous != text:  # nested emphasis ("**bold _and_ italic**") needs more passes
        previous = text
        text = _EMPHASIS.sub(lambda m: m["text"] or m["utext"], text)
    text = _ESCAPE.sub(lambda m: m["char"], text)
    # Markdown allows HTML entities ("&amp;"); they stand for characters.
    return " ".join(html.unescape(text).split())
