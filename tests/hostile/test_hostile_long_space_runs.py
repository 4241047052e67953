"""A byline or copyright line with a long run of spaces inside it, as padded copies print,
reads in no time.

The patterns that find where the names of a byline end, the parts of a byline line and the
"all rights reserved" after a copyright holder started a match at every space of a run and
rescanned the run from there: 10,000 spaces took seconds a line, a page of such lines minutes. The reading runs in a child process so that a return of that bug fails instead of
stalling the suite; the limit is a hang guard, far above what the reading takes.
"""

from __future__ import annotations

from builders import python_in_child

SCRIPT = """
from reader.ingest.byline import author_names, byline_name, bare_name
from reader.ingest.site_name import site_name
gap = " " * 10_000
names = {byline_name("By Jane Doe" + gap + "| Staff writer") for _ in range(100)}
unsigned = {byline_name("Jane Doe" + gap + "Staff writer") for _ in range(100)}
holder = {site_name("Harbour news\\n© 2026 Harbour Times" + gap + "Staff") for _ in range(100)}
authors = {author_names("Jane Doe" + gap + "Editor") for _ in range(100)}
bare = {bare_name("Jane Doe and Tom Roe" + gap + "| 4") for _ in range(100)}
print(names, authors, bare, unsigned, holder, sep="; ")
"""


def test_byline_lines_with_long_space_runs_are_read() -> None:
    assert python_in_child(SCRIPT, hang_guard=30).strip() == "{'Jane Doe'}; {'Jane Doe'}; {'Jane Doe and Tom Roe'}; {None}; {'Harbour Times'}"


# Every line of a page is compared with the chrome lists, bylines too: the screen reader's
# "(opens in a new window)" was looked for at every space of a run, rescanning the run.
CHROME_SCRIPT = """
from reader.ingest.chrome import normalized
gap = " " * 200_000
print(normalized("Share" + gap + "on Facebook") == "share" + gap + "on facebook",
      normalized("Share on Facebook" + gap + "(opens in a new window)") == "share on facebook")
"""


def test_a_line_with_a_long_space_run_is_compared_with_the_chrome_lists_in_no_time() -> None:
    assert python_in_child(CHROME_SCRIPT, hang_guard=30).strip() == "True True"
