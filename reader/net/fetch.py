"""The one HTTP client: http and https only, every response capped.

Standard library only (`http.client`), so every limit is ours to enforce:
redirects are followed by hand (at most `max_redirects`, never to another
scheme), bodies are read in chunks against a size cap that holds after
decompression (a gzip bomb stops at the cap), and one deadline covers the
whole exchange, so a host that trickles bytes cannot stall a refresh.
"""

from __future__ import annotations

import email.utils
import http.client
import socket
import ssl
import time
import zlib
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

from reader import __version__
from reader.sanitize import clean

USER_AGENT = f"newsreader/{__version__} (terminal news reader)"
CHUNK = 64 * 1024
REDIRECTS = (301, 302, 303, 307, 308)
FEED_ACCEPT = ("application/rss+xml, application/atom+xml, application/feed+json, "
               "application/json;q=0.9, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5")


@dataclass(frozen=True)
class Limits:
    max_bytes: int = 10 * 1024 * 1024  # after decompression
    connect_timeout: float = 10.0
    total_timeout: float = 30.0  # the whole exchange, redirects included
    max_redirects: int = 5


DEFAULT_LIMITS = Limits()


@dataclass(frozen=True)
class Response:
    url: str  # after redirects
    status: int
    body: bytes = b""
    content_type: str = ""
    etag: str = ""
    last_modified: str = ""
    headers: dict[str, str] = field(default_factory=dict)

    @property
    def not_modified(self) -> bool:
        return self.status == 304


class FetchError(Exception):
    """Why a URL could not be fetched, in one line; `retry_after` in seconds
    when the server asked us to come back later (429, 503)."""

    def __init__(self, url: str, reason: str, retry_after: float | None = None) -> None:
        reason = " ".join(clean(reason).split())  # a server's reason phrase is untrusted
        super().__init__(f"{url}: {reason}")
        self.url = url
        self.reason = reason
        self.retry_after = retry_after


def check_url(url: str) -> str:
    """Return the URL if it is one we may fetch, else raise FetchError."""
    try:
        parts = urlsplit(url)
    except ValueError as exc:
        raise FetchError(url, f"not a valid URL ({exc})") from None
    if parts.scheme.lower() not in ("http", "https"):
        scheme = parts.scheme or "this"
        raise FetchError(url, f"only http and https URLs are fetched, not {scheme}:")
    if not parts.hostname:
        raise FetchError(url, "the URL names no host")
    return url


def retry_after_seconds(value: str | None, now: float | None = None) -> float | None:
    """Retry-After is either seconds or an HTTP date."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    return max(0.0, when.timestamp() - (now if now is not None else time.time()))


def fetch(url: str, *, etag: str = "", last_modified: str = "", accept: str = "*/*",
          limits: Limits = DEFAULT_LIMITS) -> Response:
    """GET a URL, conditionally when `etag` or `last_modified` is given."""
    deadline = time.monotonic() + limits.total_timeout
    current = check_url(url)
    for _ in range(limits.max_redirects + 1):
        response = _get_once(current, etag, last_modified, accept, limits, deadline)
        if response.status not in REDIRECTS:
            return response
        location = response.headers.get("location", "")
        if not location:
            raise FetchError(current, f"HTTP {response.status} redirect without a Location")
        target = urljoin(current, location.strip())
        try:
            check_url(target)
        except FetchError as exc:
            raise FetchError(url, f"redirected to a URL not fetched ({exc.reason})") from None
        current = target
    raise FetchError(url, f"more than {limits.max_redirects} redirects")


def _connection(parts, timeout: float) -> http.client.HTTPConnection:  # noqa: ANN001
    host = parts.hostname
    if parts.scheme.lower() == "https":
        return http.client.HTTPSConnection(host, parts.port, timeout=timeout,
                                           context=ssl.create_default_context())
    return http.client.HTTPConnection(host, parts.port, timeout=timeout)


def _remaining(url: str, deadline: float) -> float:
    left = deadline - time.monotonic()
    if left <= 0:
        raise FetchError(url, "timed out")
    return left


def _get_once(url: str, etag: str, last_modified: str, accept: str, limits: Limits,
              deadline: float) -> Response:
    parts = urlsplit(url)
    path = parts.path or "/"
    if parts.query:
        path += "?" + parts.query
    headers = {"User-Agent": USER_AGENT, "Accept": accept,
               "Accept-Encoding": "gzip, deflate", "Connection": "close"}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    conn = _connection(parts, min(limits.connect_timeout, _remaining(url, deadline)))
    try:
        try:
            conn.request("GET", path, headers=headers)
            # Kept: the connection lets go of its socket once the response owns it.
            sock = conn.sock
            sock.settimeout(_remaining(url, deadline))
            raw = conn.getresponse()
            got = {k.lower(): v for k, v in raw.getheaders()}
            status = raw.status
            if status in REDIRECTS or status == 304:
                body = b""
            elif status >= 400:
                retry = retry_after_seconds(got.get("retry-after")) if status in (429, 503) \
                    else None
                reason = f"HTTP {status} {raw.reason}".strip()
                if retry is not None:
                    reason += f" (retry after {int(retry)} s)"
                raise FetchError(url, reason, retry)
            else:
                body = _read_body(raw, sock, url, got.get("content-encoding", ""), limits,
                                  deadline)
        except TimeoutError:
            raise FetchError(url, "timed out") from None
        except ssl.SSLError as exc:
            raise FetchError(url, f"TLS error ({exc.reason or exc})") from None
        except (OSError, http.client.HTTPException) as exc:
            reason = getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
            raise FetchError(url, f"cannot connect ({reason})") from None
    finally:
        conn.close()
    return Response(url=url, status=status, body=body,
                    content_type=got.get("content-type", ""), etag=got.get("etag", ""),
                    last_modified=got.get("last-modified", ""), headers=got)


def _read_body(raw: http.client.HTTPResponse, sock: socket.socket, url: str,
               encoding: str, limits: Limits, deadline: float) -> bytes:
    encoding = encoding.strip().lower()
    if encoding in ("gzip", "x-gzip"):
        inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
    elif encoding == "deflate":
        inflater = zlib.decompressobj()
    elif encoding in ("", "identity"):
        inflater = None
    else:
        raise FetchError(url, f"unsupported content encoding {encoding!r}")
    declared = raw.getheader("content-length")
    if inflater is None and declared and declared.isdigit() and int(declared) > limits.max_bytes:
        raise FetchError(url, _too_big(limits))
    out = bytearray()
    while True:
        sock.settimeout(_remaining(url, deadline))
        chunk = raw.read1(CHUNK) if hasattr(raw, "read1") else raw.read(CHUNK)
        if not chunk:
            break
        if inflater is not None:
            try:
                # Never inflate more than the cap allows: a bomb stops here.
                piece = inflater.decompress(chunk, limits.max_bytes + 1 - len(out))
            except zlib.error as exc:
                raise FetchError(url, f"corrupt {encoding} data ({exc})") from None
            out += piece
            if inflater.unconsumed_tail:
                raise FetchError(url, _too_big(limits))
        else:
            out += chunk
        if len(out) > limits.max_bytes:
            raise FetchError(url, _too_big(limits))
    return bytes(out)


def _too_big(limits: Limits) -> str:
    return f"response larger than {limits.max_bytes // 2**20} MB"
