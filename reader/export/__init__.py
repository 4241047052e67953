"""Articles and their annotations as records and files: JSON, Markdown, W3C Web Annotation.

The formatters are plain functions of an article and its annotations; `export_articles`
reads them through the Library and writes the result (or hands back the text).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import orjson

from reader.model import Article, Bookmark, Note, ReadingState
from reader.text import shown_path

if TYPE_CHECKING:
    from reader.store import Library

FORMATS = ("markdown", "json", "w3c")
# Labels that say when or how much, not who or what: left out of an article's main entities.
_NOT_MAIN = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL"})
MAIN_ENTITIES = 8


def article_record(
    article: Article, bookmarks: list[Bookmark], notes: list[Note], state: ReadingState | None = None
) -> dict[str, Any]:
    """The stable `show --json` shape (see README)."""
    return {
        "id": article.id,
        "title": article.title,
        "byline": article.byline,
        "source": article.source,
        "url": article.url,
        "published": article.published,
        "added": article.added,
        "tags": list(state.tags) if state else [],
        "archived": state.archived if state else False,
        "deleted": state.deleted if state else None,
        "paragraphs": article.paragraphs,
        "captions": article.captions,
        "entities": [e.to_dict() for e in article.entities],
        "caption_entities": [e.to_dict() for e in article.caption_entities],
        "bookmarks": [
            {
                "id": b.id,
                "paragraph": b.anchor.paragraph,
                "start": b.anchor.start,
                "end": b.anchor.end,
                "quote": b.anchor.exact,
                "created": b.created,
                "orphaned": b.orphaned,
            }
            for b in sorted(bookmarks, key=lambda b: (b.anchor.paragraph, b.anchor.start))
        ],
        "notes": [
            {
                "id": n.id,
                "paragraph": n.anchor.paragraph if n.anchor else None,
                "start": n.anchor.start if n.anchor else None,
                "end": n.anchor.end if n.anchor else None,
                "text": n.text,
                "quote": n.anchor.exact if n.anchor else None,
                "created": n.created,
                "updated": n.updated,
                "orphaned": n.orphaned,
            }
            for n in sorted(notes, key=lambda n: n.created)
        ],
    }


def to_json(data: Any) -> str:
    """The one JSON encoder for output: UTF-8, indented, stable key order."""
    return orjson.dumps(data, option=orjson.OPT_INDENT_2).decode("utf-8")


def main_entities(article: Article, count: int = MAIN_ENTITIES) -> list[str]:
    """The canonical names mentioned most (people, organisations, places, ...), at most `count`."""
    mentions = Counter(
        e.canonical for e in article.entities + article.caption_entities if e.label not in _NOT_MAIN
    )
    return [name for name, _n in sorted(mentions.items(), key=lambda kv: (-kv[1], kv[0]))[:count]]


@dataclass(slots=True)
class Annotated:
    """An article with its bookmarks and notes, as the formatters take it."""

    article: Article
    bookmarks: list[Bookmark]
    notes: list[Note]
    tags: tuple[str, ...] = ()

    @property
    def annotation_count(self) -> int:
        return len(self.bookmarks) + len(self.notes)


@dataclass(slots=True)
class ExportResult:
    articles: int = 0
    annotations: int = 0
    paths: list[Path] = field(default_factory=list)  # files written
    text: str | None = None  # the export itself, when no path was given

    def summary(self) -> str:
        where = ""
        if len(self.paths) == 1:
            where = f" to {shown_path(self.paths[0])}"
        elif self.paths:
            where = f" to {len(self.paths)} files in {shown_path(self.paths[0].parent)}"
        return (
            f"exported {self.articles} {'article' if self.articles == 1 else 'articles'} "
            f"({self.annotations} {'annotation' if self.annotations == 1 else 'annotations'}){where}"
        )


def annotated_article_ids(library: Library) -> list[str]:
    """Articles with at least one bookmark or note, newest first."""
    counts = library.annotation_counts()
    summaries = [s for s in library.summaries() if s.id in counts]
    summaries.sort(key=lambda s: (s.published or s.added or "", s.title), reverse=True)
    return [s.id for s in summaries]


def load_annotated(library: Library, article_ids: list[str]) -> list[Annotated]:
    states = library.reading_states()
    return [
        Annotated(library.article(i), library.bookmarks(i), library.notes(i),
                  states[i].tags if i in states else ())
        for i in article_ids
    ]


def export_articles(
    library: Library, fmt: str, article_ids: list[str], out: Path | None
) -> ExportResult:
    """Export `article_ids` (in that order) as `fmt`; to `out`, or as text when it is None.

    Markdown goes to files: `out` ending in .md is one file, anything else a folder (made
    if missing) with one file per article; `out` "-" hands back the text of any format.
    Files are written by the rules of `reader.export.destination`.
    """
    # Each format loads when asked for: every command imports this package (bench_note_cli).
    from reader.export.destination import STDOUT, write_export

    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r} (known: {', '.join(FORMATS)})")
    items = load_annotated(library, article_ids)
    result = ExportResult(len(items), sum(i.annotation_count for i in items))
    to_stdout = out is not None and str(out) == STDOUT
    if fmt == "markdown":
        from reader.export.markdown import collection_markdown, write_markdown

        if to_stdout:
            result.text = collection_markdown(items).rstrip("\n")
        else:
            result.paths = write_markdown(items, out or Path("."))
        return result
    if fmt == "w3c":
        from reader.export.w3c import annotation_collection

        text = to_json(annotation_collection(items))
    else:
        states = library.reading_states()
        text = to_json([article_record(i.article, i.bookmarks, i.notes, states.get(i.article.id))
                        for i in items])
    if out is None or to_stdout:
        result.text = text
    else:
        result.paths = [write_export(out, (text + "\n").encode("utf-8"))]
    return result
