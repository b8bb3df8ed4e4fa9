"""The Textual application: themes, screens, app-wide keys and commands."""

from __future__ import annotations

from collections.abc import Iterable
from typing import ClassVar

from rich.style import Style
from textual.app import App, SystemCommand
from textual.binding import Binding, BindingType
from textual.dom import DOMNode
from textual.screen import Screen

from reader.article import Article
from reader.locations import state_file
from reader.state import StateStore
from reader.themes import ThemeSpec, load_themes, pick
from reader.ui.screens.reader import ReaderScreen
from reader.ui.widgets.article_view import ArticleView


class ReaderApp(App[None]):
    CSS_PATH = "reader.tcss"
    TITLE = "newsreader"
    ENABLE_COMMAND_PALETTE = True
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("q", "quit", "Quit", tooltip="Quit the reader"),
        Binding("question_mark", "help", "Help", tooltip="Show every key"),
        Binding("t", "cycle_theme", "Theme", tooltip="Switch to the next theme"),
    ]

    def __init__(self, articles: list[Article], theme_name: str | None = None,
                 store: StateStore | None = None, problems: list[str] | None = None,
                 themes: tuple[dict[str, ThemeSpec], list[str]] | None = None) -> None:
        super().__init__()
        self._theme_is_users = False  # theme changes before mounting are not the user's choice
        self.articles = articles
        self.store = store or StateStore(state_file())
        self.state, state_problems = self.store.load()
        self.load_problems = list(problems or [])
        self.problems = self.load_problems + state_problems
        self.specs, theme_problems = themes or load_themes()
        self.problems += theme_problems
        for spec in self.specs.values():
            self.register_theme(spec.to_textual())
        wanted = theme_name or self.state.theme
        self.theme = wanted if wanted in self.available_themes else pick(self.specs, None).name

    def on_mount(self) -> None:
        for problem in self.problems:
            self.notify(problem, severity="warning", timeout=8, markup=False)
        if len(self.articles) > 1:
            from reader.ui.screens.library import LibraryScreen

            self.push_screen(LibraryScreen(self.articles, self.load_problems))
        else:
            self.open_article(self.articles[0])
        self._theme_is_users = True

    def open_article(self, article: Article, from_library: bool = False) -> None:
        self.push_screen(ReaderScreen(article, self.entity_styles(), from_library,
                                      self.state.position(article)))

    # --- state ------------------------------------------------------------------

    def remember_position(self, article: Article, offset: int) -> None:
        self.state.remember(article, offset)
        self._save()

    def _save(self) -> None:
        problem = self.store.save(self.state)
        if problem and problem not in self.problems:
            self.problems.append(problem)
            self.notify(problem, severity="warning", timeout=8, markup=False)

    async def action_quit(self) -> None:
        for screen in self.screen_stack:
            if isinstance(screen, ReaderScreen):
                self.state.remember(screen.article, screen.view.top_offset())
        self._save()
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

    def help_sections(self) -> list[tuple[str, list[BindingType]]]:
        from reader.ui.screens.library import LibraryScreen
        from reader.ui.widgets.entities import EntityTree
        from reader.ui.widgets.timeline import Timeline

        default_focus = [
            Binding("tab", "focus_next", "Next pane",
                    tooltip="Move to the next pane (in the article: through mentions and links "
                    "first)"),
            Binding("shift+tab", "focus_previous", "Previous pane",
                    tooltip="Move to the previous pane"),
            Binding("ctrl+p", "command_palette", "Commands",
                    tooltip="Open the command palette: every action by name"),
        ]
        return [
            ("Anywhere", list(self.BINDINGS) + default_focus),
            ("Reading", list(ReaderScreen.BINDINGS)),
            ("Article pane", list(ArticleView.BINDINGS)),
            ("Library (several articles)", list(LibraryScreen.BINDINGS)),
            ("Timeline and entities", list(Timeline.BINDINGS) + list(EntityTree.BINDINGS) + [
                Binding("enter", "select", "Select",
                        tooltip="Show an event's passage, or mark an entity's mentions"),
            ]),
        ]

    def action_help(self) -> None:
        from reader.ui.screens.help import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen(self.help_sections()))

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        yield from super().get_system_commands(screen)
        yield SystemCommand("Help: keys", "Show every key", self.action_help)
        yield SystemCommand("Next theme", "Switch to the next colour theme",
                            self.action_cycle_theme)
        if isinstance(screen, ReaderScreen):
            for binding in ReaderScreen.BINDINGS:
                assert isinstance(binding, Binding)
                if binding.action == "back" or binding.key == "N":
                    continue
                yield SystemCommand(binding.description, binding.tooltip,
                                    _runner(screen, binding.action))
            yield SystemCommand("Previous match or mention", "Step backwards with N",
                                _runner(screen, "next_mark(-1)"))
            view = screen.view
            seen: set[str] = set()
            for binding in ArticleView.BINDINGS:
                assert isinstance(binding, Binding)
                if binding.action not in seen:
                    seen.add(binding.action)
                    yield SystemCommand(f"Article: {binding.tooltip}", binding.tooltip,
                                        _runner(view, binding.action))


def _runner(node: DOMNode, action: str):  # noqa: ANN202
    async def run() -> None:
        await node.run_action(action)

    return run
