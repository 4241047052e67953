"""A feed server on a loopback address for tests and benchmarks: each path answers as set.

Answers can change between refreshes; ETag and Last-Modified answers give 304 to a request
that sends them back; any status with a Location; gzip; a delay before answering. It records
every request with its headers, and the most requests it had in flight at once.
"""

from __future__ import annotations

import gzip as gzip_module
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from xml.sax.saxutils import escape


@dataclass
class Answer:
    body: bytes = b""
    content_type: str = "application/rss+xml; charset=utf-8"
    status: int = 200
    etag: str | None = None
    last_modified: str | None = None
    gzip: bool = False
    delay: float = 0.0
    location: str | None = None


def rss(title: str, items: list[tuple[str, str, str]], link: str = "https://site.example/",
        pages: str | None = None) -> bytes:
    """An RSS 2.0 feed; items are (guid, title, text), the text's blank lines between
    paragraphs. With `pages` (an address ending in /), each item links PAGES + guid."""
    entries = "".join(
        f"<item><guid isPermaLink=\"false\">{escape(guid)}</guid><title>{escape(item_title)}</title>"
        + (f"<link>{escape(pages + guid)}</link>" if pages else "") +
        f"<description>{escape(''.join(f'<p>{p}</p>' for p in text.split(chr(10) * 2)))}</description>"
        f"<pubDate>Mon, 02 Nov 2026 08:00:00 GMT</pubDate></item>"
        for guid, item_title, text in items
    )
    return (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
            f"<title>{escape(title)}</title><link>{escape(link)}</link>{entries}</channel></rss>").encode()


class FeedServer:
    def __init__(self, host: str = "127.0.0.1", port: int = 0) -> None:
        self.answers: dict[str, Answer | Callable[[], Answer]] = {}
        self.requests: list[tuple[str, dict[str, str]]] = []
        self.in_flight = 0
        self.most_in_flight = 0
        self._lock = threading.Lock()
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: object) -> None:
                pass

            def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
                server._serve(self)

        self.httpd = ThreadingHTTPServer((host, port), Handler)
        self.httpd.daemon_threads = True
        self.host = host
        self.port = self.httpd.server_address[1]
        self._thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def url(self, path: str, host: str | None = None) -> str:
        return f"http://{host or self.host}:{self.port}{path}"

    def __enter__(self) -> FeedServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    def asked(self, path: str) -> list[dict[str, str]]:
        """The headers of every request for `path`, in order."""
        return [headers for asked, headers in self.requests if asked == path]

    def _serve(self, handler: BaseHTTPRequestHandler) -> None:
        path = handler.path
        with self._lock:
            self.requests.append((path, {k.lower(): v for k, v in handler.headers.items()}))
            self.in_flight += 1
            self.most_in_flight = max(self.most_in_flight, self.in_flight)
        counted = True
        try:
            answer = self.answers.get(path)
            if callable(answer):  # an answer that changes with every request
                answer = answer()
            if answer is not None and answer.delay:
                time.sleep(answer.delay)
            # Counted off before its bytes go out: the client may ask again the moment they
            # arrive, before this thread runs on, and that is not two requests at once.
            self._answered()
            counted = False
            self._answer(handler, answer)
        except OSError:
            pass  # the client gave up (a test's timeout): nothing to answer to
        finally:
            if counted:
                self._answered()

    def _answered(self) -> None:
        with self._lock:
            self.in_flight -= 1

    def _answer(self, handler: BaseHTTPRequestHandler, answer: Answer | None) -> None:
        if answer is None:
            return self._send(handler, 404, b"not here", "text/plain")
        validators = {"ETag": answer.etag, "Last-Modified": answer.last_modified}
        if answer.status == 200 and (
            (answer.etag and handler.headers.get("If-None-Match") == answer.etag)
            or (answer.last_modified and handler.headers.get("If-Modified-Since") == answer.last_modified)
        ):
            return self._send(handler, 304, b"", None, validators)
        body = gzip_module.compress(answer.body) if answer.gzip else answer.body
        extra = {**validators, "Location": answer.location,
                 "Content-Encoding": "gzip" if answer.gzip else None}
        self._send(handler, answer.status, body, answer.content_type, extra)

    @staticmethod
    def _send(handler, status: int, body: bytes, content_type: str | None,
              headers: dict[str, str | None] | None = None) -> None:
        handler.send_response(status)
        if content_type:
            handler.send_header("Content-Type", content_type)
        for name, value in (headers or {}).items():
            if value:
                handler.send_header(name, value)
        if status != 304:
            handler.send_header("Content-Length", str(len(body)))
        handler.end_headers()
        if status != 304:
            handler.wfile.write(body)
