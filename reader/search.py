"""Find text in an article: case-insensitive, literal."""

from __future__ import annotations

import re
from itertools import islice

MAX_MATCHES = 20_000


def find_all(text: str, query: str, limit: int = MAX_MATCHES) -> list[tuple[int, int]]:
    query = " ".join(query.split())
    if not query:
        return []
    pattern = re.compile(r"\s+".join(map(re.escape, query.split(" "))), re.IGNORECASE)
    return [m.span() for m in islice(pattern.finditer(text), limit)]
