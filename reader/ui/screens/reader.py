"""The main screen: article, timeline, entities, legend and search."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, ClassVar

from rich.style import Style
from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.reactive import reactive
from textual.screen import Screen

from reader.article import Article
from reader.links import openable
from reader.navigation import Target, events_in_view, position_label, step_index
from reader.search import Searcher
from reader.ui.widgets.article_view import ArticleView
from reader.ui.widgets.entities import EntityTree
from reader.ui.widgets.key_bar import KeyBar
from reader.ui.widgets.legend import Legend
from reader.ui.widgets.row_list import RowList
from reader.ui.widgets.timeline import Timeline

if TYPE_CHECKING:
    from textual.geometry import Size
    from textual.widget import Widget
    from textual.widgets import Input

# The sidebar sits beside the article only while the text keeps a readable
# measure; below that it hides behind a key and, shown, takes the screen.
MIN_MEASURE = 45  # characters a line of text keeps at least
SIDEBAR_MIN = 28  # the sidebar's narrowest width (reader.tcss)
FRAME = 5  # the article's borders, padding and scroll bar
NARROW = MIN_MEASURE + SIDEBAR_MIN + FRAME
SHORT = 12  # rows below which borders and the legend go


class ReaderScreen(Screen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        # A priority key: handled before the keys typed after it are sent on,
        # so "/soybeans" typed in one burst goes into the search box.
        Binding("slash", "search", "Search", tooltip="Search the article", priority=True),
        Binding("n", "next_mark(1)", "Next",
                tooltip="Next match, or next mention of the entity"),
        Binding("N", "next_mark(-1)", "Previous", show=False,
                tooltip="Previous match, or previous mention of the entity"),
        Binding("right_square_bracket", "step_event(1)", "Next event",
                tooltip="Next event, and its passage"),
        Binding("left_square_bracket", "step_event(-1)", "Previous event", show=False,
                tooltip="Previous event, and its passage"),
        Binding("h", "toggle_highlights", "Highlights", show=False,
                tooltip="Switch highlights off or on"),
        Binding("s", "toggle_sidebar", "Sidebar", tooltip="Show or hide the sidebar"),
        Binding("a", "focus_pane('article')", "Article", show=False,
                tooltip="Focus the article"),
        Binding("e", "focus_pane('entities')", "Entities", show=False,
                tooltip="Focus the entities panel"),
        Binding("l", "focus_pane('timeline')", "Timeline", show=False,
                tooltip="Focus the timeline"),
        Binding("asterisk", "search_here", "Search this", show=False,
                tooltip="Mark the entity (or search the link) under the cursor"),
        Binding("o", "url(False)", "Open URL", show=False,
                tooltip="Open the link under the cursor, or the article's URL"),
        Binding("y", "url(True)", "Copy URL", show=False,
                tooltip="Copy the link under the cursor, or the article's URL"),
        Binding("v", "variant", "Summary/full", show=False,
                tooltip="Switch between the feed's summary and the page's full text"),
        Binding("S", "story", "Story", show=False,
                tooltip="This article's story, across its sources"),
        Binding("J", "step_article(1)", "Next article", show=False,
                tooltip="Next article of the list it came from"),
        Binding("K", "step_article(-1)", "Previous article", show=False,
                tooltip="Previous article of the list it came from"),
        Binding("escape", "back", "Back", show=False,
                tooltip="Close the search, clear the selection, or go back"),
    ]

    highlights: reactive[bool] = reactive(True)
    selected_entity: reactive[str | None] = reactive(None)
    narrow: reactive[bool] = reactive(False)
    sidebar: reactive[bool] = reactive(True)

    def __init__(self, article: Article, entity_styles: dict[str, Style],
                 from_library: bool = False, start_offset: int = 0,
                 navigate: Callable[[int], bool] | None = None,
                 passage: tuple[int, int] | None = None, variant: str = "",
                 alternate: tuple[Article, str] | None = None) -> None:
        super().__init__()
        self.article = article
        self.navigate = navigate
        self.initial_passage = passage
        self.variant = variant  # "feed summary", "full text from the page"
        self.alternate = alternate  # the other version, and what it is
        self.entity_styles = entity_styles
        self.from_library = from_library
        self.start_offset = start_offset
        self.searcher = Searcher(article.text)
        # The mentions of the selected entity and their starts, kept for n/N.
        self._targets_of: tuple[str | None, list[Target], list[int]] | None = None

    def compose(self) -> ComposeResult:
        with Horizontal(id="main"):
            yield ArticleView(self.article, self.entity_styles, self.start_offset,
                              id="article").data_bind(
                ReaderScreen.highlights, ReaderScreen.selected_entity)
            with Vertical(id="sidebar"):
                yield from self._sidebar_panes()
        yield Legend(id="legend")
        yield KeyBar()

    def on_mount(self) -> None:
        # Laid out for the terminal's width from the first frame on.
        self._fit(self.app.size)
        view = self.query_one(ArticleView)
        self.show_variant(self.variant)
        self.query_one(Legend).show_styles(self.entity_styles, self.highlights)
        if self.article.deferred:
            self._status("finding names and dates\u2026")
        view.focus()
        self.call_after_refresh(self._after_first_frame)
        if self.initial_passage:
            view.passage = self.initial_passage
            self.call_after_refresh(view.show_offset, *self.initial_passage)

    def _after_first_frame(self) -> None:
        self._mark_events_in_view(*self.view.visible_offsets())
        # Hidden until /, the search box comes a frame after the whole screen.
        if not self.query("#search"):
            self.call_after_refresh(self._search_box)

    async def _search_box(self) -> Widget:
        if not self.query("#search"):
            from reader.ui.widgets.search_box import SearchBox

            await self.mount(SearchBox(placeholder="search the article (enter: done, esc: "
                                       "clear)", id="search"), before=self.query_one(KeyBar))
        return self.query_one("#search")

    def _sidebar_panes(self) -> list[Widget]:
        timeline = Timeline(self.article.events, self._empty_timeline_hint(), id="timeline")
        timeline.border_title = f"Timeline {len(self.article.events)}"
        entities = EntityTree(self.article, self.entity_styles, id="entities")
        entities.border_title = f"Entities {len(self.article.entities)}"
        return [timeline, entities]

    @property
    def view(self) -> ArticleView:
        return self.query_one(ArticleView)

    def _empty_timeline_hint(self) -> str:
        if self.article.annotated:
            return "This article lists no events."
        if self.article.published is None:
            return ("No dated events found. With a publication date (front matter "
                    "`published: 2025-11-25`) words like \"Monday\" or \"next year\" "
                    "become dates.")
        return "No dated events found in the text."

    def _timeline(self) -> Timeline | None:
        """The timeline, or None in the frame before it is mounted."""
        found = self.query("#timeline")
        return found.first() if found else None  # type: ignore[return-value]

    # --- size -----------------------------------------------------------------

    def on_resize(self) -> None:
        self._fit(self.size)

    def _fit(self, size: Size) -> None:
        narrow = size.width < NARROW
        if narrow != self.narrow:
            self.narrow = narrow
            self.sidebar = not narrow
        self.set_class(size.height < SHORT, "-short")

    def watch_narrow(self, narrow: bool) -> None:
        self.set_class(narrow and self.sidebar, "-sidebar-only")

    def watch_sidebar(self, shown: bool) -> None:
        self.set_class(not shown, "-no-sidebar")
        self.set_class(shown and self.narrow, "-sidebar-only")
        if not shown and self.focused is not None and self.focused.id in ("timeline", "entities"):
            self.view.focus()
        elif shown and self.narrow and (timeline := self._timeline()):
            timeline.focus()

    def action_toggle_sidebar(self) -> None:
        self.sidebar = not self.sidebar

    def show_article(self, focus: bool = True) -> None:
        """Keys that act on the article bring it back when the sidebar hides it."""
        if self.narrow and self.sidebar:
            self.sidebar = False
            if focus:
                self.view.focus()

    def action_focus_pane(self, pane: str) -> None:
        if pane == "article":
            self.show_article()
        elif not self.sidebar:
            self.sidebar = True
        for widget in self.query(f"#{pane}"):
            widget.focus()
        if pane == "entities":
            self._first_entity()

    def _first_entity(self) -> None:
        """The cursor on the entity picked, else on the first."""
        for tree in self.query("#entities"):
            assert isinstance(tree, EntityTree)
            if tree.cursor_entity is None:
                tree.select_entity(self.selected_entity or tree.first_entity())

    # --- theme and highlights ---------------------------------------------------

    def set_entity_styles(self, styles: dict[str, Style]) -> None:
        self.entity_styles = styles
        self.view.set_entity_styles(styles)
        for tree in self.query("#entities"):
            tree.set_styles(styles)  # type: ignore[attr-defined]
        self.query_one(Legend).show_styles(styles, self.highlights)

    def watch_highlights(self, on_: bool) -> None:
        if self.is_mounted:
            self.query_one(Legend).show_styles(self.entity_styles, on_)

    def action_toggle_highlights(self) -> None:
        self.highlights = not self.highlights
        self.notify(f"Highlights {'on' if self.highlights else 'off'}", timeout=2)

    # --- timeline ---------------------------------------------------------------

    @on(RowList.Selected, "#timeline")
    def event_chosen(self, message: RowList.Selected) -> None:
        self.select_event(message.index)

    def select_event(self, index: int) -> None:
        timeline = self._timeline()
        if timeline is None:
            return
        event = self.article.events[index]
        timeline.highlighted = index
        self.show_article()
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
        timeline = self._timeline()
        current = timeline.highlighted if timeline else None
        if current is None or self.view.passage is None:
            index = 0 if step > 0 else len(events) - 1
        else:
            index = current + step
            if not 0 <= index < len(events):
                self.show_article()
                self._status("last event" if step > 0 else "first event")
                self.notify("That was the last event." if step > 0 else
                            "That was the first event.", timeout=2)
                return
        self.select_event(index)
        self._status(f"event {index + 1} of {len(events)}")

    @on(ArticleView.ViewportMoved)
    def spy(self, message: ArticleView.ViewportMoved) -> None:
        self._mark_events_in_view(message.start, message.end)

    def _mark_events_in_view(self, start: int, end: int) -> None:
        view = self.view
        self.query_one(Legend).show_position(position_label(
            int(view.scroll_y), view.scrollable_content_region.height, len(view.layout_lines)))
        timeline = self._timeline()
        if timeline is None:  # not mounted yet; it catches up when it is
            return
        in_view = events_in_view(self.article.events, start, end)
        timeline.mark_in_view(in_view)
        # Reading moves the timeline along, as a table of contents follows.
        if in_view and not timeline.has_focus and timeline.highlighted not in in_view:
            timeline.highlighted = min(in_view)

    # --- entities ---------------------------------------------------------------

    @on(RowList.Selected, "#entities")
    def entity_chosen(self, message: RowList.Selected) -> None:
        assert isinstance(message.rows, EntityTree)
        entity_id = message.rows.entity_at(message.index)
        if not entity_id:
            return
        self.selected_entity = entity_id
        self.view.cursor = None
        self.show_article()
        self.action_next_mark(1)

    def _entity_targets(self) -> list[Target]:
        cached = self._targets_of
        if cached is None or cached[0] != self.selected_entity:
            targets = self.view.targets.of_entity(self.selected_entity or "")
            cached = self._targets_of = (self.selected_entity, targets, [t.start for t in targets])
        return cached[1]

    def action_next_mark(self, step: int) -> None:
        """Step through search matches if there are any, else the selected
        entity's mentions, from the cursor or from the top of the screen."""
        self.show_article()
        view = self.view
        if not view.matches and view.cursor is not None and view.cursor.kind == "mention":
            # The mention under the cursor says which entity to step through.
            self.selected_entity = view.cursor.value
        if view.matches:
            starts, what = view.match_starts, "match"

            def target(i: int) -> Target:
                return Target(*view.matches[i], "match", "")
        elif self.selected_entity:
            mentions = self._entity_targets()
            starts, what = self._targets_of[2], "mention"  # type: ignore[index]
            target = mentions.__getitem__
        else:
            self.notify("Search with /, pick an entity, or put the cursor on a mention (\u2192) "
                        "first; n and N then step through.", timeout=3)
            return
        if not starts:
            return
        cursor = view.cursor
        on_screen = cursor is not None and cursor.kind in ("match", "mention") and \
            view.line_is_visible(cursor.start)
        i, wrapped = step_index(starts, step, cursor.start if on_screen else None,
                                *view.visible_offsets())
        view.move_cursor(target(i))
        self._status(f"{what} {i + 1} of {len(starts)}" + (" (wrapped)" if wrapped else ""))

    def _status(self, text: str) -> None:
        self.query_one(Legend).show_status(text)

    # --- cursor targets -----------------------------------------------------------

    @on(ArticleView.TargetActivated)
    def activated(self, message: ArticleView.TargetActivated) -> None:
        target = message.target
        if target.kind == "mention":
            self.selected_entity = target.value
            from reader.ui.screens.entity import EntityScreen

            self.app.push_screen(EntityScreen(self.article, target.value), self._jump)
        elif target.kind == "link":
            self.open_link(target.value)

    def _jump(self, offset: int | None) -> None:
        if offset is not None:
            target = self.view.target_at(offset)
            self.view.move_cursor(target)

    def open_link(self, href: str, copy: bool = False) -> None:
        if not openable(href):
            self.notify("Only http, https and mailto links are opened or copied.",
                        severity="warning")
            return

        def answered(yes: bool | None) -> None:
            if yes and copy:
                self.app.copy_to_clipboard(href)  # OSC 52: the terminal's own clipboard
                self.notify("Copied.", timeout=2)
            elif yes:
                self.app.open_url(href)

        from reader.ui.screens.link import LinkScreen

        self.app.push_screen(LinkScreen(href, copy), answered)

    def _url_here(self) -> str:
        """The link under the cursor, else the article's own URL."""
        cursor = self.view.cursor
        if cursor is not None and cursor.kind == "link":
            return cursor.value
        return self.article.url

    def action_url(self, copy: bool) -> None:
        url = self._url_here()
        if not url:
            self.notify("No link under the cursor, and the article has no URL.", timeout=3)
            return
        self.open_link(url, copy)

    def action_search_here(self) -> None:
        """Like * in less and vim: the entity or the link text under the cursor."""
        cursor = self.view.cursor
        if cursor is None:
            self.notify("Put the cursor on a mention or a link (\u2192) first.", timeout=3)
            return
        if cursor.kind == "mention":
            self.selected_entity = cursor.value
            self.view.set_matches([])
            self.action_next_mark(1)
            return
        words = self.article.text[cursor.start:cursor.end]
        self.view.set_matches(self.searcher.find_all(words))
        self.view.cursor = None
        self.action_next_mark(1)

    # --- search -----------------------------------------------------------------

    async def action_search(self) -> None:
        bar = await self._search_box()
        if self.focused is bar:  # a / in the search itself, after the keys before it
            bar.post_message(events.Key("slash", "/"))
            return
        bar.add_class("-open")
        self.set_focus(bar)  # now, not once the keys typed after / are handled
        self.show_article(focus=False)

    def on_input_changed(self, message: Input.Changed) -> None:
        if message.input.id != "search":
            return
        matches = self.searcher.find_all(message.value)
        self.view.set_matches(matches)
        status = f"{len(matches)} match{'es' if len(matches) != 1 else ''}" if message.value else ""
        self._status(status)
        if matches:
            first = next((m for m in matches if m[0] >= self.view.visible_offsets()[0]),
                         matches[0])
            self.view.show_offset(*first)

    def on_input_submitted(self, message: Input.Submitted) -> None:
        if message.input.id != "search":
            return
        self.query_one("#search").remove_class("-open")
        self.view.focus()
        if self.view.matches:
            self.view.cursor = None
            self.action_next_mark(1)
        elif self.query_one("#search").value:
            self.notify("No matches.", timeout=2)

    def replace_article(self, article: Article) -> None:
        """The same text, now with its automatic entities, mentions and events."""
        self.article = article
        self._targets_of = None
        self.view.replace_article(article)
        self._status("")
        if self.is_mounted and self.query("#timeline"):
            self.call_later(self._rebuild_sidebar)

    async def _rebuild_sidebar(self) -> None:
        sidebar = self.query_one("#sidebar")
        await sidebar.remove_children()
        await sidebar.mount(*self._sidebar_panes())
        self._mark_events_in_view(*self.view.visible_offsets())

    def show_variant(self, variant: str) -> None:
        """Say which text this is: the feed's summary, the page's full text, or
        that the full text is on its way."""
        self.variant = variant
        self.query_one(ArticleView).border_title = f"Article \u00b7 {variant}" if variant \
            else "Article"

    def action_variant(self) -> None:
        if self.alternate is None:
            self.notify("This article has one version only." if not self.variant
                        or "fetching" not in self.variant
                        else "The full text is still on its way.", timeout=2)
            return
        other, label = self.alternate
        self.app.switch_screen(ReaderScreen(
            other, self.entity_styles, self.from_library, 0, self.navigate,
            variant=label, alternate=(self.article, self.variant.split(" (")[0])))

    def action_story(self) -> None:
        self.app.show_story_of(self.article)  # type: ignore[attr-defined]

    def action_step_article(self, step: int) -> None:
        if self.navigate is None:
            self.notify("This article was not opened from a list.", timeout=2)
            return
        self.app.remember_position(self.article, self.view.top_offset())
        if not self.navigate(step):
            self.notify("No next article." if step > 0 else "No previous article.", timeout=2)

    def action_back(self) -> None:
        view = self.view
        searching = bool(self.query("#search.-open"))
        if searching or view.matches:
            for box in self.query("#search"):  # absent until the first search
                box.remove_class("-open")
                box.value = ""  # type: ignore[attr-defined]
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
