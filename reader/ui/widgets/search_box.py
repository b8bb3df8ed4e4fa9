"""The search box: an Input that never asks for a new layout while typing."""

from __future__ import annotations

from textual.widgets import Input


class SearchBox(Input):
    """Input asks for a new layout of the whole screen on every keystroke when
    its size is automatic; this one is sized by its container (1fr by one
    line), so a keystroke costs a repaint of itself."""

    DEFAULT_CSS = """
    SearchBox {
        width: 1fr;
        height: 1;
        border: none;
        padding: 0 1;
        background: $panel;
    }
    """
