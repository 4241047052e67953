"""Scraped pages of many short lines import in time that grows with their length, not its square.

Each of these once did work for every line against every other: a dump's wrapped lines were
joined onto their paragraph's text one at a time (copying the text so far each time), bylines
were checked against every writer's note and recounted the paragraphs each time, and every
caption was compared with every one kept before it. A megabyte of such lines took minutes.
The reading runs in a child process so that a return of those bugs fails instead of stalling
the suite; the limit is a hang guard, far above what the reading takes.
"""

from __future__ import annotations

from builders import python_in_child

PAGE = """
from reader.ingest.origin import Origin
from reader.ingest.plain_text import parse_plain_text

NOTE = ("The quay was quiet at dawn, and the boats waited in rows while the gulls circled the empty market "
        "stalls and the first ferry of the day sounded its horn twice beyond the breakwater.\\n")

def name(i):
    return "Jane " + chr(65 + i % 26) + "".join(chr(97 + i // 26 ** k % 26) for k in range(1, 5))

def page(line, size):
    # A browser copy: a paragraph longer than a dump's lines every few lines keeps each short line apart.
    lines = ["Storm closes the harbour for a week"]
    for i in range(size):
        lines.append(NOTE.strip() if i % 8 == 7 else line(i))
    return "\\n".join(lines) + "\\n" + NOTE * 3

def read(text):
    return parse_plain_text(text, Origin("page.txt", "page"))[0]
"""


def test_a_dump_of_many_wrapped_short_lines_is_joined_in_time() -> None:
    script = """
from reader.ingest.scraped_lines import scraped_units, wrap_width
text = "Jane Doe\\nTom Roe\\n" * 200_000
units = scraped_units(text, wrap_width(text))
print(len(units), len(units[0].text), units[0].text[:17])
"""
    # Two names in turn: a line printed again right under itself would be a caption, not a wrapped line.
    assert python_in_child(script, hang_guard=60).split() == ["1", str(17 * 200_000 - 1), "Jane", "Doe", "Tom", "Roe"]


def test_a_copy_of_many_bylines_among_notes_reads_in_time() -> None:
    script = PAGE + """
print(read(page(lambda i: "By " + name(i), 90_000)).byline)
"""
    assert python_in_child(script, hang_guard=60).split()[0] == "Jane"


def test_a_copy_of_many_bylines_each_over_a_long_paragraph_reads_in_time() -> None:
    script = PAGE + """
# A round-up's shape, one writer's long part under each name: whether they are cards' summaries is asked once.
LONG = NOTE.strip() + " The council said it would decide in the spring."
print(len(read(page(lambda i: LONG if i % 2 else "By " + name(i), 90_000)).paragraphs) > 0)
"""
    assert python_in_child(script, hang_guard=60).split() == ["True"]


def test_a_copy_of_many_credited_pictures_reads_in_time() -> None:
    script = PAGE + """
# Each picture's caption, then its credit on a line of its own (credits in a run caption nothing).
captions = read(page(lambda i: name(i) + "/Harbour Wire" if i % 2 else "Boats at dawn, seen by " + name(i), 90_000)).captions
print(len(captions), len({caption.casefold() for caption in captions}))
"""
    kept, different = python_in_child(script, hang_guard=60).split()
    assert kept == different and int(kept) > 1000


def test_a_page_whose_site_name_runs_to_thousands_of_words_reads_in_time() -> None:
    # The site's name was cut at each count of its words and the cuts rebuilt for every writer the
    # metadata names: five thousand words and six hundred writers took hours.
    script = """
from reader.ingest.html import parse_html
from reader.ingest.origin import Origin

def name(i):
    return "Jane " + chr(65 + i % 26) + "".join(chr(97 + i // 26 ** k % 26) for k in range(1, 4))

prose = ("<p>The quay was quiet at dawn, and the boats waited in rows while the gulls circled the empty market "
         "stalls and the first ferry of the day sounded its horn twice beyond the breakwater.</p>")
page = ('<html><head><title>Storm closes the harbour for a week</title>'
        '<meta property="og:site_name" content="' + "a " * 4_900 + '">'
        '<meta name="author" content="' + "; ".join(name(i) for i in range(600)) + '"></head><body><article>'
        "<h1>Storm closes the harbour for a week</h1><p>By Tom Roe</p>" + prose * 6 + "</article></body></html>")
byline = parse_html(page, Origin("page.html", "page"))[0].byline
print(byline.count(";"), byline[:9])
"""
    assert python_in_child(script, hang_guard=60).split() == ["599", "Jane", "Aaaa"]


def test_a_site_name_of_many_legal_words_loses_them_in_time() -> None:
    # Searched for from the front, each "Inc" of the run started a scan to the name's end.
    script = """
from reader.ingest.site_name import without_legal_form
print(without_legal_form("Courier" + " Inc" * 50_000 + " Gazette")[-12:], without_legal_form("Courier" + ", Co." * 50_000))
"""
    assert python_in_child(script, hang_guard=60).split() == ["Inc", "Gazette", "Courier"]


def test_a_byline_of_many_writers_each_over_their_title_reads_in_time() -> None:
    # Each writer's name was looked for among all those read before it.
    script = PAGE + """
titles = "\\n".join(line for i in range(120_000) for line in ("Staff Writer", name(i)))
body = read("Storm closes the harbour for a week\\n" + NOTE * 3 + "By Jane Doe\\n" + titles + "\\n"
            + ("0 " * 90 + "\\n") * 8_000)  # lines longer than a dump's: a browser copy, no line is wrapped
print(body.byline.count(","), body.byline[:10], body.byline.split(" and ")[-1])
"""
    assert python_in_child(script, hang_guard=60).split() == ["119997", "Jane", "Aaaaa", "Jane", "Invga"]


def test_a_copy_of_many_signed_runs_of_prose_reads_in_time() -> None:
    script = PAGE + """
# Runs of prose that chrome parts, each under its byline, then a longer unsigned run at the foot: whether a run
# is signed is asked of the few lines over it.
lines = []
for i in range(22_500):
    lines += ["By " + name(i), NOTE.strip(), "Advertisement", "0 " * 90]
lines += ["Advertisement", "0 " * 90] * 6 + [NOTE.strip() + " " + NOTE.strip()]
print(len(read("\\n".join(lines) + "\\n").paragraphs) > 0)
"""
    assert python_in_child(script, hang_guard=60).split() == ["True"]
