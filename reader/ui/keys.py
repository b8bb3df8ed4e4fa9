"""Bindings grouped by action with readable key names: one source for the
help screen and the command palette."""

from __future__ import annotations

from collections.abc import Iterable
from typing import NamedTuple

from textual.binding import Binding, BindingType

KEY_NAMES = {
    "question_mark": "?", "slash": "/", "left_square_bracket": "[",
    "right_square_bracket": "]", "space": "space", "escape": "esc", "enter": "enter",
    "shift+tab": "shift+tab", "pagedown": "PgDn", "pageup": "PgUp", "asterisk": "*",
    "ctrl+d": "ctrl+d", "ctrl+u": "ctrl+u", "ctrl+f": "ctrl+f", "ctrl+b": "ctrl+b",
    "down": "\u2193", "up": "\u2191", "right": "\u2192", "left": "\u2190",
    "home": "Home", "end": "End",
}


class KeyAction(NamedTuple):
    action: str
    keys: str  # "j \u2193"
    text: str  # what it does


def key_name(key: str) -> str:
    return ", ".join(KEY_NAMES.get(k, k) for k in key.split(","))


def grouped(bindings: Iterable[BindingType]) -> list[KeyAction]:
    """One entry per action, with every key bound to it."""
    found: dict[str, tuple[list[str], str]] = {}
    for binding in bindings:
        if not isinstance(binding, Binding):
            continue
        keys, text = found.setdefault(binding.action, ([], binding.tooltip or binding.description))
        keys += [key_name(k) for k in binding.key.split(",")]
    return [KeyAction(action, " ".join(dict.fromkeys(keys)), text)
            for action, (keys, text) in found.items()]
