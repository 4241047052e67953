"""spaCy's work is bounded whatever the input: long blocks go in windows, batches by size."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reader.nlp import find_entities, workload
from reader.nlp.workload import BATCH_CHARS, WINDOW_CHARS, char_batches, windows


@given(st.text(alphabet="ab .\n", max_size=400), st.integers(4, 50))
def test_windows_cover_the_text_in_order_and_none_is_too_long(text, size):
    saved, workload.WINDOW_CHARS = workload.WINDOW_CHARS, size
    try:
        pieces = windows(text)
    finally:
        workload.WINDOW_CHARS = saved
    assert "".join(piece for _, piece in pieces) == text
    assert all(text[offset : offset + len(piece)] == piece for offset, piece in pieces)
    assert all(len(piece) <= size for _, piece in pieces)


def test_a_window_ends_after_a_sentence_when_it_can():
    sentence = "The council met on Tuesday. "
    text = sentence * (WINDOW_CHARS // len(sentence) * 3)
    pieces = windows(text)
    assert len(pieces) > 2
    assert all(piece.endswith(". ") for _, piece in pieces[:-1])


@given(st.lists(st.integers(0, 3 * BATCH_CHARS), max_size=30))
def test_batches_stay_under_the_character_budget(lengths):
    batches = list(char_batches(lengths))
    assert [i for batch in batches for i in batch] == list(range(len(lengths)))
    assert all(len(batch) == 1 or sum(lengths[i] for i in batch) <= BATCH_CHARS for batch in batches)


class RecordingPipeline:
    """Stands in for spaCy: records what each `pipe` call was given."""

    def __init__(self) -> None:
        self.calls: list[list[str]] = []

    def pipe(self, texts, batch_size, n_process):
        texts = list(texts)
        self.calls.append(texts)
        return [type("Doc", (), {"ents": ()})() for _ in texts]


def test_spacy_never_gets_a_long_block_or_a_large_batch_in_one_go(monkeypatch: pytest.MonkeyPatch):
    pipeline = RecordingPipeline()
    monkeypatch.setattr("reader.nlp.pipeline.get_nlp", lambda: pipeline)
    one_paragraph = "A long paragraph about the harbour and the bridge over the bay. " * 15_000  # ~1 MB
    many = ["A short paragraph of a normal article, about the size of most. " * 3] * 5_000
    find_entities([([one_paragraph], []), (many, [])])
    fed = [text for call in pipeline.calls for text in call]
    assert "".join(fed[: -len(many)]) == one_paragraph
    assert max(len(text) for text in fed) <= WINDOW_CHARS
    assert max(sum(map(len, call)) for call in pipeline.calls) <= BATCH_CHARS


def test_folding_short_forms_grows_linearly_with_the_mentions():
    """Each "Fed"-like short form once scanned every ORG of the article: at the 16 MiB cap,
    hundreds of thousands squared. Eight articles against one eight times longer (both
    timed side by side, so the machine's speed cancels out)."""
    import gc
    import time

    from reader.model import EntitySpan
    from reader.nlp import fold_aliases

    def article(sentences: int) -> tuple[list[EntitySpan], list[str]]:
        sentence = "The Federal Reserve met and the Fed said so. "
        block = sentence * sentences
        spans = [span for n in range(sentences) for span in (
            EntitySpan("Federal Reserve", "ORG", 0, n * len(sentence) + 4, n * len(sentence) + 19, "Federal Reserve"),
            EntitySpan("Fed", "ORG", 0, n * len(sentence) + 32, n * len(sentence) + 35, "Fed"))]
        return spans, [block]

    def seconds(spans, blocks, times=1) -> float:
        started = time.perf_counter()
        for _ in range(times):
            fold_aliases(spans, blocks)
        return time.perf_counter() - started

    small, large = article(300), article(2400)
    gc.disable()
    try:
        ratio = min(seconds(*large) / seconds(*small, times=8) for _ in range(5))
    finally:
        gc.enable()
    assert ratio < 3
    folded = fold_aliases(*small)
    assert {s.canonical for s in folded if s.text == "Fed"} == {"Federal Reserve"}


def test_folding_short_forms_does_not_hold_a_long_paragraph_word_by_word():
    """Telling a table from prose split the whole block into words: at the 16 MiB cap,
    ~3 million strings alive at once (benchmarks/ner_memory.py). Measured in bytes
    allocated, which do not depend on the machine."""
    import tracemalloc

    from reader.model import EntitySpan
    from reader.nlp import fold_aliases

    block = "Porto told the harbour board that the plan for the bridge would cost more. " * 13_000
    spans = [EntitySpan("Porto", "GPE", 0, 0, 5, "Porto")]
    tracemalloc.start()
    try:
        folded = fold_aliases(spans, [block])
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < len(block)  # the block is ~1 MB; its words as strings took ~10 times that
    assert [(s.text, s.label) for s in folded] == [("Porto", "GPE")]
