"""What each command does, through the Library API only."""

from __future__ import annotations

import argparse
import contextlib
import importlib
import sys
from pathlib import Path

from reader.cli import output
from reader.export import annotated_article_ids, article_record, export_articles, to_json
from reader.store import Library, LibraryError
from reader.store.library import listed_only
from reader.text import shown_line

# The imports inside the commands below load what one command needs (progress bars, the
# doctor, Textual) for it alone: benchmarks/bench_note_cli.py times `reader note`.


def run(command: str, args: argparse.Namespace, data_dir: Path) -> int:
    if command == "doctor":
        return doctor(data_dir, args)  # reads the files itself; a check creates nothing
    library = Library(data_dir)
    if not library.is_new() and not library.index_is_current():
        from reader.cli.progress import refresh_index_with_progress

        # Here only for the bar: a command that needs the index meets any error itself.
        with contextlib.suppress(LibraryError):
            refresh_index_with_progress(library)
    module, name = _HANDLERS[command]
    return getattr(importlib.import_module(f"reader.cli.{module}"), name)(library, args)


# Each command's handler as (module of reader.cli, function). A module is imported by its own
# commands alone: the feed code and Rich were a third of `reader list` (benchmarks/bench_search.py).
_HANDLERS = {
    "import": ("commands", "import_"),
    "list": ("commands", "list_"),
    "show": ("commands", "show"),
    "search": ("commands", "search"),
    "bookmark": ("commands", "bookmark"),
    "note": ("commands", "note"),
    "export": ("commands", "export"),
    "tag": ("filing", "tag"),
    "archive": ("filing", "file_article"),
    "unarchive": ("filing", "file_article"),
    "delete": ("filing", "file_article"),
    "restore": ("filing", "file_article"),
    "trash": ("filing", "trash"),
    "entity": ("entity", "run"),
    "subscribe": ("feeds", "subscribe"),
    "feeds": ("feeds", "feeds"),
    "unsubscribe": ("feeds", "unsubscribe"),
    "refresh": ("feeds", "refresh"),
}


def import_(library: Library, args: argparse.Namespace) -> int:
    from reader.cli import feeds
    from reader.cli.progress import import_with_progress
    from reader.ingest.subscription_lists import read_subscription_lists

    from reader.store import FailedItem

    lists, sources, failures = read_subscription_lists(args.sources)
    unreadable = [FailedItem(f.source, f.reason) for f in failures]
    records, lists_ok = feeds.import_lists(library, lists, args.json)
    if not sources and not unreadable:
        if args.json:
            print(to_json({"subscriptions": records}))
        return 0 if lists_ok else 1
    if args.json:
        report = library.import_sources(sources)
        report.failed[:0] = unreadable
        print(to_json({**output.import_report_record(report), **({"subscriptions": records} if lists else {})}))
    else:
        report = import_with_progress(library, sources)
        report.failed[:0] = unreadable
        output.print_import_summary(report, verbose=True)
    return 0 if report.ok and lists_ok else 1


def list_(library: Library, args: argparse.Namespace) -> int:
    # The reading state (large once many articles are read) is read for tags to show, or when
    # the index could not take it in: a damaged file is then the one line this command prints.
    states = library.reading_states() if library.has_tags() or not library.index_is_current() else {}
    if args.json:
        output.print_json_list([output.summary_record(s, states.get(s.id)) for s in summaries]
                               for summaries in library.listed_summaries())
        return 0
    tags = {i: output.tag_suffix(state) for i, state in states.items() if state.tags}
    for rows in library.listed(with_ids=bool(tags)):
        lines = [f"{line}{tags.get(i, '')}" for i, line in rows] if tags else [line for line, in rows]
        sys.stdout.write("\n".join(lines) + "\n")
    return 0


def show(library: Library, args: argparse.Namespace) -> int:
    article_id = library.resolve_id(args.id)
    record = article_record(
        library.article(article_id), library.bookmarks(article_id), library.notes(article_id),
        library.reading_state(article_id),
    )
    print(to_json(record) if args.json else output.article_text(record))
    return 0


def search(library: Library, args: argparse.Namespace) -> int:
    from reader.search import QueryError

    text = " ".join(args.query)
    try:
        result = library.search(text, limit=args.limit)
    except QueryError as error:
        print(f"reader: search: {output.query_error_line(text, error)}", file=sys.stderr)
        return 2
    if not result.hits:
        print(f"reader: no article matches {shown_line(text)}", file=sys.stderr)
        return 1
    if args.json:
        print(to_json([output.hit_record(hit) for hit in result.hits]))
    else:
        output.print_hits(result.hits)
    if result.total > len(result.hits):
        print(f"reader: showing {len(result.hits)} of {result.total:,} matches "
              f"(--limit N for more)", file=sys.stderr)
    return 0


def bookmark(library: Library, args: argparse.Namespace) -> int:
    article_id = library.resolve_id(args.id)
    mark = library.add_bookmark(article_id, args.passage - 1)
    if args.json:
        print(to_json(mark.to_dict()))
    else:
        print(f"bookmarked passage {args.passage} of {article_id} (bookmark {mark.id})")
    return 0


def note(library: Library, args: argparse.Namespace) -> int:
    article_id = library.resolve_id(args.id)
    paragraph = args.passage - 1 if args.passage is not None else None
    added = library.add_note(article_id, " ".join(args.text), paragraph=paragraph)
    if args.json:
        print(to_json(added.to_dict()))
    else:
        where = f"passage {args.passage} of " if args.passage is not None else ""
        print(f"noted {where}{article_id} (note {added.id})")
    return 0


def export(library: Library, args: argparse.Namespace) -> int:
    if args.format == "opml":
        from reader.cli import feeds

        return feeds.export_opml(library, args)
    if args.ids:
        ids = [library.resolve_id(i) for i in args.ids]
    elif args.format == "json":
        listed = listed_only(library.listing_head(rows=None).newest, library.reading_states())
        ids = [s.id for s in listed]
    else:
        ids = annotated_article_ids(library)
        if not ids:
            print("reader: nothing to export: no article has bookmarks or notes yet", file=sys.stderr)
            return 0
    out = Path(args.out).expanduser() if args.out else None
    result = export_articles(library, args.format, ids, out)
    if result.text is not None:
        print(result.text)
    else:
        print(result.summary(), file=sys.stderr)
    return 0


def doctor(data_dir: Path, args: argparse.Namespace) -> int:
    from reader.store import doctor as checkup

    findings = checkup.check(data_dir)
    if not args.repair:
        if args.json:
            print(to_json(output.doctor_check_record(data_dir, findings)))
        else:
            for line in output.doctor_check_lines(data_dir, findings):
                print(line)
        return 1 if findings else 0
    report = checkup.repair(data_dir, findings)
    if args.json:
        print(to_json(output.doctor_repair_record(data_dir, report)))
    else:
        for line in output.doctor_repair_lines(data_dir, report):
            print(line)
    return 0 if report.healthy else 1
