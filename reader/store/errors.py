"""Errors the library raises about its own files and contents."""

from __future__ import annotations

from pathlib import Path


class LibraryError(Exception):
    """Something is wrong with the library on disk or with a request to it."""


class LibraryFileError(LibraryError):
    """A library file is broken, foreign or newer; it is never written over."""

    def __init__(self, path: Path, problem: str) -> None:
        self.path = path
        self.problem = problem
        super().__init__(
            f"library file {path} {problem}; it was left untouched "
            f"(restore it from a backup, or move it away to start a new library)"
        )


class ArticleNotFound(LibraryError):
    def __init__(self, article_id: str) -> None:
        self.article_id = article_id
        super().__init__(f"no article with id {article_id!r}")


class AmbiguousArticleId(LibraryError):
    def __init__(self, prefix: str, count: int) -> None:
        super().__init__(f"article id {prefix!r} matches {count} articles; give more characters")


class PassageOutOfRange(LibraryError):
    def __init__(self, article_id: str, passage: int, count: int) -> None:
        super().__init__(
            f"article {article_id} has passages 0 to {count - 1}; there is no passage {passage}"
        )
