"""How command results look on a terminal and as JSON."""

from __future__ import annotations

import sys
from typing import Any

from reader.model import ArticleSummary
from reader.store import ImportReport
from reader.text import one_line, strip_controls


def newest_first(summaries: list[ArticleSummary]) -> list[ArticleSummary]:
    return sorted(summaries, key=lambda s: (s.published or s.added or "", s.title), reverse=True)


def summary_record(summary: ArticleSummary) -> dict[str, Any]:
    return {
        "id": summary.id,
        "title": summary.title,
        "byline": summary.byline,
        "source": summary.source,
        "url": summary.url,
        "published": summary.published,
        "added": summary.added,
        "paragraphs": summary.paragraph_count,
        "words": summary.word_count,
    }


def summary_line(summary: ArticleSummary) -> str:
    date = (summary.published or "")[:10] or "----------"
    source = one_line(summary.source or "")[:24]
    return f"{summary.id}  {date}  {source:<24}  {one_line(summary.title)}"


def print_import_summary(report: ImportReport, verbose: bool) -> None:
    if verbose:
        for label, items in (("imported", report.imported), ("updated", report.updated)):
            for item in items:
                print(f"{label:<9} {item.article_id}  {one_line(item.title)}")
        for item in report.duplicates:
            print(f"duplicate {item.article_id}  {one_line(item.title)} (already in the library)")
    for failed in report.failed:
        print(f"reader: {one_line(failed.source)}: {failed.reason}", file=sys.stderr)
    counts = report.counts()
    print(
        f"{counts['imported']} imported, {counts['updated']} updated, "
        f"{counts['duplicates']} duplicates skipped, {counts['failed']} failed",
        file=sys.stderr if not verbose else sys.stdout,
    )


def import_report_record(report: ImportReport) -> dict[str, Any]:
    def items(rows):
        return [{"source": r.source, "id": r.article_id, "title": r.title} for r in rows]

    return {
        **report.counts(),
        "items": {
            "imported": items(report.imported),
            "updated": items(report.updated),
            "duplicates": items(report.duplicates),
            "failed": [{"source": f.source, "reason": f.reason} for f in report.failed],
        },
    }


def article_text(record: dict[str, Any]) -> str:
    """A readable plain-text view of a `show` record."""
    lines = [one_line(record["title"])]
    meta = [record.get("byline"), record.get("source"), (record.get("published") or "")[:10]]
    lines.append(" · ".join(one_line(m) for m in meta if m))
    if record.get("url"):
        lines.append(one_line(record["url"]))
    lines.append("")
    for index, paragraph in enumerate(record["paragraphs"]):
        lines.append(f"[{index}] {strip_controls(paragraph)}")
        lines.append("")
    for caption in record["captions"]:
        lines.append(f"Caption: {strip_controls(caption)}")
    names: dict[tuple[str, str], int] = {}
    for entity in record["entities"] + record["caption_entities"]:
        key = (entity["canonical"], entity["label"])
        names[key] = names.get(key, 0) + 1
    if names:
        lines.append("")
        lines.append("Entities: " + "; ".join(
            f"{one_line(name)} ({label}, {n})" for (name, label), n in sorted(names.items(), key=lambda kv: -kv[1])
        ))
    for mark in record["bookmarks"]:
        lines.append(f"Bookmark {mark['id']} on [{mark['paragraph']}]: {one_line(mark['quote'])}")
    for note in record["notes"]:
        where = f"on [{note['paragraph']}]" if note["paragraph"] is not None else "on the article"
        lines.append(f"Note {note['id']} {where}: {strip_controls(note['text'])}")
    return "\n".join(lines).rstrip()
