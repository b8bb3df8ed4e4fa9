"""One story: its sources, the merged timeline and the entity index across them."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.screen import ModalScreen, Screen
from textual.widgets import DataTable, OptionList, Static
from textual.widgets.option_list import Option

from reader.export import STATUS_MARKS
from reader.stories.merge import MergedEvent, Story
from reader.ui.screens.entity import snippet
from reader.ui.widgets.key_bar import KeyBar

if TYPE_CHECKING:
    from reader.ui.app import ReaderApp

NEW = "\u2731"  # ✱
FLAG = "\u26a0"  # ⚠
STATUS_STYLE = {"happened": "bold", "planned": "italic $secondary", "claimed": "italic $warning"}


def event_prompt(event: MergedEvent, new: bool, outlets: dict[str, str]) -> Content:
    count = len(event.names)
    parts: list = [(f"{NEW} " if new else "  ", "bold $accent"),
                   (f"{STATUS_MARKS[event.status]} ", STATUS_STYLE[event.status]),
                   (event.display_date(), "bold"),
                   (f"  {event.status}", STATUS_STYLE[event.status]),
                   (f"  {count} source{'s' * (count != 1)}",
                    "$text-muted" if count < 2 else "bold")]
    if event.disagreements:
        parts.append((f"  {FLAG} figures differ", "bold $warning"))
    parts += ["\n  ", (event.label, "" if event.status == "happened" else "italic")]
    for disagreement in event.disagreements:
        parts += ["\n  ", (f"{FLAG} {disagreement.describe(outlets)}", "$warning")]
    return Content.assemble(*parts)


class PassagesScreen(ModalScreen[tuple[str, tuple[int, int] | None] | None]):
    """Each source's passage for one event; returns (source name, span) to open."""

    DEFAULT_CSS = """
    PassagesScreen {
        align: center middle;
        & > Vertical {
            width: 90%; max-width: 110; height: auto; max-height: 90%;
            border: round $accent; border-title-color: $accent;
            background: $surface; padding: 0 1;
        }
        & OptionList, & OptionList:focus { height: auto; max-height: 24; border: none; }
    }
    """
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q", "close", "Close", tooltip="Back to the story"),
        Binding("j", "move(1)", "Down", show=False, tooltip="Next source"),
        Binding("k", "move(-1)", "Up", show=False, tooltip="Previous source"),
    ]

    def __init__(self, story: Story, event: MergedEvent) -> None:
        super().__init__()
        self.story = story
        self.event = event

    def compose(self) -> ComposeResult:
        articles = {m.name: m.article for m in self.story.members}
        options = []
        for source in self.event.sources:
            article = articles[source.name]
            head = Content.assemble((article.source or source.name, "bold"), "  ",
                                    (article.published.strftime("%-d %b %Y")
                                     if article.published else "", "$text-muted"),
                                    "  ", (source.date.display(), "$text-muted"), "\n")
            body = (snippet(article.text, *source.span) if source.span
                    else Content(source.quote))
            options.append(Option(Content.assemble(head, body)))
        with Vertical() as box:
            box.border_title = "Who reported it (earliest first)"
            box.border_subtitle = "enter opens the article there \u00b7 esc closes"
            yield Static(Content.assemble((self.event.display_date(), "bold"), "  ",
                                          self.event.label))
            yield OptionList(*options, id="passages")

    def action_move(self, step: int) -> None:
        listing = self.query_one(OptionList)
        (listing.action_cursor_down if step > 0 else listing.action_cursor_up)()

    @on(OptionList.OptionSelected, "#passages")
    def chosen(self, message: OptionList.OptionSelected) -> None:
        source = self.event.sources[message.option_index]
        self.dismiss((source.name, source.span))

    def action_close(self) -> None:
        self.dismiss(None)


class StoryScreen(Screen[None]):
    DEFAULT_CSS = """
    StoryScreen {
        & > #story-title { height: auto; padding: 0 1; background: $panel; }
        & > #story-sources { height: auto; max-height: 9; overflow-x: hidden; }
        & > Horizontal { height: 1fr; }
        & #story-events { width: 2fr; border: round $panel-lighten-2; }
        & #story-entities-pane { width: 1fr; min-width: 30; }
        & #story-entities { height: 1fr; border: round $panel-lighten-2; }
        & #story-entity-sources { height: auto; max-height: 8; padding: 0 1; color: $text-muted; }
        & #story-events:focus, & #story-entities:focus, & #story-sources:focus {
            border: round $accent;
        }
        &.-narrow > Horizontal { layout: vertical; }
        &.-narrow #story-events, &.-narrow #story-entities-pane { width: 1fr; height: 1fr; }
    }
    """
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "open", "Open", tooltip="An event: each source's passage; "
                "a source: read it"),
        Binding("j", "move(1)", "Down", show=False, tooltip="Next row"),
        Binding("k", "move(-1)", "Up", show=False, tooltip="Previous row"),
        Binding("escape", "back", "Back", tooltip="Back"),
    ]

    def __init__(self, story: Story, seen: dict | None = None) -> None:
        super().__init__()
        self.story = story
        seen = seen or {}
        self.first_visit = not seen
        self.new_articles = set() if self.first_visit else (
            set(story.names) - set(seen.get("articles", ())))
        self.new_events = set() if self.first_visit else (
            {e.key for e in story.events} - set(seen.get("events", ())))

    @property
    def reader_app(self) -> ReaderApp:
        return self.app  # type: ignore[return-value]

    def compose(self) -> ComposeResult:
        story = self.story
        dates = [m.article.published for m in story.members if m.article.published]
        span = (f"{min(dates).strftime('%-d %b')} \u2013 {max(dates).strftime('%-d %b %Y')}"
                if dates else "")
        shared = sum(1 for e in story.events if len(e.names) > 1)
        if self.first_visit:
            note = "first time you open this story"
        elif self.new_articles or self.new_events:
            note = (f"{NEW} {len(self.new_articles)} new articles, {len(self.new_events)} new "
                    "events since you last looked")
        else:
            note = "nothing new since you last looked"
        yield Static(Content.assemble((story.title, "bold"), "\n",
                                      (f"{len(story.members)} sources \u00b7 {span} \u00b7 "
                                       f"{len(story.events)} events, {shared} told by several "
                                       f"\u00b7 {note}", "$text-muted")), id="story-title")
        yield DataTable(cursor_type="row", id="story-sources")
        with Horizontal():
            outlets = {m.name: m.article.source or m.name for m in story.members}
            events = OptionList(*[Option(event_prompt(e, e.key in self.new_events, outlets))
                                  for e in story.events], id="story-events")
            events.border_title = "Merged timeline"
            yield events
            with Vertical(id="story-entities-pane"):
                entities = DataTable(cursor_type="row", id="story-entities")
                entities.border_title = "Entities across sources"
                yield entities
                yield Static(id="story-entity-sources")
        yield KeyBar()

    def on_mount(self) -> None:
        sources = self.query_one("#story-sources", DataTable)
        for label, width in ((" ", 1), ("Outlet", 20), ("Date", 11), ("Headline", None)):
            sources.add_column(Text(label), width=width)
        for member in self.story.members:
            article = member.article
            sources.add_row(Text(NEW if member.name in self.new_articles else " ", "bold"),
                            Text(article.source or member.name, overflow="ellipsis",
                                 no_wrap=True),
                            Text(article.published.strftime("%-d %b %Y")
                                 if article.published else ""),
                            Text(article.title, overflow="ellipsis", no_wrap=True))
        self.query_one("#story-events").focus()
        self.reader_app.remember_story(self.story)
        self.on_resize()
        # The index can be long; it fills in once the timeline is on screen.
        self.call_after_refresh(self._fill_entities)

    def _fill_entities(self) -> None:
        entities = self.query_one("#story-entities", DataTable)
        for label in ("Entity", "Sources", "Mentions"):
            entities.add_column(Text(label))
        styles = self.reader_app.entity_styles()
        for entity in self.story.entities:
            entities.add_row(Text(entity.name, style=styles.get(entity.type, ""),
                                  overflow="ellipsis", no_wrap=True),
                             Text(str(len(entity.mentions)), justify="right"),
                             Text(str(sum(entity.mentions.values())), justify="right"))

    def on_resize(self) -> None:
        self.set_class(self.size.width < 90, "-narrow")

    @on(DataTable.RowHighlighted, "#story-entities")
    def entity_sources(self, message: DataTable.RowHighlighted) -> None:
        """The highlighted entity's mentions in each source."""
        if not 0 <= message.cursor_row < len(self.story.entities):
            return
        entity = self.story.entities[message.cursor_row]
        outlets = {m.name: m.article.source or m.name for m in self.story.members}
        shown = " \u00b7 ".join(f"{outlets.get(n, n)} {c}" for n, c in entity.mentions.items())
        self.query_one("#story-entity-sources", Static).update(
            Content(f"{entity.name}: {shown}"))

    def action_move(self, step: int) -> None:
        focused = self.focused
        if isinstance(focused, OptionList):
            (focused.action_cursor_down if step > 0 else focused.action_cursor_up)()
        elif isinstance(focused, DataTable):
            focused.move_cursor(row=focused.cursor_row + step)

    def action_open(self) -> None:
        focused = self.focused
        if isinstance(focused, OptionList) and focused.highlighted is not None:
            self.show_passages(focused.highlighted)
        elif focused is self.query_one("#story-sources"):
            row = self.query_one("#story-sources", DataTable).cursor_row
            self.read(self.story.members[row].name, None)

    @on(OptionList.OptionSelected, "#story-events")
    def event_chosen(self, message: OptionList.OptionSelected) -> None:
        self.show_passages(message.option_index)

    @on(DataTable.RowSelected, "#story-sources")
    def source_chosen(self, message: DataTable.RowSelected) -> None:
        self.read(self.story.members[message.cursor_row].name, None)

    def show_passages(self, index: int) -> None:
        event = self.story.events[index]

        def chosen(answer: tuple[str, tuple[int, int] | None] | None) -> None:
            if answer is not None:
                self.read(*answer)

        self.app.push_screen(PassagesScreen(self.story, event), chosen)

    def read(self, name: str, span: tuple[int, int] | None) -> None:
        member = next(m for m in self.story.members if m.name == name)
        names = self.story.names
        index = names.index(name)

        def step(by: int) -> bool:
            target = index + by
            if not 0 <= target < len(names):
                return False
            self.app.pop_screen()
            self.read(names[target], None)
            return True

        self.reader_app.open_article(member.article, from_library=True, navigate=step,
                                     passage=span)

    def action_back(self) -> None:
        if len(self.app.screen_stack) > 2:
            self.dismiss(None)


class StoriesScreen(Screen[None]):
    """Every story found, biggest first; Enter opens one."""

    DEFAULT_CSS = """
    StoriesScreen {
        & > #stories-title { height: 1; padding: 0 1; background: $panel; color: $text-muted; }
        & > OptionList, & > OptionList:focus { height: 1fr; border: none; }
    }
    """
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "open", "Open", tooltip="Open the highlighted story"),
        Binding("j", "move(1)", "Down", show=False, tooltip="Next story"),
        Binding("k", "move(-1)", "Up", show=False, tooltip="Previous story"),
        Binding("escape", "back", "Back", tooltip="Back"),
    ]

    def __init__(self, stories: list[Story], alone: int = 0) -> None:
        super().__init__()
        self.stories = stories
        self.alone = alone

    def compose(self) -> ComposeResult:
        yield Static(Content(f"{len(self.stories)} stories; {self.alone} articles belong to "
                             "none. Enter opens one."), id="stories-title")
        options = []
        for story in self.stories:
            dates = [m.article.published for m in story.members if m.article.published]
            when = max(dates).strftime("%-d %b %Y") if dates else ""
            shared = sum(1 for e in story.events if len(e.names) > 1)
            outlets = ", ".join(dict.fromkeys(m.article.source or m.name for m in story.members))
            options.append(Option(Content.assemble(
                (story.title, "bold"), "\n",
                (f"{len(story.members)} sources \u00b7 latest {when} \u00b7 {shared} shared "
                 f"events \u00b7 {outlets}", "$text-muted"))))
        yield OptionList(*options, id="stories")
        yield KeyBar()

    def action_move(self, step: int) -> None:
        listing = self.query_one(OptionList)
        (listing.action_cursor_down if step > 0 else listing.action_cursor_up)()

    def action_open(self) -> None:
        listing = self.query_one(OptionList)
        if listing.highlighted is not None:
            self.open_story(listing.highlighted)

    @on(OptionList.OptionSelected, "#stories")
    def chosen(self, message: OptionList.OptionSelected) -> None:
        self.open_story(message.option_index)

    def open_story(self, index: int) -> None:
        app: ReaderApp = self.app  # type: ignore[assignment]
        app.open_story(self.stories[index])

    def action_back(self) -> None:
        if len(self.app.screen_stack) > 2:
            self.dismiss(None)
