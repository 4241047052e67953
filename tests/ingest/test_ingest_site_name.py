"""Scraped pages name their publication in the copyright line; the importer keeps it as the source."""

from __future__ import annotations

import pytest

from reader.ingest import read_source
from reader.ingest.site_name import site_name


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("© 2026 The Harbour Times. All rights reserved.", "The Harbour Times"),
        ("Baltic Ledger © 2026 · About · Newsletters · Cookie settings", "Baltic Ledger"),
        ("The Daily Lantern © 2026 Lantern News Ltd. Registered in England and Wales.", "The Daily Lantern"),
        ("Copyright 2024-2026 Foo News Ltd", "Foo News Ltd"),
        ("Copyright © 2026 Eastern Wire. All rights reserved.", "Eastern Wire"),
        ("Nothing to see here", None),
        ("© 2026. All rights reserved.", None),
        ("© 2026 Lakeside Tribune — All rights reserved.", "Lakeside Tribune"),
        ("© 2026 Lakeside Tribune - all rights reserved", "Lakeside Tribune"),
        ("Copyright © 2026 Northline News – Science, all rights reserved.", "Northline News – Science"),
    ],
)
def test_site_name_from_copyright_line(line, name):
    assert site_name(f"Headline\n\nBody text.\n\n{line}\n") == name


def test_scraped_file_gets_its_source(tmp_path):
    page = tmp_path / "page.txt"
    page.write_text(
        "Skip to content\n\nCity council approves new tram line for the east side\n\nBy Ana Ruiz\n\n"
        "The council voted 31 to 12 on Tuesday to build the line.\n\n"
        "Construction starts next spring, officials said.\n\n© 2026 Riverside Gazette. All rights reserved.\n",
        encoding="utf-8",
    )
    (article,) = read_source(str(page))
    assert article.source == "Riverside Gazette"
    assert article.title == "City council approves new tram line for the east side"
