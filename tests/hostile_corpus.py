"""A generated corpus of hostile inputs for the importer, with what each must come to.

Nothing here is a stored fixture: every input is built from a few lines of Python,
so the corpus costs no repository space and each case reads as what it attacks.

    python tests/hostile_corpus.py DIR          write every input into DIR (with the 60 MB one)
    python tests/hostile_corpus.py DIR --small  the same without the 60 MB file

Each `HostileInput` says whether the importer must accept or reject it. For accepted
ones, `shows` lists literal text that must be stored as is (markup-looking strings
stay text), `hides` text that must never be stored (a file an entity pointed at), and
`residue` the printable leftovers of terminal escape sequences ("]0;", "[31m") that
must go once `reader.text` removes whole sequences rather than only their ESC byte.
"""

from __future__ import annotations

import codecs
import gzip
import os
import html
import json
import random
import subprocess
import sys
import threading
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Literal

Outcome = Literal["accepted", "rejected"]

ESC, BEL = "\x1b", "\x07"
ST = ESC + "\\"  # string terminator (7-bit)
C1_CSI, C1_OSC, C1_ST = "\x9b", "\x9d", "\x9c"

# Text that Rich or Textual would read as markup (or emoji codes) if it ever were markup.
MARKUP = ("[bold]", "[/]", "[/", "[@click=app.quit]x[/]", "[link=http://x]y[/link]", ":warning:")

FILLER = [
    "The harbour council met on Tuesday evening to discuss the cost of the new bridge "
    "and heard from residents who live along the eastern shore.",
    "Engineers told the meeting that the first pillars would be sunk in the spring, "
    "weather permitting, and that the road would stay open throughout the works.",
    "A final vote on the budget is expected next month after a public consultation "
    "that will run for six weeks in the town library.",
]


@dataclass(frozen=True, slots=True)
class HostileInput:
    """One input file and the outcome the importer owes it."""

    name: str
    suffix: str
    data: bytes
    outcome: Outcome
    shows: tuple[str, ...] = ()  # literal text the stored article must contain
    hides: tuple[str, ...] = ()  # text no stored field may contain
    residue: tuple[str, ...] = ()  # escape-sequence leftovers (needs whole-sequence removal)
    reason: str = ""  # a part of the one-line rejection reason
    title: str | None = None  # the exact stored title, where it is certain
    known_bug: str = ""  # why `shows`/`title` do not hold yet (a defect outside the corpus)
    raw_name: bytes = b""  # a file name that is not UTF-8 (POSIX names are bytes)

    @property
    def filename(self) -> str:
        return self.name + self.suffix

    def write(self, folder: Path) -> Path:
        name = self.raw_name or self.filename.encode()
        path = Path(os.fsdecode(os.fsencode(folder) + b"/" + name))
        path.write_bytes(self.data)
        return path


@dataclass(frozen=True, slots=True)
class LargeInput:
    """An input too big to hold as bytes: written in chunks when asked for."""

    name: str
    suffix: str
    size: int
    outcome: Outcome
    reason: str = ""

    @property
    def filename(self) -> str:
        return self.name + self.suffix

    def chunks(self) -> Iterator[bytes]:
        # Ordinary article text, repeated: it is the size that is hostile, not the bytes.
        line = (" ".join(FILLER) + "\n\n").encode()
        block = line * (1024 * 1024 // len(line) + 1)
        head = b"A headline for a file far too large to be an article\n\n"[: self.size]
        yield head
        left = self.size - len(head)
        while left > 0:
            piece = block[:left]
            yield piece
            left -= len(piece)

    def write(self, folder: Path) -> Path:
        path = Path(folder) / self.filename
        with open(path, "wb") as file:
            for chunk in self.chunks():
                file.write(chunk)
        return path


# -- documents in each format the importer reads --------------------------------------


def txt(title: str, paragraphs: list[str], newline: str = "\n") -> str:
    return newline.join([title, "", *(p + newline for p in paragraphs)])


def md(title: str, paragraphs: list[str], newline: str = "\n") -> str:
    return newline.join([f"# {title}", "", *(p + newline for p in paragraphs)])


def page(title: str, paragraphs: list[str], *, head: str = "", raw: bool = False,
         newline: str = "\n") -> str:
    """An HTML page with one <article>; text is escaped unless `raw`."""
    esc = (lambda s: s) if raw else html.escape
    body = newline.join(f"<p>{esc(p)}</p>" for p in paragraphs)
    return newline.join([
        "<!DOCTYPE html>",
        f"<html><head>{head}<title>{esc(title)}</title></head><body>",
        f"<article><h1>{esc(title)}</h1>",
        body,
        "</article></body></html>",
    ])


def rss(title: str, paragraphs: list[str], *, declaration: str = '<?xml version="1.0"?>',
        doctype: str = "", raw: bool = False, newline: str = "\n") -> str:
    """An RSS 2.0 feed with one item; the body is escaped HTML in <description>."""
    esc = (lambda s: s) if raw else html.escape
    description = esc("".join(f"<p>{esc(p)}</p>" for p in paragraphs))
    return newline.join(filter(None, [
        declaration,
        doctype,
        '<rss version="2.0"><channel><title>Hostile Gazette</title>',
        "<item>",
        f"<title>{esc(title)}</title>",
        "<link>https://hostile.example/item</link>",
        f"<description>{description}</description>",
        "</item></channel></rss>",
    ]))


def _accepted(name: str, suffix: str, text: str | bytes, shows: tuple[str, ...] = (),
              **fields: object) -> HostileInput:
    data = text.encode("utf-8") if isinstance(text, str) else text
    return HostileInput(name, suffix, data, "accepted", shows=shows, **fields)  # type: ignore[arg-type]


def _rejected(name: str, suffix: str, data: bytes | str, reason: str,
              hides: tuple[str, ...] = ()) -> HostileInput:
    data = data.encode("utf-8") if isinstance(data, str) else data
    return HostileInput(name, suffix, data, "rejected", reason=reason, hides=hides)


# The plain-text chrome filter splits lines at "/" to spot menus ("World / Politics / Sport"),
# so a short headline with Rich closing tags reads as a menu and is dropped, with the block after it.


# -- the classes of hostile input -------------------------------------------------------


def markup_inputs() -> list[HostileInput]:
    title = "Council [bold]votes[/] on [@click=app.quit]x[/] bridge"
    markup_paragraph = "Residents wrote [link=http://x]y[/link] and [/ and [bold] and :warning: on the forms."
    paragraphs = [markup_paragraph, *FILLER]
    shows = (title, markup_paragraph)
    only_markup = " ".join(MARKUP)
    return [
        _accepted("markup-txt", ".txt", txt(title, paragraphs), shows, title=title),
        _accepted("markup-txt-body", ".txt", txt("Council votes on the bridge", [FILLER[0], markup_paragraph,
                                                                                   title + ".", *FILLER[1:]]),
                  (markup_paragraph, title + "."), title="Council votes on the bridge"),
        _accepted("markup-md", ".md", md(title, paragraphs), shows, title=title),
        _accepted("markup-html", ".html", page(title, paragraphs), shows, title=title),
        _accepted("markup-rss", ".xml", rss(title, paragraphs), shows, title=title),
        # A title that is nothing but markup.
        _accepted("markup-only-title", ".md", md(only_markup, FILLER), (only_markup,), title=only_markup),
        _accepted("markup-only-title-rss", ".xml", rss(only_markup, FILLER), (only_markup,), title=only_markup),
        _accepted("markup-byline-source", ".md",
                  "---\ntitle: Front matter with markup\nauthor: \"[bold]Jane[/] Doe\"\n"
                  "source: \"[link=http://x]y[/link] Times\"\n---\n\n" + "\n\n".join(FILLER),
                  ("[bold]Jane[/] Doe", "[link=http://x]y[/link] Times")),
    ]


# Named terminal escape sequences: (raw sequence, printable residue left by ESC-only removal).
ESCAPES: dict[str, tuple[str, tuple[str, ...]]] = {
    "osc0-title": (f"{ESC}]0;OSC-TITLE-ZERO{BEL}", ("]0;", "OSC-TITLE-ZERO")),
    "osc2-title": (f"{ESC}]2;OSC-TITLE-TWO{ST}", ("]2;", "OSC-TITLE-TWO")),
    "osc52-clipboard": (f"{ESC}]52;c;cm0gLXJmIH4K{BEL}", ("]52;", "cm0gLXJmIH4K")),
    "osc8-hyperlink": (f"{ESC}]8;id=7;mailto:desk@evil.example{ST}", ("]8;", "evil.example")),
    "csi-clear-screen": (f"{ESC}[2J{ESC}[H", ("[2J",)),
    "csi-cursor-report": (f"{ESC}[6n", ("[6n",)),
    "csi-sgr-colour": (f"{ESC}[31;1m", ("[31;1m",)),
    "dcs": (f"{ESC}P1$rDCS-PAYLOAD{ST}", ("DCS-PAYLOAD",)),
    "c1-csi": (f"{C1_CSI}38;5;196m", ("38;5;196m",)),
    "c1-osc": (f"{C1_OSC}0;C1-OSC-TITLE{C1_ST}", ("0;C1-OSC-TITLE",)),
}


def escape_inputs() -> list[HostileInput]:
    inputs = []
    for name, (sequence, residue) in ESCAPES.items():
        title = f"Bridge {sequence}vote delayed again"
        paragraph = f"The mayor {sequence}said the vote would wait until the spring."
        # OSC 8 wraps visible link text; that text stays.
        if name == "osc8-hyperlink":
            paragraph = f"Read {sequence}the full report{ESC}]8;;{ST} before the meeting on Tuesday."
        shows = ("vote delayed again", "would wait until the spring")
        if name == "osc8-hyperlink":
            shows = ("vote delayed again", "the full report", "before the meeting")
        for fmt, suffix, build in (("txt", ".txt", txt), ("html", ".html", page), ("rss", ".xml", rss)):
            inputs.append(
                _accepted(f"escape-{name}-{fmt}", suffix, build(title, [paragraph, *FILLER]), shows,
                          residue=residue)
            )
    # ESC and C1 as character references: the parser, not the decoder, makes them.
    ref_title = "Ferry &#27;]0;REF-TITLE&#7;timetable changes"
    ref_paragraph = "Services &#x1b;[2J&#x9b;31mresume&#155;0m on Monday morning."
    # trafilatura drops a page whose text holds a C0 control (lxml refuses it): rejected, cleanly.
    inputs.append(_rejected("escape-char-references-html", ".html",
                            page(ref_title, [ref_paragraph, *FILLER], raw=True),
                            "no article text found in the page"))
    # feedparser reads &#x9b; and &#155; the HTML way, as windows-1252 "›": text, not CSI.
    inputs.append(_accepted("escape-char-references-rss", ".xml",
                            rss(ref_title, [ref_paragraph, *FILLER], raw=True),
                            ("timetable changes", "on Monday morning", "›31mresume›0m"),
                            residue=("]0;", "REF-TITLE", "[2J")))
    # Every escape at once, with the whole C0 set and DEL around them.
    # (NUL aside: a NUL byte makes the file binary, see binary_inputs.)
    c0 = "".join(chr(c) for c in range(1, 32) if chr(c) not in "\t\n\r") + "\x7f"
    web_link = f"{ESC}]8;;https://evil.example/path{ST}"
    everything = "".join(seq for seq, _ in ESCAPES.values()) + web_link
    inputs.append(_accepted("escape-all-at-once", ".txt",
                            txt(f"All{everything}at once{c0}in one title", [f"Body{everything}{c0}text here.", *FILLER]),
                            ("in one title", "text here."),
                            residue=(*(r for _, rs in ESCAPES.values() for r in rs), "]8;;https:")))
    # 8-bit C1 bytes in a file that is otherwise ASCII: not UTF-8, so a legacy decoding decides.
    raw_c1 = (b"Harbour \x9b31mtolls\x9d0;RAW-C1\x07 rise\n\nThe harbour board \x9b2J raised tolls by five "
              b"percent on Monday.\n\n" + "\n\n".join(FILLER).encode())
    inputs.append(_accepted("escape-c1-raw-bytes", ".txt", raw_c1, ("tolls", "raised tolls by five percent")))
    return inputs


def invisible_inputs() -> list[HostileInput]:
    cases = {
        "bidi-rlo": "Invoice \u202egpj.exe\u202c approved by the council",
        "bidi-isolates": "Vote \u2066on\u2069 \u2067the\u2069 \u2068bridge\u2069 passes easily",
        "zero-width": "Zero\u200bwidth\u200d joiners\ufeff inside the headline",
    }
    # Stored as they came (they are legitimate in RTL scripts and emoji); only display marks them.
    return [
        _accepted(f"invisible-{name}-{fmt}", suffix, build(title, FILLER), (title,), title=title)
        for name, title in cases.items()
        for fmt, suffix, build in (("txt", ".txt", txt), ("rss", ".xml", rss))
    ]


def wide_inputs() -> list[HostileInput]:
    japanese = "東京湾に新しい橋が開通、通勤時間は大幅に短縮"
    chinese = "新大桥周二通车，市民表示通勤时间大大缩短。"
    korean = "서울시는 화요일에 새로운 다리를 개통했다고 밝혔다."
    emoji = "Family 👨‍👩‍👧‍👦 cheers 🎉🇯🇵 at the opening 👍🏽 of the bridge"
    paragraphs = [chinese, korean, emoji, *FILLER]
    shows = (japanese, chinese, korean, emoji)
    return [
        _accepted("wide-cjk-emoji-txt", ".txt", txt(japanese, paragraphs), shows, title=japanese),
        _accepted("wide-cjk-emoji-md", ".md", md(emoji, [japanese, chinese, korean, *FILLER]), shows, title=emoji),
        _accepted("wide-cjk-emoji-rss", ".xml", rss(japanese, paragraphs), shows, title=japanese),
    ]


def size_inputs() -> list[HostileInput]:
    word = "w" * 100_000
    nested = "<div>" * 5000 + "<p>" + FILLER[0] + "</p>" + "</div>" * 5000
    shallow = "<div>" * 200 + "<p>" + FILLER[0] + "</p>" + "</div>" * 200
    return [
        _accepted("long-word-paragraph", ".txt", txt("A word of one hundred thousand letters",
                                                    [f"Before {word} after.", *FILLER]), (word,)),
        _accepted("long-word-title", ".md", md(word, FILLER), (word,)),
        _accepted("long-word-rss", ".xml", rss("A feed with a very long word", [word, *FILLER]), (word,)),
        # libxml2's HTML parser gives up on elements nested 255 deep and yields an empty
        # document: the page has no text to offer, and says so in one line.
        _rejected("nested-divs-html", ".html",
                  "<!DOCTYPE html><html><body><article><h1>Deep nesting</h1>" + nested
                  + "".join(f"<p>{p}</p>" for p in FILLER[1:]) + "</article></body></html>",
                  "no article text found"),
        _rejected("nested-divs-rss", ".xml", rss("Deeply nested item", [], raw=True).replace(
            "<description></description>", f"<description>{html.escape(nested)}</description>"),
                  "feed items have no text"),
        _accepted("nested-divs-200-html", ".html",
                  "<!DOCTYPE html><html><body><article><h1>Nested, but not too deep</h1>"
                  + shallow + "".join(f"<p>{p}</p>" for p in FILLER[1:]) + "</article></body></html>",
                  (FILLER[0], FILLER[2])),
        _accepted("nested-blockquotes-md", ".md", md("Deep quotes", [">" * 5000 + " " + FILLER[0], *FILLER[1:]]),
                  (FILLER[0],)),
        _accepted("nested-elements-rss", ".xml", rss("Nested unknown elements", FILLER).replace(
            "</item>", "<x>" * 5000 + "deep" + "</x>" * 5000 + "</item>"), (FILLER[0],)),
        _accepted("many-paragraphs", ".txt", txt("Twenty thousand tiny paragraphs",
                                                [f"Paragraph {n}." for n in range(20_000)]),
                  ("Paragraph 19999.",)),
    ]


# Each Markdown syntax character or opener, to be repeated thousands of times: inline
# parsing by regex was quadratic on these ("*a " * 20000 took 17.5 s).
MARKDOWN_UNITS = (
    "*a ", "*", "**a*", "_a ", "__", "*a_", "~~", "~~a ", "`", "``a ", "[", "[a](", "](", "![", "[![",
    "<", "<!--", "<!-- ", "<a ", '<a href="', "<script>", "<?", "<!X ", "<![CDATA[", "<div>",
    "&", "&#", "\\", ">", "> ", "- ", "1. ", "# ", "|", "| a ", "```\n", "a\n", "*\n", "[a]: ",
    "<http://",
)


def markdown_repetition(unit: str, size: int) -> str:
    """A Markdown article whose second paragraph is `unit` repeated to `size` characters."""
    return md("Repeated markup", [FILLER[0], unit * (size // len(unit)), FILLER[1]])


def name_inputs() -> list[HostileInput]:
    """File names a folder can hold: Latin-1 bytes, escape sequences, a bidi override."""
    title = "A file whose name is not what it seems"
    text = txt(title, FILLER)
    return [
        _accepted("name-latin1", ".txt", text, (title,), raw_name=b"caf\xe9-latin1.txt"),
        _accepted("name-escapes", ".txt", text, (title,), raw_name=b"esc\x1b]0;owned\x07\x1b[2J.txt"),
        _accepted("name-bidi", ".txt", text, (title,), raw_name="txt.\u202eexe.txt".encode()),
    ]


def feed_item_inputs() -> list[HostileInput]:
    """Feeds over the item limit under spellings a pattern count missed."""
    def items(tag: str, namespaces: str = "") -> str:
        body = "".join(f"<{tag}><title>Story {n}</title><description>Item {n}.</description></{tag}>"
                       for n in range(2_001))
        return f'<?xml version="1.0"?><rss version="2.0" {namespaces}><channel><title>W</title>{body}</channel></rss>'

    return [
        _rejected("feed-items-upper", ".xml", items("ITEM"), "feed too long"),
        _rejected("feed-items-prefixed", ".xml",
                  items("x-y:item", 'xmlns:x-y="http://backend.userland.com/rss2"'), "feed too long"),
    ]


def front_matter_inputs() -> list[HostileInput]:
    title = "A title with\uffff a non-character"
    return [_accepted("frontmatter-nonchar-md", ".md", md(title, FILLER), (FILLER[0],), title=title)]


def markdown_repetition_inputs() -> list[HostileInput]:
    return [
        _accepted(f"md-repeat-{n:02d}", ".md", markdown_repetition(unit, 20_000), (FILLER[0],))
        for n, unit in enumerate(MARKDOWN_UNITS)
    ]


_LAUGHS = "".join(
    f'<!ENTITY lol{n} "{("&lol" + str(n - 1) + ";") * 10 if n else "lol"}">' for n in range(10)
)
BILLION_LAUGHS_DOCTYPE = f"<!DOCTYPE rss [{_LAUGHS}]>"
XXE_DOCTYPE = '<!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
PASSWD = ("root:x:0:0", "/bin/sh", "/usr/sbin/nologin")


def entity_inputs() -> list[HostileInput]:
    refused = "feed declares XML entities"
    feed = rss("Item &lol9; title", ["Body &lol9; text.", *FILLER], doctype=BILLION_LAUGHS_DOCTYPE, raw=True)
    xxe = rss("Item &xxe; title", ["Body &xxe; text.", *FILLER], doctype=XXE_DOCTYPE, raw=True)
    atom = ('<?xml version="1.0"?>' + XXE_DOCTYPE.replace("rss", "feed")
            + '<feed xmlns="http://www.w3.org/2005/Atom"><title>t</title><entry><title>&xxe;</title>'
            + f"<id>urn:x</id><content>{FILLER[0]} &xxe;</content></entry></feed>")
    parameter = rss("Parameter entity", FILLER, doctype=(
        '<!DOCTYPE rss [<!ENTITY % remote SYSTEM "file:///etc/passwd"> %remote;]>'))
    quadratic = rss("Quadratic &big;", ["&big;" * 2000, *FILLER], raw=True,
                    doctype=f'<!DOCTYPE rss [<!ENTITY big "{"x" * 20_000}">]>')
    # Not well-formed after the DOCTYPE, so the strict parser stops early; still refused.
    broken = rss("Broken &lol9; <b>", ["Body &lol9;", *FILLER], doctype=BILLION_LAUGHS_DOCTYPE, raw=True)
    broken = broken.replace("</channel>", "<channel>")
    return [
        _rejected("entities-billion-laughs-rss", ".xml", feed.encode(), refused),
        _rejected("entities-billion-laughs-as-txt", ".txt", feed.encode(), refused),
        _rejected("entities-billion-laughs-malformed", ".xml", broken.encode(), refused),
        _rejected("entities-quadratic-blowup", ".xml", quadratic.encode(), refused),
        _rejected("entities-xxe-passwd-rss", ".xml", xxe.encode(), refused, hides=PASSWD),
        _rejected("entities-xxe-passwd-atom", ".atom", atom.encode(), refused, hides=PASSWD),
        _rejected("entities-xxe-parameter", ".xml", parameter.encode(), refused, hides=PASSWD),
        # The same DOCTYPEs in HTML pages: the HTML parser expands no entities; text stays.
        _accepted("entities-billion-laughs-html", ".html",
                  page("Laughs", FILLER, head="").replace("<!DOCTYPE html>", "<!DOCTYPE html [" + _LAUGHS + "]>")
                  .replace("<h1>Laughs</h1>", "<h1>Laughs</h1><p>Entity &lol9; here.</p>"),
                  (FILLER[0],), hides=("lollollol",)),
        _accepted("entities-xxe-html", ".html",
                  page("Passwords", FILLER).replace(
                      "<!DOCTYPE html>", '<!DOCTYPE html [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>')
                  .replace("<h1>Passwords</h1>", "<h1>Passwords</h1><p>Secret &xxe; here.</p>"),
                  (FILLER[0],), hides=PASSWD),
    ]


def binary_inputs() -> list[HostileInput]:
    noise = random.Random(20261102).randbytes(8192)
    png = b"\x89PNG\r\n\x1a\n" + noise[:512]
    text = txt("A headline before a NUL", FILLER).encode()
    mostly_controls = bytes(random.Random(7).choice(range(1, 9)) for _ in range(4000)) + text
    return [
        _rejected("binary-random-txt", ".txt", noise, "binary file"),
        _rejected("binary-random-html", ".html", noise, "binary file"),
        _rejected("binary-png-as-html", ".html", png, "binary file (PNG image)"),
        _rejected("binary-gzip-bomb-as-txt", ".txt", gzip.compress(bytes(8 * 1024 * 1024)), "binary file (gzip"),
        _rejected("binary-elf-as-md", ".md", b"\x7fELF\x02\x01\x01\x00" + noise[:2048], "binary file"),
        _rejected("binary-nul-in-text", ".txt", text[:30] + b"\x00" + text[30:], "binary file (contains NUL"),
        _rejected("binary-nul-in-feed", ".xml", rss("Nul", FILLER).encode().replace(b"<item>", b"<item>\x00"),
                  "binary file"),
        _rejected("binary-utf16-without-bom", ".txt", txt("No mark", FILLER).encode("utf-16-le"), "binary file"),
        _rejected("binary-mostly-controls", ".txt", mostly_controls, "binary file"),
        _rejected("binary-empty", ".txt", b"", "empty file"),
        _rejected("binary-only-controls-and-space", ".txt", b" \x01\x02\x1b[2J \n\x7f\t\n" * 3, "binary file"),
        # Nothing but escape sequences and blanks: empty once whole sequences are removed
        # (needs reader.text to remove sequences, not only their ESC byte).
        _rejected("escape-only-sequences", ".txt", b" \x1b[2J\x1b[H \r\n\t\x1b]0;t\x1b\\\n" * 3, "empty file"),
        # With a BOM UTF-16 is text, but a NUL inside it is not.
        _rejected("binary-utf16-bom-with-nul", ".txt",
                  codecs.BOM_UTF16_LE + "Title\x00here\n\nBody.".encode("utf-16-le"), "binary file"),
    ]


def encoding_inputs() -> list[HostileInput]:
    western = "Naïve café owners in Zürich said “déjà vu” as prices rose to €5 — again."
    western_title = "Café prices rise in Zürich"
    korean_title = "서울에 새 다리 개통"
    korean = [
        "서울시는 화요일에 한강을 가로지르는 새로운 다리를 개통했다고 밝혔다.",
        "시민들은 출퇴근 시간이 크게 줄어들 것이라며 환영의 뜻을 나타냈다.",
        "시는 내년 봄까지 다리 주변에 공원과 자전거 도로를 만들 계획이다.",
    ]
    japanese_title = "東京湾に新しい橋が開通"
    japanese = [
        "東京都は火曜日、湾岸地区に新しい橋を開通させたと発表した。",
        "通勤時間が大幅に短くなるとして、多くの市民が開通を歓迎した。",
        "都は来年の春までに橋の周辺に公園と自転車道を整備する予定だ。",
    ]
    sets = [
        ("cp1252", "windows-1252", western_title, [western, *FILLER], (western_title, western)),
        ("euc-kr", "euc-kr", korean_title, korean, (korean_title, *korean)),
        ("shift-jis", "shift_jis", japanese_title, japanese, (japanese_title, *japanese)),
    ]
    inputs = []
    for name, codec, title, paragraphs, shows in sets:
        inputs += [
            _accepted(f"encoding-{name}-undeclared-txt", ".txt", txt(title, paragraphs).encode(codec), shows),
            _accepted(f"encoding-{name}-undeclared-html", ".html", page(title, paragraphs).encode(codec), shows),
            _accepted(f"encoding-{name}-meta-html", ".html",
                      page(title, paragraphs, head=f'<meta charset="{codec}">').encode(codec), shows),
            _accepted(f"encoding-{name}-http-equiv-html", ".html",
                      page(title, paragraphs, head=f'<meta http-equiv="Content-Type" '
                           f'content="text/html; charset={codec}">').encode(codec), shows),
            _accepted(f"encoding-{name}-xml-decl", ".xml",
                      rss(title, paragraphs, declaration=f'<?xml version="1.0" encoding="{codec}"?>').encode(codec),
                      shows),
            _accepted(f"encoding-{name}-undeclared-rss", ".xml",
                      rss(title, paragraphs, declaration="").encode(codec), shows),
        ]
    inputs += [
        # The label lies: cp1252 bytes declared as UTF-8 (the detectors decide).
        _accepted("encoding-cp1252-declared-utf8", ".html",
                  page(western_title, [western, *FILLER], head='<meta charset="utf-8">').encode("cp1252"),
                  (western,)),
        # An unknown label, and a label naming UTF-16 over ASCII bytes: both ignored.
        _accepted("encoding-unknown-label", ".html",
                  page(western_title, [western, *FILLER], head='<meta charset="x-no-such-codec">').encode(),
                  (western,)),
        _accepted("encoding-utf16-label-on-ascii", ".xml",
                  rss(western_title, FILLER, declaration='<?xml version="1.0" encoding="utf-16"?>').encode(),
                  (western_title,)),
        _accepted("encoding-utf16-bom", ".txt", codecs.BOM_UTF16_LE + txt(korean_title, korean).encode("utf-16-le"),
                  (korean_title, *korean)),
        _accepted("encoding-utf8-bom-rss", ".xml", codecs.BOM_UTF8 + rss(western_title, [western]).encode(),
                  (western,)),
    ]
    return inputs


def newline_inputs() -> list[HostileInput]:
    title = "Line endings from another system"
    shows = (title, FILLER[0], FILLER[2])
    return [
        _accepted("crlf-txt", ".txt", txt(title, FILLER, newline="\r\n"), shows, title=title),
        _accepted("crlf-md", ".md", md(title, FILLER, newline="\r\n"), shows, title=title),
        _accepted("crlf-html", ".html", page(title, FILLER, newline="\r\n"), (FILLER[0], FILLER[2])),
        _accepted("crlf-rss", ".xml", rss(title, FILLER, newline="\r\n"), shows, title=title),
        _accepted("cr-only-txt", ".txt", txt(title, FILLER, newline="\r"), shows, title=title),
        _accepted("crlf-inside-paragraph", ".txt",
                  f"{title}\r\n\r\nA paragraph\rbroken by\r\nstray\x0bvertical\x0cbreaks.\r\n\r\n" + FILLER[0],
                  (title, FILLER[0])),
    ]


def corpus() -> list[HostileInput]:
    """Every hostile input small enough to hold in memory (all but the 60 MB file)."""
    inputs = [
        *markup_inputs(), *escape_inputs(), *invisible_inputs(), *wide_inputs(), *size_inputs(),
        *entity_inputs(), *binary_inputs(), *encoding_inputs(), *newline_inputs(),
        *markdown_repetition_inputs(), *name_inputs(), *feed_item_inputs(), *front_matter_inputs(),
    ]
    names = [i.name for i in inputs]
    assert len(names) == len(set(names)), "corpus names must be unique"
    return inputs


def large_inputs() -> list[LargeInput]:
    return [LargeInput("huge-60mb", ".txt", 60 * 1024 * 1024, "rejected", reason="file too large")]


def write_corpus(folder: Path, *, large: bool = True) -> list[Path]:
    """Write every input into `folder` (created if needed); the paths written."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    written = [item.write(folder) for item in corpus()]
    if large:
        written += [item.write(folder) for item in large_inputs()]
    return written


# -- the same inputs over HTTP, plus what only a server can send ---------------------------

CONTENT_TYPES = {".txt": "text/plain", ".md": "text/markdown", ".html": "text/html",
                 ".xml": "application/rss+xml", ".atom": "application/atom+xml"}
BOMB_BYTES = 1024 * 1024 * 1024  # what the gzip bomb inflates to, if anyone let it


class CorpusHandler(BaseHTTPRequestHandler):
    """GET /corpus/NAME serves a corpus input; /typed/TYPE/NAME the same with any content
    type (TYPE with "~" for "/"); /bomb a gzip stream of 1 GiB of zeros."""

    inputs: dict[str, HostileInput] = {}
    stop = threading.Event()

    def log_message(self, *args: object) -> None:
        pass

    def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
        parts = self.path.strip("/").split("/")
        if parts == ["bomb"]:
            return self._bomb()
        if len(parts) == 2 and parts[0] == "corpus" and parts[1] in self.inputs:
            item = self.inputs[parts[1]]
            return self._send(item.data, CONTENT_TYPES.get(item.suffix, "application/octet-stream"))
        if len(parts) == 3 and parts[0] == "typed" and parts[2] in self.inputs:
            return self._send(self.inputs[parts[2]].data, parts[1].replace("~", "/"))
        self.send_error(404)

    def _send(self, body: bytes, content_type: str) -> None:
        self.send_response(200)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _bomb(self) -> None:
        send_gzip_bomb(self, "text/html", self.stop)


def send_gzip_bomb(handler: BaseHTTPRequestHandler, content_type: str, stop: threading.Event) -> None:
    """A gzip response that inflates to BOMB_BYTES of zeros, compressed while sending
    (about 1 MB on the wire if read to the end); stops when `stop` is set or the client goes."""
    handler.send_response(200)
    handler.send_header("Content-Type", content_type)
    handler.send_header("Content-Encoding", "gzip")
    handler.end_headers()
    compressor = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    zeros = bytes(1024 * 1024)
    try:
        for _ in range(BOMB_BYTES // len(zeros)):
            if stop.is_set():
                return
            handler.wfile.write(compressor.compress(zeros))
        handler.wfile.write(compressor.flush())
    except OSError:
        pass  # the client gave up, as it should


class CorpusServer:
    """A 127.0.0.1 server for the corpus, in a thread; use as a context manager."""

    def __init__(self) -> None:
        handler = type("Handler", (CorpusHandler,), {
            "inputs": {item.name: item for item in corpus()}, "stop": threading.Event()})
        self._handler = handler
        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self._httpd.daemon_threads = True
        self.url = f"http://127.0.0.1:{self._httpd.server_address[1]}"

    def __enter__(self) -> CorpusServer:
        threading.Thread(target=self._httpd.serve_forever, daemon=True).start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._handler.stop.set()
        self._httpd.shutdown()
        self._httpd.server_close()


# -- peak memory and time of a child process ----------------------------------------------

# Run in its own interpreter so that RUSAGE_CHILDREN covers the measured command alone.
_MEASURE = """
import json, resource, subprocess, sys, time
started = time.perf_counter()
done = subprocess.run(sys.argv[1:], capture_output=True)
seconds = time.perf_counter() - started
peak_kib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss  # KiB on Linux
print(json.dumps({"returncode": done.returncode, "seconds": seconds, "peak_kib": peak_kib,
                  "stdout": done.stdout.decode("utf-8", "replace"),
                  "stderr": done.stderr.decode("utf-8", "replace")}))
"""


@dataclass(frozen=True, slots=True)
class Measured:
    returncode: int
    seconds: float
    peak_rss_mib: float
    stdout: str
    stderr: str


def measure_child(argv: list[str], env: dict[str, str] | None = None, timeout: float = 600) -> Measured:
    """Run `argv` to the end; its exit code, output, wall time and peak resident memory."""
    done = subprocess.run([sys.executable, "-c", _MEASURE, *argv], capture_output=True, text=True,
                          env=env, timeout=timeout, check=True)
    found = json.loads(done.stdout)
    return Measured(found["returncode"], found["seconds"], found["peak_kib"] / 1024,
                    found["stdout"], found["stderr"])


def main(argv: list[str]) -> int:
    if not argv or argv[0] in ("-h", "--help"):
        print("usage: python tests/hostile_corpus.py DIR [--small]", file=sys.stderr)
        return 2
    written = write_corpus(Path(argv[0]), large="--small" not in argv[1:])
    for path in written:
        print(path)
    print(f"{len(written)} hostile inputs in {argv[0]}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))


# A plain article, for tests whose hostility is in the file's name, not its text.
ARTICLE = (
    "Harbour board backs the ferry plan\n\n"
    "The harbour board voted on Tuesday to back a new ferry link across the bay, ending a "
    "dispute that had run for two years between the town and the operators.\n\n"
    "Work on the new pier is due to start in the spring, the board said in a statement.\n"
)
