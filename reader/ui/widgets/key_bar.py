"""The bottom line of keys: what acts on the screen now, drawn as one line.

Textual's Footer mounts a widget per key and remounts them on every focus
change; drawn as one line, the keys cost one render (about 30 ms less before
the first full screen, and nothing on a focus change)."""

from __future__ import annotations

from typing import NamedTuple

from rich.style import Style
from rich.text import Text
from textual import events
from textual.screen import Screen
from textual.widget import Widget


class KeyItem(NamedTuple):
    key: str
    display: str
    description: str
    enabled: bool
    tooltip: str


def place_items(items: list[KeyItem], palette: KeyItem | None,
                width: int) -> list[tuple[int, KeyItem]]:
    """Where each item starts: keys from the left while they fit whole, the
    palette key against the right edge."""
    placed, x = [], 0
    right = width
    if palette is not None:
        right = width - item_width(palette)
        if right < 0:
            palette, right = None, width
    for item in items:
        if x + item_width(item) > right:
            break
        placed.append((x, item))
        x += item_width(item)
    if palette is not None:
        placed.append((right, palette))
    return placed


def item_width(item: KeyItem) -> int:
    # " key description " for each item; wide characters never appear in keys
    return len(item.display) + len(item.description) + 3


class KeyBar(Widget, can_focus=False):
    ALLOW_SELECT = False
    COMPONENT_CLASSES = {"key-bar--key", "key-bar--description"}
    DEFAULT_CSS = """
    KeyBar {
        dock: bottom;
        height: 1;
        color: $footer-foreground;
        background: $footer-background;
        .key-bar--key {
            color: $footer-key-foreground;
            background: $footer-key-background;
            text-style: bold;
        }
        .key-bar--description {
            color: $footer-description-foreground;
            background: $footer-description-background;
        }
    }
    """

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self._placed: list[tuple[int, KeyItem]] = []

    def on_mount(self) -> None:
        self.screen.bindings_updated_signal.subscribe(self, self._bindings_changed)

    def on_unmount(self) -> None:
        self.screen.bindings_updated_signal.unsubscribe(self)

    def _bindings_changed(self, screen: Screen) -> None:
        if screen is self.screen:
            self.refresh()

    def _items(self) -> tuple[list[KeyItem], KeyItem | None]:
        """The shown bindings once per action, and the command palette's."""
        items, actions, palette = [], set(), None
        for _node, binding, enabled, tooltip in self.screen.active_bindings.values():
            item = KeyItem(binding.key, self.app.get_key_display(binding),
                           binding.description, enabled, tooltip or binding.description)
            if binding.key == self.app.COMMAND_PALETTE_BINDING:
                if self.app.ENABLE_COMMAND_PALETTE:
                    palette = item
            elif binding.show and binding.action not in actions:
                actions.add(binding.action)
                items.append(item)
        return items, palette

    def render(self) -> Text:
        items, palette = self._items()
        self._placed = place_items(items, palette, self.size.width)
        key_style = self.get_component_rich_style("key-bar--key")
        text_style = self.get_component_rich_style("key-bar--description")
        line = Text(no_wrap=True, overflow="crop", end="")
        for x, item in self._placed:
            line.append(" " * (x - line.cell_len))
            dim = Style(dim=not item.enabled)
            line.append(f" {item.display} ", key_style + dim)
            line.append(f"{item.description} ", text_style + dim)
        return line

    def _item_at(self, x: int) -> KeyItem | None:
        for start, item in self._placed:
            if start <= x < start + item_width(item):
                return item
        return None

    def on_mouse_move(self, event: events.MouseMove) -> None:
        item = self._item_at(event.x)
        self.tooltip = item.tooltip if item else None

    def on_click(self, event: events.Click) -> None:
        item = self._item_at(event.x)
        if item is None:
            return
        if item.enabled:
            self.app.simulate_key(item.key)
        else:
            self.app.bell()
