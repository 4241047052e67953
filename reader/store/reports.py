"""What an import says while it runs (progress steps) and what it did, item by item."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

# (paragraphs, captions) per article -> (paragraph entities, caption entities) per article
EntityFinder = Callable[[list[tuple[list[str], list[str]]]], list[tuple[list, list]]]
# (steps done, steps in all, what is under way): a source, or one of ENTITY_STEPS.
ImportProgress = Callable[[int, int, str], None]
# The step after the sources are read; the first time in a process it loads spaCy (seconds).
LOADING_MODEL = "loading the language model"
FINDING_NAMES = "finding people, places and dates"
ENTITY_STEPS = frozenset({LOADING_MODEL, FINDING_NAMES})


@dataclass(slots=True)
class ImportedItem:
    source: str
    article_id: str
    title: str


@dataclass(slots=True)
class FailedItem:
    source: str
    reason: str


@dataclass(slots=True)
class ImportReport:
    imported: list[ImportedItem] = field(default_factory=list)
    updated: list[ImportedItem] = field(default_factory=list)
    duplicates: list[ImportedItem] = field(default_factory=list)
    failed: list[FailedItem] = field(default_factory=list)
    cancelled: bool = False  # stopped between items; the rest was not read

    @property
    def ok(self) -> bool:
        return not self.failed

    def counts(self) -> dict[str, int]:
        return {
            "imported": len(self.imported),
            "updated": len(self.updated),
            "duplicates": len(self.duplicates),
            "failed": len(self.failed),
        }
