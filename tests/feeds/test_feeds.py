"""Subscribing and refreshing feeds through the command line, against a local feed server."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from builders import fake_finder, run_cli as run
from feed_server import Answer, FeedServer, rss

import reader.nlp
from reader.cli import main
from reader.store import Library

PARAGRAPH = "The harbour board met on {day} and agreed a plan for the {thing} at the river mouth."


def story(guid: str, day: str = "Tuesday", thing: str = "new pier") -> tuple[str, str, str]:
    return (guid, f"Story {guid}", PARAGRAPH.format(day=day, thing=thing) + "\n\n"
            f"Residents of the quay asked questions about {guid} for an hour.")


@pytest.fixture(autouse=True)
def no_spacy(monkeypatch):
    monkeypatch.setattr(reader.nlp, "find_entities", fake_finder)


@pytest.fixture
def server():
    with FeedServer() as running:
        yield running


def feeds_json(capsys, data: Path) -> list[dict]:
    code, out, _ = run(capsys, data, "feeds", "--json")
    assert code == 0
    return json.loads(out)


def stored_files(data: Path) -> dict[str, object]:
    """Each article's body file and metadata record, and the other files of the truth (the
    derived index and the feed records left out), for before/after comparisons."""
    stored: dict[str, object] = {f"summary {s.id}": s for s in Library(data).summaries()}
    for path in sorted(data.rglob("*")):
        if path.is_file() and path.parent.name != "articles" and not path.name.startswith(
            ("index.sqlite3", ".lock", "feeds.json")
        ):
            stored[str(path.relative_to(data))] = path.read_bytes()
    return stored


def test_subscribe_imports_the_items_at_once_and_lists_the_feed(tmp_path, capsys, server):
    server.answers["/news.xml"] = Answer(rss("Quay News", [story("a"), story("b")]))
    code, out, err = run(capsys, tmp_path, "subscribe", server.url("/news.xml"))
    assert code == 0, err
    assert "subscribed to Quay News" in out and "2 articles imported" in out
    [feed] = feeds_json(capsys, tmp_path)
    assert feed["title"] == "Quay News" and feed["url"] == server.url("/news.xml")
    assert feed["articles"] == 2 and feed["unread"] == 2 and feed["last_error"] is None
    assert (tmp_path / "feeds.json").exists()
    code, out, _ = run(capsys, tmp_path, "feeds")
    assert "Quay News" in out and "2 articles, 2 unread" in out
    for query in (f"feed:{feed['id']}", 'feed:"quay news"', "feed:quay* is:unread"):
        code, out, _ = run(capsys, tmp_path, "search", query, "--json")
        assert code == 0 and len(json.loads(out)) == 2, query
    code, _, _ = run(capsys, tmp_path, "search", "feed:quay")
    assert code == 1  # a feed's whole id or title, not a word of it


def test_subscribe_finds_the_feed_a_page_links(tmp_path, capsys, server):
    server.answers["/"] = Answer(
        b'<!DOCTYPE html><html><head><title>Quay</title>'
        b'<link rel="alternate" type="application/atom+xml" href="/feeds/all.xml"></head>'
        b"<body><p>Welcome to the quay.</p></body></html>", content_type="text/html")
    server.answers["/feeds/all.xml"] = Answer(rss("Quay News", [story("a")]))
    code, out, err = run(capsys, tmp_path, "subscribe", server.url("/"), "--json")
    assert code == 0, err
    record = json.loads(out)
    assert record["url"] == server.url("/feeds/all.xml") and record["new"] == 1


def test_a_page_without_a_feed_is_one_line_and_nothing_is_stored(tmp_path, capsys, server):
    server.answers["/"] = Answer(b"<!DOCTYPE html><html><body><p>No feeds here.</p></body></html>",
                                 content_type="text/html")
    code, out, err = run(capsys, tmp_path, "subscribe", server.url("/"))
    assert code == 1 and out == ""
    assert err == f"reader: {server.url('/')}: the page links no RSS or Atom feed\n"
    assert not (tmp_path / "feeds.json").exists()


def test_subscribing_twice_is_refused(tmp_path, capsys, server):
    server.answers["/news.xml"] = Answer(rss("Quay News", [story("a")]))
    run(capsys, tmp_path, "subscribe", server.url("/news.xml"))
    code, _, err = run(capsys, tmp_path, "subscribe", server.url("/news.xml"))
    assert code == 1 and "already subscribed to Quay News" in err
    assert len(feeds_json(capsys, tmp_path)) == 1


def test_an_unchanged_feed_answers_304_and_nothing_changes(tmp_path, capsys, server):
    server.answers["/etag.xml"] = Answer(rss("Etag News", [story("a")]), etag='"v1"')
    server.answers["/dated.xml"] = Answer(rss("Dated News", [story("b")]),
                                          last_modified="Mon, 02 Nov 2026 08:00:00 GMT")
    run(capsys, tmp_path, "subscribe", server.url("/etag.xml"))
    run(capsys, tmp_path, "subscribe", server.url("/dated.xml"))
    before = stored_files(tmp_path)
    code, out, err = run(capsys, tmp_path, "refresh", "--json")
    assert code == 0, err
    statuses = {f["title"]: f["status"] for f in json.loads(out)["feeds"]}
    assert statuses == {"Etag News": "not modified", "Dated News": "not modified"}
    assert server.asked("/etag.xml")[-1]["if-none-match"] == '"v1"'
    assert server.asked("/dated.xml")[-1]["if-modified-since"] == "Mon, 02 Nov 2026 08:00:00 GMT"
    assert stored_files(tmp_path) == before


def test_refresh_imports_new_items_replaces_changed_ones_keeping_notes_and_keeps_removed_ones(
    tmp_path, capsys, server
):
    server.answers["/news.xml"] = Answer(rss("Quay News", [story("a"), story("b")]), etag='"v1"')
    run(capsys, tmp_path, "subscribe", server.url("/news.xml"))
    library = Library(tmp_path)
    [changing] = [s for s in library.summaries() if s.title == "Story a"]
    note = library.add_note(changing.id, "ask about the pier", paragraph=1)
    # "b" is gone from the feed, "a" is rewritten, "c" is new.
    server.answers["/news.xml"] = Answer(
        rss("Quay News", [("a", "Story a", "A correction came first.\n\n" + story("a")[2]), story("c")]),
        etag='"v2"')
    code, out, err = run(capsys, tmp_path, "refresh", "--json")
    assert code == 0, err
    [feed] = json.loads(out)["feeds"]
    assert (feed["status"], feed["new"], feed["changed"]) == ("updated", 1, 1)
    titles = sorted(s.title for s in Library(tmp_path).summaries())
    assert titles == ["Story a", "Story b", "Story c"]
    [moved] = Library(tmp_path).notes(changing.id)
    assert moved.id == note.id and not moved.orphaned
    assert moved.anchor.paragraph == 2  # followed its quote, one paragraph down
    assert Library(tmp_path).paragraphs(changing.id)[2].startswith("Residents of the quay")
    assert feeds_json(capsys, tmp_path)[0]["articles"] == 3


def test_a_permanent_redirect_updates_the_address_and_a_temporary_one_does_not(tmp_path, capsys, server):
    server.answers["/old.xml"] = Answer(rss("Moving News", [story("a")]))
    server.answers["/for-now.xml"] = Answer(rss("Visiting News", [story("b")]))
    run(capsys, tmp_path, "subscribe", server.url("/old.xml"))
    run(capsys, tmp_path, "subscribe", server.url("/for-now.xml"))
    server.answers["/old.xml"] = Answer(status=301, location=server.url("/new.xml"))
    server.answers["/new.xml"] = Answer(rss("Moving News", [story("a")]))
    server.answers["/for-now.xml"] = Answer(status=302, location=server.url("/elsewhere.xml"))
    server.answers["/elsewhere.xml"] = Answer(rss("Visiting News", [story("b")]))
    code, out, err = run(capsys, tmp_path, "refresh")
    assert code == 0, err
    assert f"Moving News moved permanently to {server.url('/new.xml')} (address updated)" in out
    urls = {f["title"]: f["url"] for f in feeds_json(capsys, tmp_path)}
    assert urls == {"Moving News": server.url("/new.xml"), "Visiting News": server.url("/for-now.xml")}


def test_the_old_address_of_a_moved_feed_is_that_feed_not_a_second_one_with_its_id(tmp_path, capsys, server):
    server.answers["/old.xml"] = Answer(status=301, location=server.url("/new.xml"))
    server.answers["/new.xml"] = Answer(rss("Moving News", [story("a")]))
    library = Library(tmp_path, entity_finder=fake_finder)
    server.answers["/old.xml"] = Answer(rss("Moving News", [story("a")]))
    library.feeds.subscribe(server.url("/old.xml"))
    server.answers["/old.xml"] = Answer(status=301, location=server.url("/new.xml"))
    library.feeds.refresh()
    server.answers["/old.xml"] = Answer(rss("Moving News", [story("a")]))  # served there again
    code, _, err = run(capsys, tmp_path, "subscribe", server.url("/old.xml"))
    assert code == 1 and "already subscribed to Moving News" in err
    assert [f["url"] for f in feeds_json(capsys, tmp_path)] == [server.url("/new.xml")]


def test_failing_feeds_are_one_line_each_exit_1_and_the_others_are_refreshed(tmp_path, capsys, server):
    for name in ("missing", "broken", "gone", "fine"):
        server.answers[f"/{name}.xml"] = Answer(rss(f"{name.title()} News", [story(name)]))
        run(capsys, tmp_path, "subscribe", server.url(f"/{name}.xml"))
    before = stored_files(tmp_path)
    server.answers["/missing.xml"] = Answer(status=404, body=b"no")
    server.answers["/broken.xml"] = Answer(status=500, body=b"oops")
    server.answers["/gone.xml"] = Answer(status=410, body=b"gone")
    server.answers["/fine.xml"] = Answer(rss("Fine News", [story("fine"), story("more")]))
    code, out, err = run(capsys, tmp_path, "refresh")
    assert code == 1
    assert sorted(err.splitlines()) == sorted([
        f"reader: Broken News ({server.url('/broken.xml')}): HTTP 500 Internal Server Error",
        f"reader: Gone News ({server.url('/gone.xml')}): HTTP 410 Gone: the feed was removed (unsubscribe it)",
        f"reader: Missing News ({server.url('/missing.xml')}): HTTP 404 Not Found",
    ])
    assert "4 feeds: 1 new article" in out and "3 failed" in out
    after = stored_files(tmp_path)
    assert {k: v for k, v in after.items() if k in before} == before  # nothing stored changed
    errors = {f["title"]: (f["last_error"], f["failures"], f["gone"]) for f in feeds_json(capsys, tmp_path)}
    assert errors["Broken News"] == ("HTTP 500 Internal Server Error", 1, False)
    assert errors["Gone News"][2] is True and errors["Fine News"] == (None, 0, False)
    # A gone feed is left alone by a refresh of every feed, and said so; named, it is tried.
    code, out, _ = run(capsys, tmp_path, "refresh")
    assert "Gone News: skipped, HTTP 410 Gone" in out
    asked = len(server.asked("/gone.xml"))
    run(capsys, tmp_path, "refresh", "Gone News")
    assert len(server.asked("/gone.xml")) == asked + 1


def test_a_feed_failing_again_and_again_waits_before_it_is_tried(tmp_path, capsys, server):
    server.answers["/flaky.xml"] = Answer(rss("Flaky News", [story("a")]))
    run(capsys, tmp_path, "subscribe", server.url("/flaky.xml"))
    server.answers["/flaky.xml"] = Answer(status=500)
    run(capsys, tmp_path, "refresh")
    run(capsys, tmp_path, "refresh")
    asked = len(server.asked("/flaky.xml"))
    code, out, err = run(capsys, tmp_path, "refresh", "--json")
    [feed] = json.loads(out)["feeds"]
    assert code == 0 and feed["status"] == "waiting" and "2 failures in a row" in feed["error"]
    assert len(server.asked("/flaky.xml")) == asked
    server.answers["/flaky.xml"] = Answer(rss("Flaky News", [story("a"), story("b")]))
    code, out, _ = run(capsys, tmp_path, "refresh", "flaky news", "--json")
    assert code == 0 and json.loads(out)["feeds"][0]["new"] == 1
    assert feeds_json(capsys, tmp_path)[0]["failures"] == 0


def test_a_slow_feed_times_out_alone(tmp_path, capsys, server, monkeypatch):
    import threading

    from reader.ingest import feed_refresh

    server.answers["/slow.xml"] = Answer(rss("Slow News", [story("a")]))
    server.answers["/quick.xml"] = Answer(rss("Quick News", [story("b")]))
    run(capsys, tmp_path, "subscribe", server.url("/slow.xml"))
    run(capsys, tmp_path, "subscribe", server.url("/quick.xml"))
    # Time enough for the quick feed on a loaded machine; the slow one answers only after
    # the refresh is over, so it is the timeout, never a race with it, that ends its wait.
    monkeypatch.setattr(feed_refresh, "FEED_TIMEOUT_SECONDS", 2)
    refreshed = threading.Event()

    def slow() -> Answer:
        refreshed.wait(timeout=60)
        return Answer(rss("Slow News", [story("a"), story("c")]))

    server.answers["/slow.xml"] = slow
    server.answers["/quick.xml"] = Answer(rss("Quick News", [story("b"), story("d")]))
    try:
        code, out, err = run(capsys, tmp_path, "refresh", "--json")
    finally:
        refreshed.set()
    assert code == 1
    assert err == f"reader: Slow News ({server.url('/slow.xml')}): timed out after 2 s\n"
    assert {f["title"]: f["new"] for f in json.loads(out)["feeds"]} == {"Slow News": 0, "Quick News": 1}


def test_a_gzip_feed_is_read(tmp_path, capsys, server):
    server.answers["/packed.xml"] = Answer(rss("Packed News", [story("a")]), gzip=True)
    code, out, err = run(capsys, tmp_path, "subscribe", server.url("/packed.xml"), "--json")
    assert code == 0, err
    assert json.loads(out)["new"] == 1


def test_unsubscribing_keeps_the_articles(tmp_path, capsys, server):
    server.answers["/news.xml"] = Answer(rss("Quay News", [story("a"), story("b")]))
    run(capsys, tmp_path, "subscribe", server.url("/news.xml"))
    code, out, _ = run(capsys, tmp_path, "unsubscribe", "Quay News")
    assert code == 0 and out == "unsubscribed from Quay News; its 2 articles stay in the library\n"
    assert feeds_json(capsys, tmp_path) == []
    assert len(Library(tmp_path).summaries()) == 2
    code, _, err = run(capsys, tmp_path, "unsubscribe", "Quay News")
    assert code == 1 and "no subscribed feed is 'Quay News'" in err


def opml(outlines: str) -> str:
    return f'<?xml version="1.0"?><opml version="2.0"><head><title>mine</title></head><body>{outlines}</body></opml>'


def test_an_opml_file_of_200_feeds_subscribes_to_each_with_folders_and_categories_as_tags(
    tmp_path, capsys, server
):
    outlines = []
    for n in range(200):
        server.answers[f"/f{n}.xml"] = Answer(rss(f"Feed {n}", [story(f"s{n}")]))
        outline = f'<outline type="rss" text="Feed {n}" xmlUrl="{server.url(f"/f{n}.xml")}"'
        outlines.append(outline + (' category="/Local/Harbour"/>' if n == 0 else "/>"))
    nested = (f'<outline text="Town">{"".join(outlines[:100])}'
              f'<outline text="Sport">{"".join(outlines[100:150])}</outline></outline>{"".join(outlines[150:])}')
    listing = tmp_path / "subscriptions.opml"
    listing.write_text(opml(nested))
    data = tmp_path / "lib"
    code, out, err = run(capsys, data, "import", str(listing))
    assert code == 0, err
    assert f"{listing}: subscribed to 200 feeds" in out and "200 feeds: 200 new articles" in out
    feeds = {f["title"]: f for f in feeds_json(capsys, data)}
    assert len(feeds) == 200 and all(f["articles"] == 1 for f in feeds.values())
    assert feeds["Feed 0"]["tags"] == ["Town", "Local/Harbour"]
    assert feeds["Feed 120"]["tags"] == ["Town", "Sport"] and feeds["Feed 180"]["tags"] == []
    code, out, _ = run(capsys, data, "search", "tag:sport", "--json")
    assert code == 0 and len(json.loads(out)) == 50
    # Importing it again subscribes to nothing new.
    code, out, _ = run(capsys, data, "import", str(listing))
    assert code == 0 and "subscribed to 0 feeds (200 already subscribed)" in out


def test_export_opml_gives_the_feeds_back_with_their_tags(tmp_path, capsys, server):
    server.answers["/a.xml"] = Answer(rss("A & B News", [story("a")]))
    listing = tmp_path / "in.opml"
    listing.write_text(opml(f'<outline text="Work"><outline text="A" category="daily,long reads" '
                            f'xmlUrl="{server.url("/a.xml")}"/></outline>'))
    data = tmp_path / "lib"
    run(capsys, data, "import", str(listing))
    out_file = tmp_path / "out.opml"
    code, _, err = run(capsys, data, "export", "--format", "opml", "--out", str(out_file))
    assert code == 0 and "exported 1 feed" in err
    again = tmp_path / "again"
    code, out, _ = run(capsys, again, "import", str(out_file), "--json")
    [record] = json.loads(out)["subscriptions"]
    assert code == 0 and len(record["subscribed"]) == 1
    [feed] = feeds_json(capsys, again)
    assert feed["url"] == server.url("/a.xml") and feed["tags"] == ["Work", "daily", "long reads"]
    assert feed["title"] == "A"  # the name the list gave it


def test_a_newsboat_urls_file_subscribes_with_its_tags(tmp_path, capsys, server):
    server.answers["/a.xml"] = Answer(rss("A News", [story("a")]))
    server.answers["/b.xml"] = Answer(rss("B News", [story("b")]))
    urls = tmp_path / "urls"
    urls.write_text(f'# my feeds\n{server.url("/a.xml")} local "long reads"\n'
                    f'{server.url("/b.xml")} "~Bee" !hidden\n"query:unread:unread = \\"yes\\""\n')
    data = tmp_path / "lib"
    code, out, err = run(capsys, data, "import", str(urls))
    assert code == 0, err
    feeds = {f["url"]: f for f in feeds_json(capsys, data)}
    assert feeds[server.url("/a.xml")]["tags"] == ["local", "long reads"]
    assert feeds[server.url("/b.xml")]["title"] == "Bee" and feeds[server.url("/b.xml")]["tags"] == []


def test_an_opml_file_with_a_failing_feed_subscribes_to_the_rest(tmp_path, capsys, server):
    server.answers["/a.xml"] = Answer(rss("A News", [story("a")]))
    listing = tmp_path / "in.opml"
    listing.write_text(opml(f'<outline text="A" xmlUrl="{server.url("/a.xml")}"/>'
                            f'<outline text="Missing" xmlUrl="{server.url("/missing.xml")}"/>'))
    data = tmp_path / "lib"
    code, out, err = run(capsys, data, "import", str(listing))
    assert code == 1
    assert err == f"reader: Missing ({server.url('/missing.xml')}): HTTP 404 Not Found\n"
    assert len(feeds_json(capsys, data)) == 2


def test_feeds_are_fetched_several_at_once_but_at_most_two_per_host(tmp_path):
    library = Library(tmp_path, entity_finder=fake_finder)
    with FeedServer("127.0.0.1") as first, FeedServer("127.0.0.2") as second:
        for server in (first, second):
            for n in range(6):
                server.answers[f"/f{n}.xml"] = Answer(rss(f"Feed {n} of {server.host}", [story(f"{n}")]))
                library.feeds.subscribe(server.url(f"/f{n}.xml"))
            for n in range(6):
                server.answers[f"/f{n}.xml"].delay = 0.3
        report = library.feeds.refresh()
        assert report.ok and len(report.feeds) == 12
        assert first.most_in_flight == 2 and second.most_in_flight == 2


def test_hostile_feed_titles_are_stored_clean_and_shown_as_text(tmp_path, capsys, server):
    server.answers["/evil.xml"] = Answer(rss("Evil\x1b]0;pwned\x07 [bold]News[/]", [story("a")]))
    code, out, _ = run(capsys, tmp_path, "subscribe", server.url("/evil.xml"))
    assert code == 0 and "\x1b" not in out
    [feed] = feeds_json(capsys, tmp_path)
    assert feed["title"] == "Evil [bold]News[/]"


PAGE = """<!DOCTYPE html><html><head><title>{title}</title></head><body><article><h1>{title}</h1>
<p>The harbour board met on Tuesday and agreed a long plan for the new pier at the river mouth, after
months of argument between the fishermen, the ferry company and the town council about who would pay.</p>
<p>Residents of the quay asked questions for an hour. Several said the noise of the works would drive
visitors away from the cafés along the water during the summer, when the town earns most of its money.</p>
<p>The board promised a second meeting in the spring, once engineers have studied the tides, the
silt and the old stone walls that have held the quay in place for more than two hundred years.</p>
</article></body></html>"""


def teasers(server: FeedServer, *guids: str) -> bytes:
    return rss("Teaser News", [(g, f"Pier plan {g}", f"The board agreed a plan ({g}).") for g in guids],
               pages=server.url("/page/"))


def test_a_summary_only_feed_gets_each_items_page_once(tmp_path, capsys, server):
    for guid in ("a", "b", "c"):
        server.answers[f"/page/{guid}"] = Answer(PAGE.format(title=f"Pier plan {guid}").encode(),
                                                 content_type="text/html; charset=utf-8")
    server.answers["/teasers.xml"] = Answer(teasers(server, "a", "b"), etag='"1"')
    code, out, err = run(capsys, tmp_path, "subscribe", server.url("/teasers.xml"))
    assert code == 0, err
    library = Library(tmp_path)
    [first] = [s for s in library.summaries() if s.title == "Pier plan a"]
    paragraphs = library.paragraphs(first.id)
    assert len(paragraphs) == 3 and paragraphs[1].startswith("Residents of the quay")
    server.answers["/teasers.xml"] = Answer(teasers(server, "a", "b", "c"), etag='"2"')
    code, out, err = run(capsys, tmp_path, "refresh", "--json")
    assert code == 0 and json.loads(out)["feeds"][0]["new"] == 1
    assert [len(server.asked(f"/page/{g}")) for g in ("a", "b", "c")] == [1, 1, 1]


def test_full_text_can_be_refused_and_a_missing_page_leaves_the_summary(tmp_path, capsys, server):
    server.answers["/teasers.xml"] = Answer(teasers(server, "a"))
    code, _, err = run(capsys, tmp_path / "no", "subscribe", server.url("/teasers.xml"), "--full-text", "no")
    assert code == 0, err
    assert server.asked("/page/a") == [] and feeds_json(capsys, tmp_path / "no")[0]["full_text"] == "no"
    code, _, err = run(capsys, tmp_path / "auto", "subscribe", server.url("/teasers.xml"))
    assert code == 0, err
    assert len(server.asked("/page/a")) == 1  # 404: the summary is kept
    library = Library(tmp_path / "auto")
    [only] = library.summaries()
    assert library.paragraphs(only.id) == ["The board agreed a plan (a)."]


def test_a_refresh_in_a_process_of_its_own_reports_back_and_says_why_it_failed(tmp_path, server):
    from reader.store.refresh_process import RefreshFailed, refresh_in_process

    server.answers["/news.xml"] = Answer(rss("Quay News", [story("a")]))
    library = Library(tmp_path, entity_finder=fake_finder)
    library.feeds.subscribe(server.url("/news.xml"))
    server.answers["/news.xml"] = Answer(rss("Quay News", [story("a"), story("b")]))
    seen = []
    report = refresh_in_process(library, None, lambda *step: seen.append(step))
    assert [(f.feed.title, f.new) for f in report.feeds] == [("Quay News", 1)]
    assert seen[0] == (1, 1, "Quay News")
    assert "Story b" in {s.title for s in Library(tmp_path).summaries()}
    with pytest.raises(RefreshFailed, match="no subscribed feed is 'Elsewhere'"):
        refresh_in_process(library, ["Elsewhere"])


def test_subscribing_again_with_options_changes_them_and_fetches_nothing(tmp_path, capsys, server):
    server.answers["/news.xml"] = Answer(rss("Quay News", [story("a")]))
    run(capsys, tmp_path, "subscribe", server.url("/news.xml"))
    asked = len(server.asked("/news.xml"))
    code, out, err = run(capsys, tmp_path, "subscribe", server.url("/news.xml"),
                         "--full-text", "no", "--refresh-minutes", "30")
    assert code == 0, err
    assert "Quay News" in out and "full text: no (was auto)" in out
    assert "app refresh: every 30 minutes (was as refresh_interval_minutes says)" in out
    [feed] = feeds_json(capsys, tmp_path)
    assert (feed["full_text"], feed["refresh_minutes"]) == ("no", 30)
    code, out, _ = run(capsys, tmp_path, "feeds")
    assert "full text: no, app refresh: every 30 minutes" in out
    # By title too; only the option given changes, and --json says which changed.
    code, out, err = run(capsys, tmp_path, "subscribe", "quay news", "--refresh-minutes", "off", "--json")
    assert code == 0, err
    record = json.loads(out)
    assert record["options_changed"] == ["refresh_minutes"]
    assert (record["full_text"], record["refresh_minutes"], record["articles"]) == ("no", 0, 1)
    code, out, _ = run(capsys, tmp_path, "subscribe", feed["id"], "--refresh-minutes", "default",
                       "--full-text", "no")
    assert code == 0 and "subscribed already" not in out
    assert feeds_json(capsys, tmp_path)[0]["refresh_minutes"] is None
    code, out, _ = run(capsys, tmp_path, "subscribe", feed["id"], "--full-text", "no")
    assert code == 0 and "subscribed already, with full text: no" in out
    assert len(server.asked("/news.xml")) == asked
    assert len(feeds_json(capsys, tmp_path)) == 1


def test_subscribing_again_without_options_says_how_to_change_them(tmp_path, capsys, server):
    server.answers["/news.xml"] = Answer(rss("Quay News", [story("a")]))
    run(capsys, tmp_path, "subscribe", server.url("/news.xml"))
    code, _, err = run(capsys, tmp_path, "subscribe", server.url("/news.xml"))
    assert code == 1 and "--full-text or --refresh-minutes change its options" in err
    with pytest.raises(SystemExit) as exited:
        main(["--data-dir", str(tmp_path), "subscribe", server.url("/news.xml"), "--refresh-minutes", "0"])
    assert exited.value.code == 2
    assert "'0' is not a number of minutes (1 or more), off or default" in capsys.readouterr().err


def test_a_page_linking_a_subscribed_feed_changes_that_feeds_options(tmp_path, capsys, server):
    server.answers["/"] = Answer(
        b'<!DOCTYPE html><html><head><title>Quay</title>'
        b'<link rel="alternate" type="application/rss+xml" href="/news.xml"></head><body></body></html>',
        content_type="text/html; charset=utf-8")
    server.answers["/news.xml"] = Answer(rss("Quay News", [story("a")]))
    run(capsys, tmp_path, "subscribe", server.url("/news.xml"))
    code, out, err = run(capsys, tmp_path, "subscribe", server.url("/"), "--full-text", "yes")
    assert code == 0, err
    assert "full text: yes (was auto)" in out
    assert [f["full_text"] for f in feeds_json(capsys, tmp_path)] == ["yes"]


def test_an_option_changed_while_a_refresh_runs_is_kept(tmp_path, server):
    import threading
    import time

    server.answers["/news.xml"] = Answer(rss("Quay News", [story("a")]))
    library = Library(tmp_path, entity_finder=fake_finder)
    library.feeds.subscribe(server.url("/news.xml"))
    release = threading.Event()

    def held() -> Answer:
        release.wait(timeout=30)
        return Answer(rss("Quay News", [story("a"), story("b")]))

    server.answers["/news.xml"] = held
    refreshing = threading.Thread(target=library.feeds.refresh)
    refreshing.start()
    try:
        for _ in range(3000):  # the refresh has read the feed records once its request arrives
            if len(server.asked("/news.xml")) == 2:
                break
            time.sleep(0.01)
        library.feeds.set_options("Quay News", full_text=False, refresh_minutes=45)
    finally:
        release.set()
        refreshing.join(timeout=30)
    [feed] = library.feeds.all()
    assert (feed.full_text, feed.refresh_minutes) == (False, 45)
    assert feed.last_refresh is not None and len(library.summaries()) == 2


def test_the_feeds_due_for_the_apps_refresh_follow_their_own_interval_else_the_setting():
    from datetime import UTC, datetime

    from reader.store.feed_refreshing import due_for_refresh
    from reader.store.subscriptions import Feed

    now = datetime(2026, 11, 28, 12, 0, tzinfo=UTC)
    at = "2026-11-28T11:40:00+00:00"  # 20 minutes ago
    feeds = [
        Feed("own-15", "u1", last_attempt=at, refresh_minutes=15),
        Feed("own-30", "u2", last_attempt=at, refresh_minutes=30),
        Feed("default", "u3", last_attempt=at),
        Feed("off", "u4", last_attempt=at, refresh_minutes=0),
        Feed("never-tried", "u5", refresh_minutes=30),
        Feed("gone", "u6", last_attempt=at, refresh_minutes=15, gone=True),
        Feed("backing-off", "u7", last_attempt=at, refresh_minutes=15, failures=3),  # 30 minutes
    ]
    assert [f.id for f in due_for_refresh(feeds, None, now)] == ["own-15", "never-tried"]
    assert [f.id for f in due_for_refresh(feeds, 10, now)] == ["own-15", "default", "never-tried"]
    assert [f.id for f in due_for_refresh(feeds, 60, now)] == ["own-15", "never-tried"]


def test_a_refresh_process_gone_before_it_was_told_what_to_do_is_said_as_a_stop(tmp_path, monkeypatch):
    import subprocess

    from reader.store import refresh_process
    from reader.store.refresh_process import RefreshFailed, refresh_in_process

    real_popen = subprocess.Popen

    def gone_at_once(args, **kwargs) -> subprocess.Popen:
        child = real_popen([args[0], "-c", "pass"], **kwargs)
        child.wait()  # its end of the pipe is closed before anything is written to it
        return child

    monkeypatch.setattr(refresh_process.subprocess, "Popen", gone_at_once)
    with pytest.raises(RefreshFailed, match=r"^the refresh stopped \(exit code 0\)$"):
        refresh_in_process(Library(tmp_path, entity_finder=fake_finder), None)


def test_the_apps_refresh_process_runs_at_a_lower_cpu_priority_than_the_app():
    import os
    import subprocess
    import sys

    from reader.store.refresh_process import BACKGROUND_NICENESS

    probe = ("import os, reader.store.refresh_process as r; before = os.nice(0); "
             "r._yield_to_the_app(); print(os.nice(0) - before)")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert int(done.stdout) == min(BACKGROUND_NICENESS, 19 - os.nice(0))


def test_turning_full_text_off_keeps_the_pages_read_and_takes_new_items_as_the_feed_gives_them(
    tmp_path, capsys, server
):
    for guid in ("a", "c"):
        server.answers[f"/page/{guid}"] = Answer(PAGE.format(title=f"Pier plan {guid}").encode(),
                                                 content_type="text/html; charset=utf-8")
    server.answers["/teasers.xml"] = Answer(teasers(server, "a"))
    run(capsys, tmp_path, "subscribe", server.url("/teasers.xml"))
    code, out, err = run(capsys, tmp_path, "subscribe", server.url("/teasers.xml"), "--full-text", "no")
    assert code == 0 and "full text: no (was auto)" in out, err
    server.answers["/teasers.xml"] = Answer(teasers(server, "a", "c"))
    code, out, err = run(capsys, tmp_path, "refresh", "--json")
    assert code == 0, err
    [feed] = json.loads(out)["feeds"]
    assert (feed["new"], feed["changed"]) == (1, 0)
    library = Library(tmp_path)
    texts = {s.title: library.paragraphs(s.id) for s in library.summaries()}
    assert len(texts["Pier plan a"]) == 3  # the page read when it came
    assert texts["Pier plan c"] == ["The board agreed a plan (c)."]
    assert server.asked("/page/c") == []
