"""Capitalised runs of words in a text, and what kind of name each one is.

A run is cut where a name ends ("Turkey and Greece" is two); a run is then
read as a reader reads it: leading words that only open a sentence or name a
role go, titles point at people, organisation and product words at their
kinds, a given name at a person, a known place with a geographic tail at a
place, and an event ("Davis Cup Final") at nothing at all.
"""

from __future__ import annotations

import re

from reader.extract import wordlists as wl
from reader.extract.people import given_names
from reader.extract.places import place_names
from reader.extract.shapes import (
    DEVICE,
    LO,
    POSSESSIVE,
    PRODUCT_WORDS,
    UP,
    at_sentence_start,
    demonyms,
    known_orgs,
    known_place,
)

# A capitalised word: "Rollins", "U.S.", "O'Brien", "Jean-Pierre", "Inc."
# ("U.S.", "J. K. Rowling"; never "Group D. The day before")
_WORD = (r"(?:(?:[A-Z]\.){2,}|[A-Z]\.(?=(?:\s+[A-Z]\.)*\s+(?!(?:The|A|An|It|He|She|We|They|This|"
         r"That|In|On|At|But|And|Then|So|His|Her|Its|Their)\b)[A-Z][a-z])"
         r"|(?:Inc|Co|Corp|Ltd|Dr|Mr|Mrs|Ms|St|Jr|Sr|Gen|Sen|Rep|Gov|Col|Capt|Prof|Lt|Sgt|Det)\."
         r"|[A-Z][\w'’&-]*)")
# Spaces within a name: a line break at most, never a paragraph's end.
_SP = r"(?:[ \t]+\n?[ \t]*|\n[ \t]*)"
_NAME_RUN = re.compile(
    rf"{_WORD}(?:{_SP}(?:(?:(?:of|for){_SP}the|of|for|and|&|the|de|du|la|von|van|al|bin|am|upon)"
    rf"{_SP})?{_WORD})*")
# Number words: a count before a name is no part of it ("Two Senators" -> "Senators").
NUMBER_WORDS = ("one two three four five six seven eight nine ten eleven twelve thirteen "
                "fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty "
                "fifty sixty seventy eighty ninety hundred dozens hundreds thousands")

ACRONYM_STOP = frozenset("CEO CFO GDP AI TV OK PM AM UTC GMT USD EUR FAQ PDF NB PS ID DNA "
                         "SUV PV GW MW KW LNG LED ATM VAT ETF API USB GPS HIV AIDS MBA MVP SMS "
                         "URL HTML DVD CD RNA CO2 GMO UV VR AR IQ ET EST EDT PST PDT BST CET "
                         "COVID PhD MP EV IT IPO CEOs LLC ICU ICUs NICU ER MRI CT ECG EKG IVF "
                         "ADHD PTSD HR PR M&A R&D Q&A B&B DM DMs HPV STD STI EP LP GT VIP "
                         "SARS MERS "
                         # words shouted in capitals, not initials
                         "YES NO NOT IS ARE WAS THE AND OR BUT ALL NOW NEW GET OUT VOTE YOU WE "
                         "OUR FREE MORE READ WATCH UPDATE BREAKING STOP HELP WOW OMG LOL".split())

# "Turkey and Greece" is two names, and so is "NASA's Goddard Space Flight Center".
# Possessors that belong to a name: "People's Bank of China", "Children's Hospital"
_COLLECTIVE = frozenset("People Children Women Men Workers Veterans Citizens Farmers "
                        "Teachers Nurses Writers Fishermen".split())
# "Nashville, TN June 19": a date after a name is no part of it
_RUN_BREAK = re.compile(r"\s+and\s+|(?<=['’]s)\s+|(?<=\w['’])\s+|(?P<date>\s+)(?=(?:January"
                        r"|February|March|April|May|June|July|August|September|October|November"
                        r"|December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)\s+\d)")


# "the Ministry of Trade, Industry and Energy", "the Securities and Exchange
# Commission": one name with "and" inside.
_PORTFOLIO = re.compile(r"\b(?:Ministry|Department|Minister|Secretary|Committee|Commission|Office"
                        r"|Centers?|Centres?|Institute)"
                        r"\s+(?:of|for)\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?(?:,\s+[A-Z][a-z]+)*,?\s+and\s+"
                        r"[A-Z][a-z]+\b(?!\s+[A-Z])"
                        r"|\b[A-Z][a-z]+\s+and\s+(?:[A-Z][a-z]+\s+){1,2}(?:Commission|Administration"
                        r"|Agency|Bureau|Services?|Department|Committee|Board|Authority|Protection)\b")


def name_runs(text: str) -> list[tuple[int, int]]:
    """Offsets of the capitalised names of `text`, in order."""
    runs = _plain_runs(text)
    for p in _PORTFOLIO.finditer(text):
        inside = [r for r in runs if r[1] > p.start() and r[0] < p.end()]
        if inside:
            merged = (min(inside[0][0], p.start()), max(inside[-1][1], p.end()))
            runs = sorted([r for r in runs if r not in inside] + [merged])
    return runs


def _plain_runs(text: str) -> list[tuple[int, int]]:
    runs = []
    for m in _NAME_RUN.finditer(text):
        start = m.start()
        # a little past the run, for the day that shows a month ends it
        for brk in _RUN_BREAK.finditer(text[m.start():m.end() + 4]):
            if brk.start() >= len(m.group()):
                break
            before = m.group()[:brk.start()].split()[-1]
            owner = POSSESSIVE.sub("", before)
            if not brk.group("date") and "and" not in brk.group() and (owner in _COLLECTIVE or (
                    m.group()[brk.end():].split()[0] in wl.ORG_WORDS and owner in wl.TITLES)):
                continue  # "the Information Commissioner's Office", "People's Liberation Army"
            if brk.start() + m.start() > start:
                runs.append((start, m.start() + brk.start()))
            start = m.start() + brk.end()
        if start < m.end():
            runs.append((start, m.end()))
    return runs


# A known place, then these: a place ("San Francisco Bay Area", "Osun State").
_GEO_TAIL = frozenset("""Bay Area Valley River Lake Coast Peninsula Delta Basin Strait Sea
State Province County Region District Island Islands Mountains Highlands""".split())
# A name with one of these is an event ("Davis Cup Final", "Los Angeles Auto Show"),
# which is no name to mark; a place inside it still is.
EVENT_WORDS = frozenset("""Cup Final Finals Championship Championships Olympics Paralympics
Tournament Festival Expo Show Prix Marathon Awards Award""".split())


# "the Hazel Hen supercomputer"; never "Obama phone call", "Webb's telescope"
_DEVICE_AFTER = re.compile(rf"\s+{DEVICE}\b(?!-|\s+(?:calls?|crash(?:es)?|strikes?|attacks?|"
                           r"tests?|launch(?:es)?|makers?|industry|sales|market|compan(?:y|ies)|"
                           r"fuel|dealers?|shortages?|bans?|plants?|factor(?:y|ies)|program(?:me)?)"
                           r"\b)")
# Tails of places no surname has: a place even after a first name ("Victoria
# Falls", "Grace Cathedral", "Madison Square Garden") ...
_SITE_TAIL = frozenset("""Falls Valley Mountains Islands Island Peninsula Desert Ocean Strait
Canyon Glacier Delta Basin Creek Dam Bridge Airport Canal Tunnel Station Stadium Arena Square
Garden Gardens Cathedral Church Chapel Mosque Temple Synagogue Palace Castle Abbey""".split())
# Buildings for crowds: a place, whatever company names them ("Ameris Bank Amphitheatre")
_VENUE_TAIL = frozenset("Amphitheatre Amphitheater Arena Stadium Pavilion Auditorium Coliseum "
                        "Colosseum Ballpark Speedway Raceway Racecourse Velodrome".split())
_VENUE_TAILS = frozenset({"Music Center", "Music Centre", "Arts Center", "Arts Centre",
                          "Convention Center", "Convention Centre", "Events Center",
                          "Event Center", "Exhibition Centre", "Exhibition Center", "Music Hall",
                          "Concert Hall", "Music Theatre", "Music Theater", "Music Park"})
# ... and those a surname may be: a place only when no first name opens it ("Ricki Lake")
_SURNAME_TAIL = frozenset("River Lake Lakes Mountain Bay Sea Gulf Hills Coast Park".split())
# Newspapers named for their town: "the Baltimore Sun" (a known place, then one of these)
_PAPER_TAIL = frozenset("Bee Star Sun Register Ledger Bulletin Mercury Monitor Enquirer "
                        "Union-Tribune Courant Democrat Republican Citizen Globe".split())
# Plural tails of places, which are no teams ("the Florida Keys")
_NOT_TEAMS = frozenset("Keys Hills Heights Falls Springs Islands Mountains Lakes Plains Highlands "
                       "Rapids Shoals Sands Fields Woods Gardens Downs Flats Banks Isles "
                       "Yards".split())
# Tails that only places have, known or not.
_ADMIN_TAIL = frozenset("County Province Prefecture Township Parish Oblast Governorate "
                        "Canton".split())
_COMPASS_WORDS = frozenset("Northern Southern Eastern Western Central North South East West "
                           "Upper Lower".split())
_COMPASS_BEFORE = re.compile(r"\b(?:north|south|east|west|central|northeast|northwest|"
                             r"southeast|southwest)(?:ern)?\s+$")


def _place_prefix(words: list[str]) -> int:
    """How many of the first words name a known place ("San Francisco" of
    "San Francisco Bay Area")."""
    return next((k for k in range(len(words), 0, -1) if known_place(" ".join(words[:k]))), 0)


def event_runs(text: str, runs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    return [(a, b) for a, b in runs if any(w in EVENT_WORDS for w in text[a:b].split())]


_NAME_SHAPE = re.compile(rf"(?:[{UP}][{LO}'’]+(?:[-'’][{UP}{LO}][{LO}]+)*(?:[{UP}][{LO}]+)?"
                         r"|[A-Z]\.|[A-Z][a-z]?\.|van|der|den|de|del|della|di|da|du|la|le|von|al|el|bin|ter"
                         r"|Van|Der|Den|De|Del|Della|Di|Da|Du|La|Le|Von|Al|El|Bin|Ter|Jr\.?|Sr\.?"
                         r"|II|III|IV)")
_HEADS = frozenset("CEO COO CFO CTO Chairman Chairwoman Founder Co-founder".split())
# A sponsor's name before "Center": "KeyBank Center", "PPL Center" (an arena)
_SPONSOR = re.compile(r"[A-Z][a-z]+[A-Z]\w*|[A-Z]{2,5}")
_BRAND = re.compile(r"[A-Z][A-Za-z0-9]*(?:-[A-Z][A-Za-z0-9]*)*")
_MODAL_NAMES = frozenset({"Will", "May", "Can"})
PARTICLES = frozenset("van der den de del della di da du la le von al el bin ter".split())
_DOCUMENTS = frozenset("Plan Roadmap Act Bill Treaty Agreement Accord Strategy Report Review "
                       "Index Composite Average "
                       "Declaration Charter Protocol Convention Directive Regulation".split())
_NAME_ADJECTIVES = frozenset("Big Great Good".split())


def classify(text: str, start: int, words: list[str], names: dict[str, str]) -> None:
    lead = next((i for i, w in enumerate(words) if w not in wl.NOT_NAMES), len(words))
    for k in range(lead + 1, len(words)):
        head, tail = " ".join(words[lead:k]), POSSESSIVE.sub("", " ".join(words[k:]))
        if (head in known_orgs() or k - lead >= 2 and words[k - 1] in wl.ORG_WORDS) and \
                known_place(tail) and not any(w in wl.ORG_WORDS for w in words[k:]) and \
                not any(w in wl.TITLES for w in words[lead:k]):
            names.setdefault(tail, "place")  # "White House Russia adviser": two names
            if head not in known_orgs():
                names.setdefault(head, "organization")
            return
    device = _DEVICE_AFTER.match(text, start + len(" ".join(words)))
    if device and not at_sentence_start(text, start):
        # "the Hazel Hen supercomputer"; the maker or the country before it is no part
        # of it ("a Russian Kestrel helicopter")
        model = list(words)
        while model and (model[0] in demonyms() or model[0] in known_orgs()):
            model = model[1:]
        if 1 <= len(model) <= 3 and not POSSESSIVE.search(model[-1]) and not any(
                w in wl.ORG_WORDS or w in wl.TITLES or "-" in w for w in model) and \
                not known_place(" ".join(model)):
            names.setdefault(" ".join(model), "product")
            return
    if len(words) >= 2 and words[0] in _COMPASS_WORDS and known_place(
            POSSESSIVE.sub("", " ".join(words[1:]))):
        names[POSSESSIVE.sub("", " ".join(words))] = "place"  # "Southern California"
        return
    # Drop leading words that only start a sentence or describe a role; but
    # "New" before another capitalised word belongs to the name (New York Times).
    while words and re.fullmatch(r"[A-Z][a-z]+-[a-z]+", words[0]):
        words = words[1:]  # "Long-dated U.S. Treasury yields": an adjective, not a name
    while words and ((words[0] in wl.NOT_NAMES or words[0].rstrip(".") in wl.NOT_NAMES)
                     and words[0] not in wl.TITLES
                     or words[0] in ("of", "for", "and", "the")
                     or words[0].lower() in NUMBER_WORDS.split()):
        if words[0] == "New" and len(words) > 1 and words[1][:1].isupper():
            break
        if words[0] in _NAME_ADJECTIVES and len(words) > 1 and \
                not at_sentence_start(text, start):
            break  # "Big Machine", "Great Britain": mid-sentence, part of the name
        words = words[1:]
    if not words:
        return
    # "Hong Kong’s": the possessive is not part of the name.
    last = re.sub(r"['’]s?$", "", words[-1])
    words = [*words[:-1], last] if last else words[:-1]
    if not words:
        return
    # "Virginia Democrats", "House Republicans": members of a party, not a person.
    if words[-1] in GROUPS:
        return
    event = next((i for i, w in enumerate(words) if w in EVENT_WORDS), None)
    if event is not None:
        if event == 1 and re.fullmatch(r"[A-Z]{2,6}", words[0]) and words[0] not in ACRONYM_STOP:
            names.setdefault(words[0], "organization")  # "the ATP Finals": the ATP
        return
    # "the CEO of Hipcricket": a company's head, then the company
    if len(words) in (3, 4) and words[0] in _HEADS and words[1] in ("of", "at") and \
            not known_place(" ".join(words[2:])):
        names.setdefault(" ".join(words[2:]), "organization")
        return
    # "US Secretary of State Mike Pompeo": the country is no part of the post
    if len(words) >= 4 and words[1] in wl.TITLES and (known_place(words[0])
                                                      or words[0] in wl.COUNTRY_CODES):
        words = words[1:]
    titled = False
    while words and (words[0] in wl.TITLES or words[0] in ("of", "for", "and", "the")) and not (
            words[0] in ("Prime", "Vice") and words[1:2] not in (["Minister"], ["President"])) \
            and not (len(words) == 2 and words[0] in wl.TITLES and words[1] in wl.ORG_WORDS):
        # ("the Justice Department", "Premier League titles", "the General Assembly": a post's
        # word before a body's names the body)
        if titled and words[0] in ("of", "for") and len(words) >= 4 and \
                not any(w in wl.ORG_WORDS for w in words[1:]):
            words = words[-2:]  # "Secretary of State Mike Pompeo": the portfolio, then a name
            break
        titled = True
        words = words[1:]
    if not words:
        return
    run = " ".join(words)
    if titled and words[-1] in wl.TITLES:
        return  # "Chief Strategy Officer": a post, whoever holds it
    # "Energy Minister Terje Aasland": the words after the last title name a person.
    last_title = max((i for i, w in enumerate(words) if w in wl.TITLES), default=None)
    if last_title is not None and 2 <= len(words) - last_title - 1 <= 3:
        person = words[last_title + 1:]
        if not any(w in wl.ORG_WORDS for w in person):
            names[" ".join(person)] = "person"
            # "Indiana State Teachers Association President Keith Gambill",
            # "CPUC President Marybel Batjer": the body the title belongs to
            body = words[:last_title]
            while body and (body[-1] in wl.TITLES or body[-1] in _TITLE_PARTS):
                body.pop()  # "White House Press Secretary", "UN High Commissioner"
            while body and (body[0] in _TITLE_PARTS or body[0] in wl.NOT_NAMES):
                body.pop(0)  # "Interim BART Police Chief"
            if body and body[-1] not in ("of", "for", "and", "the") and (
                    len(body) > 1 and any(w in wl.ORG_WORDS for w in body) or len(body) == 1 and
                    _ACRONYM.fullmatch(body[0]) and body[0] not in ACRONYM_STOP or
                    # "T-Mobile CEO John Legere", "Vantor Chairman Ana Ruiz": a company's head
                    len(body) == 1 and words[last_title] in _HEADS and _BRAND.fullmatch(body[0])
                    and body[0] not in given_names() and not known_place(body[0])
                    and body[0] not in demonyms() and body[0] not in wl.PARTISANS):
                names.setdefault(" ".join(body), "organization")
            return
    if len(words) >= 2 and words[-1] in PRODUCT_WORDS and \
            not any(w in wl.ORG_WORDS for w in words):
        names[run] = "product"  # "Hubble Space Telescope"
        return
    if len(words) == 1 and words[0].rstrip(".,") in wl.ORG_WORDS:
        return  # "Union official ...", "Police said": a common noun, not a name
    if words[-1] in _DOCUMENTS:
        return  # "the Fourth Energy Technology Development Plan": a document, not a body
    if 2 < len(words) <= 5 and " ".join(words[-2:]) in ("Autonomous Region",
                                                        "Autonomous Prefecture",
                                                        "Administrative Region"):
        names[run] = "place"  # "Inner Mongolia Autonomous Region"
        return
    if 1 < len(words) <= 3 and words[-1] in _ADMIN_TAIL and \
            not any(w in wl.ORG_WORDS or w in wl.TITLES for w in words):
        names[run] = "place"  # "Marin County": no person's name ends so, though Marin begins one
        return
    if 1 < len(words) <= 6 and (words[-1] in _VENUE_TAIL or " ".join(words[-2:]) in _VENUE_TAILS
                                or len(words) == 2 and words[1] in ("Center", "Centre") and
                                _SPONSOR.fullmatch(words[0]) is not None):
        names[run] = "place"  # "Ameris Bank Amphitheatre", "Blossom Music Center": named for a
        return  # sponsor or not, a building
    if 1 < len(words) <= 4 and (words[-1] in _SITE_TAIL or words[0] == "Mount" or
                                words[-1] in _SURNAME_TAIL and words[0] not in given_names()) and \
            not any(w in wl.ORG_WORDS or w in wl.TITLES for w in words):
        names[run] = "place"  # "the Kessa River", "Ostra Dam", "Corrin Park"; never "Ricki Lake"
        return
    if _COMPASS_BEFORE.search(text, max(0, start - 16), start) and not known_place(run) and \
            not any(w in wl.ORG_WORDS or w in wl.TITLES for w in words):
        names[run] = "place"  # "the northern Sierra Nevada", "eastern Indiana"
        return
    if len(words) > 1 and words[-1] in _PAPER_TAIL and _place_prefix(words[:-1]) == len(words) - 1:
        names[run] = "organization"  # "the Sacramento Bee", "the Kansas City Star": newspapers
        return
    if len(words) > 1 and re.fullmatch(r"[A-Z][a-z]+s", words[-1]) and \
            words[-1] not in GROUPS and _place_prefix(words[:-1]) == len(words) - 1 and \
            not (len(words) == 2 and words[0] in given_names() and words[0] in place_names()):
        # "the New York Islanders", "the Pittsburgh Penguins"; "the Florida Keys" (never
        # "Mary Poppins": a first name that is only some far town of the data)
        names[run] = "place" if words[-1] in _NOT_TEAMS else "organization"
        return
    if len(words) > 1 and words[-1] in _GEO_TAIL:
        prefix = _place_prefix(words[:-1])
        if prefix and all(w in _GEO_TAIL for w in words[prefix:]):
            state_school = words[-1] == "State" and " ".join(words[:-1]) in wl.US_STATES
            names[run] = "organization" if state_school else "place"
            return
    if "of" in words:  # "Ned Hale of the Harbor Gazette": a person, then where they work
        i = words.index("of")
        head, tail = words[:i], [w for w in words[i + 1:] if w != "the"]
        if 2 <= len(head) <= 3 and (head[0] in given_names() or re.fullmatch(
                r"[A-Z][a-z]+-[A-Z][a-z]+", head[0]) and all(_NAME_SHAPE.fullmatch(w) for w in head)
                ) and tail and any(w in wl.ORG_WORDS for w in tail) and \
                not any(w in wl.ORG_WORDS or w in wl.TITLES for w in head):
            names[" ".join(head)] = "person"
            names[" ".join(tail)] = "organization"
            return
        if 2 <= len(head) <= 3 and tail and known_place(" ".join(tail)) and \
                not any(w in wl.ORG_WORDS or w in wl.TITLES or w in _TITLE_PARTS
                        or w in _NOT_SURNAMES for w in head) and \
                all(_NAME_SHAPE.fullmatch(w) for w in head) and not known_place(" ".join(head)):
            names[" ".join(head)] = "person"  # "Raven Klaasen of South Africa"
            names.setdefault(" ".join(tail), "place")
            return
    if any(w in wl.ORG_WORDS or w.rstrip(".,") in wl.ORG_WORDS for w in words):
        # "Secretary of Agriculture Brooke Rollins": a title, then a person
        given = next((i for i, w in enumerate(words) if i and w in given_names()), None)
        if titled and given is not None:
            names[" ".join(words[given:])] = "person"
            return
        names[run] = "organization"
        return
    given = next((i for i, w in enumerate(words) if w in given_names()), None)
    if given == 0 and words[0] in _MODAL_NAMES and at_sentence_start(text, start):
        given = None  # "Will Congress act?"
    if given and given < _place_prefix(words[:given + 1]):
        given = None  # "San Francisco Bay": Francisco is a given name, not here
    if given is not None and len(words) - given >= 2 and words[-1][:1].isupper():
        # "Carrie Ann Inaba": a capitalised word just before a given name is a name too
        if given and re.fullmatch(r"[A-Z][a-z]+", words[given - 1]) and \
                not (given == 1 and at_sentence_start(text, start)) and \
                words[given - 1] not in demonyms() and words[given - 1] not in wl.NOT_NAMES \
                and words[given - 1] not in wl.TITLES and words[given - 1] not in wl.PARTISANS \
                and not any(w in wl.ORG_WORDS for w in words):
            given -= 1
        # "James Van Der Beek": particles do not count towards the three words
        end, taken = given, 0
        while end < len(words) and taken < 3:
            taken += words[end].lower() not in PARTICLES
            end += 1
        person = words[given:end]
        while not person[-1][:1].isupper() or person[-1].lower() in PARTICLES:
            person.pop()
        if len(person) >= 2 and all(_NAME_SHAPE.fullmatch(w) for w in person) and \
                names.get(" ".join(person)) != "place":  # "the northern Sierra Nevada"
            names[" ".join(person)] = "person"
            return
    if titled and len(words) >= 2:
        names[run] = "person"
        return
    if 2 <= len(words) <= 3 and re.fullmatch(r"(?:[A-Z]\.\s?){1,3}", words[0]) and \
            words[0] not in _PLACE_INITIALS and words[0] not in known_orgs() and \
            all(_NAME_SHAPE.fullmatch(w) and w not in _NOT_SURNAMES for w in words[1:]) and \
            not known_place(words[-1]):
        names[run] = "person"  # "J.J. Abrams", "J. K. Rowling"; never "U.S. Customs"
        return
    if (start == 0 or text[start - 1] == "\n") and known_place(run) and \
            re.match(r"\s*(?:[—–]|-\s)", text[start + len(run):]):
        names.setdefault(run, "place")  # "Indianapolis – Several thousand teachers"
        return
    if len(words) <= 3 and all(re.fullmatch(r"[A-Z]{2,}", w) for w in words) and \
            _is_dateline(text, start, run):
        names.setdefault(run, "place")  # "SIOUX FALLS, S.D. –", "NEW DELHI:"
        return
    if len(words) == 1:
        word = words[0]
        if text[max(0, start - 1):start] in (".", "<", "^", "$", "=", "/") or \
                text[start + len(word):start + len(word) + 1] in ("=", "/"):
            return  # a ticker symbol (".DJI", "<XAU=>", "XAU=", "US10YT=RR"), not a name
        if re.fullmatch(r"[A-Z]{2,}", word) and _is_dateline(text, start, word):
            names.setdefault(word, "place")  # "DUBAI (Reuters) -", "VIENNA —"
        elif _ACRONYM.fullmatch(word) and word not in ACRONYM_STOP and \
                not re.match(r"\s?\d", text[start + len(word):start + len(word) + 2]):
            names.setdefault(word, "organization")  # not "LC 500", a model
        elif titled and not at_sentence_start(text, start) and word not in wl.NOT_NAMES:
            names.setdefault(word, "person")


_TITLE_PARTS = frozenset("High Press Project Assistant Associate Senior Acting Interim Executive "
                         "Managing General".split())
_ACRONYM = re.compile(r"[A-Z](?:[A-Z]|&(?=[A-Z])){1,5}")  # "NASA", "PG&E", "AT&T"
_PLACE_INITIALS = frozenset("U.S. U.K. U.N. E.U. U.S.A. D.C. P.O. N.Y. L.A.".split())
_NOT_SURNAMES = wl.NOT_NAMES | wl.TITLES | wl.ORG_WORDS | _GEO_TAIL | frozenset(
    "Market Markets Customs Box Road Street Avenue Route Highway".split())
GROUPS = frozenset("""Democrats Republicans Conservatives Liberals Socialists Democrat
Republican Tories Labour Greens Nationalists Loyalists Separatists Rebels Militants""".split())


_CAMEL = re.compile(r"[A-Z][a-z]+(?:[A-Z][a-z]+)+")


def camel_brands(text: str, runs: list[tuple[int, int]], names: dict[str, str]) -> None:
    """ "DoorDash", "SoFi", "TaskRabbit": one word with a capital inside, mid-sentence and
    named nothing else, is a company (a weak guess: every rule came first)."""
    lines: set[str] = set()  # words naming a product line: one text search per word
    for start, end in runs:
        word = text[start:end]
        if word in names or word in lines or not _CAMEL.fullmatch(word) or \
                at_sentence_start(text, start) or text[start - 1:start] in ("@", "#") or \
                known_place(word):
            continue
        if re.search(rf"\b{word}\s+[A-Z]", text):  # never "MacBook" of "MacBook Pro"
            lines.add(word)
            continue
        names[word] = "organization"


def _is_dateline(text: str, start: int, word: str) -> bool:
    """A capitalised word that opens a paragraph and is followed by a comma, a
    bracket or a dash: where the story was filed."""
    at_start = start == 0 or text[start - 1] == "\n"
    if word.split()[0] in ("DEAR", "Dear", "ATTENTION", "NOTE", "UPDATE", "EDITOR’S", "EDITOR'S"):
        return False  # "DEAR ABBY:", a letter's salutation
    return at_start and bool(re.match(r"\s*(?:,|:|\(|—|–|-\s)", text[start + len(word):]))


