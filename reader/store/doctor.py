"""`reader doctor`: find what is wrong with a library's files, and mend what can be mended.

What can be rebuilt is rebuilt from what it was derived from: the index
(`index.sqlite3`: listing, entities, full-text search) from the truth,
the article metadata (`articles/xx.json`) from the summary every body carries. `reading.json` (read marks and
positions) can be reset. `annotations.json` holds the reader's own work: doctor reports
what is wrong with it and rewrites it only to set aside records it cannot use (wrong
types), which go to the backup folder, never deleted. A body that is gone cannot be made up;
doctor says which source to import again.

A repair first copies every file it is about to change into
`backups/doctor-YYYYmmdd-HHMMSS/` (same relative paths), then writes atomically,
holding the library lock the whole time, and finally checks the library again.
"""

from __future__ import annotations

import os
import re
import shlex
import shutil
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import orjson

from reader.model import ArticleSummary
from reader.store.atomic import fsync_dir
from reader.store.errors import LibraryError, LibraryFileError
from reader.store.files import LibraryFiles, is_article_id
from reader.store.jsonfile import (
    FORMAT_NAME,
    META_TABLE,
    SCHEMA_VERSION,
    read_document,
    read_tables,
    write_tables,
)
from reader.store.article_shards import truth_files, write_all
from reader.store.index_sync import LEGACY_FILES, truth_stamps
from reader.store.search_index import indexed_summaries, indexed_stamps
from reader.store.records import BadRecords, set_aside
from reader.text import one_line

if TYPE_CHECKING:
    from reader.store.library import Library

ERROR = "error"  # something cannot be read or is lost until mended
WARNING = "warning"  # the library works, but something is out of step or left over

BACKUPS_DIR = "backups"

# Article ids name body files; anything else could point outside the library.


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


# -- reading the files, strictly ------------------------------------------


def _is_newer(path: Path) -> bool:
    """Whether a file that failed to load carries a schema newer than this reader's."""
    try:
        data = orjson.loads(path.read_bytes())
    except (OSError, orjson.JSONDecodeError):
        return False
    if not isinstance(data, dict):
        return False
    metas = [data]
    table = data.get(META_TABLE)
    if isinstance(table, dict):
        metas.append(table.get("1"))
    return any(
        isinstance(meta, dict)
        and meta.get("format") == FORMAT_NAME
        and isinstance(meta.get("schema"), int)
        and meta["schema"] > SCHEMA_VERSION
        for meta in metas
    )


@dataclass(slots=True)
class _Loaded:
    """A file's parsed contents; `data` is None when it is absent or `problem` is set."""

    data: Any = None
    problem: str | None = None
    newer: bool = False

    @property
    def ok(self) -> bool:
        return self.problem is None


def _load(path: Path, reader: Callable[[Path], Any]) -> _Loaded:
    try:
        return _Loaded(reader(path))
    except LibraryFileError as error:
        return _Loaded(None, error.problem, _is_newer(path))


def _bad(path: Path, what: str) -> LibraryFileError:
    return LibraryFileError(path, f"is damaged ({what})")


def _is_summary(doc: Any, article_id: str | None = None) -> bool:
    return (
        isinstance(doc, dict)
        and is_article_id(doc.get("id"))
        and (article_id is None or doc["id"] == article_id)
        and isinstance(doc.get("key"), str)
        and isinstance(doc.get("title"), str)
    )


def _read_articles(path: Path) -> dict[str, ArticleSummary] | None:
    """id -> summary, in the file's order."""
    tables = read_tables(path)
    if tables is None:
        return None
    summaries: dict[str, ArticleSummary] = {}
    for doc in tables.get("articles", {}).values():
        if not _is_summary(doc):
            raise _bad(path, "an article record has no usable id, key or title")
        summaries[doc["id"]] = ArticleSummary.from_dict(doc)
    return summaries


def _is_span(span: Any) -> bool:
    return (
        isinstance(span, dict)
        and isinstance(span.get("text"), str)
        and isinstance(span.get("label"), str)
        and all(isinstance(span.get(k), int) for k in ("paragraph", "start", "end"))
    )


def _read_body(path: Path) -> dict[str, Any] | None:
    body = read_document(path)
    if body is None:
        return None
    for name in ("paragraphs", "captions"):
        value = body.get(name, [])
        if not isinstance(value, list) or not all(isinstance(p, str) for p in value):
            raise _bad(path, f"its {name} are not a list of text")
    for name in ("entities", "caption_entities"):
        value = body.get(name, [])
        if not isinstance(value, list) or not all(_is_span(s) for s in value):
            raise _bad(path, f"its {name.replace('_', ' ')} are not a list of spans")
    return body


def _read_annotations(path: Path) -> dict[str, dict[str, Any]] | None:
    tables = read_tables(path)
    if tables is None:
        return None
    for name in ("bookmarks", "notes"):
        for doc in tables.get(name, {}).values():
            if not (isinstance(doc, dict) and isinstance(doc.get("article_id"), str)):
                raise _bad(path, f"a record in {name} names no article")
    return tables


def _read_reading(path: Path) -> dict[str, dict[str, Any]] | None:
    tables = read_tables(path)
    if tables is None:
        return None
    for doc in tables.get("reading", {}).values():
        if not (isinstance(doc, dict) and isinstance(doc.get("article_id"), str)):
            raise _bad(path, "a reading record names no article")
    return tables


def _body_paths(files: LibraryFiles) -> dict[str, Path]:
    """Every body file on disk, by the article id its name gives."""
    if not files.bodies.is_dir():
        return {}
    found = {}
    for folder in sorted(files.bodies.iterdir()):
        if folder.is_dir():
            for path in sorted(folder.glob("*.json")):
                if is_article_id(path.stem) and path.is_file():
                    found[path.stem] = path
    return found


def _stored_summaries(files: LibraryFiles) -> tuple[dict[str, ArticleSummary], dict[str, _Loaded]]:
    """The summaries kept in readable bodies, and how every body on disk loaded."""
    summaries: dict[str, ArticleSummary] = {}
    loaded: dict[str, _Loaded] = {}
    for article_id, path in _body_paths(files).items():
        body = loaded[article_id] = _load(path, _read_body)
        if body.ok and _is_summary(body.data.get("summary"), article_id):
            summaries[article_id] = ArticleSummary.from_dict(body.data["summary"])
    return summaries, loaded


def _temp_files(files: LibraryFiles) -> list[Path]:
    """Leftovers of atomic writes: `.NAME.XXXX.tmp` beside the file that was being written."""
    folders = [files.root, *([files.shards] if files.shards.is_dir() else [])]
    if files.bodies.is_dir():
        folders += [files.bodies, *sorted(d for d in files.bodies.iterdir() if d.is_dir())]
    return [
        path
        for folder in folders
        for path in sorted(folder.iterdir())
        if path.name.startswith(".") and path.name.endswith(".tmp") and path.is_file()
    ]


# -- checking ---------------------------------------------------------------


class _Checker:
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

    def newer(self, path: Path, loaded: _Loaded, severity: str = ERROR) -> None:
        self.add("newer-schema", severity, path, loaded.problem or "was written by a newer reader",
                 "upgrade reader to use it; doctor leaves it as it is", False)

    def readable(self, path: Path, read: Callable[[Path], Any], broken: str, severity: str,
                 remedy: str, repairable: bool) -> _Loaded | None:
        """`path` loaded, or None once its newer schema or its damage (finding `broken`, of
        `severity`) is reported."""
        loaded = _load(path, read)
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
        if not any(f.severity == ERROR for f in self.findings):
            self.index()  # built from the truth: worth a look once the truth reads well
        else:
            self.legacy_files()
        for path in _temp_files(self.files):
            self.add("temp-file", WARNING, path, "is a temporary file left by an interrupted write",
                     "--repair removes it", True)
        return self.findings

    def articles(self) -> tuple[dict[str, ArticleSummary] | None, set[str]]:
        """The articles the library has (or will have once repaired; None when unknown),
        and the ids among them whose body is readable."""
        paths = truth_files(self.files)
        loads = {path: _load(path, _read_articles) for path in paths}
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
        summaries, bodies = _stored_summaries(self.files)
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
                self.body_problem(self.files.body(article_id), _Loaded(), summary,
                                  "its article cannot be restored")
        broken = [(path, loaded.problem) for path, loaded in loads.items() if not loaded.ok]
        problems = broken or [(self.files.shards, "is missing")]
        code = "articles-broken" if broken else "articles-missing"
        if summaries:
            self.rebuilding_articles = True
            count = _plural(len(summaries), "article body", "article bodies")
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
            body = _load(path, _read_body)
            if body.ok and body.data is not None:
                readable.add(article_id)
            else:
                self.body_problem(path, body, summary, "the article cannot be opened")
        return readable

    def body_problem(self, path: Path, body: _Loaded, summary: ArticleSummary | None,
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
        self.add(code, ERROR, path, problem, f"import {what} again: {_reimport_hint(summary)}",
                 False)

    def annotations(self, articles: dict[str, ArticleSummary] | None) -> None:
        path = self.files.annotations
        try:
            _read_annotations(path)
        except BadRecords as error:
            count = _plural(len(error.bad), "record", "records")
            self.add("annotations-bad-records", ERROR, path, error.problem,
                     f"--repair sets the {count} aside into its backup folder (nothing is deleted)", True)
            return
        except LibraryFileError:
            pass  # reported just below
        loaded = self.readable(
            path, _read_annotations, "annotations-broken", ERROR,
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
                _plural(counts[k], k, k + "s") for k in ("bookmark", "note") if counts[k]
            )
            ids = ", ".join(sorted(one_line(i)[:24] for i in missing)[:5])
            more = ", ..." if len(missing) > 5 else ""
            where = _plural(len(missing), "article", "articles")
            self.add(
                "annotations-orphaned", WARNING, path,
                f"has {what} on {where} no longer in the library ({ids}{more})",
                "they are kept; import those articles again to see them in place", False,
            )

    def reading(self) -> None:
        self.readable(self.files.reading, _read_reading, "reading-broken", ERROR,
                      "--repair resets read marks and reading positions", True)

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


def _plural(count: int, one: str, many: str) -> str:
    return f"{count} {one if count == 1 else many}"


def _reimport_hint(summary: ArticleSummary | None) -> str:
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
    return _Checker(files).run()


# -- repairing --------------------------------------------------------------


def repair(data_dir: Path, findings: Iterable[Finding]) -> RepairReport:
    """Mend the repairable `findings` that are still there, after backing up what changes.

    Holds the library lock throughout, so no other reader writes in between; the
    returned report lists what was done and what is still wrong afterwards.
    """
    from reader.store.library import Library

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
        temps = [f.path for f in self.todo if f.code == "temp-file"]
        legacy = [f.path for f in self.todo if f.code == "legacy-file"]
        changing = [
            path for wanted, path in ((reading, files.reading), (bad_annotations, files.annotations)) if wanted
        ] + (truth_files(files) if articles else []) + temps + legacy
        self.report.backup = _back_up(files, [p for p in changing if p.exists()])
        if bad_annotations and self.report.backup is not None:
            moved = set_aside(files.annotations, self.report.backup)
            self.done("annotations-bad-records", files.annotations,
                      f"set {_plural(moved, 'record', 'records')} aside into "
                      f"{self.report.backup.relative_to(files.root).as_posix()}/annotations-set-aside.json")

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
                  "built index.sqlite3 again from the library (" + _plural(count, "article", "articles") + ")")

    def rebuild_articles(self) -> None:
        summaries, _ = _stored_summaries(self.files)
        ordered = sorted(summaries.values(), key=lambda s: (s.added or "", s.id))
        write_all(self.files, (s.to_dict() for s in ordered))
        code = next(f.code for f in self.todo if f.code.startswith("articles-"))
        self.done(code, self.files.shards, "rebuilt the article metadata (articles/) from the "
                  "summaries in " + _plural(len(ordered), "article body", "article bodies"))


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
