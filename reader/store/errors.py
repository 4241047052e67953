"""Errors the library raises about its own files and contents."""

from __future__ import annotations

import errno
from pathlib import Path

from reader.text import shown_line, shown_path


class LibraryError(Exception):
    """Something is wrong with the library on disk or with a request to it."""


class SearchStopped(Exception):
    """A search given up because its caller said it was no longer wanted (a newer one was typed)."""


class LibraryFileError(LibraryError):
    """A library file is broken, foreign or newer; it is never written over."""

    def __init__(self, path: Path, problem: str) -> None:
        self.path = path
        self.problem = problem
        super().__init__(
            f"library file {shown_path(path)} {problem}; it was left untouched "
            f"(run `reader doctor` to check and repair, or restore it from a backup)"
        )


# Why a write failed, in words, and what to do about it.
_WRITE_PROBLEMS = {
    errno.ENOSPC: ("no space left on the disk (disk full)", "free some space and try again"),
    errno.EDQUOT: ("no space left (disk quota used up)", "free some space and try again"),
    errno.EFBIG: (
        "no space for it (disk full or file size limit reached)",
        "free some space or raise the limit, then try again",
    ),
    errno.EROFS: ("the disk is read-only", "use a writable data folder"),
    errno.EACCES: ("permission denied (read-only folder?)", "make it writable and try again"),
    errno.EPERM: ("not permitted (read-only folder?)", "make it writable and try again"),
}


class LibraryWriteError(LibraryError, OSError):
    """A file could not be written (disk full, read-only folder, ...); it was left as it was.

    Also an OSError, with the original errno, so code that treats a failed write as an
    OSError (best-effort cache writes) keeps doing so.
    """

    def __init__(self, path: Path, error: OSError) -> None:
        problem, advice = _WRITE_PROBLEMS.get(
            error.errno, (error.strerror or str(error), "try again")
        )
        super().__init__(f"cannot write {shown_path(path)}: {problem}; it was left as it was ({advice})")
        self.path = path
        self.problem = problem
        self.errno = error.errno
        self.strerror = error.strerror

    def __str__(self) -> str:
        return str(self.args[0])


class ArticleNotFound(LibraryError):
    def __init__(self, article_id: str) -> None:
        self.article_id = article_id
        super().__init__(f"no article with id '{shown_line(article_id)}'")


class InvalidArticleId(LibraryError):
    def __init__(self, article_id: str) -> None:
        self.article_id = article_id
        super().__init__(
            f"'{shown_line(article_id)}' is not an article id (letters, digits, - and _ only); "
            f"if the library holds it, run `reader doctor`"
        )


class AmbiguousArticleId(LibraryError):
    def __init__(self, prefix: str, count: int) -> None:
        super().__init__(f"article id '{shown_line(prefix)}' matches {count} articles; give more characters")


class PassageOutOfRange(LibraryError):
    def __init__(self, article_id: str, paragraph: int, count: int) -> None:
        # Said in the passage numbers people see (1-based), not the 0-based paragraph index.
        super().__init__(
            f"article {article_id} has passages 1 to {count}; there is no passage {paragraph + 1}"
        )
