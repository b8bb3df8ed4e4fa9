"""Subscribe (with feed discovery), unsubscribe, OPML in and out."""

from __future__ import annotations

from dataclasses import dataclass
from xml.sax.saxutils import quoteattr

from reader.feeds.parse import FeedParseError, discover, parse_feed
from reader.htmlblocks import is_web_page
from reader.net.fetch import DEFAULT_LIMITS, FEED_ACCEPT, FetchError, Limits, check_url, fetch
from reader.sanitize import clean
from reader.store.db import Feed, Store


@dataclass(frozen=True)
class Added:
    url: str
    ok: bool
    message: str  # the feed's title, or why not


def find_feed(url: str, limits: Limits = DEFAULT_LIMITS):  # noqa: ANN201 - (feed url, parsed, response)
    """Fetch `url`; when it is a page, the first feed it announces. Raises
    FetchError or FeedParseError with a one-line reason."""
    check_url(url)
    response = fetch(url, accept=FEED_ACCEPT, limits=limits)
    if is_web_page(response.body, response.content_type):
        feeds = discover(response.body, response.url)
        if not feeds:
            raise FeedParseError("a web page that announces no feed")
        url = feeds[0]
        response = fetch(url, accept=FEED_ACCEPT, limits=limits)
    return url, parse_feed(response.body, response.url), response


def add(store: Store, url: str, folder: str = "", limits: Limits = DEFAULT_LIMITS) -> Added:
    url = url.strip()
    if store.feed(url):
        return Added(url, False, "already subscribed")
    try:
        feed_url, parsed, response = find_feed(url, limits)
    except (FetchError, FeedParseError) as exc:
        return Added(url, False, exc.reason if isinstance(exc, FetchError) else str(exc))
    if feed_url != url and store.feed(feed_url):
        return Added(url, False, f"already subscribed (as {feed_url})")
    store.add_feed(feed_url, parsed.title, parsed.link, folder)
    feed = store.feed(feed_url)
    assert feed is not None
    store.record_success(feed.id, title=parsed.title, site=parsed.link, etag=response.etag,
                         last_modified=response.last_modified, items=parsed.items)
    title = parsed.title or feed_url
    found = f" (found on {url})" if feed_url != url else ""
    return Added(feed_url, True, f"{title}: {len(parsed.items)} articles{found}")


# --- OPML ----------------------------------------------------------------------


class OpmlError(Exception):
    pass


def read_opml(data: bytes, name: str) -> list[tuple[str, str, str]]:
    """(url, title, folder) for every feed outline; nested outlines are folders."""
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False,
                             huge_tree=False, remove_comments=True, remove_pis=True)
    try:
        root = etree.fromstring(data, parser=parser)
    except etree.XMLSyntaxError as exc:
        line = getattr(exc, "lineno", None)
        where = f"{name}:{line}" if line else name
        raise OpmlError(f"{where}: not valid OPML ({clean(str(exc.msg or exc))})") from None
    if root is None or etree.QName(root).localname.lower() != "opml":
        raise OpmlError(f"{name}: not an OPML file (no <opml> element)")
    body = next((c for c in root if isinstance(c.tag, str) and
                 etree.QName(c).localname.lower() == "body"), None)
    if body is None:
        raise OpmlError(f"{name}: OPML without a <body>")
    found: list[tuple[str, str, str]] = []

    def walk(node, folders: list[str]) -> None:  # noqa: ANN001
        for child in node:
            if not isinstance(child.tag, str) or etree.QName(child).localname != "outline":
                continue
            attrs = {k.lower(): v for k, v in child.attrib.items()}
            label = " ".join(clean(attrs.get("title") or attrs.get("text") or "").split())
            url = (attrs.get("xmlurl") or "").strip()
            if url:
                found.append((url, label, "/".join(folders)))
            else:
                walk(child, [*folders, label] if label else folders)
            if url and len(child):
                walk(child, folders)

    walk(body, [])
    return found


def import_opml(store: Store, data: bytes, name: str) -> tuple[int, int, list[str]]:
    """(added, already there, problems)."""
    added = known = 0
    problems = []
    for url, title, folder in read_opml(data, name):
        try:
            check_url(url)
        except FetchError as exc:
            problems.append(f"{name}: {clean(url)}: {exc.reason}")
            continue
        if store.add_feed(url, title, "", folder):
            added += 1
        else:
            known += 1
    return added, known, problems


def export_opml(feeds: list[Feed]) -> str:
    lines = ['<?xml version="1.0" encoding="UTF-8"?>', '<opml version="2.0">',
             "  <head>", "    <title>newsreader subscriptions</title>", "  </head>", "  <body>"]
    folders: dict[str, list[Feed]] = {}
    for feed in feeds:
        folders.setdefault(feed.folder, []).append(feed)

    def outline(feed: Feed, indent: str) -> str:
        title = quoteattr(feed.title or feed.url)
        site = f" htmlUrl={quoteattr(feed.site)}" if feed.site else ""
        return (f'{indent}<outline type="rss" text={title} title={title} '
                f"xmlUrl={quoteattr(feed.url)}{site}/>")

    for feed in folders.pop("", []):
        lines.append(outline(feed, "    "))
    for folder, members in sorted(folders.items()):
        # A nested folder ("News/World") is written as nested outlines.
        parts = folder.split("/")
        for depth, part in enumerate(parts):
            label = quoteattr(part)
            lines.append(f"{'    ' + '  ' * depth}<outline text={label} title={label}>")
        lines += [outline(f, "    " + "  " * len(parts)) for f in members]
        for depth in reversed(range(len(parts))):
            lines.append(f"{'    ' + '  ' * depth}</outline>")
    lines += ["  </body>", "</opml>"]
    return "\n".join(lines) + "\n"
