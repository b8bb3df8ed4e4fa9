"""The reader screen, driven as a user would with the keyboard and mouse."""

from __future__ import annotations

from textual.containers import VerticalScroll
from textual.widgets import Input

from reader.loading import load_article
from reader.ui.app import ReaderApp
from reader.ui.screens.entity import EntityScreen
from reader.ui.screens.help import HelpScreen
from reader.ui.screens.link import LinkScreen
from reader.ui.screens.reader import ReaderScreen
from reader.ui.widgets.article_view import ArticleView
from reader.ui.widgets.entities import EntityTree
from reader.ui.widgets.key_bar import KeyBar
from reader.ui.widgets.timeline import Timeline

from .conftest import SEED
from .ui_helpers import painted_text, screen_text, seed_app, styles_of


async def test_seed_opens_with_headline_and_highlights():
    app = seed_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        view = app.screen.query_one(ArticleView)
        text = screen_text(view)
        assert "Trump Announces Plans for 2026 State Visit to Beijing" in text
        assert "WASHINGTON · 25 November 2025 · 2 min read" in text
        person = app.entity_styles()["person"]
        place = app.entity_styles()["place"]
        assert person.color is not None and person.bold
        assert any(s.color == person.color and s.bold for s in styles_of(view, "Xi Jinping"))
        assert any(s.color == place.color and s.italic for s in styles_of(view, "china"))
        timeline = app.screen.query_one(Timeline)
        labels = [e.label for e in timeline.events]
        assert "Trump and Xi meet in Busan, South Korea" in labels
        assert "Trump's state visit to Beijing" in labels
        assert view.has_focus
        footer = painted_text(app.screen.query_one(KeyBar))
        assert all(key in footer for key in (" / Search", " ? Help", " q Quit"))


async def test_selecting_an_event_scrolls_to_and_marks_its_passage():
    app = seed_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        view = app.screen.query_one(ArticleView)
        events = app.screen.article.events
        last = len(events) - 1
        target = next(i for i, e in enumerate(events) if e.id == "chemical-licences")
        assert not view.line_is_visible(events[target].span[0])
        timeline = app.screen.query_one(Timeline)
        timeline.focus()
        timeline.highlighted = target
        await pilot.press("enter")
        await pilot.pause()
        assert view.passage == events[target].span
        assert view.line_is_visible(events[target].span[0])
        assert view.scroll_y > 0
        # ] and [ step through events from the article too
        view.focus()
        await pilot.press("right_square_bracket")
        assert timeline.highlighted == min(target + 1, last)
        await pilot.press("left_square_bracket", "left_square_bracket")
        assert timeline.highlighted == target - 1
        assert view.passage == events[target - 1].span


def assert_marks_drawn(timeline: Timeline) -> None:
    """Each date line on screen starts with the mark exactly when its event is in
    view, then the event's status mark."""
    from reader.export import STATUS_MARKS

    checked = 0
    for y in range(timeline.scrollable_content_region.height):
        text = timeline.render_line(y).text
        for i, event in enumerate(timeline.events):
            if text[1:].lstrip("\u25cf\u25cb? ").startswith(event.display_date() + " "):
                assert text.startswith("\u258c") == (i in timeline.in_view), (y, text)
                assert text[1:].startswith(f"{STATUS_MARKS[event.status]} "), (y, text)
                checked += 1
                break
    assert checked >= 2


async def test_scrolling_marks_the_events_in_view():
    app = seed_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        timeline = app.screen.query_one(Timeline)
        ids = lambda: {timeline.events[i].id for i in timeline.in_view}  # noqa: E731
        assert "phone-call" in ids() and "chemical-licences" not in ids()
        assert_marks_drawn(timeline)
        await pilot.press("G")
        await pilot.pause()
        assert "tariff-cut" in ids() and "phone-call" not in ids()
        assert_marks_drawn(timeline)
        # The timeline followed: an event in view is its highlighted one, on screen.
        assert timeline.highlighted in timeline.in_view
        shown = [timeline.render_line(y).text for y in range(timeline.size.height)]
        date = timeline.events[timeline.highlighted].display_date()
        assert any(date in line and line.startswith("\u258c") for line in shown)
        await pilot.press("g")
        await pilot.pause()
        assert "phone-call" in ids()


async def test_entity_marks_mentions_and_n_steps_through_them():
    app = seed_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        screen = app.screen
        tree = screen.query_one(EntityTree)
        tree.focus()
        tree.select_entity("china")
        await pilot.press("enter")
        await pilot.pause()
        view = screen.query_one(ArticleView)
        assert screen.selected_entity == "china" and view.selected_entity == "china"
        starts = [m.start for m in screen.article.mentions if m.entity_id == "china"]
        assert view.cursor.start == starts[0]
        await pilot.press("n", "n")
        assert view.cursor.start == starts[2]
        await pilot.press("N")
        assert view.cursor.start == starts[1]
        page = view.rich_style.bgcolor
        assert any(s.bgcolor not in (None, page) for s in styles_of(view, "china"))
        await pilot.press("escape")
        assert screen.selected_entity is None and view.cursor is None


async def test_enter_on_a_mention_shows_the_entity_and_jumps():
    app = seed_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        view = app.screen.query_one(ArticleView)
        await pilot.press("right")
        assert view.cursor.kind == "mention" and view.cursor.value == "washington"
        await pilot.press("right")
        assert view.cursor.value == "trump"
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, EntityScreen)
        assert app.screen.entity.name == "Donald Trump"
        assert len(app.screen.mentions) == 5
        await pilot.press("down", "down", "enter")
        await pilot.pause()
        assert isinstance(app.screen, ReaderScreen)
        trump = [m.start for m in app.screen.article.mentions if m.entity_id == "trump"]
        assert view.cursor.start == trump[2]


async def test_search_marks_matches_and_n_steps():
    app = seed_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("slash")
        search = app.screen.query_one("#search", Input)
        assert search.has_focus
        await pilot.press(*"soybeans")
        await pilot.pause()
        view = app.screen.query_one(ArticleView)
        assert len(view.matches) == 3  # "Soybeans" too: search ignores case
        await pilot.press("enter")
        assert view.has_focus and view.cursor.start == view.matches[0][0]
        await pilot.press("n")
        assert view.cursor.start == view.matches[1][0]
        await pilot.press("N", "N")
        assert view.cursor.start == view.matches[2][0]  # wrapped round
        await pilot.press("escape")
        assert view.matches == []


async def test_help_lists_every_key_and_fits_120_by_40():
    app = seed_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        scroller = app.screen.query_one(VerticalScroll)
        assert scroller.max_scroll_y == 0  # nothing hidden below
        text = painted_text(app.screen.query_one("#help-keys"))
        for key in ("/", "n", "N", "[", "]", "j", "k", "space", "b", "g", "G", "tab",
                    "shift+tab", "enter", "esc", "q", "?", "t", "h", "s", "ctrl+p", "J", "K",
                    "f", "*", "o", "y", "ctrl+d", "ctrl+u"):
            assert f" {key} " in f" {text} ".replace("\n", " "), key
        await pilot.press("escape")
        assert isinstance(app.screen, ReaderScreen)


async def test_help_scrolls_with_j_k_g_G_when_it_does_not_fit():
    app = seed_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("question_mark")
        await pilot.pause()
        scroller = app.screen.query_one(VerticalScroll)
        assert scroller.max_scroll_y > 0
        await pilot.press("j", "j")
        assert scroller.scroll_y == 2
        await pilot.press("G")
        assert scroller.scroll_y == scroller.max_scroll_y
        await pilot.press("k", "g")
        assert scroller.scroll_y == 0


async def test_every_screen_action_is_in_the_command_palette_once_with_its_keys():
    app = seed_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        commands = list(app.get_system_commands(app.screen))
        titles = [c.title for c in commands]
        assert len(titles) == len(set(titles))
        ours = [c for c in commands if c.help.startswith("keys: ")]
        assert all(c.title != c.help for c in commands)
        for binding in ReaderScreen.BINDINGS:
            if binding.action != "back":
                assert binding.tooltip in titles
        for binding in ArticleView.BINDINGS:
            assert f"Article: {binding.tooltip}" in titles
        assert next(c for c in ours if c.title == "Switch to the next theme").help == "keys: t"
        end = next(c for c in commands if c.title == "Article: Go to the end of the article")
        assert end.help == "keys: End G"
        await end.callback()
        view = app.screen.query_one(ArticleView)
        assert view.scroll_y == view.max_scroll_y > 0
        command = next(c for c in commands if c.title == "Switch highlights off or on")
        await command.callback()
        assert app.screen.highlights is False


async def test_tab_goes_through_mentions_and_links_on_screen_then_panes():
    app = seed_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        view = app.screen.query_one(ArticleView)
        start, end = view.visible_offsets()
        on_screen = [t for t in view.targets if start <= t.start < end]
        assert len(on_screen) > 5
        await pilot.press("tab")
        assert app.focused is view and view.cursor == on_screen[0]
        await pilot.press("tab", "tab", "shift+tab")
        assert view.cursor == on_screen[1]
        for _ in on_screen[1:]:
            await pilot.press("tab")
        assert app.focused.id == "timeline" and view.cursor is None
        await pilot.press("tab")
        assert app.focused.id == "entities"
        await pilot.press("shift+tab", "shift+tab")
        assert app.focused is view and view.cursor is None
        await pilot.press("shift+tab")  # backwards into the text: its last stop
        assert view.cursor == on_screen[-1]
        for _ in on_screen:
            await pilot.press("shift+tab")
        assert app.focused.id == "entities" and view.cursor is None


async def test_keys_scroll_the_article():
    app = seed_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        view = app.screen.query_one(ArticleView)
        await pilot.press("j", "j")
        assert view.scroll_y == 2
        await pilot.press("k")
        assert view.scroll_y == 1
        await pilot.press("space")
        assert view.scroll_y > 10
        await pilot.press("b", "g")
        assert view.scroll_y == 0
        await pilot.press("end")
        assert view.scroll_y == view.max_scroll_y > 0
        await pilot.press("home", "pagedown")
        assert view.scroll_y > 10


async def test_highlights_toggle():
    app = seed_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        view = app.screen.query_one(ArticleView)
        person = app.entity_styles()["person"]
        await pilot.press("h")
        assert view.highlights is False
        assert not any(s.color == person.color for s in styles_of(view, "Xi Jinping"))
        await pilot.press("h")
        assert any(s.color == person.color for s in styles_of(view, "Xi Jinping"))


async def test_narrow_layout_hides_the_sidebar_behind_a_key():
    app = seed_app()
    async with app.run_test(size=(60, 20)) as pilot:
        await pilot.pause()
        screen = app.screen
        assert screen.narrow and not screen.query_one("#sidebar").display
        await pilot.press("s")
        await pilot.pause()
        assert screen.query_one("#sidebar").display
        assert not screen.query_one(ArticleView).display
        assert app.focused.id == "timeline"
        await pilot.press("escape")
        await pilot.pause()
        assert screen.query_one(ArticleView).display and app.focused.id == "article"


async def test_resizing_rewraps_and_keeps_the_place():
    app = seed_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        view = app.screen.query_one(ArticleView)
        for width, height in ((20, 6), (200, 60), (70, 10), (35, 8), (90, 30), (21, 7)):
            await pilot.resize_terminal(width, height)
            await pilot.pause()
            assert view.layout_lines.width <= max(1, width)
        await pilot.resize_terminal(80, 24)
        await pilot.pause()
        await pilot.press("G", "k", "k")
        place = view.top_offset()
        assert place > 0
        await pilot.resize_terminal(100, 24)
        await pilot.pause()
        assert view.line_is_visible(place)
        await pilot.resize_terminal(45, 24)
        await pilot.pause()
        assert view.line_is_visible(place)


async def test_tiny_terminal_still_reads_and_quits():
    app = seed_app()
    async with app.run_test(size=(20, 6)) as pilot:
        await pilot.pause()
        assert "Trump" in screen_text(app.screen.query_one(ArticleView))
        await pilot.press("s", "j", "question_mark", "escape", "q")
    assert app.return_code == 0


async def test_links_open_only_after_confirming(write, monkeypatch):
    path = write("# Links\n\nSee [the source](https://example.org/a) or "
                 "[this](ftp://example.org/x).\n")
    app = ReaderApp([load_article(path)])
    opened: list[str] = []
    monkeypatch.setattr(app, "open_url", lambda url, **kw: opened.append(url))
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await pilot.press("right", "enter")
        await pilot.pause()
        assert isinstance(app.screen, LinkScreen)
        await pilot.press("n")
        await pilot.pause()
        assert opened == []
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("y")
        await pilot.pause()
        assert opened == ["https://example.org/a"]
        await pilot.press("right", "enter")
        await pilot.pause()
        assert isinstance(app.screen, ReaderScreen) and opened == ["https://example.org/a"]


async def test_clicking_a_mention_shows_the_entity():
    app = seed_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        view = app.screen.query_one(ArticleView)
        for y in range(view.scrollable_content_region.height):
            line = view.render_line(y).text
            if "Xi Jinping" in line and "Chinese" in line:
                x = line.index("Xi Jinping") + 1
                break
        await pilot.click(ArticleView, offset=(x + 1, y + 1))  # +1: the border
        await pilot.pause()
        assert isinstance(app.screen, EntityScreen) and app.screen.entity.id == "xi"


async def test_theme_cycles_and_restyles_the_article():
    app = seed_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        view = app.screen.query_one(ArticleView)
        before = styles_of(view, "Xi Jinping")
        first = app.theme
        await pilot.press("t")
        await pilot.pause()
        assert app.theme != first
        assert styles_of(view, "Xi Jinping") != before
        assert view.entity_styles["person"] == app.entity_styles()["person"]


async def test_the_collector_held_off_for_start_up_runs_again_once_the_screen_is_up(write):
    import gc

    two = [load_article(write("# One\n\nText.\n", "one.md")),
           load_article(write("# Two\n\nText.\n", "two.md"))]
    for articles in ([load_article(SEED)], two):  # the reader, then the library
        gc.disable()  # as the command line does before building the app
        try:
            app = ReaderApp(articles)
            async with app.run_test(size=(100, 30)) as pilot:
                await pilot.pause()
                assert gc.isenabled()
        finally:
            gc.enable()


async def test_the_sidebar_lists_answer_clicks_and_page_keys():
    app = seed_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.pause()
        tree = app.screen.query_one(EntityTree)
        rows = painted_text(tree).splitlines()
        row = next(y for y, line in enumerate(rows) if "Beijing" in line)
        await pilot.click(EntityTree, offset=(4, row + 1))  # +1: the border
        await pilot.pause()
        assert app.screen.selected_entity == "beijing"
        heading = next(y for y, line in enumerate(rows) if line.startswith("Places"))
        await pilot.click(EntityTree, offset=(4, heading + 1))
        await pilot.pause()
        assert app.screen.selected_entity == "beijing"  # a heading is no entity
        timeline = app.screen.query_one(Timeline)
        timeline.focus()
        await pilot.press("g", "pagedown")
        await pilot.pause()
        assert timeline.highlighted not in (None, 0)
        await pilot.press("pageup")
        await pilot.pause()
        assert timeline.highlighted == 0


async def test_a_search_typed_in_one_burst_lands_in_the_box():
    from textual import events

    app = seed_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        # As a terminal delivers a paste or fast typing: every key queued at
        # once, none waiting for the one before it to be handled.
        for ch in "/soybeans/x":
            app.post_message(events.Key("slash" if ch == "/" else ch, ch))
        await pilot.pause()
        await pilot.pause()
        box = app.screen.query_one("#search", Input)
        assert box.value == "soybeans/x" and box.has_focus
        assert app.screen.sidebar  # no letter reached the article's keys ("s": sidebar)
