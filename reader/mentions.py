"""Find entity mentions in text: whole words, longest match wins.

Ordinary names match in any case ("china" is China), all-capital acronyms
only in their own case ("US" never matches "us"), and so do the months that
are also words ("May" the month is never "may" the verb). Aliases are compiled into
trie-shaped regular expressions, so the text is scanned once per case rule
however many aliases there are; the thousands of names matched as written
(places and companies from data) are looked up by their first word instead,
with a small pattern per first word the text holds, since compiling one
pattern of them all costs a third of a second.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from reader.article import Entity, Mention

_WORD_MONTHS = frozenset({"may", "march", "august"})


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

    def __init__(self, entities: Iterable[Entity], exact_case: Iterable[str] = ()) -> None:
        """`exact_case`: further aliases matched only as written (names that are
        also ordinary words, found by extraction)."""
        exact_case = frozenset(exact_case)
        self.exact: dict[str, str] = {}
        self.folded: dict[str, str] = {}
        self.conflicts: list[tuple[str, str, str]] = []
        for entity in entities:
            for alias in dict.fromkeys((entity.name, *entity.aliases)):
                alias = " ".join(alias.split())
                if not alias:
                    continue
                as_written = is_acronym(alias) or alias in exact_case or (
                    entity.type == "date" and alias.lower() in _WORD_MONTHS)
                table, key = (self.exact, alias) if as_written else (self.folded, alias.lower())
                owner = table.setdefault(key, entity.id)
                if owner != entity.id:
                    self.conflicts.append((alias, owner, entity.id))
        # (a few hundred compile at once faster than one pattern per first word)
        capitalised = {a: e for a, e in self.exact.items() if _HEAD.match(a)} \
            if len(self.exact) > _BY_HEAD_FROM else {}
        rest = {a: e for a, e in self.exact.items() if a not in capitalised}
        self._by_head = _ByHead(capitalised)
        self._patterns = [
            (re.compile(_bounded(rest)), rest, False),
            (re.compile(_bounded(self.folded), re.IGNORECASE), self.folded, True),
        ]

    def find(self, text: str, base: int = 0) -> list[Mention]:
        passes = [self._scan(pattern, table, fold, text, base)
                  for pattern, table, fold in self._patterns if table]
        passes.append(self._by_head.scan(text, base))
        passes = [p for p in passes if p]
        if len(passes) < 2:
            return passes[0] if passes else []
        # Passes may overlap: leftmost first, the longest of those
        # starting together, and nothing that overlaps a mention kept.
        found = sorted([m for p in passes for m in p], key=lambda m: (m.start, -m.end))
        kept: list[Mention] = []
        last_end = -1
        for mention in found:
            if mention.start >= last_end:
                kept.append(mention)
                last_end = mention.end
        return kept

    @staticmethod
    def _scan(pattern: re.Pattern[str], table: dict[str, str], fold: bool, text: str,
              base: int) -> list[Mention]:
        return [Mention(_owner(table, m.group(), fold), base + m.start(), base + m.end())
                for m in pattern.finditer(text)]


def _owner(table: dict[str, str], matched: str, fold: bool) -> str:
    key = matched.lower() if fold else matched
    return table.get(key) or table[" ".join(key.split())]


_BY_HEAD_FROM = 1000
# The first word of a capitalised name, as it opens in the text.
_HEAD = re.compile(r"(?<!\w)[A-Z]\w*")


class _ByHead:
    """Aliases matched as written, found by their first word."""

    def __init__(self, table: dict[str, str]) -> None:
        self.table = table
        self.heads: dict[str, list[str]] = {}
        for alias in table:
            self.heads.setdefault(_HEAD.match(alias).group(), []).append(alias)
        self.patterns: dict[str, re.Pattern[str]] = {}

    def scan(self, text: str, base: int) -> list[Mention]:
        found: list[Mention] = []
        done = 0
        heads, patterns = self.heads, self.patterns
        for m in _HEAD.finditer(text):
            head = m.group()
            if head not in heads or m.start() < done:
                continue
            pattern = patterns.get(head)
            if pattern is None:
                pattern = patterns[head] = re.compile(
                    _bounded(dict.fromkeys(heads[head], "")))
            hit = pattern.match(text, m.start())
            if hit is not None:
                found.append(Mention(_owner(self.table, hit.group(), False),
                                     base + hit.start(), base + hit.end()))
                done = hit.end()
        return found


def _bounded(table: dict[str, str]) -> str:
    if not table:
        return r"(?!)"
    # Spaces inside an alias match any run of white space in the text.
    body = _trie_pattern(table).replace(r"\ ", r"[^\S\n]+")
    return rf"(?<!\w)(?:{body})(?!\w)"
