"""The timeline sidebar: the story's events in date order."""

from __future__ import annotations

from collections.abc import Iterable
from typing import ClassVar

from rich.segment import Segment
from rich.style import Style as RichStyle
from textual.binding import Binding, BindingType
from textual.content import Content
from textual.strip import Strip
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from reader.article import Event
from reader.export import STATUS_MARKS
from reader.ui.legible import Legible

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


def _option_of(strip: Strip) -> int | None:
    """The index of the option a rendered line belongs to (OptionList tags
    each line's segments with it)."""
    for segment in strip:
        if segment.style is not None and segment.style.meta:
            return segment.style.meta.get("option")
    return None


class Timeline(OptionList):
    """Events with their date at its precision and their status."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {"timeline--in-view"}
    DEFAULT_CSS = """
    Timeline {
        height: 1fr;
        & > .timeline--in-view { color: $accent; }
        scrollbar-size-vertical: 1;
        & > .option-list--option { padding: 0 1 0 0; }
        /* A tint, not a solid bar: the status colours stay readable on it. */
        & > .option-list--option-highlighted {
            background: $primary 25%;
            color: $foreground;
            text-style: bold;
        }
        &:focus > .option-list--option-highlighted { background: $primary 40%; }
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
        self._legible = Legible()
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

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._legible.clear()

    def render_line(self, y: int) -> Strip:
        return self._legible.strip(self._marked_line(y))

    def _marked_line(self, y: int) -> Strip:
        strip = super().render_line(y)
        if not self.in_view:
            return strip
        index = _option_of(strip)
        if index not in self.in_view:
            return strip
        # Only an option's first line carries the mark.
        if self.scroll_offset.y + y > 0 and _option_of(super().render_line(y - 1)) == index:
            return strip
        under = next(iter(strip)).style or RichStyle()  # keeps the row's background
        mark = under + self.get_component_rich_style("timeline--in-view", partial=True)
        return Strip.join([Strip([Segment(IN_VIEW, mark)]), strip.crop(1, strip.cell_length)])
