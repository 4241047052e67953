"""Importing an HTML page prints nothing but our own lines.

A page's metadata may give its date with a time-zone name ("2026-11-30 08:57:25 EST"); the
date parser under trafilatura warned about it on stderr at every import of such a page.
"""

from __future__ import annotations

import warnings
from pathlib import Path

from reader.ingest import read_source

PAGE = """<html><head><meta name="last-modified" content="2026-11-30 08:57:25 EST">
<title>Harbour ferry returns for winter</title></head><body><article>
<h1>Harbour ferry returns for winter</h1>
<p>The harbour company has brought back the late crossing for the winter months, after a summer in
which the last boat left at six in the evening.</p>
<p>Tickets go on sale on Monday, and the first sailing is on the first of the month, the company
said in a statement on Thursday.</p>
</article></body></html>
"""


def test_a_date_with_a_time_zone_name_imports_without_a_warning(tmp_path: Path) -> None:
    page = tmp_path / "ferry.html"
    page.write_text(PAGE)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        (article,) = read_source(str(page))
    assert [str(w.message) for w in caught] == []
    assert (article.title, article.published) == ("Harbour ferry returns for winter", "2026-11-30")
