"""Markdown notes for Obsidian, Logseq and friends: front matter, quotes, notes under them.

Quotes are kept exactly: each line of the quoted text follows "> " (an empty line is ">"),
and nothing in it is escaped, so stripping that prefix gives the article's text back.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace
from pathlib import Path

import orjson

from reader.export import Annotated, main_entities
from reader.model import Anchor, Article, Bookmark, Note
from reader.export.destination import ExportDestinationError, write_export
from reader.store.stamps import now_iso

SLUG_CHARS = 60
SINGLE_FILE_SUFFIXES = (".md", ".markdown")
ORPHANED_HEADING = "## No longer in the article"
ORPHANED_HINT = (
    "*The article changed and these passages could not be found in it any more; "
    "they are kept as they were.*"
)


# What JSON leaves as it is but YAML does not allow in a document (DEL, C1 but NEL, U+FFFE,
# U+FFFF): written as \u escapes, which both read the same.
_NOT_YAML = re.compile("[\x7f-\x84\x86-\x9f\ufffe\uffff]")


def yaml_string(value: str) -> str:
    """A double-quoted YAML scalar: JSON's string syntax is valid YAML and escapes what it must."""
    return _NOT_YAML.sub(lambda m: f"\\u{ord(m.group()):04x}", orjson.dumps(value).decode("utf-8"))


def front_matter(article: Article, tags: tuple[str, ...] = ()) -> str:
    lines = ["---", f"title: {yaml_string(article.title)}"]
    lines.append(f"author: {yaml_string(article.byline) if article.byline else 'null'}")
    for name in ("source", "url", "published"):
        value = getattr(article, name)
        lines.append(f"{name}: {yaml_string(value) if value else 'null'}")
    entities = main_entities(article)
    if entities:
        lines.append("entities:")
        lines.extend(f"  - {yaml_string(name)}" for name in entities)
    else:
        lines.append("entities: []")
    lines.append("tags: [" + ", ".join(yaml_string(tag) for tag in tags) + "]")
    lines.append(f"reader_id: {yaml_string(article.id)}")
    lines.append("---")
    return "\n".join(lines)


def blockquote(text: str) -> str:
    """`text` as a Markdown blockquote, every line kept as it is (multi-line safe)."""
    return "\n".join(f"> {line}" if line else ">" for line in text.split("\n"))


def unquote(block: str) -> str:
    """The text a `blockquote` holds (what a reader of the file gets back)."""
    return "\n".join(line[2:] if line.startswith("> ") else line[1:] for line in block.split("\n"))


def article_sections(item: Annotated) -> list[str]:
    """The body after the title: article notes, then each marked passage with its notes."""
    sections: list[str] = []
    for note in sorted((n for n in item.notes if n.anchor is None), key=lambda n: n.created):
        sections.append(note.text.strip("\n"))
    placed, orphaned = _passages(item.bookmarks, item.notes)
    for anchor, notes in _merged(placed, item.article.paragraphs):
        sections.append(blockquote(anchor.exact))
        sections.extend(note.text.strip("\n") for note in notes)
    if orphaned:
        sections.append(ORPHANED_HEADING)
        sections.append(ORPHANED_HINT)
        for anchor, notes in orphaned:
            sections.append(blockquote(anchor.exact))
            sections.extend(note.text.strip("\n") for note in notes)
    return sections


def _passages(
    bookmarks: list[Bookmark], notes: list[Note]
) -> tuple[list[tuple[Anchor, list[Note]]], list[tuple[Anchor, list[Note]]]]:
    """Marked passages in reading order, a bookmark and the notes on the same words as one."""
    groups: dict[tuple, tuple[Anchor, list[Note], bool]] = {}
    for mark in bookmarks:
        key = (mark.orphaned, mark.anchor.paragraph, mark.anchor.start, mark.anchor.end, mark.anchor.exact)
        groups.setdefault(key, (mark.anchor, [], mark.orphaned))
    for note in sorted((n for n in notes if n.anchor is not None), key=lambda n: n.created):
        anchor = note.anchor
        assert anchor is not None
        key = (note.orphaned, anchor.paragraph, anchor.start, anchor.end, anchor.exact)
        groups.setdefault(key, (anchor, [], note.orphaned))[1].append(note)
    ordered = [groups[key] for key in sorted(groups, key=lambda k: k[1:4])]
    placed = [(anchor, notes) for anchor, notes, orphan in ordered if not orphan]
    orphaned = [(anchor, notes) for anchor, notes, orphan in ordered if orphan]
    return placed, orphaned


def _merged(
    placed: list[tuple[Anchor, list[Note]]], paragraphs: list[str]
) -> list[tuple[Anchor, list[Note]]]:
    """Overlapping passages of one paragraph as one quote (a sentence bookmark inside a noted
    passage), with every note of them under it: each piece of text is quoted once."""
    merged: list[tuple[Anchor, list[Note]]] = []
    for anchor, notes in placed:  # in reading order: by paragraph, then start
        if merged:
            last, last_notes = merged[-1]
            same = last.paragraph == anchor.paragraph < len(paragraphs)
            if same and anchor.start < last.end:
                end = max(last.end, anchor.end)
                text = paragraphs[anchor.paragraph][last.start:end]
                notes = sorted(last_notes + notes, key=lambda n: n.created)
                merged[-1] = (replace(last, end=end, exact=text), notes)
                continue
        merged.append((anchor, notes))
    return merged


def article_markdown(item: Annotated) -> str:
    """One article's file: YAML front matter, its title, then its notes and quotes."""
    parts = [front_matter(item.article, item.tags), f"# {_heading(item.article.title)}", *article_sections(item)]
    return "\n\n".join(parts) + "\n"


def collection_markdown(items: list[Annotated]) -> str:
    """Several articles in one file: a front matter for the file, a section per article."""
    head = "\n".join([
        "---",
        f"title: {yaml_string('Bookmarks and notes')}",
        f"exported: {yaml_string(now_iso())}",
        f"articles: {len(items)}",
        "---",
    ])
    parts = [head]
    for item in items:
        article = item.article
        parts.append(f"# {_heading(article.title)}")
        fields = {"author": article.byline, "source": article.source, "url": article.url,
                  "published": article.published}
        about = [f"{name}: {value}" for name, value in fields.items() if value]
        entities = main_entities(article)
        if entities:
            about.append("entities: " + ", ".join(entities))
        if about:
            parts.append("\n".join(f"- {line}" for line in about))
        parts.extend(article_sections(item))
    return "\n\n".join(parts) + "\n"


def _heading(title: str) -> str:
    return " ".join(title.split()) or "(untitled)"


def slug(text: str) -> str:
    """Lower-case ASCII words joined by hyphens, for file names."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    words = re.findall(r"[a-z0-9]+", ascii_text.lower())
    result = ""
    for word in words:
        if len(result) + len(word) + 1 > SLUG_CHARS:
            break
        result = f"{result}-{word}" if result else word
    return result


def file_name(article: Article) -> str:
    """`slug-of-the-title-ID.md`: readable, and unique through the id."""
    title = slug(article.title)
    return f"{title}-{article.id}.md" if title else f"{article.id}.md"


def write_markdown(items: list[Annotated], out: Path) -> list[Path]:
    """Write one file per article into folder `out`, or all into `out` when it ends in .md."""
    if out.suffix.lower() in SINGLE_FILE_SUFFIXES:
        return [write_export(out, collection_markdown(items).encode("utf-8"))]
    if out.exists() and not out.is_dir():
        raise ExportDestinationError(out, "not a folder (a name ending in .md is written as one file)")
    out.mkdir(parents=True, exist_ok=True)
    return [write_export(out / file_name(item.article), article_markdown(item).encode("utf-8")) for item in items]
