"""Every file-system location the reader uses, in one place."""

from __future__ import annotations

import os
import sys
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


def _xdg(variable: str, fallback: str, platformdirs_name: str) -> Path:
    # On Linux the XDG rules are all platformdirs would apply; importing it
    # costs start-up time, so it is only asked on other systems.
    if sys.platform.startswith("linux"):
        base = os.environ.get(variable) or str(Path.home() / fallback)
        return Path(base) / APP_NAME
    import platformdirs

    return Path(getattr(platformdirs, platformdirs_name)(APP_NAME))


def config_dir() -> Path:
    return Path(os.environ.get("NEWSREADER_CONFIG_DIR")
                or _xdg("XDG_CONFIG_HOME", ".config", "user_config_dir"))


def user_themes_dir() -> Path:
    return config_dir() / "themes"


def state_dir() -> Path:
    return Path(os.environ.get("NEWSREADER_STATE_DIR")
                or _xdg("XDG_STATE_HOME", ".local/state", "user_state_dir"))


def state_file() -> Path:
    return state_dir() / "state.json"


def data_dir() -> Path:
    return Path(os.environ.get("NEWSREADER_DATA_DIR")
                or _xdg("XDG_DATA_HOME", ".local/share", "user_data_dir"))


def cache_db() -> Path:
    return data_dir() / "newsreader.db"


def cache_dir() -> Path:
    """Things kept only to start faster; safe to delete at any time."""
    return Path(os.environ.get("NEWSREADER_CACHE_DIR")
                or _xdg("XDG_CACHE_HOME", ".cache", "user_cache_dir"))
