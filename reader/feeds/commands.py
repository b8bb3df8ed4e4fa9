"""The feed options of the command line: --add, --remove, --import, --export,
--refresh, --list [--json]. Each prints plain, cleaned lines and returns the
exit status."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path

from reader.sanitize import clean
from reader.store.db import Store, StoreError

EXIT_PROBLEMS = 1
EXIT_USAGE = 2


def _line(text: str) -> str:
    return " ".join(clean(text).split())


def open_store(warn: Callable[[str], None]) -> Store:
    from reader.locations import cache_db

    store = Store(cache_db())
    for warning in store.warnings:
        warn(warning)
    return store


def preview_store(feed_url: str, parsed, response) -> Store:  # noqa: ANN001
    """A fetched feed in a cache held in memory: read, never subscribed."""
    store = Store(":memory:")
    store.add_feed(feed_url, parsed.title, parsed.link)
    feed = store.feed(feed_url)
    assert feed is not None
    store.record_success(feed.id, title=parsed.title, site=parsed.link, etag=response.etag,
                         last_modified=response.last_modified, items=parsed.items)
    return store


def run(option: str, store: Store, urls: list[str], opml: str | None, as_json: bool) -> int:
    if option == "--add":
        return _add(store, urls)
    if option == "--remove":
        return _remove(store, urls)
    if option == "--import":
        return _import(store, opml or "")
    if option == "--export":
        from reader.feeds.subscriptions import export_opml

        sys.stdout.write(export_opml(store.feeds()))
        return 0
    if option == "--refresh":
        return _refresh(store)
    if option == "--list":
        return _list_json(store) if as_json else _list(store)
    raise StoreError(f"unknown option {option}")


def _add(store: Store, urls: list[str]) -> int:
    from reader.feeds.subscriptions import add

    failed = False
    for url in urls:
        added = add(store, url)
        failed |= not added.ok
        verdict = "added" if added.ok else "not added"
        print(_line(f"{url}: {verdict}: {added.message}"))
    return EXIT_PROBLEMS if failed else 0


def _remove(store: Store, urls: list[str]) -> int:
    failed = False
    for url in urls:
        removed = store.remove_feed(url.strip())
        failed |= not removed
        print(_line(f"{url}: {'removed' if removed else 'not subscribed'}"))
    return EXIT_PROBLEMS if failed else 0


def _import(store: Store, name: str) -> int:
    from reader.feeds.subscriptions import OpmlError, import_opml

    path = Path(name)
    try:
        data = path.read_bytes()
    except OSError as exc:
        print(_line(f"newsreader: {name}: cannot read ({exc.strerror or exc})"), file=sys.stderr)
        return EXIT_USAGE
    try:
        added, known, problems = import_opml(store, data, name)
    except OpmlError as exc:
        print(_line(f"newsreader: {exc}"), file=sys.stderr)
        return EXIT_USAGE
    for problem in problems:
        print(_line(problem))
    print(_line(f"{name}: {added} feeds added, {known} already subscribed, {len(problems)} "
                "skipped; newsreader --refresh fetches them"))
    return EXIT_PROBLEMS if problems else 0


def _refresh(store: Store) -> int:
    from reader.feeds.refresh import FeedResult, refresh

    show = sys.stderr.isatty()

    def progress(result: FeedResult, done: int, total: int) -> None:
        if show:
            status = "failed" if result.error else f"{result.new} new"
            name = _line(result.feed.name)[:50]
            sys.stderr.write(f"\r\x1b[K[{done}/{total}] {name}: {status}")
            sys.stderr.flush()

    summary = refresh(store, on_result=progress)
    if show and summary.results:
        sys.stderr.write("\r\x1b[K")
    print(_line(summary.line()))
    return EXIT_PROBLEMS if summary.failed else 0


def _list(store: Store) -> int:
    feeds = store.feeds()
    if not feeds:
        print("no subscriptions; newsreader --add URL subscribes")
        return 0
    for feed in feeds:
        error = f"\terror: {feed.error}" if feed.error else ""
        folder = f"\t[{feed.folder}]" if feed.folder else ""
        print(_line(feed.name) + f"\t{_line(feed.url)}\t{feed.articles} articles\t"
              f"{feed.unread} unread{_line(folder)}{_line(error)}")
    return 0


def _list_json(store: Store) -> int:
    out = []
    for feed in store.feeds():
        items = store.items(feed.id, limit=1_000_000)
        out.append({
            "title": feed.title, "url": feed.url, "unread": feed.unread,
            "error": feed.error or None, "folder": feed.folder,
            "articles": [{"title": i.title, "link": i.link, "published": i.published or None,
                          "read": i.read} for i in items],
        })
    sys.stdout.write(json.dumps(out, ensure_ascii=False, indent=2) + "\n")
    return 0
