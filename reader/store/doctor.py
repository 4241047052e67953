"""`reader doctor`: find what is wrong with a library's files, and mend what can be mended.

What can be rebuilt is rebuilt from what it was derived from: `listing.json` from
`articles.json`, `entities.json` from the entity spans stored in the bodies,
`articles.json` from the summary every body carries. `reading.json` (read marks and
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
from typing import Any

import orjson

from reader.model import ArticleSummary, EntitySpan
from reader.store.atomic import fsync_dir
from reader.store.entity_index import encode_entities
from reader.store.errors import LibraryFileError
from reader.store.files import LibraryFiles, is_article_id
from reader.store.jsonfile import (
    FORMAT_NAME,
    META_TABLE,
    SCHEMA_VERSION,
    read_document,
    read_tables,
    write_document,
    write_tables,
)
from reader.store.records import BadRecords, set_aside
from reader.store.listing import FIELDS, head_path_of, is_current, read_listing_head, write_listing
from reader.text import one_line

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


def _read_entities(path: Path) -> dict[str, Any] | None:
    data = read_document(path)
    if data is None:
        return None
    names, articles = data.get("names", []), data.get("articles", {})
    if not isinstance(names, list) or not all(
        isinstance(n, list) and len(n) == 2 and all(isinstance(x, str) for x in n) for n in names
    ):
        raise _bad(path, "the entity names are not a list of [name, label] pairs")
    if not isinstance(articles, dict):
        raise _bad(path, "the article entries are not an object")
    for encoded in articles.values():
        if not isinstance(encoded, str):
            raise _bad(path, "an article entry is not text")
        for pair in encoded.split():
            index, _, mentions = pair.partition(":")
            if not (index.isdigit() and mentions.isdigit() and int(index) < len(names)):
                raise _bad(path, f"an article entry names no known entity ({pair!r})")
    return data


def _read_listing(path: Path) -> dict[str, Any] | None:
    return read_document(path)


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
    folders = [files.root]
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
        self.rebuilding_articles = False  # articles.json is to be rebuilt from the bodies

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
        articles, bodies = self.articles()
        self.entities(articles, bodies)
        self.listing(articles is not None and not self.rebuilding_articles)
        self.annotations(articles)
        self.reading()
        for path in _temp_files(self.files):
            self.add("temp-file", WARNING, path, "is a temporary file left by an interrupted write",
                     "--repair removes it", True)
        return self.findings

    def articles(self) -> tuple[dict[str, ArticleSummary] | None, set[str]]:
        """The articles the library has (or will have once repaired; None when unknown),
        and the ids among them whose body is readable."""
        path = self.files.articles
        loaded = _load(path, _read_articles)
        if loaded.ok and loaded.data is not None:
            return loaded.data, self.bodies_of(loaded.data)
        if loaded.newer:
            self.newer(path, loaded)
            return None, set()
        summaries, bodies = _stored_summaries(self.files)
        if loaded.ok and not bodies:
            return {}, set()  # a new, empty library
        # The listing, even out of date, still names articles whose body is gone.
        listed = self.listed_summaries()
        for article_id, body in bodies.items():
            if article_id not in summaries:
                self.body_problem(self.files.body(article_id), body, listed.get(article_id),
                                  "its article cannot be restored")
        for article_id, summary in listed.items():
            if article_id not in bodies:
                self.body_problem(self.files.body(article_id), _Loaded(), summary,
                                  "its article cannot be restored")
        problem = loaded.problem or "is missing"
        code = "articles-broken" if loaded.problem else "articles-missing"
        if summaries:
            self.rebuilding_articles = True
            count = _plural(len(summaries), "article body", "article bodies")
            self.add(code, ERROR, path, problem,
                     f"--repair rebuilds it from the summaries stored in the {count}", True)
            return summaries, set(summaries)
        self.add(code, ERROR, path, problem,
                 "no readable article body to rebuild it from: restore it from a backup", False)
        return None, set()

    def listed_summaries(self) -> dict[str, ArticleSummary]:
        loaded = _load(self.files.listing, _read_listing)
        if not loaded.ok or not loaded.data or loaded.data.get("fields") != FIELDS:
            return {}
        rows = loaded.data.get("rows", [])
        if not _rows_ok(rows):
            return {}
        docs = [dict(zip(FIELDS, row, strict=True)) for row in rows]
        return {d["id"]: ArticleSummary.from_dict(d) for d in docs if _is_summary(d)}

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

    def entities(self, articles: dict[str, ArticleSummary] | None, bodies: set[str]) -> None:
        path = self.files.entities
        loaded = self.readable(path, _read_entities, "entities-broken", ERROR,
                               "--repair rebuilds it from the entities stored in the article bodies",
                               True)
        if loaded is None or articles is None:
            return
        indexed = (loaded.data or {}).get("articles", {})
        lacking = [i for i in articles if i in bodies and i not in indexed]
        if lacking:
            problem = (
                "is missing" if loaded.data is None
                else f"has no entry for {_plural(len(lacking), 'article', 'articles')}"
            )
            self.add("entities-incomplete", WARNING, path, problem,
                     "--repair adds them from the entities stored in the article bodies", True)

    def listing(self, articles_readable: bool) -> None:
        path = self.files.listing
        remedy = "--repair rebuilds it from articles.json"
        loaded = self.readable(path, _read_listing, "listing-broken", WARNING, remedy, True)
        if loaded is None or not articles_readable:
            return
        if loaded.data is None:
            if self.files.articles.exists():
                self.add("listing-missing", WARNING, path, "is missing", remedy, True)
        elif not is_current(loaded.data, self.files.articles) or not _rows_ok(
            loaded.data.get("rows", [])
        ):
            self.add("listing-stale", WARNING, path, "is out of date with articles.json", remedy,
                     True)

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


def _rows_ok(rows: Any) -> bool:
    return isinstance(rows, list) and all(
        isinstance(r, list) and len(r) == len(FIELDS) for r in rows
    )


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
    with library._locked():
        current = check(root)
        todo = [f for f in current if f.repairable and f.key in wanted]
        report = _Repairer(library.files, todo).run()
    report.remaining = check(root)
    # Once articles.json is rebuilt without them, nothing on disk names the articles whose
    # body was lost any more: this report is the last place to say what to import again.
    seen = {f.key for f in report.remaining}
    report.remaining += [
        f for f in current
        if f.code in ("body-missing", "body-broken") and f.key not in seen
    ]
    return report


class _Repairer:
    def __init__(self, files: LibraryFiles, todo: list[Finding]) -> None:
        self.files = files
        self.todo = todo
        self.codes = {f.code for f in todo}
        self.report = RepairReport()

    def done(self, code: str, path: Path, action: str) -> None:
        self.report.repaired.append(Repair(code, path, action))

    def run(self) -> RepairReport:
        files = self.files
        articles = bool(self.codes & {"articles-broken", "articles-missing"})
        entities = bool(self.codes & {"entities-broken", "entities-incomplete"})
        # A new articles.json makes any listing stale; a listing from a newer reader stays.
        listing = bool(self.codes & {"listing-broken", "listing-missing", "listing-stale"}) or (
            articles and not _load(files.listing, _read_listing).newer
        )
        reading = "reading-broken" in self.codes
        bad_annotations = "annotations-bad-records" in self.codes
        temps = [f.path for f in self.todo if f.code == "temp-file"]

        changing = [
            path
            for wanted, path in (
                (articles, files.articles),
                (entities, files.entities),
                (listing, files.listing),
                # A head that is still current comes out byte for byte the same.
                (listing and (articles or read_listing_head(head_path_of(files.listing), files.articles)
                              is None), head_path_of(files.listing)),
                (reading, files.reading),
                (bad_annotations, files.annotations),
            )
            if wanted
        ] + temps
        self.report.backup = _back_up(files, [p for p in changing if p.exists()])
        if bad_annotations and self.report.backup is not None:
            moved = set_aside(files.annotations, self.report.backup)
            self.done("annotations-bad-records", files.annotations,
                      f"set {_plural(moved, 'record', 'records')} aside into "
                      f"{self.report.backup.relative_to(files.root).as_posix()}/annotations-set-aside.json")

        if articles:
            self.rebuild_articles()
        if entities:
            self.rebuild_entities()
        if listing:
            self.rebuild_listing()
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
        return self.report

    def rebuild_articles(self) -> None:
        summaries, _ = _stored_summaries(self.files)
        ordered = sorted(summaries.values(), key=lambda s: (s.added or "", s.id))
        write_tables(
            self.files.articles,
            {"articles": {str(n): s.to_dict() for n, s in enumerate(ordered, start=1)}},
        )
        code = next(f.code for f in self.todo if f.code.startswith("articles-"))
        self.done(code, self.files.articles, "rebuilt articles.json from the summaries in "
                  + _plural(len(ordered), "article body", "article bodies"))

    def current_articles(self) -> dict[str, ArticleSummary]:
        return _read_articles(self.files.articles) or {}

    def rebuild_entities(self) -> None:
        path = self.files.entities
        loaded = _load(path, _read_entities)
        data = loaded.data if loaded.ok and loaded.data is not None else {}
        names: list[list[str]] = list(data.get("names", []))
        index: dict[str, str] = dict(data.get("articles", {}))
        positions = {(name, label): i for i, (name, label) in enumerate(names)}
        added = 0
        for article_id in self.current_articles():
            if article_id in index:
                continue
            body = _load(self.files.body(article_id), _read_body)
            if not body.ok or body.data is None:
                continue  # reported on its own: the article has to be imported again
            spans = [
                EntitySpan.from_dict(s)
                for s in body.data.get("entities", []) + body.data.get("caption_entities", [])
            ]
            counts = Counter((s.canonical, s.label) for s in spans)
            index[article_id] = encode_entities(counts, names, positions)
            added += 1
        write_document(path, {"names": names, "articles": index})
        code = "entities-broken" if "entities-broken" in self.codes else "entities-incomplete"
        how = "rebuilt" if code == "entities-broken" else "completed"
        self.done(code, path, f"{how} entities.json from the entities stored in "
                  + _plural(added, "article body", "article bodies"))

    def rebuild_listing(self) -> None:
        summaries = list(self.current_articles().values())
        write_listing(self.files.listing, self.files.articles, summaries)
        code = next((f.code for f in self.todo if f.code.startswith("listing-")), "listing-stale")
        self.done(code, self.files.listing, "rebuilt listing.json from articles.json ("
                  + _plural(len(summaries), "article", "articles") + ")")


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
