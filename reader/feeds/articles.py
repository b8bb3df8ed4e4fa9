"""A cached feed item -> an `Article`, highlighted like any other."""

from __future__ import annotations

from reader import codec
from reader.article import Article
from reader.document import parse_plain
from reader.htmlblocks import has_markup, html_to_blocks
from reader.store.db import Store, StoredItem


def build_item_article(item: StoredItem, html: str) -> Article:
    """The item's content as an article; its date is the publication date, so
    "on Monday" in the text resolves against it."""
    from reader.validation import build_article

    if has_markup(html):
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


def cached_page(store: Store, item: StoredItem) -> Article | None:
    """The item's full web page as an article, when the cache has it."""
    page, _error = store.page(item.id)
    return codec.loads(page) if page else None


def fetch_page_article(item: StoredItem) -> Article:
    """The item's web page as an article (any thread); ArticleError if not."""
    from reader.web.fetch import fetch_article

    # The feed knows the item's date and source even when the page hides them.
    defaults = {"title": item.title, "source": item.feed_title, "url": item.link,
                "byline": item.author}
    if item.date:
        defaults["published"] = item.date.date().isoformat()
    return fetch_article(item.link, defaults={k: v for k, v in defaults.items() if v})
