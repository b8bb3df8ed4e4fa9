"""Moving through an article: pure rules the screens call, tested without a UI."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence

from reader.article import Event


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


def word_at(text: str, offset: int) -> tuple[int, int] | None:
    """The word (letters, digits, inner hyphens and apostrophes) at `offset`."""
    if not 0 <= offset < len(text) or not text[offset].isalnum():
        return None
    start = offset
    while start > 0 and (text[start - 1].isalnum() or (
            text[start - 1] in "-'\u2019" and start > 1 and text[start - 2].isalnum())):
        start -= 1
    end = offset
    while end < len(text) and (text[end].isalnum() or (
            text[end] in "-'\u2019" and end + 1 < len(text) and text[end + 1].isalnum())):
        end += 1
    return start, end
