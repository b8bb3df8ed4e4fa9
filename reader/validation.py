"""Front-matter fields -> checked `Article`; every fault names its line and field."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from pathlib import Path

from reader.article import (
    ENTITY_TYPES,
    STATUSES,
    Article,
    Block,
    Entity,
    Event,
    PartialDate,
)
from reader.mentions import Matcher
from reader.problems import ArticleError, Problem
from reader.sanitize import clean

MAX_ITEMS = 10_000  # entities, events, aliases of one entity
ID_PATTERN = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*\Z")

_DATE = re.compile(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?\Z")
_PRECISIONS = ("year", "month", "day")
_TEXT_FIELDS = ("dateline", "source", "url", "byline", "language")
TITLE_MAX = 200


class _Checker:
    def __init__(self, name: str) -> None:
        self.name = name
        self.problems: list[Problem] = []
        self.warnings: list[Problem] = []  # faults the article opens despite
        self.id_failed = False

    def fail(self, where: object, key: object, message: str, field: str) -> None:
        lines = getattr(where, "lines", {})
        line = lines.get(key) or getattr(where, "line", None)
        self.problems.append(Problem(self.name, message, line, field))

    def warn(self, where: object, key: object, message: str, field: str) -> None:
        lines = getattr(where, "lines", {})
        line = lines.get(key) or getattr(where, "line", None)
        self.warnings.append(Problem(self.name, message, line, field))

    def text(self, where: dict, key: str, field: str, required: bool = False) -> str:
        value = where.get(key)
        if value is None:
            if required:
                self.fail(where, key, "is required", field)
            return ""
        if isinstance(value, (dict, list)):
            self.fail(where, key, "must be text", field)
            return ""
        # Double-quoted YAML can spell ESC as "\\e": clean again after parsing.
        return " ".join(clean(str(value)).split())

    def records(self, meta: dict, key: str, needs: str) -> Iterator[tuple[str, dict, str]]:
        """(field, mapping, id) for each entry of a list of mappings with ids."""
        seen: set[str] = set()
        for i, raw in enumerate(self.items(meta, key, key)):
            field = f"{key}[{i}]"
            if not isinstance(raw, dict):
                self.fail(meta, key, f"must be a mapping with {needs}", field)
                continue
            before = len(self.problems)
            ident = self.identifier(raw, field, seen)
            self.id_failed = len(self.problems) > before
            yield field, raw, ident

    def identifier(self, where: dict, field: str, seen: set[str]) -> str:
        ident = self.text(where, "id", f"{field}.id", required=True)
        if ident and not ID_PATTERN.match(ident):
            self.fail(where, "id", f"{ident!r} must be lower-case letters, digits and -",
                      f"{field}.id")
        elif ident in seen:
            self.fail(where, "id", f"duplicate id {ident!r}", f"{field}.id")
        seen.add(ident)
        return ident

    def items(self, where: dict, key: str, field: str) -> list:
        value = where.get(key)
        if value is None:
            return []
        if not isinstance(value, list):
            self.fail(where, key, "must be a list", field)
            return []
        if len(value) > MAX_ITEMS:
            self.fail(where, key, f"has more than {MAX_ITEMS} entries", field)
            return []
        return value


def parse_date(value: object) -> PartialDate:
    """YYYY, YYYY-MM or YYYY-MM-DD (YAML may already have made it a date)."""
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        return PartialDate(value.year, value.month, value.day)
    match = _DATE.match(str(value).strip()) if isinstance(value, (str, int)) else None
    if not match:
        raise ValueError(f"{value!r} is not a date (YYYY, YYYY-MM or YYYY-MM-DD)")
    year, month, day = (int(g) if g else None for g in match.groups())
    date = PartialDate(year, month, day)  # type: ignore[arg-type]
    try:
        date.first_day()
    except ValueError as exc:  # month 13, 30 Feb, year 0
        raise ValueError(f"{value!r} is not a date ({exc})") from None
    return date


def _published(check: _Checker, meta: dict) -> dt.date | None:
    value = meta.get("published")
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.datetime.fromisoformat(str(value).strip()).date()
    except ValueError:
        # The article still opens, without a publication date, and says why.
        check.warn(meta, "published", f"{value!r} is not an ISO date or datetime; the "
                   "article is read without a publication date", "published")
        return None


def published_in_text(text: str) -> dt.date | None:
    """A plain text's own date: a "Published: 14 March 2025" line (before an
    "Updated:" one), or a dateline ("LONDON, March 14, 2025 (Reuters) -"), near
    the top. Only a full date counts."""
    from reader.extract import dates

    head = text[:1500]
    found: list[tuple[int, dt.date]] = []
    candidates = [(0 if m.group(1).lower() in ("published", "posted") else 1, m.group(2))
                  for m in dates.STAMP.finditer(head)]
    candidates += [(2, m.group(1)) for m in dates.DATELINE.finditer(head)]
    for rank, piece in candidates:
        for start, end, kind in dates.find(piece):
            if kind not in ("iso", "mdy", "dmy"):
                continue
            resolved = dates.resolve(piece[start:end], kind, None)
            if resolved is not None and resolved.date.precision == "day":
                found.append((rank, resolved.date.first_day()))
                break
    return min(found)[1] if found else None


def _entities(check: _Checker, meta: dict) -> list[Entity]:
    entities: list[Entity] = []
    for field, raw, eid in check.records(meta, "entities", "id, name and type"):
        name = check.text(raw, "name", f"{field}.name", required=True)
        etype = check.text(raw, "type", f"{field}.type", required=True)
        if etype and etype not in ENTITY_TYPES:
            check.fail(raw, "type", f"unknown type {etype!r} (one of {', '.join(ENTITY_TYPES)})",
                       f"{field}.type")
        aliases = raw.get("aliases") or []
        if isinstance(aliases, str):
            aliases = [aliases]
        if not isinstance(aliases, list) or len(aliases) > MAX_ITEMS or any(
            isinstance(a, (dict, list)) or a is None for a in aliases
        ):
            check.fail(raw, "aliases", "must be a list of names", f"{field}.aliases")
            aliases = []
        note = check.text(raw, "note", f"{field}.note")
        if eid and name:
            aliases = [" ".join(clean(str(a)).split()) for a in aliases]
            entities.append(Entity(eid, name, etype, tuple(aliases), note))
    return entities


def _quote_span(text: str, quote: str) -> tuple[int, int] | None:
    at = text.find(quote)
    if at >= 0:
        return at, at + len(quote)
    # Line breaks in the YAML or the Markdown may differ from each other.
    pattern = r"\s+".join(re.escape(word) for word in quote.split())
    match = re.search(pattern, text) if pattern else None
    return match.span() if match else None


def _events(check: _Checker, meta: dict, text: str, entity_ids: set[str]) -> list[Event]:
    events: list[Event] = []
    for field, raw, eid in check.records(meta, "events", "id, date and label"):
        before, id_ok = len(check.problems), not check.id_failed
        dates = []
        for key in ("date", "end"):
            if raw.get(key) is None:
                if key == "date":
                    check.fail(raw, key, "is required", f"{field}.date")
                dates.append(None)
                continue
            try:
                dates.append(parse_date(raw[key]))
            except ValueError as exc:
                check.fail(raw, key, str(exc), f"{field}.{key}")
                dates.append(None)
        date, end = dates
        precision = check.text(raw, "precision", f"{field}.precision")
        if date and precision:
            if precision not in _PRECISIONS:
                check.fail(raw, "precision", f"unknown precision {precision!r}",
                           f"{field}.precision")
            elif _PRECISIONS.index(precision) > _PRECISIONS.index(date.precision):
                check.fail(raw, "precision", f"{precision!r} is finer than the date {date.iso()}",
                           f"{field}.precision")
            else:  # a coarser precision blurs the date on purpose
                date = PartialDate(date.year, date.month if precision != "year" else None,
                                   date.day if precision == "day" else None)
        if date and end and end.last_day() < date.first_day():
            check.fail(raw, "end", f"{end.iso()} is before the date {date.iso()}", f"{field}.end")
        label = check.text(raw, "label", f"{field}.label", required=True)
        status = check.text(raw, "status", f"{field}.status") or "happened"
        if status not in STATUSES:
            check.fail(raw, "status", f"unknown status {status!r} (one of {', '.join(STATUSES)})",
                       f"{field}.status")
        linked = raw.get("entities") or []
        if not isinstance(linked, list):
            check.fail(raw, "entities", "must be a list of entity ids", f"{field}.entities")
            linked = []
        for ref in linked:
            if str(ref) not in entity_ids:
                check.fail(raw, "entities", f"unknown entity {ref!r}", f"{field}.entities")
        quote = check.text(raw, "quote", f"{field}.quote")
        span = _quote_span(text, quote) if quote else None
        if quote and span is None:
            check.fail(raw, "quote", f"{quote!r} is not in the body", f"{field}.quote")
        approximate = raw.get("approximate", False)
        if not isinstance(approximate, bool):
            check.fail(raw, "approximate", "must be true or false", f"{field}.approximate")
        if id_ok and len(check.problems) == before and date:
            events.append(Event(
                eid, date, label, status, end=end, approximate=bool(approximate),
                entities=tuple(str(r) for r in linked), quote=quote,
                source=check.text(raw, "source", f"{field}.source"), span=span,
            ))
    return sorted(events, key=Event.sort_key)


def drop_first_block(text: str, blocks: tuple[Block, ...]) -> tuple[str, tuple[Block, ...]]:
    if len(blocks) < 2:
        return "", ()
    shift = blocks[1].start

    def moved(block: Block) -> Block:
        spans = tuple(s._replace(start=s.start - shift, end=s.end - shift)
                      for s in block.spans)
        return block._replace(start=block.start - shift, end=block.end - shift, spans=spans)

    return text[shift:], tuple(moved(b) for b in blocks[1:])


def _a_stamp(text: str, block: Block) -> bool:
    from reader.extract import dates

    line = text[block.start:block.end]
    return block.kind == "paragraph" and "\n" not in line and bool(dates.STAMP.fullmatch(line))


def _without_stamps(text: str, blocks: tuple[Block, ...], annotated: bool
                    ) -> tuple[str, tuple[Block, ...]]:
    """ "Published: 20 Nov 2019" before or after a plain text's headline says
    when, not what: it is read for the date and shown in the details line."""
    while not annotated and len(blocks) > 1 and _a_stamp(text, blocks[0]):
        text, blocks = drop_first_block(text, blocks)
    return text, blocks


def _is_headline(text: str, block: Block, annotated: bool) -> bool:
    """A leading heading, or in unannotated text a short first line, is the title."""
    if block.kind == "heading":
        return True
    line = text[block.start:block.end]
    return not annotated and block.kind == "paragraph" and len(line) <= TITLE_MAX and (
        "\n" not in line) and block.end < len(text.rstrip())  # never the only paragraph


def build_article(meta: dict, text: str, blocks: tuple[Block, ...], name: str,
                  path: Path | None, annotated: bool, warnings: tuple[str, ...] = (),
                  defer: bool = False) -> Article:
    """The validated article. With `defer`, automatic extraction is left for
    later (`reader.extract.complete`), so the text can be shown first."""
    check = _Checker(name)
    title = check.text(meta, "title", "title")
    original = text
    text, blocks = _without_stamps(text, blocks, annotated)
    if not title and blocks and _is_headline(text, blocks[0], annotated):
        title = text[blocks[0].start : blocks[0].end]
        text, blocks = _without_stamps(*drop_first_block(text, blocks), annotated)
    if not text.strip() and not (title and not annotated):
        raise ArticleError([Problem(name, "nothing to read (the article has no body)")])
    if not title:
        first_line = text.lstrip().split("\n", 1)[0]
        title = first_line if len(first_line) <= TITLE_MAX else (
            first_line[:TITLE_MAX].rsplit(" ", 1)[0] + "\u2026")
    info = {key: check.text(meta, key, key) for key in _TEXT_FIELDS}
    published = _published(check, meta)
    if published is None and meta.get("published") is None:
        published = published_in_text(original)
    entities = _entities(check, meta)
    matcher = Matcher(entities)
    for alias, first, second in matcher.conflicts:
        check.problems.append(Problem(name, f"alias {alias!r} belongs to both {first!r} and "
                                      f"{second!r}", getattr(meta, "lines", {}).get("entities"),
                                      "entities"))
    events = _events(check, meta, text, {e.id for e in entities})
    # Without annotations the reader finds entities and dates itself; with
    # them, only when asked (`extract: true`) for what they leave out.
    annotated = annotated and ("entities" in meta or "events" in meta)
    extract = meta.get("extract", not annotated)
    if not isinstance(extract, bool):
        check.fail(meta, "extract", "must be true or false", "extract")
    if check.problems:
        raise ArticleError(check.problems)
    mentions = None
    deferred = extract is True and defer
    if extract is True and not defer:
        from reader.extract import augment

        try:
            entities, mentions, events = augment(text, published, entities, events)
        except Exception as exc:  # noqa: BLE001 - automatic highlights must never cost the text
            warnings = (*warnings, f"{name}: automatic highlights failed "
                        f"({type(exc).__name__}); the text is shown without them")
    if mentions is None:
        mentions = matcher.find(text) if entities else []
    warnings = (*warnings, *(str(w) for w in check.warnings))
    return Article(
        path=path, title=title, text=text, blocks=blocks, entities=tuple(entities),
        mentions=tuple(mentions), events=tuple(events), published=published,
        annotated=annotated, warnings=warnings, deferred=deferred, **info,
    )
