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
        self._position = ""

    def show_styles(self, styles: dict[str, Style], highlights: bool) -> None:
        self._styles, self._highlights = styles, highlights
        self.refresh()

    def show_status(self, status: str) -> None:
        """A short note such as "mention 3 of 7", shown until the next one."""
        self._status = status
        self.refresh()

    def show_position(self, position: str) -> None:
        """Where the reader is, such as "42%"."""
        if position != self._position:
            self._position = position
            self.refresh()

    def render(self) -> Text:
        """The key to the styles on the left, cut first when space runs out;
        the status and the position on the right, always whole."""
        width = max(0, self.content_size.width)
        right = Text.assemble((self._status, "bold"),
                              ("  " if self._status and self._position else "", ""),
                              (self._position, ""))
        parts: list[tuple[str, Style | str] | str] = []
        for etype in ENTITY_TYPES:
            style = self._styles.get(etype, Style()) if self._highlights else "dim"
            parts += [(etype, style), " "]
        parts.append((" h: highlights " + ("on" if self._highlights else "off"), "dim"))
        left = Text.assemble(*parts, no_wrap=True, overflow="ellipsis")
        room = width - right.cell_len - (2 if right.cell_len else 0)
        if room < 8:  # too little for the key: the status alone
            right.truncate(width, overflow="ellipsis")
            return right
        left.truncate(room, overflow="ellipsis")
        left.pad_right(room - left.cell_len)
        return Text.assemble(left, "  " if right.cell_len else "", right, no_wrap=True)

    @property
    def plain(self) -> str:
        return self.render().plain
