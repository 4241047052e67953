"""Scraped pages name their publication in the copyright line; the importer keeps it as the source."""

from __future__ import annotations

import pytest

from reader.ingest import read_source
from reader.ingest.site_name import site_name, without_legal_form


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("© 2026 The Harbour Times. All rights reserved.", "The Harbour Times"),
        # The year after the name and a comma, either side of the ©.
        ("Harbour Observer, 2026 © All Rights Reserved", "Harbour Observer"),
        ("Copyright © Harbour Observer, 2026. All rights reserved.", "Harbour Observer"),
        ("Baltic Ledger © 2026 · About · Newsletters · Cookie settings", "Baltic Ledger"),
        ("The Daily Lantern © 2026 Lantern News Ltd. Registered in England and Wales.", "The Daily Lantern"),
        ("Copyright 2024-2026 Foo News Ltd", "Foo News"),
        ("Copyright © 2026 Eastern Wire. All rights reserved.", "Eastern Wire"),
        ("Nothing to see here", None),
        ("© 2026. All rights reserved.", None),
        ("© 2026 Lakeside Tribune — All rights reserved.", "Lakeside Tribune"),
        ("© 2026 Lakeside Tribune - all rights reserved", "Lakeside Tribune"),
        ("Copyright © 2026 Northline News – Science, all rights reserved.", "Northline News – Science"),
        # what real footers put around the name
        ("All contents © copyright 2026 The Lakeside Press. All rights reserved.", "The Lakeside Press"),
        ("Terms of Use © 1999 - 2026 The Quiet Investor. All rights reserved.", "The Quiet Investor"),
        ("may not be published or redistributed. ©2026 Harbour Networks, LLC. All rights reserved.",
         "Harbour Networks"),
        ("© Copyright 2026 Riverside Media Inc. All Rights Reserved.", "Riverside Media"),
        ("© Copyright , Lakeside Publishing Corporation. All Rights Reserved | By using this site",
         "Lakeside Publishing"),
        ("Copyright © 2026 by The Eastern Monthly Group. All Rights Reserved.", "The Eastern Monthly Group"),
        ("© Copyright of Northern Courier Media Limited 2026", "Northern Courier Media"),
        ("Copyright 2026 © U.S. Harbour & Rail Report LP.", "U.S. Harbour & Rail Report"),
        ("Copyright © 2026 · CityBuzz", "CityBuzz"),
        # the paper's street address after a comma
        ("© Copyright 2026 Eastmere.com, 900 N. Harbour Blvd. Eastmere, MO | Terms of Use", "Eastmere.com"),
        ("© 2026 Route 66 Gazette. All rights reserved.", "Route 66 Gazette"),
        ("Copyright Eastmere Media © 2026", "Eastmere Media"),  # the word before the name opens the notice
        ("* Copyright © 2026 Pinewood Inc. All rights reserved.", "Pinewood"),
        ("© 2026 a Northline plc subsidiary", None),
        ("Jobs | Contact | Terms of Use | Copyright Notices | Privacy Policy", None),
        ("This site is protected by wp-copyrightguard.example", None),
        ("Privacy\n© 2026\nv1.13.05.10", None),
        # what follows the name in its part: footer links, the owner, the site's addresses
        ("Copyright © 2026 · Fernleafkitchen.com Privacy Policy · Disclosure", "Fernleafkitchen.com"),
        ("© 2005-2026 Wellspring Media a Blue Harbor Company. All rights reserved.", "Wellspring Media"),
        ("© 2026 Gulf Coast Live LLC [gulfcoast.example and bayou.example]. All rights reserved (About Us).",
         "Gulf Coast Live"),
        ("© 2004-2026 Wellspring Media UK Ltd, Brighton, UK, a Blue Harbor Company. All rights reserved.",
         "Wellspring Media UK"),
        ("© 2026 Nimbus Privacy & Cookies Terms of use About our Ads Feedback", "Nimbus"),
        ("© Copyright Figures Daily – Legal Notice & Privacy Policy", "Figures Daily"),
        ("© 2026 Eastern Cable Network.A Pacific Media Company.All Rights Reserved.", "Eastern Cable Network"),
        ("Copyright © 2026 Patel, Rao & Co. Ltd. All rights reserved. For reprints: Rao Syndication",
         "Patel, Rao"),
        # the legal form goes, unless it is all there is
        ("© 2026 Nine Harbours Co. Pty Ltd. All rights reserved.", "Nine Harbours"),
        ("© 2026 Inc. All rights reserved.", "Inc"),
        # the year the site was founded after its name
        ("© 2026 The Harbour News - Established 1977", "The Harbour News"),
        ("© 2026 Lakeside Tribune, since 1884", "Lakeside Tribune"),
    ],
)
def test_site_name_from_copyright_line(line, name):
    assert site_name(f"Headline\n\nBody text.\n\n{line}\n") == name


def test_the_notice_that_reserves_the_rights_names_the_site_not_a_later_credit():
    footer = ("Harbourwatch.com © 2025. All Rights Reserved.\n\n© 2026 • LayoutPress\n")
    assert site_name(footer) == "Harbourwatch.com"
    fonts = ("© 2026 Eastern Cable Network.A Pacific Media Company.All Rights Reserved.\n"
             "Eastern Sans ™ & © 2024 Eastern Cable Network.\n")
    assert site_name(fonts) == "Eastern Cable Network"


def test_a_notice_ending_in_its_year_and_the_copyright_sign_names_nobody():
    # "... All rights reserved. 2026©": the year before the sign is no name, and the line under it does
    # not go on with the notice; the holder is the one an earlier notice names.
    dump = ("   The Harbour Post is provided by Eastern Cable. © 2026 Eastern Cable Network\n"
            "   Limited. All rights\n   reserved. 2026©\n   Part of Harbour Entertainment\n")
    assert site_name(dump) == "Eastern Cable Network"


@pytest.mark.parametrize(("dump", "name"), [
    # The dump wraps the name itself, or the notice before "Rights Reserved", with footer links before it.
    ("   Harbour Beat is a part of Eastern Media Group. © 2026 Harbour\n   Beat, LLC. All rights reserved.\n",
     "Harbour Beat"),
    ("   Terms of Service Trademarks Privacy Policy ©2026 Eastern Wire L.P. All\n   Rights Reserved\n",
     "Eastern Wire"),
])
def test_a_notice_a_text_browser_wraps_before_it_reserves_the_rights(dump, name):
    assert site_name(dump) == name


def test_a_notice_wrapped_by_a_text_browser_continues_on_the_next_line():
    dump = ("   The Gazette is not meant for readers under 18 years of age. ©Copyright\n"
            "   2026 Gazette Media Inc. All rights\n   reserved\n")
    assert site_name(dump) == "Gazette Media"


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


@pytest.mark.parametrize(
    ("name", "kept"),
    [
        ("Harbour Networks, LLC", "Harbour Networks"),
        ("Riverside Media Inc.", "Riverside Media"),
        ("Nine Harbours Co. Pty Ltd", "Nine Harbours"),
        ("Lakeside Press Inc., Co.", "Lakeside Press"),  # a comma between two legal words
        ("Northern Courier Media Limited", "Northern Courier Media"),
        ("Elbe Verlag GmbH", "Elbe Verlag"),
        ("Maas Media N.V.", "Maas Media"),
        ("Tagus Editora S.A.", "Tagus Editora"),
        ("Harbour Rail L.P.", "Harbour Rail"),
        ("Incorporated Harbours", "Incorporated Harbours"),  # whole words only
        ("Harbour Incorporated", "Harbour Incorporated"),
        ("Harbour Inc,", "Harbour Inc,"),  # a comma after the last word: no legal form at the end
        ("Harbour Inc..", "Harbour Inc.."),
        ("Inc.", "Inc."),  # nothing else: the name stays
        ("LLC Ltd", "LLC"),  # the first word is the name
    ],
)
def test_the_legal_form_at_the_end_of_a_name_goes(name: str, kept: str) -> None:
    assert without_legal_form(name) == kept


def test_a_wires_notice_under_its_story_far_above_the_end_names_no_site() -> None:
    # The page's last lines hold no notice: the wire's under its story, far above, names no site.
    others = [f"Comment {number}: the ferry was late again this morning, and privacy matters" for number in range(60)]
    text = "\n".join(["The council voted on Tuesday.",
                      "Copyright 2026 by Harbour Wire. All rights reserved. This material may not be published.",
                      *others])
    assert site_name(text) is None
