"""The hostile-input corpus through the real importer: nothing gets through, rejections touch nothing.

Every input of `hostile_corpus` goes through `Library.import_sources` (with the fake entity
finder), again over HTTP, and a handful through `python -m reader import`. For each:

* rejected: one ImportFailure-shaped line naming the input, and the library folder byte
  for byte as it was;
* accepted: no C0/C1 control character anywhere in what was stored (no newline or tab
  either: paragraphs are single lines), markup-looking text stored literally, and no
  printable residue of terminal escape sequences.

The residue assertions (`test_no_escape_sequence_residue`) need `reader.text` to remove
whole escape sequences ("\\x1b[31m" as a whole, not just its ESC byte).

Peak memory of the two largest attacks (a 60 MB file, a 1 GiB gzip bomb) is checked in a
child process; there are no wall-clock limits here (see benchmarks/hostile_limits.py).
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import orjson
import pytest
from builders import fake_finder, small_library, tree_bytes
from hostile_corpus import (
    ESC,
    CorpusServer,
    HostileInput,
    corpus,
    large_inputs,
    measure_child,
)

from reader.store import Library

CORPUS = corpus()
ACCEPTED = [item for item in CORPUS if item.outcome == "accepted"]
REJECTED = [item for item in CORPUS if item.outcome == "rejected"]
BY_NAME = {item.name: item for item in CORPUS}

# C0 (tab and newline included: stored text is single-line), DEL and C1.
CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
PEAK_RSS_LIMIT_MIB = 500


def params(items: list[HostileInput], *, known_bugs: bool = False) -> list:
    """One param per input; with `known_bugs`, inputs with a known defect are strict xfails."""
    return [
        pytest.param(item, id=item.name, marks=(
            [pytest.mark.xfail(reason=item.known_bug, strict=True)] if known_bugs and item.known_bug else []))
        for item in items
    ]


def no_proxy_env() -> dict[str, str]:
    proxies = {"http_proxy", "https_proxy", "all_proxy", "no_proxy"}
    return {k: v for k, v in os.environ.items() if k.lower() not in proxies}


@pytest.fixture(autouse=True)
def no_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "all_proxy", "ALL_PROXY"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture(scope="module")
def server():
    with CorpusServer() as running:
        yield running


def all_strings(value: object):
    """Every string (keys too) inside a parsed JSON value."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield key
            yield from all_strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from all_strings(item)


def stored_strings(root: Path) -> list[str]:
    return [s for path in sorted(root.rglob("*.json")) for s in all_strings(orjson.loads(path.read_bytes()))]


def stored_texts(library: Library, ids: list[str]) -> list[str]:
    """Title, paragraphs, captions, byline and source of each stored article."""
    texts = []
    for article_id in ids:
        article = library.article(article_id)
        texts += [article.title, *article.paragraphs, *article.captions, article.byline or "", article.source or ""]
    return texts


def import_one(root: Path, source: str):
    library = Library(root, entity_finder=fake_finder)
    report = library.import_sources([source])
    return library, report


@pytest.fixture(scope="module")
def imported(tmp_path_factory: pytest.TempPathFactory):
    """Each accepted input imported once into a library of its own: (library, article ids)."""
    done: dict[str, tuple[Library, list[str]]] = {}

    def get(item: HostileInput) -> tuple[Library, list[str]]:
        if item.name not in done:
            folder = tmp_path_factory.mktemp(item.name)
            library, report = import_one(folder / "library", str(item.write(folder)))
            assert not report.failed, report.failed
            done[item.name] = (library, [i.article_id for i in report.imported])
        return done[item.name]

    return get


def assert_stored_clean(library: Library, ids: list[str]) -> None:
    for article_id in ids:
        article = library.article(article_id)
        assert article.title.strip() and article.paragraphs
        for field in (article.title, article.key, article.byline, article.source, article.url, article.published):
            assert field is None or not CONTROL.search(field), repr(field[:200])
        for text in [*article.paragraphs, *article.captions]:
            assert text and not CONTROL.search(text), repr(text[:200])
            assert text == " ".join(text.split())
    # Every string in every file of the library, metadata, listing and entity index included.
    dirty = [s[:120] for s in stored_strings(library.data_dir) if CONTROL.search(s)]
    assert not dirty


def assert_rejected(item: HostileInput, report, source: str) -> None:
    assert report.counts() == {"imported": 0, "updated": 0, "duplicates": 0, "failed": 1}
    (failed,) = report.failed
    assert failed.source == source
    assert item.reason in failed.reason
    assert "\n" not in failed.reason and not CONTROL.search(failed.reason)


# -- files through the Library ------------------------------------------------------------


@pytest.mark.parametrize("item", params(REJECTED))
def test_rejected_input_leaves_the_library_untouched(item: HostileInput, tmp_path: Path) -> None:
    root = tmp_path / "library"
    small_library(root)
    before = tree_bytes(root)
    folders = sorted(p for p in root.rglob("*") if p.is_dir())
    path = item.write(tmp_path)
    _, report = import_one(root, str(path))
    assert_rejected(item, report, str(path))
    assert tree_bytes(root) == before
    assert sorted(p for p in root.rglob("*") if p.is_dir()) == folders


def test_rejection_in_an_empty_library_writes_nothing(tmp_path: Path) -> None:
    root = tmp_path / "library"
    paths = [str(item.write(tmp_path)) for item in REJECTED]
    report = Library(root, entity_finder=fake_finder).import_sources(paths)
    assert report.counts()["failed"] == len(REJECTED) and not report.imported
    assert [p for p in root.rglob("*") if p.name != ".lock"] == []


@pytest.mark.parametrize("item", params(ACCEPTED))
def test_accepted_input_is_stored_without_controls(item: HostileInput, imported) -> None:
    library, ids = imported(item)
    assert ids
    assert_stored_clean(library, ids)
    stored = stored_strings(library.data_dir)
    for secret in item.hides:
        assert not any(secret in s for s in stored), secret


@pytest.mark.parametrize("item", params([i for i in ACCEPTED if i.shows or i.title], known_bugs=True))
def test_accepted_input_keeps_its_text_literally(item: HostileInput, imported) -> None:
    # Markup-looking text ("[bold]", "[/", "[@click=app.quit]x[/]") is data: stored as written.
    library, ids = imported(item)
    texts = "\n".join(stored_texts(library, ids))
    for literal in item.shows:
        assert literal in texts, literal[:80]
    if item.title is not None:
        assert [library.article(i).title for i in ids] == [item.title]


# NEEDS WHOLE-SEQUENCE REMOVAL in reader.text.strip_controls/one_line: with only the ESC
# (or C1) byte removed, "\x1b]0;title\x07" leaves "]0;title" and "\x1b[31m" leaves "[31m".
@pytest.mark.parametrize("item", params([i for i in ACCEPTED if i.residue]))
def test_no_escape_sequence_residue(item: HostileInput, imported) -> None:
    library, _ = imported(item)
    stored = stored_strings(library.data_dir)
    assert not any(ESC in s for s in stored)
    leftovers = [r for r in item.residue if any(r in s for s in stored)]
    assert leftovers == []


def test_the_corpus_covers_every_class() -> None:
    prefixes = {item.name.split("-")[0] for item in CORPUS}
    assert prefixes >= {"markup", "escape", "invisible", "wide", "long", "nested", "entities",
                        "binary", "encoding", "crlf", "md", "name", "feed", "frontmatter"}
    assert len(CORPUS) >= 100 and len(REJECTED) >= 20
    (huge,) = large_inputs()
    assert huge.size == 60 * 1024 * 1024


# -- the same inputs over HTTP --------------------------------------------------------------


@pytest.mark.parametrize("item", params(CORPUS))
def test_same_outcome_over_http(item: HostileInput, server: CorpusServer, tmp_path: Path) -> None:
    url = f"{server.url}/corpus/{item.name}"
    root = tmp_path / "library"
    library, report = import_one(root, url)
    if item.outcome == "rejected":
        assert_rejected(item, report, url)
        assert [p for p in root.rglob("*") if p.name != ".lock"] == []
    else:
        assert not report.failed, report.failed
        assert_stored_clean(library, [i.article_id for i in report.imported])


# What the server says the body is, against what the body is: the bytes decide.
WRONG_TYPES = [
    ("image/png", "markup-html", "accepted"),  # an HTML page called an image
    ("application/octet-stream", "markup-html", "accepted"),
    ("text/html", "markup-rss", "accepted"),  # a feed called a page: read as a feed
    ("application/rss+xml", "crlf-txt", "accepted"),  # text called a feed: read as text
    ("application/json", "markup-md", "accepted"),
    ("text/html; charset=shift_jis", "encoding-cp1252-meta-html", "accepted"),  # the label lies
    ("text/html; charset=no-such-codec", "markup-html", "accepted"),
    ("text/html", "binary-png-as-html", "rejected"),  # an image called a page
    ("text/plain", "binary-random-txt", "rejected"),
    ("image/png", "entities-billion-laughs-rss", "rejected"),
    ("text/html", "binary-gzip-bomb-as-txt", "rejected"),  # a .gz body without Content-Encoding
]


@pytest.mark.parametrize(("content_type", "name", "outcome"), WRONG_TYPES,
                         ids=[f"{n}-as-{t.split(';')[0].replace('/', '-')}" for t, n, _ in WRONG_TYPES])
def test_wrong_content_type(content_type: str, name: str, outcome: str, server: CorpusServer,
                            tmp_path: Path) -> None:
    item = BY_NAME[name]
    url = f"{server.url}/typed/{content_type.replace('/', '~').replace(' ', '')}/{name}"
    library, report = import_one(tmp_path / "library", url)
    if outcome == "rejected":
        assert_rejected(item, report, url)
        return
    ids = [i.article_id for i in report.imported]
    assert ids and not report.failed
    assert_stored_clean(library, ids)
    texts = "\n".join(stored_texts(library, ids))
    assert all(literal in texts for literal in item.shows)


def test_utf16_header_over_an_ascii_page(server: CorpusServer, tmp_path: Path) -> None:
    url = f"{server.url}/typed/text~html;charset=utf-16/markup-html"
    library, report = import_one(tmp_path / "library", url)
    (imported,) = report.imported
    assert library.article(imported.article_id).title.startswith("Council [bold]votes[/]")


def test_gzip_bomb_is_rejected_and_the_library_untouched(server: CorpusServer, tmp_path: Path) -> None:
    root = tmp_path / "library"
    small_library(root)
    before = tree_bytes(root)
    library = Library(root, entity_finder=fake_finder)
    report = library.import_sources([server.url + "/bomb"])
    (failed,) = report.failed
    assert failed.reason == "download too large when decompressed (over 16 MB)"
    assert tree_bytes(root) == before


# -- the command line ---------------------------------------------------------------------


def cli(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "reader", "--data-dir", str(data_dir), *args],
        capture_output=True, text=True, env=no_proxy_env(), timeout=300,
    )


def error_lines(stderr: str) -> list[str]:
    # Blank lines aside: see test_cli_stderr_has_no_blank_line.
    assert "Traceback" not in stderr and ESC not in stderr
    return [line for line in stderr.splitlines() if line.strip()]


def assert_one_line_rejection(stderr: str, path: str, reason: str) -> None:
    lines = error_lines(stderr)
    assert len(lines) == 1, stderr
    assert lines[0].startswith(f"reader: {path}: ") and reason in lines[0]


CLI_REJECTED = ["binary-random-txt", "binary-png-as-html", "entities-xxe-passwd-rss",
                "entities-billion-laughs-as-txt", "nested-divs-html"]


@pytest.mark.parametrize("name", CLI_REJECTED)
def test_cli_rejection_is_one_line_and_touches_nothing(name: str, tmp_path: Path) -> None:
    item = BY_NAME[name]
    root = tmp_path / "library"
    small_library(root)
    before = tree_bytes(root)
    path = item.write(tmp_path)
    done = cli(root, "import", str(path))
    assert done.returncode == 1
    assert_one_line_rejection(done.stderr, str(path), item.reason)
    assert ESC not in done.stdout
    assert tree_bytes(root) == before


def test_cli_hostile_file_name_is_one_clean_line(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    path = folder / "evil\x1b]0;OWNED\x07[bold]name\nsecond line\x1b[2J.txt"
    path.write_bytes(BY_NAME["binary-random-txt"].data)
    done = cli(tmp_path / "library", "import", str(path))
    assert done.returncode == 1
    (line,) = error_lines(done.stderr)
    assert line.startswith(f"reader: {folder}/evil") and "[bold]name second line" in line
    assert line.endswith(": binary file (contains NUL bytes)")
    assert "OWNED" not in line and "[2J" not in line  # needs whole-sequence removal in reader.text


def test_cli_stderr_has_no_blank_line(tmp_path: Path) -> None:
    path = BY_NAME["binary-random-txt"].write(tmp_path)
    done = cli(tmp_path / "library", "import", str(path))
    assert done.stderr.splitlines() == [f"reader: {path}: binary file (contains NUL bytes)"]


@pytest.mark.slow  # loads spaCy once
def test_cli_imports_hostile_text_with_real_entities(tmp_path: Path) -> None:
    names = ["escape-all-at-once", "markup-md", "long-word-paragraph", "wide-cjk-emoji-md",
             "invisible-bidi-rlo-txt", "entities-xxe-html"]
    paths = [str(BY_NAME[n].write(tmp_path)) for n in names]
    rejected = BY_NAME["binary-nul-in-text"]
    rejected_path = str(rejected.write(tmp_path))
    root = tmp_path / "library"
    done = cli(root, "import", *paths, rejected_path)
    assert done.returncode == 1  # one input failed, the others were imported
    assert_one_line_rejection(done.stderr, rejected_path, rejected.reason)
    assert ESC not in done.stdout and not CONTROL.search(done.stdout.replace("\n", ""))
    assert sum(line.startswith("imported ") for line in done.stdout.splitlines()) == len(names)
    library = Library(root)
    ids = [s.id for s in library.summaries()]
    assert len(ids) == len(names)
    assert_stored_clean(library, ids)
    texts = "\n".join(stored_texts(library, ids))
    for name in names:
        assert all(literal in texts for literal in BY_NAME[name].shows), name
    # What the terminal gets back is clean too.
    for args in (["list"], *(["show", i] for i in ids)):
        shown = cli(root, *args)
        assert shown.returncode == 0 and shown.stderr == ""
        assert ESC not in shown.stdout and "\x9b" not in shown.stdout and "\x07" not in shown.stdout
    record = json.loads(cli(root, "show", ids[0], "--json").stdout)
    assert not any(CONTROL.search(s) for s in all_strings(record))


# -- memory: the 60 MB file and the gzip bomb, each in a child process ----------------------


def test_60mb_file_is_refused_in_bounded_memory(tmp_path: Path) -> None:
    (huge,) = large_inputs()
    path = huge.write(tmp_path)
    assert path.stat().st_size == 60 * 1024 * 1024
    root = tmp_path / "library"
    small_library(root)
    before = tree_bytes(root)
    measured = measure_child([sys.executable, "-m", "reader", "--data-dir", str(root), "import", str(path)],
                             env=no_proxy_env())
    assert measured.returncode == 1
    assert_one_line_rejection(measured.stderr, str(path), "file too large (60.0 MB; limit 16 MB)")
    assert measured.peak_rss_mib < PEAK_RSS_LIMIT_MIB
    assert tree_bytes(root) == before
    path.unlink()  # 60 MB less left behind in pytest's kept temp folders


def test_gzip_bomb_is_refused_in_bounded_memory(server: CorpusServer, tmp_path: Path) -> None:
    url = server.url + "/bomb"
    measured = measure_child([sys.executable, "-m", "reader", "--data-dir", str(tmp_path / "library"),
                              "import", url], env=no_proxy_env())
    assert measured.returncode == 1
    assert_one_line_rejection(measured.stderr, url, "download too large when decompressed (over 16 MB)")
    assert measured.peak_rss_mib < PEAK_RSS_LIMIT_MIB
