"""The entities panel: entities grouped by type, with mention counts."""

from __future__ import annotations

from typing import ClassVar

from rich.style import Style
from rich.text import Text
from textual.binding import Binding, BindingType
from textual.strip import Strip
from textual.widgets import Tree
from textual.widgets.tree import TreeNode

from reader.article import ENTITY_TYPES, Article, Entity
from reader.ui.legible import Legible

TYPE_TITLES = {
    "person": "People", "organization": "Organizations", "place": "Places",
    "quantity": "Quantities", "product": "Products", "date": "Dates",
}


class EntityTree(Tree[str]):
    """Types as branches, entities as leaves; a leaf's data is the entity id."""

    DEFAULT_CSS = """
    EntityTree {
        height: 1fr;
        background: $surface;
        scrollbar-size-vertical: 1;
        overflow-x: hidden;
    }
    """
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j", "cursor_down", "Down", show=False, tooltip="Next entity"),
        Binding("k", "cursor_up", "Up", show=False, tooltip="Previous entity"),
    ]

    def __init__(self, article: Article, styles: dict[str, Style] | None = None,
                 **kwargs) -> None:
        # Labels are Rich Text, never str: a str label would be parsed as markup.
        super().__init__(Text("Entities"), data="", **kwargs)
        self.article = article
        self.show_root = False
        self.guide_depth = 2
        self.styles_by_type = styles or {}
        self._legible = Legible()
        self.rebuild()

    def rebuild(self) -> None:
        self.clear()
        counts = self._counts = self.article.mention_counts()
        groups: dict[str, list[Entity]] = {t: [] for t in ENTITY_TYPES}
        for entity in self.article.entities:
            groups.setdefault(entity.type, []).append(entity)
        for etype, entities in groups.items():
            if not entities:
                continue
            entities.sort(key=lambda e: (-counts[e.id], e.name.lower()))
            branch = self.root.add(
                Text.assemble((TYPE_TITLES.get(etype, etype), "bold"),
                              (f" {len(entities)}", "dim")),
                data="", expand=True,
            )
            for entity in entities:
                branch.add_leaf(Text.assemble(*self._label_parts(entity)), data=entity.id)

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._legible.clear()

    def render_line(self, y: int) -> Strip:
        # An entity's colour on the cursor's bar keeps 4.5:1.
        return self._legible.strip(super().render_line(y))

    def render_label(self, node: TreeNode[str], base_style: Style, style: Style) -> Text:
        """An entity's name is shortened with an ellipsis to fit; its count stays."""
        if not node.data:
            return super().render_label(node, base_style, style)
        name, suffix = self._label_parts(self.article.entity(node.data))
        depth = 0
        parent = node.parent
        while parent is not None and parent is not self.root:
            depth, parent = depth + 1, parent.parent
        room = self.scrollable_content_region.width - self.guide_depth * (depth + 1) - 1
        if name.cell_len + suffix.cell_len > room:
            name.truncate(max(1, room - suffix.cell_len), overflow="ellipsis")
        text = Text.assemble(name, suffix)
        text.stylize(style)
        return text

    def get_label_width(self, node: TreeNode[str]) -> int:
        return self.render_label(node, Style(), Style()).cell_len

    def _label_parts(self, entity: Entity) -> tuple[Text, Text]:
        """The entity's name in its colour, and what follows it: its count and
        whether it was found automatically."""
        name = Text(entity.name, style=self.styles_by_type.get(entity.type, Style()))
        suffix = Text.assemble((f" {self._counts.get(entity.id, 0)}", "dim"),
                               (" auto", "dim italic") if entity.automatic else "")
        return name, suffix

    def set_styles(self, styles: dict[str, Style]) -> None:
        self.styles_by_type = styles
        for branch in self.root.children:
            for leaf in branch.children:
                leaf.set_label(Text.assemble(*self._label_parts(self.article.entity(leaf.data))))

    def first_entity(self) -> str | None:
        for branch in self.root.children:
            for leaf in branch.children:
                return leaf.data
        return None

    def select_entity(self, entity_id: str | None) -> None:
        for branch in self.root.children:
            for leaf in branch.children:
                if leaf.data == entity_id:
                    self.move_cursor(leaf)
                    return
