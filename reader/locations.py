"""Every file-system location the reader uses, in one place."""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "newsreader"
_PACKAGE = Path(__file__).resolve().parent


def _data_dir(name: str) -> Path:
    # A wheel carries the folders inside the package; an editable install
    # (or a checkout) finds them beside it.
    for candidate in (_PACKAGE / "_data" / name, _PACKAGE.parent / name):
        if candidate.is_dir():
            return candidate
    return _PACKAGE / "_data" / name


def seeds_dir() -> Path:
    return _data_dir("seeds")


def bundled_themes_dir() -> Path:
    return _data_dir("themes")


def seed_article() -> Path:
    return seeds_dir() / "trump-xi-state-visits.md"


def config_dir() -> Path:
    from platformdirs import user_config_dir

    return Path(os.environ.get("NEWSREADER_CONFIG_DIR") or user_config_dir(APP_NAME))


def user_themes_dir() -> Path:
    return config_dir() / "themes"


def state_dir() -> Path:
    from platformdirs import user_state_dir

    return Path(os.environ.get("NEWSREADER_STATE_DIR") or user_state_dir(APP_NAME))


def state_file() -> Path:
    return state_dir() / "state.json"
