"""A feed whose author fields are long runs of "@" imports in no time.

The pattern that reads "desk@example.com (Jane Doe)" tried its split at every "@" and rescanned
the rest from each: 20,000 of them took seconds an entry, a feed of such entries minutes. The
import runs in a child process so that a return of that bug fails instead of stalling the suite;
the limit is a hang guard, far above what the import takes.
"""

from __future__ import annotations

from pathlib import Path

from builders import python_in_child

ITEM = """<item><title>Tide report {n}</title><link>https://harbour.example/tide/{n}</link>
<author>{author}</author><description>The tide turns at six.</description></item>"""


def test_a_feed_with_runs_of_at_signs_for_authors_imports(tmp_path: Path) -> None:
    items = "".join(ITEM.format(n=n, author="@" * 20_000) for n in range(30))
    items += ITEM.format(n=30, author="desk@harbour.example (Tom Okafor)")
    feed = tmp_path / "feed.xml"
    feed.write_text('<?xml version="1.0"?><rss version="2.0"><channel><title>Harbour</title>'
                    f"<link>https://harbour.example/</link>{items}</channel></rss>")
    script = ("import sys\nfrom reader.ingest import read_source\n"
              "articles = read_source(sys.argv[1])\n"
              "print(len(articles), {a.byline for a in articles[:30]}, articles[30].byline)\n")
    assert python_in_child(script, str(feed), hang_guard=30).strip() == "31 {None} Tom Okafor"
