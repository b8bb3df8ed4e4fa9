"""Column widths of a DataTable that follow the screen's width."""

from __future__ import annotations

from textual.widgets import DataTable


def set_widths(table: DataTable, widths: dict[str, int]) -> None:
    """Give the named columns these widths (the public column objects), and
    redraw once if any changed."""
    changed = False
    for key, width in widths.items():
        column = table.columns.get(key)  # type: ignore[call-overload]
        if column is not None and column.width != width:
            column.width = width
            column.auto_width = False
            changed = True
    if changed:
        table.refresh()
