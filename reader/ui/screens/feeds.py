"""The feeds screen: every subscription with its unread count and last error."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

from reader.store.db import Feed
from reader.ui.widgets.key_bar import KeyBar

if TYPE_CHECKING:
    from reader.ui.app import ReaderApp

ALL = "all"


def feed_prompt(feed: Feed) -> Content:
    unread = f"{feed.unread} unread" if feed.unread else "all read"
    parts: list = [(feed.name, "bold" if feed.unread else ""),
                   (f"  {unread} \u00b7 {feed.articles} articles", "$text-muted")]
    if feed.folder:
        parts.append((f"  [{feed.folder}]", "$text-muted"))
    if feed.full_text:
        parts.append(("  \u00b7 full text", "$text-muted"))
    if feed.error:
        parts += ["\n", ("  \u26a0 " + feed.error, "$error")]
    return Content.assemble(*parts)


class FeedsScreen(Screen[None]):
    DEFAULT_CSS = """
    FeedsScreen {
        & > #feeds-status { height: 1; padding: 0 1; background: $panel; color: $text-muted; }
        & > OptionList, & > OptionList:focus { height: 1fr; border: none; }
        & > Input { dock: bottom; height: 1; border: none; padding: 0 1; display: none; }
        & > Input.-open { display: block; }
    }
    """
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "open", "Open", tooltip="List the articles of the highlighted feed"),
        Binding("r", "refresh_one", "Refresh", tooltip="Fetch the highlighted feed again"),
        Binding("R", "refresh_all", "Refresh all", tooltip="Fetch every feed again"),
        Binding("A", "mark_all_read", "Mark read",
                tooltip="Mark every article of the highlighted feed as read"),
        Binding("slash", "search", "Search", tooltip="Search every cached article"),
        Binding("a", "add", "Add", tooltip="Subscribe to a feed (or the feed a page announces)"),
        Binding("d", "remove", "Remove", show=False,
                tooltip="Unsubscribe from the highlighted feed (press twice)"),
        Binding("F", "full_text", "Full text", show=False,
                tooltip="Fetch the full web page of this feed's summaries when refreshing "
                "(on All: every feed)"),
        Binding("S", "stories", "Stories",
                tooltip="Group the cached articles into stories, each with one timeline"),
        Binding("j", "cursor(1)", "Down", show=False, tooltip="Next feed"),
        Binding("k", "cursor(-1)", "Up", show=False, tooltip="Previous feed"),
        Binding("escape", "back", "Back", tooltip="Close the search, or go back"),
    ]

    def compose(self) -> ComposeResult:
        yield Static(id="feeds-status")
        yield OptionList(id="feed-list")
        yield Input(placeholder="search every cached article (enter: search, esc: cancel)",
                    id="feed-search")
        yield Input(placeholder="feed URL, or a page that announces one (enter: subscribe, "
                    "esc: cancel)", id="feed-add")
        yield KeyBar()

    feeds: list[Feed] = []

    @property
    def reader_app(self) -> ReaderApp:
        return self.app  # type: ignore[return-value]

    def on_mount(self) -> None:
        self.watch(self.app, "feeds_version", self.reload)
        self.watch(self.app, "refresh_status", self.show_status)
        self.query_one(OptionList).focus()

    def reload(self, _version: int = 0) -> None:
        store = self.reader_app.feed_store
        feeds = store.feeds()
        total = sum(f.articles for f in feeds)
        unread = sum(f.unread for f in feeds)
        options = [Option(Content.assemble(("All articles", "bold"),
                                           (f"  {unread} unread \u00b7 {total} articles",
                                            "$text-muted")), id=ALL)]
        options += [Option(feed_prompt(f), id=f"feed-{f.id}") for f in feeds]
        if not feeds:
            options.append(Option(Content.styled(
                "No subscriptions yet. Subscribe with newsreader --add URL or "
                "newsreader --import FILE.opml.", "italic $text-muted"), disabled=True))
        listing = self.query_one(OptionList)
        keep = listing.highlighted
        listing.set_options(options)
        if options:
            listing.highlighted = min(keep or 0, len(options) - 1)
        self.feeds = feeds
        self.show_status(self.reader_app.refresh_status)

    def show_status(self, status: str) -> None:
        failed = sum(1 for f in self.feeds if f.error)
        text = f"{len(self.feeds)} feeds" + (f", {failed} with errors" if failed else "")
        self.query_one("#feeds-status", Static).update(
            Content(f"{text}  {status}" if status else text))

    def _feed_id(self) -> int | None:
        listing = self.query_one(OptionList)
        if listing.highlighted is None:
            return None
        option = listing.get_option_at_index(listing.highlighted)
        return None if option.id in (None, ALL) else int(option.id.removeprefix("feed-"))

    def action_cursor(self, step: int) -> None:
        listing = self.query_one(OptionList)
        if step > 0:
            listing.action_cursor_down()
        else:
            listing.action_cursor_up()

    @on(OptionList.OptionSelected, "#feed-list")
    def selected(self, _message: OptionList.OptionSelected) -> None:
        self.action_open()

    def action_open(self) -> None:
        from reader.ui.screens.items import ItemsScreen

        listing = self.query_one(OptionList)
        if listing.highlighted is None:
            return
        option = listing.get_option_at_index(listing.highlighted)
        if option.disabled:
            return
        feed_id = self._feed_id()
        feed = self.reader_app.feed_store.feed_by_id(feed_id) if feed_id else None
        self.app.push_screen(ItemsScreen(feed))

    def action_refresh_one(self) -> None:
        feed_id = self._feed_id()
        self.reader_app.start_refresh([feed_id] if feed_id else None)

    def action_refresh_all(self) -> None:
        self.reader_app.start_refresh(None)

    def action_mark_all_read(self) -> None:
        count = self.reader_app.feed_store.mark_all_read(self._feed_id())
        self.notify(f"{count} articles marked read.", timeout=2)
        self.reader_app.feeds_version += 1

    def action_full_text(self) -> None:
        store = self.reader_app.feed_store
        feed_id = self._feed_id()
        feeds = [f for f in store.feeds() if feed_id is None or f.id == feed_id]
        on = not all(f.full_text for f in feeds)
        store.set_full_text(feed_id, on)
        which = "every feed" if feed_id is None else (feeds[0].name if feeds else "this feed")
        self.notify(f"Full text on refresh {'on' if on else 'off'} for {which}.", timeout=3,
                    markup=False)
        self.reader_app.feeds_version += 1

    def action_stories(self) -> None:
        self.reader_app.action_stories()

    def _open_box(self, box_id: str) -> None:
        box = self.query_one(box_id, Input)
        box.add_class("-open")
        box.focus()

    def _close_box(self, box: Input) -> None:
        box.remove_class("-open")
        box.value = ""
        self.query_one(OptionList).focus()

    def action_add(self) -> None:
        if not self.reader_app.preview:
            self._open_box("#feed-add")

    @on(Input.Submitted, "#feed-add")
    def add(self, message: Input.Submitted) -> None:
        url = message.value.strip()
        self._close_box(message.input)
        if url:
            self.reader_app.refresh_status = "subscribing\u2026"
            self.subscribe(url)

    @work(thread=True, exit_on_error=False)
    def subscribe(self, url: str) -> None:
        """Fetch in a thread, with a connection of its own to the cache."""
        from reader.feeds.subscriptions import add
        from reader.locations import cache_db
        from reader.store.db import Store

        store = Store(cache_db())
        try:
            added = add(store, url)
        finally:
            store.close()
        self.app.call_from_thread(self._subscribed, added.url, added.ok, added.message)

    def _subscribed(self, url: str, ok: bool, message: str) -> None:
        self.reader_app.refresh_status = ""
        self.reader_app.feeds_version += 1
        self.notify(f"{'Subscribed' if ok else 'Not subscribed'}: {url}: {message}",
                    severity="information" if ok else "warning", timeout=5, markup=False)

    _armed: int | None = None  # the feed a first d asked about

    def action_remove(self) -> None:
        feed_id = self._feed_id()
        if feed_id is None:
            return
        store = self.reader_app.feed_store
        feed = store.feed_by_id(feed_id)
        if feed is None:
            return
        if self._armed != feed_id:
            self._armed = feed_id
            self.notify(f"Press d again to unsubscribe from {feed.name} (its cached articles "
                        "go too).", timeout=4, markup=False)
            return
        self._armed = None
        store.remove_feed(feed.url)
        self.notify(f"Unsubscribed from {feed.name}.", timeout=3, markup=False)
        self.reader_app.feeds_version += 1

    def action_search(self) -> None:
        self._open_box("#feed-search")

    @on(Input.Submitted, "#feed-search")
    def search(self, message: Input.Submitted) -> None:
        from reader.ui.screens.items import ItemsScreen

        query = message.value.strip()
        self._close_box(message.input)
        if not query:
            return
        found = self.reader_app.feed_store.search(query)
        if not found:
            self.notify(f"Nothing cached matches {query!r}.", timeout=3, markup=False)
            return
        self.app.push_screen(ItemsScreen(None, found, f"Search: {query}"))

    def action_back(self) -> None:
        boxes = [b for b in self.query(Input) if b.has_class("-open")]
        for box in boxes:
            self._close_box(box)
        if not boxes and len(self.app.screen_stack) > 2:
            self.dismiss(None)
