"""Entity quality on CoNLL-2003 English: raw en_core_web_sm beside the reader's layer.

Run: .venv/bin/python benchmarks/ner_quality.py CONLL_DIR [--split testa|testb|train] [--limit N]

CONLL_DIR holds eng.train, eng.testa and eng.testb (the CoNLL-2003 column format).
Each document (split on -DOCSTART-) becomes one article whose paragraphs are its
sentences, tokens joined by spaces, so the layer's article-wide folding applies.
spaCy's labels are mapped onto CoNLL's: PERSON->PER, ORG->ORG, GPE/LOC/FAC->LOC,
NORP/EVENT/WORK_OF_ART/LAW/LANGUAGE/PRODUCT->MISC; numbers and dates are dropped.
Scores are exact-span micro precision/recall/F1, per type and for PER+ORG+LOC, over
every line and over all-caps lines only (headlines, datelines, tables). The last block
adds labels across the library: each document labelled with the split's other
documents as its library, as the reader shows an article of a library.
"""

from __future__ import annotations

import argparse
import time
from collections import Counter
from pathlib import Path

TO_CONLL = {
    "PERSON": "PER",
    "ORG": "ORG",
    "GPE": "LOC",
    "LOC": "LOC",
    "FAC": "LOC",
    **{label: "MISC" for label in ("NORP", "EVENT", "WORK_OF_ART", "LAW", "LANGUAGE", "PRODUCT")},
}
TYPES = ("PER", "ORG", "LOC", "MISC")
MAIN = ("PER", "ORG", "LOC")
SPLITS = {"train": "eng.train", "testa": "eng.testa", "testb": "eng.testb"}

# (paragraph, start, end, type) inside one document.
Span = tuple[int, int, int, str]
Document = tuple[list[str], set[Span]]


def read_conll(path: Path) -> list[Document]:
    """Documents as (sentences, gold spans with character offsets into each sentence)."""
    documents: list[Document] = []
    sentences: list[str] = []
    gold: set[Span] = set()
    tokens: list[tuple[str, str]] = []

    def end_sentence() -> None:
        if not tokens:
            return
        text, spans = _sentence(tokens, len(sentences))
        sentences.append(text)
        gold.update(spans)
        tokens.clear()

    def end_document() -> None:
        end_sentence()
        if sentences:
            documents.append((list(sentences), set(gold)))
        sentences.clear()
        gold.clear()

    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("-DOCSTART-"):
            end_document()
        elif not line.strip():
            end_sentence()
        else:
            columns = line.split()
            tokens.append((columns[0], columns[-1]))
    end_document()
    return documents


def _sentence(tokens: list[tuple[str, str]], paragraph: int) -> tuple[str, list[Span]]:
    """The sentence text and its gold spans (IOB1 or IOB2 tags)."""
    spans: list[Span] = []
    offset = 0
    current: list | None = None
    for word, tag in tokens:
        start, end = offset, offset + len(word)
        offset = end + 1
        kind = tag[2:] if tag != "O" else None
        continues = current is not None and kind == current[3] and not tag.startswith("B-")
        if continues:
            current[2] = end
            continue
        if current is not None:
            spans.append(tuple(current))
        current = [paragraph, start, end, kind] if kind else None
    if current is not None:
        spans.append(tuple(current))
    return " ".join(word for word, _ in tokens), spans


def is_all_caps(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 2 and not any(c.islower() for c in letters)


def _mapped(items) -> set[Span]:
    found = set()
    for paragraph, start, end, label in items:
        kind = TO_CONLL.get(label)
        if kind:
            found.add((paragraph, start, end, kind))
    return found


def predict_raw(nlp, documents: list[Document]) -> list[set[Span]]:
    texts = [s for sentences, _ in documents for s in sentences]
    docs = iter(nlp.pipe(texts, batch_size=64))
    out = []
    for sentences, _ in documents:
        items = []
        for paragraph in range(len(sentences)):
            doc = next(docs)
            items += [(paragraph, e.start_char, e.end_char, e.label_) for e in doc.ents]
        out.append(_mapped(items))
    return out


def predict_layer(documents: list[Document]) -> list[list]:
    """The reader's entity spans of each document, as imported."""
    from reader.nlp import find_entities

    found = find_entities([(sentences, []) for sentences, _ in documents])
    return [body for body, _captions in found]


def with_library_labels(documents: list[Document], found: list[list]) -> list[list]:
    """Each document as the reader shows it with the split's other documents as its library:
    the entity index's label counts (articles per canonical name and label), its own left out."""
    from reader.library_labels import library_labels, names_to_look_up

    per_document = [{(s.canonical.casefold(), s.label) for s in spans} for spans in found]
    library: dict[str, Counter[str]] = {}
    for named in per_document:
        for key, label in named:
            library.setdefault(key, Counter())[label] += 1
    out = []
    for (sentences, _), spans, named in zip(documents, found, per_document, strict=True):
        seen = {}
        for key in names_to_look_up(spans):
            others = library[key] - Counter({label: 1 for k, label in named if k == key})
            if others:
                seen[key] = others
        out.append(library_labels(spans, sentences, seen))
    return out


def spans_of(found: list[list]) -> list[set[Span]]:
    return [_mapped((s.paragraph, s.start, s.end, s.label) for s in spans) for spans in found]


class Score:
    def __init__(self) -> None:
        self.tp: Counter[str] = Counter()
        self.fp: Counter[str] = Counter()
        self.fn: Counter[str] = Counter()

    def add(self, gold: set[Span], predicted: set[Span]) -> None:
        for span in predicted:
            (self.tp if span in gold else self.fp)[span[3]] += 1
        for span in gold - predicted:
            self.fn[span[3]] += 1

    def prf(self, kinds: tuple[str, ...]) -> tuple[float, float, float]:
        tp = sum(self.tp[k] for k in kinds)
        fp = sum(self.fp[k] for k in kinds)
        fn = sum(self.fn[k] for k in kinds)
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        return 100 * p, 100 * r, (200 * p * r / (p + r) if p + r else 0.0)


def score(documents: list[Document], predicted: list[set[Span]]) -> tuple[Score, Score]:
    every, caps = Score(), Score()
    for (sentences, gold), found in zip(documents, predicted, strict=True):
        every.add(gold, found)
        lines = {i for i, s in enumerate(sentences) if is_all_caps(s)}
        caps.add({s for s in gold if s[0] in lines}, {s for s in found if s[0] in lines})
    return every, caps


def report(name: str, every: Score, caps: Score) -> None:
    print(f"\n{name}")
    print(f"  {'type':<14} {'P':>6} {'R':>6} {'F1':>6}")
    for kind in TYPES:
        p, r, f = every.prf((kind,))
        print(f"  {kind:<14} {p:6.1f} {r:6.1f} {f:6.1f}")
    p, r, f = every.prf(MAIN)
    print(f"  {'PER+ORG+LOC':<14} {p:6.1f} {r:6.1f} {f:6.1f}")
    p, r, f = caps.prf(MAIN)
    print(f"  {'all-caps lines':<14} {p:6.1f} {r:6.1f} {f:6.1f}  (PER+ORG+LOC)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("conll_dir", type=Path, metavar="CONLL_DIR")
    parser.add_argument("--split", choices=sorted(SPLITS), default="testb")
    parser.add_argument("--limit", type=int, help="only the first N documents")
    args = parser.parse_args()
    documents = read_conll(args.conll_dir / SPLITS[args.split])[: args.limit]
    lines = sum(len(s) for s, _ in documents)
    caps = sum(is_all_caps(x) for s, _ in documents for x in s)
    print(f"{args.split}: {len(documents)} documents, {lines} lines ({caps} all-caps)")

    from reader.nlp.pipeline import get_nlp

    nlp = get_nlp()
    start = time.perf_counter()
    raw = predict_raw(nlp, documents)
    raw_time = time.perf_counter() - start
    start = time.perf_counter()
    layer = predict_layer(documents)
    layer_time = time.perf_counter() - start
    start = time.perf_counter()
    shown = with_library_labels(documents, layer)
    library_time = time.perf_counter() - start
    report("raw en_core_web_sm", *score(documents, raw))
    report("reader (reader.nlp.find_entities)", *score(documents, spans_of(layer)))
    report("reader + labels across the library (reader.library_labels)",
           *score(documents, spans_of(shown)))
    reader_time = layer_time + library_time
    print(f"\ntime: raw {raw_time:.1f} s, reader {reader_time:.1f} s "
          f"(of which library labels {library_time:.2f} s) (raw/reader {raw_time / reader_time:.2f})")


if __name__ == "__main__":
    main()
