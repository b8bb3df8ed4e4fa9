"""Make untrusted article text safe to display.

Rich and Textual strip only a handful of control characters, so everything
an article contains passes through `clean` before any part of the program
sees it: escape sequences, C0/C1 controls and bidirectional overrides are
replaced by visible, inert characters.
"""

from __future__ import annotations

import re

# C0 (but tab and newline), DEL, and C1 controls.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
# Bidi embeddings, overrides and isolates reorder text; show them instead.
_BIDI = re.compile(r"[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]")
_ANY = re.compile(f"{_CONTROL.pattern}|{_BIDI.pattern}")
_BIDI_NAMES = {
    "\u202a": "LRE", "\u202b": "RLE", "\u202c": "PDF", "\u202d": "LRO", "\u202e": "RLO",
    "\u2066": "LRI", "\u2067": "RLI", "\u2068": "FSI", "\u2069": "PDI",
    "\u200e": "LRM", "\u200f": "RLM", "\u061c": "ALM",
}


def _control_picture(match: re.Match[str]) -> str:
    code = ord(match.group())
    if code < 0x20:
        return chr(0x2400 + code)  # U+241B is the picture of ESC: "␛"
    if code == 0x7F:
        return "\u2421"  # ␡
    return f"<U+{code:04X}>"


def clean(text: str) -> str:
    """Return `text` with every control character made visible and inert."""
    text = text.replace("\r\n", "\n").replace("\t", "    ")
    if not _ANY.search(text):  # the usual case: one scan, no copy
        return text
    text = _CONTROL.sub(_control_picture, text)
    return _BIDI.sub(lambda m: f"<{_BIDI_NAMES[m.group()]}>", text)

