"""Articles -> stories: groups of articles about one story, with the reasons.

Two articles are tied when, published within `WINDOW_DAYS` of each other,
they share specific names: people, organisations, small places, and the
capitalised names the text itself repeats (so a company no word list knows
still counts). Each shared name weighs by its kind and by how rare it is
among the articles (inverse document frequency): a country or a name most
articles carry weighs almost nothing, so a distractor that shares only
"China" or a topic word stays out. A shared dated event (same day, in
sentences naming the same thing) adds weight. Ties above `THRESHOLD` join
articles into one story (union-find: adding an article later gives the
same stories as grouping all at once, whatever the order).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from functools import lru_cache

from reader.article import Article
from reader.extract import wordlists as wl

WINDOW_DAYS = 21
# Rarity is judged as if among at least this many articles: two articles
# alone sharing three names are as tied as two among hundreds.
BACKGROUND = 20
THRESHOLD = 2.2
TYPE_WEIGHTS = {"person": 1.6, "organization": 1.4, "place": 1.0, "product": 0.5,
                "name": 1.0, "country": 0.15, "region": 0.3, "event": 1.2}
# Capitalised words that name nothing a story could share: extraction's own
# list of sentence openers, and the bylines and bureaus every wire story has.
STOP_NAMES = frozenset(wl.NOT_NAMES | set("""AFP AP Associated Press Reuters News Editor
Published Updated Government Police Mayor Prime Executive First Second Third""".split()))
_CAPITAL_RUN = re.compile(
    r"\b[A-Z][a-zA-Z'’\-]+(?:\s+(?:of|de|van|von|al|the)?\s*[A-Z][a-zA-Z'’\-]+)*")
_SENTENCE_START = re.compile(r"(?:^|[.!?]\s+|\n\s*)[\"“‘']?$")


@lru_cache(maxsize=1)
def _big_places() -> tuple[frozenset[str], frozenset[str]]:
    """Countries (with their other names and demonyms) and large regions."""
    countries = set()
    for name, (aliases, demonyms) in wl.COUNTRIES.items():
        countries |= {n.lower() for n in (name, *aliases, *demonyms)}
    return frozenset(countries), frozenset(r.lower() for r in wl.REGIONS)


@dataclass(frozen=True)
class Member:
    """One article in the grouping, named as the user gave it (path or link)."""

    name: str
    article: Article


@dataclass(frozen=True)
class Features:
    names: dict[str, str]  # feature key -> kind (person, organization, name, country, ...)
    labels: dict[str, str]  # feature key -> how to show it
    days: dict[int, set[str]]  # event day (ordinal) -> feature keys in that sentence
    published: int | None  # ordinal


def _key(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", text.lower()).split())


def names_in(text: str) -> dict[str, str]:
    """Capitalised names the text uses (key -> as written), leaving out words
    that are capitalised only for starting a sentence, and common ones."""
    found: dict[str, str] = {}
    for match in _CAPITAL_RUN.finditer(text):
        phrase = match.group().strip()
        words = phrase.split()
        if all(w in STOP_NAMES for w in words):
            continue
        before = text[max(0, match.start() - 3):match.start()]
        if len(words) == 1 and _SENTENCE_START.search(before):
            continue  # a capital at a sentence start says nothing
        key = _key(phrase)
        if len(key) >= 4:
            found.setdefault(key, phrase)
    return found


def features(article: Article) -> Features:
    """What an article can share with others, with how each is shown."""
    countries, regions = _big_places()
    names: dict[str, str] = {}
    labels: dict[str, str] = {}
    by_entity: dict[str, set[str]] = {}
    for entity in article.entities:
        if entity.type in ("quantity", "date"):
            continue
        kind = entity.type
        keys = {_key(n) for n in (entity.name, *entity.aliases) if _key(n)}
        if kind == "place" and keys & countries:
            kind = "country"
        elif kind == "place" and keys & regions:
            kind = "region"
        main = _key(entity.name)
        if not main:
            continue
        # A person is tied by their full name; a lone surname is weaker
        # evidence and is only used through the full name here.
        names[main] = kind
        labels[main] = entity.name
        by_entity[entity.id] = {main}
        for alias in keys - {main}:
            if kind != "person" and len(alias) > 3:
                names.setdefault(alias, kind)
                labels.setdefault(alias, entity.name)
                by_entity[entity.id].add(alias)
    for key, phrase in names_in(article.text).items():
        if key in names:
            continue
        kind = "country" if key in countries else "region" if key in regions else "name"
        names.setdefault(key, kind)
        labels.setdefault(key, phrase)
    days: dict[int, set[str]] = {}
    for event in article.events:
        if event.date.precision != "day":
            continue
        tied = set()
        for entity_id in event.entities:
            tied |= by_entity.get(entity_id, set())
        days.setdefault(event.date.first_day().toordinal(), set()).update(tied)
    published = article.published.toordinal() if article.published else None
    return Features(names, labels, days, published)


@dataclass
class Tie:
    score: float
    shared: list[str]  # what ties the two articles, as shown


def tie(a: Features, b: Features, df: dict[str, int], total: int) -> Tie | None:
    """How strongly two articles are tied, and by what; None when not at all."""
    if a.published is not None and b.published is not None and \
            abs(a.published - b.published) > WINDOW_DAYS:
        return None
    score = 0.0
    shared: list[tuple[float, str]] = []
    for key in a.names.keys() & b.names.keys():
        kind = a.names[key] if a.names[key] != "name" else b.names[key]
        idf = math.log(1 + max(total, BACKGROUND) / max(1, df.get(key, 1)))
        weight = TYPE_WEIGHTS.get(kind, 1.0) * idf
        score += weight
        shared.append((weight, a.labels.get(key) or b.labels.get(key) or key))
    for day in a.days.keys() & b.days.keys():
        if a.days[day] & b.days[day]:  # the same day, about the same thing
            weight = TYPE_WEIGHTS["event"] * math.log(1 + max(total, BACKGROUND) / 2)
            score += weight
            shared.append((weight, f"an event on {_day(day)}"))
    specific = sum(1 for key in a.names.keys() & b.names.keys()
                   if a.names[key] not in ("country", "region"))
    # One shared name alone (a city, a common surname) is a coincidence, not a story.
    if score < THRESHOLD or (specific < 2 and not any("event on" in s for _, s in shared)):
        return None
    ordered = [label for _, label in sorted(shared, key=lambda s: (-s[0], s[1]))]
    return Tie(score, list(dict.fromkeys(ordered)))


def _day(ordinal: int) -> str:
    import datetime as dt

    return dt.date.fromordinal(ordinal).strftime("%-d %b %Y")


@dataclass
class Grouping:
    """Members grouped into stories; `ties[(i, j)]` explains each link."""

    members: list[Member] = field(default_factory=list)
    parent: list[int] = field(default_factory=list)
    ties: dict[tuple[int, int], Tie] = field(default_factory=dict)

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def groups(self) -> list[list[int]]:
        found: dict[int, list[int]] = {}
        for i in range(len(self.members)):
            found.setdefault(self.find(i), []).append(i)
        return sorted(found.values(), key=lambda g: g[0])


def group(members: list[Member]) -> Grouping:
    """Group articles; the same input gives the same stories in any order."""
    members = sorted(members, key=lambda m: m.name)
    feats = [features(m.article) for m in members]
    df: dict[str, int] = {}
    for f in feats:
        for key in f.names:
            df[key] = df.get(key, 0) + 1
    grouping = Grouping(members, list(range(len(members))))
    # Candidates through shared names only: pairs that share nothing are never scored.
    postings: dict[str, list[int]] = {}
    for i, f in enumerate(feats):
        for key in f.names:
            if f.names[key] not in ("country", "region"):
                postings.setdefault(key, []).append(i)
    candidates: set[tuple[int, int]] = set()
    total = len(members)
    for docs in postings.values():
        if len(docs) > max(100, total // 10):  # too common to tell stories apart
            continue
        for x in range(len(docs)):
            for y in range(x + 1, len(docs)):
                candidates.add((docs[x], docs[y]))
    for i, j in sorted(candidates):
        found = tie(feats[i], feats[j], df, total)
        if found is not None:
            grouping.ties[(i, j)] = found
            a, b = grouping.find(i), grouping.find(j)
            if a != b:
                grouping.parent[max(a, b)] = min(a, b)
    return grouping
