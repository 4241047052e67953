"""kill -9 at a random moment of a feed refresh: nothing acknowledged is lost.

A forked writer refreshes three growing feeds over and over and acknowledges the articles
each refresh imported; the test kills it a random few milliseconds in, then checks that
the library opens, that every acknowledged article is there, that the note on an item
the feeds keep rewriting stays on its quote, and that one more refresh brings every item
the server ever offered: the feeds' validators are never stored ahead of the articles
(else that refresh would get a 304 and miss what the killed one had not stored).
"""

from __future__ import annotations

import random
import threading
from itertools import count

import pytest
from builders import fake_finder
from feed_server import Answer, FeedServer, rss
from test_faults import misanchored
from test_faults_kill import Ack, fork_and_kill, healthy

from reader.store import Library

ITERATIONS = 25
FEEDS = 3


class GrowingFeeds:
    """Feed k lists items 0..n, n growing every second request; its ETag names n. Item
    "k-lead" is rewritten each time n grows: a changed article, re-imported."""

    def __init__(self, server: FeedServer) -> None:
        self.requests = [0] * FEEDS
        self.offered = [0] * FEEDS  # the largest n each feed has served
        self.lock = threading.Lock()
        for k in range(FEEDS):
            server.answers[f"/grow{k}.xml"] = lambda k=k: self.answer(k)

    def answer(self, k: int) -> Answer:
        with self.lock:
            self.requests[k] += 1
            n = self.requests[k] // 2
            self.offered[k] = max(self.offered[k], n)
        lead = (f"{k}-lead", f"Lead story of feed {k}",
                f"Edition {n} of the lead.\n\nThe harbour board met on the quay at dawn.")
        items = [lead] + [(f"{k}-{i}", f"Item {i} of feed {k}", f"Item {i} says the tide turned {i} times.")
                          for i in range(n + 1)]
        return Answer(rss(f"Growing {k}", items), etag=f'"{n}"')

    def items_offered(self) -> set[str]:
        return {f"Item {i} of feed {k}" for k in range(FEEDS) for i in range(self.offered[k] + 1)}


@pytest.mark.slow
def test_kill_during_refreshes_loses_nothing_acknowledged(tmp_path):
    root = tmp_path / "library"
    with FeedServer() as server:
        growing = GrowingFeeds(server)
        library = Library(root, entity_finder=fake_finder)
        for k in range(FEEDS):
            library.feeds.subscribe(server.url(f"/grow{k}.xml"))
        [lead] = [s.id for s in library.summaries() if s.title == "Lead story of feed 0"]
        note = library.add_note(lead, "dawn meeting", paragraph=1)
        acknowledged: set[str] = set()
        leftovers: list[int] = []
        rng = random.Random("refresh")
        for _ in range(ITERATIONS):

            def loop(ack: Ack) -> None:
                writer = Library(root, entity_finder=fake_finder)
                for n in count():
                    report = writer.feeds.refresh()
                    assert report.ok, [f.error for f in report.failed]
                    ack(n, *[i.article_id for i in report.articles.imported])

            acks = fork_and_kill(loop, rng)
            acknowledged.update(i for _, *new in acks for i in new)
            stored = healthy(root, leftovers)
            assert acknowledged <= set(stored["articles"])
            assert stored["notes"][note.id] == ("dawn meeting", "The harbour board met on the quay at dawn.")
            assert misanchored(root) == []
            # One refresh that runs to its end brings whatever the killed one left.
            after = Library(root, entity_finder=fake_finder)
            assert after.feeds.refresh().ok
            titles = {s.title for s in after.summaries()}
            assert growing.items_offered() <= titles
    print(f"refresh: {ITERATIONS} kills, at most {max(leftovers)} temp files at once")


KILLS = 12
MORE_ROUNDS = 4


@pytest.mark.slow
def test_the_apps_refresh_process_killed_at_random_loses_nothing_acknowledged(tmp_path, monkeypatch):
    """The app refreshes in a child process (reader.store.refresh_process). Killed at a random
    moment of its run, the app hears that it stopped; every article an earlier refresh
    reported, every subscription and every option the user set meanwhile stays."""
    import subprocess
    import time

    from reader.store import refresh_process
    from reader.store.refresh_process import RefreshFailed, refresh_in_process

    root = tmp_path / "library"
    children: list[subprocess.Popen] = []
    real_popen = subprocess.Popen

    def popen(*args, **kwargs) -> subprocess.Popen:
        children.append(real_popen(*args, **kwargs))
        return children[-1]

    monkeypatch.setattr(refresh_process.subprocess, "Popen", popen)
    with FeedServer() as server:
        growing = GrowingFeeds(server)
        library = Library(root, entity_finder=fake_finder)
        for k in range(FEEDS):
            library.feeds.subscribe(server.url(f"/grow{k}.xml"))
        options = {f.id: f.refresh_minutes for f in library.feeds.all()}
        started = time.perf_counter()
        acknowledged = {i for f in refresh_in_process(library, None).feeds for i in f.new_ids}
        whole_run = time.perf_counter() - started
        rng = random.Random("app refresh")
        leftovers: list[int] = []
        stopped = 0
        # The child runs at a lower priority, so how long it takes follows the machine's load,
        # while the kill moments are drawn against the first run's length: past KILLS rounds,
        # more go on until a quarter of the kills landed mid-run (at most MORE_ROUNDS times as many).
        for round_ in count():
            if round_ >= KILLS and (stopped >= KILLS // 4 or round_ >= KILLS * MORE_ROUNDS):
                break
            outcome: dict[str, object] = {}

            def refresh() -> None:
                try:
                    outcome["report"] = refresh_in_process(library, None)
                except RefreshFailed as failed:
                    outcome["failed"] = str(failed)

            running = threading.Thread(target=refresh)
            running.start()
            time.sleep(rng.uniform(0, whole_run))
            feed_id = list(options)[round_ % FEEDS]
            library.feeds.set_options(feed_id, refresh_minutes=round_ + 1)  # acknowledged on return
            options[feed_id] = round_ + 1
            time.sleep(rng.uniform(0, whole_run / 2))
            children[-1].kill()
            running.join(timeout=60)
            if "report" in outcome:
                acknowledged |= {i for f in outcome["report"].feeds for i in f.new_ids}
            else:
                assert outcome["failed"] == "the refresh stopped (exit code -9)"
                stopped += 1
            stored = healthy(root, leftovers)
            assert acknowledged <= set(stored["articles"])
            assert {f.id: f.refresh_minutes for f in Library(root).feeds.all()} == options
        assert stopped >= KILLS // 4, "many kills should land while the refresh runs"
        after = Library(root, entity_finder=fake_finder)
        assert after.feeds.refresh().ok
        assert growing.items_offered() <= {s.title for s in after.summaries()}
    print(f"app refresh: {round_} kills, {stopped} mid-run, at most {max(leftovers)} temp files at once")
