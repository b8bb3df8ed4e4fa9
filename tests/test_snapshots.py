"""Pictures of the screens; `pytest --snapshot-update` records new ones."""

from __future__ import annotations

import pytest

from .ui_helpers import seed_app


@pytest.mark.parametrize("size", [(120, 40), (80, 24)])
def test_main_screen(snap_compare, size):
    assert snap_compare(seed_app(), terminal_size=size)


def test_help(snap_compare):
    assert snap_compare(seed_app(), press=["question_mark"], terminal_size=(100, 40))


def test_entity_view(snap_compare):
    assert snap_compare(seed_app(), press=["right", "right", "enter"], terminal_size=(100, 30))


def test_event_selected(snap_compare):
    keys = ["right_square_bracket"] * 5
    assert snap_compare(seed_app(), press=keys, terminal_size=(120, 40))


@pytest.mark.parametrize("keys", [[], ["s"]], ids=["article", "sidebar"])
def test_narrow(snap_compare, keys):
    assert snap_compare(seed_app(), press=keys, terminal_size=(60, 20))


@pytest.mark.parametrize("theme", ["newsreader-dark", "newsreader-light", "newsreader-contrast"])
def test_main_screen_in_each_theme(snap_compare, theme):
    assert snap_compare(seed_app(theme_name=theme), terminal_size=(100, 30))
