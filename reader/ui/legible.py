"""Text colours moved, where needed, to read on whatever they are drawn on."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.color import Color as RichColor
from rich.segment import Segment
from rich.style import Style
from textual.strip import Strip

from reader.contrast import WCAG_AA, readable

if TYPE_CHECKING:
    from textual.widget import Widget

GRAPHIC = 3.0  # WCAG asks 3:1 of marks and bars, 4.5:1 of text
GRAPHICS = frozenset("\u258c\u258a\u2502\u2500")


class Legible:
    """Remembers each style it has fixed: drawing a line costs a lookup."""

    def __init__(self) -> None:
        self._cache: dict[tuple[Style, Style | None, float], Style] = {}

    def clear(self) -> None:
        self._cache.clear()

    def style(self, style: Style, base: Style | None = None,
              minimum: float = WCAG_AA) -> Style:
        key = (style, base, minimum)
        fixed = self._cache.get(key)
        if fixed is None:
            fixed = style
            fg = style.color or (base.color if base else None)
            bg = style.bgcolor or (base.bgcolor if base else None)
            if style.reverse:  # drawn swapped: the text takes the background's colour
                fg, bg = bg, fg
            if fg is not None and bg is not None:
                old = tuple(fg.get_truecolor())
                new = readable(old, tuple(bg.get_truecolor()), minimum)  # type: ignore[arg-type]
                if new != old:
                    colour = RichColor.from_rgb(*new)
                    fixed = style + (Style(bgcolor=colour) if style.reverse else
                                     Style(color=colour))
            self._cache[key] = fixed
        return fixed

    def strip(self, strip: Strip, base: Style | None = None) -> Strip:
        segments = []
        changed = False
        for segment in strip:
            text, style = segment.text, segment.style
            if style is None or not text.strip():
                segments.append(segment)
                continue
            minimum = GRAPHIC if set(text.strip()) <= GRAPHICS else WCAG_AA
            fixed = self.style(style, base, minimum)
            changed |= fixed is not style
            segments.append(Segment(text, fixed, segment.control))
        return Strip(segments, strip.cell_length) if changed else strip


def solid_mark(widget: Widget, component: str, base: Style | None = None) -> Style:
    """A component's style (a mark, a cursor) with its background made solid.

    Asked for as partial, a component's `$primary 22%` drops its alpha and
    would paint the full colour; the blend onto the widget's own background
    (`base`, else the widget's style) is done here instead."""
    from textual.color import Color

    partial = widget.get_component_rich_style(component, partial=True)
    over = widget.get_component_styles(component).background
    under = (base or widget.rich_style).bgcolor
    if over.a > 0 and under is not None:
        partial += Style(bgcolor=(Color.from_rich_color(under) + over).rich_color)
    return partial
