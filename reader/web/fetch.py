"""A web page URL -> its article, or the feed it is, through the one HTTP client."""

from __future__ import annotations

from reader.article import Article
from reader.htmlblocks import is_web_page
from reader.net.fetch import DEFAULT_LIMITS, FEED_ACCEPT, FetchError, Limits, Response, fetch
from reader.problems import ArticleError, Problem

PAGE_ACCEPT = "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5"
ARTICLE_WORDS = 150  # a page this long is read as an article even when it announces a feed


def fetch_page(url: str, limits: Limits = DEFAULT_LIMITS) -> Response:
    """GET a page; ArticleError naming the URL when it cannot be had."""
    try:
        return fetch(url, accept=PAGE_ACCEPT, limits=limits)
    except FetchError as exc:
        raise ArticleError([Problem(url, exc.reason)]) from None


def article_from(response: Response, name: str, defaults: dict | None = None) -> Article:
    from reader.web.extract import page_article

    if not is_web_page(response.body, response.content_type):
        kind = response.content_type.split(";")[0] or "unknown content"
        raise ArticleError([Problem(name, f"not a web page ({kind})")])
    return page_article(response.body, name, response.url, defaults=defaults)


def fetch_article(url: str, limits: Limits = DEFAULT_LIMITS,
                  defaults: dict | None = None) -> Article:
    """The article of the page at `url` (redirects followed within limits)."""
    return article_from(fetch_page(url, limits), url, defaults)


def open_url(url: str, limits: Limits = DEFAULT_LIMITS):  # noqa: ANN201
    """What `newsreader URL` shows: ("article", Article) for an article page,
    ("feed", (feed URL, ParsedFeed, Response)) for a feed or a page that is
    mostly a way to one (a home page announcing its feed)."""
    from reader.feeds.parse import FeedParseError, discover, parse_feed

    response = fetch_page(url, limits)
    if not is_web_page(response.body, response.content_type):
        try:
            return "feed", (url, parse_feed(response.body, response.url), response)
        except FeedParseError as exc:
            raise ArticleError([Problem(url, f"neither a web page nor a feed ({exc})")]) \
                from None
    article = problem = None
    try:
        article = article_from(response, url)
    except ArticleError as exc:
        problem = exc
    feeds = discover(response.body, response.url)
    if article is not None and (article.word_count >= ARTICLE_WORDS or not feeds):
        return "article", article
    for feed_url in feeds[:1]:
        try:
            feed = fetch(feed_url, accept=FEED_ACCEPT, limits=limits)
            return "feed", (feed_url, parse_feed(feed.body, feed.url), feed)
        except (FetchError, FeedParseError):
            break
    if article is not None:
        return "article", article
    raise problem or ArticleError([Problem(url, "no article and no feed on the page")])
