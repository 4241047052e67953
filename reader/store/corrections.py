"""Entity corrections on disk: their own small TinyDB file, and the entity index kept in step.

Article bodies keep the spans found at import; corrections are applied whenever an
article is read (`corrected`), so undoing one brings the found spans straight back.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tinydb import Query

from reader.model import Article, ArticleSummary
from reader.corrections import (
    ACTIONS,
    LABELS,
    Correction,
    apply_corrections,
    for_article,
    matches,
)
from reader.store.errors import LibraryError, LibraryFileError
from reader.store.jsonfile import read_tables
from reader.store.stamps import new_id, now_iso
from reader.store.storage import open_db

if TYPE_CHECKING:
    from reader.store.library import Library
    from reader.store.transaction import Transaction

TABLE = "corrections"
EXPORT_FORMAT = "reader-entity-corrections"


def read_corrections(path: Path) -> list[Correction]:
    """Every stored correction, oldest first."""
    tables = read_tables(path) or {}
    try:
        found = [Correction.from_dict(d) for d in tables.get(TABLE, {}).values()]
    except (KeyError, TypeError) as error:
        raise LibraryFileError(path, f"holds a damaged correction ({error})") from error
    return sorted(found, key=lambda c: c.created)


def corrected(article: Article, corrections: list[Correction]) -> Article:
    """The article with the corrections that concern it applied to its spans."""
    mine = for_article(corrections, article.id)
    if mine:
        article.entities = apply_corrections(article.entities, mine)
        article.caption_entities = apply_corrections(article.caption_entities, mine)
    return article


def corrected_body(summary: ArticleSummary, body: dict[str, Any], corrections: list[Correction]) -> dict[str, Any]:
    """A body as the index keeps it: with the corrections that concern its article applied."""
    if not for_article(corrections, summary.id):
        return body
    return corrected(Article.from_parts(summary, body), corrections).body_dict()


def entity_counts(article: Article, corrections: list[Correction]) -> Counter[tuple[str, str]]:
    """(canonical, label) -> mentions, corrections applied: what the entity index stores."""
    mine = for_article(corrections, article.id)
    spans = apply_corrections(article.entities + article.caption_entities, mine)
    return Counter((s.canonical, s.label) for s in spans)


def new_correction(
    library: Library,
    article_id: str,
    action: str,
    name: str,
    *,
    label: str | None = None,
    into: str | None = None,
    everywhere: bool = False,
) -> Correction:
    """Check a correction against the article as the reader sees it now, then store it."""
    if action not in ACTIONS:
        raise LibraryError(f"unknown correction {action!r} (use one of {', '.join(ACTIONS)})")
    article = library.article(article_id)
    spans = article.entities + article.caption_entities
    found = [s for s in spans if matches(s, name)]
    if not found:
        raise LibraryError(f"no entity {name!r} in article {article_id}")
    if action == "relabel":
        label = (label or "").upper()
        if label not in LABELS:
            raise LibraryError(f"unknown label {label!r} (use one of {', '.join(LABELS)})")
    if action == "merge":
        targets = [s for s in spans if matches(s, into or "")]
        if not targets:
            raise LibraryError(f"no entity {into!r} in article {article_id} to merge into")
        # The entity INTO names, as the article has it: its full name and its label.
        target = Counter((s.canonical, s.label) for s in targets).most_common(1)[0][0]
        into, label = target
        if into.casefold() == name.casefold():
            raise LibraryError(f"{name!r} cannot be merged into itself")
    # Stored as the article writes it ("kestrel bay" -> "Kestrel Bay"); matching ignores case.
    written = found[0].canonical if found[0].canonical.casefold() == name.casefold() else found[0].text
    correction = Correction(
        id=new_id(), action=action, name=written,
        article_id=None if everywhere else article_id, created=now_iso(),
        label=label if action in ("relabel", "merge") else None,
        into=into if action == "merge" else None,
    )
    _store(library, [correction], [])
    return correction


def undo_correction(library: Library, correction_id: str) -> Correction:
    """Remove a correction; the spans it changed are as they were found again."""
    existing = {c.id: c for c in library.corrections()}
    gone = existing.get(correction_id)
    if gone is None:
        raise LibraryError(f"no correction with id {correction_id!r}")
    _store(library, [], [gone])
    return gone


def export_corrections(corrections: list[Correction]) -> dict[str, Any]:
    return {"format": EXPORT_FORMAT, "corrections": [c.to_dict() for c in corrections]}


def import_corrections(library: Library, data: Any, source: str) -> list[Correction]:
    """Add the corrections of an exported file that the library does not have yet."""
    if not isinstance(data, dict) or data.get("format") != EXPORT_FORMAT:
        raise LibraryError(f"{source}: not an exported corrections file")
    try:
        offered = [Correction.from_dict(d) for d in data.get("corrections", [])]
    except (KeyError, TypeError, AttributeError) as error:
        raise LibraryError(f"{source}: a damaged correction ({error})") from error
    for correction in offered:
        if correction.action not in ACTIONS:
            raise LibraryError(f"{source}: unknown correction {correction.action!r}")
    known = {c.id for c in library.corrections()}
    added = [c for c in offered if c.id not in known]
    if added:
        _store(library, added, [])
    return added


def _store(library: Library, added: list[Correction], removed: list[Correction]) -> None:
    """Write the corrections, then bring the entity index of every article concerned in step."""
    files = library.files
    with library.transaction() as tx:
        table = open_db(files.corrections).table(TABLE)
        if removed:
            table.remove(Query().id.one_of([c.id for c in removed]))
        if added:
            table.insert_multiple(c.to_dict() for c in added)
        everything = read_corrections(files.corrections)
        changed = added + removed
        if any(c.article_id is None for c in changed):
            ids = None
        else:
            ids = {c.article_id for c in changed if c.article_id}
        _reindex(library, everything, ids, tx)


def _reindex(
    library: Library, corrections: list[Correction], ids: set[str] | None, tx: Transaction
) -> None:
    """These articles (every article when None) indexed again with the corrections applied."""
    for article_id in sorted(ids if ids is not None else {s.id for s in library.summaries()}):
        try:
            article = corrected(library.found_article(article_id), corrections)
        except LibraryError:
            continue  # gone or damaged: its entry stays as it was
        tx.follow(lambda index, article=article: index.put(article.summary(), article.body_dict()))
