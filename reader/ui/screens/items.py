"""The article list of one feed, of all feeds, or of a search: newest first."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.content import Content
from textual.screen import Screen
from textual.widgets import DataTable, Static

from reader.store.db import Feed, StoredItem
from reader.ui.tables import set_widths
from reader.ui.widgets.key_bar import KeyBar

if TYPE_CHECKING:
    from reader.ui.app import ReaderApp

UNREAD = "\u25cf"
PAGE = 300  # rows added at a time: a long list opens at once and grows as you go down


def item_date(item: StoredItem, today: dt.date) -> str:
    """Short as newsboat's: the time today, day and month this year, else the year too."""
    when = item.date
    if when is None:
        return ""
    when = when.astimezone()  # the reader's own time zone
    if when.date() == today:
        return when.strftime("%H:%M")
    return when.strftime("%-d %b" if when.year == today.year else "%-d %b %Y")


class ItemsScreen(Screen[None]):
    DEFAULT_CSS = """
    ItemsScreen {
        & > #items-title { height: 1; padding: 0 1; background: $panel; color: $text-muted; }
        & > DataTable { height: 1fr; }
    }
    """
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "open", "Read", tooltip="Read the highlighted article"),
        Binding("A", "mark_all_read", "Mark all read", tooltip="Mark every article here as read"),
        Binding("u", "toggle_read", "Read/unread", tooltip="Mark the article read or unread"),
        Binding("r", "refresh", "Refresh", tooltip="Fetch these feeds again"),
        Binding("j", "cursor(1)", "Down", show=False, tooltip="Next article"),
        Binding("k", "cursor(-1)", "Up", show=False, tooltip="Previous article"),
        Binding("escape", "back", "Back", tooltip="Back to the feeds"),
    ]

    def __init__(self, feed: Feed | None, items: list[StoredItem] | None = None,
                 title: str = "") -> None:
        super().__init__()
        self.feed = feed
        self.fixed = items  # a search's results stay as found
        self.items: list[StoredItem] = list(items or [])
        self.heading = title or (feed.name if feed else "All articles")
        self.reading: int | None = None  # index of the article open in the reader
        self.wanted = PAGE

    @property
    def reader_app(self) -> ReaderApp:
        return self.app  # type: ignore[return-value]

    def compose(self) -> ComposeResult:
        yield Static(id="items-title")
        yield DataTable(cursor_type="row", zebra_stripes=True, id="items")
        yield KeyBar()

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        table.add_column(Text(" "), key="read", width=1)
        table.add_column(Text("Title"), key="title")
        table.add_column(Text("Source"), key="source", width=18)
        table.add_column(Text("Date"), key="date", width=11)
        self.watch(self.app, "feeds_version", self.reload)
        self.watch(self.app, "refresh_status", self.show_title)
        self.on_resize()
        table.focus()

    def on_resize(self) -> None:
        # The title column takes what the others leave, at every width.
        source = max(8, min(24, self.size.width // 6))
        set_widths(self.query_one(DataTable), {
            "source": source, "title": max(12, self.size.width - 1 - source - 11 - 8)})

    def _fetch(self, limit: int, offset: int = 0) -> list[StoredItem]:
        store = self.reader_app.feed_store
        if self.fixed is not None:
            return store.items(ids=[i.id for i in self.fixed[offset:offset + limit]])
        return store.items(self.feed.id if self.feed else None, limit=limit, offset=offset)

    def _add_rows(self, items: list[StoredItem]) -> None:
        table = self.query_one(DataTable)
        today = dt.date.today()
        for item in items:
            table.add_row(Text(UNREAD if not item.read else " ", style="bold"),
                          Text(item.title or "(untitled)", overflow="ellipsis", no_wrap=True),
                          Text(item.feed_title, overflow="ellipsis", no_wrap=True),
                          Text(item_date(item, today)), key=str(item.id))

    def reload(self, _version: int = 0) -> None:
        self.items = self._fetch(self.wanted)
        table = self.query_one(DataTable)
        row = table.cursor_row
        table.clear()
        self._add_rows(self.items)
        if self.items:
            table.move_cursor(row=min(row, len(self.items) - 1))
        self.show_title(self.reader_app.refresh_status)

    @on(DataTable.RowHighlighted, "#items")
    def more(self, message: DataTable.RowHighlighted) -> None:
        if message.cursor_row >= len(self.items) - 20 and len(self.items) >= self.wanted:
            extra = self._fetch(PAGE, len(self.items))
            self.wanted += PAGE
            self.items += extra
            self._add_rows(extra)
            self.show_title(self.reader_app.refresh_status)

    def show_title(self, status: str) -> None:
        store = self.reader_app.feed_store
        # A search counts what it found; a feed, or all of them, what the cache holds.
        feeds = [] if self.fixed is not None else (
            store.feeds() if self.feed is None else store.feeds("WHERE f.id = ?", (self.feed.id,)))
        if feeds:
            count, unread = sum(f.articles for f in feeds), sum(f.unread for f in feeds)
        else:
            count, unread = len(self.items), sum(1 for i in self.items if not i.read)
        text = f"{self.heading}: {count} articles, {unread} unread"
        self.query_one("#items-title", Static).update(
            Content(f"{text}  {status}" if status else text))

    def action_cursor(self, step: int) -> None:
        table = self.query_one(DataTable)
        table.move_cursor(row=table.cursor_row + step)

    @on(DataTable.RowSelected, "#items")
    def row_selected(self, message: DataTable.RowSelected) -> None:
        self.open_index(message.cursor_row)

    def action_open(self) -> None:
        self.open_index(self.query_one(DataTable).cursor_row)

    def open_index(self, index: int) -> None:
        from reader.feeds.articles import item_article
        from reader.loading import ArticleError

        if not 0 <= index < len(self.items):
            return
        item = self.items[index]
        try:
            article = item_article(self.reader_app.feed_store, item)
        except ArticleError as exc:
            self.notify(str(exc), severity="error", markup=False)
            return
        self.reading = index
        self.query_one(DataTable).move_cursor(row=index)
        store = self.reader_app.feed_store
        store.mark_read(item.id)
        self.reader_app.feeds_version += 1
        if not (item.summary_only and item.link):
            self.reader_app.open_article(article, from_library=True, navigate=self.step)
            return
        from reader.feeds.articles import cached_page

        page = cached_page(store, item)
        if page is not None:  # no network: the cache has the page
            self.reader_app.open_article(page, from_library=True, navigate=self.step,
                                         variant="full text from the page",
                                         alternate=(article, "feed summary"))
            return
        screen = self.reader_app.open_article(
            article, from_library=True, navigate=self.step,
            variant="feed summary \u00b7 fetching the full page\u2026")
        self.reader_app.fetch_full_text(item, screen)

    def step(self, step: int) -> bool:
        """Open the next (1) or previous (-1) article; False at either end."""
        if self.reading is None:
            return False
        target = self.reading + step
        if not 0 <= target < len(self.items):
            return False
        self.app.pop_screen()
        self.open_index(target)
        return True

    def action_mark_all_read(self) -> None:
        store = self.reader_app.feed_store
        if self.fixed is not None:
            for item in self.items:
                store.mark_read(item.id)
        else:
            store.mark_all_read(self.feed.id if self.feed else None)
        self.reader_app.feeds_version += 1

    def action_toggle_read(self) -> None:
        index = self.query_one(DataTable).cursor_row
        if 0 <= index < len(self.items):
            item = self.items[index]
            self.reader_app.feed_store.mark_read(item.id, not item.read)
            self.reader_app.feeds_version += 1

    def action_refresh(self) -> None:
        self.reader_app.start_refresh([self.feed.id] if self.feed else None)

    def action_back(self) -> None:
        if len(self.app.screen_stack) > 2:
            self.dismiss(None)
