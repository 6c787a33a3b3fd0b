"""The one way the package sends an HTTP request: `fetch`, whole exchange under one deadline.

A socket timeout bounds each read, not the exchange: a server that sends one byte a second never
trips it, and kept `link` busy for 400 s. `fetch` gives the connection, the request, the headers and
the body together `deadline` seconds; when they run out a watchdog shuts the socket down, which wakes
any blocked read at once, and the call raises `DeadlineExceeded`. Ctrl-C interrupts it like any
other blocking call.

    response = fetch(urllib.request.Request(url, headers={"Accept": "application/json"}), deadline=30)
    response.status, response.body
"""
from __future__ import annotations

import functools
import http.client
import re
import socket
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass


class FetchError(Exception):
    """The exchange did not complete; callers say which URL (the message is the reason only)."""


class Unreachable(FetchError):
    """No connection: refused, unknown host, no route."""


class CutShort(FetchError):
    """The server closed the connection early, or sent half an answer."""


class BadURL(Unreachable, ValueError):
    """Not an http(s) URL a request can be sent to (no host, a space, a control character, a port
    that is not a port, text that is not UTF-8)."""


class DeadlineExceeded(FetchError):
    """The whole exchange took longer than its deadline."""

    def __init__(self, seconds: float) -> None:
        super().__init__(f"no complete answer within {seconds:g} s")
        self.seconds = seconds


@dataclass(frozen=True)
class Response:
    status: int
    headers: http.client.HTTPMessage
    body: bytes

    @property
    def content_type(self) -> str:
        return self.headers.get_content_type() if self.headers is not None else ""


_NOT_IN_URL = re.compile(r"[\x00-\x20\x7f-\x9f]")
_KEPT_IN_URL = "!#$%&'()*+,/:;=?@[]~"


def check_url(url: str) -> str:
    """`url` as it can be sent: an http(s) URL with a host, anything beyond ASCII percent-encoded
    (UTF-8) and a host beyond ASCII in IDNA, as a browser sends an IRI typed in; `BadURL` otherwise.
    http.client would raise a bare UnicodeEncodeError or ValueError on most of these."""
    from .queries import printable

    shown = f"'{printable(url)[:200]}'"
    try:
        url.encode("utf-8")
    except UnicodeEncodeError:
        raise BadURL(f"{shown} is not valid UTF-8 text") from None
    if _NOT_IN_URL.search(url):
        raise BadURL(f"{shown} holds a space or a control character")
    try:
        parts = urllib.parse.urlsplit(url)
        parts.port  # raises for a port that is not a number from 0 to 65535
        host = parts.hostname
        if host and not host.isascii():
            host = host.encode("idna").decode("ascii")
            netloc = parts.netloc.rsplit("@", 1)
            netloc[-1] = host + (f":{parts.port}" if parts.port is not None else "")
            parts = parts._replace(netloc="@".join(netloc))
    except (ValueError, UnicodeError) as error:
        raise BadURL(f"{shown} is not a URL ({error})") from None
    if parts.scheme.lower() not in ("http", "https") or not host:
        raise BadURL(f"{shown} is not an http(s) URL with a host")
    return urllib.parse.quote(urllib.parse.urlunsplit(parts), safe=_KEPT_IN_URL)


def fetch(request: urllib.request.Request, *, deadline: float) -> Response:
    """Send `request` and read the whole answer within `deadline` seconds, whatever its status
    (an HTTP error status is an answer, not an exception). A URL `check_url` refuses is `BadURL`."""
    request.full_url = check_url(request.full_url)
    watchdog = _Watchdog(deadline)
    opener = urllib.request.build_opener(_HTTPHandler(watchdog), _HTTPSHandler(watchdog), _Redirects())
    try:
        try:
            with opener.open(request, timeout=max(0.001, deadline)) as answer:
                response = Response(answer.status, answer.headers, answer.read())
        except urllib.error.HTTPError as error:
            with error:
                response = Response(error.code, error.headers, error.read())
    except urllib.error.URLError as error:  # urllib wraps what fails while connecting and sending
        raise _failure(error.reason, watchdog, deadline) from None
    except (http.client.HTTPException, OSError) as error:  # what fails while reading the answer
        raise _failure(error, watchdog, deadline) from None
    finally:
        watchdog.cancel()
    if watchdog.expired:  # a read the watchdog woke can also end quietly, with a short body
        raise DeadlineExceeded(deadline)
    return response


def _failure(cause, watchdog: "_Watchdog", deadline: float) -> FetchError:
    if watchdog.expired or isinstance(cause, (TimeoutError, socket.timeout)):
        return DeadlineExceeded(deadline)
    if isinstance(cause, http.client.IncompleteRead):
        return CutShort(f"the answer stopped after {len(cause.partial):,} bytes")
    if isinstance(cause, (http.client.HTTPException, ConnectionResetError, ConnectionAbortedError,
                          BrokenPipeError, EOFError)):
        return CutShort(f"the server closed the connection ({type(cause).__name__})")
    if isinstance(cause, OSError):
        return Unreachable(cause.strerror or str(cause) or type(cause).__name__)
    return Unreachable(str(cause) or type(cause).__name__)


class _Watchdog:
    """Shuts down every socket of one exchange when its deadline passes."""

    def __init__(self, seconds: float) -> None:
        self.expired = False
        self._sockets: list[socket.socket] = []
        self._lock = threading.Lock()
        self._timer = threading.Timer(max(0.0, seconds), self._expire)
        self._timer.daemon = True
        self._timer.start()

    def watch(self, sock: socket.socket) -> None:
        with self._lock:
            self._sockets.append(sock)
            if self.expired:
                self._shut(sock)

    def _expire(self) -> None:
        with self._lock:
            self.expired = True
            for sock in self._sockets:
                self._shut(sock)

    @staticmethod
    def _shut(sock: socket.socket) -> None:
        try:
            sock.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass

    def cancel(self) -> None:
        self._timer.cancel()


class _Watched:
    """Mixed into http.client's connections: hand each new socket to the watchdog."""

    def __init__(self, *args, watchdog: _Watchdog, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._watchdog = watchdog

    def connect(self) -> None:
        super().connect()
        self._watchdog.watch(self.sock)


class _HTTPConnection(_Watched, http.client.HTTPConnection):
    pass


class _HTTPSConnection(_Watched, http.client.HTTPSConnection):
    pass


class _Redirects(urllib.request.HTTPRedirectHandler):
    """Follows redirects to http(s) URLs only (urllib would follow one to ftp:, outside the deadline)."""

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        check_url(newurl)
        return super().redirect_request(req, fp, code, msg, headers, newurl)


class _HTTPHandler(urllib.request.HTTPHandler):
    def __init__(self, watchdog: _Watchdog) -> None:
        super().__init__()
        self._watchdog = watchdog

    def http_open(self, request):
        return self.do_open(functools.partial(_HTTPConnection, watchdog=self._watchdog), request)


class _HTTPSHandler(urllib.request.HTTPSHandler):
    def __init__(self, watchdog: _Watchdog) -> None:
        super().__init__()
        self._watchdog = watchdog

    def https_open(self, request):
        return self.do_open(functools.partial(_HTTPSConnection, watchdog=self._watchdog), request,
                            context=self._context)


def remaining(until: float) -> float:
    """Seconds left until the `time.monotonic()` instant `until` (0 once it has passed)."""
    return max(0.0, until - time.monotonic())


__all__ = ["BadURL", "check_url", "CutShort", "DeadlineExceeded", "FetchError", "Response", "Unreachable", "fetch", "remaining"]
