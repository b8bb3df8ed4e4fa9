"""Every key the reader knows, gathered from the bindings themselves."""

from __future__ import annotations

from typing import ClassVar

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from reader.ui.keys import grouped


def binding_rows(sections: list[tuple[str, list[BindingType]]]) -> list[tuple[str, str, str]]:
    """(section, keys, what it does): keys of one action are listed together."""
    return [(section, entry.keys, entry.text)
            for section, bindings in sections for entry in grouped(bindings)]


SCROLL_BINDINGS: list[BindingType] = [
    Binding("j,down", "scroll(1)", "Down", show=False, tooltip="Scroll down a line"),
    Binding("k,up", "scroll(-1)", "Up", show=False, tooltip="Scroll up a line"),
    Binding("space,pagedown,ctrl+f", "page(1)", "Page down", show=False,
            tooltip="Scroll down a page"),
    Binding("b,pageup,ctrl+b", "page(-1)", "Page up", show=False, tooltip="Scroll up a page"),
    Binding("g,home", "edge(0)", "Top", show=False, tooltip="Go to the top"),
    Binding("G,end", "edge(1)", "End", show=False, tooltip="Go to the end"),
]


class ScrollKeys:
    """j/k, space/b, g/G for a modal's scrolling container (`scroller`)."""

    def scroller(self):  # noqa: ANN201 - a ScrollableContainer or ScrollView
        raise NotImplementedError

    def action_scroll(self, lines: int) -> None:
        self.scroller().scroll_relative(y=lines, animate=False)

    def action_page(self, pages: int) -> None:
        target = self.scroller()
        target.scroll_relative(y=pages * max(1, target.scrollable_content_region.height - 1),
                               animate=False)

    def action_edge(self, end: int) -> None:
        target = self.scroller()
        if end:
            target.scroll_end(animate=False)
        else:
            target.scroll_home(animate=False)


def _rows_table(rows: list[tuple[str, str, str]]) -> Table:
    table = Table.grid(padding=(0, 2))
    table.add_column(style="bold", no_wrap=True)
    table.add_column()
    last = None
    for section, keys, text in rows:
        if section != last:
            if last is not None:
                table.add_row(Text(""), Text(""))
            table.add_row(Text(section, style="bold underline"), Text(""))
            last = section
        table.add_row(Text(keys), Text(text))
    return table


def help_table(sections: list[tuple[str, list[BindingType]]], width: int) -> Table:
    """One column of sections, or two side by side when the screen is wide."""
    rows = binding_rows(sections)
    if width < TWO_COLUMNS or len(sections) < 2:
        return _rows_table(rows)
    # Split between sections where the halves' lengths come closest.
    names = list(dict.fromkeys(r[0] for r in rows))
    best, split = None, 1
    for n in range(1, len(names)):
        left = sum(1 for r in rows if r[0] in names[:n]) + 2 * n
        right = sum(1 for r in rows if r[0] in names[n:]) + 2 * (len(names) - n)
        if best is None or abs(left - right) < best:
            best, split = abs(left - right), n
    outer = Table.grid(padding=(0, 3), expand=True)
    outer.add_column(ratio=1)
    outer.add_column(ratio=1)
    outer.add_row(_rows_table([r for r in rows if r[0] in names[:split]]),
                  _rows_table([r for r in rows if r[0] in names[split:]]))
    return outer


TWO_COLUMNS = 110


class HelpScreen(ScrollKeys, ModalScreen[None]):
    DEFAULT_CSS = """
    HelpScreen {
        align: center middle;
        & > VerticalScroll {
            width: 100%;
            max-width: 160;
            height: 100%;
            border: round $accent;
            border-title-color: $accent;
            background: $surface;
            padding: 0 1;
        }
    }
    """
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,question_mark", "close", "Close", tooltip="Close the help"),
        *SCROLL_BINDINGS,
    ]

    def __init__(self, sections: list[tuple[str, list[BindingType]]]) -> None:
        super().__init__()
        self.sections = sections

    def compose(self) -> ComposeResult:
        with VerticalScroll() as scroll:
            scroll.border_title = "Keys"
            scroll.border_subtitle = "j k space b g G scroll \u00b7 esc closes"
            yield Static(help_table(self.sections, self.app.size.width), id="help-keys")

    def on_resize(self) -> None:
        self.query_one("#help-keys", Static).update(
            help_table(self.sections, self.app.size.width))

    def scroller(self) -> VerticalScroll:
        return self.query_one(VerticalScroll)

    def action_close(self) -> None:
        self.dismiss(None)
