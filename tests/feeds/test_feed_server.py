"""The test feed server counts what the client has in flight, not how long its threads run."""

import time
import urllib.request

from feed_server import Answer, FeedServer


def test_a_client_asking_once_answered_is_never_counted_twice_in_flight(monkeypatch):
    sent = FeedServer._send

    def send_then_linger(*args, **kwargs):
        sent(*args, **kwargs)
        time.sleep(0.2)  # the answering thread is slow to run on once its bytes are out

    monkeypatch.setattr(FeedServer, "_send", staticmethod(send_then_linger))
    with FeedServer() as server:
        server.answers["/f.xml"] = Answer(b"<rss/>")
        for _ in range(3):
            with urllib.request.urlopen(server.url("/f.xml"), timeout=5) as answer:
                assert answer.read() == b"<rss/>"
    assert server.most_in_flight == 1
