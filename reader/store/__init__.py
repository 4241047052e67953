"""Storage: the Library object and the files behind it."""

from reader.store.errors import (
    AmbiguousArticleId,
    ArticleNotFound,
    LibraryError,
    LibraryFileError,
    PassageOutOfRange,
    SearchStopped,
)
from reader.store.library import Library
from reader.store.reports import ENTITY_STEPS, FailedItem, ImportedItem, ImportReport

__all__ = [
    "AmbiguousArticleId",
    "ENTITY_STEPS",
    "ArticleNotFound",
    "FailedItem",
    "ImportReport",
    "ImportedItem",
    "Library",
    "LibraryError",
    "LibraryFileError",
    "PassageOutOfRange",
    "SearchStopped",
]
