"""Extraction quality on real pages: headline, byline, body words, captions, chrome.

    python benchmarks/extraction_quality.py CORPUS_DIR [--pages NAME ...] [--quiet]

Corpus layout (kept outside the repository; pages are other people's text):

    CORPUS_DIR/<page>/page.html       the page as served
    CORPUS_DIR/<page>/browser.txt     select-all-and-copy: headless Chromium, JavaScript
                                      off, document.body.innerText
    CORPUS_DIR/<page>/lynx.txt        text-browser dump: lynx -dump -nolist (any other
                                      *.txt, such as w3m.txt from w3m -dump, is scored as
                                      one more form)
    CORPUS_DIR/<page>/expected.json   {"title": str | [str, ...], "byline": str | [str, ...]
                                      | null, "body": str (the article text, paragraphs
                                      separated by blank lines), "date": "YYYY-MM-DD" |
                                      null (optional: the publication date the page
                                      states)}; keys starting with "_" are notes and ignored

For each page and form it prints whether the headline and the byline are right
(compared case- and punctuation-insensitively; a list gives the accepted answers),
whether the publication date is right where the page is labelled with one (a day either
side is accepted: labels are often converted to UTC; no date when the label is null),
body word precision and recall (multisets of lower-cased words against the
expected body; "+capt": recall counting the captions too, for expected
texts that include them), whether captions are kept apart (no caption inside a body
paragraph, none stored twice), and for HTML the chrome paragraphs (paragraphs
of which under half the words occur in the expected body).  Means follow, with
plain trafilatura on the same HTML (`bare_extraction`, default settings) as the
baseline.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import trafilatura

from reader.ingest import ImportFailure, read_source

_WORD = re.compile(r"\w+")


@dataclass(slots=True)
class Score:
    headline: bool
    byline: bool
    date: bool | None  # None: the page has no date label
    precision: float
    recall: float
    recall_with_captions: float
    captions_apart: bool
    chrome: int
    title: str
    author: str | None


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--pages", nargs="*", help="score only these pages")
    parser.add_argument("--quiet", action="store_true", help="means only")
    args = parser.parse_args()
    pages = sorted(p for p in args.corpus.iterdir() if (p / "expected.json").is_file())
    if args.pages:
        pages = [p for p in pages if p.name in args.pages]
    if not pages:
        print(f"{args.corpus}: no pages (see the corpus layout in --help)", file=sys.stderr)
        return 2
    results: dict[str, list[Score]] = {}
    for page in pages:
        expected = json.loads((page / "expected.json").read_text(encoding="utf-8"))
        forms = {path.stem: _ours(path, expected) for path in sorted(page.glob("*.txt"))}
        forms["html"] = _ours(page / "page.html", expected)
        forms["trafilatura"] = _trafilatura(page / "page.html", expected)
        for form, score in forms.items():
            results.setdefault(form, []).append(score)
            if not args.quiet:
                _print_page(page.name, form, score)
    sites = {re.sub(r"\d+$", "", page.name) for page in pages}
    print(f"\n{len(pages)} pages from {len(sites)} sites")
    print(f"{'form':<12} {'headline':>8} {'byline':>7} {'date':>7} {'prec':>6} {'recall':>6} {'+capt':>6} "
          f"{'captions':>8} {'chrome':>6}")
    for form, scores in results.items():
        n = len(scores)
        dated = [s.date for s in scores if s.date is not None]
        print(f"{form:<12} {sum(s.headline for s in scores) / n:8.0%} "
              f"{sum(s.byline for s in scores) / n:7.0%} "
              f"{f'{sum(dated) / len(dated):.0%}' if dated else '-':>7} "
              f"{sum(s.precision for s in scores) / n:6.3f} {sum(s.recall for s in scores) / n:6.3f} "
              f"{sum(s.recall_with_captions for s in scores) / n:6.3f} "
              f"{sum(s.captions_apart for s in scores):4d}/{n:<3d} {sum(s.chrome for s in scores):6d}")
    return 0


def _print_page(name: str, form: str, s: Score) -> None:
    marks = ("H" if s.headline else "-") + ("B" if s.byline else "-") + \
        {True: "D", False: "-", None: " "}[s.date] + ("C" if s.captions_apart else "x")
    print(f"{name:<26} {form:<11} {marks} p={s.precision:.2f} r={s.recall:.2f} "
          f"chrome={s.chrome:<3d} title={s.title[:60]!r} byline={s.author!r}")


def _ours(path: Path, expected: dict) -> Score:
    try:
        article = read_source(str(path))[0]
    except ImportFailure as error:
        print(f"{path}: {error}", file=sys.stderr)
        return _score(expected, "", None, [], [])
    return _score(expected, article.title, article.byline, article.paragraphs, article.captions,
                  article.published)


def _trafilatura(path: Path, expected: dict) -> Score:
    document = trafilatura.bare_extraction(path.read_text(encoding="utf-8", errors="replace"),
                                           with_metadata=True)
    if document is None:
        return _score(expected, "", None, [], [])
    text = document.text or ""
    return _score(expected, document.title or "", document.author or None,
                  [p for p in text.split("\n") if p.strip()], [], document.date)


def _score(expected: dict, title: str, byline: str | None, paragraphs: list[str],
           captions: list[str], published: str | None = None) -> Score:
    body = Counter(_words(expected["body"]))
    got = Counter(word for p in paragraphs for word in _words(p))
    shared = sum((body & got).values())
    kept = got + Counter(word for c in captions for word in _words(c))
    return Score(
        headline=_matches(title, expected.get("title")),
        byline=_matches(byline, expected.get("byline"), _name_key),
        date=_date_right(published, expected["date"]) if "date" in expected else None,
        precision=shared / sum(got.values()) if got else 0.0,
        recall=shared / sum(body.values()) if body else 1.0,
        recall_with_captions=sum((body & kept).values()) / sum(body.values()) if body else 1.0,
        captions_apart=_captions_apart(paragraphs, captions),
        chrome=sum(_is_chrome(p, set(body)) for p in paragraphs),
        title=title,
        author=byline,
    )


def _matches(got: str | None, accepted: str | list[str] | None, key=None) -> bool:
    key = key or _key
    if accepted is None or accepted == []:
        return not got
    answers = accepted if isinstance(accepted, list) else [accepted]
    return got is not None and key(got) in {key(a) for a in answers}


def _date_right(got: str | None, label: str | None) -> bool:
    if label is None or got is None:
        return label is None and got is None
    try:
        shift = date.fromisoformat(got[:10]) - date.fromisoformat(label[:10])
    except ValueError:
        return False
    return abs(shift) <= timedelta(days=1)


def _captions_apart(paragraphs: list[str], captions: list[str]) -> bool:
    keys = [_key(c) for c in captions]
    if len(set(keys)) != len(keys):
        return False
    return not any(key and key in _key(p) for key in keys for p in paragraphs)


def _is_chrome(paragraph: str, body: set[str]) -> bool:
    words = _words(paragraph)
    return bool(words) and sum(word in body for word in words) < len(words) / 2


def _words(text: str) -> list[str]:
    return _WORD.findall(text.casefold())


def _name_key(text: str) -> str:
    # "A, B and C" and "A; B; C" name the same people.
    return " ".join(word for word in _words(text) if word != "and")


def _key(text: str) -> str:
    return " ".join(_words(text))


if __name__ == "__main__":
    sys.exit(main())
