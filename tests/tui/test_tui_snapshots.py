"""What the screens look like (SVG snapshots under tests/__snapshots__; update with --snapshot-update)."""

from __future__ import annotations

from reader.tui.app import ReaderApp
from reader.tui.config import Settings

WIDE = (120, 40)


def test_library(snap_compare, sample_library):
    assert snap_compare(ReaderApp(sample_library), terminal_size=WIDE)


def test_article_dark(snap_compare, sample_library):
    app = ReaderApp(sample_library)
    assert snap_compare(app, press=["enter", "j", "j"], terminal_size=WIDE)


def test_article_light(snap_compare, sample_library):
    app = ReaderApp(sample_library, Settings(theme="textual-light"))
    assert snap_compare(app, press=["enter", "j", "j"], terminal_size=WIDE)


def test_entity_panel(snap_compare, sample_library):
    app = ReaderApp(sample_library)
    assert snap_compare(app, press=["enter", "e"], terminal_size=WIDE)


def test_help(snap_compare, sample_library):
    app = ReaderApp(sample_library)
    assert snap_compare(app, press=["question_mark"], terminal_size=WIDE)


def test_narrow_library(snap_compare, sample_library):
    assert snap_compare(ReaderApp(sample_library), terminal_size=(80, 24))


def test_narrow_article(snap_compare, sample_library):
    app = ReaderApp(sample_library)
    assert snap_compare(app, press=["j", "enter", "slash", *"rate", "enter"], terminal_size=(80, 24))
