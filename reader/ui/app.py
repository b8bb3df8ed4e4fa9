"""The Textual application: themes, screens, app-wide keys and commands."""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, ClassVar

from rich.style import Style
from textual import work
from textual.app import App, SystemCommand
from textual.binding import Binding, BindingType
from textual.dom import DOMNode
from textual.reactive import reactive
from textual.screen import Screen
from textual.worker import Worker, WorkerState

from reader.article import Article
from reader.locations import state_file
from reader.state import StateStore
from reader.themes import ThemeSpec, pick
from reader.ui.screens.reader import ReaderScreen
from reader.ui.themes import textual_theme
from reader.ui.widgets.article_view import ArticleView

if TYPE_CHECKING:
    from reader.store.db import Store


class ReaderApp(App[None]):
    CSS_PATH = "reader.tcss"
    TITLE = "newsreader"
    ENABLE_COMMAND_PALETTE = True
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("q", "quit", "Quit", tooltip="Quit the reader"),
        Binding("question_mark", "help", "Help", tooltip="Show every key"),
        Binding("t", "cycle_theme", "Theme", show=False, tooltip="Switch to the next theme"),
        Binding("f", "feeds", "Feeds", tooltip="Show the feeds and their articles"),
    ]
    feeds_version: reactive[int] = reactive(0)  # bumped when the cache changes
    refresh_status: reactive[str] = reactive("")

    def __init__(self, articles: list[Article], theme_name: str | None = None,
                 store: StateStore | None = None, problems: list[str] | None = None,
                 themes: tuple[dict[str, ThemeSpec], list[str]] | None = None,
                 feed_store: Store | None = None, preview: bool = False,
                 stories: tuple[list, list] | None = None) -> None:
        super().__init__()
        self.stories = stories
        self._feed_store = feed_store
        self.preview = preview
        self._theme_is_users = False  # theme changes before mounting are not the user's choice
        self.articles = articles
        self.store = store or StateStore(state_file())
        self.state, state_problems = self.store.load()
        self.load_problems = list(problems or [])
        self.problems = self.load_problems + state_problems
        if themes is None:
            from reader.quickstart import load_themes_cached

            themes = load_themes_cached()
        self.specs, theme_problems = themes
        self.problems += theme_problems
        for spec in self.specs.values():
            self.register_theme(textual_theme(spec))
        wanted = theme_name or self.state.theme
        self._start_with_theme(
            wanted if wanted in self.available_themes else pick(self.specs, None).name)

    def _start_with_theme(self, name: str) -> None:
        """Set the first theme before anything is parsed. Assigning `theme` would
        re-parse every stylesheet once the app runs (~4 ms of a start); that is
        needed only to switch between dark and light (Textual's colour filter)."""
        if self.get_theme(name).dark != self.current_theme.dark:
            self.theme = name
            return
        self.set_reactive(ReaderApp.theme, name)
        self.stylesheet.set_variables(self.get_css_variables())
        self.set_class(True, f"-theme-{name}", update=False)

    def on_mount(self) -> None:
        import asyncio
        import signal

        # A closed terminal (SIGHUP) or a kill (SIGTERM) keeps the reading
        # position, as q does.
        loop = asyncio.get_running_loop()
        for number in (signal.SIGTERM, signal.SIGHUP):
            try:
                loop.add_signal_handler(number, self._signalled)
            except (NotImplementedError, RuntimeError, ValueError):
                pass  # not the main thread, or no such signal here
        for problem in self.problems:
            self.notify(problem, severity="warning", timeout=8, markup=False)
        # Frames drawn during Textual's start-up batch are never shown: pushed
        # after it, the first screen is painted as soon as it is laid out.
        self.call_later(self._first_screen)
        self._theme_is_users = True

    def _first_screen(self) -> None:
        if self.stories is not None:
            self.show_stories(*self.stories)
        elif not self.articles:
            self.action_feeds()
        elif len(self.articles) > 1:
            from reader.ui.screens.library import LibraryScreen

            self.push_screen(LibraryScreen(self.articles, self.load_problems))
        else:
            self.open_article(self.articles[0])
        # The command line holds the collector off while the first screen is
        # built; a reader's view freezes what it keeps (ArticleView.on_mount).
        self.call_after_refresh(gc.enable)

    def open_article(self, article: Article, from_library: bool = False,
                     navigate: Callable[[int], bool] | None = None,
                     passage: tuple[int, int] | None = None, variant: str = "",
                     alternate: tuple[Article, str] | None = None) -> ReaderScreen:
        self.state.mark_read(article)
        start = passage[0] if passage else self.state.position(article)
        screen = ReaderScreen(article, self.entity_styles(), from_library, start, navigate,
                              passage, variant, alternate)
        self.push_screen(screen)
        if article.deferred:  # the text is on screen; names and dates follow
            self.complete_article(screen)
        return screen

    @work(thread=True, group="extract", exit_on_error=False)
    def complete_article(self, screen: ReaderScreen) -> None:
        from reader.extract import complete

        done = complete(screen.article)
        self.call_from_thread(self._article_completed, screen, done)

    def _article_completed(self, screen: ReaderScreen, article: Article) -> None:
        from reader.ui.screens.library import LibraryScreen

        old = screen.article
        self.articles = [article if a is old else a for a in self.articles]
        for other in self.screen_stack:  # the library opens the finished one next time
            if isinstance(other, LibraryScreen):
                other.articles = [article if a is old else a for a in other.articles]
        if article.path is not None:
            from reader.quickstart import remember

            remember(article.path, article)
        if screen.is_attached:
            screen.replace_article(article)

    # --- full text of feed items ------------------------------------------------

    @work(thread=True, group="pages", exit_on_error=False)
    def fetch_full_text(self, item, screen: ReaderScreen) -> None:  # noqa: ANN001
        """Fetch and parse an item's page in a thread; the cache is written, and
        the screen updated, back on the app's own thread."""
        from reader import codec
        from reader.feeds.articles import fetch_page_article
        from reader.problems import ArticleError

        try:
            page, error = codec.dumps(fetch_page_article(item)), ""
        except ArticleError as exc:
            page, error = None, " ".join(str(exc.problems[0].message).split())
        self.call_from_thread(self._page_ready, item, page, error, screen)

    def _page_ready(self, item, page: str | None, error: str,  # noqa: ANN001
                    screen: ReaderScreen) -> None:
        from reader import codec

        self.feed_store.save_page(item.id, page, error)
        if screen is not self.screen:  # the reader moved on: the cache keeps it for later
            return
        if page is None:
            screen.show_variant(f"feed summary (the full page: {error})")
            return
        article = codec.loads(page)
        if article is not None:
            self.switch_screen(ReaderScreen(
                article, self.entity_styles(), screen.from_library, 0, screen.navigate,
                variant="full text from the page", alternate=(screen.article, "feed summary")))

    # --- stories ----------------------------------------------------------------

    def show_stories(self, stories: list, alone: list) -> None:
        from reader.ui.screens.story import StoriesScreen

        if len(stories) == 1:
            self.open_story(stories[0])
        else:
            self.push_screen(StoriesScreen(stories, len(alone)))

    def open_story(self, story) -> None:  # noqa: ANN001 - reader.stories.merge.Story
        from reader.ui.screens.story import StoryScreen

        self.push_screen(StoryScreen(story, self.state.stories.get(story.key)))

    def remember_story(self, story) -> None:  # noqa: ANN001
        self.state.saw_story(story.key, story.names, [e.key for e in story.events])
        self._save()

    def show_story_of(self, article: Article) -> None:
        """The story the article belongs to, among the articles at hand: the
        stories already found, the library, or the cached feed articles."""
        from reader.stories.group import Member

        if self.stories is not None:
            story = next((s for s in self.stories[0]
                          if any(m.article is article for m in s.members)), None)
            self._story_found(story)
        elif len(self.articles) > 1:
            members = [Member(str(a.path) if a.path else a.title, a) for a in self.articles]
            self._story_found(_story_with(members, article))
        else:
            self.notify("Looking for this article's story among the cached articles\u2026",
                        timeout=2)
            self.find_story_in_cache(article)

    @work(thread=True, exclusive=True, group="stories", exit_on_error=False)
    def find_story_in_cache(self, article: Article) -> None:
        from reader.locations import cache_db
        from reader.store.db import Store
        from reader.stories.commands import members_from_cache
        from reader.stories.group import Member

        store = Store(cache_db())
        try:
            members = members_from_cache(store)
        finally:
            store.close()
        if not any(m.article.text == article.text for m in members):
            members.append(Member(article.url or article.title, article))
        story = _story_with(members, article)
        self.call_from_thread(self._story_found, story)

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        """A background job that fails says so, and the reader goes on."""
        if event.state == WorkerState.ERROR:
            error = event.worker.error
            if event.worker.group == "refresh":
                self.refresh_status = ""
            self.notify(f"{event.worker.group or 'background work'} failed: "
                        f"{type(error).__name__}: {error}", severity="error", timeout=8,
                        markup=False)

    def _story_found(self, story) -> None:  # noqa: ANN001
        if story is None:
            self.notify("No other article at hand tells this story.", timeout=3)
        else:
            self.open_story(story)

    def action_stories(self) -> None:
        """Stories across the cached feed articles (from the feeds screen)."""
        self.refresh_status = "grouping cached articles into stories\u2026"
        self.stories_from_cache()

    @work(thread=True, exclusive=True, group="stories", exit_on_error=False)
    def stories_from_cache(self) -> None:
        from reader.locations import cache_db
        from reader.store.db import Store
        from reader.stories.commands import members_from_cache, stories_of

        store = Store(cache_db())
        try:
            members = members_from_cache(store, lambda done, total: self.call_from_thread(
                setattr, self, "refresh_status", f"reading article {done} of {total}\u2026"))
        finally:
            store.close()
        stories, alone = stories_of(members)
        self.call_from_thread(self._stories_ready, stories, alone)

    def _stories_ready(self, stories: list, alone: list) -> None:
        self.refresh_status = ""
        if not stories:
            self.notify("No story yet: no two cached articles tell the same one.", timeout=4)
            return
        from reader.ui.screens.story import StoriesScreen

        self.push_screen(StoriesScreen(stories, len(alone)))

    # --- feeds ------------------------------------------------------------------

    @property
    def feed_store(self) -> Store:
        """The cache, opened when first needed (the seed opens without it)."""
        if self._feed_store is None:
            from reader.locations import cache_db
            from reader.store.db import Store

            self._feed_store = Store(cache_db())
            for warning in self._feed_store.warnings:
                self.notify(warning, severity="warning", timeout=8, markup=False)
        return self._feed_store

    def action_feeds(self) -> None:
        from reader.store.db import StoreError
        from reader.ui.screens.feeds import FeedsScreen
        from reader.ui.screens.items import ItemsScreen

        for screen in reversed(self.screen_stack):
            if isinstance(screen, (FeedsScreen, ItemsScreen)) and screen is not self.screen:
                while self.screen is not screen:
                    self.pop_screen()
                return
        if isinstance(self.screen, (FeedsScreen, ItemsScreen)):
            return
        try:
            store = self.feed_store
        except StoreError as exc:
            self.notify(str(exc), severity="error", markup=False)
            return
        if self.preview:
            self.push_screen(ItemsScreen(store.feeds()[0]))
        else:
            self.push_screen(FeedsScreen())

    def start_refresh(self, feed_ids: list[int] | None) -> None:
        if self.preview:
            self.notify("This feed is read without subscribing; newsreader --add URL "
                        "subscribes to it.", timeout=4, markup=False)
            return
        self.refresh_feeds(feed_ids)

    @work(thread=True, exclusive=True, group="refresh", exit_on_error=False)
    def refresh_feeds(self, feed_ids: list[int] | None) -> None:
        """Fetch in a thread with its own connection to the cache; each feed's
        articles appear as it finishes."""
        from reader.feeds.refresh import FeedResult, refresh
        from reader.locations import cache_db
        from reader.store.db import Store

        store = Store(cache_db())
        try:
            feeds = [f for f in store.feeds() if feed_ids is None or f.id in feed_ids]
            self.call_from_thread(setattr, self, "refresh_status",
                                  f"refreshing 0/{len(feeds)} feeds…")

            def progress(result: FeedResult, done: int, total: int) -> None:
                self.call_from_thread(self._refreshed_one, done, total)

            summary = refresh(store, feeds, on_result=progress)
        finally:
            store.close()
        self.call_from_thread(self._refreshed_all, summary.line(), bool(summary.failed))

    def _refreshed_one(self, done: int, total: int) -> None:
        self.refresh_status = f"refreshing {done}/{total} feeds…"
        self.feeds_version += 1

    def _refreshed_all(self, line: str, failed: bool) -> None:
        self.refresh_status = ""
        self.feeds_version += 1
        self.notify(line, severity="warning" if failed else "information", timeout=6,
                    markup=False)

    # --- state ------------------------------------------------------------------

    def remember_position(self, article: Article, offset: int) -> None:
        self.state.remember(article, offset)
        self._save()

    def _save(self) -> None:
        problem = self.store.save(self.state)
        if problem and problem not in self.problems:
            self.problems.append(problem)
            self.notify(problem, severity="warning", timeout=8, markup=False)

    def _remember_open_articles(self) -> None:
        for screen in self.screen_stack:
            if isinstance(screen, ReaderScreen):
                self.state.remember(screen.article, screen.view.top_offset())
        self._save()

    def _signalled(self) -> None:
        self._remember_open_articles()
        self.exit(return_code=1)

    async def action_quit(self) -> None:
        self._remember_open_articles()
        self.exit()

    # --- themes -----------------------------------------------------------------

    @property
    def theme_spec(self) -> ThemeSpec:
        return self.specs.get(self.theme) or pick(self.specs, None, self.current_theme.dark)

    def entity_styles(self) -> dict[str, Style]:
        return {t: Style.parse(s) for t, s in self.theme_spec.rich_styles().items()}

    def watch_theme(self, name: str) -> None:
        if self._theme_is_users and self.state.theme != name:
            self.state.theme = name
            self._save()
        styles = self.entity_styles()
        for screen in self.screen_stack:
            if isinstance(screen, ReaderScreen):
                screen.set_entity_styles(styles)

    def action_cycle_theme(self) -> None:
        names = list(self.specs)
        index = names.index(self.theme) + 1 if self.theme in names else 0
        self.theme = names[index % len(names)]
        self.notify(f"Theme: {self.theme}", timeout=2, markup=False)

    # --- help and commands ------------------------------------------------------

    def help_sections(self, screen: Screen | None = None) -> list[tuple[str, list[BindingType]]]:
        """The keys of the screen in front (all of them without one)."""
        from reader.ui.screens.feeds import FeedsScreen
        from reader.ui.screens.items import ItemsScreen
        from reader.ui.screens.library import LibraryScreen
        from reader.ui.widgets.entities import EntityTree
        from reader.ui.widgets.timeline import Timeline

        default_focus = [
            Binding("tab", "focus_next", "Next pane",
                    tooltip="Next pane (in the article: mentions and links first)"),
            Binding("shift+tab", "focus_previous", "Previous pane",
                    tooltip="Move to the previous pane"),
            Binding("ctrl+p", "command_palette", "Commands",
                    tooltip="Every action by name"),
        ]
        reading = [
            ("Reading", list(ReaderScreen.BINDINGS)),
            ("Article pane", list(ArticleView.BINDINGS)),
            ("Timeline and entities", list(Timeline.BINDINGS) + list(EntityTree.BINDINGS)),
        ]
        lists = [("Library (several articles)", list(LibraryScreen.BINDINGS)),
                 ("Feeds", list(FeedsScreen.BINDINGS)),
                 ("Articles of a feed", list(ItemsScreen.BINDINGS))]
        anywhere = [("Anywhere", list(self.BINDINGS) + default_focus)]
        from reader.ui.screens.story import StoriesScreen, StoryScreen

        if isinstance(screen, (StoryScreen, StoriesScreen)):
            return anywhere + [("Stories", list(StoriesScreen.BINDINGS)),
                               ("A story", list(StoryScreen.BINDINGS))]
        if isinstance(screen, ReaderScreen):
            return anywhere + reading
        if isinstance(screen, (LibraryScreen, FeedsScreen, ItemsScreen)):
            return anywhere + lists
        return anywhere + reading + lists

    def action_help(self) -> None:
        from reader.ui.screens.help import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen(self.help_sections(self.screen)))

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        """Textual's own commands, then every action of this screen once, by what it
        does, with its keys."""
        from reader.ui.keys import grouped
        from reader.ui.screens.feeds import FeedsScreen
        from reader.ui.screens.items import ItemsScreen
        from reader.ui.screens.library import LibraryScreen

        yield from super().get_system_commands(screen)
        sources: list[tuple[str, DOMNode, list[BindingType]]] = [("", self, self.BINDINGS)]
        from reader.ui.screens.story import StoriesScreen, StoryScreen

        if isinstance(screen, (FeedsScreen, ItemsScreen, LibraryScreen, StoryScreen,
                               StoriesScreen)):
            sources.append(("", screen, screen.BINDINGS))
        if isinstance(screen, ReaderScreen):
            sources.append(("", screen, ReaderScreen.BINDINGS))
            sources.append(("Article: ", screen.view, ArticleView.BINDINGS))
        for prefix, node, bindings in sources:
            for entry in grouped(bindings):
                if entry.action in ("quit", "back", "close", "command_palette"):
                    continue  # Textual lists Quit; Escape is no command
                yield SystemCommand(f"{prefix}{entry.text}", f"keys: {entry.keys}",
                                    _runner(node, entry.action))


def _story_with(members: list, article: Article):  # noqa: ANN202 - Story | None
    from reader.stories.commands import stories_of

    stories, _ = stories_of(members)
    return next((s for s in stories if any(m.article.text == article.text and
                                           m.article.title == article.title
                                           for m in s.members)), None)


def _runner(node: DOMNode, action: str):  # noqa: ANN202
    async def run() -> None:
        await node.run_action(action)

    return run
