"""Find text in an article: case-insensitive, literal."""

from __future__ import annotations

import re
from functools import cached_property
from itertools import islice

MAX_MATCHES = 20_000


class Searcher:
    """Searches one text; the lower-cased copy is made once, on first use."""

    def __init__(self, text: str) -> None:
        self.text = text

    @cached_property
    def _folded(self) -> str | None:
        folded = self.text.lower()
        # Offsets only carry over when lower-casing kept every length.
        return folded if len(folded) == len(self.text) else None

    def find_all(self, query: str, limit: int = MAX_MATCHES) -> list[tuple[int, int]]:
        words = query.split()
        if not words:
            return []
        needle = " ".join(words).lower()
        folded = self._folded
        if folded is not None and len(needle) == len(" ".join(words)):
            # str.find runs at memory speed; a case-insensitive regex does not.
            found: list[tuple[int, int]] = []
            size, at = len(needle), folded.find(needle)
            while at >= 0 and len(found) < limit:
                found.append((at, at + size))
                at = folded.find(needle, at + size)
            return found
        pattern = re.compile(r"\s+".join(map(re.escape, words)), re.IGNORECASE)
        return [m.span() for m in islice(pattern.finditer(self.text), limit)]

