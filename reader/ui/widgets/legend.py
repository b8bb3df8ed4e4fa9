"""A one-line key to the entity colours and styles."""

from __future__ import annotations

from rich.style import Style
from rich.text import Text
from textual.widgets import Static

from reader.article import ENTITY_TYPES


class Legend(Static):
    DEFAULT_CSS = """
    Legend {
        height: 1;
        padding: 0 1;
        background: $panel;
        color: $text-muted;
    }
    """

    def show_styles(self, styles: dict[str, Style], highlights: bool) -> None:
        parts: list[tuple[str, Style | str] | str] = []
        for etype in ENTITY_TYPES:
            parts += [(etype, styles.get(etype, Style()) if highlights else "dim"), "  "]
        parts.append(("h: highlights " + ("on" if highlights else "off"), "dim"))
        self.update(Text.assemble(*parts))
