"""The one sanitizer for text that came from outside.

Two jobs, kept apart on purpose:

* `strip_controls` / `one_line` make text safe to store and print: whole terminal escape
  sequences go first (so no "[31m" or "]0;title" residue is left behind), then every
  remaining control character (C0 except newline and tab, DEL, C1).
* `visible_format_chars` / `shown_line` / `shown_text` are for display only: bidi controls
  and zero-width characters are shown as short visible markers such as "⟨RLO⟩", so they
  can neither reorder a line nor hide inside a word. Stored text keeps them (it is the
  truth, and they are legitimate in Arabic, Hebrew, Persian, Indic text and emoji).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence

# --- terminal escape sequences (ECMA-48), 7-bit and 8-bit ---------------------------
# Every sequence starts with a control character (ESC or an 8-bit introducer), so each
# pattern is that character followed by an optional tail chosen by lookbehind: a leading
# character class lets the regex engine skip clean text fast.
# String bodies (OSC, DCS, SOS, PM, APC) end at their terminator, at an ESC (which starts
# something else), at CAN/SUB (which abort any sequence) or at the end of the line: an
# unterminated one never swallows more than its own line.
# A CSI needs its final byte, or the end of the line where it was cut off: a stray
# introducer before '"><p>' must not eat the markup after it (the introducer alone goes).
_CSI_BODY = r"[\x30-\x3f]*[\x20-\x2f]*(?:[\x40-\x7e]|(?=[\n\r]|\Z))"  # params, intermediates, final
_OSC_BODY = r"[^\x07\x1b\x9c\n\r\x18\x1a]*(?:\x07|\x1b\\|\x9c)?"  # ended by BEL or ST
_STRING_BODY = r"[^\x1b\x9c\n\r\x18\x1a]*(?:\x1b\\|\x9c)?"  # DCS, SOS, PM, APC: ended by ST
_TAIL = (
    r"(?:(?<=\x1b)(?:\[" + _CSI_BODY + r"|\]" + _OSC_BODY + r"|[PX^_]" + _STRING_BODY
    # Any other escape: intermediates and a final byte ("ESC ( B", "ESC c", "ESC 7").
    + r"|[\x20-\x2f]*[\x30-\x7e]?)"
    + r"|(?<=\x9b)" + _CSI_BODY
    + r"|(?<=\x9d)" + _OSC_BODY
    + r"|(?<=[\x90\x98\x9e\x9f])" + _STRING_BODY
    + r")?"
)
_INTRODUCERS = "\x1b\x90\x98\x9b\x9d\x9e\x9f"  # ESC; 8-bit DCS, SOS, CSI, OSC, PM, APC
_CONTROLS = "\x00-\x08\x0b-\x1f\x7f-\x9f"  # C0 except tab and newline, DEL, C1; ESC is in C0


class _Lazy:
    """A pattern compiled when first used: start-up compiles only what it needs."""

    def __init__(self, pattern: str) -> None:
        self.pattern = pattern
        self.compiled: re.Pattern[str] | None = None

    def __getattr__(self, name: str):  # search, sub, finditer
        if self.compiled is None:
            self.compiled = re.compile(self.pattern)
        return getattr(self.compiled, name)


_SURROGATES = "\ud800-\udfff"
# One scan finds clean text: no control character and no lone surrogate.
_ANY_CONTROL = re.compile(f"[{_CONTROLS}{_SURROGATES}]")
_ANY_SURROGATE = re.compile(f"[{_SURROGATES}]")
_STRIP = _Lazy(f"[{_CONTROLS}]{_TAIL}")  # a whole sequence, or one control character


def readable_bytes(text: str) -> str:
    """Text that is valid UTF-8: a byte that was not (a file name or argument that Python
    decoded with surrogateescape, as "caf\\udce9") is written as "\\xe9"; any other lone
    surrogate becomes U+FFFD."""
    if _ANY_SURROGATE.search(text) is None:
        return text
    return _ANY_SURROGATE.sub(_escaped_byte, text)


def _escaped_byte(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code - 0xDC00:02x}" if 0xDC80 <= code <= 0xDCFF else "\ufffd"


_WORD_CHUNK = 1 << 14  # longer than most paragraphs: they are split once, as before


def word_count(text: str) -> int:
    """len(text.split()), a slice at a time: a 16 MiB paragraph's words would all be alive at once."""
    count = 0
    for start in range(0, len(text), _WORD_CHUNK):
        count += len(text[start : start + _WORD_CHUNK].split())
        if start and not text[start - 1].isspace() and not text[start].isspace():
            count -= 1  # one word across the cut, counted on both sides
    return count


def strip_controls(text: str) -> str:
    """Remove escape sequences and control characters, keeping newline and tab (CR becomes LF)."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if _ANY_CONTROL.search(text) is None:
        return text
    return _STRIP.sub("", readable_bytes(text))


def one_line(text: str) -> str:
    """A single line for titles and table cells: no escapes, no controls, no newlines."""
    if _ANY_CONTROL.search(text) is not None:
        text = readable_bytes(text)
        # An escape sequence is no word break ("bold\x1b[1mword" is one word); a control is.
        text = _STRIP.sub(_space_for_control, text)
    return " ".join(text.split())  # newlines and tabs too


def _space_for_control(match: re.Match[str]) -> str:
    return "" if match.group()[0] in _INTRODUCERS else " "


# --- characters invisible inside a word, for reading rather than display ----------------
# A soft hyphen, a zero-width space, a word joiner or a BOM only hint where a word may break:
# entities, alias folding and search read "Netan\u200byahu" as "Netanyahu". (ZWJ and ZWNJ
# change how Persian, Indic text and emoji are written, so they stay.)
_IN_WORD_INVISIBLE = re.compile("[\u00ad\u200b\u2060\ufeff]")


def without_invisible(text: str) -> str:
    """The text as a reader reads it: without characters that are invisible inside words."""
    return _IN_WORD_INVISIBLE.sub("", text) if _IN_WORD_INVISIBLE.search(text) else text


def invisible_removed(text: str) -> tuple[str, list[int] | None]:
    """`without_invisible(text)` and, if it differs, each of its offsets' offset in `text`
    (one more at the end); None when nothing was removed."""
    if _IN_WORD_INVISIBLE.search(text) is None:
        return text, None
    kept = [i for i, char in enumerate(text) if not _IN_WORD_INVISIBLE.match(char)]
    return "".join(text[i] for i in kept), [*kept, len(text)]


# --- bidi and zero-width characters, shown visibly ---------------------------------------
FORMAT_CHAR_NAMES = {
    "\u202a": "LRE",
    "\u202b": "RLE",
    "\u202c": "PDF",
    "\u202d": "LRO",
    "\u202e": "RLO",
    "\u2066": "LRI",
    "\u2067": "RLI",
    "\u2068": "FSI",
    "\u2069": "PDI",
    "\u200e": "LRM",
    "\u200f": "RLM",
    "\u061c": "ALM",
    "\u200b": "ZWSP",
    "\u200c": "ZWNJ",
    "\u200d": "ZWJ",
    "\u2060": "WJ",
    "\ufeff": "BOM",
}
FORMAT_MARKERS = {char: f"⟨{name}⟩" for char, name in FORMAT_CHAR_NAMES.items()}
# Emoji and other pictographs (an approximation of Extended_Pictographic): a ZWJ between
# two of them joins an emoji sequence (👩‍💻) and is kept. Before the ZWJ may also come a
# variation selector-16 ("❤️‍🔥") or a skin tone (inside the U+1F000 block).
_PICTOGRAPHS = (
    "\u00a9\u00ae\u203c\u2049\u2122\u2139\u2194-\u2199\u21a9\u21aa\u231a\u231b\u2328\u23cf"
    "\u23e9-\u23f3\u23f8-\u23fa\u24c2\u25aa\u25ab\u25b6\u25c0\u25fb-\u25fe\u2600-\u27bf"
    "\u2934\u2935\u2b05-\u2b07\u2b1b\u2b1c\u2b50\u2b55\u3030\u303d\u3297\u3299"
    "\U0001f000-\U0001faff"
)
_FORMAT_CLASS = "\u202a-\u202e\u2066-\u2069\u200b-\u200f\u061c\u2060\ufeff"
# Any of them, unless it is a ZWJ with a pictograph (or VS16) before and a pictograph after.
_NOT_IN_EMOJI = f"(?:(?<![{_PICTOGRAPHS}\ufe0f]\u200d)|(?![{_PICTOGRAPHS}]))"
_ANY_FORMAT = re.compile(f"[{_FORMAT_CLASS}]")
_FORMAT_RE = _Lazy(f"[{_FORMAT_CLASS}]{_NOT_IN_EMOJI}")


def visible_format_chars(text: str) -> str:
    """Bidi controls and zero-width characters as visible markers ("⟨RLO⟩", "⟨ZWSP⟩").

    A zero-width joiner between two pictographs is part of an emoji and stays.
    """
    if _ANY_FORMAT.search(text) is None:
        return text
    return _FORMAT_RE.sub(_marker, text)


def _marker(match: re.Match[str]) -> str:
    return FORMAT_MARKERS[match.group()]


def shown_line(text: str) -> str:
    """`one_line` for display: also bidi and zero-width characters made visible."""
    if is_shown_line(text):
        return text  # nothing to clean: a rebuilt index at 100,000 articles shows 400,000 of these
    return visible_format_chars(one_line(text))


def is_shown_line(text: str) -> bool:
    """Whether `shown_line(text)` is `text` itself. Every control, bidi and zero-width character
    and every space but " " is unprintable, so printable text with single inner spaces is."""
    return text.isprintable() and "  " not in text and text == text.strip()


def shown_path(path: object) -> str:
    """A file name as a message shows it: valid UTF-8, no escapes or controls. Unlike
    `shown_line`, spaces stay as they are (they are part of the name)."""
    text = readable_bytes(str(path))
    if _ANY_CONTROL.search(text) is not None:
        text = _STRIP.sub("", text)
    return visible_format_chars(text)


# --- multi-line text for display, with an offset map back to the stored text -------------
# One leading class (fast to scan for), then what follows by which character it was.
_SHOWN = _Lazy(
    f"[{_FORMAT_CLASS}\t{_CONTROLS}]"
    f"(?:(?<=[{_FORMAT_CLASS}]){_NOT_IN_EMOJI}|(?<=\r)\n?|(?<=\t)|(?<=[{_CONTROLS}]){_TAIL})"
)


class ShownText:
    """Stored text as displayed, and where each stored character went.

    Display removes escape sequences and controls, turns CR/CRLF into a newline and a tab
    into a space, and puts a marker in place of each bidi or zero-width character; so the
    shown text can be shorter or longer than the stored one. Entity spans, bookmarks and
    sentences index the stored text: `shown` maps a stored offset to a shown one,
    `stored` maps back (a shown offset inside a marker is inside its one character).
    """

    __slots__ = ("text", "_offsets")

    def __init__(self, text: str, offsets: Sequence[int] | None = None) -> None:
        self.text = text
        # offsets[i]: where stored character i starts in `text`; one more at the end.
        self._offsets = offsets

    @property
    def same(self) -> bool:
        """Whether the shown text is the stored text (then every offset maps to itself)."""
        return self._offsets is None

    def shown(self, stored: int) -> int:
        offsets = self._offsets
        if offsets is None:
            return stored
        return offsets[max(0, min(stored, len(offsets) - 1))]

    def stored(self, shown: int, *, end: bool = False) -> int:
        """The stored offset of a shown one; `end` for the end of a range (rounds up)."""
        offsets = self._offsets
        if offsets is None:
            return shown
        index = bisect_left(offsets, shown)
        if index >= len(offsets):
            return len(offsets) - 1
        if offsets[index] != shown and not end:
            index -= 1  # inside a marker: the marker's own character
        return index


def shown_text(text: str) -> ShownText:
    """`text` as the TUI shows a paragraph, caption or note, with its offset map."""
    if _SHOWN.search(text) is None:
        return ShownText(text)
    pieces: list[str] = []
    offsets: list[int] = []
    position = 0  # in the stored text
    length = 0  # of the shown text so far
    for match in _SHOWN.finditer(text):
        start, stop = match.span()
        first = text[start]
        if first in FORMAT_MARKERS:
            replacement = FORMAT_MARKERS[first]
        elif first == "\r":
            replacement = "\n"
        elif first == "\t":
            replacement = " "
        else:
            replacement = ""
        if start > position:
            pieces.append(text[position:start])
            offsets.extend(range(length, length + start - position))
            length += start - position
        offsets.extend([length] * (stop - start))
        pieces.append(replacement)
        length += len(replacement)
        position = stop
    pieces.append(text[position:])
    offsets.extend(range(length, length + len(text) - position + 1))
    return ShownText("".join(pieces), offsets)


def fit(text: str, width: int, right: bool = False) -> str:
    """Exactly `width` terminal cells, a wide character (Chinese, Japanese, Korean) taking two:
    cut with an ellipsis, or padded."""
    if width <= 0:
        return ""
    if text.isascii() and text.isprintable():  # a cell a character: `reader list` starts without rich
        if len(text) > width:
            return text[:width - 1] + "…"
        return text.rjust(width) if right else text.ljust(width)
    from rich.cells import cell_len, set_cell_size  # imported where first needed

    if cell_len(text) > width:
        return set_cell_size(text, width - 1) + "…"
    padding = " " * (width - cell_len(text))
    return padding + text if right else text + padding
