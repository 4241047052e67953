"""An article as the blocks the view wraps and shows: header lines, passages, notes, captions."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from reader.model import Article, Bookmark, EntitySpan, Note
from reader.tui.formatting import long_date, plural, reading_minutes
from reader.tui.highlight import display_line, display_text

QUOTE_LABEL_CHARS = 48


@dataclass(slots=True)
class Block:
    """One wrapped unit of the view: a header line, a paragraph, a note or a caption."""

    # title, byline, about, url, rule, heading, paragraph, caption, note, folded
    kind: str
    text: str
    spans: list[EntitySpan] = field(default_factory=list)
    passage: int | None = None  # index among passages (paragraphs, then captions)
    gap_after: bool = True
    label: int = 0  # how many leading characters of `text` are a label (shown dim), not the note
    marker: str = ""  # drawn before a note's first line: ✎ for notes, ⚑ for an orphaned bookmark
    note_id: str | None = None


def article_blocks(
    article: Article,
    bookmarks: Iterable[Bookmark] = (),
    notes: Iterable[Note] = (),
    show_notes: bool = True,
    tags: tuple[str, ...] = (),
) -> list[Block]:
    blocks = [Block("title", display_line(article.title) or "(untitled)", gap_after=False)]
    if article.byline:
        blocks.append(Block("byline", display_line(article.byline), gap_after=False))
    words = sum(len(p.split()) for p in article.paragraphs)
    about = [display_line(article.source or ""), long_date(article.published),
             f"{plural(words, 'word')} · {reading_minutes(words)} min read"]
    blocks.append(Block("about", " · ".join(part for part in about if part), gap_after=False))
    if article.url:
        blocks.append(Block("url", display_line(article.url), gap_after=False))
    if tags:
        blocks.append(Block("about", "  ".join(f"#{display_line(tag)}" for tag in tags), gap_after=False))
    blocks.append(Block("rule", ""))
    notes = sorted(notes, key=lambda n: n.created)
    blocks.extend(_unplaced_blocks(list(bookmarks), notes))
    placed: dict[int, list[Note]] = {}
    for note in notes:
        if note.anchor is not None and not note.orphaned:
            placed.setdefault(note.anchor.paragraph, []).append(note)
    passage = 0
    spans_by_paragraph: dict[int, list[EntitySpan]] = {}
    for span in article.entities:
        spans_by_paragraph.setdefault(span.paragraph, []).append(span)
    for index, paragraph in enumerate(article.paragraphs):
        block = Block("paragraph", paragraph, spans_by_paragraph.get(index, []), passage)
        blocks.append(block)
        passage += 1
        on_it = placed.get(index)
        if on_it:
            block.gap_after = False
            if show_notes:
                blocks.extend(_note_block(note, len(paragraph)) for note in on_it)
            else:
                blocks.append(Block("folded", f"{plural(len(on_it), 'note')} · z shows notes",
                                    gap_after=False, marker="✎"))
            blocks[-1].gap_after = True
    if article.captions:
        blocks.append(Block("heading", "Captions", gap_after=False))
        spans_by_caption: dict[int, list[EntitySpan]] = {}
        for span in article.caption_entities:
            spans_by_caption.setdefault(span.paragraph, []).append(span)
        for index, caption in enumerate(article.captions):
            blocks.append(Block("caption", caption, spans_by_caption.get(index, []), passage))
            passage += 1
    return blocks


def _note_block(note: Note, paragraph_length: int) -> Block:
    """A note under its passage; a note on part of the passage says which words."""
    anchor = note.anchor
    label = ""
    if anchor is not None and (anchor.start > 0 or anchor.end < paragraph_length):
        label = f"on “{short_quote(anchor.exact)}”\n"
    return Block("note", label + display_text(note.text), gap_after=False, label=len(label),
                 marker="✎", note_id=note.id)


def _unplaced_blocks(bookmarks: list[Bookmark], notes: list[Note]) -> list[Block]:
    """Notes on the whole article, then annotations whose passage is gone (kept, flagged)."""
    blocks = []
    for note in notes:
        if note.anchor is None:
            blocks.append(Block("note", display_text(note.text), gap_after=False, marker="✎",
                                note_id=note.id))
    lost = "not in the article any more: "
    for note in notes:
        if note.anchor is not None and note.orphaned:
            label = f"{lost}“{short_quote(note.anchor.exact)}”\n"
            blocks.append(Block("note", label + display_text(note.text), gap_after=False,
                                label=len(label), marker="✎", note_id=note.id))
    for mark in bookmarks:
        if mark.orphaned:
            text = f"bookmark {lost}“{short_quote(mark.anchor.exact)}”"
            blocks.append(Block("note", text, gap_after=False, label=len(text), marker="⚑"))
    if blocks:
        blocks.insert(0, Block("heading", "Notes", gap_after=False))
        blocks[-1].gap_after = True
    return blocks


def short_quote(text: str, limit: int = QUOTE_LABEL_CHARS) -> str:
    line = display_line(text)
    return line if len(line) <= limit else line[: limit - 1].rstrip() + "…"
