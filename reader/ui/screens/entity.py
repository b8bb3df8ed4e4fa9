"""One entity: what it is and every passage that mentions it."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from reader.article import Article

CONTEXT = 36


def snippet(text: str, start: int, end: int) -> Content:
    """The mention with some words either side, within its paragraph."""
    lo, hi = max(0, start - CONTEXT), min(len(text), end + CONTEXT)
    before, after = text[lo:start].split("\n\n")[-1], text[end:hi].split("\n\n")[0]
    if lo > 0 and len(before) == start - lo and " " in before:
        before = "\u2026" + before.split(" ", 1)[1]
    if hi < len(text) and len(after) == hi - end and " " in after:
        after = after.rsplit(" ", 1)[0] + "\u2026"
    return Content.assemble(" ".join(before.split("\n")), (text[start:end], "bold reverse"),
                            " ".join(after.split("\n")))


class EntityScreen(ModalScreen[int | None]):
    """Returns the offset of the mention chosen, or None."""

    DEFAULT_CSS = """
    EntityScreen {
        align: center middle;
        & > Vertical {
            width: 90%;
            max-width: 90;
            height: auto;
            max-height: 90%;
            border: round $accent;
            border-title-color: $accent;
            background: $surface;
            padding: 0 1;
        }
        & OptionList { height: auto; max-height: 16; border: none; }
        & #entity-about { margin-bottom: 1; }
    }
    """
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q", "close", "Close", tooltip="Close without moving"),
        Binding("j", "move(1)", "Down", show=False, tooltip="Next passage"),
        Binding("k", "move(-1)", "Up", show=False, tooltip="Previous passage"),
        Binding("g", "edge(0)", "First", show=False, tooltip="First passage"),
        Binding("G", "edge(1)", "Last", show=False, tooltip="Last passage"),
    ]

    def __init__(self, article: Article, entity_id: str) -> None:
        super().__init__()
        self.article = article
        self.entity = article.entity(entity_id)
        self.mentions = [m for m in article.mentions if m.entity_id == entity_id]

    def compose(self) -> ComposeResult:
        e = self.entity
        about = Text.assemble((e.name, "bold"), f"  {e.type}",
                              (" (found automatically)", "italic") if e.automatic else "")
        if e.note:
            about.append("\n" + e.note)
        aliases = [a for a in e.aliases if a != e.name]
        if aliases:
            about.append("\nalso: " + ", ".join(aliases), style="dim")
        count = len(self.mentions)
        about.append(f"\n{count} mention{'s' if count != 1 else ''}; enter jumps to one",
                     style="dim")
        with Vertical() as box:
            box.border_title = "Entity"
            box.border_subtitle = "esc to close"
            yield Static(about, id="entity-about")
            yield OptionList(*(Option(snippet(self.article.text, m.start, m.end))
                               for m in self.mentions), id="entity-mentions")

    @on(OptionList.OptionSelected)
    def jump(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(self.mentions[event.option_index].start)

    def action_move(self, step: int) -> None:
        listing = self.query_one(OptionList)
        if step > 0:
            listing.action_cursor_down()
        else:
            listing.action_cursor_up()

    def action_edge(self, end: int) -> None:
        listing = self.query_one(OptionList)
        if end:
            listing.action_last()
        else:
            listing.action_first()

    def action_close(self) -> None:
        self.dismiss(None)
