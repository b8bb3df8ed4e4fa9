"""The HTTP client and refresh against a loopback server: limits, conditional
GET, politeness, hostile responses."""

from __future__ import annotations

import gzip
import time

import pytest

from reader.feeds.refresh import refresh
from reader.net.fetch import FetchError, Limits, fetch
from reader.store.db import Store

from .feedserver import FeedServer, Route, rss

DAY = "Mon, 23 Nov 2026 10:00:00 GMT"


@pytest.fixture
def server():
    with FeedServer() as s:
        yield s


@pytest.fixture
def store(tmp_path):
    s = Store(tmp_path / "cache.db")
    yield s
    s.close()


def subscribe(store: Store, *urls: str) -> None:
    for url in urls:
        store.add_feed(url)


def test_conditional_get_costs_a_304_and_new_items_arrive_on_the_next_fetch(server, store):
    items = [("a", "First", DAY, "<p>one</p>")]
    server.routes["/f.xml"] = lambda: Route(rss("F", items))
    subscribe(store, server.url("/f.xml"))
    first = refresh(store)
    assert (first.new, first.failed) == (1, [])
    second = refresh(store)
    assert second.new == 0 and second.results[0].not_modified
    assert server.log[-1][1]["if-none-match"].startswith('"')
    items.append(("b", "Second", "Tue, 24 Nov 2026 10:00:00 GMT", "<p>two</p>"))
    third = refresh(store)
    assert third.new == 1 and not third.results[0].not_modified
    assert [i.title for i in store.items()] == ["Second", "First"]  # newest first


def test_last_modified_is_sent_back(server, store):
    server.routes["/f.xml"] = Route(rss("F", [("a", "A", DAY, "x")]), etag=False,
                                    headers={"Last-Modified": DAY})
    subscribe(store, server.url("/f.xml"))
    refresh(store)
    refresh(store)
    assert server.log[-1][1]["if-modified-since"] == DAY


def test_gzip_is_decoded(server):
    body = rss("Zipped", [("a", "A", DAY, "x")])
    server.routes["/z.xml"] = Route(body, gzip=True)
    response = fetch(server.url("/z.xml"))
    assert response.body == body


def test_a_gzip_bomb_stops_at_the_cap(server):
    bomb = gzip.compress(b"<" * (64 * 1024 * 1024))  # 64 MB inflated, ~64 KB sent
    server.routes["/bomb.xml"] = Route(raw_gzip=bomb)
    with pytest.raises(FetchError, match="larger than 10 MB"):
        fetch(server.url("/bomb.xml"))


def test_an_oversized_plain_response_is_refused(server):
    server.routes["/big.xml"] = Route(b"x" * (2 * 1024 * 1024))
    with pytest.raises(FetchError, match="larger than 1 MB"):
        fetch(server.url("/big.xml"), limits=Limits(max_bytes=1024 * 1024))


@pytest.mark.parametrize("status, words", [(404, "HTTP 404"), (500, "HTTP 500")])
def test_http_errors_are_one_line(server, status, words):
    server.routes["/e"] = Route(b"nope", status, "text/plain")
    with pytest.raises(FetchError) as caught:
        fetch(server.url("/e"))
    assert words in caught.value.reason and "\n" not in str(caught.value)


def test_redirects_are_followed_but_capped(server):
    server.routes["/r0"] = Route(b"", 302, headers={"Location": "/r1"})
    server.routes["/r1"] = Route(b"", 301, headers={"Location": "/final.xml"})
    server.routes["/final.xml"] = Route(b"<rss/>")
    assert fetch(server.url("/r0")).url == server.url("/final.xml")
    server.routes["/loop"] = Route(b"", 302, headers={"Location": "/loop"})
    with pytest.raises(FetchError, match="more than 5 redirects"):
        fetch(server.url("/loop"))


@pytest.mark.parametrize("target", ["file:///etc/passwd", "ftp://example.org/x",
                                    "javascript:alert(1)"])
def test_a_redirect_to_another_scheme_is_refused(server, target):
    server.routes["/r"] = Route(b"", 302, headers={"Location": target})
    with pytest.raises(FetchError, match="redirected to a URL not fetched"):
        fetch(server.url("/r"))


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://h/x", "gopher://h", "http://"])
def test_only_http_and_https_are_fetched(url):
    with pytest.raises(FetchError):
        fetch(url)


def test_a_trickling_host_hits_the_deadline(server):
    server.routes["/slow.xml"] = Route(b"x" * 200, trickle=0.05)
    started = time.monotonic()
    with pytest.raises(FetchError, match="timed out"):
        fetch(server.url("/slow.xml"), limits=Limits(total_timeout=0.5))
    assert time.monotonic() - started < 2


def test_one_slow_host_does_not_stall_the_others(server, store):
    server.routes["/slow.xml"] = Route(rss("Slow", [("a", "A", DAY, "x")]), delay=3)
    for n in range(6):
        server.routes[f"/f{n}.xml"] = Route(rss(f"F{n}", [(f"{n}", f"Item {n}", DAY, "x")]))
    subscribe(store, server.url("/slow.xml"), *(server.url(f"/f{n}.xml") for n in range(6)))
    order = []
    summary = refresh(store, limits=Limits(total_timeout=1),
                      on_result=lambda r, done, total: order.append(r.feed.url))
    assert summary.new == 6
    assert [r.feed.url for r in summary.failed] == [server.url("/slow.xml")]
    assert "timed out" in summary.failed[0].error
    assert order[-1] == server.url("/slow.xml")  # everything else finished first
    assert "1 failed" in summary.line() and "timed out" in summary.line()


def test_429_with_retry_after_leaves_the_host_alone(server, store):
    server.routes["/busy.xml"] = Route(b"slow down", 429, "text/plain",
                                       headers={"Retry-After": "120"})
    subscribe(store, server.url("/busy.xml"))
    summary = refresh(store)
    assert "HTTP 429" in summary.failed[0].error and "retry after 120 s" in summary.failed[0].error
    asked = len(server.log)
    again = refresh(store)
    assert len(server.log) == asked  # not contacted while it asked us to wait
    assert "Retry-After" in again.failed[0].error
    assert store.feeds()[0].retry_at > time.time() + 100


def test_a_page_that_is_not_a_feed_is_that_feeds_error(server, store):
    server.routes["/page"] = Route(b"<!doctype html><html><body>hi</body></html>",
                                   content_type="text/html")
    server.routes["/ok.xml"] = Route(rss("OK", [("a", "A", DAY, "x")]))
    subscribe(store, server.url("/page"), server.url("/ok.xml"))
    summary = refresh(store)
    assert summary.new == 1
    assert "not a feed" in summary.failed[0].error


def test_a_refresh_that_dies_midway_keeps_what_it_stored(server, store, tmp_path):
    for n in range(3):
        server.routes[f"/f{n}.xml"] = Route(rss(f"F{n}", [(f"{n}", f"Item {n}", DAY, "x")]))
    subscribe(store, *(server.url(f"/f{n}.xml") for n in range(3)))

    def die(result, done, total):
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        refresh(store, workers=1, on_result=die)
    reopened = Store(tmp_path / "cache.db")
    assert len(reopened.items()) == 1  # the feed finished before the interruption
    reopened.close()
