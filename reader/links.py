"""Which links the reader may open."""

from __future__ import annotations

from urllib.parse import urlsplit

ALLOWED_SCHEMES = ("http", "https", "mailto")


def openable(href: str) -> bool:
    """Only web and mail links, and nothing with spaces or controls in it."""
    try:
        parts = urlsplit(href.strip())
    except ValueError:
        return False
    if parts.scheme.lower() not in ALLOWED_SCHEMES:
        return False
    if parts.scheme.lower() != "mailto" and not parts.netloc:
        return False
    return href.isprintable() and " " not in href.strip()
