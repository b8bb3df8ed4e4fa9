"""Fetch feeds in parallel, politely, and store what changed.

Worker threads fetch and parse; only the calling thread writes to the
cache (an SQLite connection belongs to one thread), one feed per
transaction, as each feed finishes. A bounded pool caps connections in
all, a semaphore per host caps them per host, and a host that answers 429
or 503 is left alone for as long as it asks (Retry-After), in this refresh
and the next ones.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterable
from concurrent.futures import FIRST_COMPLETED, ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from reader.feeds.parse import FeedParseError, ParsedFeed, parse_feed
from reader.htmlblocks import is_web_page
from reader.net.fetch import DEFAULT_LIMITS, FEED_ACCEPT, FetchError, Limits, fetch
from reader.store.db import Feed, Store

WORKERS = 16  # connections in all
PER_HOST = 4  # connections to one host at a time


@dataclass(frozen=True)
class FeedResult:
    feed: Feed
    new: int = 0
    error: str = ""
    not_modified: bool = False

    @property
    def ok(self) -> bool:
        return not self.error


@dataclass
class Summary:
    results: list[FeedResult] = field(default_factory=list)

    @property
    def new(self) -> int:
        return sum(r.new for r in self.results)

    @property
    def failed(self) -> list[FeedResult]:
        return [r for r in self.results if not r.ok]

    def line(self) -> str:
        feeds = len(self.results)
        text = (f"{feeds} feed{'s' * (feeds != 1)}, {self.new} new "
                f"article{'s' * (self.new != 1)}")
        if self.failed:
            first = self.failed[0]
            text += f", {len(self.failed)} failed: {first.feed.url}: {first.error}"
            if len(self.failed) > 1:
                text += f" (and {len(self.failed) - 1} more; newsreader --list shows them)"
        return text


@dataclass(frozen=True)
class _Fetched:
    parsed: ParsedFeed | None  # None: not modified
    etag: str = ""
    last_modified: str = ""


class _Hosts:
    """Per-host connection slots and the times hosts asked us to wait until."""

    def __init__(self, per_host: int) -> None:
        self.per_host = per_host
        self.lock = threading.Lock()
        self.slots: dict[str, threading.Semaphore] = {}
        self.wait_until: dict[str, float] = {}

    def slot(self, host: str) -> threading.Semaphore:
        with self.lock:
            return self.slots.setdefault(host, threading.Semaphore(self.per_host))


def _host(url: str) -> str:
    try:
        return (urlsplit(url).hostname or "").lower()
    except ValueError:
        return ""


def fetch_feed(feed: Feed, limits: Limits, hosts: _Hosts) -> _Fetched:
    """Fetch and parse one feed (any thread); FetchError or FeedParseError if not."""
    host = _host(feed.url)
    waited = hosts.wait_until.get(host, 0) - time.time()
    if waited > 0:
        raise FetchError(feed.url, f"{host} asked us to wait {int(waited) + 1} s more "
                         "(Retry-After)", waited)
    with hosts.slot(host):
        try:
            response = fetch(feed.url, etag=feed.etag, last_modified=feed.last_modified,
                             accept=FEED_ACCEPT, limits=limits)
        except FetchError as exc:
            if exc.retry_after:
                hosts.wait_until[host] = time.time() + exc.retry_after
            raise
    if response.not_modified:  # costs no parsing
        return _Fetched(None, response.etag or feed.etag,
                        response.last_modified or feed.last_modified)
    if is_web_page(response.body, response.content_type):
        raise FeedParseError("not a feed (an HTML page; newsreader --add finds the feed a "
                             "page announces)")
    parsed = parse_feed(response.body, response.url)
    return _Fetched(parsed, response.etag, response.last_modified)


def refresh(store: Store, feeds: Iterable[Feed] | None = None, *,
            limits: Limits = DEFAULT_LIMITS, workers: int = WORKERS, per_host: int = PER_HOST,
            on_result: Callable[[FeedResult, int, int], None] | None = None) -> Summary:
    """Refresh `feeds` (all by default); `on_result(result, done, total)` after each."""
    todo = list(store.feeds() if feeds is None else feeds)
    summary = Summary()
    hosts = _Hosts(per_host)
    now = time.time()
    for feed in todo:  # what a host asked in an earlier refresh still holds
        if feed.retry_at > now:
            hosts.wait_until[_host(feed.url)] = max(hosts.wait_until.get(_host(feed.url), 0),
                                                    feed.retry_at)
    if not todo:
        return summary
    with ThreadPoolExecutor(max_workers=max(1, min(workers, len(todo))),
                            thread_name_prefix="refresh") as pool:
        futures = {pool.submit(fetch_feed, feed, limits, hosts): feed for feed in todo}
        pending = set(futures)
        while pending:
            done, pending = wait(pending, return_when=FIRST_COMPLETED)
            # What finished together is stored together, in one transaction;
            # a feed is reported only once it is committed.
            with store.batch():
                results = [_store(store, futures[f], f) for f in done]
            for result in results:
                summary.results.append(result)
                if on_result:
                    on_result(result, len(summary.results), len(todo))
        full = [f.id for f in todo if f.full_text]
        if full:
            _fetch_pages(store, pool, store.items_needing_pages(full), hosts)
    return summary


def _fetch_pages(store: Store, pool: ThreadPoolExecutor, items: list, hosts: _Hosts) -> None:
    """The full page of each summary-only item of feeds that ask for it, with
    the same limits and per-host slots as the feeds themselves."""
    from reader import codec
    from reader.feeds.articles import fetch_page_article
    from reader.problems import ArticleError

    def one(item):  # noqa: ANN001, ANN202
        with hosts.slot(_host(item.link)):
            try:
                return item, codec.dumps(fetch_page_article(item)), ""
            except ArticleError as exc:
                return item, None, " ".join(exc.problems[0].message.split())
            except Exception as exc:  # noqa: BLE001 - one page's fault is that page's error
                return item, None, f"{type(exc).__name__}: {exc}"

    for future in [pool.submit(one, item) for item in items]:
        item, page, error = future.result()
        store.save_page(item.id, page, error)


def _store(store: Store, feed: Feed, future) -> FeedResult:  # noqa: ANN001
    try:
        fetched: _Fetched = future.result()
    except (FetchError, FeedParseError) as exc:
        error = exc.reason if isinstance(exc, FetchError) else str(exc)
        retry = getattr(exc, "retry_after", None)
        store.record_failure(feed.id, error, time.time() + retry if retry else 0.0)
        return FeedResult(feed, error=error)
    except Exception as exc:  # noqa: BLE001 - one feed's fault is that feed's error
        error = f"{type(exc).__name__}: {exc}"
        store.record_failure(feed.id, error)
        return FeedResult(feed, error=error)
    if fetched.parsed is None:
        store.record_not_modified(feed.id)
        return FeedResult(feed, not_modified=True)
    new = store.record_success(feed.id, title=fetched.parsed.title, site=fetched.parsed.link,
                               etag=fetched.etag, last_modified=fetched.last_modified,
                               items=fetched.parsed.items)
    return FeedResult(feed, new=new)
