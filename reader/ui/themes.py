"""A `ThemeSpec` as the Textual theme the app registers."""

from __future__ import annotations

from textual.color import Color, ColorParseError
from textual.theme import Theme

from reader.contrast import readable
from reader.themes import ThemeSpec


def textual_theme(spec: ThemeSpec) -> Theme:
    variables = dict(spec.variables)
    for etype, style in spec.entities.items():
        variables[f"entity-{etype}"] = style.colour
    keys = _legible_keys(spec)
    if keys and "footer-key-foreground" not in variables:
        variables["footer-key-foreground"] = keys
    return Theme(name=spec.name, dark=spec.dark, variables=variables, **spec.colours)


def _legible_keys(spec: ThemeSpec) -> str | None:
    """The keys of the bottom line are drawn in the accent colour on the panel
    colour (Textual's defaults); moved, if need be, until they read at 4.5:1 in
    colour and in NO_COLOR greys ("#b35c00" on a light panel reads at 3.6:1)."""
    try:
        accent = Color.parse(spec.colours["accent"])
        panel = Color.parse(spec.colours["panel"])
    except (KeyError, ColorParseError):
        return None
    r, g, b = readable(accent.rgb, panel.rgb)
    return Color(r, g, b).hex
