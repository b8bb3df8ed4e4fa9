"""Moving through an article: pure rules the screens call, tested without a UI."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from typing import NamedTuple

from reader.article import Article, Event


class Target(NamedTuple):
    """Something in the text the cursor can rest on: a mention, a link, a match."""

    start: int
    end: int
    kind: str  # "mention" | "link" | "match"
    value: str  # entity id or href


class Targets:
    """An article's mentions and links in text order, for the cursor to visit."""

    def __init__(self, article: Article) -> None:
        found = [Target(m.start, m.end, "mention", m.entity_id) for m in article.mentions]
        for block in article.blocks:
            found += [Target(s.start, s.end, "link", s.href) for s in block.spans
                      if s.kind == "link"]
        self.items = sorted(found)
        self.starts = [t.start for t in self.items]

    def __len__(self) -> int:
        return len(self.items)

    def __getitem__(self, index: int) -> Target:
        return self.items[index]

    def __iter__(self):  # noqa: ANN204
        return iter(self.items)

    def next_index(self, step: int, cursor: Target | None, start: int, end: int) -> int:
        """Index of the target `step` from the cursor, or from the top (bottom)
        of the text on screen [start, end) when the cursor is not on it; may
        fall off either end."""
        if cursor is not None and start <= cursor.start < end:
            return bisect_left(self.items, cursor) + step
        return bisect_left(self.starts, start if step > 0 else end) - (step < 0)

    def at(self, offset: int) -> Target | None:
        i = bisect_right(self.starts, offset) - 1
        if i >= 0 and self.items[i].start <= offset < self.items[i].end:
            return self.items[i]
        return None

    def of_entity(self, entity_id: str) -> list[Target]:
        return [t for t in self.items if t.kind == "mention" and t.value == entity_id]


def position_label(top: int, height: int, total: int) -> str:
    """Where the screen is in the article, as less and vim say it."""
    if total <= height:
        return "All"
    if top <= 0:
        return "Top"
    if top + height >= total:
        return "Bot"
    return f"{min(99, round(100 * (top + height) / total))}%"


def events_in_view(events: Sequence[Event], start: int, end: int) -> set[int]:
    """Indexes of the events whose passages overlap the text on screen."""
    return {i for i, event in enumerate(events)
            if event.span and event.span[0] < end and event.span[1] > start}


def step_index(starts: Sequence[int], step: int, cursor: int | None,
               top: int, bottom: int) -> tuple[int, bool]:
    """The next (step 1) or previous (-1) of sorted `starts`: from the cursor
    when it is on screen, else from the screen's edge. Wraps around, and says so."""
    if cursor is not None:
        i = bisect_right(starts, cursor) if step > 0 else bisect_left(starts, cursor) - 1
    else:
        i = bisect_left(starts, top) if step > 0 else bisect_left(starts, bottom) - 1
    wrapped = not 0 <= i < len(starts)
    return i % len(starts), wrapped


def inside(ranges: Sequence, starts: Sequence[int], lo: int, hi: int) -> list:
    """Ranges (sorted, start-first tuples) that overlap [lo, hi)."""
    i = max(0, bisect_right(starts, lo) - 1)
    out = []
    while i < len(ranges) and ranges[i][0] < hi:
        if ranges[i][1] > lo:
            out.append(ranges[i])
        i += 1
    return out


def nearest_item(start: int, step: int, count: int,
                 selectable: Callable[[int], bool]) -> int | None:
    """The first item from `start` on, going by `step` (1 or -1), that can
    take a list's cursor; None when there is none that way."""
    index = start
    while 0 <= index < count:
        if selectable(index):
            return index
        index += step
    return None


def step_item(current: int | None, step: int, count: int,
              selectable: Callable[[int], bool]) -> int | None:
    """Where a list's cursor goes on a step: the next selectable item that
    way, or the first (last) one with no cursor yet; None past either end."""
    if current is None:
        return nearest_item(0 if step > 0 else count - 1, step, count, selectable)
    return nearest_item(current + step, step, count, selectable)
