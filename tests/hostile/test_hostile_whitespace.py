"""A page that opens with a long run of blank lines and spaces, as real pages do, imports.

Checking whether a file is an OPML list once matched the opening whitespace with a nested
repeat, which backtracks exponentially: 28 characters took 10 s, a real page's 2,000 forever.
The import runs in a child process so that a return of that bug fails instead of hanging the
suite; the limit is a hang guard, thousands of times what the import takes.
"""

from __future__ import annotations

from pathlib import Path

from builders import python_in_child

PAGE = ("\n \n\t" * 700 + "<html><head><title>Night ferry returns</title></head><body><article>"
        "<h1>Night ferry returns</h1><p>The harbour company has brought back the late crossing for the "
        "winter months, after a summer in which the last boat left at six.</p></article></body></html>")


def test_a_page_opening_with_blank_lines_imports(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(PAGE)
    script = ("import sys\nfrom reader.ingest.subscription_lists import read_subscription_list\n"
              "from reader.ingest import read_source\n"
              "assert read_subscription_list(sys.argv[1]) is None\n"
              "print(read_source(sys.argv[1])[0].title)\n")
    assert python_in_child(script, str(page), hang_guard=120).strip() == "Night ferry returns"


def test_an_opml_list_after_blank_lines_and_a_comment_is_still_a_list(tmp_path: Path) -> None:
    from reader.ingest.subscription_lists import read_subscription_list

    opml = tmp_path / "feeds.opml"
    opml.write_text('<?xml version="1.0"?>' + "\n \n" * 50 + '<!-- exported -->\n  <opml version="2.0"><body>'
                    '<outline text="Harbour" xmlUrl="https://harbour.example/feed.xml"/></body></opml>\n')
    (feed,) = read_subscription_list(str(opml))
    assert feed.url == "https://harbour.example/feed.xml"
