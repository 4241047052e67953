"""Shared fixtures."""

from __future__ import annotations

import itertools
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from builders import FakeEntityFinder

from reader.ingest.parsed import ParsedArticle
from reader.store import Library

# --- Hypothesis budget ------------------------------------------------------------------
# "ci" (the default) is fixed and reproducible: derandomized, so every run tries the same
# examples, and no deadline, since shared CI machines are slow by moments. "fuzz" hunts
# for bugs with ten times the examples, randomly: HYPOTHESIS_PROFILE=fuzz pytest
# tests/test_fuzz_*.py (about 3 minutes). A test's own @settings(max_examples=...) wins.
import os
from hypothesis import HealthCheck, settings

settings.register_profile(
    "ci",
    derandomize=True,
    deadline=None,
    max_examples=100,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile(
    "fuzz", deadline=None, max_examples=1000, print_blob=True, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))


# --- A fixed clock: stamps reach the screen and exports, and a test must pass on any day ---
FROZEN_START = datetime(2026, 11, 28, 9, 0, tzinfo=UTC)


@pytest.fixture(autouse=True)
def frozen_clock(monkeypatch):
    """Every stored stamp comes from a clock that starts at FROZEN_START and ticks a second a call."""
    from reader.store import stamps

    ticks = itertools.count()
    monkeypatch.setattr(stamps, "clock", lambda: FROZEN_START + timedelta(seconds=next(ticks)))


@pytest.fixture(autouse=True)
def filter_answers_in_frame(monkeypatch):
    """The library filter waits for every answer within its keystroke, however loaded the
    machine: a test reads the list right after its keys. Tests of answers that come later
    set `LibrarySearch.wait` themselves."""
    from reader.tui.screens.reading_search import LibrarySearch

    monkeypatch.setattr(LibrarySearch, "wait", None)


# --- TUI fixtures: a small library with hand-made entities (no spaCy) -------------------

# mention -> (label, canonical name)
SAMPLE_ENTITIES = {
    "Maria Lindqvist": ("PERSON", "Maria Lindqvist"),
    "Lindqvist": ("PERSON", "Maria Lindqvist"),
    "Tomasz Novak": ("PERSON", "Tomasz Novak"),
    "Harbour Authority": ("ORG", "Harbour Authority"),
    "Bank of Norland": ("ORG", "Bank of Norland"),
    "Kestrel Bay": ("GPE", "Kestrel Bay"),
    "Norland": ("GPE", "Norland"),
    "North Sea": ("LOC", "North Sea"),
    "Norwegian": ("NORP", "Norwegian"),
    "Tuesday": ("DATE", "Tuesday"),
    "the 1990s": ("DATE", "the 1990s"),
    "Autumn Regatta": ("EVENT", "Autumn Regatta"),
    "40 million euros": ("MONEY", "40 million euros"),
    "3.1 percent": ("PERCENT", "3.1 percent"),
    "Seaworks Act": ("LAW", "Seaworks Act"),
}
# Stands in for spaCy in the TUI tests: the mentions listed in SAMPLE_ENTITIES, wherever they occur.
sample_finder = FakeEntityFinder(SAMPLE_ENTITIES)
sample_spans = sample_finder.spans


SAMPLE_ARTICLES = [
    ParsedArticle(
        key="https://harbour-times.example/ferry-terminal",
        title="Harbour Authority approves a new ferry terminal for Kestrel Bay",
        byline="By Amina Okafor",
        source="The Harbour Times",
        url="https://harbour-times.example/ferry-terminal",
        published="2026-11-02T08:00:00+00:00",
        paragraphs=[
            "The Harbour Authority on Tuesday approved a new ferry terminal for Kestrel Bay, "
            "the largest project on the waterfront since the 1990s.",
            "Maria Lindqvist, who chairs the authority, said the terminal would cost 40 million "
            "euros and open before the Autumn Regatta.",
            "\"We have waited long enough,\" Lindqvist said. Norwegian operators have asked for "
            "more berths on the North Sea routes.",
            "Critics say the Seaworks Act requires a fuller study of the tides.",
            "Tomasz Novak, a fisherman, said the noise would drive fish away from Kestrel Bay.",
        ],
        captions=["Ferries wait at the old terminal in Kestrel Bay. (Reuters)"],
    ),
    ParsedArticle(
        key="https://meridian-post.example/rates",
        title="Bank of Norland holds rates as inflation cools",
        byline="By Chen Walsh",
        source="Meridian Post",
        url="https://meridian-post.example/rates",
        published="2026-11-01T14:30:00+00:00",
        paragraphs=[
            "The Bank of Norland kept its main rate unchanged on Tuesday as inflation fell to "
            "3.1 percent.",
            "Maria Lindqvist, who sits on the bank's advisory board, welcomed the decision.",
            "Economists expect a cut early next year.",
        ],
    ),
    ParsedArticle(
        key="https://pacific-courier.example/marathon",
        title="Record field expected for the Kestrel Bay marathon",
        byline=None,
        source="Pacific Courier",
        url="https://pacific-courier.example/marathon",
        published="2026-10-30T06:15:00+00:00",
        paragraphs=[
            "Organisers expect twelve thousand runners in Kestrel Bay this weekend.",
            "The course follows the harbour and ends at the new promenade.",
        ],
    ),
    ParsedArticle(
        key="file:/articles/glaciers.md",
        title="Alpine glaciers lost a tenth of their ice in two years",
        byline="By Ingrid Moreau",
        source="Alpine Review",
        url=None,
        published="2026-10-28T09:00:00+00:00",
        paragraphs=[
            "Glaciers across the Alps lost about a tenth of their volume in two years, "
            "researchers said.",
            "The melt was fastest in the south, where snow cover was thin.",
        ],
    ),
    ParsedArticle(
        key="https://harbour-times.example/long-read",
        title="The long history of the North Sea ferries",
        byline="By Amina Okafor",
        source="The Harbour Times",
        url="https://harbour-times.example/long-read",
        published="2026-10-25T07:00:00+00:00",
        paragraphs=[
            f"Part {n}: ferries have crossed the North Sea for generations, and every decade "
            f"brought new ships, new routes and new arguments about the harbour."
            for n in range(1, 41)
        ],
    ),
]


def build_library(root: Path, articles: list[ParsedArticle] | None = None) -> Library:
    library = Library(root, entity_finder=sample_finder)
    library.add_articles((article, f"sample-{n}") for n, article in enumerate(articles or SAMPLE_ARTICLES))
    return library


@pytest.fixture
def sample_library(tmp_path: Path) -> Library:
    """Five articles with fixed dates and hand-made entities, in a temp folder."""
    return build_library(tmp_path / "library")


@pytest.fixture
def tui_config_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty config folder, so no test reads the user's settings."""
    folder = tmp_path / "config"
    folder.mkdir()
    monkeypatch.setenv("READER_CONFIG_DIR", str(folder))
    return folder
