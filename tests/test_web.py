"""Web pages: an article URL or a saved page becomes a clean article."""

from __future__ import annotations

import gzip
import json

import pytest
from textual.widgets import DataTable
from textual.worker import WorkerState

from reader.cli import main
from reader.loading import load_article
from reader.locations import cache_db
from reader.problems import ArticleError
from reader.store.db import Store
from reader.ui.app import ReaderApp
from reader.ui.screens.items import ItemsScreen
from reader.ui.screens.reader import ReaderScreen
from reader.ui.widgets.article_view import ArticleView
from reader.web.extract import page_article
from reader.web.fetch import fetch_article, open_url

from .feedserver import FeedServer, Route, rss
from .ui_helpers import screen_text

STORY = [
    "Maria Okonkwo, chief executive of Fenwick Logistics, said on Tuesday that the company "
    "will open a new depot in Leeds next spring, creating 250 jobs.",
    "The depot will serve supermarkets across the north of England, Okonkwo told reporters "
    "at the company's headquarters. Construction starts in March.",
    "Union representative Dermot Fairweather welcomed the plan but said drivers needed "
    "better pay before the depot opened.",
]


def article_page(date_in_meta: bool = True, extra: str = "") -> bytes:
    meta = ('<meta property="article:published_time" content="2026-11-24T08:00:00Z">'
            if date_in_meta else "")
    paragraphs = "".join(f"<p>{p}</p>" for p in STORY)
    return f"""<!doctype html><html lang="en"><head><title>Depot for Leeds | The Courier</title>
<meta property="og:title" content="Fenwick Logistics to open depot in Leeds">
<meta property="og:site_name" content="The Courier">
<meta name="author" content="Ana Ruiz">{meta}
<link rel="canonical" href="https://courier.example/news/depot">
<link rel="alternate" type="application/rss+xml" href="/feed.xml">
<script>document.write("tracking")</script><style>p {{ color: red }}</style></head>
<body><nav><ul><li><a href="/">Home</a></li><li><a href="/sport">Sport</a></li>
<li><a href="/business">Business</a></li></ul></nav>
<div class="ad">Buy cheap flights now! Subscribe for 1 euro a month!</div>
<article><h1>Fenwick Logistics to open depot in Leeds</h1>{paragraphs}{extra}</article>
<aside><h3>Most read</h3><ul><li><a href="/a">Celebrity chef opens bakery</a></li>
<li><a href="/b">Ten tips for winter gardens</a></li></ul></aside>
<section class="comments"><h3>Comments</h3><p>First! Great article, totally agree with all of
this.</p></section><footer>Copyright The Courier. All rights reserved. Privacy policy.
</footer></body></html>""".encode()


@pytest.fixture
def server():
    with FeedServer() as s:
        s.routes["/news/depot"] = Route(article_page(), content_type="text/html; charset=utf-8")
        s.routes["/nodate"] = Route(article_page(date_in_meta=False), content_type="text/html")
        s.routes["/menu"] = Route(b"<html><body><nav><a href='/a'>A</a> <a href='/b'>B</a>"
                                  b"</nav></body></html>", content_type="text/html")
        s.routes["/data.json"] = Route(b'{"a": 1}', content_type="application/json")
        s.routes["/huge"] = Route(b"<html><body><p>" + b"word " * (8 * 1024 * 1024) +
                                  b"</p></body></html>", content_type="text/html")
        s.routes["/to-file"] = Route(b"", 302, headers={"Location": "file:///etc/passwd"})
        yield s


def test_the_article_without_navigation_ads_or_comments(server):
    article = fetch_article(server.url("/news/depot"))
    assert article.title == "Fenwick Logistics to open depot in Leeds"
    assert article.text.split("\n\n") == STORY
    for noise in ("Home", "Buy cheap flights", "Most read", "First! Great", "Copyright",
                  "tracking"):
        assert noise not in article.text
    assert article.byline == "Ana Ruiz" and article.source == "The Courier"
    assert article.url == "https://courier.example/news/depot"
    assert article.published.isoformat() == "2026-11-24"
    # The real publication date resolves the text's dates: Tuesday is 24 Nov, and
    # the depot opens next spring (the sentence's event, being ahead).
    assert "2027-03" in {e.date.iso() for e in article.events}
    from reader.extract.events import resolved_dates

    told = {article.text[s:e]: r.date.iso() for s, e, _, r in resolved_dates(
        article.text, article.published)}
    assert told["Tuesday"] == "2026-11-24"


def test_a_date_only_in_the_metadata_or_nowhere(server):
    assert fetch_article(server.url("/news/depot")).published.isoformat() == "2026-11-24"
    assert fetch_article(server.url("/nodate")).published is None


@pytest.mark.parametrize("path, words", [
    ("/menu", "no article found on the page"),
    ("/data.json", "not a web page (application/json)"),
    ("/huge", "larger than 10 MB"),
    ("/to-file", "redirected to a URL not fetched"),
    ("/missing", "HTTP 404"),
])
def test_pages_that_give_no_article_say_why(server, path, words):
    with pytest.raises(ArticleError) as caught:
        fetch_article(server.url(path))
    message = str(caught.value)
    assert message.startswith(server.url(path)) and words in message and "\n" not in message


def test_a_saved_page_opens_as_an_article(tmp_path):
    html = tmp_path / "saved.html"
    html.write_bytes(article_page())
    article = load_article(html)
    assert article.title == "Fenwick Logistics to open depot in Leeds"
    assert "<p>" not in article.text and "Buy cheap flights" not in article.text
    renamed = tmp_path / "saved.txt"  # HTML by its content, whatever the name
    renamed.write_bytes(gzip.decompress(gzip.compress(article_page())))
    assert load_article(renamed).text == article.text


def test_print_json_and_check_take_urls_and_html_files(server, tmp_path, capsys):
    url = server.url("/news/depot")
    assert main(["--print", url]) == 0
    printed = capsys.readouterr().out
    assert printed.startswith("Fenwick Logistics to open depot in Leeds\n")
    assert "by Ana Ruiz" in printed and STORY[1] in printed
    assert main(["--json", url]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["byline"] == "Ana Ruiz" and data["url"] == "https://courier.example/news/depot"
    saved = tmp_path / "page.htm"
    saved.write_bytes(article_page())
    assert main(["--check", str(saved), url, server.url("/menu")]) == 1
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith(f"{saved}: ok") and out[1].startswith(f"{url}: ok")
    assert out[2].startswith(server.url("/menu")) and "no article" in out[2]


def test_a_url_opens_the_article_not_the_feed_the_page_announces(server):
    kind, article = open_url(server.url("/news/depot"))
    assert kind == "article" and article.title.startswith("Fenwick")


def test_markup_and_escapes_in_a_page_stay_text():
    page = article_page(extra="<p>[bold]not markup[/bold] and \x1b]52;c;SGk=\x07 here, "
                              "[@click=app.quit]click[/] too, with more words to read.</p>")
    article = page_article(page, "hostile.html")
    assert "[bold]not markup[/bold]" in article.text and "[@click=app.quit]" in article.text
    assert "\x1b" not in article.text and "\x07" not in article.text


SUMMARY_FEED_ITEMS = [("depot", "Depot for Leeds", "Tue, 24 Nov 2026 08:00:00 GMT",
                       "<p>Fenwick Logistics plans a depot.</p>")]


@pytest.fixture
def summary_feed(server):
    server.routes["/feed.xml"] = Route(rss("Courier", SUMMARY_FEED_ITEMS, link="/news/"))
    from reader.feeds.refresh import refresh

    store = Store(cache_db())
    store.add_feed(server.url("/feed.xml"))
    refresh(store)
    store.close()
    return server


async def open_first_item(pilot, app) -> None:  # noqa: ANN001
    await pilot.pause()
    await pilot.press("enter")  # All articles
    await pilot.pause()
    assert isinstance(app.screen, ItemsScreen)
    await pilot.press("enter")


async def test_a_summary_item_shows_the_full_page_and_toggles(summary_feed):
    # A little latency, so that the state while fetching can be seen.
    summary_feed.routes["/news/depot"] = Route(article_page(), content_type="text/html",
                                               delay=0.3)
    app = ReaderApp([], feed_store=Store(cache_db()))
    async with app.run_test(size=(110, 30)) as pilot:
        await open_first_item(pilot, app)
        await pilot.pause()
        view = app.screen.query_one(ArticleView)
        assert "fetching the full page" in view.border_title  # the visible state
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.screen.variant == "full text from the page"
        assert STORY[2] in app.screen.article.text
        assert "full text" in app.screen.query_one(ArticleView).border_title
        await pilot.press("v")
        await pilot.pause()
        assert app.screen.variant == "feed summary"
        assert "Fenwick Logistics plans a depot." in screen_text(
            app.screen.query_one(ArticleView))
    asked = len(summary_feed.log)
    app = ReaderApp([], feed_store=Store(cache_db()))
    async with app.run_test(size=(110, 30)) as pilot:
        await open_first_item(pilot, app)
        await pilot.pause()
        assert app.screen.variant == "full text from the page"  # from the cache
    assert len(summary_feed.log) == asked  # no network


async def test_escape_never_waits_for_a_slow_page(summary_feed):
    summary_feed.routes["/news/depot"] = Route(article_page(), content_type="text/html",
                                               delay=3)
    app = ReaderApp([], feed_store=Store(cache_db()))
    async with app.run_test(size=(110, 30)) as pilot:
        await open_first_item(pilot, app)
        await pilot.pause()
        assert isinstance(app.screen, ReaderScreen)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, ItemsScreen)
        # Back while the page is still on its way: the key did not wait for it.
        assert any(w.state == WorkerState.RUNNING for w in app.workers)
        rows = app.screen.query_one(DataTable).row_count
        assert rows == 1


async def test_full_text_on_refresh_for_a_feed_that_asks(summary_feed):
    from reader.feeds.refresh import refresh

    app = ReaderApp([], feed_store=Store(cache_db()))
    async with app.run_test(size=(110, 30)) as pilot:
        await pilot.pause()
        app.screen.query_one("#feed-list").highlighted = 1
        await pilot.press("F")
        await pilot.pause()
        assert "full text" in "\n".join(
            app.screen.query_one("#feed-list").render_line(y).text for y in range(3))
    summary_feed.routes["/feed.xml"] = Route(rss("Courier", [
        *SUMMARY_FEED_ITEMS, ("nodate", "Another", "Wed, 25 Nov 2026 08:00:00 GMT", "<p>x</p>")],
        link="/"))
    store = Store(cache_db())
    refresh(store)
    pages = {i.title: store.page(i.id) for i in store.items()}
    store.close()
    assert pages["Another"][0] is not None  # fetched during the refresh
    assert "Fenwick" in json.loads(pages["Another"][0])["text"]
