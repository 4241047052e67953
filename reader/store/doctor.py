"""`reader doctor`: find what is wrong with a library's files, and mend what can be mended.

What can be rebuilt is rebuilt from what it was derived from: the index
(`index.sqlite3`: listing, entities, full-text search) from the truth,
the article metadata (`articles/xx.json`) from the summary every body carries. `reading.json` (read marks and
positions) can be reset. `feeds.json` (the subscriptions) loses only what cannot be read:
bad records are set aside into the backup folder, and a broken file is written again with
every subscription still readable in it. `annotations.json` holds the reader's own work: doctor reports
what is wrong with it and rewrites it only to set aside records it cannot use (wrong
types), which go to the backup folder, never deleted. A body that is gone cannot be made up;
doctor says which source to import again.

A repair first copies every file it is about to change into
`backups/doctor-YYYYmmdd-HHMMSS/` (same relative paths), then writes atomically,
holding the library lock the whole time, and finally checks the library again.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from reader.store.article_shards import truth_files, write_all
from reader.store.atomic import fsync_dir
from reader.store.doctor_checks import ERROR, WARNING, Finding, check, plural
from reader.store.errors import LibraryError
from reader.store.feed_salvage import salvage_feeds
from reader.store.files import LibraryFiles
from reader.store.jsonfile import write_tables
from reader.store.library import Library
from reader.store.records import set_aside
from reader.store.strict_files import stored_summaries
from reader.store.subscriptions import write_feeds

__all__ = ["ERROR", "WARNING", "Finding", "Repair", "RepairReport", "check", "repair"]

BACKUPS_DIR = "backups"


@dataclass(frozen=True, slots=True)
class Repair:
    """One thing a repair did."""

    code: str
    path: Path
    action: str


@dataclass(slots=True)
class RepairReport:
    backup: Path | None = None
    repaired: list[Repair] = field(default_factory=list)
    remaining: list[Finding] = field(default_factory=list)

    @property
    def healthy(self) -> bool:
        return not self.remaining


def repair(data_dir: Path, findings: Iterable[Finding]) -> RepairReport:
    """Mend the repairable `findings` that are still there, after backing up what changes.

    Holds the library lock throughout, so no other reader writes in between; the
    returned report lists what was done and what is still wrong afterwards.
    """
    root = Path(data_dir)
    wanted = {f.key for f in findings if f.repairable}
    if not wanted:
        return RepairReport(remaining=check(root))
    library = Library(root)
    with library.transaction():  # the index is rebuilt inside, from nothing
        current = check(root)
        todo = [f for f in current if f.repairable and f.key in wanted]
        report = _Repairer(library, todo).run()
    report.remaining = check(root)
    # Once the metadata is rebuilt without them, nothing on disk names the articles whose
    # body was lost any more: this report is the last place to say what to import again.
    seen = {f.key for f in report.remaining}
    report.remaining += [
        f for f in current
        if f.code in ("body-missing", "body-broken") and f.key not in seen
    ]
    return report


class _Repairer:
    def __init__(self, library: Library, todo: list[Finding]) -> None:
        self.library = library
        self.files = library.files
        self.todo = todo
        self.codes = {f.code for f in todo}
        self.report = RepairReport()

    def done(self, code: str, path: Path, action: str) -> None:
        self.report.repaired.append(Repair(code, path, action))

    def run(self) -> RepairReport:
        files = self.files
        articles = bool(self.codes & {"articles-broken", "articles-missing"})
        reading = "reading-broken" in self.codes
        bad_annotations = "annotations-bad-records" in self.codes
        bad_feeds = "feeds-bad-records" in self.codes
        broken_feeds = "feeds-broken" in self.codes
        temps = [f.path for f in self.todo if f.code == "temp-file"]
        legacy = [f.path for f in self.todo if f.code == "legacy-file"]
        changing = [
            path for wanted, path in ((reading, files.reading), (bad_annotations, files.annotations),
                                      (bad_feeds or broken_feeds, files.feeds)) if wanted
        ] + (truth_files(files) if articles else []) + temps + legacy
        self.report.backup = _back_up(files, [p for p in changing if p.exists()])
        if bad_annotations and self.report.backup is not None:
            moved = set_aside(files.annotations, self.report.backup)
            self.done("annotations-bad-records", files.annotations,
                      f"set {plural(moved, 'record', 'records')} aside into "
                      f"{self.report.backup.relative_to(files.root).as_posix()}/annotations-set-aside.json")
        if bad_feeds and self.report.backup is not None:
            moved = set_aside(files.feeds, self.report.backup)
            self.done("feeds-bad-records", files.feeds,
                      f"set {plural(moved, 'record', 'records')} aside into "
                      f"{self.report.backup.relative_to(files.root).as_posix()}/feeds-set-aside.json")
        if broken_feeds:
            kept = salvage_feeds(files.feeds)
            write_feeds(files.feeds, kept)
            self.done("feeds-broken", files.feeds,
                      f"wrote feeds.json again with the {plural(len(kept), 'subscription', 'subscriptions')} "
                      f"still readable in it")

        if articles:
            self.rebuild_articles()
        if reading:
            write_tables(files.reading, {"reading": {}})
            self.done("reading-broken", files.reading,
                      "reset reading.json (no article is marked read; positions start at the top)")
        for path in temps:
            path.unlink(missing_ok=True)
            self.done("temp-file", path, f"removed {path.relative_to(files.root).as_posix()}")
        if temps:
            for folder in {p.parent for p in temps}:
                fsync_dir(folder)
        for path in legacy:
            path.unlink(missing_ok=True)
            self.done("legacy-file", path, f"removed {path.name} (the index replaces it)")
        index = next((f for f in self.todo if f.code in ("index-missing", "index-stale")), None)
        if index is not None or articles or reading or bad_annotations:
            self.rebuild_index(index.code if index else "index-stale")
        return self.report

    def rebuild_index(self, code: str) -> None:
        """From nothing: a damaged index file could otherwise keep what it got wrong."""
        self.library.drop_index()
        try:
            self.library.refresh_index()
            count = len(self.library.summaries())
        except LibraryError:
            return  # the truth is still damaged (reported again below): built when it is not
        self.done(code, self.files.index,
                  "built index.sqlite3 again from the library (" + plural(count, "article", "articles") + ")")

    def rebuild_articles(self) -> None:
        summaries, _ = stored_summaries(self.files)
        ordered = sorted(summaries.values(), key=lambda s: (s.added or "", s.id))
        write_all(self.files, (s.to_dict() for s in ordered))
        code = next(f.code for f in self.todo if f.code.startswith("articles-"))
        self.done(code, self.files.shards, "rebuilt the article metadata (articles/) from the "
                  "summaries in " + plural(len(ordered), "article body", "article bodies"))


def _back_up(files: LibraryFiles, paths: list[Path]) -> Path | None:
    """Copy `paths` (inside the library) under backups/doctor-STAMP/, durably; that folder."""
    if not paths:
        return None
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    base = files.root / BACKUPS_DIR
    folder = base / f"doctor-{stamp}"
    suffix = 2
    while folder.exists():
        folder = base / f"doctor-{stamp}-{suffix}"
        suffix += 1
    folders = {files.root}
    for path in paths:
        target = folder / path.relative_to(files.root)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(path, target)
        with open(target, "rb") as copied:
            os.fsync(copied.fileno())
        folders.update(p for p in target.parents if files.root in p.parents)
    # The copies and the folders holding them reach the disk before any original is replaced.
    for directory in sorted(folders, key=lambda p: -len(p.parts)):
        fsync_dir(directory)
    return folder
