"""Bylines: the author's name out of a "By ..." line, even a cut-off one."""

from __future__ import annotations

import re

_BYLINE = re.compile(r"^by\s+(?P<rest>\S.*)$", re.I)
# Where the name in a byline ends: "(", "|", a dash, or a Published/Updated note.
_BYLINE_END = re.compile(r"\s*(?:[(|•·\t]|\s[-–—]\s|\b(?:published|updated|posted)\b)", re.I)
_DANGLING = re.compile(r"(?:\s*(?:,|&|\band\b|\bwith\b))+\s*$", re.I)
_ROLE_WORDS = re.compile(
    r"\b(?:correspondent|reporter|editor|writer|staff|news|bureau|contributor|columnist|"
    r"analyst|desk|agency|press|reuters|afp|associated|times|post|journal|online)\b",
    re.I,
)
_NAME_PARTICLES = frozenset("and & de van von der da di du la le al bin el y".split())


def byline_name(line: str) -> str | None:
    """The author named by a "By ..." line, even when the line is cut off."""
    match = _BYLINE.match(line.strip())
    if match is None:
        return None
    names = _BYLINE_END.split(match["rest"], maxsplit=1)[0]
    parts = [part.strip() for part in names.split(",")]
    kept = [parts[0]]
    for part in parts[1:]:
        if not part or _ROLE_WORDS.search(part) or not _looks_like_name(part):
            break  # "Jane Doe, Political Correspondent": the rest is a job title
        kept.append(part)
    name = _DANGLING.sub("", ", ".join(kept)).strip()
    return name if name and _looks_like_name(name) else None


def _looks_like_name(text: str) -> bool:
    words = text.replace(",", " ").split()
    return 0 < len(words) <= 12 and _is_name_word(words[0]) and all(
        word in _NAME_PARTICLES or _is_name_word(word) for word in words
    )


def _is_name_word(word: str) -> bool:
    # Capitalised ("Okafor", "O'Brien", "J.") or from a script without case (Japanese, Korean).
    first = word[0]
    return first.isalpha() and not first.islower()
