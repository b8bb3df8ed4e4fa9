"""One story's articles -> a merged timeline and an entity index.

An event told by several articles appears once: events of different
articles merge when their dates agree (the same day, or one period holding
the other) and their sentences name the same thing (a shared name, or
enough shared words). The merged date keeps the precision the sources
agree on; figures that differ between the sources' sentences ("14 dead"
in one, "16 dead" in another) are kept as disagreements.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field

from reader.article import Event, PartialDate
from reader.stories.group import Grouping, Member, _key, names_in

_WORD = re.compile(r"[a-z][a-z'-]{2,}")
_STOP = frozenset("""the and for that with from this have has had was were are been will would
said says say told after before about into over than then they their them its his her
also which while when where who what more most some such other only just very could should
may might can not but all any one two three year years month months week weeks day days
on in at of to by as is it be an or""".split())
_FIGURE = re.compile(r"(?<![\w.])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s*(%|percent\b|per cent\b|"
                     r"(?:[a-z]+(?:-[a-z]+)?))", re.IGNORECASE)
_FIGURE_SKIP = frozenset("""a an the and or of to in on at by for from with am pm a.m p.m
years year months month days day weeks week hours hour minutes minute""".split())
STATUS_ORDER = {"happened": 0, "planned": 1, "claimed": 2}


@dataclass(frozen=True)
class Source:
    """One article's telling of an event."""

    name: str
    span: tuple[int, int] | None
    quote: str
    date: PartialDate
    status: str


@dataclass(frozen=True)
class Disagreement:
    what: str  # the thing counted: "dead", "%", "people"
    values: dict[str, str]  # source name -> the figure it gives

    def describe(self, names: dict[str, str] | None = None) -> str:
        """"people: 3 (Aegean Times), 4 (Hellenic Wire)", sources shown by `names`."""
        names = names or {}
        told = ", ".join(f"{v} ({names.get(k, k)})" for k, v in self.values.items())
        return f"{self.what}: {told}"


@dataclass(frozen=True)
class MergedEvent:
    key: str
    date: PartialDate
    end: PartialDate | None
    label: str
    status: str
    sources: tuple[Source, ...]
    disagreements: tuple[Disagreement, ...] = ()

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(s.name for s in self.sources))

    def display_date(self) -> str:
        return Event("x", self.date, self.label, self.status, end=self.end).display_date()


@dataclass(frozen=True)
class StoryEntity:
    name: str
    type: str
    mentions: dict[str, int]  # source name -> mentions there


@dataclass
class Story:
    key: str
    title: str
    members: list[Member]
    ties: dict[str, list[str]]  # source name -> what ties it to the story
    events: list[MergedEvent] = field(default_factory=list)
    entities: list[StoryEntity] = field(default_factory=list)

    @property
    def names(self) -> list[str]:
        return [m.name for m in self.members]


def _words(text: str) -> set[str]:
    return {w for w in _WORD.findall(text.lower()) if w not in _STOP}


def _common_date(dates: list[PartialDate]) -> PartialDate:
    """The finest date every source agrees on."""
    first = dates[0]
    if all(d == first for d in dates):
        return first
    if all(d.year == first.year and d.month == first.month and d.month for d in dates):
        return PartialDate(first.year, first.month)
    return PartialDate(min(d.year for d in dates))


def _compatible(a: Event, b: Event) -> bool:
    if a.date.precision == "day" and b.date.precision == "day":
        return a.date == b.date
    a0, a1 = a.date.first_day(), (a.end or a.date).last_day()
    b0, b1 = b.date.first_day(), (b.end or b.date).last_day()
    return (a0 <= b0 and b1 <= a1) or (b0 <= a0 and a1 <= b1)


def _figures(quote: str) -> dict[str, str]:
    found: dict[str, str] = {}
    for value, what in _FIGURE.findall(quote):
        what = what.lower()
        if what in _FIGURE_SKIP:
            continue
        if what in ("percent", "per cent"):
            what = "%"
        if re.fullmatch(r"(19|20)\d\d", value) and what not in ("%",):
            continue  # a year, not a figure
        found.setdefault(what.rstrip("s") if len(what) > 3 else what, value)
    return found


def _disagreements(sources: list[Source]) -> tuple[Disagreement, ...]:
    by_thing: dict[str, dict[str, str]] = {}
    for source in sources:
        for what, value in _figures(source.quote).items():
            by_thing.setdefault(what, {}).setdefault(source.name, value)
    return tuple(Disagreement(what, values) for what, values in sorted(by_thing.items())
                 if len(values) > 1 and len({v.replace(",", "") for v in values.values()}) > 1)


def _entity_keys(member: Member, event: Event) -> set[str]:
    """The names an event's sentence holds: its linked entities, and the
    capitalised names in it that the grouping also counts."""
    article = member.article
    keys = set()
    for entity_id in event.entities:
        try:
            keys.add(_key(article.entity(entity_id).name))
        except KeyError:
            continue
    return keys | set(names_in(event.quote or event.label))


def _dates_told(member: Member, event: Event) -> list[Event]:
    """The event as dated by each date its sentence gives: "opened a review on
    Thursday of the deal announced on 21 September" tells of both days."""
    from reader.extract import dates

    told = [event]
    quote = event.quote or ""
    published = member.article.published
    for start, end, kind in dates.find(quote):
        resolved = dates.resolve(quote[start:end], kind, published, quote[:start])
        if resolved is not None and resolved.date != event.date:
            told.append(Event(event.id, resolved.date, event.label, event.status,
                              end=resolved.end, quote=quote, span=event.span))
    return told


def merge_events(members: list[Member]) -> list[MergedEvent]:
    items: list[tuple[Member, Event, set[str], set[str]]] = []
    told: list[list[Event]] = []
    for member in members:
        for event in member.article.events:
            items.append((member, event, _entity_keys(member, event),
                          _words(event.quote or event.label)))
            told.append(_dates_told(member, event))
    parent = list(range(len(items)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i in range(len(items)):
        mi, ei, ki, wi = items[i]
        for j in range(i + 1, len(items)):
            mj, ej, kj, wj = items[j]
            if mi.name == mj.name or not any(_compatible(a, b) for a in told[i]
                                                 for b in told[j]):
                continue
            overlap = len(wi & wj) / max(1, min(len(wi), len(wj)))
            if (ki & kj and overlap >= 0.15) or overlap >= 0.4:
                a, b = find(i), find(j)
                if a != b:
                    parent[max(a, b)] = min(a, b)
    groups: dict[int, list[int]] = {}
    for i in range(len(items)):
        groups.setdefault(find(i), []).append(i)
    merged = []
    for indexes in groups.values():
        chosen = [_as_told(items[i], told[i], [told[x] for x in indexes if x != i])
                  for i in indexes]
        # Earliest report first: who told it first.
        chosen.sort(key=lambda t: (t[0].article.published or PartialDate(9999).first_day(),
                                   t[0].name))
        sources = [Source(m.name, e.span, e.quote or e.label, e.date, e.status)
                   for m, e, _, _ in chosen]
        dates = [e.date for _, e, _, _ in chosen]
        ends = [e.end for _, e, _, _ in chosen if e.end]
        date = _common_date(dates)
        end = _common_date(ends) if ends and len(ends) == len(chosen) else None
        status = min((e.status for _, e, _, _ in chosen), key=STATUS_ORDER.__getitem__)
        label = chosen[0][1].label
        key = hashlib.sha1(f"{date.iso()}|{_key(label)}".encode()).hexdigest()[:12]
        merged.append(MergedEvent(key, date, end if end != date else None, label, status,
                                  tuple(sources), _disagreements(sources)))
    merged.sort(key=lambda e: (Event("x", e.date, "", "happened", end=e.end).sort_key(),
                               -len(e.sources), e.label))
    return merged


def _as_told(item: tuple, dated: list[Event], others: list[list[Event]]) -> tuple:
    """The item with the date (of those its sentence gives) that most of the
    other sources share."""
    if len(dated) == 1:
        return item
    best = max(dated, key=lambda e: (sum(any(_compatible(e, o) for o in other)
                                         for other in others), e is dated[0]))
    return (item[0], best, item[2], item[3])


def entity_index(members: list[Member]) -> list[StoryEntity]:
    """Each entity with its mentions per source; names the sources share that
    automatic extraction did not type are listed too, as names."""
    found: dict[tuple[str, str], dict[str, int]] = {}
    shown: dict[tuple[str, str], str] = {}
    known: set[str] = set()
    for member in members:
        counts = member.article.mention_counts()
        for entity in member.article.entities:
            if not counts.get(entity.id):
                continue
            key = (_key(entity.name), entity.type)
            shown.setdefault(key, entity.name)
            per = found.setdefault(key, {})
            per[member.name] = per.get(member.name, 0) + counts[entity.id]
            known |= {_key(n) for n in (entity.name, *entity.aliases)}
    untyped: dict[str, dict[str, int]] = {}
    for member in members:
        for key, phrase in names_in(member.article.text).items():
            if key in known or any(key in k or k in key for k in known if len(k) > 3):
                continue
            shown.setdefault((key, "name"), phrase)
            untyped.setdefault(key, {})[member.name] = member.article.text.count(phrase) or 1
    for key, per in untyped.items():
        if len(per) > 1:
            found[(key, "name")] = per
    entities = [StoryEntity(shown[k], k[1], v) for k, v in found.items()]
    # Who and where first; figures and dates, which rarely repeat, last.
    rank = {"person": 0, "organization": 0, "place": 0, "name": 0, "product": 1,
            "quantity": 2, "date": 3}
    entities.sort(key=lambda e: (rank.get(e.type, 1), -len(e.mentions),
                                 -sum(e.mentions.values()), e.name.lower()))
    return entities


def build_stories(grouping: Grouping) -> tuple[list[Story], list[Member]]:
    """Stories of two or more articles, and the articles that belong to none."""
    stories, alone = [], []
    for indexes in grouping.groups():
        members = [grouping.members[i] for i in indexes]
        if len(members) < 2:
            alone += members
            continue
        members.sort(key=lambda m: (m.article.published is None,
                                    m.article.published or PartialDate(1).first_day(), m.name))
        ties: dict[str, list[str]] = {m.name: [] for m in members}
        strength: dict[str, float] = {m.name: 0.0 for m in members}
        for (i, j), found in grouping.ties.items():
            if i in indexes and j in indexes:
                for x, y in ((i, j), (j, i)):
                    name = grouping.members[x].name
                    strength[name] += found.score
                    other = grouping.members[y].name
                    ties[name].append(f"{other}: " + ", ".join(found.shared[:4]))
        central = max(members, key=lambda m: (strength[m.name], m.name))
        key = hashlib.sha1(members[0].name.encode()).hexdigest()[:12]
        stories.append(Story(key, central.article.title, members, ties,
                             merge_events(members), entity_index(members)))
    stories.sort(key=lambda s: (-len(s.members), s.title))
    return stories, alone
