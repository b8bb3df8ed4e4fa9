"""Dated events from the sentences that hold date expressions."""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left

from reader.article import Event, Mention
from reader.extract import dates
from reader.extract.tense import looks_ahead

# A sentence ends at . ! or ? followed by a space and a capital (or a quote),
# or at a line break; not after an abbreviation ("U.S. Forest Service",
# "Mr. Dahl", "Fenwick Co. said", "9 a.m. on Monday").
_END = re.compile(r"[.!?]+[\"”’')\]]*(?=\s+[\"“‘'(\[]?[A-Z0-9])|\n+")
_ABBREVIATION = re.compile(
    r"(?:\b(?:[A-Za-z]\.){2,}|\b(?:Mr|Mrs|Ms|Dr|Prof|Gen|Lt|Col|Capt|Sgt|Gov|Sen|Rep|Rev|St|Jr|Sr"
    r"|Co|Corp|Inc|Ltd|Bros|No|Nos|vs|etc|approx|est|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct"
    r"|Nov|Dec|Mt|Ft|Ave|Blvd|Rd|U\.S|U\.K)\.|\b[A-Z]\.)$")


def sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence, knowing common abbreviations."""
    spans = []
    start = 0
    for match in _END.finditer(text):
        if match.group().startswith("\n"):
            end = match.start()
        else:
            if _ABBREVIATION.search(text[max(start, match.start() - 12):match.start() + 1]):
                continue
            end = match.end()
        if text[start:end].strip():
            spans.append((start, end))
        start = match.end()
    if text[start:].strip():
        spans.append((start, len(text)))
    return spans
_THE_DATE = re.compile(r",?\s*(?:(?:morning|afternoon|evening|night)\s*)?\(?")
_DISPUTED = re.compile(r"\b(?:claimed|claims|pledged|pledges|promised|reportedly|alleged|"
                       r"allegedly|yet\s+to\s+confirm|unconfirmed|denied|denies)\b", re.I)
_REPORTED = re.compile(r"\b(?:said|says|say|according\s+to|stated|told)\b", re.I)
MAX_LABEL = 72


def _status(sentence: str, start: dt.date, published: dt.date | None) -> str:
    """Claimed where the text doubts or only reports it, planned where it
    lies ahead, else happened."""
    if _DISPUTED.search(sentence):
        return "claimed"
    if (published and start > published) or (looks_ahead(sentence) and not published):
        return "planned"
    return "claimed" if _REPORTED.search(sentence) else "happened"


def _label(sentence: str) -> str:
    text = " ".join(sentence.split()).strip(" \"“”")
    return text if len(text) <= MAX_LABEL else text[:MAX_LABEL].rsplit(" ", 1)[0] + "\u2026"


def resolved_dates(text: str, published: dt.date | None,
                   found: list[tuple[int, int, str]] | None = None
                   ) -> list[tuple[int, int, tuple[int, int], dates.Resolved]]:
    """Every date expression a reader can place, with its sentence, in text
    order: (start, end, sentence span, resolved). Taken as a reader takes them:
    "the next year" counts from the year the text last named."""
    found = dates.find(text) if found is None else found
    out = []
    at = 0
    year_told: int | None = None  # the last year the text named outright
    for s_start, s_end in sentences(text):
        sentence = text[s_start:s_end]
        stamp = bool(dates.STAMP.match(sentence.strip()))
        while at < len(found) and found[at][0] < s_end:
            start, end, kind = found[at]
            at += 1
            if start < s_start or stamp:
                continue  # "Published: 14 March 2025" dates the article, not an event
            resolved = dates.resolve(text[start:end], kind, published, text[s_start:start],
                                     year_told, text[end:s_end])
            if kind == "weekday" and at < len(found) and found[at][2] in ("mdy", "dmy") and \
                    _THE_DATE.fullmatch(text, end, found[at][0]):
                # "Saturday, May 18", "Monday night (Nov. 18)": the weekday of the date
                # that follows
                told = dates.resolve(text[found[at][0]:found[at][1]], found[at][2], published,
                                     text[s_start:found[at][0]], year_told,
                                     text[found[at][1]:s_end])
                resolved = told or resolved
            if resolved is None:
                continue
            if re.search(r"(?:19|20)\d\d|\b(?:last|next|this)\s+year\b", text[start:end], re.I):
                year_told = resolved.date.year  # "in 2016 ... The next year"
            out.append((start, end, (s_start, s_end), resolved))
    return out


def extract_events(text: str, published: dt.date | None,
                   mentions: list[Mention] | tuple[Mention, ...] = (),
                   types: dict[str, str] | None = None,
                   found_dates: list[tuple[int, int, str]] | None = None) -> list[Event]:
    """One event per sentence that names a date we can resolve."""
    types = types or {}
    mentions = sorted(mentions, key=lambda m: m.start)
    starts = [m.start for m in mentions]
    events: list[Event] = []
    found = dates.find(text) if found_dates is None else found_dates
    # A dateline's date is when the story was filed, not something that happened.
    filed = [m.span(1) for m in dates.DATELINE.finditer(text)]
    if filed:
        found = [f for f in found if not any(a <= f[0] < b for a, b in filed)]
    by_sentence: dict[tuple[int, int], list[dates.Resolved]] = {}
    for _start, _end, sentence_span, resolved in resolved_dates(text, published, found):
        by_sentence.setdefault(sentence_span, []).append(resolved)
    for (s_start, s_end), candidates in by_sentence.items():
        sentence = text[s_start:s_end]
        best = None
        for resolved in candidates:
            rank = (resolved.date.first_day() > published if published else False,
                    {"day": 2, "month": 1, "year": 0}[resolved.date.precision])
            if best is None or rank > best[0]:
                best = (rank, resolved)
        resolved = best[1]  # type: ignore[index]
        lead = len(sentence) - len(sentence.lstrip())
        quote = sentence.strip()
        span = (s_start + lead, s_start + lead + len(quote))
        # Mentions are in text order: only those inside the sentence are looked at.
        first = bisect_left(starts, span[0])
        last = bisect_left(starts, span[1], first)
        linked = tuple(dict.fromkeys(
            m.entity_id for m in mentions[first:last]
            if types.get(m.entity_id) in ("person", "organization", "place")))
        events.append(Event(
            id=f"auto-{len(events) + 1}", date=resolved.date, end=resolved.end,
            approximate=resolved.approximate, label=_label(quote),
            status=_status(sentence, resolved.date.first_day(), published),
            entities=linked, quote=quote, span=span, automatic=True,
        ))
    return sorted(events, key=Event.sort_key)
