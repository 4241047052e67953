"""Download one URL with hard limits on time, size and redirects.

urllib from the standard library: one GET with a few limits needs no HTTP
client dependency, and every limit below is enforced here, not assumed.
"""

from __future__ import annotations

import http
import http.client
import socket
import ssl
import threading
import time
import urllib.error
import urllib.request
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from typing import IO, Any
from urllib.parse import urlsplit

from reader.ingest.errors import ImportFailure
from reader.ingest.limits import MAX_INPUT_BYTES
from reader.text import one_line

USER_AGENT = "reader/0.1"
TIMEOUT_SECONDS = 10.0  # connect, and each wait for more bytes
DEADLINE_SECONDS = 30.0  # the whole download, so a trickling server cannot hold us
MAX_REDIRECTS = 10
_CHUNK = 64 * 1024
_REDIRECT_REFUSED = "redirect to a non-http address refused"


@dataclass(frozen=True, slots=True)
class Fetched:
    """A downloaded body with what the server said about it."""

    data: bytes
    content_type: str | None
    charset: str | None
    final_url: str
    status: int = 200  # 304 (empty data) only when the request was conditional
    etag: str | None = None
    last_modified: str | None = None
    # Where every redirect on the way was permanent (301, 308): the address to use from now on.
    moved_to: str | None = None


def fetch(
    url: str,
    *,
    timeout: float | None = None,
    deadline: float | None = None,
    max_bytes: int | None = None,
    headers: dict[str, str] | None = None,
) -> Fetched:
    """GET `url`; raise ImportFailure for anything but a complete 2xx body within limits,
    or a 304 when `headers` make the request conditional (If-None-Match, If-Modified-Since)."""
    timeout = TIMEOUT_SECONDS if timeout is None else timeout
    deadline = DEADLINE_SECONDS if deadline is None else deadline
    max_bytes = MAX_INPUT_BYTES if max_bytes is None else max_bytes
    if urlsplit(url).scheme.lower() not in ("http", "https"):
        raise ImportFailure(url, "only http and https addresses can be downloaded")
    watchdog = _Watchdog(deadline)
    request = urllib.request.Request(
        url, headers={"User-Agent": USER_AGENT, "Accept-Encoding": "gzip", **(headers or {})}
    )
    redirects = _RedirectHandler()
    try:
        with _opener(watchdog, redirects).open(request, timeout=timeout) as response:
            data = _read_body(response, url, watchdog, max_bytes)
            answer = response.headers
            return Fetched(
                data=data,
                content_type=answer.get_content_type() if answer.get("Content-Type") else None,
                charset=answer.get_content_charset(),
                final_url=response.geturl(),
                etag=answer.get("ETag"),
                last_modified=answer.get("Last-Modified"),
                moved_to=redirects.moved_to(),
            )
    except ImportFailure:
        raise
    except Exception as error:  # every network failure becomes one clear line
        if isinstance(error, urllib.error.HTTPError) and error.code == 304 and headers:
            error.close()
            return Fetched(
                data=b"", content_type=None, charset=None, final_url=error.geturl() or url,
                status=304, etag=error.headers.get("ETag"),
                last_modified=error.headers.get("Last-Modified"), moved_to=redirects.moved_to(),
            )
        if watchdog.fired:
            raise ImportFailure(url, f"timed out after {deadline:g} s") from None
        raise ImportFailure(url, _reason(error, timeout)) from None
    finally:
        watchdog.cancel()


def _reason(error: Exception, timeout: float) -> str:
    if isinstance(error, _RedirectRefused):
        return str(error.reason)
    if isinstance(error, urllib.error.HTTPError):
        if 300 <= error.code < 400 and "infinite loop" in str(error.msg):
            return "too many redirects (or a redirect loop)"
        if 300 <= error.code < 400 and "is not allowed" in str(error.msg):
            return _REDIRECT_REFUSED  # urllib's own check, for file: and other schemes
        try:
            phrase = http.HTTPStatus(error.code).phrase
        except ValueError:
            phrase = one_line(str(error.reason))[:60]
        return f"HTTP {error.code} {phrase}".strip()
    if isinstance(error, urllib.error.URLError):
        error = error.reason if isinstance(error.reason, Exception) else error
    if isinstance(error, TimeoutError):  # socket.timeout is the same class
        return f"timed out after {timeout:g} s"
    if isinstance(error, ssl.SSLError):
        return f"secure connection failed ({one_line(error.reason or str(error))[:80]})"
    if isinstance(error, socket.gaierror):
        return "host not found"
    if isinstance(error, ConnectionRefusedError):
        return "connection refused"
    if isinstance(error, (http.client.HTTPException, ConnectionError)):
        return "connection closed before the download finished"
    if isinstance(error, zlib.error):
        return "download is corrupt (bad compressed data)"
    detail = getattr(error, "reason", None) or error
    return f"download failed ({one_line(str(detail))[:80] or type(error).__name__})"


def _read_body(response: Any, url: str, watchdog: _Watchdog, max_bytes: int) -> bytes:
    limit = f"{max_bytes / (1024 * 1024):g} MB"
    too_large = ImportFailure(url, f"download too large (over {limit})")
    length = response.headers.get("Content-Length", "")
    if length.isdigit() and int(length) > max_bytes:
        raise too_large
    encoding = (response.headers.get("Content-Encoding") or "identity").strip().lower()
    if encoding not in ("identity", "gzip", "x-gzip", "deflate"):
        raise ImportFailure(url, f"unsupported content encoding: {one_line(encoding)[:30]}")
    inflater = _Inflater(encoding) if encoding != "identity" else None
    body = bytearray()
    received = 0
    while chunk := response.read1(_CHUNK):  # read1: returns what has arrived, never waits for more
        watchdog.check()
        received += len(chunk)
        if received > max_bytes:
            raise too_large
        if inflater is None:
            body += chunk
        else:
            for piece in inflater.feed(chunk, room=max_bytes - len(body)):
                body += piece
        if len(body) > max_bytes:
            raise ImportFailure(url, f"download too large when decompressed (over {limit})")
    watchdog.check()  # a socket the watchdog shut looks like a clean end of the body
    if inflater is not None:
        body += inflater.finish()
        if len(body) > max_bytes:
            raise ImportFailure(url, f"download too large when decompressed (over {limit})")
    return bytes(body)


class _Inflater:
    """Incremental gzip/deflate that never inflates past the cap (no gzip bombs)."""

    def __init__(self, encoding: str) -> None:
        self._encoding = encoding
        self._inflate: Any = None

    def feed(self, chunk: bytes, room: int) -> Iterator[bytes]:
        """Decompressed pieces of `chunk`, stopping once more than `room` bytes came out."""
        if self._inflate is None:
            self._inflate = zlib.decompressobj(self._wbits(chunk))
        produced = 0
        data = chunk
        while data and produced <= room:
            # max_length bounds every step, so a bomb never sits in memory inflated.
            piece = self._inflate.decompress(data, min(room - produced + 1, _CHUNK))
            produced += len(piece)
            yield piece
            data = self._inflate.unconsumed_tail
            if self._inflate.eof and self._inflate.unused_data:  # another gzip member follows
                data = self._inflate.unused_data
                self._inflate = zlib.decompressobj(self._wbits(data))

    def finish(self) -> bytes:
        """The few bytes zlib may still hold once all input has been fed."""
        return self._inflate.flush() if self._inflate is not None else b""

    def _wbits(self, first: bytes) -> int:
        if self._encoding in ("gzip", "x-gzip"):
            return 16 + zlib.MAX_WBITS
        # "deflate" is meant to be zlib-wrapped, but some servers send raw deflate.
        if len(first) >= 2 and first[0] & 0x0F == 8 and (first[0] * 256 + first[1]) % 31 == 0:
            return zlib.MAX_WBITS
        return -zlib.MAX_WBITS


class _Watchdog:
    """Shuts the sockets of a download when its deadline passes, wherever it is stuck."""

    def __init__(self, seconds: float) -> None:
        self.fired = False
        self._ends_at = time.monotonic() + seconds
        self._sockets: list[socket.socket] = []
        self._lock = threading.Lock()
        self._timer = threading.Timer(seconds, self._fire)
        self._timer.daemon = True
        self._timer.start()

    def watch(self, sock: socket.socket) -> None:
        with self._lock:
            self._sockets.append(sock)
            if self.fired:
                _shut(sock)

    def check(self) -> None:
        if self.fired or time.monotonic() > self._ends_at:
            self.fired = True
            raise TimeoutError

    def cancel(self) -> None:
        self._timer.cancel()

    def _fire(self) -> None:
        with self._lock:
            self.fired = True
            for sock in self._sockets:
                _shut(sock)


def _shut(sock: socket.socket) -> None:
    try:
        sock.shutdown(socket.SHUT_RDWR)
    except OSError:
        pass  # already closed


class _RedirectRefused(urllib.error.URLError):
    pass


class _RedirectHandler(urllib.request.HTTPRedirectHandler):
    max_redirections = MAX_REDIRECTS

    def __init__(self) -> None:
        self.hops: list[tuple[int, str]] = []  # (status, new address) of each redirect followed

    def redirect_request(
        self, req: urllib.request.Request, fp: IO[bytes], code: int, msg: str,
        headers: http.client.HTTPMessage, newurl: str,
    ) -> urllib.request.Request | None:
        # urllib would also follow ftp: redirects; only http(s) may be reached from a web page.
        if urlsplit(newurl).scheme.lower() not in ("http", "https"):
            raise _RedirectRefused(_REDIRECT_REFUSED)
        self.hops.append((code, newurl))
        return super().redirect_request(req, fp, code, msg, headers, newurl)

    def moved_to(self) -> str | None:
        """The last address, when every redirect followed was permanent."""
        if self.hops and all(code in (301, 308) for code, _ in self.hops):
            return self.hops[-1][1]
        return None


def _opener(watchdog: _Watchdog, redirects: _RedirectHandler) -> urllib.request.OpenerDirector:
    # Only HTTP(S) handlers: no file:, ftp: or data: URL can be reached, even by redirect.
    class Connection(http.client.HTTPConnection):
        def connect(self) -> None:
            super().connect()
            watchdog.watch(self.sock)

    class SecureConnection(http.client.HTTPSConnection):
        def connect(self) -> None:
            super().connect()
            watchdog.watch(self.sock)

    class Handler(urllib.request.HTTPHandler):
        def http_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
            return self.do_open(Connection, req)

    class SecureHandler(urllib.request.HTTPSHandler):
        def https_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
            return self.do_open(SecureConnection, req, context=ssl.create_default_context())

    opener = urllib.request.OpenerDirector()
    for handler in (
        urllib.request.ProxyHandler(),
        Handler(),
        SecureHandler(),
        redirects,
        urllib.request.HTTPDefaultErrorHandler(),
        urllib.request.HTTPErrorProcessor(),
    ):
        opener.add_handler(handler)
    return opener
