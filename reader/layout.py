"""Article -> wrapped lines for a given width.

Lines hold offsets, not text, so a 1 MB article costs one small tuple per
screen line, and styling happens only for the lines being drawn.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from reader.article import Article, Block

MAX_READING_WIDTH = 88
# Characters that take two cells or none, as (first, last) code points; text
# without them wraps by length. Searched by bisection: as a regular expression
# class it took 3 ms to compile, a tenth of the reader's own start-up.
_NOT_ONE_CELL = (
    (0x0300, 0x036F), (0x0483, 0x0489), (0x0591, 0x05BD), (0x0610, 0x061A), (0x064B, 0x065F),
    (0x0E31, 0x0E3A), (0x1100, 0x115F), (0x200B, 0x200F), (0x20D0, 0x20FF), (0x2E80, 0x303E),
    (0x3041, 0x33FF), (0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xA000, 0xA4CF), (0xAC00, 0xD7A3),
    (0xF900, 0xFAFF), (0xFE00, 0xFE0F), (0xFE30, 0xFE4F), (0xFF00, 0xFF60), (0xFFE0, 0xFFE6),
    (0x1F000, 0x1FAFF), (0x20000, 0x3FFFD), (0xE0100, 0xE01EF),
)
_BOUNDS = [point for first, last in _NOT_ONE_CELL for point in (first, last + 1)]


TITLE, META, BODY = "title", "meta", "body"


class Line(NamedTuple):
    source: str  # TITLE, META or BODY: which text the offsets point into
    start: int
    end: int
    block: int = -1  # index into Article.blocks, for body lines
    prefix: str = ""  # bullet, number, quote bar or indent, drawn before the text


@lru_cache(maxsize=64)
def _wrap_pattern(width: int) -> re.Pattern[str]:
    # The longest run of up to `width` characters that ends before a space,
    # else `width` characters of a word too long for a line.
    return re.compile(rf"[^\S\n]*([^\n]{{1,{width}}}(?=[^\S\n]|\Z)|[^\n]{{1,{width}}})")


def _cell_width(ch: str) -> int:
    from rich.cells import get_character_cell_size

    return get_character_cell_size(ch)


def one_cell_each(text: str) -> bool:
    """True if every character of `text` takes one cell, so length is width."""
    # Below U+0300 every printable character is one cell (controls are gone).
    return text.isascii() or not any(
        ch >= "\u0300" and bisect_right(_BOUNDS, ord(ch)) % 2 for ch in set(text))


def wrap(text: str, width: int, base: int = 0, simple: bool | None = None) -> list[tuple[int, int]]:
    """Offsets (start, end) of each line of `text` wrapped to `width` cells.

    `simple` says every character is one cell wide, if the caller knows.
    """
    width = max(1, width)
    spans: list[tuple[int, int]] = []
    pos = 0
    for piece in text.split("\n"):
        if not piece.strip():
            spans.append((base + pos, base + pos))
        elif simple or (simple is None and one_cell_each(piece)):
            spans += [(base + pos + m.start(1), base + pos + m.end(1))
                      for m in _wrap_pattern(width).finditer(piece)]
        else:
            spans += _wrap_cells(piece, width, base + pos)
        pos += len(piece) + 1
    return spans


def _wrap_code(text: str, width: int, base: int) -> list[tuple[int, int]]:
    """Code keeps its spaces: each line is cut every `width` characters."""
    spans: list[tuple[int, int]] = []
    pos = 0
    for line in text.split("\n"):
        if one_cell_each(line):
            spans += [(base + pos + i, base + pos + min(len(line), i + width))
                      for i in range(0, max(len(line), 1), width)]
        else:
            spans += _wrap_cells(line, width, base + pos, keep_spaces=True)
        pos += len(line) + 1
    return spans


def _wrap_cells(text: str, width: int, base: int,
                keep_spaces: bool = False) -> list[tuple[int, int]]:
    """The slow path, for text with wide or zero-width characters."""
    spans: list[tuple[int, int]] = []
    start, cells, last_space = 0, 0, -1
    i = 0
    while i < len(text):
        ch = text[i]
        w = _cell_width(ch)
        if ch == " " and not keep_spaces:
            last_space = i
        if cells + w > width and i > start:
            cut = last_space if last_space > start else i
            spans.append((base + start, base + cut))
            start = cut + 1 if cut == last_space else cut
            while start < len(text) and text[start] == " " and not keep_spaces:
                start += 1
            cells, last_space = 0, -1
            i = start
            continue
        cells += w
        i += 1
    if start < len(text):
        spans.append((base + start, base + len(text)))
    return spans


RULE = "\u2500" * 20


def spaced(blocks: tuple[Block, ...], index: int) -> bool:
    """A blank line follows a block, but list items stay together."""
    following = blocks[index + 1] if index + 1 < len(blocks) else None
    return not (blocks[index].kind == "item" and following and following.kind == "item")


def block_prefix(block: Block) -> tuple[str, str]:
    """What to draw before the first line of a block, and before the rest."""
    if block.kind == "item":
        indent = "  " * max(0, block.level - 1)
        first = f"{indent}{block.marker} "
        return first, " " * len(first)
    if block.kind == "quote":
        bar = "\u258e " * block.level
        return bar, bar
    if block.kind == "code":
        indent = "  " * (block.level + 1)
        return indent, indent
    return "", ""


@dataclass
class Layout:
    """The article's lines at one width, and lookups from offsets to lines."""

    article: Article
    width: int

    def __post_init__(self) -> None:
        article, width = self.article, self.width
        lines: list[Line] = []
        if width <= 0:  # not laid out yet
            self.lines, self.body_first, self._starts = lines, 0, []
            return
        lines += [Line(TITLE, s, e) for s, e in wrap(article.title, width)]
        lines += [Line(META, s, e) for s, e in wrap(article.meta_line(), width)]
        lines.append(Line(META, 0, 0))
        text = article.text
        simple = one_cell_each(text) or None  # else each block is checked
        blocks = article.blocks
        for index, block in enumerate(blocks):
            first, rest = block_prefix(block)
            if block.kind == "rule":
                lines.append(Line(BODY, block.start, block.end, index, RULE[:width]))
            else:
                inner = max(1, width - len(first))
                piece = text[block.start:block.end]
                spans = (_wrap_code(piece, inner, block.start) if block.kind == "code"
                         else wrap(piece, inner, block.start, simple))
                for n, (s, e) in enumerate(spans):
                    lines.append(Line(BODY, s, e, index, first if n == 0 else rest))
            if spaced(blocks, index):
                lines.append(Line(BODY, block.end, block.end, index))
        self.lines = lines
        self.body_first = next((i for i, ln in enumerate(lines) if ln.source == BODY), len(lines))
        self._starts = [ln.start for ln in lines[self.body_first:]]

    def __len__(self) -> int:
        return len(self.lines)

    def line_of(self, offset: int) -> int:
        """Index of the line that shows the character at `offset` of the body."""
        at = bisect_right(self._starts, offset) - 1
        return self.body_first + max(0, at)

    def offsets(self, first: int, last: int) -> tuple[int, int]:
        """The body offsets shown from line `first` to line `last` inclusive."""
        first = max(first, self.body_first)
        last = min(last, len(self.lines) - 1)
        if first > last:
            return (0, 0)
        return self.lines[first].start, self.lines[last].end

    def offset_at(self, index: int, column: int) -> int | None:
        """Body offset of the character drawn at `column` (0 = the left edge of the
        text, before any prefix) of line `index`, if a body character is there."""
        if not 0 <= index < len(self.lines):
            return None
        line = self.lines[index]
        column -= len(line.prefix)
        if line.source != BODY or column < 0:
            return None
        from rich.cells import cell_len

        text = self.article.text[line.start:line.end]
        for i in range(len(text)):
            if cell_len(text[: i + 1]) > column:
                return line.start + i
        return None
