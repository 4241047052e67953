"""What an import did, item by item."""

from __future__ import annotations

from dataclasses import dataclass, field


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
