"""Ask before a link leaves the reader."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Static


class LinkScreen(ModalScreen[bool]):
    DEFAULT_CSS = """
    LinkScreen {
        align: center middle;
        & > Vertical {
            width: 80%;
            max-width: 80;
            height: auto;
            border: round $warning;
            background: $surface;
            padding: 0 1;
        }
        & Horizontal { height: auto; align-horizontal: right; }
        & Button { margin-left: 1; }
    }
    """
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("y", "answer(True)", "Open", tooltip="Open the link in the browser"),
        Binding("n,escape", "answer(False)", "Cancel", tooltip="Do not open the link"),
    ]

    def __init__(self, href: str) -> None:
        super().__init__()
        self.href = href

    def compose(self) -> ComposeResult:
        with Vertical() as box:
            box.border_title = "Open link?"
            yield Static(Text.assemble("Open this link in your browser?\n\n", (self.href, "bold")))
            with Horizontal():
                yield Button("Open (y)", id="open", variant="warning")
                yield Button("Cancel (n)", id="cancel")

    def on_mount(self) -> None:
        self.query_one("#cancel", Button).focus()

    @on(Button.Pressed)
    def pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id == "open")

    def action_answer(self, answer: bool) -> None:
        self.dismiss(answer)
