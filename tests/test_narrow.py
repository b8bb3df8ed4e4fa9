"""Every width keeps a readable measure, and every key acts on what is visible."""

from __future__ import annotations

import pytest
from textual.widgets import Input

from reader.ui.widgets.article_view import ArticleView
from reader.ui.widgets.legend import Legend

from .ui_helpers import painted_text, seed_app


@pytest.mark.parametrize("width", [70, 78, 80, 100, 120, 200])
async def test_text_never_narrower_than_45_columns(width):
    app = seed_app()
    async with app.run_test(size=(width, 24)) as pilot:
        await pilot.pause()
        view = app.screen.query_one(ArticleView)
        sidebar = app.screen.query_one("#sidebar")
        assert view.display
        assert view.layout_lines.width >= 45
        assert sidebar.display == (width >= 78)


async def sidebar_only(pilot, app):  # noqa: ANN001, ANN201
    await pilot.pause()
    await pilot.press("s")
    await pilot.pause()
    assert not app.screen.query_one(ArticleView).display


@pytest.mark.parametrize("keys", [["a"], ["enter"], ["right_square_bracket"], ["slash"],
                                  ["e", "enter"], ["n"]])
async def test_keys_in_the_narrow_sidebar_bring_the_article_back(keys):
    app = seed_app()
    async with app.run_test(size=(60, 20)) as pilot:
        await sidebar_only(pilot, app)
        await pilot.press(*keys)
        await pilot.pause()
        view = app.screen.query_one(ArticleView)
        assert view.display and not app.screen.query_one("#sidebar").display
        if keys == ["enter"] or keys == ["right_square_bracket"]:
            assert view.passage is not None and view.line_is_visible(view.passage[0])
        if keys == ["slash"]:
            assert isinstance(app.focused, Input)
        if keys == ["e", "enter"]:
            assert app.screen.selected_entity is not None and view.cursor is not None


async def test_tab_in_the_narrow_sidebar_stays_among_visible_panes():
    app = seed_app()
    async with app.run_test(size=(60, 20)) as pilot:
        await sidebar_only(pilot, app)
        for _ in range(4):
            await pilot.press("tab")
            assert app.focused.id in ("timeline", "entities")


@pytest.mark.parametrize("width", [60, 80, 120])
async def test_the_counter_is_whole_at_every_width(width):
    app = seed_app()
    async with app.run_test(size=(width, 24)) as pilot:
        await pilot.pause()
        await pilot.press("slash", *"china", "enter")
        await pilot.pause()
        legend = app.screen.query_one(Legend)
        shown = legend.render_line(0).text
        assert "match 1 of 5" in shown
        assert shown.rstrip().endswith(("Top", "%", "Bot"))


async def test_e_lands_on_an_entity_not_a_group_heading():
    app = seed_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.pause()
        await pilot.press("e")
        tree = app.screen.query_one("#entities")
        assert tree.cursor_entity is not None
        for key in ("k", "g", "enter"):  # never onto a heading, where Enter would do nothing
            await pilot.press(key)
            await pilot.pause()
            assert tree.cursor_entity is not None
        assert app.screen.selected_entity == tree.cursor_entity == "trump"
        panel = painted_text(tree)
        assert "People 3" in panel and "Places 7" in panel  # headings stay, none folded


async def test_less_and_vim_keys_and_the_position():
    app = seed_app()
    async with app.run_test(size=(100, 24)) as pilot:
        await pilot.pause()
        view = app.screen.query_one(ArticleView)
        legend = app.screen.query_one(Legend)
        page = view.scrollable_content_region.height - 1
        await pilot.press("ctrl+d")
        assert view.scroll_y == round(page / 2)
        await pilot.press("ctrl+u")
        assert view.scroll_y == 0
        assert legend.render_line(0).text.rstrip().endswith("Top")
        await pilot.press("ctrl+f")
        await pilot.pause()
        assert view.scroll_y == page
        assert legend.render_line(0).text.rstrip().endswith("%")
        await pilot.press("ctrl+b", "G")
        await pilot.pause()
        assert legend.render_line(0).text.rstrip().endswith("Bot")


async def test_star_marks_the_entity_under_the_cursor():
    app = seed_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        view = app.screen.query_one(ArticleView)
        await pilot.press("asterisk")  # no cursor yet: says what to do
        await pilot.press("right")
        entity = view.cursor.value
        await pilot.press("asterisk")
        assert app.screen.selected_entity == entity
        assert "mention" in app.screen.query_one(Legend).render_line(0).text


async def test_o_and_y_ask_before_opening_or_copying_the_article_url(write, monkeypatch):
    from reader.loading import load_article
    from reader.ui.app import ReaderApp
    from reader.ui.screens.link import LinkScreen

    path = write("---\ntitle: T\nurl: https://news.example/story\nbyline: Ana Ruiz\n"
                 "source: Example News\n---\nBody text.\n")
    app = ReaderApp([load_article(path)])
    copied, opened = [], []
    monkeypatch.setattr(app, "copy_to_clipboard", copied.append)
    monkeypatch.setattr(app, "open_url", lambda url, **kw: opened.append(url))
    async with app.run_test(size=(100, 24)) as pilot:
        await pilot.pause()
        header = app.screen.query_one(ArticleView).render_line(1).text
        assert "by Ana Ruiz" in header and "Example News" in header
        await pilot.press("y")
        await pilot.pause()
        assert isinstance(app.screen, LinkScreen)
        await pilot.press("y")
        await pilot.pause()
        assert copied == ["https://news.example/story"]
        await pilot.press("o")
        await pilot.pause()
        await pilot.press("n")  # asked, and declined
        await pilot.pause()
        assert opened == []
        await pilot.press("o")
        await pilot.pause()
        await pilot.press("y")
        await pilot.pause()
        assert opened == ["https://news.example/story"]
