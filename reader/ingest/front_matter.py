"""A small, safe reader for the YAML-style front matter of Markdown files.

Only flat `key: value` pairs and simple lists; nothing is ever evaluated or
expanded (PyYAML is not a dependency, and its tags would be a risk anyway).
"""

from __future__ import annotations

import re

_OPEN = re.compile(r"\A\ufeff?---[ \t]*\n")
_CLOSE = re.compile(r"^(?:---|\.\.\.)[ \t]*$", re.M)
_PAIR = re.compile(r"^(?P<key>[A-Za-z_][\w-]*)\s*:(?:\s+(?P<value>.*))?$")
_ITEM = re.compile(r"^\s+-\s+(?P<value>.*)$")


def split_front_matter(text: str) -> tuple[dict[str, str], str]:
    """(front matter fields, body); fields are lower-cased keys to one-line strings."""
    opening = _OPEN.match(text)
    if not opening:
        return {}, text
    closing = _CLOSE.search(text, opening.end())
    if not closing:
        return {}, text
    fields = _read_pairs(text[opening.end() : closing.start()])
    return fields, text[closing.end() :].lstrip("\n")


def _read_pairs(block: str) -> dict[str, str]:
    fields: dict[str, str] = {}
    last_key: str | None = None
    for line in block.split("\n"):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        item = _ITEM.match(line)
        if item and last_key is not None:
            # A block list ("author:" then "  - Jane Doe") joins into one value.
            value = _unquote(item["value"])
            fields[last_key] = f"{fields[last_key]}, {value}" if fields[last_key] else value
            continue
        pair = _PAIR.match(line)
        if pair is None:
            last_key = None
            continue
        last_key = pair["key"].lower()
        fields[last_key] = _value(pair["value"] or "")
    return {key: value for key, value in fields.items() if value}


def _value(raw: str) -> str:
    raw = raw.strip()
    if raw.startswith("[") and raw.endswith("]"):
        return ", ".join(filter(None, (_unquote(part) for part in raw[1:-1].split(","))))
    return _unquote(raw)


def _unquote(raw: str) -> str:
    raw = raw.strip()
    if len(raw) >= 2 and raw[0] == raw[-1] == '"':
        return raw[1:-1].replace('\\"', '"').replace("\\\\", "\\")
    if len(raw) >= 2 and raw[0] == raw[-1] == "'":
        return raw[1:-1].replace("''", "'")
    # An unquoted YAML value ends at " #" (a comment).
    return raw.split(" #", 1)[0].strip()
