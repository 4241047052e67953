"""Scraped text as units: one per line of a browser copy, one per wrapped paragraph of a dump.

A browser copy (select all, copy) gives one line per paragraph, menu item or
caption.  A text-browser dump (lynx, w3m) wraps paragraphs at a fixed width and
adds its own marks: list bullets, `IFRAME:` lines, `(BUTTON)`, `[logo]` image
names, `____` form fields.  Both become the same list of units here.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from reader.ingest.chrome import is_chrome

# Text-browser marks that are never article text.
_FRAME_LINE = re.compile(r"^(?:IFRAME|FRAME|Frame source|\[?iframe\]?)\s*:", re.I)
_BUTTON = re.compile(
    r"\((?:BUTTON|Submit|Reset|not implemented)_*\)\s*|\[(?:BUTTON|INPUT|IMG|INLINE|EMBED|OBJECT)\b[^\]]*\]", re.I
)
# A form field: underscores apart from words, or a long run glued to its label ("Enter your email________Sign up");
# a few inside a word join the parts of a picture's file name ("[s3___feeds_generic-photos]").
_FORM_FIELD = re.compile(r"(?<!\w)_{3,}|_{3,}(?!\w)|_{8,}|\[\s*\]|\(\s?[*x ]?\)(?:\s|$)", re.I)
# Image names lynx prints in brackets: "[logo]", "[IMG]", "[facebook-icon.png]".
_IMAGE_NAME = re.compile(r"\[[^\[\]\s]{1,40}\]")
_LEADING_IMAGE_NAMES = re.compile(rf"^(?:{_IMAGE_NAME.pattern}\s*)+")
# An image's file or address in brackets, wherever it stands: "... in Paris. [65cc?width=600&format=jpeg]",
# "[3f9a...?s=96&d=mm]" (an avatar's address with a query and no extension).
# An image given inline as data: "[gif;base64,R0lGODlh...]".
_IMAGE_FILE = re.compile(
    r"\s*\[[^\[\]\s]*(?:\.(?:jpe?g|png|gif|webp|svg)\b|format=\w|\?\w+=|;base64,)[^\[\]\s]*\]", re.I)
# w3m's name for an image without alt text, wherever it stands: a file's slug ("[who-will-benefit-chart]")
# or a hexadecimal id ("[65c53a7043]"); words in brackets ("[the council]") have spaces or no hyphens. A
# slug made from a title keeps a dash for each character it dropped: "[Cap-d--039-Or---Les-Pins--2-]".
_IMAGE_SLUG = re.compile(r"\s*\[(?:[a-z0-9]+(?:[-_]+[a-z0-9]+){2,}[-_]*|(?=[a-f]*\d)[0-9a-f]{8,})\]", re.I)
# A lazy picture's stand-in, its name whole or cut short: "[grey-placeholder.png]", "[grey-place]".
_PLACEHOLDER_NAME = re.compile(r"\[[a-z0-9_-]*(?:place(?:holder)?|lazy)[a-z0-9_.-]*\]", re.I)
# A label a headline ends with, in brackets and capitals: "[VIDEO]", "[PHOTOS]".
_LABEL = re.compile(r"\[[A-Z]{3,}\]")
# lynx's marks around inserted and struck text ("[INS: ... :INS]", "[DEL: ... :DEL]"), w3m's around struck text
# ("[S:...:S]"): the text stays, as a browser shows it, the marks go.
_EDIT_MARKS = re.compile(r"\[(?:INS|DEL|S):\s*|\s*:(?:INS|DEL|S)\]")
# A page's entity printed as it was written, on a line of its own: "&nbsp;".
_ENTITIES_ONLY = re.compile(r"(?:&(?:[a-z]+|#\d+);\s*)+")
_DASHES_ONLY = re.compile(r"[-‐‑‒–—―]{1,3}")
# An image's name the dump wrapped onto the next line, so a space now stands inside its brackets.
_WRAPPED_IMAGE = re.compile(r"\s*\[([^\[\]\s]+) ([^\[\]\s]+)\]")
# A horizontal rule as a dump draws it, a line of its own: "━━━━━━━━━━", "──────────".
_RULE = re.compile(r"[━─═—_=-]{10,}")
_DUMP_BULLETS = "*+#o□"  # the list marks lynx and w3m print ("□" for w3m's deeper lists)
_BULLET = re.compile(r"^(?:[*+#•·▪◦□o-])\s+(?=\S)")
# A byline and nothing else: "By Jane Doe", "By Jose de la Cruz", "By Jane Doe and Tom Roe"; under a finished
# sentence, several writers with commas or a hidden copy of "by" too: "By Jane Doe, Tom Roe and Mo Lee", "Byby JANE
# DOE", or a dated byline with its fields spaced apart ("... is called" / "By Land, Sea and Air" is a title wrapped).
_NAME_WORD = r"[A-Z][\w'’.-]*"
_NEXT_NAME_WORD = rf"(?:{_NAME_WORD}|de|la|le|van|von|der|del|da|di|du|and)"
_BYLINE_ALONE = re.compile(rf"^By\s+{_NAME_WORD}(?:\s+{_NEXT_NAME_WORD}){{1,5}}$")
# "ByJane Doe" as a page prints its label and the linked name: a byline under a finished sentence, no full stop in
# the name ("... the one people call the" / "ByWard Market." goes on a sentence).
_GLUED_BYLINE_ALONE = re.compile(r"^By(?=[A-Z][a-z])[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){1,3}$")
_BYLINES_ALONE = re.compile(rf"^By(?:by)?\s+{_NAME_WORD}(?:,?\s+{_NEXT_NAME_WORD}){{1,11}}$")
# A byline whose fields the page sets apart with runs of spaces, not bars: "By Jane Doe   Delhi   Print Edition: ...".
_SPACED_BYLINE = re.compile(r"^(?:By|BY)\s+[A-Z][^\s|]*(?: [^\s|]+){0,4}\s{3,}\S")  # not "By contrast   ..."
_SPACED_FIELDS = re.compile(r"(?:\s*[|•·])?\s{3,}(?:[|•·]\s*)?")
# Spelled here: dates.py imports this module (through prose), so it cannot be imported from there.
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
_DATED = re.compile(rf"\b{_MONTH} \d{{1,2}}, \d{{4}}\b|\b\d{{1,2}} {_MONTH} \d{{4}}\b")  # its edition's date
_BETWEEN_NAMES = re.compile(r"(?:,|&|\band)$|^(?:&|and\b)", re.I)  # "Jane Doe   and   Tom Roe": one field
_MAX_SPACED_BYLINE = 200
_MAX_WRAP_WIDTH = 160  # text browsers wrap at 80 columns or so; a copied paragraph is longer
_WRAP_SLACK = 2  # trailing spaces and a margin some dumps keep
# A line's first word, or the words a no-break space holds together: w3m prints it as such, lynx as two spaces
# ("Nigel  Ambersley,"); a dump breaks no line there.
_FIRST_TOKEN = re.compile(r"[^ ]+(?: {2}[^ ]+){0,2}")
_EARLY_WRAP = 3  # columns short of the width at which lynx at times breaks a line
_LABEL_WORDS = 3  # an ad's or a button's label on the line under a paragraph: "Story continues below"
_WORDS_ONLY = re.compile(r"[A-Za-z ]+")  # a label, no credit ("Photo: Jane Doe") or address
_FULL_LINE_SLACK = 12  # a wrapped line ends within a long word of the width
_MIN_FULL_LINES = 3
_FEW_LINES = 20  # below this many lines, the width alone says little about wrapping
_OVERLONG_SHARE = 50  # one line, and one more in every this many, may run past a dump's wrap width
_END_SLACK = 3  # wrapped lines end this close to the width
_MIN_AT_WIDTH = 2
_FULL_SHARE = 10  # at least one line in this many ends near the width in a dump


@dataclass(slots=True)
class Unit:
    """One paragraph-like piece of the page, with the lines it was made of."""

    text: str
    lines: list[str] = field(default_factory=list)
    bullet: bool = False
    at_margin: bool = False  # its first line starts at the left edge: lynx prints headings so, paragraphs indented
    # The picture's file name its first line opened with ("" when none): the text after it is the picture's own (its
    # alt text, a card's title), unless it reads as a paragraph an inline picture opens.
    picture: str = ""


def runs(indexes: list[int], reach: int) -> list[list[int]]:
    """Ascending unit indexes in runs, each no further than `reach` from the one before it."""
    found: list[list[int]] = []
    for index in indexes:
        if found and index - found[-1][-1] <= reach:
            found[-1].append(index)
        else:
            found.append([index])
    return found


def scraped_units(text: str, width: int | None) -> list[Unit]:
    """The page as units, text-browser marks removed, lines wrapped at `width` (wrap_width's) joined."""
    raw = [line.rstrip() for line in text.split("\n")]
    units: list[Unit] = []
    previous = ""  # the raw line before, if it may continue into this one
    for at, line in enumerate(raw):
        if previous and units and _wrapped_label(previous, line, width):
            units[-1].lines.append(line.strip())  # "... Flop Fest" / "[VIDEO]": the headline's label, wrapped
            previous = line
            continue
        cleaned, bullet = _without_marks(line)
        if not cleaned or _RULE.fullmatch(cleaned):  # w3m's rule across the page parts what it stands between
            previous = ""
            continue
        # A line printed again right under itself is a caption (above the picture and in its gallery),
        # never the rest of a wrapped paragraph.
        again = at + 1 < len(raw) and raw[at + 1].strip() == line.strip()
        if previous and not bullet and units and not again and not _byline_of_its_own(previous, line, width) and (
                _wrapped(previous, cleaned, width, line)):
            units[-1].lines.append(cleaned)  # joined once below: re-joining each line is quadratic
        else:
            units.append(Unit(cleaned, [cleaned], bullet, not line[:1].isspace(), _picture_first(line)))
        previous = line
    for unit in units:
        if len(unit.lines) > 1:
            unit.text = _joined(unit.lines)
            if "[" in unit.text:
                unit.text = _WRAPPED_IMAGE.sub(_without_image_name, unit.text).strip()
    if units and units[0].text.startswith("#"):
        units.pop(0)  # lynx lists the page's <link> elements first: "#Blog » Feed ..."
    return units


def with_first_lines_apart(units: list[Unit], apart: Callable[[str, str], bool]) -> list[Unit]:
    """Units whose first line stands apart from the second split there: a dated byline a dump wrapped into the
    paragraph under it ("By Jane Doe posted Nov 13 2026 7:30PM" / "The council voted ..."), its width near the wrap
    width, or a headline wrapped onto its date line ("... at police station" / "2022-04-26 21:21")."""
    split: list[Unit] = []
    for unit in units:
        if len(unit.lines) > 1 and apart(first := unit.lines[0].strip(), unit.lines[1].strip()):
            # The rest as the unit reads it, a picture's name a dump broke over lines taken out.
            rest = unit.text[len(first):].strip() if unit.text.startswith(first) else _joined(unit.lines[1:])
            split += [Unit(first, unit.lines[:1], unit.bullet), Unit(rest, unit.lines[1:])]
        else:
            split.append(unit)
    return split


def wrap_width(text: str) -> int | None:
    """The width a text browser (lynx, w3m) wrapped the page at, or None for a browser's copy."""
    return _wrap_width([line.rstrip() for line in text.split("\n")])


def _wrap_width(lines: list[str]) -> int | None:
    """The width a text browser wrapped the page at, or None for a browser copy."""
    lengths = sorted((len(line) for line in lines if line), reverse=True)
    if not lengths:
        return None
    # A few lines a dump cannot break (code, long addresses) run past the width the rest keep to.
    overlong = len(lengths) // _OVERLONG_SHARE + 1 if len(lengths) > _FEW_LINES else 0
    width = lengths[min(len(lengths) - 1, overlong)]
    if width > _MAX_WRAP_WIDTH or (lengths[0] > _MAX_WRAP_WIDTH and not _fills_lines(lengths, width)):
        return None  # copies keep paragraphs on a line
    if len(lengths) > _FEW_LINES:
        return _most_filled(lengths, width)
    # A few copied lines only look narrow; a dump, even a short one, fills lines to its width.
    full = sum(len(line) >= width - _FULL_LINE_SLACK for line in lines)
    return width if full >= _MIN_FULL_LINES else None


def _most_filled(lengths: list[int], longest: int) -> int:
    # Preformatted text (code) keeps its own, longer lines: the width is where most lines end.
    counts = Counter(lengths)
    near = {width: sum(counts[w] for w in range(width - _END_SLACK, width + 1))
            for width in counts if width >= longest - _FULL_LINE_SLACK}
    best = max(near, key=lambda width: (near[width], width))
    # Lines a column or two longer still fit the same width, if more than one reaches them.
    return max([best] + [width for width in near if best < width <= best + _END_SLACK
                         and counts[width] >= _MIN_AT_WIDTH])


def _fills_lines(lengths: list[int], width: int) -> bool:
    # A dump wraps every paragraph, so many of its lines end near the width; a copy's lines do not.
    full = sum(width - _FULL_LINE_SLACK <= length <= width for length in lengths)
    return full >= max(_MIN_FULL_LINES, len(lengths) // _FULL_SHARE)


def _byline_of_its_own(line: str, following: str, width: int | None) -> bool:
    # "By Jane Doe" under a full line of tags, as far in: a line of its own, no sentence goes on so.
    # Further in, it is the rest of a list item ("3. Another story's headline" / "   By Jane Doe").
    text = following.strip()
    indent = len(following) - len(following.lstrip())
    alone = _BYLINE_ALONE.match(text) is not None or (
        (_BYLINES_ALONE.match(text) is not None or _GLUED_BYLINE_ALONE.match(text) is not None
         or (_SPACED_BYLINE.match(text) is not None and _DATED.search(text)))
        and line.rstrip().endswith((".", "!", "?", '"', "”")))
    return (width is not None and len(text) < width - _FULL_LINE_SLACK and alone
            and indent <= len(line) - len(line.lstrip()))


def _wrapped_label(line: str, following: str, width: int | None) -> bool:
    # A label in brackets and capitals ends a headline ("... at the harbour [VIDEO]"): wrapped onto a line
    # of its own, it reads as an image's name, but it went down only because it did not fit.
    label = following.strip()
    return (_LABEL.fullmatch(label) is not None and not _BUTTON.fullmatch(label)
            and len(following) - len(label) <= len(line) - len(line.lstrip()) and _wrapped(line, label, width))


def _field_break(gap: re.Match[str], line: str) -> str:
    joined = _BETWEEN_NAMES.search(line[:gap.start()]) or _BETWEEN_NAMES.search(line[gap.end():])
    return " " if joined else " | "


def _wrapped(line: str, following: str, width: int | None, printed: str = "") -> bool:
    # Wrapping is greedy: the next line's first word went down only because it did not fit (`printed`: the next
    # line as the dump printed it, its no-break spaces doubled).
    if width is None:
        return False
    ends_sentence = line.rstrip().endswith((".", "!", "?", ":", ";"))
    if (ends_sentence and len(following.split()) <= _LABEL_WORDS and _WORDS_ONLY.fullmatch(following)
            and is_chrome(following)):
        return False  # "... the mark." / "Advertisement": an ad's label under the paragraph, no word of it
    next_line = (printed or following).strip()
    if ends_sentence and _BUTTON.match(next_line):
        return False  # "(BUTTON) Harbour pilots explain ..." under a sentence: a control of its own
    held = _FIRST_TOKEN.match(next_line)[0]
    # Held words count as one where the line goes on after them ("Nigel  Ambersley, whose ..."); a line of them
    # alone is an element of its own ("13 November 2026" held by no-break spaces under a headline).
    # A form field or an image's name the cleaning takes out is none of the words ("____ Sign Up!", "[logo.png]
    # Jane Doe/Agency"); a link's number glued to its word is printed with it ("[41]Offshore").
    dropped = _FORM_FIELD.match(held) is not None or _IMAGE_NAME.fullmatch(held) is not None
    first = held if held != next_line and not dropped else following.split()[0]
    fitted = len(line) + 1 + len(first)
    if fitted > width - _WRAP_SLACK:
        return True
    # A sentence going on in lower case on the next line: "according" / "to Google's"; lynx at times wraps a
    # word that would have fitted a few columns short of the width.
    return following[:1].islower() and not ends_sentence and (
        len(line) >= width - _FULL_LINE_SLACK or fitted > width - _WRAP_SLACK - _EARLY_WRAP)


def _without_marks(line: str) -> tuple[str, bool]:
    if len(line) <= _MAX_SPACED_BYLINE and _SPACED_BYLINE.match(stripped := line.strip()):
        line = _SPACED_FIELDS.sub(lambda gap: _field_break(gap, stripped), stripped)
    text = " ".join(line.split())
    if not text or _FRAME_LINE.match(text):
        return "", False
    if _ENTITIES_ONLY.fullmatch(text) or _DASHES_ONLY.fullmatch(text):
        return "", False  # "&nbsp;", or "–": a separator a page draws between its blocks
    # A button, an edit's marks and a form field each have a bracket, "INS" or underscores: most lines
    # have none, and their spaces are already evened.
    if "(" in text or "[" in text or "]" in text or "_" in text or "INS" in text:
        text = _BUTTON.sub("", text)
        if ":" in text:
            text = _EDIT_MARKS.sub("", text)
        text = _FORM_FIELD.sub(" ", text)
        text = " ".join(text.split())
    bullet = _BULLET.match(text)
    if bullet:
        text = text[bullet.end():]
        if bullet.group()[0] not in _DUMP_BULLETS and not (bullet.group()[0] == "•" and line[:1] == " "):
            bullet = None  # "• " is the page's own text in a browser copy; indented, w3m's list mark
    if not (_IMAGE_NAME.sub("", text) if "[" in text else text).strip(" |·•"):
        return "", False  # only image names: "[logo] [facebook]"
    if text.startswith("["):  # the writer's picture by its name, w3m at times twice: "[joh-scaled][joh-scaled] by ..."
        text = _LEADING_IMAGE_NAMES.sub("", text).strip()
    if "[" in text:
        text = _IMAGE_SLUG.sub("", _IMAGE_FILE.sub("", text)).strip()
    return text, bullet is not None


def _picture_first(line: str) -> str:
    # "[grey-placeholder.png] A man walks past ...": lynx prints a picture's file name, then its alt text; w3m cuts a
    # lazy picture's placeholder to its width and glues the text on ("[grey-place]A man walks past ..."). A glued
    # name of another picture may stand before the article's own first paragraph ("[logo-300x193]A senior ...").
    stripped = line.strip()
    first = stripped[: stripped.find("]") + 1] if stripped.startswith("[") else ""
    rest = stripped[len(first):]
    if not first or not rest.strip():
        return ""
    if stands_in_for_picture(first) or rest.startswith(" ") and (
            _IMAGE_FILE.fullmatch(first) is not None or _IMAGE_SLUG.fullmatch(first) is not None):
        return first
    return ""


def stands_in_for_picture(name: str) -> bool:
    """Whether a picture's name in brackets is a lazy picture's placeholder: the text after it is that picture's."""
    return _PLACEHOLDER_NAME.fullmatch(name) is not None


def _without_image_name(match: re.Match[str]) -> str:
    # "[who-will- benefit-chart]": its halves put together, dropped when they make an image's name.
    name = f"[{match[1]}{match[2]}]"
    return "" if _IMAGE_FILE.fullmatch(name) or _IMAGE_SLUG.fullmatch(name) else match.group()


def _joined(lines: list[str]) -> str:
    # A dump breaks "well-known" after the hyphen: no space goes back in there.
    parts, tail = [lines[0]], lines[0][-2:]  # tail: the last two characters joined so far
    for line in lines[1:]:
        hyphen = tail.endswith("-") and tail[-2:-1].isalpha() and line[:1].islower()
        parts.append(line if hyphen else f" {line}")
        tail = (tail + parts[-1])[-2:]
    return "".join(parts)
