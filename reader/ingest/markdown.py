"""Markdown articles: front matter for metadata, the body as plain paragraphs."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from lxml import etree
from markdown_it import MarkdownIt
from markdown_it.token import Token

from reader.ingest.byline import byline_name
from reader.ingest.dates import find_date
from reader.ingest.front_matter import split_front_matter
from reader.ingest.origin import Origin
from reader.ingest.parsed import ParsedArticle
from reader.ingest.sources import is_url

CHUNK_CHARS = 64 * 1024  # ~26 MB of markdown-it tokens at worst
# markdown-it drops what is nested deeper than its limit (and recurses per level): quote
# and list markers past the tenth at the start of a line are dropped instead.
_MAX_NESTING = 40
_CONTAINER = r"[ \t]*(?:>|[-*+][ \t]|\d{1,9}[.)][ \t])"
_DEEP_NESTING = re.compile(f"^((?:{_CONTAINER}){{10}})(?:{_CONTAINER})+", re.M)
# Raw <script> and <style> elements hold code, never article text: dropped with their content.
_HIDDEN_TAGS = ("script", "style")
_HIDDEN_OPEN = re.compile(r"<(script|style)\b", re.I)
_HIDDEN_CLOSE = re.compile(r"</(script|style)\s*>", re.I)


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
    """The body's paragraphs, headings, list items and table rows as plain text, plus
    image alt texts.

    markdown-it-py parses in time linear in the input (regexes over inline markup were
    quadratic on repeated "*a ", "[", "<!--" and the like). Its tokens take ~400 bytes a
    character of markup, so a long body is parsed a chunk at a time.
    """
    blocks: list[Block] = []
    captions: list[str] = []
    references: dict = {}  # link reference definitions, seen by the chunks after them
    for chunk in _chunks(_DEEP_NESTING.sub(r"\1", body)):
        _read_tokens(_parser().parse(chunk, references), blocks, captions)
    return blocks, captions


def _chunks(body: str) -> Iterator[str]:
    """`body` in pieces of about CHUNK_CHARS, cut at a blank line, else a line end, else a
    space in the piece's second half (so only documents of many pages are ever cut); a
    piece with none there runs on to the next space or line end (a very long word stays
    whole), up to four times as long."""
    start = 0
    while len(body) - start > CHUNK_CHARS:
        limit, half = start + CHUNK_CHARS, start + CHUNK_CHARS // 2
        cut = next((at + len(mark) for mark in ("\n\n", "\n", " ") if (at := body.rfind(mark, half, limit)) != -1),
                   None)
        if cut is None:
            ends = [at + 1 for mark in ("\n", " ") if (at := body.find(mark, limit, limit + 3 * CHUNK_CHARS)) != -1]
            cut = min(ends, default=limit + 3 * CHUNK_CHARS)
        yield body[start:cut]
        start = cut
    yield body[start:]


def _read_tokens(tokens: list[Token], blocks: list[Block], captions: list[str]) -> None:
    heading = 0
    cells: list[str] | None = None  # inside a table row: its cells so far
    for token in tokens:
        kind = token.type
        if kind == "heading_open":
            heading = int(token.tag[1])
        elif kind == "heading_close":
            heading = 0
        elif kind == "tr_open":
            cells = []
        elif kind == "inline":
            text = inline_text(token.children or [], captions)
            if cells is not None:
                cells.append(text)
            elif text:
                blocks.append(Block(text, heading))
        elif kind == "tr_close" and cells is not None:
            row = " | ".join(cell for cell in cells if cell)
            if row:
                blocks.append(Block(row))
            cells = None
        elif kind in ("fence", "code_block"):  # code in an article is part of its text
            # ... but never a script's or a style's (an unclosed fence runs to the end)
            content = token.content
            text = _html_text(content) if "<" in content else " ".join(content.split())
            if text:
                blocks.append(Block(text))
        elif kind == "html_block":
            text = _html_text(token.content)
            if text:
                blocks.append(Block(text))


def inline_text(children: list[Token], captions: list[str] | None = None) -> str:
    """One inline run as plain text: links become their text, emphasis marks go, images
    become captions, inline HTML tags go (script and style with their content)."""
    parts: list[str] = []
    hidden = False
    for child in children:
        kind = child.type
        if kind == "html_inline":
            if _HIDDEN_OPEN.match(child.content):
                hidden = True
            elif _HIDDEN_CLOSE.match(child.content):
                hidden = False
        elif hidden:
            continue
        elif kind in ("text", "code_inline"):
            parts.append(child.content)
        elif kind in ("softbreak", "hardbreak"):
            parts.append(" ")
        elif kind == "image" and captions is not None:
            alt = " ".join(inline_text(child.children or []).split())
            if alt and alt not in captions:
                captions.append(alt)
    return " ".join("".join(parts).split())


def _html_text(html: str) -> str:
    """The text of a block of raw HTML, without its tags, comments, scripts and styles
    (lxml, linear in the input: html.parser is quadratic on repeated "<!--")."""
    root = etree.fromstring(html.encode("utf-8"), etree.HTMLParser(encoding="utf-8"))
    if root is None:
        return ""
    etree.strip_elements(root, *_HIDDEN_TAGS, etree.Comment, etree.ProcessingInstruction, with_tail=False)
    return " ".join("".join(root.itertext()).split())


@cache
def _parser() -> MarkdownIt:
    # CommonMark with GitHub's tables and strikethrough; no HTML is ever rendered.
    return MarkdownIt("commonmark", {"maxNesting": _MAX_NESTING}).enable(["table", "strikethrough"])
