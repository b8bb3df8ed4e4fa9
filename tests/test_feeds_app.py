"""The feeds screen, the article list and reading feed articles, with the keyboard."""

from __future__ import annotations

import pytest
from textual.widgets import DataTable, OptionList

from reader.feeds.refresh import refresh
from reader.locations import cache_db
from reader.store.db import Store
from reader.ui.app import ReaderApp
from reader.ui.screens.feeds import FeedsScreen
from reader.ui.screens.items import ItemsScreen
from reader.ui.screens.reader import ReaderScreen
from reader.ui.widgets.article_view import ArticleView
from reader.ui.widgets.key_bar import KeyBar

from .feedserver import FeedServer, Route, rss
from .ui_helpers import painted_text, screen_text, seed_app

STORY = ("<p>Maria Okonkwo, chief executive of Fenwick Logistics, said on Monday that "
         "the company will open a depot in Leeds.</p>")


def lines(widget) -> list[str]:  # noqa: ANN001
    return [widget.render_line(y).text.rstrip() for y in range(widget.size.height)]


@pytest.fixture
def server():
    with FeedServer() as s:
        s.routes["/world.xml"] = Route(rss("World", [
            ("w1", "Older [@click=app.quit]story[/]", "Sat, 21 Nov 2026 08:00:00 GMT",
             "<p>Older text.</p>"),
            ("w2", "Depot for Leeds", "Wed, 25 Nov 2026 10:00:00 GMT", STORY),
            ("w3", "Newest", "Thu, 26 Nov 2026 07:00:00 GMT", "<p>Newest text.</p>")]))
        s.routes["/down.xml"] = Route(b"", 503, "text/plain")
        yield s


@pytest.fixture
def subscribed(server):
    store = Store(cache_db())
    store.add_feed(server.url("/world.xml"))
    store.add_feed(server.url("/down.xml"))
    refresh(store)
    store.close()
    return server


def feeds_app() -> ReaderApp:
    return ReaderApp([], feed_store=Store(cache_db()))


async def test_feeds_screen_lists_feeds_with_unread_counts_and_errors(subscribed):
    app = feeds_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, FeedsScreen)
        shown = "\n".join(lines(app.screen.query_one(OptionList)))
        assert "All articles  3 unread · 3 articles" in shown
        assert "World  3 unread · 3 articles" in shown
        assert "HTTP 503 Service Unavailable" in shown
        assert "1 with errors" in "\n".join(lines(app.screen.query_one("#feeds-status")))


async def test_read_an_article_mark_read_and_step_with_J_and_K(subscribed):
    app = feeds_app()
    async with app.run_test(size=(110, 30)) as pilot:
        await pilot.pause()
        await pilot.press("enter")  # "All articles"
        await pilot.pause()
        assert isinstance(app.screen, ItemsScreen)
        table = app.screen.query_one(DataTable)
        rows = lines(table)
        titles = [r for r in rows[1:] if r.strip()]
        assert "Newest" in titles[0] and "Depot for Leeds" in titles[1]
        assert "[@click=app.quit]" in titles[2]  # markup shown, never run
        assert all("\u25cf" in r for r in titles)  # all unread
        await pilot.press("j", "enter")
        await pilot.pause()
        assert isinstance(app.screen, ReaderScreen)
        view = app.screen.query_one(ArticleView)
        text = screen_text(view)
        assert "Depot for Leeds" in text and "25 November 2026 · World" in text
        assert "Maria Okonkwo, chief executive of Fenwick Logistics" in text
        # The item's date is the publication date: "on Monday" is 23 Nov 2026.
        events = app.screen.article.events
        assert any(e.date.iso() == "2026-11-23" for e in events)
        await pilot.press("J")
        await pilot.pause()
        assert "Older" in screen_text(app.screen.query_one(ArticleView))
        await pilot.press("J")
        await pilot.pause()
        assert "Older" in screen_text(app.screen.query_one(ArticleView))  # no further
        await pilot.press("K", "K")
        await pilot.pause()
        assert "Newest" in screen_text(app.screen.query_one(ArticleView))
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, ItemsScreen)
        marks = [r[:3] for r in lines(app.screen.query_one(DataTable))[1:4]]
        assert all("\u25cf" not in m for m in marks)  # every one read by now
    store = Store(cache_db())
    assert store.feeds()[1].unread == 0
    store.close()


async def test_mark_all_read_and_refresh_brings_new_items_in(subscribed):
    app = feeds_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        listing = app.screen.query_one(OptionList)
        listing.highlighted = 2  # World (after All and the failing feed)
        await pilot.press("A")
        await pilot.pause()
        assert "World  all read · 3 articles" in "\n".join(lines(listing))
        subscribed.routes["/world.xml"] = Route(rss("World", [
            ("w9", "Breaking", "Fri, 27 Nov 2026 09:00:00 GMT", "<p>New.</p>")]))
        await pilot.press("R")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert "World  1 unread · 4 articles" in "\n".join(lines(listing))


async def test_search_every_cached_article_from_the_feeds_screen(subscribed):
    app = feeds_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await pilot.press("slash", *"fenwick", "enter")
        await pilot.pause()
        assert isinstance(app.screen, ItemsScreen)
        rows = [r for r in lines(app.screen.query_one(DataTable))[1:] if r.strip()]
        assert len(rows) == 1 and "Depot for Leeds" in rows[0]
        assert "Search: fenwick" in "\n".join(lines(app.screen.query_one("#items-title")))


async def test_the_seed_has_the_feeds_one_key_away(subscribed):
    app = seed_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await pilot.pause()
        assert " f Feeds " in painted_text(app.screen.query_one(KeyBar))
        await pilot.press("f")
        await pilot.pause()
        assert isinstance(app.screen, FeedsScreen)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, ReaderScreen)


async def test_an_empty_cache_says_how_to_subscribe():
    app = feeds_app()
    async with app.run_test(size=(100, 20)) as pilot:
        await pilot.pause()
        assert "newsreader --add URL" in "\n".join(lines(app.screen.query_one(OptionList)))


async def test_a_feed_read_without_subscribing(server):
    from reader.feeds.commands import preview_store
    from reader.web.fetch import open_url

    kind, found = open_url(server.url("/world.xml"))
    assert kind == "feed"
    store = preview_store(*found)
    app = ReaderApp([], feed_store=store, preview=True)
    async with app.run_test(size=(100, 24)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, ItemsScreen)
        assert "World: 3 articles, 3 unread" in "\n".join(lines(app.screen.query_one(
            "#items-title")))
        await pilot.press("r")  # nothing to refresh: it is not a subscription
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        assert "Newest text." in screen_text(app.screen.query_one(ArticleView))
    on_disk = Store(cache_db())
    assert on_disk.feeds() == []  # nothing was subscribed
    on_disk.close()


async def test_an_opened_article_is_kept_parsed(subscribed):
    from reader import codec
    from reader.feeds.articles import item_article

    store = Store(cache_db())
    item = next(i for i in store.items() if i.title == "Depot for Leeds")
    assert store.item_content(item.id)[2] is None
    first = item_article(store, item)
    cached = store.item_content(item.id)[2]
    assert cached is not None and codec.loads(cached) == first
    # Served from the cache, not parsed again: a changed row would show.
    store.db.execute("UPDATE items SET html = '<p>changed</p>' WHERE id = ?", (item.id,))
    assert item_article(store, item).text == first.text
    assert "Maria Okonkwo" in {e.name for e in first.entities}
    store.close()


async def test_a_failing_refresh_is_reported_and_the_reader_goes_on(subscribed, monkeypatch):
    import reader.feeds.refresh

    def broken(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(reader.feeds.refresh, "refresh", broken)
    app = feeds_app()
    told: list[str] = []
    monkeypatch.setattr(app, "notify", lambda message, **kw: told.append(str(message)))
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await pilot.press("R")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert isinstance(app.screen, FeedsScreen) and app.is_running
        assert any("disk on fire" in message for message in told)
        assert app.refresh_status == ""
        await pilot.press("enter")  # still answering keys
        await pilot.pause()
        assert isinstance(app.screen, ItemsScreen)


async def test_subscribe_and_unsubscribe_from_the_feeds_screen(server):
    app = feeds_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await pilot.press("a", *server.url("/world.xml"), "enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        listing = app.screen.query_one(OptionList)
        assert "World  3 unread · 3 articles" in "\n".join(lines(listing))
        listing.highlighted = 1
        await pilot.press("d")  # asks first
        await pilot.pause()
        assert "World" in "\n".join(lines(listing))
        await pilot.press("d")
        await pilot.pause()
        assert "World" not in "\n".join(lines(listing))


@pytest.mark.parametrize("size", [(20, 6), (40, 10), (200, 50)])
async def test_feeds_lists_and_reader_at_any_size(subscribed, size):
    app = feeds_app()
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ItemsScreen)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ReaderScreen)
        await pilot.resize_terminal(size[1] + 50, size[0] // 2 + 5)
        await pilot.pause()
        await pilot.press("escape", "escape")
        await pilot.pause()
        assert isinstance(app.screen, FeedsScreen)
