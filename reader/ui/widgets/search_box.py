"""The search box: an Input that never asks for a new layout while typing."""

from __future__ import annotations

from textual.widgets import Input


class SearchBox(Input):
    """Input refreshes the whole screen's layout on every keystroke (its
    virtual width changes); this one is always one line by the screen's
    width, so a repaint of itself is all a keystroke needs."""

    DEFAULT_CSS = """
    SearchBox {
        height: 1;
        border: none;
        padding: 0 1;
        background: $panel;
    }
    """

    def refresh(self, *regions, repaint: bool = True, layout: bool = False,  # noqa: ANN002
                recompose: bool = False):  # noqa: ANN201
        return super().refresh(*regions, repaint=repaint, layout=False, recompose=recompose)
