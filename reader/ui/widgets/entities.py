"""The entities panel: entities grouped by type, with mention counts."""

from __future__ import annotations

from typing import ClassVar

from rich.style import Style
from textual.binding import BindingType
from textual.content import Content
from textual.style import Style as ContentStyle

from reader.article import ENTITY_TYPES, Article, Entity
from reader.ui.widgets.row_list import RowList, row_keys

TYPE_TITLES = {
    "person": "People", "organization": "Organizations", "place": "Places",
    "quantity": "Quantities", "product": "Products", "date": "Dates",
}
GUIDE, LAST_GUIDE = "\u251c ", "\u2514 "


class EntityTree(RowList):
    """Each type's heading, then its entities by mention count; the cursor
    rests on entities only."""

    DEFAULT_CSS = """
    EntityTree {
        background: $surface;
    }
    """
    BINDINGS: ClassVar[list[BindingType]] = row_keys(
        "entity", "entities", "Mark", "Mark the entity's mentions and go to the first")

    def __init__(self, article: Article, styles: dict[str, Style] | None = None,
                 **kwargs) -> None:
        super().__init__(**kwargs)
        self.article = article
        self.styles_by_type = styles or {}
        counts = self._counts = article.mention_counts()
        groups: dict[str, list[Entity]] = {t: [] for t in ENTITY_TYPES}
        for entity in article.entities:
            groups.setdefault(entity.type, []).append(entity)
        # Each row: a heading (type, size) or an entity (with its guide).
        self.rows: list[tuple[str, Entity | None, str]] = []
        for etype, entities in groups.items():
            if not entities:
                continue
            entities.sort(key=lambda e: (-counts[e.id], e.name.lower()))
            self.rows.append((etype, None, ""))
            for n, entity in enumerate(entities):
                self.rows.append((etype, entity, LAST_GUIDE if n == len(entities) - 1 else GUIDE))

    def item_count(self) -> int:
        return len(self.rows)

    def selectable(self, index: int) -> bool:
        return self.rows[index][1] is not None

    def line_at(self, index: int, line: int, width: int) -> Content:
        etype, entity, guide = self.rows[index]
        if entity is None:
            size = sum(1 for row in self.rows if row[0] == etype and row[1] is not None)
            return Content.assemble((TYPE_TITLES.get(etype, etype), "bold"),
                                    (f" {size}", "dim")).truncate(width)
        # The name gives way, with an ellipsis; the count stays.
        suffix = Content.assemble((f" {self._counts.get(entity.id, 0)}", "dim"),
                                  (" auto", "dim italic") if entity.automatic else "")
        room = width - len(guide) - suffix.cell_length
        name = Content.styled(entity.name, ContentStyle.from_rich_style(
            self.styles_by_type.get(entity.type, Style())))
        if name.cell_length > room:
            name = name.truncate(max(1, room), ellipsis=True)
        return Content.assemble((guide, "dim"), name, suffix).truncate(width)

    def set_styles(self, styles: dict[str, Style]) -> None:
        self.styles_by_type = styles
        self.redraw()  # the lines are built when drawn, in these colours

    def entity_at(self, index: int | None) -> str | None:
        return None if index is None else (entity.id if (entity := self.rows[index][1]) else None)

    @property
    def cursor_entity(self) -> str | None:
        return self.entity_at(self.highlighted)

    def first_entity(self) -> str | None:
        return next((entity.id for _, entity, _ in self.rows if entity), None)

    def select_entity(self, entity_id: str | None) -> None:
        for index, (_, entity, _) in enumerate(self.rows):
            if entity is not None and entity.id == entity_id:
                self.highlighted = index
                return
