"""The timeline sidebar: the story's events in date order."""

from __future__ import annotations

from collections.abc import Iterable
from typing import ClassVar

from rich.segment import Segment
from rich.style import Style as RichStyle
from textual.binding import BindingType
from textual.content import Content
from textual.strip import Strip

from reader.article import Event
from reader.export import STATUS_MARKS
from reader.layout import wrap
from reader.ui.widgets.row_list import RowList, row_keys

STATUS_STYLE = {"happened": "bold", "planned": "italic $secondary", "claimed": "italic $warning"}
IN_VIEW = "\u258c"


def event_prompt(event: Event) -> Content:
    """The event's lines; the first cell is left for the in-view mark."""
    mark, word, style = STATUS_MARKS[event.status], event.status, STATUS_STYLE[event.status]
    label_style = "" if event.status == "happened" else "italic"
    auto = (" \u00b7 auto", "dim") if event.automatic else ""  # as in the entities panel
    return Content.assemble(
        " ",
        (f"{mark} ", style),
        (event.display_date(), "bold"),
        (f"  {word}", style),
        auto,
        "\n",
        (event.label, label_style),
    )


class Timeline(RowList):
    """Events with their date at its precision and their status."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {"timeline--in-view"}
    DEFAULT_CSS = """
    Timeline {
        padding-left: 1;
        & > .timeline--in-view { color: $accent; }
        & > .row-list--cursor { text-style: bold; }
    }
    """
    BINDINGS: ClassVar[list[BindingType]] = row_keys("event", "events", "Show",
                                                     "Show the event's passage")

    def __init__(self, events: Iterable[Event], empty_hint: str = "", **kwargs) -> None:
        super().__init__(**kwargs)
        self.events = list(events)
        self.in_view: set[int] = set()
        self._prompts = [event_prompt(e) for e in self.events]
        self._wrapped: dict[tuple[int, int], list[tuple[int, int, int]]] = {}
        if not self._prompts and empty_hint:
            self._prompts = [Content.styled(empty_hint, "italic $text-muted")]

    def item_count(self) -> int:
        return len(self._prompts)

    def selectable(self, index: int) -> bool:
        return index < len(self.events)  # the hint for an empty timeline is not

    def line_count(self, index: int, width: int) -> int:
        return len(self._spans(index, width))

    def line_at(self, index: int, line: int, width: int) -> Content:
        start, end, indent = self._spans(index, width)[line]
        return Content(" " * indent) + self._prompts[index][start:end]

    def _spans(self, index: int, width: int) -> list[tuple[int, int, int]]:
        """Where the item's lines start and end in its prompt, and their indent:
        the label goes under the status mark, a cell in from each side."""
        key = (index, width)
        spans = self._wrapped.get(key)
        if spans is None:
            if len(self._wrapped) > 4 * len(self._prompts):  # widths met before
                self._wrapped.clear()
            text = self._prompts[index].plain
            head, _, label = text.partition("\n")
            spans = [(a, b, 0) for a, b in wrap(head, max(1, width - 1))]
            spans[0] = (0, *spans[0][1:])  # wrapping drops the cell kept for the mark
            if label:
                spans += [(a, b, 1) for a, b in wrap(label, max(1, width - 2), len(head) + 1)]
            self._wrapped[key] = spans
        return spans

    def mark_in_view(self, indexes: set[int]) -> None:
        """Flag the events whose passages are on screen."""
        if indexes != self.in_view:
            self.in_view = set(indexes)
            self.redraw()

    def decorate(self, index: int, line: int, strip: Strip) -> Strip:
        if line or index not in self.in_view:
            return strip
        under = next(iter(strip)).style or RichStyle()  # keeps the row's background
        mark = under + self.get_component_rich_style("timeline--in-view", partial=True)
        return Strip.join([Strip([Segment(IN_VIEW, mark)]), strip.crop(1, strip.cell_length)])
