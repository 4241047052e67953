"""Lists of feeds other readers export: OPML, and newsboat's `urls` file.

OPML: every <outline> with an xmlUrl is a feed; the folders (outlines around it) and its
`category` attribute become tags. newsboat: one address a line, then its tags, quoted when
they hold spaces; `~Title` names the feed, `!` hides it (ignored), `"query:..."` lines are
searches of newsboat's own and are left out.
"""

from __future__ import annotations

import re
import shlex
from dataclasses import dataclass, field
from xml.etree.ElementTree import Element

import defusedxml
import defusedxml.ElementTree

from reader.ingest.decode import decode_bytes
from reader.ingest.errors import ImportFailure
from reader.ingest.limits import MAX_INPUT_BYTES
from reader.ingest.sources import is_url
from reader.text import one_line

_OPML_ROOT = re.compile(r"\A(?:\s|<\?.*?\?>|<!--.*?-->)*<opml[\s>]", re.S | re.I)
_URL_LINE = re.compile(r"\s*https?://", re.I)
_NEWSBOAT_OTHER = re.compile(r'\s*(?:"query:|query:|"exec:|exec:|"filter:|filter:|#|$)')


@dataclass(slots=True)
class ListedFeed:
    """A feed as a list names it: its address, maybe a title, and the tags to give it."""

    url: str
    title: str | None = None
    tags: list[str] = field(default_factory=list)


def read_subscription_lists(
    sources: list[str],
) -> tuple[list[tuple[str, list[ListedFeed]]], list[str], list[ImportFailure]]:
    """The sources split: (each feed list with its feeds, the other sources, the lists that
    could not be read). Only files named one by one can be lists; folders hold articles."""
    import os

    lists, others, failures = [], [], []
    for source in sources:
        try:
            listed = read_subscription_list(source) if os.path.isfile(source) else None
        except ImportFailure as failure:
            failures.append(failure)
            continue
        if listed is None:
            others.append(source)
        else:
            lists.append((source, listed))
    return lists, others, failures


def read_subscription_list(path: str) -> list[ListedFeed] | None:
    """The feeds an OPML or newsboat `urls` file lists; None when the file is neither
    (it is then an article to import). ImportFailure for a list that cannot be read."""
    from reader.regular_file import NotReadable, read_regular_file

    try:
        data = read_regular_file(path, MAX_INPUT_BYTES)
    except (OSError, NotReadable):
        return None  # not readable as a list: the importer reports it as it does any file
    try:
        text = decode_bytes(data, path)
    except ImportFailure:
        return None
    if _OPML_ROOT.match(text.lstrip("\ufeff")):
        return _read_opml(text, path)
    lines = text.splitlines()
    if any(_URL_LINE.match(line) for line in lines) and all(
        _URL_LINE.match(line) or _NEWSBOAT_OTHER.match(line) for line in lines
    ):
        return _read_newsboat(lines)
    return None


def _read_opml(text: str, path: str) -> list[ListedFeed]:
    try:
        root = defusedxml.ElementTree.fromstring(text.encode("utf-8"))
    except defusedxml.DefusedXmlException:
        raise ImportFailure(path, "OPML file declares XML entities (refused for safety)") from None
    except defusedxml.ElementTree.ParseError as error:
        raise ImportFailure(path, f"not a well-formed OPML file ({one_line(str(error))[:80]})") from None
    body = root.find("body")
    feeds: list[ListedFeed] = []
    # A loop, not recursion: outlines nested thousands deep are still read.
    pending: list[tuple[Element, list[str]]] = [(o, []) for o in reversed(list(body) if body is not None else [])]
    while pending:
        outline, folders = pending.pop()
        if outline.tag != "outline":
            continue
        title = one_line(outline.get("title") or outline.get("text") or "") or None
        url = (outline.get("xmlUrl") or outline.get("xmlurl") or "").strip()
        if url:
            categories = [c.strip().strip("/") for c in (outline.get("category") or "").split(",")]
            tags = list(dict.fromkeys(t for t in [*folders, *categories] if t))
            if is_url(url):
                feeds.append(ListedFeed(url, title, tags))
        inner = [*folders, title] if title and not url else folders
        pending.extend((child, inner) for child in reversed(list(outline)))
    if not feeds:
        raise ImportFailure(path, "the OPML file lists no feed (no outline has an xmlUrl)")
    return feeds


def _read_newsboat(lines: list[str]) -> list[ListedFeed]:
    feeds = []
    for line in lines:
        if not _URL_LINE.match(line):
            continue
        try:
            words = shlex.split(line, comments=True)
        except ValueError:  # an unclosed quote: the address still counts
            words = line.split()[:1]
        url, tags, title = words[0], [], None
        for word in words[1:]:
            if word.startswith("~"):
                title = one_line(word[1:]) or None
            elif not word.startswith("!"):
                tags.append(one_line(word))
        if is_url(url):
            feeds.append(ListedFeed(url, title, [t for t in tags if t]))
    return feeds
