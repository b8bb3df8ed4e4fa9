"""Find entity mentions in text: whole words, longest match wins.

Ordinary names match in any case ("china" is China), all-capital acronyms
only in their own case ("US" never matches "us"). Aliases are compiled into
two trie-shaped regular expressions, so the text is scanned once per case
rule however many aliases there are.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from reader.article import Entity, Mention


def is_acronym(alias: str) -> bool:
    letters = [c for c in alias if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _trie_pattern(words: Iterable[str]) -> str:
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        ends_here = "" in node
        branches = [re.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if ends_here:
            # Greedy optional: the longer alias is tried first, then this one.
            return body + "?" if len(branches) == 1 and len(body) == 1 else f"(?:{body})?"
        return body

    return emit(trie)


class Matcher:
    """Compiled aliases of a set of entities."""

    def __init__(self, entities: Iterable[Entity]) -> None:
        self.exact: dict[str, str] = {}
        self.folded: dict[str, str] = {}
        self.conflicts: list[tuple[str, str, str]] = []
        for entity in entities:
            for alias in dict.fromkeys((entity.name, *entity.aliases)):
                alias = " ".join(alias.split())
                if not alias:
                    continue
                table, key = (
                    (self.exact, alias) if is_acronym(alias) else (self.folded, alias.lower())
                )
                owner = table.setdefault(key, entity.id)
                if owner != entity.id:
                    self.conflicts.append((alias, owner, entity.id))
        self._patterns = [
            (re.compile(_bounded(self.exact)), self.exact, False),
            (re.compile(_bounded(self.folded), re.IGNORECASE), self.folded, True),
        ]

    def find(self, text: str, base: int = 0) -> list[Mention]:
        found: list[tuple[int, int, str]] = []
        for pattern, table, fold in self._patterns:
            if not table:
                continue
            get = table.get
            for m in pattern.finditer(text):
                key = m.group().lower() if fold else m.group()
                entity_id = get(key) or table[" ".join(key.split())]
                found.append((m.start(), m.end(), entity_id))
        if len(self._patterns[0][1]) and len(self._patterns[1][1]):
            # Two passes may overlap: leftmost first, the longest of those
            # starting together, and nothing that overlaps a match kept.
            found.sort(key=lambda f: (f[0], -f[1]))
            kept: list[tuple[int, int, str]] = []
            last_end = -1
            for item in found:
                if item[0] >= last_end:
                    kept.append(item)
                    last_end = item[1]
            found = kept
        return [Mention(entity_id, base + start, base + end) for start, end, entity_id in found]


def _bounded(table: dict[str, str]) -> str:
    if not table:
        return r"(?!)"
    # Spaces inside an alias match any run of white space in the text.
    body = _trie_pattern(table).replace(r"\ ", r"[^\S\n]+")
    return rf"(?<!\w)(?:{body})(?!\w)"
