"""A cached feed item -> an `Article`, highlighted like any other."""

from __future__ import annotations

from reader import codec
from reader.article import Article
from reader.document import parse_plain
from reader.htmlblocks import html_to_blocks, looks_like_html
from reader.store.db import Store, StoredItem


def build_item_article(item: StoredItem, html: str) -> Article:
    """The item's content as an article; its date is the publication date, so
    "on Monday" in the text resolves against it."""
    from reader.validation import build_article

    if looks_like_html(html):
        text, blocks = html_to_blocks(html, item.link)
    else:
        text, blocks = parse_plain(html)
    meta = {"title": item.title or "(untitled)", "source": item.feed_title, "url": item.link,
            "byline": item.author}
    if item.date:
        meta["published"] = item.date.date().isoformat()
    name = item.link or item.title or f"item {item.id}"
    return build_article(meta, text, blocks, name, None, annotated=False)


def item_article(store: Store, item: StoredItem) -> Article:
    """From the cache when it holds the parsed article; built and cached otherwise."""
    html, _summary_only, cached = store.item_content(item.id)
    if cached and (article := codec.loads(cached)) is not None:
        return article
    article = build_item_article(item, html)
    store.save_article(item.id, codec.dumps(article))
    return article
