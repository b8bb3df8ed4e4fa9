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
        Binding("y", "answer(True)", "Yes", tooltip="Open or copy the link"),
        Binding("n,escape", "answer(False)", "Cancel", tooltip="Leave the link alone"),
    ]

    def __init__(self, href: str, copy: bool = False) -> None:
        super().__init__()
        self.href = href
        self.copy = copy

    def compose(self) -> ComposeResult:
        verb = "Copy" if self.copy else "Open"
        question = ("Copy this link to the clipboard?" if self.copy
                    else "Open this link in your browser?")
        with Vertical() as box:
            box.border_title = f"{verb} link?"
            yield Static(Text.assemble(f"{question}\n\n", (self.href, "bold")))
            with Horizontal():
                yield Button(f"{verb} (y)", id="open", variant="warning")
                yield Button("Cancel (n)", id="cancel")

    def on_mount(self) -> None:
        self.query_one("#cancel", Button).focus()

    @on(Button.Pressed)
    def pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id == "open")

    def action_answer(self, answer: bool) -> None:
        self.dismiss(answer)
