"""HTML pages: trafilatura finds the article; we keep its paragraphs and metadata."""

from __future__ import annotations

import re
import unicodedata
import warnings
from itertools import accumulate
from typing import NamedTuple

import lxml.etree
import lxml.html
import trafilatura
from trafilatura.utils import load_html

from reader.ingest.byline import ROLE_WORDS, author_names, is_desk_job, reads_as_page_text
from reader.ingest.chrome import is_chrome, is_gallery_button
from reader.ingest.credits import credit_at_end, names_a_picture
from reader.ingest.errors import ImportFailure
from reader.ingest.headline import looks_like_title
from reader.ingest.html_text import element_text, visible_text
from reader.ingest.origin import Origin
from reader.ingest.parsed import ParsedArticle
from reader.ingest.plain_text import parse_plain_text
from reader.ingest.prose import stoplist, words_of
from reader.ingest.site_name import without_legal_form
from reader.ingest.sources import is_url

# lxml refuses str input that still carries an encoding declaration; the text is decoded.
_XML_DECLARATION = re.compile(r"\A\s*<\?xml[^>]*\?>")
# How much of a page's text is read for its printed byline: news pages show 5-50 KB.
_BYLINE_SCAN_CHARS = 200_000
# The separator between a page's title and the site's name: "Headline | Site", "Headline - Site".
_TITLE_PARTS = re.compile(r"((?<!\s)\s+[|\-–—·:]{1,2}\s+)")  # from a run's first space: no rescan of the run
# Elements of trafilatura's output tree that hold one paragraph each.
_BLOCKS = frozenset({"head", "p", "item", "quote", "code", "row"})
_JSON_LD = lxml.etree.XPath('//script[@type="application/ld+json"]')
# A site's name shorter than this is a word that starts names too ("Al", "Ed").
_MIN_SITE_LETTERS = 3
_MIN_SHORT_SITE_LETTERS = 2
_MAX_HEADLINE_WORDS = 30  # an <h1> longer than this holds more than the headline
_MAX_KICKER_WORDS = 5  # "Changing Channels: <headline>"
_ASIDES = frozenset({"aside", "nav", "footer"})  # what stands beside the article: other stories, menus
# Scripts and styles are code, never article text; JSON-LD stays (it is metadata).
_CODE = lxml.etree.XPath(
    '//script[not(@type="application/ld+json" or @type="application/settings+json")]|//style'
)


def parse_html(text: str, origin: Origin) -> list[ParsedArticle]:
    """One article from an HTML page."""
    page = _without_code(_XML_DECLARATION.sub("", text))
    # Read before trafilatura prunes the tree.
    headings, shown, declared = _headings(page), _shown_text(page), _declared_words(page)
    printed_headings = _heading_texts(page)
    with warnings.catch_warnings():
        # The date parser warns about the page's own metadata ("08:57:25 EST"): nothing to tell the reader.
        warnings.simplefilter("ignore")
        document = trafilatura.bare_extraction(
            page,
            url=origin.url,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            include_images=False,
            # Dates in the metadata and the usual formats only: the "extensive" search hands odd
            # strings ("2026-13-45T99:00") to dateparser, whose first call takes 10-20 s.
            date_extraction_params={"original_date": True, "extensive_search": False},
        )
    body = getattr(document, "body", None)
    paragraphs = _paragraphs(body) if body is not None else []
    if not paragraphs:
        raise ImportFailure(origin.source, "no article text found in the page")
    printed = _printed(shown, origin)
    title = _as_printed(_without_site_name((document.title or "").strip(), document.sitename or "", headings), headings)
    if printed is not None and not _printed_in(title, shown) and _words_only(printed.title) in printed_headings:
        title = printed.title  # the metadata's title is another story's, or the tab's: the page prints its own
    if paragraphs and paragraphs[0] == title:
        paragraphs.pop(0)  # trafilatura keeps the <h1> headline as the first block
    paragraphs = [p for p in paragraphs if not is_chrome(p)]  # "Share on Twitter", "Read more:"
    captions = _own_captions(_figure_captions(text), paragraphs)
    url = document.url if document.url and is_url(document.url) else origin.url
    return [
        ParsedArticle(
            key=url or origin.key,
            title=title,
            paragraphs=[p for p in paragraphs if p not in captions],
            captions=captions,
            byline=_byline(author_names(document.author or ""), printed.byline if printed else None,
                           _Publisher(document.sitename or "", document.hostname or ""), declared),
            source=without_legal_form(document.sitename) if document.sitename else None,
            url=url,
            published=document.date or _printed_date(printed, title),
        )
    ]


def _printed_date(printed: ParsedArticle | None, title: str) -> str | None:
    # The date the page prints by its headline or byline, where the metadata gives none: read where the printed
    # page's headline is the article's (elsewhere it may be a masthead's today, a widget's or another story's).
    if printed is None or not (printed.byline or _words_only(printed.title) == _words_only(title)):
        return None
    return printed.published


class _Publisher(NamedTuple):
    site: str  # the site's name, as its metadata gives it
    host: str  # the host name the page was served from


def _printed(shown: str, origin: Origin) -> ParsedArticle | None:
    """The page's text read as a browser copy: the headline and the byline it prints."""
    try:
        return parse_plain_text(shown, origin)[0] if shown.strip() else None
    except ImportFailure:
        return None


def _printed_in(title: str, shown: str) -> bool:
    # Compared by words alone: the page prints "Wind beats gas: a quarter" where the tab has "Wind beats gas - a quarter".
    return bool(title) and _words_only(title) in _words_only(shown)


def _words_only(text: str) -> str:
    return " ".join(words_of(text))


def _byline(names: str | None, printed: str | None, publisher: _Publisher, declared: frozenset[str]) -> str | None:
    """The metadata's authors, checked against the byline the page prints.

    Metadata names the publisher ("Condé Nast; Jane Doe", "Example Magazine") or nobody where
    the page prints "By Jane Doe"; trafilatura takes a name from a teaser card or a comment
    where no metadata names one. The printed byline, read as in a browser copy, wins then.
    """
    if names is not None:
        names = _without_publisher(names, publisher, printed is not None)
    if printed is None:
        return names if names is None or _name_words(names) <= declared else _without_page_text(names)
    if names is None:
        return printed
    metadata, shown_words = _name_words(names), _name_words(printed) - {"and"}
    if shown_words <= metadata or metadata <= shown_words:
        return printed  # the publisher beside the writer, or the writer's name cut short ("Jane")
    if _placeholder(names):
        return printed  # "Staff", "Agencies": the newsroom's credit where the page prints a writer
    if not _scripts(names) & _scripts(printed):
        return printed  # the desk named in the paper's first language over a page in English
    if not metadata <= declared:
        return printed  # no metadata names them: trafilatura read them off a card or a comment
    return names


def _name_words(names: str) -> set[str]:
    # One apostrophe for both: the metadata's "O'Brien" is the printed "O’Brien".
    return set(words_of(names.replace("’", "'")))


def _without_page_text(names: str) -> str | None:
    # Names no metadata declares, read off the page's boxes: a login box's "Account You're" is none.
    return "; ".join(part for part in names.split("; ") if not reads_as_page_text(part)) or None


def _scripts(text: str) -> set[str]:
    # The scripts a text's letters are written in, as Unicode names them: "LATIN", "CJK", "CYRILLIC".
    return {unicodedata.name(char, "").split(" ")[0] for char in text if char.isalpha()}


def _placeholder(names: str) -> bool:
    # One word naming a newsroom, in the singular or the plural: "Staff", "Desk", "Agencies".
    word = names.strip().casefold()
    return " " not in word and any(ROLE_WORDS.fullmatch(form) for form in (word, word.removesuffix("s"),
                                                                         re.sub(r"ies$", "y", word)))


def _without_publisher(names: str, publisher: _Publisher, printed: bool) -> str | None:
    """The names without the site's own ("Example Magazine; Jane Doe" on example.com)."""
    host = _letters(publisher.host.removeprefix("www.").split(".")[0])
    # A short name ("GQ", "AL") starts a writer's too ("Al Roe"): dropped only where the page prints one.
    shortest = _MIN_SHORT_SITE_LETTERS if printed else _MIN_SITE_LETTERS
    own = {site for site in (_letters(publisher.site), host) if len(site) >= shortest}
    if _letters(names) in own:
        return None  # "Jobs; Hire" for "Jobs & Hire": the site's name cut at its "&"
    parts = [part.strip() for part in names.split(";")]
    site = _word_prefixes(publisher.site)  # once, not for each name: a site's name may run to thousands of words
    kept = [part for part in parts if not _names_site(part, own, publisher.site, site, printed)]
    return "; ".join(kept) or None


def _names_site(name: str, own: set[str], site: str, site_prefixes: _WordPrefixes, printed: bool) -> bool:
    # The site's name, or it with words after ("Example Magazine", "Example News February"); its
    # first words alone ("Letters" for "Letters to the Editor") or its initials ("EN" for "Example
    # News") only beside a printed byline: "Jane Doe" can be "Jane Doe Foundation"'s own writer.
    prefixes = _word_prefixes(name)
    if any(prefixes.holds(letters) for letters in own):
        return printed or not _sites_desk(name, own)  # the site's desk credit stands where the page prints no writer
    return printed and (site_prefixes.holds(_letters(name)) or _initials_of(name, site))


def _sites_desk(name: str, own: set[str]) -> bool:
    # "Example Online Reporter", "Example News Staff": the site's newsroom credited, the page's byline.
    *outlet, job = name.split()
    return bool(outlet) and _letters(" ".join(outlet)) in own and is_desk_job(job)


def _initials_of(name: str, site: str) -> bool:
    words = site.split()
    # "EN" for "Example News": a site of one word has no initials that are not a name's start.
    return name.isupper() and len(words) > 1 and name == "".join(word[0] for word in words).upper()


class _WordPrefixes(NamedTuple):
    """The letters of a text's first words, for each count of them: "Teen Vogue Magazine" gives "teen",
    "teenvogue", "teenvoguemagazine"; compared at words' ends, "Marco Rossi" does not start with "Marc".
    Kept as the letters and where each word ends in them: a string per count grows with the square."""

    letters: str
    ends: frozenset[int]

    def holds(self, letters: str) -> bool:
        return bool(letters) and len(letters) in self.ends and self.letters.startswith(letters)


def _word_prefixes(text: str) -> _WordPrefixes:
    letters = [_letters(word) for word in text.split()]
    return _WordPrefixes("".join(letters), frozenset(accumulate(len(word) for word in letters)))


def _declared_words(page: lxml.html.HtmlElement | str) -> frozenset[str]:
    """The words of the page's metadata: its <meta> values and its JSON-LD."""
    if isinstance(page, str):
        return frozenset()
    texts = [meta.get("content") or "" for meta in page.iter("meta")]
    texts += [script.text or "" for script in _JSON_LD(page)]
    return frozenset(word for text in texts for word in _name_words(text))


def _shown_text(page: lxml.html.HtmlElement | str) -> str:
    """The page's text one block a line, as a browser copy gives it, up to where a byline can be."""
    if isinstance(page, str):
        return ""
    body = page.find("body")
    lines, size = [], 0
    for line in element_text(body if body is not None else page).paragraphs:
        lines.append(line[:_BYLINE_SCAN_CHARS - size])  # a paragraph of megabytes: only its start
        size += len(lines[-1])
        if size >= _BYLINE_SCAN_CHARS:  # a byline is printed near the top; a long tail only costs time
            break
    return "\n".join(lines)


def _heading_texts(page: lxml.html.HtmlElement | str) -> set[str]:
    """The words of the page's own headings down to <h4>: a printed headline is set in one, not in a sidebar, a
    menu or a footer (a blog's headline may be a link to the post itself, so a linked heading counts)."""
    if isinstance(page, str):
        return set()
    headings = (heading for heading in page.iter("h1", "h2", "h3", "h4")
                if not any(parent.tag in _ASIDES for parent in heading.iterancestors()))
    return {_words_only(heading.text_content()) for heading in headings} - {""}


def _headings(page: lxml.html.HtmlElement | str) -> set[str]:
    """The page's <h1> texts, as printed: the headline is among them."""
    if isinstance(page, str):
        return set()
    return {" ".join(h1.text_content().split()) for h1 in page.iter("h1")}


def _without_site_name(title: str, site: str, headings: set[str]) -> str:
    """The title without the site's name after it ("Wind beats gas | The Courier")."""
    # The headline as the page prints it, before a section and the site: "Wind beats gas | Energy | Courier".
    printed = {len(heading) for heading in headings if heading and title.startswith(heading)}
    for separator in _TITLE_PARTS.finditer(title):  # by the length of each start, not a join per separator
        if separator.start() in printed:
            return title[:separator.start()]
    parts = _TITLE_PARTS.split(title)
    if len(parts) < 3:
        return title
    head, tail = "".join(parts[:-2]).strip(), _letters(parts[-1])
    if site and tail and (tail in _letters(site) or _letters(site) in tail):
        return head
    return title


def _as_printed(title: str, headings: set[str]) -> str:
    """The page's <h1> when the title is it cut short: "Wind beats gas" for "Wind beats gas for a whole
    quarter", "Farms beat gas" for "Offshore power: Farms beat gas". Readers know the headline printed."""
    longer = [h for h in headings if len(h.split()) <= _MAX_HEADLINE_WORDS and (
        (h.startswith(f"{title} ") and h[len(title) + 1:][:1].islower())  # the sentence goes on
        or (h.endswith(f": {title}") and len(h[: -len(title) - 2].split()) <= _MAX_KICKER_WORDS))]
    return longer[0] if title and len(longer) == 1 else title


def _letters(text: str) -> str:
    return "".join(c for c in text.casefold() if c.isalnum())


def _without_code(page: str) -> lxml.html.HtmlElement | str:
    """The page parsed as trafilatura parses it, without its scripts and styles.

    trafilatura reads a headline with the <script> inside it as text, and on a page broken
    enough its fallback extractors keep script text in the body too.
    """
    tree = load_html(page)
    if tree is None:
        return page  # trafilatura will not read it either
    for element in _CODE(tree):
        # Emptied, not dropped: dropping joins its tail onto the text before it, and lxml
        # refuses text with a control character in it ("&#x1b;" parsed).
        element.clear(keep_tail=True)
    return tree


def _paragraphs(body: lxml.etree._Element) -> list[str]:
    paragraphs: list[str] = []
    _collect(body, paragraphs)
    return paragraphs


def _collect(element: lxml.etree._Element, paragraphs: list[str]) -> None:
    for child in element:
        if child.tag == "row":
            cells = (" ".join(" ".join(cell.itertext()).split()) for cell in child)
            _add(paragraphs, " | ".join(cell for cell in cells if cell))
        elif child.tag in _BLOCKS and not any(d.tag in _BLOCKS for d in child.iterdescendants()):
            _add(paragraphs, " ".join(child.itertext()))
        else:
            _add(paragraphs, child.text or "")  # a container's own text before its blocks
            _collect(child, paragraphs)
        _add(paragraphs, child.tail or "")


def _add(paragraphs: list[str], text: str) -> None:
    text = " ".join(text.split())
    if text:
        paragraphs.append(text)


def _own_captions(captions: list[str], paragraphs: list[str]) -> list[str]:
    # A <figcaption> in a teaser card is another story's headline: it shares no words with this one.
    body = set(words_of(" ".join(paragraphs)))
    stop = stoplist()
    return [
        caption for caption in captions
        if (not looks_like_title(caption) or credit_at_end(caption)
            or len({w for w in words_of(caption) if w not in stop and len(w) > 2} & body) >= 2)
        and names_a_picture(caption) and not _inside_a_paragraph(caption, paragraphs)
        and not is_gallery_button(caption)  # "Slideshow ( 3 images )" in its <figcaption>
    ]


def _inside_a_paragraph(caption: str, paragraphs: list[str]) -> bool:
    # A summary printed as the lead picture's caption is already the text's first lines: kept once.
    return any(caption in paragraph and caption != paragraph for paragraph in paragraphs)


def _figure_captions(page: str) -> list[str]:
    # trafilatura drops <figcaption>; read them from the article element (or the page).
    try:
        root = lxml.html.document_fromstring(_XML_DECLARATION.sub("", page))
    except (lxml.etree.ParserError, ValueError):
        return []
    scope = root.xpath("//article") or [root]
    captions: list[str] = []
    for element in scope:
        for figcaption in element.iter("figcaption"):
            caption = visible_text(figcaption)
            if caption and caption not in captions:
                captions.append(caption)
    return captions
