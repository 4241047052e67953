"""Tags, and removing what the trash held: the parts of filing that are more than a flag."""

from __future__ import annotations

from collections.abc import Iterable

from reader.store.article_shards import TABLE
from reader.store.files import LibraryFiles
from reader.store.jsonfile import META_TABLE, read_tables, write_tables
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
    """Remove articles for good (called under the library lock; the caller drops them from
    the index). The metadata goes first: it is the commit. A crash after it leaves only
    unreachable annotations, reading records and bodies, which `reader doctor` reports."""
    for shard in {files.shard(article_id) for article_id in article_ids}:
        table = open_db(shard).table(TABLE)
        table.remove(doc_ids=[doc.doc_id for doc in table.all() if doc.get("id") in article_ids])
    annotations = read_tables(files.annotations)
    if annotations is not None:
        for name, docs in annotations.items():
            if name != META_TABLE:
                annotations[name] = {k: d for k, d in docs.items() if d.get("article_id") not in article_ids}
        write_tables(files.annotations, annotations)
    reading = open_db(files.reading).table("reading")
    reading.remove(doc_ids=[doc.doc_id for doc in reading.all() if doc.get("article_id") in article_ids])
    for article_id in article_ids:
        files.body(article_id).unlink(missing_ok=True)
