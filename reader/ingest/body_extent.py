"""Article text that does not read like prose: a list a paragraph announces, a wire story's trailer.

Both are short or stopword-poor, so the prose signals alone would cut the body
off before them: "Events this month:" and a list of dates, names and places;
"(Reporting by Jane Doe; Editing by Tom Roe)" under the last paragraph.
"""

from __future__ import annotations

import re

from reader.ingest.chrome import is_chrome, is_comments_heading, is_link_list_heading
from reader.ingest.prose import Prose
from reader.ingest.scraped_lines import Unit

_MAX_ITEMS = 40  # an announced list longer than this is more likely a directory than article text
_MAX_ITEM_CHARS = 300
_MAX_LINK_WORDS = 5
_MIN_INTRO_WORDS = 4  # "Events:" alone is a heading or a label, not a sentence announcing a list
_MIN_INTRO_DENSITY = 0.3  # jusText's low stopword density: the intro reads like a sentence
# "(Reporting by ...; Editing by ...)", "(Additional reporting by ...)", "-- Compiled by ...".
_TRAILER = re.compile(
    r"^(?:\((?:additional\s+)?(?:reporting|writing|editing|compiled)\s+by\b.*\)"
    r"|[-–—]{1,2}\s*(?:compiled|reported|written|reporting|additional reporting)\s+by\s+\S.{0,80})$",
    re.I | re.S,
)


def announced_lists(units: list[Unit], prose: list[Prose], listed: set[int]) -> set[int]:
    """Units of lists a paragraph announces with a colon, and the announcing paragraphs."""
    found: set[int] = set()
    for index, unit in enumerate(units):
        if not _announces(unit.text, prose[index]):
            continue
        items = []
        for item in range(index + 1, min(index + 1 + _MAX_ITEMS, len(units))):
            if prose[item].score > 0 or not _is_item(units[item].text) or item in listed:
                break
            items.append(item)
        if items and not all(_is_link_like(units[item].text) for item in items):
            found.update([index, *items])
    return found


def with_trailer(units: list[Unit], end: int) -> int:
    """The body's end moved past the wire service's contributor notes right under it."""
    while end < len(units) and is_trailer(units[end].text):
        end += 1
    return end


def is_trailer(text: str) -> bool:
    """A line that credits the story's reporters and editors under its last paragraph."""
    return _TRAILER.match(text) is not None


def _announces(text: str, prose: Prose) -> bool:
    return (
        text.endswith(":") and prose.words >= _MIN_INTRO_WORDS
        and prose.stopword_density >= _MIN_INTRO_DENSITY and not is_chrome(text)
    )


def _is_link_like(text: str) -> bool:
    # Menus and lists of links are short Title Case names: "Mercury", "Solar System Facts".
    words = text.split()
    return len(words) <= _MAX_LINK_WORDS and all(word[0].isupper() or not word[0].isalpha() for word in words)


def _is_item(text: str) -> bool:
    return (
        len(text) <= _MAX_ITEM_CHARS and not is_chrome(text)
        and not is_link_list_heading(text) and not is_comments_heading(text)
    )
