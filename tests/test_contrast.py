"""Marked text stays readable: every highlight at 4.5:1 or better, read off the
painted lines, in every bundled theme and with NO_COLOR."""

from __future__ import annotations

import pytest
from rich.color import Color as RichColor
from textual.color import Color
from textual.filter import Monochrome

from reader.contrast import blend, mono, ratio, readable
from reader.ui.widgets.article_view import ArticleView

from .ui_helpers import seed_app

THEMES = ["newsreader-dark", "newsreader-light", "newsreader-contrast"]


def rgb(color: RichColor) -> tuple[int, int, int]:
    return tuple(color.get_truecolor())  # type: ignore[return-value]


def painted(view, no_color: bool) -> list:  # noqa: ANN001 - any Line API widget
    """Every segment on screen as the terminal gets it (greys under NO_COLOR)."""
    segments = []
    for y in range(view.scrollable_content_region.height):
        line = list(view.render_line(y))
        if no_color:
            line = Monochrome().apply(line, Color(0, 0, 0))
        segments += [s for s in line if s.text.strip()]
    return segments


def marked(view, no_color: bool) -> list:  # noqa: ANN001
    """What is drawn on another background than the widget's own."""
    base = painted(view, no_color)
    ground = max({s.style.bgcolor for s in base}, key=lambda c: sum(
        1 for s in base if s.style.bgcolor == c))  # the page's own background
    return [s for s in base if s.style.bgcolor != ground and not s.style.reverse]


def test_readable_keeps_a_legible_colour_and_fixes_an_illegible_one():
    assert readable((255, 255, 255), (0, 0, 0)) == (255, 255, 255)
    fixed = readable((255, 160, 60), (230, 140, 50))  # orange on orange
    assert ratio(fixed, (230, 140, 50)) >= 4.5
    assert ratio(mono(fixed), mono((230, 140, 50))) >= 4.5
    assert fixed != (255, 160, 60)
    assert blend((0, 0, 0), (255, 255, 255), 0.5) == (128, 128, 128)


@pytest.mark.parametrize("no_color", [False, True], ids=["colour", "NO_COLOR"])
@pytest.mark.parametrize("theme", THEMES)
async def test_every_mark_reads_at_4_5_to_1(theme, no_color, monkeypatch):
    if no_color:
        monkeypatch.setenv("NO_COLOR", "1")
    app = seed_app(theme_name=theme)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.pause()
        view = app.screen.query_one(ArticleView)
        kinds = {}
        # A passage (the first event), a selected entity, and search matches.
        await pilot.press("right_square_bracket")
        await pilot.pause()
        kinds["passage"] = marked(view, no_color)
        await pilot.press("escape", "e")
        app.screen.selected_entity = "china"
        await pilot.pause()
        kinds["selected entity"] = marked(view, no_color)
        app.screen.selected_entity = None
        await pilot.press("a", "slash", *"trade", "enter")
        await pilot.pause()
        kinds["search match"] = marked(view, no_color)
        for kind, segments in kinds.items():
            assert segments, f"no {kind} on screen"
            for segment in segments:
                fg = segment.style.color or view.rich_style.color
                contrast = ratio(rgb(fg), rgb(segment.style.bgcolor))
                assert contrast >= 4.5, (kind, segment.text, contrast)


@pytest.mark.parametrize("theme", THEMES)
async def test_entity_colours_stay_apart_inside_a_passage(theme):
    app = seed_app(theme_name=theme)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("right_square_bracket")  # Busan: names, places and a date inside
        await pilot.pause()
        view = app.screen.query_one(ArticleView)
        segments = marked(view, False)
        plain = {s.style.color for s in segments if s.text.strip() in ("their", "meeting")}
        names = {s.style.color for s in segments if s.text in ("South Korea", "late october")}
        assert names and not names & plain
        assert len(names) == 2  # a place and a date differ from each other too


@pytest.mark.parametrize("no_color", [False, True], ids=["colour", "NO_COLOR"])
@pytest.mark.parametrize("theme", THEMES)
async def test_the_highlighted_event_reads_at_4_5_to_1(theme, no_color, monkeypatch):
    from reader.ui.widgets.timeline import Timeline

    if no_color:
        monkeypatch.setenv("NO_COLOR", "1")
    app = seed_app(theme_name=theme)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("l")  # focused, the highlight is strongest
        timeline = app.screen.query_one(Timeline)
        timeline.highlighted = next(i for i, e in enumerate(timeline.events)
                                    if e.status == "claimed")
        await pilot.pause()
        for focused in (True, False):
            highlighted = marked(timeline, no_color)
            assert highlighted
            for segment in highlighted:
                contrast = ratio(rgb(segment.style.color), rgb(segment.style.bgcolor))
                # The in-view bar is a graphic: WCAG asks 3:1 of those, 4.5:1 of text.
                needed = 3.0 if segment.text == "\u258c" else 4.5
                assert contrast >= needed, (focused, segment.text, contrast)
            await pilot.press("a")
            await pilot.pause()


@pytest.mark.parametrize("theme", THEMES)
async def test_the_entity_under_the_cursor_reads_at_4_5_to_1(theme):
    from reader.ui.widgets.entities import EntityTree

    app = seed_app(theme_name=theme)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.pause()
        await pilot.press("e")
        tree = app.screen.query_one(EntityTree)
        for _ in range(6):  # people, organisations, places: each type's colour
            await pilot.press("j")
            await pilot.pause()
            row = tree.render_line(tree.item_region(tree.highlighted).y - int(tree.scroll_y))
            for segment in row:
                if segment.text.strip() and segment.style.bgcolor:
                    assert ratio(rgb(segment.style.color), rgb(segment.style.bgcolor)) >= 4.5, \
                        segment.text


@pytest.mark.parametrize("no_color", [False, True])
@pytest.mark.parametrize("theme", THEMES)
async def test_the_keys_of_the_bottom_line_read_at_4_5_to_1(theme, no_color):
    from reader.ui.widgets.key_bar import KeyBar

    app = seed_app(theme_name=theme)
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.pause()
        line = list(app.screen.query_one(KeyBar).render_line(0))
        if no_color:
            line = Monochrome().apply(line, Color(0, 0, 0))
        for segment in (s for s in line if s.text.strip()):
            fg, bg = rgb(segment.style.color), rgb(segment.style.bgcolor)
            assert ratio(fg, bg) >= 4.5, (theme, segment.text, round(ratio(fg, bg), 2))


@pytest.mark.parametrize("no_color", [False, True], ids=["colour", "NO_COLOR"])
@pytest.mark.parametrize("theme", THEMES)
async def test_the_cursor_on_a_search_match_reads_at_4_5_to_1(theme, no_color, monkeypatch):
    """The cursor is drawn reversed: the text takes the background's colour and
    lies on the text's, a coloured name's on a search match included."""
    if no_color:
        monkeypatch.setenv("NO_COLOR", "1")
    app = seed_app(theme_name=theme)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("slash", *"china", "enter")  # China is a place: a coloured name
        await pilot.pause()
        view = app.screen.query_one(ArticleView)
        cursor = [s for s in painted(view, no_color) if s.style.reverse]
        assert cursor and "".join(s.text for s in cursor).lower() == "china"
        for segment in cursor:
            text = segment.style.bgcolor or view.rich_style.bgcolor
            ground = segment.style.color or view.rich_style.color
            contrast = ratio(rgb(text), rgb(ground))
            assert contrast >= 4.5, (segment.text, contrast)


@pytest.mark.parametrize("no_color", [False, True], ids=["colour", "NO_COLOR"])
@pytest.mark.parametrize("theme", THEMES)
async def test_muted_words_in_the_lists_read_in_every_theme(theme, no_color, monkeypatch, tmp_path):
    """ "· auto" after an automatic event is muted text (`$text-muted`, an
    automatic colour): it must be worked out against the line's background,
    never drawn black on a dark one."""
    from reader.loading import parse_article
    from reader.ui.app import ReaderApp
    from reader.ui.widgets.timeline import Timeline

    if no_color:
        monkeypatch.setenv("NO_COLOR", "1")
    article = parse_article("---\ntitle: T\npublished: 2025-11-25\n---\nThe plant opened on "
                            "Monday. Officials said in March 2024 that it would. Prices rose "
                            "in 2023.\n", "auto.md")
    app = ReaderApp([article], theme_name=theme)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.pause()
        timeline = app.screen.query_one(Timeline)
        muted = [s for s in painted(timeline, no_color) if "auto" in s.text]
        assert len(muted) == len(timeline.events) >= 2
        for segment in muted:
            fg = segment.style.color or timeline.rich_style.color
            bg = segment.style.bgcolor or timeline.rich_style.bgcolor
            assert ratio(rgb(fg), rgb(bg)) >= 4.5, (segment.text, str(segment.style))
