"""People, organizations, places, quantities, products and dates by rule."""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Iterator
from functools import lru_cache
from itertools import pairwise

from reader.article import Entity
from reader.extract import companies, dates, places
from reader.extract import wordlists as wl
from reader.extract.context import alone_counts, by_context, word_starts
from reader.extract.people import given_names
from reader.extract.runs import (
    EVENT_WORDS,
    NUMBER_WORDS,
    PARTICLES,
    camel_brands,
    classify,
    event_runs,
    name_runs,
)
from reader.extract.shapes import (
    DEVICE,
    POSSESSIVE,
    adjectives_of_places,
    at_sentence_start,
    demonyms,
    known_orgs,
    known_place,
    tokens,
)
from reader.extract.tense import PAST
from reader.mentions import Matcher

QUANTITY = re.compile(
                      r"""(?ix)
    (?:[$€£¥]\s?\d{1,3}(?:,\d{3})*(?:\.\d+)?(?:-\d+(?:\.\d+)?)?
      (?:\s*(?:million|billion|trillion)|\s?(?:bn|m|K|k)\b)?(?:/(?:kWh|MWh|W|kg|t|barrel|share)\b)?
    | \b(?-i:Rs|INR)\.?\s?\d[\d,]*(?:\.\d+)?(?:\s+(?:lakh|crore|million|billion))?
    | \b\d[\d,]*(?:\.\d+)?(?:\s+(?:million|billion|trillion))?
      \s+(?-i:[A-Z][a-z]+\s+){1,2}(?:dollars|pounds|euros|yuan|yen|rupees|francs|crowns)\b
    | \b\d+(?:\.\d+)?(?:[–-]\d+(?:\.\d+)?)?\s+(?:million|billion|trillion)\b
      (?:\s+light[-\s]years\b|(?!\s+(?:[a-z]+s|people|children|men|women)\b))
    | \b\d+(?:\.\d+)?-(?:liter|litre)\b
    | \b(?:\d+-\d+(?=\s+(?:MW|GW|kW|km|miles|percent|per\s+cent|minutes|hours|days|weeks|months
        |years)\b)
        |\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|tens\s+of\s+thousands|hundreds\s+of\s+thousands|hundreds|thousands
        |millions|dozens|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)
         (?:-(?:one|two|three|four|five|six|seven|eight|nine))?
        |one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|hundred)
      (?:\s+(?:million|billion|trillion|thousand|hundred))?
      (?:\s*(?:%|percent\b|per\s+cent\b)
        |\s+(?:of\s+(?!(?:those|these|the|its|their|our|his|her|them)\b)(?:\w+\s+)?)?(?:[“"][\w-]+[”"]\s+|\w+-\w+\s+)?(?:metric\s+tons|tonnes|tons|barrels|bushels|litres|liters|gallons
           |light-years|light\s+years|(?:kilometres|kilometers)(?:\s+per\s+(?:liter|litre|hour))?
           |km/h|kph|km|miles(?:\s+per\s+(?:gallon|hour))?|metres|meters|kilograms|kg|pounds|ounces|dollars
           |euros|euro|yuan|yen|pounds\s+sterling|rupees|people|men|women|deaths|cases|jobs|workers|troops
           |soldiers|vehicles|cars|units|homes|households|votes|seats|points|degrees|hectares
           |acres|megawatts|gigawatts|MW|GW|passengers|visitors|students|patients|children
           |residents|employees|chemicals|companies|countries|flights|doses|species|minutes|hours
           |seconds|fans|spectators|goals|games|matches|members|buildings|animals|drivers|staff
           |nurses|doctors|teachers|officers|firefighters|migrants|refugees|protesters|tourists
           |customers|users|shares|stores|shops|ships|vessels|aircraft|planes|trucks|lorries
           |beds|hectares|barrels\s+a\s+day|tonnes\s+a\s+year|horsepower|hp|mph|(?-i:PS|Nm|kW|kWh)
           )\b))
    """,
)
# "150 Indians", "300 Kenyans": people counted by where they are from
_DEMONYM_PLURALS = "|".join(sorted({d for _, ds in wl.COUNTRIES.values() for d in ds
                                    if d.endswith("s")}, key=len, reverse=True))
# "the world's two largest economies": a ranking, no count ("20 honest workers" is one)
_SUPERLATIVE = r"(?!(?:hon|mod|for|inter|earn|harv|prot|cont|requ|sugg|manif|w|r)est\s)[a-z]+est"
# A count of anything: "two videos", "17 observations", "three high-ranking
# insurgents" (never "the two leaders": a definite reference, not a count).
COUNT = re.compile(
                   rf"""(?x)(?<![Tt]he\s)(?<!other\s)(?<!\b[Nn]o\s)(?<![\w$€£¥.,-])
    (?<!\bfinal\s)
    (?:\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+)?|(?i:{'|'.join(NUMBER_WORDS.split())}))
    (?:\s+(?:million|billion|thousand|hundred))?
    \s+(?!percent\b|per\s+cent\b)
    (?:[a-z]+(?:-[a-z]+)+\s+|(?!(?:several|few|many|more|such)\s|{_SUPERLATIVE}\s)[a-z]{{3,}}\s+(?=[a-z]{{3,}}s\b)
      |(?:[A-Z][a-z]+|[A-Z]{{2,3}})\s+(?=[a-z]{{3,}}s\b))?
    (?:(?!(?:times|ways|things|others|ones|of|less|this|its|his|has|was|does|is|plus|thus|always
      |across|perhaps|unless|towards|besides|news|as|us)\b)[a-z]{{2,}}s
      |{_DEMONYM_PLURALS})\b""")
# Where a quantity or a count can begin: tried only there, the two patterns
# scan 1 MB in a fraction of the time they take tried at every character.
_DIGIT_START = re.compile(r"[$€£¥]|(?<!\d)\d")
_NUMBER_WORD_STARTS = ("rs", "inr", "tens", "millions", *NUMBER_WORDS.split())


def _scan(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """`pattern.finditer(text)`, for patterns that open with a number or a currency."""
    done = 0
    starts = [m.start() for m in _DIGIT_START.finditer(text)]
    starts += word_starts(text.lower(), _NUMBER_WORD_STARTS)
    for start in sorted(set(starts)):
        if start < done:
            continue
        m = pattern.match(text, start)
        if m is not None and m.end() > m.start():
            done = m.end()
            yield m


COUNT_STOP = re.compile(r"[12]\d{3}\s|911\s")  # a year: "2016 protests"; "911 calls"
# Family name first: the first word is what later references use.
FAMILY_FIRST = frozenset("Xi Li Wang Zhang Liu Chen Yang Zhao Huang Zhou Wu Kim Lee Park Moon "
                         "Yoon Choi Nguyen".split())


@lru_cache(maxsize=1)
def listed_names() -> frozenset[str]:
    """Every name and alias of the hand lists: these match in any case
    ("beijing"); a name found by a rule matches only as written ("Truck" is
    no "truck")."""
    _, known = _gazetteer()
    return frozenset(a for e in known.values() for a in (e.name, *e.aliases))


@lru_cache(maxsize=1)
def _gazetteer() -> tuple[Matcher, dict[str, Entity]]:
    entities: list[Entity] = []
    for country, (aliases, adjectives) in wl.COUNTRIES.items():
        # "Syrians", "Iraqis": the people, by the adjective's plural
        plurals = tuple(f"{a}s" for a in adjectives if a[-1] in "ni" and f"{a}s" not in adjectives)
        entities.append(Entity(_slug(country), country, "place",
                               (country, *aliases, *adjectives, *plurals)))
    entities += [Entity(_slug(c), c, "place", (c, *wl.REGION_ADJECTIVES.get(c, ()),
                                               *wl.CITY_ALIASES.get(c, ())))
                 for c in wl.CITIES + wl.REGIONS]
    entities += [Entity(_slug(c), c, "place") for c in sorted(places.place_names())]
    entities += [Entity(_slug(o), o, "organization", (o, *a)) for o, a in wl.KNOWN_ORGS.items()]
    entities += [Entity(_slug(p), p, "product") for p in wl.PRODUCTS]
    entities += [Entity(_slug(c), c, "organization") for c in sorted(companies.company_names())]
    unique = {e.id: e for e in entities}
    # The names from data only as written: "Punjab", never "punjab".
    return Matcher(unique.values(), places.place_names() | companies.company_names()), unique


# "Salesforce's Dreamforce conference": a name just before one of these is an event's.
_EVENT_AFTER = re.compile(r"['’]?\s+(?:conference|summit|festival|expo|convention|"
                          r"trade\s+show|gala)\b")


# A dateline on a line of its own: "Pittsburgh", "SANTA FE, N.M."
_DATELINE_LINE = re.compile(r"[^\W\d][\w .'’-]{1,40}(?:,\s+[\w .]{2,20})?\s*[—–-]*\s*")


def _line(text: str, at: int) -> str:
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    return text[start:end if end >= 0 else len(text)]


def _by_itself(text: str, name: str) -> bool:
    """A one-word name used as a subject or object in its own right, twice or more
    ("as Tribune's", "for Tribune,"), not only as the end of longer names
    ("Commissioner of Police", "the Chicago Tribune")."""
    count = 0
    for m in re.finditer(rf"\b{re.escape(name)}\b(?!\s+[A-Z])", text):
        before = text[max(0, m.start() - 20):m.start()].split()
        last = before[-1] if before else ""
        if not last or last[-1] in ".!?" or (last.islower() and last != "of"):
            count += 1
    return count >= 2


def _an_event(text: str, name: str) -> bool:
    at = text.find(name)
    return at >= 0 and _EVENT_AFTER.match(text, at + len(name)) is not None


_STREETS = frozenset("Street St. Avenue Ave. Road Rd. Drive Boulevard Lane Way Place Court".split())
_CORPORATE = ("Corporation", "Corp.", "Corp", "Inc.", "Inc", "Company", "Co.", "Group",
              "Holdings", "Ltd", "Ltd.", "LLC", "plc", "PLC", "AG", "SA")
_SITE = re.compile(r"(?<![\w./@-])(?:www\.)?"
                   r"([A-Z][A-Za-z0-9-]+\.(?:com|net|org|info|co\.uk|com\.au))\b"
                   r"(?!/|\.\w)")


def _slug(name: str) -> str:
    # "Disney+" is not Disney
    return re.sub(r"[^a-z0-9]+", "-", name.lower().replace("+", " plus")).strip("-") or "x"


def extract_entities(text: str, found_dates: list[tuple[int, int, str]] | None = None
                     ) -> list[Entity]:
    """Automatic entities of `text`; the matcher then finds their mentions."""
    gazetteer, known = _gazetteer()
    found: dict[str, Entity] = {}
    runs = name_runs(text)
    events = event_runs(text, runs)
    event_starts = [a for a, _ in events]
    for mention in gazetteer.find(text):
        entity = known[mention.entity_id]
        word = text[mention.start:mention.end]
        # runs do not overlap: the one starting last before the mention's end decides
        at = bisect.bisect_left(event_starts, mention.end) - 1
        in_event = at >= 0 and mention.start < events[at][1]
        if in_event and (entity.type != "place" or word != entity.name and
                         word in adjectives_of_places()):
            continue  # "the Fed Cup" is no Federal Reserve; "American Music Awards" no place
        data_place = word in places.place_names() and word not in places.country_names()
        if (word.lower() in wl.ORDINARY_WORDS or data_place) and (
                not word[0].isupper() or at_sentence_start(text, mention.start)) and not (
                data_place and _DATELINE_LINE.fullmatch(_line(text, mention.start))):
            continue  # "fine china", "Turkey prices rose" at a sentence start: not sure
        listed_company = word in companies.company_names()
        if (entity.type in ("place", "product") or listed_company) and not in_event and \
                _inside_longer_name(runs, mention.start, mention.end, text):
            continue  # "New South Wales" is not Wales, "Agence France-Presse" not France
        if entity.type == "product" and text[mention.end:mention.end + 1] == "-":
            continue  # "coal-fired", "oil-rich": a modifier, not the thing
        found.setdefault(entity.id, entity)
    names: dict[str, str] = {}
    for start, end in runs:
        classify(text, start, text[start:end].split(), names)
    # Names no list knows, placed by what the text says around them.
    # Never a longer run swallowing a name already found ("Agriculture Brooke Rollins"),
    # nor a part of one ("Chen Wei" of "Chen Wei-ming").
    text_words = tokens(text)
    alone = alone_counts(text_words)  # capitalised words standing alone
    context, firm = by_context(text, text_words, alone)
    for name in firm:
        if names.get(name) == "person" and context.get(name) != "person" or \
                names.get(name) == "organization" and name.isupper() and context.get(name):
            del names[name]  # a first name, or capitals taken for initials, were only a guess
    words_of_names = {w for n in names for w in n.split()}
    hyphen_heads = {n.split("-")[0] for n in names if "-" in n}
    for name, etype in context.items():
        words = name.split()
        parts = {" ".join(words[i:j]) for i in range(len(words))
                 for j in range(i + 1, len(words) + 1)}
        # "The Hollywood Reporter" over "Hollywood Reporter": a title-cased
        # "The" inside a sentence is part of the name.
        extends = etype == "product" and all(names.get(p) == "product"
                                             for p in parts & names.keys()) or \
            words[0] == "The" and names.get(" ".join(words[1:])) == etype
        # a lone organisation word a rule found standing alone ("shareholder of Tribune")
        alone_org = etype == "organization" and name in wl.ORG_WORDS and _by_itself(text, name)
        if name not in names and (name not in words_of_names or alone_org) and (
                extends or not parts & names.keys()) and name not in hyphen_heads:
            names[name] = etype
    camel_brands(text, runs, names)
    for name in [n for n, t in names.items() if t == "organization" and " " in n]:
        head, rest = name.split(" ", 1)
        if head in wl.COUNTRY_CODES and names.get(rest) == "organization":
            del names[name]  # "U.S. Customs and Border Protection": the country, then the agency
    for name in [n for n, t in names.items() if t == "place" and n.split()[-1] in _STREETS]:
        if all(re.search(r"\d+[A-Z]?\s+(?:[NSEW]\.\s+)?$", text[max(0, m.start() - 12):m.start()])
               for m in re.finditer(re.escape(name), text)):
            del names[name]  # "520 Third Street", "1909 Jolinda Drive": an address, not a place
    # "Sierra Nevada" after "Sierra Nevada Corporation" is the company, whatever
    # its first word suggests.
    for name in [n for n, t in names.items() if t == "person"]:
        if any(names.get(f"{name} {suffix}") == "organization" for suffix in _CORPORATE):
            names[name] = "organization"
    _from_lists(text, runs, names, found)
    for name in [n for n in names if re.fullmatch(r"(?:Group|Pool|Path|Round)\s+[A-Z]", n)]:
        del names[name]  # "Group A" of a tournament
    for name in [n for n in names if any(w in EVENT_WORDS for w in n.split())
                 or n not in known_orgs() and _an_event(text, n)]:
        del names[name]  # "ATP Finals", "the Dreamforce conference", however found: an event
    if any(tld in text for tld in (".com", ".net", ".org", ".info", ".co.uk")):
        for site in _SITE.finditer(text):  # "AutoIndustriya.com", a publication by its address
            names.setdefault(site.group(1), "organization")
    for index in _INDEX_TICKER.finditer(text):  # "Hang Seng Index (HSI)": no organisation
        names.pop(index.group(1), None)
    surnames = {n.split()[-1] for n, t in names.items() if t == "person" and " " in n}
    for name in [n for n, t in names.items() if t == "organization" and n[:-1] in surnames
                 and n.endswith("s")]:
        del names[name]  # "the Bidens": a family, not a body
    acronyms = _acronyms(text, names, found)
    for acronym, full in acronyms.items():
        names.pop(acronym, None)
        for entity in list(found.values()):
            if full in (entity.name, *entity.aliases) and acronym not in entity.aliases:
                found[entity.id] = Entity(entity.id, entity.name, entity.type,
                                          (*entity.aliases, acronym), automatic=True)
    # "Disease Control" is only the end of the "Centre for Disease Control"
    # "Communist Party" of the "Chinese Communist Party" is that party, by its short name.
    tails = {" ".join(w[i:]): n for n in [*names, *(e.name for e in found.values())]
             if len(w := n.split()) > 1 for i in range(1, len(w))}
    tail_of: dict[str, list[str]] = {}
    for name in [n for n, t in names.items() if t == "organization"]:
        # a lone organisation word found by itself ("shareholder of Tribune") is its own
        # body, not the end of "the Chicago Tribune"
        if name in tails and not (" " not in name and name in wl.ORG_WORDS
                                  and _by_itself(text, name)):
            del names[name]
            tail_of.setdefault(tails[name], []).append(name)
    for entity in list(found.values()):
        if entity.name in tail_of:
            found[entity.id] = Entity(entity.id, entity.name, entity.type,
                                      (*entity.aliases, *tail_of[entity.name]), automatic=True)
    # One surname, two people ("Anas Haqqani", "Sirajuddin Haqqani"): no short
    # form; "Pat Carlineo" and "Patrick W. Carlineo" are one person.
    firsts: dict[str | None, set[str]] = {}
    for n, t in names.items():
        if t == "person":
            firsts.setdefault(_short_form(n, t), set()).add(n.split()[0])
    shorts = Counter({short: 1 + any(not (a.startswith(b) or b.startswith(a))
                                     for a in given for b in given)
                      for short, given in firsts.items()})
    for name in firm:  # "Minnesota beat Buffalo": the towns are their teams here
        listed = found.get(_slug(name))
        if listed is not None and listed.type == "place" and names.get(name) == "organization":
            found[listed.id] = Entity(listed.id, listed.name, "organization", listed.aliases)
    taken = {a for e in found.values() for a in (e.name, *e.aliases)}
    given = [n.split()[0] for n, t in names.items() if t == "person" and " " in n]
    present = {w.lower() for w in text_words}  # each word of the text, once
    lower_case = {part for w in text_words if w.islower() for part in w.split("-")}
    mid_sentence = {w for before, w in pairwise(text_words)
                    if w[:1].isupper() and (before[:1].isalnum() or before in ",;:")}
    for name, etype in names.items():
        if name in taken:
            continue
        aliases = [name, *(a for a, full in acronyms.items() if full == name),
                   *tail_of.get(name, ())]
        short = _short_form(name, etype)
        if etype == "organization" and short and known_place(short) and \
                len(name.split()) == len(short.split()) + 1:
            short = None  # "Sacramento" is the town, not the Sacramento Bee
        if short and shorts[short] <= 1 and (
                short.lower() in present if " " not in short else
                re.search(rf"\b{re.escape(short)}\b", text, re.IGNORECASE)) and (
                etype != "organization" or short in mid_sentence or short not in lower_case):
            # an organisation's first word alone, met only opening sentences and
            # also a lower-case word here, is the word ("Health care providers"),
            # not "Health and Human Services"
            aliases.append(short)
        first = name.split()[0]
        if etype == "person" and " " in name and given.count(first) == 1 and \
                first in given_names() and alone[first]:
            aliases.append(first)  # a press release's "Ivan" for Ivan Braiker, the only Ivan
        same = found.get(_slug(name))
        if same is not None:  # "DUBAI" (a dateline) is the Dubai already found
            if same.type == etype:
                found[same.id] = Entity(same.id, same.name, same.type,
                                        (*same.aliases, *aliases), automatic=True)
            continue
        found[_slug(name)] = Entity(_slug(name), name, etype, tuple(aliases), automatic=True)
    for kind, pattern in (("quantity", QUANTITY), ("quantity", COUNT)):
        for m in _scan(pattern, text):
            if pattern is COUNT and (COUNT_STOP.match(m.group()) or _after_number(text, m.start())):
                continue  # a year ("2016 protests"), a model ("400 737 Max jets")
            if text[max(0, m.start() - 4):m.start()].lower() == "the " and m.group()[:1].isalpha():
                continue  # "the two countries": a reference, not a count
            value = " ".join(m.group().split())
            found.setdefault(f"{kind}-{_slug(value)}", Entity(
                f"{kind}-{_slug(value)}", value, kind, (value,), automatic=True))
    for start, end, _kind in dates.find(text) if found_dates is None else found_dates:
        value = " ".join(text[start:end].split())
        key = f"date-{_slug(value)}"
        found.setdefault(key, Entity(key, value, "date", (value,), automatic=True))
    return _without_conflicts(found.values())


def _acronyms(text: str, names: dict[str, str], found: dict[str, Entity]) -> dict[str, str]:
    """ "Centre for Disease Control (CDC)": the letters in brackets stand for
    the name before them, whatever kind it is."""
    known = {*names, *(a for e in found.values() for a in (e.name, *e.aliases))}
    out = {}
    for m in re.finditer(r"((?:[A-Z][\w’'.-]*,?\s+(?:(?:of|for|and|the|de)\s+)*){1,7})"
                         r"\(([A-Z]{2,6})\)",
                         text):
        words = m.group(1).split()
        for i in range(len(words)):
            name = " ".join(words[i:]).rstrip()
            initials = "".join(w[0] for w in words[i:] if w[0].isupper())
            if name in known and initials.startswith(m.group(2)[0]) and \
                    set(m.group(2)) <= set(initials.upper() + "O"):
                out.setdefault(m.group(2), name)
                break
    return out


_INDEX_TICKER = re.compile(r"(?:Index|Composite|Average|\d)\s+\(([A-Z0-9]{2,8})\)")
_LIST_GAP = re.compile(r"\s*,\s*|\s*,?\s+(?:and|or|as\s+well\s+as)\s+|/")  # "Comcast/Xfinity"


def _from_lists(text: str, runs: list[tuple[int, int]], names: dict[str, str],
                found: dict[str, Entity]) -> None:
    """Names listed together are of one kind: in "FC Porto, Inter Milan,
    Chelsea and Manchester United" the clubs known by their names tell what
    the others are."""
    typed = {a: e.type for e in found.values() for a in (e.name, *e.aliases)} | names
    group: list[str] = []
    commas = 0
    listed = False  # a list ends in "and" or "or": "In Paris, Smith said" is none
    for i, (start, end) in enumerate(runs):
        gap = text[end:runs[i + 1][0]] if i + 1 < len(runs) else ""
        run, bare = text[start:end], _bare_name(text[start:end])
        if POSSESSIVE.search(run):
            if gap and not gap.strip():
                continue  # "Serbia’s Novak Djokovic and ...": Serbia owns the name, is no item
            if " " not in bare and (gap.startswith(",") or _LIST_GAP.match(gap)):
                bare = run.split(" ")[-1]  # "Ford, Macy’s, Kellogg’s, NBC": the name's own 's
        group.append(bare)
        if _LIST_GAP.fullmatch(gap):
            commas += "," in gap
            listed = listed or "," not in gap or " and " in gap or " or " in gap
            continue
        # three names or more between commas are a list, however it ends
        listed = listed or len(group) >= 3 and commas >= 2
        kinds = {typed[n] for n in group if n in typed}
        # (never a run already read as two names: "Sui-Lee Wee of the New York Times")
        unknown = [n for n in group if n and n not in typed and " of " not in n]
        known = len(group) - len(unknown)
        # "scored for the Sabres and Linus Ullmark stopped 22 shots": a pair whose
        # second name opens a clause of its own is no list
        new_clause = len(group) == 2 and not commas and _PAST_VERB.match(text, end) is not None \
            and _AFTER_PREPOSITION.search(text, 0, runs[i - 1][0] if i else start) is not None
        if listed and unknown and len(kinds) == 1 and not new_clause and \
                kinds & {"organization", "place", "person", "product"} and (
                    known >= 2 or len(group) == 2):
            kind = kinds.pop()
            for name in unknown:
                # "Bernie Sanders and Joe Biden": a person only by the shape of one;
                # "Victor N. Burton" is nobody's place
                initial = bool(re.search(r"\s[A-Z]\.\s", name))
                if kind != "person" and not initial or kind == "person" and (
                        2 <= len(name.split()) <= 3 and not any(
                            w in wl.ORG_WORDS for w in name.split())):
                    names[name] = kind
        group, listed, commas = [], False, 0


_AFTER_PREPOSITION = re.compile(r"\b(?:for|to|with|by|against|over|from|at|in|on|of|into|past)"
                                r"\s+(?:the\s+)?$")
_PAST_VERB = re.compile(rf"\s+(?:{PAST.pattern})", re.IGNORECASE)


def _bare_name(run: str) -> str:
    words = run.split()
    while words and (words[0] in wl.NOT_NAMES or words[0] in ("the", "of")):
        words = words[1:]
    return POSSESSIVE.sub("", " ".join(words)) if words else ""


def _after_number(text: str, start: int) -> bool:
    before = text[max(0, start - 12):start].split()[-1:]
    return bool(before) and (before[0][:1].isdigit() or before[0].lower() in NUMBER_WORDS.split())


# A body style ends a model's name ("LC 500 Convertible") but is no name alone.
_BODY_STYLES = frozenset("Convertible Coupe Sedan Hatchback Wagon Roadster Concept Hybrid".split())
_PLACE_WORDS = [[w] for w in "City State County Province Region District Island Islands".split()]
def _inside_longer_name(runs: list[tuple[int, int]], start: int, end: int, text: str) -> bool:
    """Whether [start, end) is part of a longer capitalised name: "New South
    Wales", "Agence France-Presse" (a title or a sentence opener before it, or
    a possessive after it, does not count)."""
    from bisect import bisect_right

    i = bisect_right(runs, (start, 10**12)) - 1
    if i < 0:
        return False
    run_start, run_end = runs[i]
    if not (run_start <= start and end <= run_end) or (run_start, run_end) == (start, end):
        return False
    tail = text[end:run_end]
    before = [w for w in text[run_start:start].split()
              if w not in wl.TITLES and w not in wl.NOT_NAMES and w not in ("of", "the")]
    if not before and (tail in ("'s", "\u2019s", "'", "\u2019") or
                       tail.split()[:1] in _PLACE_WORDS or re.match(r"-[a-z]", tail) or
                       bool(set(tail.split()[:1]) & wl.TITLES) and text[start:end] in demonyms()):
        # "Germany's plan" is Germany, "New York City" is New York, "American-led";
        # "German President Richard von Weizsäcker": the country, then a person (but
        # "U.S. Attorney" is a post)
        return False
    return bool(before or tail.strip())


_GOVERNMENT = frozenset("Ministry Department Office Agency Bureau Committee Council Commission "
                        "Court Police Army Navy Service Authority Board Assembly".split())




def _short_form(name: str, etype: str) -> str | None:
    """How an article refers to a name again: "Rollins", "Xi", "de Vries",
    "Northwind" (for Northwind Energy)."""
    parts = [p for p in name.split() if p not in ("Jr.", "Sr.", "Jr", "Sr", "II", "III")]
    if etype == "product" and len(parts) == 1 and re.fullmatch(r"[A-Z]{1,3}\d{2,4}-\d+", name):
        return name.split("-")[0]
    if etype == "organization" and re.fullmatch(r"[A-Z]\w+\.(?:com|org|net|io)", name):
        return name.rsplit(".", 1)[0]  # "Edmunds" for Edmunds.com
    if len(parts) < 2:
        return None
    if etype == "person":
        if parts[0] in FAMILY_FIRST:
            return parts[0]
        tail = [parts[-1]]  # "Van Der Beek", "de Vries"
        for part in reversed(parts[1:-1]):
            if part.lower() not in PARTICLES:
                break
            tail.insert(0, part)
        return " ".join(tail)
    if etype == "product":  # "Dreamliner" for the 787-9 Dreamliner, "A350" for the A350-900
        last = parts[-1]
        return last if re.fullmatch(r"[A-Z][a-z]{3,}", last) and last != "Max" and \
            last not in _BODY_STYLES and not re.fullmatch(DEVICE, last.lower()) else None
    if etype == "organization":
        first = parts[0]
        if re.fullmatch(r"[A-Z][a-z]+s", parts[-1]) and known_place(" ".join(parts[:-1])):
            return parts[-1]  # "the Islanders" for the New York Islanders
        if parts[-1] in _GOVERNMENT:
            return None  # "Interior Ministry": "Interior" alone is no name
        if (first not in wl.NOT_NAMES and first not in wl.ORG_WORDS and first not in wl.TITLES
                and not first.isupper() and first not in demonyms() and first not in wl.PARTISANS):
            return first  # never "Republican" for the Republican Governors Association
    return None


# What a word of a personal name looks like ("Brent LCOc1" is a ticker, not a person).
def _without_conflicts(entities) -> list[Entity]:  # noqa: ANN001
    """Keep the first owner of any alias two entities would share."""
    seen: set[str] = set()
    kept = []
    for entity in entities:
        aliases = tuple(a for a in dict.fromkeys((entity.name, *entity.aliases))
                        if a.lower() not in seen)
        if not aliases:
            continue
        seen.update(a.lower() for a in aliases)
        seen.update(a for a in aliases)
        kept.append(Entity(entity.id, entity.name, entity.type,
                           tuple(a for a in aliases if a != entity.name), entity.note, True))
    return kept
