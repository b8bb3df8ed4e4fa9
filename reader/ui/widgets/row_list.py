"""A list of items drawn line by line: what the timeline and the entities
panel share.

Only the lines on screen are rendered. Textual's OptionList and Tree do
more (a widget's worth of styles per part, every item measured up front),
which cost about a tenth of the reader's start-up for two short lists."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from rich.segment import Segment
from rich.style import Style
from textual import events
from textual.binding import Binding, BindingType
from textual.color import Color
from textual.content import Content
from textual.geometry import Region, Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip
from textual.style import Style as VisualStyle

from reader.navigation import nearest_item, step_item
from reader.ui.legible import Legible, solid_mark


def row_keys(item: str, items: str, select: str, select_tip: str) -> list[BindingType]:
    """The keys of a list, their tooltips naming what it lists."""
    return [
        Binding("down,j", "cursor(1)", "Down", show=False, tooltip=f"Next {item}"),
        Binding("up,k", "cursor(-1)", "Up", show=False, tooltip=f"Previous {item}"),
        Binding("home,g", "cursor_to(0)", "First", show=False, tooltip=f"First {item}"),
        Binding("end,G", "cursor_to(-1)", "Last", show=False, tooltip=f"Last {item}"),
        Binding("pagedown", "page(1)", "Page down", show=False,
                tooltip=f"A page of {items} down"),
        Binding("pageup", "page(-1)", "Page up", show=False, tooltip=f"A page of {items} up"),
        Binding("enter", "select", select, show=False, tooltip=select_tip),
    ]


class RowList(ScrollView, can_focus=True):
    """Items of one or more lines; the cursor moves over the selectable ones.

    Subclasses say how many items there are, which can take the cursor and
    how many lines each takes at a width and what each line shows
    (`item_count`, `selectable`, `line_count`, `line_at`). Lines are counted
    for every item but built only when drawn: a timeline of 2,000 events
    wrapped whole took a quarter of a second.
    """

    COMPONENT_CLASSES: ClassVar[set[str]] = {"row-list--cursor"}
    DEFAULT_CSS = """
    RowList {
        height: 1fr;
        scrollbar-size-vertical: 1;
        overflow-x: hidden;
        /* A tint, not a solid bar: the colours on it stay readable. */
        & > .row-list--cursor { background: $primary 25%; color: $foreground; }
        &:focus > .row-list--cursor { background: $primary 40%; }
    }
    """
    BINDINGS: ClassVar[list[BindingType]] = row_keys("item", "items", "Select",
                                                     "Choose this item")

    highlighted: reactive[int | None] = reactive(None, init=False)

    @dataclass
    class Selected(Message):
        """Enter or a click on an item."""

        rows: RowList
        index: int

        @property
        def control(self) -> RowList:
            return self.rows

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self._width = -1
        self._lines: list[tuple[int, int]] = []  # (item, its line) at self._width
        self._first_line: list[int] = []  # each item's first line
        self._strips: dict[int, Strip] = {}
        self._legible = Legible()
        self._styles: dict[str, VisualStyle] = {}
        self._painted: dict[tuple[VisualStyle, Style], Style] = {}
        self._base: Style | None = None

    # --- what subclasses say ---------------------------------------------

    def item_count(self) -> int:
        raise NotImplementedError

    def selectable(self, index: int) -> bool:
        return True

    def line_count(self, index: int, width: int) -> int:
        return 1

    def line_at(self, index: int, line: int, width: int) -> Content:
        raise NotImplementedError

    def decorate(self, index: int, line: int, strip: Strip) -> Strip:
        """A last touch on a drawn line (the timeline marks events in view)."""
        return strip

    # --- lines -----------------------------------------------------------

    def redraw(self) -> None:
        """The same lines, drawn again (a colour or a mark changed)."""
        self._strips.clear()
        self.refresh()

    def _text_width(self) -> int:
        return max(1, self.size.width - self.styles.scrollbar_size_vertical)

    def _measure(self) -> None:
        width = self._text_width()
        if width == self._width or not self.size.width:
            return  # measured already, or not laid out yet
        self._width = width
        self._lines, self._first_line = [], []
        for index in range(self.item_count()):
            self._first_line.append(len(self._lines))
            self._lines += [(index, line) for line in range(self.line_count(index, width))]
        self._strips.clear()
        self.virtual_size = Size(width, len(self._lines))
        self.refresh()

    def on_resize(self) -> None:
        self._measure()
        self._scroll_to_cursor()

    def on_mount(self) -> None:
        self._measure()

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._legible.clear()
        self._strips.clear()
        self._styles.clear()
        self._painted.clear()
        self._base = None

    def _style_of(self, style: str | VisualStyle) -> VisualStyle:
        """An item's style, parsed once per theme (`$variables` are the theme's)."""
        if isinstance(style, VisualStyle):
            return style
        parsed = self._styles.get(style)
        if parsed is None:
            parsed = self._styles[style] = VisualStyle.parse(style)
        return parsed

    def _paint(self, style: VisualStyle, base: Style) -> Style:
        """A content style as drawn on `base`. An automatic or see-through
        colour (`$text-muted` is "auto 60%") is worked out against the line's
        background, as Textual's own widgets do; its plain rich form is black."""
        painted = self._painted.get((style, base))
        if painted is None:
            painted = base + style.rich_style
            fg = style.foreground
            if fg is not None and (fg.auto or fg.a < 1) and base.bgcolor is not None:
                ground = Color.from_rich_color(base.bgcolor)
                colour = ground.get_contrast_text(fg.a) if fg.auto else fg
                painted += Style(color=(ground + colour).rich_color)
            self._painted[(style, base)] = painted
        return painted

    def item_region(self, index: int) -> Region:
        """The lines of an item, in the list's own lines."""
        self._measure()
        starts = self._first_line
        if index >= len(starts):
            return Region(0, 0, 0, 0)  # not laid out yet
        first = starts[index]
        last = starts[index + 1] if index + 1 < len(starts) else len(self._lines)
        return Region(0, first, self._width, last - first)

    def item_at(self, line: int) -> int | None:
        """The item drawn on a line of the list, if any."""
        self._measure()
        return self._lines[line][0] if 0 <= line < len(self._lines) else None

    # --- the cursor ------------------------------------------------------

    def _nearest(self, start: int, step: int) -> int | None:
        return nearest_item(start, step, self.item_count(), self.selectable)

    def validate_highlighted(self, index: int | None) -> int | None:
        count = self.item_count()
        if index is None or not count:
            return None
        index = max(0, min(index if index >= 0 else count + index, count - 1))
        found = self._nearest(index, 1)
        return found if found is not None else self._nearest(index, -1)

    def watch_highlighted(self, old: int | None, new: int | None) -> None:
        # Only the two items' lines are drawn again.
        for index in (old, new):
            if index is not None and index < len(self._first_line):
                region = self.item_region(index)
                for line in range(region.y, region.bottom):
                    self._strips.pop(line, None)
        self.refresh()
        if new is not None:
            self._scroll_to_cursor()

    def _scroll_to_cursor(self) -> None:
        if self.highlighted is not None and self._first_line:
            self.scroll_to_region(self.item_region(self.highlighted), animate=False, force=True)

    def action_cursor(self, step: int) -> None:
        following = step_item(self.highlighted, step, self.item_count(), self.selectable)
        if following is not None:
            self.highlighted = following

    def action_cursor_to(self, index: int) -> None:
        self.highlighted = step_item(None, 1 if index == 0 else -1, self.item_count(),
                                     self.selectable)

    def action_page(self, step: int) -> None:
        self._measure()
        if self.highlighted is None:
            self.action_cursor(step)
            return
        height = max(1, self.scrollable_content_region.height - 1)
        line = self._first_line[self.highlighted] + step * height
        item = self.item_at(max(0, min(line, len(self._lines) - 1)))
        if item is not None:
            found = self._nearest(item, step)
            self.highlighted = found if found is not None else self._nearest(item, -step)

    def action_select(self) -> None:
        if self.highlighted is not None:
            self.post_message(self.Selected(self, self.highlighted))

    def on_click(self, event: events.Click) -> None:
        offset = event.get_content_offset(self)
        if offset is None:
            return
        item = self.item_at(int(self.scroll_y) + offset.y)
        if item is not None and self.selectable(item):
            self.highlighted = item
            self.post_message(self.Selected(self, item))

    # --- drawing ---------------------------------------------------------

    def render_line(self, y: int) -> Strip:
        self._measure()
        index = int(self.scroll_y) + y
        strip = self._strips.get(index)
        if strip is None:
            strip = self._strips[index] = self._draw(index)
        return strip

    def _draw(self, index: int) -> Strip:
        if self._base is None:  # walking the DOM for it on every line is costly
            self._base = self.rich_style
        base = self._base
        width = self._text_width()
        if index >= len(self._lines):
            return Strip.blank(width, base)
        item, line = self._lines[index]
        content = self.line_at(item, line, width)
        if item == self.highlighted:
            base = base + solid_mark(self, "row-list--cursor", base)
        segments = [Segment(text, self._paint(style, base))
                    for text, style in content.render(end="", parse_style=self._style_of)]
        strip = Strip(segments).crop_extend(0, width, base)
        strip = self.decorate(item, line, strip)
        # On the cursor's tint, colours move until they read (4.5:1, 3:1 for marks).
        return self._legible.strip(strip, base) if item == self.highlighted else strip

