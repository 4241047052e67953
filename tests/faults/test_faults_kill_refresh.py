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
