"""How command results look on a terminal and as JSON."""

from __future__ import annotations

import sys
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from reader.export import to_json
from reader.list_line import list_line
from reader.model import ArticleSummary, ReadingState
from reader.store import ImportReport
from reader.text import shown_line, shown_path, strip_controls, visible_format_chars

if TYPE_CHECKING:
    from pathlib import Path

    from reader.search import QueryError
    from reader.store.search_index import SearchHit

    from reader.store.doctor import Finding, RepairReport


def summary_record(summary: ArticleSummary, state: ReadingState | None = None) -> dict[str, Any]:
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
        "tags": list(state.tags) if state else [],
    }


def print_json_list(batches: Iterable[list[Any]]) -> None:
    """The batches' items as one JSON list, printed a batch at a time: the bytes of printing
    to_json of the whole list, without holding it (`reader list --json` at 100,000 articles)."""
    started = False
    for items in batches:
        if items:  # to_json of a batch is "[\n" + its items, indented + "\n]"
            sys.stdout.write((",\n" if started else "[\n") + to_json(items)[2:-2])
            started = True
    print("\n]" if started else "[]")


def hit_record(hit: SearchHit) -> dict[str, Any]:
    """A search result: the summary, and the snippet with where its matches are in it."""
    record = summary_record(hit.summary)
    if hit.snippet is None:
        record["snippet"], record["matches"] = None, []
        return record
    text, matches = "", []
    for piece, matched in hit.snippet:
        if matched:
            matches.append([len(text), len(text) + len(piece)])
        text += piece
    record["snippet"], record["matches"] = text, matches
    return record


def print_hits(hits: list[SearchHit]) -> None:
    """One line per match, its snippet below; on a terminal the matched words in bold."""
    # A pipe or a file: plain lines, and no Rich to import (bench_search times `reader search`).
    if not sys.stdout.isatty():
        for hit in hits:
            print(summary_line(hit.summary))
            if hit.snippet:
                print("    " + "".join(_snippet_text(piece) for piece, _ in hit.snippet))
        return
    from rich.console import Console
    from rich.text import Text

    console = Console(highlight=False, soft_wrap=True)
    for hit in hits:
        console.print(Text(summary_line(hit.summary)))
        if hit.snippet:
            line = Text("    ")
            for piece, matched in hit.snippet:
                line.append(_snippet_text(piece), style="bold underline" if matched else "")
            console.print(line)


def _snippet_text(piece: str) -> str:
    # Pieces keep their edge spaces (shown_line would trim them); lines become one.
    return _shown(piece).replace("\n", " ")


def query_error_line(text: str, error: QueryError) -> str:
    """What is wrong with a query and where, quoting the query up to the fault."""
    near = shown_line(text[error.position : error.position + 20])
    where = f" near {near!r}" if near.strip() else " at the end"
    return f"{error}{where}"


def summary_line(summary: ArticleSummary, state: ReadingState | None = None) -> str:
    return list_line(summary.id, summary.published, summary.source, summary.title) + tag_suffix(state)


def tag_suffix(state: ReadingState | None) -> str:
    """What follows an article's line when it has tags."""
    return "".join(f"  #{shown_line(tag)}" for tag in state.tags) if state else ""


def print_import_summary(report: ImportReport, verbose: bool) -> None:
    if verbose:
        for label, items in (("imported", report.imported), ("updated", report.updated)):
            for item in items:
                print(f"{label:<9} {item.article_id}  {shown_line(item.title)}")
        for item in report.duplicates:
            print(f"duplicate {item.article_id}  {shown_line(item.title)} (already in the library)")
    for failed in report.failed:
        print(f"reader: {shown_line(failed.source)}: {shown_line(failed.reason)}", file=sys.stderr)
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
    """A readable plain-text view of a `show` record (bidi and zero-width characters as
    visible markers, like the TUI; `--json` keeps the stored text)."""
    lines = [shown_line(record["title"])]
    meta = [record.get("byline"), record.get("source"), (record.get("published") or "")[:10]]
    lines.append(" · ".join(shown_line(m) for m in meta if m))
    if record.get("url"):
        lines.append(shown_line(record["url"]))
    filed = [f"#{shown_line(tag)}" for tag in record.get("tags", [])]
    if record.get("archived"):
        filed.append("archived")
    if record.get("deleted"):
        filed.append(f"in the trash since {record['deleted'][:10]}")
    if filed:
        lines.append(" · ".join(filed))
    lines.append("")
    for index, paragraph in enumerate(record["paragraphs"]):
        lines.append(f"[{index + 1}] {_shown(paragraph)}")  # passage numbers as the app shows them
        lines.append("")
    for caption in record["captions"]:
        lines.append(f"Caption: {_shown(caption)}")
    names: dict[tuple[str, str], int] = {}
    for entity in record["entities"] + record["caption_entities"]:
        key = (entity["canonical"], entity["label"])
        names[key] = names.get(key, 0) + 1
    if names:
        lines.append("")
        lines.append("Entities: " + "; ".join(
            f"{shown_line(name)} ({label}, {n})" for (name, label), n in sorted(names.items(), key=lambda kv: -kv[1])
        ))
    for mark in record["bookmarks"]:
        lines.append(f"Bookmark {shown_line(mark['id'])} {_where(mark)}: {shown_line(mark['quote'])}")
    for note in record["notes"]:
        lines.append(f"Note {shown_line(note['id'])} {_where(note)}: {_shown(note['text'])}")
    return "\n".join(lines).rstrip()


def _where(annotation: dict[str, Any]) -> str:
    if annotation["paragraph"] is None:
        return "on the article"
    if annotation["orphaned"]:  # its quote is no longer in the article: [n] is where it was
        return f"orphaned, was on [{annotation['paragraph'] + 1}]"
    return f"on [{annotation['paragraph'] + 1}]"


def _shown(text: str) -> str:
    return visible_format_chars(strip_controls(text))


def _relative(data_dir: Path, path: Path) -> str:
    try:
        return path.relative_to(data_dir).as_posix()
    except ValueError:
        return str(path)


def finding_record(data_dir: Path, finding: Finding) -> dict[str, Any]:
    return {
        "code": finding.code,
        "severity": finding.severity,
        "file": _relative(data_dir, finding.path),
        "message": finding.message,
        "remedy": finding.remedy,
        "repairable": finding.repairable,
    }


def finding_line(finding: Finding) -> str:
    return f"{finding.severity}: {finding.message}; {finding.remedy}"


def doctor_check_record(data_dir: Path, findings: list[Finding]) -> dict[str, Any]:
    return {
        "data_dir": str(data_dir),
        "healthy": not findings,
        "findings": [finding_record(data_dir, f) for f in findings],
    }


def doctor_check_lines(data_dir: Path, findings: list[Finding]) -> list[str]:
    if not findings:
        return [f"no problems found in the library in {shown_path(data_dir)}"]
    lines = [finding_line(f) for f in findings]
    repairable = sum(f.repairable for f in findings)
    left = len(findings) - repairable
    summary = f"{_count(len(findings), 'problem')} in the library in {shown_path(data_dir)}"
    if repairable:
        summary += f": {repairable} can be repaired by `reader doctor --repair`"
    if left:
        needs = "needs" if left == 1 else "need"
        summary += f"{',' if repairable else ':'} {left} {needs} you (see above)"
    return [*lines, summary]


def doctor_repair_record(data_dir: Path, report: RepairReport) -> dict[str, Any]:
    return {
        "data_dir": str(data_dir),
        "healthy": report.healthy,
        "backup": str(report.backup) if report.backup else None,
        "repaired": [
            {"code": r.code, "file": _relative(data_dir, r.path), "action": r.action}
            for r in report.repaired
        ],
        "findings": [finding_record(data_dir, f) for f in report.remaining],
    }


def doctor_repair_lines(data_dir: Path, report: RepairReport) -> list[str]:
    lines = []
    if report.backup:
        lines.append(f"backed up the files it changes to {report.backup}")
    elif report.repaired:
        lines.append("no backup needed: the repair only creates missing files")
    lines += [f"repaired: {r.action}" for r in report.repaired]
    lines += [finding_line(f) for f in report.remaining]
    if report.healthy:
        done = "is healthy now" if report.repaired else "has no problems; nothing to repair"
        lines.append(f"the library in {shown_path(data_dir)} {done}")
    else:
        lines.append(
            f"{_count(len(report.remaining), 'problem')} left in the library in {shown_path(data_dir)} "
            f"(see above for what to do)"
        )
    return lines


def _count(count: int, noun: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}"
