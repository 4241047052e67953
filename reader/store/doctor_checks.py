"""What `reader doctor` looks for: each problem a Finding that names the file, says what is
wrong and what --repair (or the user) can do about it."""

from __future__ import annotations

import re
import shlex
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reader.model import ArticleSummary
from reader.store.article_shards import truth_files
from reader.store.errors import LibraryFileError
from reader.store.feed_salvage import salvage_feeds
from reader.store.files import LibraryFiles
from reader.store.index_sync import LEGACY_FILES, truth_stamps
from reader.store.records import BadRecords
from reader.store.search_index import indexed_stamps, indexed_summaries
from reader.store.subscriptions import read_feeds
from reader.store.strict_files import (
    Loaded,
    load,
    read_annotations,
    read_articles,
    read_body,
    read_reading,
    stored_summaries,
    temp_files,
)
from reader.text import one_line

ERROR = "error"  # something cannot be read or is lost until mended
WARNING = "warning"  # the library works, but something is out of step or left over


@dataclass(frozen=True, slots=True)
class Finding:
    """One problem: `message` names the file, `remedy` says what --repair or the user can do."""

    code: str
    severity: str
    path: Path
    message: str
    remedy: str
    repairable: bool

    @property
    def key(self) -> tuple[str, Path]:
        return (self.code, self.path)


class Checker:
    def __init__(self, files: LibraryFiles) -> None:
        self.files = files
        self.findings: list[Finding] = []
        self.rebuilding_articles = False  # the article metadata is to be rebuilt from the bodies

    def rel(self, path: Path) -> str:
        return path.relative_to(self.files.root).as_posix()

    def add(self, code: str, severity: str, path: Path, problem: str, remedy: str,
            repairable: bool) -> None:
        message = f"{self.rel(path)} {problem}"
        self.findings.append(Finding(code, severity, path, message, remedy, repairable))

    def newer(self, path: Path, loaded: Loaded, severity: str = ERROR) -> None:
        self.add("newer-schema", severity, path, loaded.problem or "was written by a newer reader",
                 "upgrade reader to use it; doctor leaves it as it is", False)

    def readable(self, path: Path, read: Callable[[Path], Any], broken: str, severity: str,
                 remedy: str, repairable: bool) -> Loaded | None:
        """`path` loaded, or None once its newer schema or its damage (finding `broken`, of
        `severity`) is reported."""
        loaded = load(path, read)
        if loaded.newer:
            self.newer(path, loaded, severity)
        elif not loaded.ok:
            self.add(broken, severity, path, loaded.problem or "", remedy, repairable)
        else:
            return loaded
        return None

    def run(self) -> list[Finding]:
        articles, _bodies = self.articles()
        self.annotations(articles)
        self.reading()
        self.feeds()
        if not any(f.severity == ERROR for f in self.findings):
            self.index()  # built from the truth: worth a look once the truth reads well
        else:
            self.legacy_files()
        for path in temp_files(self.files):
            self.add("temp-file", WARNING, path, "is a temporary file left by an interrupted write",
                     "--repair removes it", True)
        return self.findings

    def articles(self) -> tuple[dict[str, ArticleSummary] | None, set[str]]:
        """The articles the library has (or will have once repaired; None when unknown),
        and the ids among them whose body is readable."""
        paths = truth_files(self.files)
        loads = {path: load(path, read_articles) for path in paths}
        if paths and all(loaded.ok for loaded in loads.values()):
            merged: dict[str, ArticleSummary] = {}
            for path in sorted(paths, key=lambda p: p != self.files.legacy_articles):
                merged.update(loads[path].data or {})  # a split cut short: the shards win
            return merged, self.bodies_of(merged)
        newer = [path for path, loaded in loads.items() if loaded.newer]
        for path in newer:
            self.newer(path, loads[path])
        if newer:
            return None, set()
        summaries, bodies = stored_summaries(self.files)
        if not paths and not bodies:
            return {}, set()  # a new, empty library
        # The index, even out of date, still names articles whose body is gone.
        listed = indexed_summaries(self.files.index)
        for article_id, body in bodies.items():
            if article_id not in summaries:
                self.body_problem(self.files.body(article_id), body, listed.get(article_id),
                                  "its article cannot be restored")
        for article_id, summary in listed.items():
            if article_id not in bodies:
                self.body_problem(self.files.body(article_id), Loaded(), summary,
                                  "its article cannot be restored")
        broken = [(path, loaded.problem) for path, loaded in loads.items() if not loaded.ok]
        problems = broken or [(self.files.shards, "is missing")]
        code = "articles-broken" if broken else "articles-missing"
        if summaries:
            self.rebuilding_articles = True
            count = plural(len(summaries), "article body", "article bodies")
            for path, problem in problems:
                self.add(code, ERROR, path, problem or "",
                         f"--repair rebuilds the article metadata from the summaries stored in "
                         f"the {count}", True)
            return summaries, set(summaries)
        for path, problem in problems:
            self.add(code, ERROR, path, problem or "",
                     "no readable article body to rebuild it from: restore it from a backup", False)
        return None, set()

    def bodies_of(self, articles: dict[str, ArticleSummary]) -> set[str]:
        readable = set()
        for article_id, summary in articles.items():
            path = self.files.body(article_id)
            body = load(path, read_body)
            if body.ok and body.data is not None:
                readable.add(article_id)
            else:
                self.body_problem(path, body, summary, "the article cannot be opened")
        return readable

    def body_problem(self, path: Path, body: Loaded, summary: ArticleSummary | None,
                     consequence: str) -> None:
        if body.newer:
            self.newer(path, body)
            return
        if body.problem:
            code, problem = "body-broken", f"{body.problem}: {consequence}"
        elif body.data is None:
            code, problem = "body-missing", f"is missing: {consequence}"
        else:
            code, problem = "body-broken", f"has no stored summary: {consequence}"
        what = f"article {path.stem}"
        if summary is not None:
            what += f" ({one_line(summary.title)[:60]!r})"
        self.add(code, ERROR, path, problem, f"import {what} again: {reimport_hint(summary)}",
                 False)

    def bad_records(self, path: Path, read: Callable[[Path], Any], code: str, and_then: str) -> bool:
        """Whether `read` found records of the wrong shape in the file (reported as `code`); a
        file that cannot be read at all is left to the caller's own check."""
        try:
            read(path)
        except BadRecords as error:
            count = plural(len(error.bad), "record", "records")
            self.add(code, ERROR, path, error.problem,
                     f"--repair sets the {count} aside into its backup folder{and_then}", True)
            return True
        except LibraryFileError:
            pass
        return False

    def annotations(self, articles: dict[str, ArticleSummary] | None) -> None:
        path = self.files.annotations
        if self.bad_records(path, read_annotations, "annotations-bad-records", " (nothing is deleted)"):
            return
        loaded = self.readable(
            path, read_annotations, "annotations-broken", ERROR,
            "it holds your bookmarks and notes, so doctor never rewrites it: restore it "
            "from a backup, or move it away to start again without bookmarks and notes",
            False,
        )
        if loaded is None or articles is None or loaded.data is None:
            return
        counts: Counter[str] = Counter()
        missing: set[str] = set()
        for table, kind in (("bookmarks", "bookmark"), ("notes", "note")):
            for doc in loaded.data.get(table, {}).values():
                if doc["article_id"] not in articles:
                    counts[kind] += 1
                    missing.add(doc["article_id"])
        if counts:
            what = " and ".join(
                plural(counts[k], k, k + "s") for k in ("bookmark", "note") if counts[k]
            )
            ids = ", ".join(sorted(one_line(i)[:24] for i in missing)[:5])
            more = ", ..." if len(missing) > 5 else ""
            where = plural(len(missing), "article", "articles")
            self.add(
                "annotations-orphaned", WARNING, path,
                f"has {what} on {where} no longer in the library ({ids}{more})",
                "they are kept; import those articles again to see them in place", False,
            )

    def reading(self) -> None:
        self.readable(self.files.reading, read_reading, "reading-broken", ERROR,
                      "--repair resets read marks and reading positions", True)

    def feeds(self) -> None:
        """The subscriptions: bad records are set aside, a broken file keeps what still reads."""
        path = self.files.feeds
        if self.bad_records(path, read_feeds, "feeds-bad-records", " and keeps the other subscriptions"):
            return
        if load(path, read_feeds).ok:
            return
        kept = len(salvage_feeds(path))
        remedy = (f"--repair keeps the {plural(kept, 'subscription', 'subscriptions')} still readable in it"
                  if kept else "--repair starts an empty list of subscriptions (the feeds' articles stay)")
        self.readable(path, read_feeds, "feeds-broken", ERROR,
                      remedy + "; the file goes to the backup folder first", True)

    def index(self) -> None:
        """The derived index: built again by --repair, or by the reader when it next opens."""
        path = self.files.index
        remedy = "--repair builds it again from the library (so does the reader when it opens)"
        stamps = indexed_stamps(path)
        if stamps is None and truth_files(self.files):
            self.add("index-missing", WARNING, path, "is missing", remedy, True)
        elif stamps is not None and stamps != truth_stamps(self.files):
            self.add("index-stale", WARNING, path,
                     "is out of date with the library (or damaged, or of another version)",
                     remedy, True)
        self.legacy_files()

    def legacy_files(self) -> None:
        for name in LEGACY_FILES:
            legacy = self.files.root / name
            if legacy.exists():
                self.add("legacy-file", WARNING, legacy,
                         "is left from an older reader (index.sqlite3 replaces it)",
                         "--repair removes it (the reader does too when it opens)", True)


def plural(count: int, one: str, many: str) -> str:
    return f"{count} {one if count == 1 else many}"


def reimport_hint(summary: ArticleSummary | None) -> str:
    if summary is None:
        return "import it again from where it came from"
    source = summary.url or summary.key
    if source.startswith("file:"):
        source = source.removeprefix("file:")
        source = re.sub(r"#\d+$", "", source)  # a feed item without a link of its own
    return f"reader import {shlex.quote(one_line(source))}"


def check(data_dir: Path) -> list[Finding]:
    """Everything wrong with the library in `data_dir`; empty when it is healthy. Reads only."""
    files = LibraryFiles(Path(data_dir))
    if not files.root.is_dir():
        return []
    return Checker(files).run()
