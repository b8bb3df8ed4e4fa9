"""The article model: pure, frozen data shared by every part of the reader.

The parts of an article are named tuples (immutable, compared and ordered as
their fields): a class built by `dataclass` costs 0.6 ms at import, seven
times a named tuple's, and the model is imported by every start."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

ENTITY_TYPES = ("person", "organization", "place", "quantity", "product", "date")
STATUSES = ("happened", "planned", "claimed")
WORDS_PER_MINUTE = 230


class Entity(NamedTuple):
    id: str
    name: str
    type: str
    aliases: tuple[str, ...] = ()
    note: str = ""
    automatic: bool = False


class Mention(NamedTuple):
    """A tuple rather than a dataclass: a long article has tens of thousands."""

    entity_id: str
    start: int  # offsets into Article.text
    end: int


class PartialDate(NamedTuple):
    """A calendar date known to the year, the month or the day."""

    year: int
    month: int | None = None
    day: int | None = None

    @property
    def precision(self) -> str:
        return "day" if self.day else "month" if self.month else "year"

    def first_day(self) -> dt.date:
        return dt.date(self.year, self.month or 1, self.day or 1)

    def last_day(self) -> dt.date:
        if self.day:
            return self.first_day()
        if self.month:
            nxt = dt.date(self.year + self.month // 12, self.month % 12 + 1, 1)
            return nxt - dt.timedelta(days=1)
        return dt.date(self.year, 12, 31)

    def iso(self) -> str:
        parts = [f"{self.year:04d}"]
        if self.month:
            parts.append(f"{self.month:02d}")
        if self.day:
            parts.append(f"{self.day:02d}")
        return "-".join(parts)

    def display(self) -> str:
        if self.day:
            return self.first_day().strftime("%-d %b %Y")
        if self.month:
            return self.first_day().strftime("%b %Y")
        return str(self.year)


class Event(NamedTuple):
    id: str
    date: PartialDate
    label: str
    status: str
    end: PartialDate | None = None
    approximate: bool = False
    entities: tuple[str, ...] = ()
    quote: str = ""
    source: str = ""
    span: tuple[int, int] | None = None  # where the quote stands in Article.text
    automatic: bool = False

    def display_date(self) -> str:
        text = self.date.display()
        if self.end and self.end != self.date:
            end = self.end.display()
            # "2026-2028" rather than "2026 - 2028"; "Oct-Nov 2025" when the year is shared
            if self.end.year == self.date.year and self.date.month and self.end.month:
                text = text.rsplit(" ", 1)[0] if not self.date.day else text
            text = f"{text}\u2013{end}"
        return f"c. {text}" if self.approximate else text

    def sort_key(self) -> tuple[int, int, str]:
        # Ordered by the middle of the period an event covers, so "Apr 2026"
        # comes before "2026" (later that year) and a span sits at its centre.
        first = self.date.first_day().toordinal()
        last = (self.end or self.date).last_day().toordinal()
        return ((first + last) // 2, last, self.id)


class InlineSpan(NamedTuple):
    start: int  # offsets into Article.text
    end: int
    kind: str  # strong | em | code | link
    href: str = ""


class Block(NamedTuple):
    kind: str  # heading | paragraph | item | quote | code | rule
    start: int  # offset of the block's text in Article.text
    end: int
    level: int = 0  # heading level, or list/quote nesting depth
    marker: str = ""  # list bullet or number, drawn before the first line
    spans: tuple[InlineSpan, ...] = ()


@dataclass(frozen=True, slots=True)
class Article:
    path: Path | None
    title: str
    text: str  # the body as plain text, blocks separated by blank lines
    blocks: tuple[Block, ...]
    entities: tuple[Entity, ...] = ()
    mentions: tuple[Mention, ...] = ()
    events: tuple[Event, ...] = ()
    published: dt.date | None = None
    dateline: str = ""
    source: str = ""
    url: str = ""
    byline: str = ""
    language: str = ""
    annotated: bool = True
    warnings: tuple[str, ...] = ()
    deferred: bool = False  # automatic entities and dates still to be found (complete())
    # Derived in __post_init__; never passed in, so dataclasses.replace() rebuilds them.
    _by_id: dict[str, Entity] = field(default_factory=dict, compare=False, repr=False,
                                      init=False)
    _words: int = field(default=0, compare=False, repr=False, init=False)
    _key: str = field(default="", compare=False, repr=False, init=False)

    def __post_init__(self) -> None:
        self._by_id.update((e.id, e) for e in self.entities)
        # Counted once (the meta line is drawn again at every width), and a
        # block at a time, so a long article never holds all its words at once.
        words = sum(len(self.text[b.start:b.end].split()) for b in self.blocks)
        object.__setattr__(self, "_words", words)

    @property
    def key(self) -> str:
        """The same text read from anywhere is the same article (computed once:
        the library asks it of every article each time it is shown)."""
        if not self._key:
            import hashlib

            digest = hashlib.sha256()
            digest.update(self.title.encode("utf-8", "replace"))
            digest.update(b"\0")
            digest.update(self.text.encode("utf-8", "replace"))
            object.__setattr__(self, "_key", digest.hexdigest()[:32])
        return self._key

    def entity(self, entity_id: str) -> Entity:
        return self._by_id[entity_id]

    @property
    def word_count(self) -> int:
        return self._words

    @property
    def reading_minutes(self) -> int:
        return max(1, round(self.word_count / WORDS_PER_MINUTE))

    def mention_counts(self) -> dict[str, int]:
        counts = dict.fromkeys(self._by_id, 0)
        for m in self.mentions:
            counts[m.entity_id] += 1
        return counts

    def block_text(self, block: Block) -> str:
        return self.text[block.start : block.end]

    def meta_line(self) -> str:
        parts = [self.dateline]
        if self.published:
            parts.append(self.published.strftime("%-d %B %Y"))
        byline = self.byline.strip()
        if byline and not byline.lower().startswith("by "):
            byline = f"by {byline}"
        parts += [byline, self.source, f"{self.reading_minutes} min read", self.url]
        return " \u00b7 ".join(p for p in parts if p)
