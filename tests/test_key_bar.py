"""The key bar: the keys of the screen, whole, and clickable."""

from __future__ import annotations

from reader.ui.screens.help import HelpScreen
from reader.ui.widgets.key_bar import KeyBar, KeyItem, place_items

from .ui_helpers import painted_text, seed_app


def item(key: str, description: str) -> KeyItem:
    return KeyItem(key, key, description, True, "")


def test_keys_that_do_not_fit_whole_are_left_out_and_the_palette_stays_right():
    items = [item("/", "Search"), item("n", "Next"), item("q", "Quit")]
    palette = item("^p", "palette")
    placed = place_items(items, palette, 30)
    assert [(x, i.key) for x, i in placed] == [(0, "/"), (10, "n"), (18, "^p")]
    assert place_items(items, palette, 5) == []  # not even the palette fits
    assert [i.key for _, i in place_items(items, None, 80)] == ["/", "n", "q"]


async def test_the_bar_shows_the_screens_keys_and_a_click_presses_one():
    app = seed_app()
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.pause()
        bar = app.screen.query_one(KeyBar)
        line = painted_text(bar)
        assert line.startswith(" / Search  n Next  ] Next event ")
        assert line.rstrip().endswith("^p palette")
        await pilot.click(KeyBar, offset=(line.index("? Help") + 2, 0))
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
