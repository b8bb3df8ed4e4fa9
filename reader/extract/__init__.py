"""Entities and dated events for articles that carry no annotations.

Rules and bundled word lists only: no network, no model. Extracted
entities (marked automatic) are matched like annotated ones, so short
references and lower-case forms are found the same way; events come from
date expressions resolved against the publication date.
"""

from __future__ import annotations

import datetime as dt
import re

from reader.article import Article, Entity, Event, Mention
from reader.extract import dates
from reader.extract.companies import company_names
from reader.extract.entities import extract_entities, listed_names
from reader.extract.events import extract_events
from reader.extract.places import place_names
from reader.extract.wordlists import ORDINARY_WORDS
from reader.mentions import Matcher

__all__ = ["augment", "complete", "extract_entities", "extract_events"]


def augment(text: str, published: dt.date | None, entities: list[Entity],
            events: list[Event]) -> tuple[list[Entity], list[Mention], list[Event]]:
    """Add what extraction finds to what the article already annotates."""
    taken = {a.lower() for e in entities for a in (e.name, *e.aliases)}
    ids = {e.id for e in entities}
    extra = []
    found_dates = dates.find(text)
    for entity in extract_entities(text, found_dates):
        aliases = tuple(a for a in (entity.name, *entity.aliases) if a.lower() not in taken)
        if aliases and entity.id not in ids:
            extra.append(Entity(entity.id, entity.name, entity.type,
                                tuple(a for a in aliases if a != entity.name), entity.note, True))
    every = entities + extra
    # Names that are also ordinary words, and short forms of organisations
    # ("Port" for the Port of Rotterdam Authority), match only as written.
    listed = listed_names()
    exact = {a for e in extra for a in (e.name, *e.aliases)
             if a.lower() in ORDINARY_WORDS or a in place_names() or a in company_names()
             or (e.type in ("person", "organization", "place", "product") and a not in listed)}
    mentions = _in_headings(text, every, Matcher(every, exact).find(text))
    used = {m.entity_id for m in mentions}
    every = entities + [e for e in extra if e.id in used]  # nothing found, nothing listed
    covered = [e.span for e in events if e.span]
    types = {e.id: e.type for e in every}
    auto = [e for e in extract_events(text, published, mentions, types, found_dates)
            if not any(s <= e.span[0] < t for s, t in covered)]
    return every, mentions, sorted(events + auto, key=Event.sort_key)


# A line shouted in capitals: a heading ("NISSAN SENTRA", "TOYOTA RAV4 PRIME")
_SHOUTED = re.compile(r"^(?=[^a-z\n]*[A-Z]{3})[^a-z\n]{3,80}$", re.MULTILINE)


def _in_headings(text: str, entities: list[Entity], mentions: list[Mention]) -> list[Mention]:
    """The names the text names elsewhere, found in its shouted headings too."""
    lines = [m.span() for m in _SHOUTED.finditer(text)]
    if not lines:
        return mentions
    matcher = Matcher([e for e in entities if e.type != "date"])  # in any case
    found = [m for a, b in lines for m in matcher.find(text[a:b], a)]
    # the longer name wins: "ZX4 PRIME" over the "ZX4" found as written
    kept = [m for m in mentions if not any(
        f.start <= m.start and m.end <= f.end and (f.start, f.end) != (m.start, m.end)
        for f in found)]
    extra = [f for f in found if not any(m.start < f.end and f.start < m.end for m in kept)]
    return sorted(kept + extra, key=lambda m: m.start) if extra else mentions


def complete(article: Article) -> Article:
    """A deferred article with its automatic entities, mentions and events."""
    import dataclasses

    if not article.deferred:
        return article
    try:
        entities, mentions, events = augment(article.text, article.published,
                                             list(article.entities), list(article.events))
    except Exception as exc:  # noqa: BLE001 - automatic highlights must never cost the text
        name = str(article.path or article.title)
        return dataclasses.replace(article, deferred=False, warnings=(
            *article.warnings, f"{name}: automatic highlights failed ({type(exc).__name__})"))
    return dataclasses.replace(article, entities=tuple(entities), mentions=tuple(mentions),
                               events=tuple(events), deferred=False)
