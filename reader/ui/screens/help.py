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

KEY_NAMES = {
    "question_mark": "?", "slash": "/", "left_square_bracket": "[",
    "right_square_bracket": "]", "space": "space", "escape": "esc", "enter": "enter",
    "shift+tab": "shift+tab", "pagedown": "PgDn", "pageup": "PgUp",
}


def key_name(key: str) -> str:
    return ", ".join(KEY_NAMES.get(k, k) for k in key.split(","))


def binding_rows(sections: list[tuple[str, list[BindingType]]]) -> list[tuple[str, str, str]]:
    """(section, keys, what it does): keys of one action are listed together."""
    rows: list[tuple[str, str, str]] = []
    for section, bindings in sections:
        grouped: dict[str, tuple[list[str], str]] = {}
        for binding in bindings:
            if not isinstance(binding, Binding):
                continue
            keys, text = grouped.setdefault(binding.action,
                                            ([], binding.tooltip or binding.description))
            keys += [key_name(k) for k in binding.key.split(",")]
        rows += [(section, " ".join(dict.fromkeys(keys)), text)
                 for keys, text in grouped.values()]
    return rows


class HelpScreen(ModalScreen[None]):
    DEFAULT_CSS = """
    HelpScreen {
        align: center middle;
        & > VerticalScroll {
            width: 90%;
            max-width: 84;
            height: 90%;
            border: round $accent;
            border-title-color: $accent;
            background: $surface;
            padding: 0 1;
        }
    }
    """
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,question_mark", "close", "Close", tooltip="Close the help"),
    ]

    def __init__(self, sections: list[tuple[str, list[BindingType]]]) -> None:
        super().__init__()
        self.sections = sections

    def compose(self) -> ComposeResult:
        table = Table.grid(padding=(0, 2))
        table.add_column(style="bold", no_wrap=True)
        table.add_column()
        last = None
        for section, keys, text in binding_rows(self.sections):
            if section != last:
                if last is not None:
                    table.add_row(Text(""), Text(""))
                table.add_row(Text(section, style="bold underline"), Text(""))
                last = section
            table.add_row(Text(keys), Text(text))
        self.table = table
        with VerticalScroll() as scroll:
            scroll.border_title = "Keys"
            scroll.border_subtitle = "esc to close"
            yield Static(table)

    def action_close(self) -> None:
        self.dismiss(None)
