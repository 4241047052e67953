"""A reader's copy of the article alone, made from each page's browser copy, for extraction_quality.py.

    python benchmarks/selection_copies.py CORPUS_DIR OUT_DIR

Readers often select the article itself rather than the whole page: from its headline to its
last paragraph, with whatever the page prints between (a standfirst, the byline and date, share
buttons, pictures' captions, boxes inside the article). For each page of CORPUS_DIR (the layout
in extraction_quality.py) that has a browser.txt, this writes OUT_DIR/<page>/selected.txt: the
browser copy's lines from the first one that is the labelled headline (compared case- and
punctuation-insensitively) through the last one holding the end of the expected body, with the
page's expected.json and page.html beside it. Pages whose copy never prints the headline on a line
of its own, or the body's end, are left out. Then

    python benchmarks/extraction_quality.py OUT_DIR

scores the selection as one more form ("selected").
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import sys
from pathlib import Path

_NOT_WORD = re.compile(r"\W+")
_END_CHARS = 40  # the body's last words, enough to find its last line and no other


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("out", type=Path)
    args = parser.parse_args()
    written = skipped = 0
    for page in sorted(p for p in args.corpus.iterdir() if (p / "browser.txt").is_file()):
        expected = json.loads((page / "expected.json").read_text(encoding="utf-8"))
        lines = (page / "browser.txt").read_text(encoding="utf-8", errors="replace").splitlines()
        selection = _selection(lines, expected)
        if selection is None:
            skipped += 1
            continue
        out = args.out / page.name
        out.mkdir(parents=True, exist_ok=True)
        (out / "selected.txt").write_text("\n".join(selection) + "\n", encoding="utf-8")
        for name in ("expected.json", "page.html"):
            if (page / name).is_file():
                shutil.copyfile(page / name, out / name)
        written += 1
    print(f"{written} selections written, {skipped} pages left out", file=sys.stderr)
    return 0


def _selection(lines: list[str], expected: dict) -> list[str] | None:
    titles = expected["title"] if isinstance(expected["title"], list) else [expected["title"]]
    wanted = {_folded(title) for title in titles if _folded(title)}
    folded = [_folded(line) for line in lines]
    start = next((i for i, line in enumerate(folded) if line in wanted), None)
    paragraphs = [p for p in (expected.get("body") or "").split("\n") if p.strip()]
    if start is None or not paragraphs:
        return None
    end_words = _folded(paragraphs[-1])[-_END_CHARS:]
    end = next((i for i in range(len(folded) - 1, start, -1) if end_words and end_words in folded[i]), None)
    return lines[start:end + 1] if end is not None else None


def _folded(text: str) -> str:
    return _NOT_WORD.sub(" ", text or "").strip().lower()


if __name__ == "__main__":
    sys.exit(main())
