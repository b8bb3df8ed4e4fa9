"""Themes: themes/*.yaml (bundled, then the user's) -> `ThemeSpec`.

A theme is a Textual theme (its colours) plus, for every entity type, a
colour and a non-colour style, so types stay apart without colour. This
module stays free of Textual; `reader.ui.themes` builds the Textual theme.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from reader.article import ENTITY_TYPES
from reader.locations import bundled_themes_dir, user_themes_dir

DEFAULT_DARK = "newsreader-dark"
DEFAULT_LIGHT = "newsreader-light"
ATTRIBUTES = ("bold", "underline", "italic", "reverse", "strike", "dim")
THEME_COLOURS = ("primary", "secondary", "accent", "foreground", "background", "surface",
                 "panel", "boost", "warning", "error", "success")
_COLOUR = re.compile(r"#[0-9a-fA-F]{6}\Z|#[0-9a-fA-F]{3}\Z")
_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]{0,40}\Z")
MAX_THEME_BYTES = 64 * 1024


@dataclass(frozen=True)
class EntityStyle:
    colour: str
    attributes: tuple[str, ...]

    def rich(self, colour: bool = True) -> str:
        return " ".join(self.attributes + ((self.colour,) if colour else ()))


@dataclass(frozen=True)
class ThemeSpec:
    name: str
    dark: bool
    colours: dict[str, str]
    entities: dict[str, EntityStyle]
    origin: str = "bundled"
    variables: dict[str, str] = field(default_factory=dict)

    def rich_styles(self, colour: bool = True) -> dict[str, str]:
        return {t: s.rich(colour) for t, s in self.entities.items()}



class ThemeError(ValueError):
    pass


def parse_theme(data: object, origin: str) -> ThemeSpec:
    if not isinstance(data, dict):
        raise ThemeError("must be a mapping of fields")
    name = data.get("name")
    if not isinstance(name, str) or not _NAME.match(name):
        raise ThemeError("name: must be letters, digits, - or _ (up to 41)")
    colours: dict[str, str] = {}
    for key in THEME_COLOURS:
        value = data.get(key)
        if value is None:
            if key == "primary":
                raise ThemeError("primary: is required")
            continue
        if not isinstance(value, str) or not _COLOUR.match(value):
            raise ThemeError(f"{key}: {value!r} is not a #rrggbb colour")
        colours[key] = value
    entities = data.get("entities")
    if not isinstance(entities, dict):
        raise ThemeError("entities: must map each entity type to a colour and a style")
    styles: dict[str, EntityStyle] = {}
    for etype in ENTITY_TYPES:
        raw = entities.get(etype)
        if not isinstance(raw, dict):
            raise ThemeError(f"entities.{etype}: is required (colour and style)")
        colour = raw.get("colour", raw.get("color"))
        if not isinstance(colour, str) or not _COLOUR.match(colour):
            raise ThemeError(f"entities.{etype}.colour: {colour!r} is not a #rrggbb colour")
        attributes = tuple(str(raw.get("style", "")).split())
        bad = [a for a in attributes if a not in ATTRIBUTES]
        if bad or not attributes:
            raise ThemeError(f"entities.{etype}.style: needs one or more of "
                             f"{', '.join(ATTRIBUTES)}")
        styles[etype] = EntityStyle(colour, attributes)
    variables = data.get("variables") or {}
    if not isinstance(variables, dict):
        raise ThemeError("variables: must be a mapping")
    return ThemeSpec(name, bool(data.get("dark", True)), colours, styles, origin,
                     {str(k): str(v) for k, v in variables.items()})


def _theme_files(folder: Path) -> list[Path]:
    try:
        return sorted(p for p in folder.iterdir() if p.suffix in (".yaml", ".yml"))
    except OSError:
        return []


def theme_files(user_dir: Path | None = None) -> list[Path]:
    """The bundled theme files, then the user's."""
    return _theme_files(bundled_themes_dir()) + _theme_files(user_dir or user_themes_dir())


def spec_to_dict(spec: ThemeSpec) -> dict:
    return {"name": spec.name, "dark": spec.dark, "colours": spec.colours,
            "entities": {t: [s.colour, list(s.attributes)] for t, s in spec.entities.items()},
            "origin": spec.origin, "variables": spec.variables}


def spec_from_dict(data: dict) -> ThemeSpec:
    return ThemeSpec(name=data["name"], dark=data["dark"], colours=dict(data["colours"]),
                     entities={t: EntityStyle(c, tuple(a)) for t, (c, a) in
                               data["entities"].items()},
                     origin=data["origin"], variables=dict(data["variables"]))


def load_themes(user_dir: Path | None = None) -> tuple[dict[str, ThemeSpec], list[str]]:
    """Bundled themes, then the user's (which may replace them by name).

    Returns the themes and one line per file that could not be used.
    """
    import yaml

    themes: dict[str, ThemeSpec] = {}
    problems: list[str] = []
    bundled = _theme_files(bundled_themes_dir())
    for path in theme_files(user_dir):
        origin = "bundled" if path in bundled else str(path)
        try:
            if path.stat().st_size > MAX_THEME_BYTES:
                raise ThemeError("larger than 64 KB")
            loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
            spec = parse_theme(yaml.load(path.read_text(encoding="utf-8"), Loader=loader), origin)
        except (OSError, UnicodeDecodeError, yaml.YAMLError, ThemeError) as exc:
            message = " ".join(str(exc).split())
            problems.append(f"{path}: theme skipped: {message}")
            continue
        themes[spec.name] = spec
    return themes, problems


def pick(themes: dict[str, ThemeSpec], name: str | None, dark: bool = True) -> ThemeSpec:
    """The named theme, else the default for a dark or light background."""
    if name and name in themes:
        return themes[name]
    fallback = DEFAULT_DARK if dark else DEFAULT_LIGHT
    return themes.get(fallback) or next(iter(themes.values()))
