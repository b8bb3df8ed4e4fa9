"""Themes from themes/ and the user's folder; remembered theme and position."""

from __future__ import annotations

import json
import re
import signal
from collections import Counter
from pathlib import Path

import pytest
import yaml

from reader.article import ENTITY_TYPES
from reader.cli import main
from reader.locations import bundled_themes_dir, state_file, user_themes_dir
from reader.state import State, StateStore
from reader.themes import load_themes, parse_theme
from reader.ui.themes import textual_theme
from reader.ui.widgets.article_view import ArticleView

from .pty_run import run_on_pty
from .ui_helpers import seed_app, styles_of

BUNDLED = sorted(p.stem for p in bundled_themes_dir().glob("*.yaml"))


def user_theme(name: str = "mine", **changes) -> Path:
    data = yaml.safe_load((bundled_themes_dir() / "newsreader-dark.yaml").read_text())
    data.update(name=name, **changes)
    path = user_themes_dir() / f"{name}.yaml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(yaml.safe_dump(data))
    return path


def test_bundled_themes_load_and_keep_types_apart_without_colour():
    themes, problems = load_themes()
    assert problems == []
    assert set(BUNDLED) <= set(themes) and len(BUNDLED) >= 3
    assert {themes[n].dark for n in BUNDLED} == {True, False}
    for spec in themes.values():
        assert set(spec.entities) == set(ENTITY_TYPES)
        attrs = [frozenset(s.attributes) for s in spec.entities.values()]
        assert len(set(attrs)) == len(ENTITY_TYPES)  # distinct in monochrome
        textual_theme(spec)


def test_user_theme_extends_and_overrides():
    user_theme("mine")
    user_theme("newsreader-dark", primary="#123456")
    themes, problems = load_themes()
    assert problems == [] and "mine" in themes
    assert themes["newsreader-dark"].colours["primary"] == "#123456"
    assert themes["mine"].origin.endswith("mine.yaml")


@pytest.mark.parametrize("content", [
    "name: bad\nprimary: red\n", "not: [valid", "- a list\n", "name: x\nprimary: '#000000'\n",
    "\xff\xfe",
])
def test_broken_user_theme_is_reported_and_skipped(content, capsys):
    path = user_themes_dir() / "broken.yaml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content.encode("latin-1"))
    themes, problems = load_themes()
    assert set(BUNDLED) <= set(themes)
    assert len(problems) == 1 and problems[0].startswith(f"{path}: theme skipped")
    assert main(["--list-themes"]) == 0
    out, err = capsys.readouterr()
    assert "newsreader-dark" in out and f"{path}: theme skipped" in err


def test_parse_theme_errors_name_the_field():
    with pytest.raises(ValueError, match=r"entities\.person\.style"):
        data = yaml.safe_load((bundled_themes_dir() / "newsreader-dark.yaml").read_text())
        data["entities"]["person"]["style"] = "blink"
        parse_theme(data, "test")


def test_list_themes_and_unknown_theme(capsys):
    assert main(["--list-themes"]) == 0
    out = capsys.readouterr().out
    for name in BUNDLED:
        assert name in out
    assert main(["--print", "--theme", "nope"]) == 2
    assert "unknown theme 'nope'" in capsys.readouterr().err


async def test_switching_theme_restyles_at_once_and_is_remembered():
    app = seed_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        view = app.screen.query_one(ArticleView)
        themes = list(app.specs)
        for _ in themes:
            await pilot.press("t")
            await pilot.pause()
            person = app.specs[app.theme].entities["person"]
            styles = styles_of(view, "Xi Jinping")
            assert any(str(s.color.triplet.hex) == person.colour.lower() for s in styles
                       if s.color and s.color.triplet), app.theme
        chosen = app.theme
        await pilot.press("q")
    assert json.loads(state_file().read_text())["theme"] == chosen
    again = seed_app()
    async with again.run_test(size=(120, 40)) as pilot:
        assert again.theme == chosen


@pytest.mark.parametrize("name", [*BUNDLED, "mine"])
async def test_the_theme_chosen_at_start_paints_its_own_colours(name):
    if name == "mine":
        user_theme(surface="#203040", primary="#aa5500")
    wanted = yaml.safe_load(next(p for p in (user_themes_dir() / f"{name}.yaml",
                                             bundled_themes_dir() / f"{name}.yaml")
                                 if p.exists()).read_text())
    app = seed_app(theme_name=name)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        for pane in (app.screen.query_one(ArticleView), app.screen.query_one("#timeline")):
            painted = Counter(seg.style.bgcolor.triplet.hex for y in range(8)
                              for seg in pane.render_line(y)
                              if seg.style and seg.style.bgcolor and seg.text.strip())
            assert painted.most_common(1)[0][0] == wanted["surface"].lower(), (name, pane.id)
        assert app.has_class("-dark-mode") == wanted["dark"]


async def test_textual_theme_picker_lists_bundled_themes():
    app = seed_app()
    async with app.run_test(size=(80, 24)):
        for name in BUNDLED:
            assert name in app.available_themes


async def test_reading_position_survives_a_restart():
    app = seed_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("space", "j")
        offset = app.screen.query_one(ArticleView).top_offset()
        assert offset > 0
        await pilot.press("q")
    again = seed_app()
    async with again.run_test(size=(100, 30)) as pilot:  # another width: same place
        await pilot.pause()
        view = again.screen.query_one(ArticleView)
        assert view.line_is_visible(offset)
        assert view.scroll_y == min(view.layout_lines.line_of(offset), view.max_scroll_y) > 0


async def test_corrupt_state_is_set_aside_and_the_reader_starts():
    path = state_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("{not json")
    app = seed_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert any("corrupt" in p for p in app.problems)
        assert app.screen.query_one(ArticleView).article.title.startswith("Trump")
        await pilot.press("t", "q")
    assert list(path.parent.glob("state.json.corrupt-*"))
    assert json.loads(path.read_text())["theme"] == app.theme


async def test_unwritable_state_path_only_warns(tmp_path):
    # Root ignores folder permissions, so a file where the folder should be
    # stands in for a read-only folder: neither can take the new state file.
    blocker = tmp_path / "blocked"
    blocker.write_text("a file where the state folder should be")
    store = StateStore(blocker / "state.json")
    assert "cannot save" in store.save(State(theme="x"))
    app = seed_app(store=store)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("t", "j", "q")
    assert any("cannot save" in p for p in app.problems)
    assert app.return_code == 0


def test_state_writes_are_atomic_and_bounded(tmp_path):
    store = StateStore(tmp_path / "s" / "state.json")
    state = State(theme="newsreader-light", positions={f"k{i}": i for i in range(600)})
    assert store.save(state) is None
    assert list((tmp_path / "s").iterdir()) == [tmp_path / "s" / "state.json"]
    loaded, problems = store.load()
    assert problems == [] and loaded.theme == "newsreader-light"
    (tmp_path / "s" / "state.json").write_text(json.dumps({"positions": {"a": -1}}))
    assert "corrupt" in store.load()[1][0]


def test_no_color_app_has_no_colour_but_distinct_styles():
    """NO_COLOR: every colour the app writes is a grey; bold/italic/underline remain."""
    output, status = run_on_pty([], ready=b"Jinping", env={"NO_COLOR": "1",
                                                          "COLORTERM": "truecolor"})
    assert status == 0
    colours = re.findall(rb"[34]8;2;(\d+);(\d+);(\d+)", output)
    assert colours and all(r == g == b for r, g, b in colours)
    params = re.findall(rb"\x1b\[([0-9;]*)m", output)
    codes = {c for p in params for c in p.split(b";")}
    assert {b"1", b"3", b"4"} <= codes  # bold, italic, underline still drawn


@pytest.mark.parametrize("signal_number", [signal.SIGTERM, signal.SIGHUP],
                         ids=["SIGTERM", "SIGHUP"])
def test_reading_position_survives_a_kill_or_a_closed_terminal(signal_number, tmp_path):
    state = tmp_path / "state" / "newsreader" / "state.json"
    env = {"NEWSREADER_STATE_DIR": str(state.parent)}
    _, status = run_on_pty([], ready=b"Jinping", env=env, keys=b"GG", signal=signal_number)
    saved = json.loads(state.read_text())
    assert list(saved["positions"].values())[0] > 1000  # near the end of the seed
    assert status != 0
