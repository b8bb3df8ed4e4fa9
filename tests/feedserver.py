"""A fixture HTTP server on 127.0.0.1 (port 0): tests never leave the machine."""

from __future__ import annotations

import gzip
import hashlib
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Route:
    body: bytes = b""
    status: int = 200
    content_type: str = "application/rss+xml"
    headers: dict[str, str] = field(default_factory=dict)
    etag: bool = True  # answer 304 to a matching If-None-Match
    gzip: bool = False
    delay: float = 0.0  # before answering
    trickle: float = 0.0  # between chunks of the body
    raw_gzip: bytes | None = None  # already-compressed body, sent as is


class FeedServer:
    def __init__(self) -> None:
        self.routes: dict[str, Route | Callable[[], Route]] = {}
        self.log: list[tuple[str, dict[str, str]]] = []
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args) -> None:  # noqa: ANN002
                pass

            def do_GET(self) -> None:  # noqa: N802
                server.log.append((self.path, {k.lower(): v for k, v in self.headers.items()}))
                route = server.routes.get(self.path)
                if callable(route):
                    route = route()
                if route is None:
                    route = Route(b"not here", 404, "text/plain")
                if route.delay:
                    time.sleep(route.delay)
                tag = '"' + hashlib.sha1(route.body).hexdigest()[:16] + '"'
                if route.etag and route.status == 200 and self.headers.get("If-None-Match") == tag:
                    self.send_response(304)
                    self.send_header("ETag", tag)
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                body = route.body
                self.send_response(route.status)
                self.send_header("Content-Type", route.content_type)
                if route.etag:
                    self.send_header("ETag", tag)
                if route.raw_gzip is not None:
                    body = route.raw_gzip
                    self.send_header("Content-Encoding", "gzip")
                elif route.gzip:
                    body = gzip.compress(body)
                    self.send_header("Content-Encoding", "gzip")
                for key, value in route.headers.items():
                    self.send_header(key, value)
                self.send_header("Content-Length", str(len(body)))
                self.send_header("Connection", "close")
                self.end_headers()
                try:
                    if route.trickle:
                        for i in range(len(body)):
                            self.wfile.write(body[i:i + 1])
                            self.wfile.flush()
                            time.sleep(route.trickle)
                    else:
                        self.wfile.write(body)
                except OSError:
                    pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}"

    def url(self, path: str) -> str:
        return self.base + path

    def __enter__(self) -> FeedServer:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


def rss(title: str, items: list[tuple[str, str, str, str]], link: str = "/",
        extra: str = "") -> bytes:
    """An RSS 2.0 document; items are (guid, title, pubDate, description HTML).
    Links are relative by default: they resolve to the fixture server itself."""
    from xml.sax.saxutils import escape

    parts = [f'<?xml version="1.0" encoding="utf-8"?>{extra}<rss version="2.0"><channel>'
             f"<title>{escape(title)}</title><link>{link}</link>"]
    for guid, item_title, date, html in items:
        parts.append(f"<item><guid>{escape(guid)}</guid><title>{escape(item_title)}</title>"
                     f"<link>{link}{escape(guid)}</link><pubDate>{date}</pubDate>"
                     f"<description>{escape(html)}</description></item>")
    parts.append("</channel></rss>")
    return "".join(parts).encode()
