"""The main screen: article, timeline, entities, legend and search."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import ClassVar

from rich.style import Style
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.reactive import reactive
from textual.screen import Screen
from textual.widgets import Footer, Input, Label, OptionList, Tree

from reader.article import Article
from reader.links import openable
from reader.search import find_all
from reader.ui.screens.entity import EntityScreen
from reader.ui.screens.link import LinkScreen
from reader.ui.widgets.article_view import ArticleView, Target
from reader.ui.widgets.entities import EntityTree
from reader.ui.widgets.legend import Legend
from reader.ui.widgets.timeline import Timeline

NARROW = 70  # columns below which the sidebar hides behind a key
SHORT = 12  # rows below which borders and the legend go


class ReaderScreen(Screen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("slash", "search", "Search", tooltip="Search the article"),
        Binding("n", "next_mark(1)", "Next",
                tooltip="Next search match, or next mention of the selected entity"),
        Binding("N", "next_mark(-1)", "Previous", show=False,
                tooltip="Previous search match, or previous mention of the selected entity"),
        Binding("right_square_bracket", "step_event(1)", "Next event",
                tooltip="Select the next event and show its passage"),
        Binding("left_square_bracket", "step_event(-1)", "Previous event", show=False,
                tooltip="Select the previous event and show its passage"),
        Binding("h", "toggle_highlights", "Highlights", tooltip="Switch highlights off or on"),
        Binding("s", "toggle_sidebar", "Sidebar", tooltip="Show or hide the sidebar"),
        Binding("a", "focus_pane('article')", "Article", show=False,
                tooltip="Focus the article"),
        Binding("e", "focus_pane('entities')", "Entities", show=False,
                tooltip="Focus the entities panel"),
        Binding("l", "focus_pane('timeline')", "Timeline", show=False,
                tooltip="Focus the timeline"),
        Binding("escape", "back", "Back", show=False,
                tooltip="Close the search, clear the selection, or go back to the library"),
    ]

    highlights: reactive[bool] = reactive(True)
    selected_entity: reactive[str | None] = reactive(None)
    narrow: reactive[bool] = reactive(False)
    sidebar: reactive[bool] = reactive(True)

    def __init__(self, article: Article, entity_styles: dict[str, Style],
                 from_library: bool = False, start_offset: int = 0) -> None:
        super().__init__()
        self.article = article
        self.entity_styles = entity_styles
        self.from_library = from_library
        self.start_offset = start_offset

    def compose(self) -> ComposeResult:
        with Horizontal(id="main"):
            yield ArticleView(self.article, self.entity_styles, self.start_offset,
                              id="article").data_bind(
                ReaderScreen.highlights, ReaderScreen.selected_entity)
            with Vertical(id="sidebar"):
                yield Timeline(self.article.events, id="timeline")
                yield EntityTree(self.article, self.entity_styles, id="entities")
        yield Legend(id="legend")
        with Horizontal(id="searchbar"):
            yield Input(placeholder="search the article", id="search")
            yield Label("", id="search-status")
        yield Footer()

    def on_mount(self) -> None:
        view = self.query_one(ArticleView)
        view.border_title = "Article"
        self.query_one(Timeline).border_title = f"Timeline {len(self.article.events)}"
        self.query_one(EntityTree).border_title = f"Entities {len(self.article.entities)}"
        self.query_one(Legend).show_styles(self.entity_styles, self.highlights)
        view.focus()

    @property
    def view(self) -> ArticleView:
        return self.query_one(ArticleView)

    # --- size -----------------------------------------------------------------

    def on_resize(self) -> None:
        narrow = self.size.width < NARROW
        if narrow != self.narrow:
            self.narrow = narrow
            self.sidebar = not narrow
        self.set_class(self.size.height < SHORT, "-short")

    def watch_narrow(self, narrow: bool) -> None:
        self.set_class(narrow, "-narrow")
        self.set_class(narrow and self.sidebar, "-sidebar-only")

    def watch_sidebar(self, shown: bool) -> None:
        self.set_class(not shown, "-no-sidebar")
        self.set_class(shown and self.narrow, "-sidebar-only")
        if not shown and self.focused is not None and self.focused.id in ("timeline", "entities"):
            self.view.focus()
        elif shown and self.narrow:
            self.query_one(Timeline).focus()

    def action_toggle_sidebar(self) -> None:
        self.sidebar = not self.sidebar

    def action_focus_pane(self, pane: str) -> None:
        if pane != "article" and not self.sidebar:
            self.sidebar = True
        self.query_one(f"#{pane}").focus()

    # --- theme and highlights ---------------------------------------------------

    def set_entity_styles(self, styles: dict[str, Style]) -> None:
        self.entity_styles = styles
        self.view.set_entity_styles(styles)
        self.query_one(EntityTree).set_styles(styles)
        self.query_one(Legend).show_styles(styles, self.highlights)

    def watch_highlights(self, on_: bool) -> None:
        if self.is_mounted:
            self.query_one(Legend).show_styles(self.entity_styles, on_)

    def action_toggle_highlights(self) -> None:
        self.highlights = not self.highlights
        self.notify(f"Highlights {'on' if self.highlights else 'off'}", timeout=2)

    # --- timeline ---------------------------------------------------------------

    @on(OptionList.OptionSelected, "#timeline")
    def event_chosen(self, message: OptionList.OptionSelected) -> None:
        self.select_event(message.option_index)

    def select_event(self, index: int) -> None:
        timeline = self.query_one(Timeline)
        event = self.article.events[index]
        timeline.highlighted = index
        view = self.view
        if event.span is None:
            view.passage = None
            self.notify("This event has no passage in the text.", timeout=3)
            return
        view.passage = event.span
        view.show_offset(*event.span)

    def action_step_event(self, step: int) -> None:
        events = self.article.events
        if not events:
            self.notify("This article has no timeline.", timeout=3)
            return
        current = self.query_one(Timeline).highlighted
        if current is None or self.view.passage is None:
            index = 0 if step > 0 else len(events) - 1
        else:
            index = max(0, min(len(events) - 1, current + step))
        self.select_event(index)

    @on(ArticleView.ViewportMoved)
    def spy(self, message: ArticleView.ViewportMoved) -> None:
        in_view = {
            i for i, event in enumerate(self.article.events)
            if event.span and event.span[0] < message.end and event.span[1] > message.start
        }
        self.query_one(Timeline).mark_in_view(in_view)

    # --- entities ---------------------------------------------------------------

    @on(Tree.NodeSelected, "#entities")
    def entity_chosen(self, message: Tree.NodeSelected) -> None:
        entity_id = message.node.data
        if not entity_id:
            return
        self.selected_entity = entity_id
        self.view.cursor = None
        self.action_next_mark(1)

    def _entity_targets(self) -> list[Target]:
        return [t for t in self.view.targets
                if t.kind == "mention" and t.value == self.selected_entity]

    def action_next_mark(self, step: int) -> None:
        view = self.view
        if view.matches:
            targets = [Target(s, e, "match", "") for s, e in view.matches]
        elif self.selected_entity:
            targets = self._entity_targets()
        else:
            self.notify("Search with / or pick an entity first; n and N then step through.",
                        timeout=3)
            return
        if not targets:
            return
        cursor = view.cursor
        if cursor is not None and cursor.kind in ("match", "mention") and view.line_is_visible(
                cursor.start):
            starts = [t.start for t in targets]
            i = (bisect_right(starts, cursor.start) if step > 0
                 else bisect_left(starts, cursor.start) - 1)
        else:
            top, bottom = view.visible_offsets()
            starts = [t.start for t in targets]
            i = bisect_left(starts, top) if step > 0 else bisect_left(starts, bottom) - 1
        wrapped = not 0 <= i < len(targets)
        i %= len(targets)
        view.move_cursor(targets[i])
        what = "match" if targets[0].kind == "match" else "mention"
        note = " (wrapped)" if wrapped else ""
        self._status(f"{what} {i + 1} of {len(targets)}{note}")

    def _status(self, text: str) -> None:
        self.query_one("#search-status", Label).update(text)
        if not self.query_one("#searchbar").has_class("-open"):
            self.notify(text, timeout=1.5)

    # --- cursor targets -----------------------------------------------------------

    @on(ArticleView.TargetActivated)
    def activated(self, message: ArticleView.TargetActivated) -> None:
        target = message.target
        if target.kind == "mention":
            self.selected_entity = target.value
            self.app.push_screen(EntityScreen(self.article, target.value), self._jump)
        elif target.kind == "link":
            self.open_link(target.value)

    def _jump(self, offset: int | None) -> None:
        if offset is not None:
            target = self.view.target_at(offset)
            self.view.move_cursor(target)

    def open_link(self, href: str) -> None:
        if not openable(href):
            self.notify("Only http, https and mailto links are opened.", severity="warning")
            return

        def answered(yes: bool | None) -> None:
            if yes:
                self.app.open_url(href)

        self.app.push_screen(LinkScreen(href), answered)

    # --- search -----------------------------------------------------------------

    def action_search(self) -> None:
        bar = self.query_one("#searchbar")
        bar.add_class("-open")
        self.query_one("#search", Input).focus()

    @on(Input.Changed, "#search")
    def search_changed(self, message: Input.Changed) -> None:
        matches = find_all(self.article.text, message.value)
        self.view.set_matches(matches)
        status = f"{len(matches)} match{'es' if len(matches) != 1 else ''}" if message.value else ""
        self.query_one("#search-status", Label).update(status)
        if matches:
            first = next((m for m in matches if m[0] >= self.view.visible_offsets()[0]),
                         matches[0])
            self.view.show_offset(*first)

    @on(Input.Submitted, "#search")
    def search_done(self) -> None:
        self.query_one("#searchbar").remove_class("-open")
        self.view.focus()
        if self.view.matches:
            self.view.cursor = None
            self.action_next_mark(1)
        elif self.query_one("#search", Input).value:
            self.notify("No matches.", timeout=2)

    def action_back(self) -> None:
        view = self.view
        if self.query_one("#searchbar").has_class("-open") or view.matches:
            self.query_one("#searchbar").remove_class("-open")
            self.query_one("#search", Input).value = ""
            view.set_matches([])
            view.focus()
        elif self.selected_entity or view.passage or view.cursor:
            self.selected_entity = None
            view.passage = None
            view.cursor = None
        elif self.narrow and self.sidebar:
            self.sidebar = False
        elif self.from_library:
            self.app.remember_position(self.article, view.top_offset())
            self.dismiss(None)
