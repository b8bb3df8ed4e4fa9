"""A `ThemeSpec` as the Textual theme the app registers."""

from __future__ import annotations

from textual.theme import Theme

from reader.themes import ThemeSpec


def textual_theme(spec: ThemeSpec) -> Theme:
    variables = dict(spec.variables)
    for etype, style in spec.entities.items():
        variables[f"entity-{etype}"] = style.colour
    return Theme(name=spec.name, dark=spec.dark, variables=variables, **spec.colours)
