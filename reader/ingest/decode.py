"""Bytes to text: find the encoding, refuse what is not text, strip controls."""

from __future__ import annotations

import codecs
import re

import charset_normalizer

from reader.ingest.errors import ImportFailure
from reader.text import strip_controls

# Longest first: the UTF-32 LE mark starts with the UTF-16 LE one.
_BOMS = [
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
]
# Common non-text files, named so the reason tells the user what they picked.
_MAGIC = [
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"%PDF-", "PDF document"),
    (b"PK\x03\x04", "ZIP archive"),
    (b"\x1f\x8b", "gzip archive"),
]
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]*?\bencoding\s*=\s*["']([A-Za-z0-9._:-]+)["']""")
_META_CHARSET = re.compile(rb"""<meta[^>]+?charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.I)
# Browsers read latin-1 and ascii labels as windows-1252; so do we, keeping smart quotes.
_ALIASES = {"iso8859-1": "cp1252", "ascii": "cp1252"}
# Controls besides tab/newline/CR/FF/ESC; a real text file has (almost) none.
_NON_TEXT = re.compile(r"[\x00-\x08\x0b\x0e-\x1a\x1c-\x1f\x7f-\x9f\ufffd]")
_MAX_NON_TEXT_SHARE = 0.10
_DOCUMENT_PRESCAN = 4096
# Guesses that may really be cp1252 text, and what cp1252 text plausibly contains.
_LATIN_GUESSES = frozenset(
    "cp1250 cp1252 cp1254 cp1257 cp775 cp850 cp437 mac_latin2 mac_roman latin_1 iso8859_2 "
    "iso8859_3 iso8859_4 iso8859_9 iso8859_10 iso8859_13 iso8859_14 iso8859_15 iso8859_16".split()
)
_MOSTLY_ASCII = 0.4  # share of non-ASCII among letters below which text reads as Western
_WESTERN = frozenset(
    "ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÑÒÓÔÕÖØÙÚÛÜÝßàáâãäåæçèéêëìíîïñòóôõöøùúûüýÿŒœŠšŽžŸ"
    "‘’‚“”„–—…•€™«»°£©®§·¡¿\u00a0"
)


def decode_bytes(data: bytes, source: str, declared: str | None = None) -> str:
    """Text of `data`, sanitized; `declared` is a charset from the HTTP header."""
    if not data:
        raise ImportFailure(source, "empty file")
    text = _decode(data, source, declared)
    if _looks_binary(text):
        raise ImportFailure(source, "binary file (mostly non-text bytes)")
    text = strip_controls(text)
    if not text.strip():
        raise ImportFailure(source, "empty file (only whitespace)")
    return text


def _decode(data: bytes, source: str, declared: str | None) -> str:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            text = data[len(bom) :].decode(encoding, errors="replace")
            if "\x00" in text:
                raise ImportFailure(source, "binary file (contains NUL bytes)")
            return text
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            raise ImportFailure(source, f"binary file ({kind})")
    if b"\x00" in data:
        raise ImportFailure(source, "binary file (contains NUL bytes)")
    for encoding in (_codec(declared), _codec(_in_document(data))):
        if encoding:
            try:
                return data.decode(encoding)
            except UnicodeDecodeError:
                pass  # the label lied; the detectors below decide
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    best = charset_normalizer.from_bytes(data).best()
    if best is not None:
        return _western_text(data, best.encoding) or str(best)
    # No encoding fits cleanly: near-UTF-8 text keeps its few bad bytes as U+FFFD.
    return data.decode("utf-8", errors="replace")


def _western_text(data: bytes, guessed: str) -> str | None:
    """The cp1252 reading when the guess is a near tie and cp1252 reads cleanly.

    On short Western text charset-normalizer often picks cp1250 or mac_latin2 with
    the same score as cp1252 ("naïve" becomes "naďve"), or even cp1251 when only a
    few bytes are non-ASCII. cp1252 is by far the most common legacy encoding, so it
    wins when every non-ASCII character it yields is a Western European letter or
    typographic punctuation, and the guess is Latin-script or the text mostly ASCII.
    """
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    if not all(char in _WESTERN for char in set(text) if ord(char) > 127):
        return None
    if guessed in _LATIN_GUESSES:
        return text
    sample = text[:65536]
    non_ascii = len(sample) - len(sample.encode("ascii", errors="ignore"))
    letters = sum(char.isalpha() for char in sample)
    return text if non_ascii < _MOSTLY_ASCII * letters else None


def _in_document(data: bytes) -> str | None:
    head = data[:_DOCUMENT_PRESCAN]
    match = _XML_ENCODING.match(head) or _META_CHARSET.search(head)
    return match.group(1).decode("ascii") if match else None


def _codec(label: str | None) -> str | None:
    if not label:
        return None
    try:
        name = codecs.lookup(label.strip().strip("\"'")).name
    except LookupError:
        return None
    # Real UTF-16/32 starts with a BOM or is full of NUL bytes (both handled before this):
    # a label, in the page or in a header, that says so of other bytes is wrong.
    if name.startswith(("utf-16", "utf-32")):
        return None
    return _ALIASES.get(name, name)


def _looks_binary(text: str) -> bool:
    sample = text[:65536]
    return len(_NON_TEXT.findall(sample)) > _MAX_NON_TEXT_SHARE * max(len(sample), 1)
