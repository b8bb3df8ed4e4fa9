"""The library: every article opened, to choose one to read."""

from __future__ import annotations

import datetime as dt
from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.screen import Screen
from textual.widgets import DataTable, Static

from reader.article import Article
from reader.ui.tables import set_widths
from reader.ui.widgets.key_bar import KeyBar


class LibraryScreen(Screen[None]):
    DEFAULT_CSS = """
    LibraryScreen {
        & > #library-title { height: 1; padding: 0 1; background: $panel; color: $text-muted; }
        & > DataTable { height: 1fr; }
    }
    """
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "open", "Read", tooltip="Read the highlighted article"),
        Binding("j", "cursor(1)", "Down", show=False, tooltip="Next article"),
        Binding("k", "cursor(-1)", "Up", show=False, tooltip="Previous article"),
    ]

    def __init__(self, articles: list[Article], problems: list[str] | None = None) -> None:
        super().__init__()
        # Newest first, as news is read; undated articles after the dated ones.
        self.articles = sorted(articles, key=lambda a: (a.published is None,
                                                        -(a.published or dt.date.min).toordinal()))
        self.problems = problems or []

    def compose(self) -> ComposeResult:
        count = len(self.articles)
        skipped = f" ({len(self.problems)} could not be read)" if self.problems else ""
        yield Static(Text(f"{count} articles{skipped}. Enter reads one; Escape comes back here."),
                     id="library-title")
        yield DataTable(cursor_type="row", zebra_stripes=True, id="library")
        yield KeyBar()

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        # Cells are Text, never str: a str cell would be read as markup.
        for label, width in ((" ", 1), ("Headline", 16), ("Source", 16), ("Date", 11),
                             ("Read", 6), ("Entities", 8)):
            table.add_column(Text(label), key=label, width=width)
        self.on_resize()
        self.fill()
        table.focus()

    def fill(self) -> None:
        table = self.query_one(DataTable)
        row = table.cursor_row
        table.clear()
        state = self.app.state  # type: ignore[attr-defined]
        for index, article in enumerate(self.articles):
            where = article.source or (article.path.name if article.path else "stdin")
            date = article.published.strftime("%-d %b %Y") if article.published else ""
            auto = " auto" if article.entities and not article.annotated else ""
            mark = " " if state.is_read(article) else "\u25cf"
            table.add_row(Text(mark, style="bold"),
                          Text(article.title, overflow="ellipsis", no_wrap=True),
                          Text(where, overflow="ellipsis", no_wrap=True), Text(date),
                          Text(f"{article.reading_minutes} min"),
                          Text(f"{len(article.entities)}{auto}"), key=str(index))
        # The files that could not be read are listed too, each with why.
        for problem in self.problems:
            table.add_row(Text("\u26a0", style="bold"),
                          Text(problem, overflow="ellipsis", no_wrap=True),
                          Text("not read"), Text(""), Text(""), Text(""))
        if table.row_count:
            table.move_cursor(row=min(row, table.row_count - 1))

    def on_screen_resume(self) -> None:
        if self.is_mounted:
            self.fill()  # read marks change while reading

    def on_resize(self) -> None:
        # The headline takes what the other columns leave, at every width.
        set_widths(self.query_one(DataTable),
                   {"Headline": max(16, self.size.width - 1 - 16 - 11 - 6 - 8 - 12)})

    def action_cursor(self, step: int) -> None:
        table = self.query_one(DataTable)
        table.move_cursor(row=table.cursor_row + step)

    def action_open(self) -> None:
        self.open_row(self.query_one(DataTable).cursor_row)

    @on(DataTable.RowSelected)
    def row_selected(self, message: DataTable.RowSelected) -> None:
        self.open_row(message.cursor_row)

    def open_row(self, row: int) -> None:
        if 0 <= row < len(self.articles):
            self.app.open_article(self.articles[row], from_library=True)
        elif row - len(self.articles) < len(self.problems):
            self.notify(self.problems[row - len(self.articles)], severity="warning",
                        timeout=6, markup=False)
