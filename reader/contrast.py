"""Colour arithmetic for legible marks: WCAG contrast, blending, and the
greys a NO_COLOR terminal is shown (Textual's monochrome filter)."""

from __future__ import annotations

from functools import lru_cache

RGB = tuple[int, int, int]
WCAG_AA = 4.5
WHITE: RGB = (255, 255, 255)
BLACK: RGB = (0, 0, 0)


def _linear(channel: int) -> float:
    c = channel / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def luminance(rgb: RGB) -> float:
    r, g, b = rgb
    return 0.2126 * _linear(r) + 0.7152 * _linear(g) + 0.0722 * _linear(b)


def ratio(a: RGB, b: RGB) -> float:
    """WCAG contrast ratio, 1 to 21."""
    la, lb = luminance(a), luminance(b)
    return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)


def mono(rgb: RGB) -> RGB:
    """The grey Textual paints for a colour when NO_COLOR is set."""
    r, g, b = rgb
    grey = round(r * 0.2126 + g * 0.7152 + b * 0.0722)
    return (grey, grey, grey)


def blend(under: RGB, over: RGB, alpha: float) -> RGB:
    """`over` at `alpha` opacity on top of `under`."""
    return tuple(round(u + (o - u) * alpha) for u, o in zip(under, over, strict=True))  # type: ignore[return-value]


def legible(fg: RGB, bg: RGB, minimum: float = WCAG_AA) -> bool:
    return ratio(fg, bg) >= minimum and ratio(mono(fg), mono(bg)) >= minimum


@lru_cache(maxsize=4096)
def readable(fg: RGB, bg: RGB, minimum: float = WCAG_AA) -> RGB:
    """`fg`, or the nearest colour of its hue toward white or black that reads
    on `bg` at `minimum` contrast, in colour and in NO_COLOR greys alike."""
    if legible(fg, bg, minimum):
        return fg
    target = WHITE if ratio(WHITE, bg) >= ratio(BLACK, bg) else BLACK
    for step in range(1, 21):
        candidate = blend(fg, target, step / 20)
        if legible(candidate, bg, minimum):
            return candidate
    return target
