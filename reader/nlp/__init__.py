"""Named entities for articles: one batched spaCy pass, then per-article clean-up.

Importing this package does not import spaCy; the pipeline loads on the
first call to `find_entities`.
"""

from __future__ import annotations

from reader.model import EntitySpan
from reader.nlp.aliases import fold_aliases
from reader.nlp.casing import needs_restoring, restore_case, usual_casing
from reader.nlp.credits import apply_credits
from reader.nlp.datelines import dateline_places
from reader.nlp import pipeline
from reader.nlp.results import team_spans
from reader.nlp.spans import clean_offsets
from reader.nlp.workload import char_batches, windows
from reader.text import invisible_removed

__all__ = ["find_entities", "fold_aliases"]

# Bare numbers and ranks ("three", "second") are noise for readers: not highlighted.
_SKIPPED = frozenset({"CARDINAL", "ORDINAL"})

# One article's blocks in, one article's (paragraph spans, caption spans) out.
Blocks = tuple[list[str], list[str]]
Found = tuple[list[EntitySpan], list[EntitySpan]]


def find_entities(blocks_per_article: list[Blocks]) -> list[Found]:
    """(paragraph entities, caption entities) for each (paragraphs, captions).

    In a caption entity `paragraph` indexes the captions list. All blocks of
    all articles go through one `nlp.pipe`, so callers should pass many
    articles per call.
    """
    stored: list[str] = []
    local: list[int] = []  # each flattened block's index within its article
    for paragraphs, captions in blocks_per_article:
        count = len(paragraphs) + len(captions)
        stored += paragraphs
        stored += captions
        local += range(count)
    # The model reads "Netan\u200byahu" as "Netanyahu"; spans go back to stored offsets at the end.
    texts: list[str] = []
    maps: list[list[int] | None] = []
    for block in stored:
        text, offsets = invisible_removed(block)
        texts.append(text)
        maps.append(offsets)
    if not texts:  # nothing to read: don't pay for loading spaCy
        return [([], []) for _ in blocks_per_article]
    nlp = pipeline.get_nlp()  # looked up when called: a test stands a recording one in
    # The model reads shouted and title-cased lines in sentence case; offsets stay the same.
    read = _restored(texts, blocks_per_article, nlp)
    # Windows and batches keep spaCy's memory bounded on any input (see reader.nlp.workload).
    pieces = [(i, offset, piece) for i, restored in enumerate(read) for offset, piece in windows(restored)]
    raw: list[list[EntitySpan]] = [[] for _ in texts]
    # One string per distinct name and label: a long text repeats them thousands of times.
    strings: dict[str, str] = {}
    for batch in char_batches([len(piece) for _, _, piece in pieces]):
        chunk = [pieces[k] for k in batch]
        docs = nlp.pipe([piece for _, _, piece in chunk], batch_size=len(chunk), n_process=1)
        for (i, offset, _), doc in zip(chunk, docs, strict=True):
            text, block_index, found = texts[i], local[i], raw[i]
            for ent in doc.ents:
                label = strings.setdefault(ent.label_, ent.label_)
                if label in _SKIPPED:
                    continue
                for start, end in clean_offsets(text, label, offset + ent.start_char, offset + ent.end_char):
                    name = text[start:end]
                    name = strings.setdefault(name, name)
                    found.append(EntitySpan(name, label, block_index, start, end, name))
    del pieces  # a copy of every text, window by window: not kept through the clean-up below
    results: list[Found] = []
    offset = 0
    for paragraphs, captions in blocks_per_article:
        count = len(paragraphs) + len(captions)
        spans = [s for found in raw[offset : offset + count] for s in found]
        raw[offset : offset + count] = [[] for _ in range(count)]  # _finish makes its own copies
        middle = offset + len(paragraphs)
        body, in_captions = _finish(spans, texts[offset:middle], texts[middle : offset + count])
        _to_stored(body, stored[offset:middle], maps[offset:middle])
        _to_stored(in_captions, stored[middle : offset + count], maps[middle : offset + count])
        offset += count
        results.append((body, in_captions))
    return results


def _to_stored(spans: list[EntitySpan], blocks: list[str], maps: list[list[int] | None]) -> None:
    """Spans found in blocks read without invisible characters, moved to the stored blocks' offsets."""
    if not any(maps):
        return
    for span in spans:
        offsets = maps[span.paragraph]
        if offsets is not None:
            span.start, span.end = offsets[span.start], offsets[span.end - 1] + 1
            span.text = blocks[span.paragraph][span.start : span.end]


def _restored(texts: list[str], blocks_per_article: list[Blocks], nlp) -> list[str]:
    """The texts with each article's shouted and title-cased blocks in sentence case."""
    from spacy.lang.en.stop_words import STOP_WORDS

    read = list(texts)
    offset = 0
    for paragraphs, captions in blocks_per_article:
        count = len(paragraphs) + len(captions)
        loud = [i for i in range(count) if needs_restoring(texts[offset + i])]
        if loud:
            blocks = texts[offset : offset + count]
            usual = usual_casing(blocks, set(loud))
            for i in loud:
                read[offset + i] = restore_case(blocks[i], usual, nlp.vocab.strings, STOP_WORDS)
        offset += count
    return read


def _finish(spans: list[EntitySpan], paragraphs: list[str], captions: list[str]) -> Found:
    """Fold aliases and credits over the whole article, then split body from captions."""
    blocks = paragraphs + captions
    spans = dateline_places(team_spans(spans, blocks), blocks)
    if spans:
        spans = fold_aliases(spans, blocks)
    spans = apply_credits(spans, blocks, first_caption=len(paragraphs))
    first_caption = len(paragraphs)
    body = [s for s in spans if s.paragraph < first_caption]
    in_captions = [s for s in spans if s.paragraph >= first_caption]
    for span in in_captions:
        span.paragraph -= first_caption
    return body, in_captions
