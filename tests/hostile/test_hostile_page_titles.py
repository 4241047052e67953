"""A page title of many separators, or a long run of spaces, loses the site's name in no time.

Looking for the page's <h1> at the start of the title joined the title's parts anew for each
separator, and the separator pattern rescanned a run of spaces from each of its spaces: a
title of 100,000 characters took a minute. trafilatura cuts titles at 10,000 characters
today, but the title is read here as given. The reading runs in a child process so that a
return of that bug fails instead of stalling the suite; the limit is a hang guard.
"""

from __future__ import annotations

from builders import python_in_child

SCRIPT = """
from reader.ingest.html import _without_site_name
parts = "Wind beats gas" + " | x" * 100_000
spaces = "Wind beats gas" + " " * 200_000 + "| The Courier"
print(len(_without_site_name(parts, "Courier", {parts, "Wind"})), _without_site_name(spaces, "The Courier", set()))
"""


def test_a_title_of_many_parts_or_spaces_is_cut_in_time() -> None:
    assert python_in_child(SCRIPT, hang_guard=30).strip() == f"{14 + 100_000 * 4} Wind beats gas"
