"""The timeline sidebar: the story's events in date order."""

from __future__ import annotations

from collections.abc import Iterable
from typing import ClassVar

from textual.binding import Binding, BindingType
from textual.content import Content
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from reader.article import Event

STATUS_STYLE = {
    "happened": ("\u25cf", "happened", "bold"),
    "planned": ("\u25cb", "planned", "italic $secondary"),
    "claimed": ("?", "claimed", "italic $warning"),
}
IN_VIEW = "\u258c"


def event_prompt(event: Event, in_view: bool = False) -> Content:
    mark, word, style = STATUS_STYLE[event.status]
    label_style = "" if event.status == "happened" else "italic"
    auto = (" \u00b7 auto", "$text-muted") if event.automatic else ""
    return Content.assemble(
        (IN_VIEW if in_view else " ", "$accent"),
        (f"{mark} ", style),
        (event.display_date(), "bold"),
        (f"  {word}", style),
        auto,
        "\n",
        (event.label, label_style),
    )


class Timeline(OptionList):
    """Events with their date at its precision and their status."""

    DEFAULT_CSS = """
    Timeline {
        height: 1fr;
        scrollbar-size-vertical: 1;
        & > .option-list--option { padding: 0 1 0 0; }
    }
    """
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j", "cursor_down", "Down", show=False, tooltip="Next event"),
        Binding("k", "cursor_up", "Up", show=False, tooltip="Previous event"),
        Binding("g", "first", "First", show=False, tooltip="First event"),
        Binding("G", "last", "Last", show=False, tooltip="Last event"),
    ]

    def __init__(self, events: Iterable[Event], **kwargs) -> None:
        self.events = list(events)
        self.in_view: set[int] = set()
        super().__init__(*(Option(event_prompt(e), id=f"event-{i}")
                           for i, e in enumerate(self.events)), **kwargs)

    def mark_in_view(self, indexes: set[int]) -> None:
        """Flag the events whose passages are on screen."""
        for index in indexes ^ self.in_view:
            self.replace_option_prompt_at_index(
                index, event_prompt(self.events[index], index in indexes))
        self.in_view = set(indexes)
