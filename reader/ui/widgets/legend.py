"""The bottom line: a key to the entity styles, and where n/N have got to."""

from __future__ import annotations

from rich.style import Style
from rich.text import Text
from textual.widget import Widget

from reader.article import ENTITY_TYPES


class Legend(Widget):
    """Redrawn in place: its size never changes, so no layout pass is needed."""

    DEFAULT_CSS = """
    Legend {
        height: 1;
        width: 1fr;
        padding: 0 1;
        background: $panel;
        color: $text-muted;
    }
    """

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self._styles: dict[str, Style] = {}
        self._highlights = True
        self._status = ""
        self._text = Text()

    def show_styles(self, styles: dict[str, Style], highlights: bool) -> None:
        self._styles, self._highlights = styles, highlights
        self._redraw()

    def show_status(self, status: str) -> None:
        """A short note such as "mention 3 of 7", shown until the next one."""
        self._status = status
        self._redraw()

    def _redraw(self) -> None:
        parts: list[tuple[str, Style | str] | str] = []
        for etype in ENTITY_TYPES:
            style = self._styles.get(etype, Style()) if self._highlights else "dim"
            parts += [(etype, style), " "]
        parts.append((" h: highlights " + ("on" if self._highlights else "off"), "dim"))
        if self._status:
            parts += ["  \u2502 ", (self._status, "bold")]
        self._text = Text.assemble(*parts, no_wrap=True, overflow="ellipsis")
        self.refresh()

    def render(self) -> Text:
        return self._text

    @property
    def plain(self) -> str:
        return self._text.plain
