"""Whatever the input, read_source answers with articles or one ImportFailure."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.ingest import ImportFailure, read_source
from reader.ingest import plain_text as plain_text_module

_CONTROLS = {chr(c) for c in [*range(0, 9), *range(11, 32), *range(0x7F, 0xA0)]}
_PREFIXES = ["", "<rss>", "<!DOCTYPE html><html><body><p>", "---\ntitle: t\n---\n", "# T\n\n"]


def _read(data: bytes, suffix: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "input" + suffix)
        Path(path).write_bytes(data)
        try:
            articles = read_source(path)
        except ImportFailure as failure:
            assert failure.reason and "\n" not in failure.reason
            return
    for article in articles:
        assert article.title and article.paragraphs
        for text in [article.title, *article.paragraphs, *article.captions]:
            assert not _CONTROLS & set(text)
            assert text == " ".join(text.split())


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    prefix=st.sampled_from(_PREFIXES),
    body=st.binary(max_size=300) | st.text(max_size=300).map(str.encode),
    suffix=st.sampled_from([".txt", ".md", ".html", ".xml"]),
)
def test_arbitrary_input_never_escapes_as_a_raw_exception(prefix: str, body: bytes, suffix: str) -> None:
    _read(prefix.encode() + body, suffix)


def test_unexpected_errors_become_one_line_failures(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*_: object) -> None:
        raise KeyError("surprise")

    monkeypatch.setattr(plain_text_module, "scraped_units", broken)
    path = tmp_path / "a.txt"
    path.write_text("Some headline here\n\nBody.")
    with pytest.raises(ImportFailure) as caught:
        read_source(str(path))
    assert caught.value.reason == "could not read: KeyError: 'surprise'"


def test_folders_and_special_files(tmp_path: Path) -> None:
    with pytest.raises(ImportFailure) as caught:
        read_source(str(tmp_path))
    assert caught.value.reason == "is a folder (expand it with expand_sources)"
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    with pytest.raises(ImportFailure) as caught:
        read_source(str(fifo))  # opening it would block forever
    assert caught.value.reason == "not a regular file"
    with pytest.raises(ImportFailure) as caught:
        read_source(str(tmp_path / "missing.txt"))
    assert caught.value.reason == "no such file or folder"
