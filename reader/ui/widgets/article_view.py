"""The article pane: draws only the lines on screen (Line API)."""

from __future__ import annotations

import gc
from dataclasses import dataclass
from typing import ClassVar

from rich.segment import Segment
from rich.style import Style
from textual import events
from textual.binding import Binding, BindingType
from textual.cache import LRUCache
from textual.geometry import Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from reader.article import Article
from reader.layout import BODY, MAX_READING_WIDTH, TITLE, Layout
from reader.navigation import Target, Targets, inside
from reader.ui.legible import Legible, solid_mark


class ArticleView(ScrollView, can_focus=True):
    """Headline, meta line and body, with mentions styled by entity type."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "article-view--title", "article-view--meta", "article-view--heading",
        "article-view--code", "article-view--quote", "article-view--link",
        "article-view--selected", "article-view--passage", "article-view--match",
        "article-view--cursor",
    }
    DEFAULT_CSS = """
    ArticleView {
        background: $surface;
        overflow-x: hidden;
        scrollbar-size-vertical: 1;
        & > .article-view--title { text-style: bold; color: $foreground; }
        & > .article-view--meta { color: $foreground-muted; }
        & > .article-view--heading { text-style: bold; color: $primary; }
        & > .article-view--code { color: $foreground-muted; background: $panel; }
        & > .article-view--quote { color: $foreground-muted; text-style: italic; }
        & > .article-view--link { color: $accent; text-style: underline; }
        & > .article-view--selected { background: $accent 35%; }
        & > .article-view--passage { background: $primary 22%; }
        & > .article-view--match { background: $warning 45%; }
        & > .article-view--cursor { text-style: reverse; }
    }
    """
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("down,j", "line(1)", "Down", show=False, tooltip="Scroll down one line"),
        Binding("up,k", "line(-1)", "Up", show=False, tooltip="Scroll up one line"),
        Binding("pagedown,space,ctrl+f", "page(1)", "Page down", show=False,
                tooltip="Scroll down a page"),
        Binding("pageup,b,ctrl+b", "page(-1)", "Page up", show=False, tooltip="Scroll up a page"),
        Binding("ctrl+d", "page(0.5)", "Half page down", show=False,
                tooltip="Scroll down half a page"),
        Binding("ctrl+u", "page(-0.5)", "Half page up", show=False,
                tooltip="Scroll up half a page"),
        Binding("home,g", "top", "Top", show=False, tooltip="Go to the start of the article"),
        Binding("end,G", "bottom", "End", show=False, tooltip="Go to the end of the article"),
        Binding("right", "target(1)", "Next mention/link", show=False,
                tooltip="Cursor to the next mention or link"),
        Binding("left", "target(-1)", "Previous mention/link", show=False,
                tooltip="Cursor to the previous mention or link"),
        Binding("tab", "tab(1)", "Next mention, link or pane", show=False,
                tooltip="Next mention or link on screen, then the next pane"),
        Binding("shift+tab", "tab(-1)", "Previous mention, link or pane", show=False,
                tooltip="Previous mention or link on screen, then the pane before"),
        Binding("enter", "activate", "Open", show=False,
                tooltip="Show the entity under the cursor, or open the link"),
    ]

    highlights: reactive[bool] = reactive(True)
    selected_entity: reactive[str | None] = reactive(None)
    passage: reactive[tuple[int, int] | None] = reactive(None)
    cursor: reactive[Target | None] = reactive(None)

    @dataclass
    class ViewportMoved(Message):
        """The part of the body on screen changed."""

        view: ArticleView
        start: int
        end: int

    @dataclass
    class TargetActivated(Message):
        """Enter or a click on a mention or a link."""

        view: ArticleView
        target: Target

    def __init__(self, article: Article, entity_styles: dict[str, Style] | None = None,
                 initial_offset: int = 0, **kwargs) -> None:
        super().__init__(**kwargs)
        self.article = article
        self._initial_offset = initial_offset
        self.entity_styles = entity_styles or {}
        self.targets = Targets(article)
        self._mentions = [(m.start, m.end, m.entity_id) for m in article.mentions]
        self._mention_starts = [m[0] for m in self._mentions]
        self._types = {e.id: e.type for e in article.entities}
        self.matches: list[tuple[int, int]] = []
        self.match_starts: list[int] = []
        self._layouts: LRUCache[int, Layout] = LRUCache(4)
        self._layout = Layout(article, 0)  # the real one comes with the first size
        self._margin = 0
        self._strips: LRUCache[int, Strip] = LRUCache(256)
        self._last_viewport: tuple[int, int] | None = None
        self._base_style: Style | None = None
        self._marks: dict[str, Style] = {}
        self._legible = Legible()

    def replace_article(self, article: Article) -> None:
        """Show `article` (the same text, found names added) where this one was."""
        anchor = self.top_offset()
        self.article = article
        self.targets = Targets(article)
        self._mentions = [(m.start, m.end, m.entity_id) for m in article.mentions]
        self._mention_starts = [m[0] for m in self._mentions]
        self._types = {e.id: e.type for e in article.entities}
        self._layouts.clear()
        self._layout = Layout(article, 0)
        self._initial_offset = anchor
        self.virtual_size = Size(self.virtual_size.width, 0)  # laid out afresh
        self._relayout()
        self._restyle()

    # --- layout -------------------------------------------------------------

    @property
    def layout_lines(self) -> Layout:
        return self._layout

    def _relayout(self) -> None:
        # The scroll bar's column is always kept free, so text never
        # re-wraps when it appears.
        avail = self.size.width - self.styles.scrollbar_size_vertical
        if avail <= 0:
            return
        width = max(1, min(MAX_READING_WIDTH, avail - 2))
        margin = max(0, (avail - width) // 2)
        if width == self._layout.width and margin == self._margin and self.virtual_size.height:
            return
        anchor = self.top_offset() if self.virtual_size.height else self._initial_offset
        layout = self._layouts.get(width)
        if layout is None:
            layout = Layout(self.article, width)
            self._layouts[width] = layout
        self._layout, self._margin = layout, margin
        self._strips.clear()
        self.virtual_size = Size(avail, len(layout))
        if anchor:
            # After a refresh, so the new virtual size bounds the scroll.
            self.call_after_refresh(self.scroll_to, y=layout.line_of(anchor), animate=False)
        self.refresh()

    def top_offset(self) -> int:
        """The body offset at the top of the screen: a place that survives re-wrapping."""
        if not self.virtual_size.height or self.scroll_y <= 0:
            return 0
        line = self._layout.lines[min(int(self.scroll_y), len(self._layout) - 1)]
        return line.start if line.source == BODY else 0

    def on_resize(self, event: events.Resize) -> None:
        self._relayout()
        self._report_viewport()

    def on_mount(self) -> None:
        self._relayout()
        # The article's many small objects live as long as the view: keep the
        # cyclic garbage collector from walking them all on every key, until
        # the view goes (then they are collectable again).
        gc.freeze()

    def on_unmount(self) -> None:
        gc.unfreeze()

    # --- state changes ------------------------------------------------------

    def _restyle(self) -> None:
        self._strips.clear()
        self.refresh()

    def watch_highlights(self) -> None:
        self._restyle()

    def watch_selected_entity(self) -> None:
        self._restyle()

    def watch_passage(self) -> None:
        self._restyle()

    def watch_cursor(self) -> None:
        self._restyle()

    def notify_style_update(self) -> None:
        # Component styles follow the theme; cached lines must be redrawn.
        super().notify_style_update()
        self._strips.clear()
        self._base_style = None
        self._marks = {}
        self._legible.clear()

    def set_entity_styles(self, styles: dict[str, Style]) -> None:
        self.entity_styles = styles
        self._restyle()

    def set_matches(self, matches: list[tuple[int, int]]) -> None:
        self.matches = matches
        self.match_starts = [m[0] for m in matches]
        self._restyle()

    # --- scrolling ----------------------------------------------------------

    def watch_scroll_y(self, old_value: float, new_value: float) -> None:
        super().watch_scroll_y(old_value, new_value)
        self._report_viewport()

    def visible_offsets(self) -> tuple[int, int]:
        top = int(self.scroll_y)
        return self._layout.offsets(top, top + self.scrollable_content_region.height - 1)

    def _report_viewport(self) -> None:
        viewport = self.visible_offsets()
        if viewport != self._last_viewport:
            self._last_viewport = viewport
            self.post_message(self.ViewportMoved(self, *viewport))

    def action_line(self, lines: int) -> None:
        self.scroll_to(y=self.scroll_y + lines, animate=False)

    def action_page(self, pages: float) -> None:
        height = max(1, self.scrollable_content_region.height - 1)
        self.scroll_to(y=self.scroll_y + round(pages * height), animate=False)

    def action_top(self) -> None:
        self.scroll_to(y=0, animate=False)

    def action_bottom(self) -> None:
        self.scroll_to(y=self.max_scroll_y, animate=False)

    def show_offset(self, offset: int, end: int | None = None) -> None:
        """Scroll so that the text at `offset` is on screen, a third of the way down."""
        line = self._layout.line_of(offset)
        height = self.scrollable_content_region.height
        last = self._layout.line_of(end) if end is not None else line
        top = int(self.scroll_y)
        if top <= line and last < top + height:
            return
        self.scroll_to(y=max(0, line - max(0, height // 3)), animate=False, immediate=True)

    def line_is_visible(self, offset: int) -> bool:
        line = self._layout.line_of(offset)
        top = int(self.scroll_y)
        return top <= line < top + self.scrollable_content_region.height

    # --- cursor over mentions and links ---------------------------------------

    def action_target(self, step: int) -> None:
        i = self.targets.next_index(step, self.cursor, *self.visible_offsets())
        if not 0 <= i < len(self.targets):
            self.app.bell()
            return
        self.move_cursor(self.targets[i])

    def action_tab(self, step: int) -> None:
        """Like a browser: through what is on screen, then on to the next pane."""
        start, end = self.visible_offsets()
        i = self.targets.next_index(step, self.cursor, start, end)
        if 0 <= i < len(self.targets) and start <= self.targets[i].start < end:
            self.move_cursor(self.targets[i])
            return
        self.cursor = None
        if step > 0:
            self.screen.focus_next()
        else:
            self.screen.focus_previous()

    def move_cursor(self, target: Target | None) -> None:
        self.cursor = target
        if target is not None:
            self.show_offset(target.start, target.end)

    def action_activate(self) -> None:
        if self.cursor is not None:
            self.post_message(self.TargetActivated(self, self.cursor))

    def target_at(self, offset: int) -> Target | None:
        return self.targets.at(offset)

    def offset_at(self, x: int, y: int) -> int | None:
        """Body offset under the screen cell (x, y) of this widget, if any."""
        return self._layout.offset_at(int(self.scroll_y) + y, x - self._margin)

    def on_click(self, event: events.Click) -> None:
        position = event.get_content_offset(self)
        offset = self.offset_at(position.x, position.y) if position else None
        target = self.target_at(offset) if offset is not None else None
        if target is not None:
            self.cursor = target
            self.post_message(self.TargetActivated(self, target))

    # --- drawing ------------------------------------------------------------

    def render_line(self, y: int) -> Strip:
        if not self.virtual_size.height:
            # The first frame is drawn before the Resize event arrives: lay
            # out now rather than paint it blank and wait for the next one.
            self._relayout()
        index = int(self.scroll_y) + y
        width = self.size.width - self.styles.scrollbar_size_vertical
        strip = self._strips.get(index)
        if strip is None:
            strip = self._render_index(index, width)
            self._strips[index] = strip
        return strip

    def _render_index(self, index: int, width: int) -> Strip:
        if self._base_style is None:  # walking the DOM for it on every line is costly
            self._base_style = self.rich_style
        base = self._base_style
        if index >= len(self._layout):
            return Strip.blank(width, base)
        line = self._layout.lines[index]
        segments = [Segment(" " * self._margin, base)]
        if line.source != BODY:
            text = self.article.title if line.source == TITLE else self.article.meta_line()
            component = "article-view--title" if line.source == TITLE else "article-view--meta"
            style = base + self.get_component_rich_style(component, partial=True)
            segments.append(Segment(text[line.start:line.end], style))
        else:
            segments += self._body_segments(line, base)
        return Strip(segments).crop_extend(0, width, base)

    def _mark(self, component: str) -> Style:
        style = self._marks.get(component)
        if style is None:
            style = self._marks[component] = solid_mark(self, component, self._base_style)
        return style

    def _block_style(self, kind: str) -> Style:
        component = {"heading": "article-view--heading", "code": "article-view--code",
                     "quote": "article-view--quote"}.get(kind)
        return self.get_component_rich_style(component, partial=True) if component else Style()

    def _body_segments(self, line, base: Style) -> list[Segment]:  # noqa: ANN001
        article = self.article
        block = article.blocks[line.block] if line.block >= 0 else None
        block_style = base + self._block_style(block.kind) if block else base
        out = [Segment(line.prefix, block_style)] if line.prefix else []
        lo, hi = line.start, line.end
        if hi <= lo:
            return out
        ranges: list[tuple[int, int, Style]] = []
        component = self.get_component_rich_style
        if block is not None:
            for span in block.spans:
                if span.start < hi and span.end > lo:
                    style = {"strong": Style(bold=True), "em": Style(italic=True),
                             "code": component("article-view--code", partial=True),
                             "link": component("article-view--link", partial=True)}[span.kind]
                    ranges.append((span.start, span.end, style))
        selected = self._mark("article-view--selected")
        for start, end, entity_id in inside(self._mentions, self._mention_starts, lo, hi):
            style = Style()
            if self.highlights:
                style = self.entity_styles.get(self._types[entity_id], Style())
            if entity_id == self.selected_entity:
                style += selected
            ranges.append((start, end, style))
        if self.passage and self.passage[0] < hi and self.passage[1] > lo:
            ranges.append((*self.passage, self._mark("article-view--passage")))
        match_style = self._mark("article-view--match")
        for start, end in inside(self.matches, self.match_starts, lo, hi):
            ranges.append((start, end, match_style))
        cursor = self.cursor
        if cursor is not None and cursor.start < hi and cursor.end > lo:
            ranges.append((cursor.start, cursor.end, component("article-view--cursor",
                                                               partial=True)))
        text = article.text
        cuts = sorted({lo, hi, *(max(lo, min(hi, p)) for r in ranges for p in r[:2])})
        for a, b in zip(cuts, cuts[1:], strict=False):
            if a == b:
                continue
            style = block_style
            for start, end, extra in ranges:
                if start <= a and end >= b:
                    style = style + extra
            if style.bgcolor != base.bgcolor:
                style = self._legible.style(style, base)
            out.append(Segment(text[a:b], style))
        return out
