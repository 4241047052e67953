"""Downloads from a local server: pages, feeds, bombs, trickles, loops and errors."""

from __future__ import annotations

import gzip
import threading
import time
import tracemalloc
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from hostile_corpus import send_gzip_bomb

from reader.ingest import ImportFailure, read_source
from reader.ingest import fetch as fetch_module
from reader.ingest.fetch import fetch

PAGE = b"""<!DOCTYPE html><html><head><title>Bridge opens - City Post</title>
<meta property="og:site_name" content="City Post"></head><body><article>
<h1>Bridge opens to traffic</h1>
<p>The new bridge over the River Ael opened to traffic on Tuesday morning after three years of work.</p>
<p>Commuters said the crossing cut twenty minutes from their daily journey into the city centre.</p>
</article></body></html>"""

FEED = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>City Post</title>
<item><title>Bridge opens</title><link>https://city.example/bridge</link>
<description>The bridge opened on Tuesday.</description></item>
<item><title>Café closes</title><link>https://city.example/cafe</link>
<description>The café closed on Friday.</description></item>
</channel></rss>""".encode()

_stop = threading.Event()


class Handler(BaseHTTPRequestHandler):
    def log_message(self, *args: object) -> None:  # keep test output quiet
        pass

    def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
        route = getattr(self, "route_" + self.path.strip("/").replace("-", "_").replace(".", "_"), None)
        if route is None:
            self.send_error(404)
        else:
            route()

    def send(self, body: bytes, content_type: str, **headers: str) -> None:
        self.send_response(200)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for name, value in headers.items():
            self.send_header(name.replace("_", "-"), value)
        self.end_headers()
        self.wfile.write(body)

    def route_page_html(self) -> None:
        self.send(PAGE, "text/html; charset=utf-8")

    def route_page_gz(self) -> None:
        self.send(gzip.compress(PAGE), "text/html", Content_Encoding="gzip")

    def route_feed(self) -> None:
        self.send(FEED, "application/rss+xml")

    def route_bomb(self) -> None:
        send_gzip_bomb(self, "text/plain", _stop)

    def route_trickle(self) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/plain")
        self.end_headers()
        try:
            while not _stop.is_set():
                self.wfile.write(b"a")
                self.wfile.flush()
                time.sleep(0.05)
        except OSError:
            pass

    def route_slow_headers(self) -> None:
        self.wfile.write(b"HTTP/1.0 200 OK\r\n")
        try:
            while not _stop.is_set():
                self.wfile.write(b"X")
                self.wfile.flush()
                time.sleep(0.05)
        except OSError:
            pass

    def route_silent(self) -> None:
        _stop.wait(5)

    def route_loop(self) -> None:
        self.send_response(302)
        self.send_header("Location", "/loop")
        self.end_headers()

    def route_to_file(self) -> None:
        self.send_response(302)
        self.send_header("Location", "file:///etc/passwd")
        self.end_headers()

    def route_to_ftp(self) -> None:
        self.send_response(301)
        self.send_header("Location", "ftp://127.0.0.1/etc/passwd")
        self.end_headers()

    def route_huge(self) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/plain")
        self.send_header("Content-Length", str(20 * 1024 * 1024))
        self.end_headers()


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    _stop.clear()
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    _stop.set()
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture(autouse=True)
def no_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "all_proxy", "ALL_PROXY"):
        monkeypatch.delenv(name, raising=False)


def reason_of(url: str, **limits: float) -> str:
    with pytest.raises(ImportFailure) as caught:
        fetch(url, **limits)
    assert caught.value.source == url
    return caught.value.reason


def test_html_page_by_url(server: str) -> None:
    (article,) = read_source(server + "/page.html")
    assert article.title == "Bridge opens to traffic"
    assert article.source == "City Post"
    assert len(article.paragraphs) == 2
    assert article.key == article.url == server + "/page.html"


def test_gzip_page_is_decompressed(server: str) -> None:
    fetched = fetch(server + "/page-gz")
    assert fetched.data == PAGE
    assert fetched.content_type == "text/html"


def test_feed_by_url(server: str) -> None:
    articles = read_source(server + "/feed")
    assert [a.title for a in articles] == ["Bridge opens", "Café closes"]
    assert [a.key for a in articles] == ["https://city.example/bridge", "https://city.example/cafe"]


def test_gzip_bomb_stops_at_the_decompressed_cap(server: str) -> None:
    tracemalloc.start()
    try:
        reason = reason_of(server + "/bomb")
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert reason == "download too large when decompressed (over 16 MB)"
    assert peak < 48 * 1024 * 1024  # the cap is 16 MiB; 1 GiB never materialises


def test_trickling_body_hits_the_deadline(server: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(fetch_module, "DEADLINE_SECONDS", 1.0)
    started = time.monotonic()
    assert reason_of(server + "/trickle") == "timed out after 1 s"
    assert time.monotonic() - started < 3


def test_trickling_headers_hit_the_deadline(server: str) -> None:
    started = time.monotonic()
    assert reason_of(server + "/slow-headers", deadline=1.0) == "timed out after 1 s"
    assert time.monotonic() - started < 3


def test_silent_server_hits_the_read_timeout(server: str) -> None:
    assert reason_of(server + "/silent", timeout=0.5) == "timed out after 0.5 s"


def test_redirect_loop(server: str) -> None:
    assert reason_of(server + "/loop") == "too many redirects (or a redirect loop)"


@pytest.mark.parametrize("route", ["/to-file", "/to-ftp"])
def test_redirect_off_the_web_is_refused(server: str, route: str) -> None:
    assert reason_of(server + route) == "redirect to a non-http address refused"


def test_not_found(server: str) -> None:
    assert reason_of(server + "/missing") == "HTTP 404 Not Found"


def test_declared_length_over_the_cap(server: str) -> None:
    assert reason_of(server + "/huge") == "download too large (over 16 MB)"


def test_connection_refused() -> None:
    assert reason_of("http://127.0.0.1:9/") == "connection refused"


def test_read_source_reports_url_failures_by_reason(server: str) -> None:
    with pytest.raises(ImportFailure) as caught:
        read_source(server + "/missing")
    assert (caught.value.source, caught.value.reason) == (server + "/missing", "HTTP 404 Not Found")
