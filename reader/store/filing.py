"""Tags, and removing what the trash held: the parts of filing that are more than a flag."""

from __future__ import annotations

from collections.abc import Iterable

from reader.model import ArticleSummary
from reader.store.files import LibraryFiles
from reader.store.jsonfile import META_TABLE, read_document, read_tables, write_document, write_tables
from reader.store.listing import write_listing
from reader.store.storage import open_db
from reader.text import one_line


def clean_tag(text: str) -> str:
    """One line, no surrounding space or leading '#', no commas (they separate tags)."""
    return one_line(text.replace(",", " ")).lstrip("#").strip()


def merged_tags(tags: Iterable[str], add: Iterable[str], remove: Iterable[str]) -> tuple[str, ...]:
    """`tags` with `add` appended and `remove` dropped, compared without regard to case."""
    gone = {clean_tag(tag).casefold() for tag in remove}
    kept: dict[str, str] = {}
    for tag in [*tags, *add]:
        tag = clean_tag(tag)
        if tag and tag.casefold() not in gone:
            kept.setdefault(tag.casefold(), tag)
    return tuple(kept.values())


def remove_articles(files: LibraryFiles, article_ids: set[str]) -> None:
    """Remove articles for good (called under the library lock).

    The metadata goes first: it is the commit. A crash after it leaves only unreachable
    annotations, reading records, index entries and bodies, which `reader doctor` reports.
    """
    table = open_db(files.articles).table("articles")
    table.remove(doc_ids=[doc.doc_id for doc in table.all() if doc.get("id") in article_ids])
    remaining = [ArticleSummary.from_dict(doc) for doc in table.all()]
    write_listing(files.listing, files.articles, remaining)

    annotations = read_tables(files.annotations)
    if annotations is not None:
        for name, docs in annotations.items():
            if name != META_TABLE:
                annotations[name] = {k: d for k, d in docs.items() if d.get("article_id") not in article_ids}
        write_tables(files.annotations, annotations)
    reading = open_db(files.reading).table("reading")
    reading.remove(doc_ids=[doc.doc_id for doc in reading.all() if doc.get("article_id") in article_ids])
    entities = read_document(files.entities)
    if entities is not None:
        index = entities.get("articles", {})
        entities["articles"] = {i: v for i, v in index.items() if i not in article_ids}
        write_document(files.entities, {k: v for k, v in entities.items() if k in ("names", "articles")})
    for article_id in article_ids:
        files.body(article_id).unlink(missing_ok=True)
