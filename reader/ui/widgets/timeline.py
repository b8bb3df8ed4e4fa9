"""The timeline sidebar: the story's events in date order."""

from __future__ import annotations

from collections.abc import Iterable
from typing import ClassVar

from rich.segment import Segment
from rich.style import Style as RichStyle
from textual.binding import Binding, BindingType
from textual.content import Content
from textual.strip import Strip
from textual.style import Style as VisualStyle
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from reader.article import Event
from reader.export import STATUS_MARKS

STATUS_STYLE = {"happened": "bold", "planned": "italic $secondary", "claimed": "italic $warning"}
IN_VIEW = "\u258c"


def event_prompt(event: Event) -> Content:
    """The event's lines; the first cell is left for the in-view mark."""
    mark, word, style = STATUS_MARKS[event.status], event.status, STATUS_STYLE[event.status]
    label_style = "" if event.status == "happened" else "italic"
    auto = (" \u00b7 auto", "$text-muted") if event.automatic else ""
    return Content.assemble(
        " ",
        (f"{mark} ", style),
        (event.display_date(), "bold"),
        (f"  {word}", style),
        auto,
        "\n",
        (event.label, label_style),
    )


class Timeline(OptionList):
    """Events with their date at its precision and their status."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {"timeline--in-view"}
    DEFAULT_CSS = """
    Timeline {
        height: 1fr;
        & > .timeline--in-view { color: $accent; }
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

    def __init__(self, events: Iterable[Event], empty_hint: str = "", **kwargs) -> None:
        self.events = list(events)
        self.in_view: set[int] = set()
        options = [Option(event_prompt(e), id=f"event-{i}") for i, e in enumerate(self.events)]
        if not options and empty_hint:
            options = [Option(Content.styled(empty_hint, "italic $text-muted"), disabled=True)]
        super().__init__(*options, **kwargs)

    def mark_in_view(self, indexes: set[int]) -> None:
        """Flag the events whose passages are on screen.

        The mark is drawn over each option's first cell at paint time:
        replacing prompts would make OptionList measure every option again,
        which costs more than a key press may on a long timeline.
        """
        if indexes != self.in_view:
            self.in_view = set(indexes)
            self.refresh()

    def _get_option_render(self, option: Option, style: VisualStyle) -> list[Strip]:
        strips = super()._get_option_render(option, style)
        if option.id and int(option.id.removeprefix("event-")) in self.in_view:
            first = strips[0]
            under = next(iter(first)).style or RichStyle()  # keeps the row's background
            mark = under + self.get_component_rich_style("timeline--in-view", partial=True)
            strips = [Strip.join([Strip([Segment(IN_VIEW, mark)]),
                                  first.crop(1, first.cell_length)]), *strips[1:]]
        return strips
