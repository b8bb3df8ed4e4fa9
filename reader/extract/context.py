"""Names no list knows, placed by what the text says around them: roles,
appositions, what companies and places do in news copy."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from reader.extract import wordlists as wl
from reader.extract.people import given_names
from reader.extract.runs import GROUPS
from reader.extract.shapes import (
    CAP,
    CAP0,
    CAPITAL,
    DEVICE,
    EVENT_NAME,
    MODEL,
    PNAME,
    PNAME0,
    POSSESSIVE,
    RUN,
    RUN0,
    at_sentence_start,
    demonyms,
    in_title,
    known_orgs,
    known_place,
    tokens,
)
from reader.extract.wordlists import STATE as _STATE

_ROLES = """chief\\s+executive co-founder chief head director chairman chairwoman chair president
founder spokesman spokeswoman spokesperson minister secretary leader official officer
manager representative analyst economist professor member owner editor partner negotiator
governor mayor captain coach striker goalkeeper midfielder defender player scientist
researcher astronaut ombudsman lawyer attorney judge prosecutor host anchor presenter
correspondent reporter columnist commentator author actor actress singer brother sister son
daughter wife husband widow father mother cousin nephew niece commander commissioner colonel
admiral center quarterback receiver linebacker tackle guard forward pitcher catcher rusher
running\\s+back DL QB CEO co-CEO keeper winger rider jockey trainer designer architect
mogul diver swimmer runner golfer skier boxer wrestler cyclist sprinter gymnast senior junior
sophomore freshman""".split()
# Either case of the first letter only: a case-blind pattern is five times slower.
_ROLE = "(?:" + "|".join(f"[{w[0].upper()}{w[0]}]{w[1:]}" for w in _ROLES) + ")"
# Kin: "the father of Chris Pine" names a person, never an employer.
_KIN = frozenset("brother sister son daughter wife husband widow father mother cousin nephew "
                 "niece".split())
_EMPLOYER_ROLE = "(?:" + "|".join(f"[{w[0].upper()}{w[0]}]{w[1:]}" for w in _ROLES
                                  if w not in _KIN) + ")"
_KIN_ROLE = "(?:" + "|".join(sorted(_KIN)) + ")"
# "chief executive of Fenwick Logistics"; never "director of Inner Mongolia's centre"
_ROLE_OF = re.compile(rf"\b{_EMPLOYER_ROLE}\s+(?:of|for|at)\s+(?:the\s+)?({RUN})"
                      rf"(?!\s+(?:district|province|county|city|state|region|area)\b)")
_ROLE_LOWER = "(?:" + "|".join(_ROLES) + ")"  # "analyst", never the title "Secretary"
_ROLE_FIRSTS = frozenset(w.split("\\")[0].lower() for w in _ROLES)
# "Jefferies analyst Jonathan Matuszewski", "Fox News host Lara Quist"
_EMPLOYER = re.compile(rf"({RUN0})\s+{_ROLE_LOWER}(?:\s+and\s+{_ROLE_LOWER})?\s+{PNAME}")
_MAKER_NAMES = ("Apple", "Google", "Microsoft", "Samsung", "Amazon", "Meta", "Tesla", "Huawei",
                "Intel")
_MAKERS = "|".join(re.escape(o) for o in _MAKER_NAMES)
_MAKER_PRODUCT = re.compile(rf"\b((?:{_MAKERS})\s+{CAP})\b(?!\s+{CAP})")
_UNITS = frozenset("Services Cloud Research Labs Studios Pictures Entertainment Ventures "
                   "Capital Foundation".split())
_BODY = r"(?:Convertible|Coupe|Sedan|Hatchback|Wagon|Roadster|Concept|Hybrid)"


def _a_maker(text: str, m: re.Match[str]) -> bool:
    """One word that also does things in the text ("Lexus revealed"): a maker."""
    name = m.group(1)
    return " " not in name and bool(re.search(
        rf"\b{re.escape(name)}\s+(?:[a-z]+ed|said|says|offers|sells|makes|builds)\b", text))


_COMPASS = frozenset("Western Eastern Northern Southern Central".split())


def _a_work(name: str) -> bool:
    """A title, not the studio, the broadcaster or the place it comes from."""
    words = POSSESSIVE.sub("", name).split()
    return not (known_place(" ".join(words)) or " ".join(words) in known_orgs() or
                len(words) == 1 and (words[0] in demonyms() or words[0] in _COMPASS) or
                all(re.fullmatch(r"[A-Z]{2,5}", w) for w in words))


_TRIM = r"(?:Pro|Max|Plus|Mini|Ultra|Lite|Air|Edge)"
_PRODUCT_TAILS = frozenset("Pro Max Plus Mini Ultra Lite Air Buds Dot Cam Kit Watch Pad Book "
                           "Hub Home Speaker TV".split())


def _company_product(text: str, m: re.Match[str]) -> bool:
    """A listed company's product (the hand lists' or the data's), by its
    shape: a word in capitals inside ("AirPods"), a number ("AirPlay 2") or a
    model's tail ("Echo Buds"); never its people ("Apple's Tim Cook")."""
    from reader.extract.companies import company_names

    maker = POSSESSIVE.sub("", text[m.start():m.start(1)].strip())
    words = m.group(1).split()
    if maker not in known_orgs() and maker not in company_names():
        return False
    if any(w in wl.TITLES or w in wl.ORG_WORDS for w in words) or known_place(m.group(1)):
        return False
    return any(re.search(r"[a-z][A-Z]|\d", w) for w in words) or words[-1] in _PRODUCT_TAILS


def _no_place(text: str, m: re.Match[str]) -> bool:
    return not known_place(m.group(1))


def _unknown(text: str, m: re.Match[str]) -> bool:
    return not known_place(m.group(1)) and m.group(1) not in known_orgs()


def _player(text: str, m: re.Match[str]) -> bool:
    """Two or three words that could be a player's name: no list knows them, and
    no word of them names a body or a post."""
    return _unknown(text, m) and not any(w in wl.ORG_WORDS or w in wl.TITLES
                                         for w in m.group(1).split())


def _team_town(text: str, m: re.Match[str]) -> bool:
    """A town or state named for its team in a sports story (a score such as 5-4
    in it): never a country (a nation's side is the nation), nor a town the text
    also goes to ("in New York", "a St. Louis native")."""
    from reader.extract.places import TOWNS_ALSO_NAMES, country_names

    name = m.group(1)
    if not (known_place(name) or name in TOWNS_ALSO_NAMES) or name in country_names() or \
            name in wl.COUNTRIES or name in wl.REGIONS and name not in wl.US_STATES or \
            not re.search(r"\b\d{1,3}-\d{1,3}\b", text):  # "Wales beat Hungary": a nation
        return False
    return not re.search(rf"\b(?:in|from|to|near|at|of|across)\s+{re.escape(name)}\b|"
                         rf"\b{re.escape(name)}(?:\s+native|,\s+(?:[A-Z]|the\s+state))", text)


# What a player does to another, with the score after it
_WON = "beat|beating|defeated|defeating|edged|edging|topped|topping|outlasted|upset"


def _owned(text: str, m: re.Match[str]) -> bool:
    """A person's ("Jeff Bezos's Blue Origin"): never a place's landmark ("San
    Francisco's Moscone Center") or a product's part ("Google Stadia's ...")."""
    owner = POSSESSIVE.sub("", m.group(0)[:m.start(1) - m.start()].strip())
    owned = m.group(1)
    return owner.split()[0] in given_names() and not (
        known_place(owner) or known_place(owned) or owner in known_orgs()
        or owned.split()[0] in wl.TITLES or re.match(r"\s+[A-Z]\.", text[m.end():]))


# A list of names or titles so far: "from Pixar Animation, “Star Wars,”", never "chanted, “Red
# for Ed,”"
_AFTER_A_NAME = re.compile(r"(?:\b[A-Z][\w'’.-]*[,.!?]?|[\u201d\"])$")
# (American style puts the list's comma inside the quotes: “Black Water,” “China Grove”.)
_QUOTED_WORK = re.compile(
    r"(?:,|[,.!?]?\u201d|\b(?:including|and|or|like|in|from|film|movie|show|series|"
    r"song|album|book|novel|play|hit|classic|classics|titles?|starring))\s+[\u201c\"]"
    rf"((?:{CAP}|\d+)(?:\s+(?:(?:of|the|a|an|and|in|on|to|for|at|with|A)\s+)*(?:{CAP}|\d+))"
    r"{0,5})[,.!?]?(?=[\u201d\"])")
_THE_NAME = re.compile(rf"(?<=[a-z,;]\s)(The\s+{RUN0})")
_TEAM = re.compile(r"\b[Tt]he\s+([A-Z][a-z]{2,}s)\b(?!\s+[A-Z])")


@dataclass(frozen=True)
class _Rule:
    """What surrounds a name (`pattern`, the name its group 1) says its `kind`."""

    pattern: re.Pattern[str]
    kind: str
    needs: tuple[str, ...] = ()  # worth a pass over the text only if one of these is in it
    keep: Callable[[str, re.Match[str]], bool] | None = None  # a last word on a match
    whole: bool = False  # the name as matched: no opening word or maker taken off
    # Where to look, on a long text (a pattern tried at every capital or every
    # word costs 20-50 ms a rule on 1 MB): the words a match opens with, or
    # what follows the name (the match is sought in a window around each).
    starts: tuple[str, ...] = ()
    cue: re.Pattern[str] | None = None
    # Sure enough to overrule a person guessed from a first name ("Mary Poppins" in quotes)
    firm: bool = False
    reach: int = 160  # how far before a cue a match may start

    @property
    def at_roles(self) -> bool:
        """Opens with a role word: tried only where one stands (a long
        alternation tried at every word costs 0.18 s on 1 MB)."""
        return self.pattern.pattern.startswith(
            tuple(r"\b" + roles for roles in (_ROLE, _EMPLOYER_ROLE, _KIN_ROLE)))

    def matches(self, text: str, role_starts: list[int],
                low: str | None = None) -> Iterator[re.Match[str]]:
        if self.needs and not any(word in text for word in self.needs):
            return iter(())
        if self.at_roles or self.starts:
            at = role_starts if self.at_roles else word_starts(
                text.lower() if low is None else low, self.starts)
            found: Iterator[re.Match[str]] = (
                m for m in map(lambda i: self.pattern.match(text, i), at) if m)
        elif self.cue is not None:
            found = self._around_cues(text)
        else:
            found = self.pattern.finditer(text)
        return (m for m in found if self.keep is None or self.keep(text, m))

    def _around_cues(self, text: str) -> Iterator[re.Match[str]]:
        seen = set()
        for cue in self.cue.finditer(text):  # type: ignore[union-attr]
            for m in self.pattern.finditer(text, max(0, cue.start() - self.reach), cue.end() + 60):
                if m.start() <= cue.start() < m.end() and m.span() not in seen:
                    seen.add(m.span())
                    yield m


def _rule(pattern: re.Pattern[str], kind: str, *needs: str,
          keep: Callable[[str, re.Match[str]], bool] | None = None,
          whole: bool = False, starts: tuple[str, ...] = (), cue: str | None = None,
          firm: bool = False, reach: int = 160) -> _Rule:
    return _Rule(pattern, kind, needs, keep, whole, starts,
                 re.compile(cue) if cue is not None else None, firm, reach)


def word_starts(low: str, words: tuple[str, ...]) -> list[int]:
    """Where any of `words` begins a word of `low` (the lowercased text), found
    by plain search."""
    found = []
    for word in words:
        at = low.find(word)
        while at >= 0:
            if not (at and low[at - 1].isalnum()):
                found.append(at)
            at = low.find(word, at + 1)
    return sorted(set(found))


_CONTEXT_RULES = [
    # "Maria Okonkwo, chief executive of ...", "Ana Ruiz, a spokeswoman for ..."
    _rule(re.compile(rf"({PNAME0}(?:\s+{CAP})?),\s+(?:the\s+|a\s+|an\s+)?(?:[\w'’]+\s+){{0,4}}"
                     rf"{_ROLE}\b"), "person"),
    # "Okonkwo said", "said Jane Doe" (two words or more: a lone word may be a place)
    _rule(re.compile(rf"({CAP0}\s+{CAP})\s+(?:said|says|told|added|wrote|argued)\b"), "person"),
    _rule(re.compile(rf"\b(?:said|says)\s+({CAP}\s+{CAP})\b"), "person", starts=("said", "says")),
    # "official Dermot Fairweather", "analyst Ana Ruiz", "its leader, Ana Ruiz,"
    _rule(re.compile(rf"\b{_ROLE}s?,?\s+({PNAME}(?:\s+{CAP})?)\b(?!\s+{CAP})"), "person"),
    # "the father of Chris Pine's Captain Kirk", "the widow of John Doe"
    _rule(re.compile(rf"\b{_KIN_ROLE}\s+of\s+({PNAME})"), "person"),
    # "his wife, Kimberly,"
    _rule(re.compile(rf"\b(?:wife|husband|son|daughter|brother|sister|mother|father|partner),\s+"
                     rf"({CAP}),"), "person", "wife", "husband", "son,", "daughter",
          "brother", "sister", "mother", "father", "partner"),
    # "chief executive of Fenwick Logistics", "a spokeswoman for Harbor Lines"
    # never "director of Inner Mongolia's centre"
    _rule(_ROLE_OF, "organization", keep=lambda t, m: not POSSESSIVE.search(m.group(1))),
    # "Jefferies analyst Jonathan Matuszewski", "Fox News host Lara Quist"
    # never "Lead researcher Ama Osei" (an adjective at a sentence start)
    _rule(_EMPLOYER, "organization", keep=lambda t, m: " " in m.group(1).strip() or
          not at_sentence_start(t, m.start(1)) or m.group(1) in known_orgs()),
    # "Dermot Fairweather of Unite said"
    _rule(re.compile(rf"{CAP0}\s+{CAP}\s+of\s+(?:the\s+)?({RUN})\s+(?:said|says|told)\b"),
          "organization"),
    # "Fenwick Logistics, a haulier", "Unite, the union"
    _rule(re.compile(rf"({RUN0}),\s+(?:a|an|the)\s+(?:[\w-]+\s+){{0,3}}(?:company|firm|group|union|"
                     r"bank|carrier|airline|retailer|haulier|maker|manufacturer|startup|operator|"
                     r"charity|agency|broadcaster|newspaper|publisher|insurer|lender|developer|"
                     r"supermarket|chain|party|club|provider|supplier|distributor|consultancy|"
                     r"platform|website|site|network|institute|organi[sz]ation|nonprofit|"
                     r"association|outlet|exchange|fund|studio|label)\b"), "organization",
          cue=r",\s+(?:a|an|the)\s"),
    # "The group that owns her music, Big Machine, says", "the company that runs
    # the awards, Dick Clark Productions, denies"
    _rule(re.compile(rf"\b(?:company|group|firm|label|studio|publisher|network|broadcaster|"
                     rf"agency|charity|union|bank|airline|carrier|retailer)\s+(?:that|which)\s+"
                     rf"[^.,;:!?]{{3,60}},\s+({RUN0}),"), "organization", " that ", " which ",
          whole=True, starts=("company", "group", "firm", "label", "studio", "publisher",
                              "network", "broadcaster", "agency", "charity", "union", "bank",
                              "airline", "carrier", "retailer")),
    # "carrier SunExpress", "the journal Nature Astronomy", "chipmaker Qorvex",
    # "the journal JAMA Psychiatry"
    _rule(re.compile(rf"\b(?:carrier|airline|retailer|automaker|carmaker|chipmaker|drugmaker|maker|"
                     rf"manufacturer|startup|lender|insurer|broadcaster|newspaper|journal|magazine|"
                     rf"publication|outlet|tabloid|daily|website|"
                     rf"publisher|conglomerate|rival|club|agency|firm|company|operator|union|"
                     rf"regulator|watchdog|charity|broker|nonprofit)\s+"
                     rf"((?:[A-Z]{{2,6}}\s+)?{RUN})\b(?!\s+{CAP})"), "organization",
          starts=("carrier", "airline", "retailer", "automaker", "carmaker", "chipmaker",
                  "drugmaker", "maker", "manufacturer", "startup", "lender", "insurer",
                  "broadcaster", "newspaper", "journal", "magazine", "publication", "outlet",
                  "tabloid", "daily", "website", "publisher", "conglomerate", "rival", "club",
                  "agency", "firm", "company", "operator", "union", "regulator", "watchdog",
                  "charity", "broker", "nonprofit")),
    # "workers at Brantwell", "shares of Dravex", "joined Quillon in 2015 as",
    # "Tessaro, which makes batteries,", "data compiled by Marlowe Analytics"
    _rule(re.compile(rf"\b(?i:workers|employees|staff|executives|engineers|shareholders|"
                     rf"investors|customers|shares|stock)\s+(?:at|of)\s+({RUN0})\b"),
          "organization", starts=("workers", "employees", "staff", "executives", "engineers",
                                  "shareholders", "investors", "customers", "shares", "stock"),
          keep=_no_place, firm=True),
    _rule(re.compile(rf"\bjoined\s+({RUN0})\s+(?:in\s+\d{{4}}\s+)?as\b"), "organization",
          starts=("joined",)),
    _rule(re.compile(rf"({RUN0}),\s+which\s+(?:makes|sells|owns|operates|runs|builds|produces|"
                     rf"manufactures|publishes|employs)\b"), "organization", ", which ",
          cue=r",\s+which\s+(?:makes|sells|owns|operates|runs|builds|produces|manufactures|"
              r"publishes|employs)\b", keep=_no_place),
    _rule(re.compile(rf"\b(?:compiled|collected|gathered)\s+by\s+({RUN0})"), "organization",
          starts=("compiled", "collected", "gathered")),
    # "Qorvex shares fell", "an Qorvex spokesperson", "Qorvex said in a statement"
    _rule(re.compile(rf"({RUN0})(?:['’]s)?\s+(?:shares|stock|spokes(?:man|woman|person)|"
                     rf"said\s+in\s+a\s+statement)\b"),
          "organization", 'shares', 'stock', 'spokes', 'statement'),
    # "Chinook helicopter", "787-9 Dreamliner jets", "A350-900 jets", "Galileo spacecraft"
    _rule(re.compile(rf"(?<![\w-])((?:{MODEL}|{CAP})(?:\s+(?:{MODEL}|{CAP}))?)\s+{DEVICE}\b"),
          "product", cue=rf"\s{DEVICE}\b"),
    # "the RAV4 Prime", "a PS4": a model by its code alone (never "COP25", "PM2.5")
    _rule(re.compile(r"(?<![\w.-])((?!COP|PM|CO|SB|HB|MH)[A-Z]{2,4}(?:\d{1,2}|\d{3,4}[A-Z]\d?)(?:\s+(?:Prime|"
                     r"Hybrid|Plus|Pro|Max|Mini|Sport|Turbo|Electric|Limited))?)(?![\w-])(?!\.\d)"),
          "product", whole=True, cue=r"[A-Z]\d"),
    # "the 2020 Sentra", "the all-new Juke", "the Maxima sports sedan"
    _rule(re.compile(rf"\b[Tt]he\s+(?:(?:19|20)\d\d|all-new|[a-z]+-generation)\s+({CAP0})\b"
                     rf"(?!\s+{CAP})"), "product",
          keep=lambda t, m: EVENT_NAME.match(t, m.start(1)) is None),  # "the 1967 Six-Day War"
    _rule(re.compile(rf"({CAP0})\s+(?:sports|compact|electric|luxury|hybrid|family)\s+"
                     rf"{DEVICE}\b"),
          "product", "sports", "compact", "electric", "luxury", "hybrid",
           "family"),
    # Works: "the Star Trek film series", "FX's Fargo TV series", "2016's Star Trek
    # Beyond"; never "a Netflix documentary" (its maker), "the Cannes film festival"
    _rule(re.compile(rf"({RUN0})\s+(?:film|movie|TV\s+series|series|franchise|spin-off|sequel|"
                     r"prequel|trilogy|album|documentary|novel|memoir|musical|sitcom|miniseries|"
                     r"video\s+game|podcast|soundtrack)s?\b(?!-|\s+(?:festivals?|industry|critics?|studios?|"
                     r"directors?|producers?|makers?|rights|career|fans?|stars?|adaptation|"
                     r"premiere|deal|crew|school|awards?|market|business|company|executives?)\b)"),
          "product", "film", "movie", "series", "franchise", "spin-off", "sequel", "trilogy",
          "album", "documentary", "novel", "memoir", "musical", "sitcom", "game", "podcast",
          "soundtrack", keep=lambda t, m: _a_work(m.group(1))),
    # "the novel Normal People", "the film Joker": a work named after its kind
    _rule(re.compile(rf"\b(?:[Tt]he|[Aa]|[Hh]is|[Hh]er|[Tt]heir)\s+(?:new\s+|latest\s+|debut\s+|hit\s+)?"
                     rf"(?:novel|film|movie|book|album|song|single|documentary|play|musical|sitcom)"
                     rf"\s+({RUN0})"), "product", "novel", "film", "movie", "book", "album", "song",
          "single", "documentary", "play", "musical", "sitcom",
          keep=lambda t, m: _a_work(m.group(1)) and m.group(1) not in given_names()),
    # "Arrowhead bottled water", "Vellmar beer": a brand of what is drunk or eaten
    _rule(re.compile(rf"(?<![.!?]\s)(?<!^)({CAP0})\s+(?:bottled\s+|sparkling\s+|mineral\s+)?"
                     rf"(?:water|beer|lager|vodka|whisky|whiskey|gin|cereal|shampoo|soda)\b"),
          "product", "water", "beer", "lager", "vodka", "whisk", "gin", "cereal", "shampoo",
          "soda", cue=r"\s(?:water|beer|lager|vodka|whisky|whiskey|gin|cereal|shampoo|soda)\b",
          reach=48,
          keep=lambda t, m: not (known_place(m.group(1)) or m.group(1) in known_orgs()
                                         or m.group(1) in demonyms()
                                         or at_sentence_start(t, m.start(1)))),
    _rule(re.compile(rf"\b(?:19|20)\d\d['’]s\s+({RUN0})(?=\s*[.,;:!?)]|\s+(?:and|or|was|were|"
                     r"is|are|has|had|also|which|who|that|in|on|by|for|with|from)\b)"),
          "product", "'s ", "’s ", keep=lambda t, m: _a_work(m.group(1)), whole=True),
    # "a simulation they call TNG50", "a drug called Zolvex", "the app, dubbed Nuvo"
    _rule(re.compile(rf"\b(?:simulation|model|system|software|app|application|program|programme|"
                     rf"tool|device|drug|vaccine|robot|chip|satellite|rover|telescope|"
                     rf"supercomputer|game|platform),?\s+(?:called|named|dubbed|they\s+call|"
                     rf"known\s+as)\s+((?-i:[A-Z][A-Za-z]*\d+[A-Za-z\d-]*)|{RUN0})"), "product",
          "called", "named", "dubbed", " call ", "known as",
          keep=lambda t, m: _a_work(m.group(1))),
    # "sold as Zentravia", "marketed under the brand Vellio"
    _rule(re.compile(rf"\b(?:sold|marketed|branded)\s+(?:as|under\s+the\s+(?:brand|name)"
                     rf"(?:\s+name)?)\s+({RUN0})"), "product", "sold", "marketed", "branded",
          keep=lambda t, m: _a_work(m.group(1))),
    # "Residents of Tallowmere", "Tallowmere, a town of 4,000", "the city of Vessa"
    _rule(re.compile(rf"\b(?:[Rr]esidents|[Pp]eople|[Tt]he\s+(?:town|city|village|port|province|"
                     rf"region|state|island))\s+of\s+({CAP0}(?:\s+{CAP})?)\b(?!\s+{CAP})"),
          "place", " of "),
    _rule(re.compile(rf"({CAP0}(?:\s+(?:am\s+|upon\s+|de\s+|del\s+)?{CAP})?),\s+(?:a|the)\s+"
                     rf"(?:[\w-]+\s+){{0,2}}(?:town|city|village|province|region|suburb|district|"
                     rf"county|state|island|capital)\s+(?:of|in|on|near|with|north|south|east|"
                     rf"west)\b"), "place",
          "town", "city", "village", "province", "region", "suburb", "district", "county",
          "state", "island", "capital", cue=r",\s+(?:a|the)\s"),
    # "the Glenfield Hawks beat the Marston Rovers": teams
    _rule(re.compile(rf"\b[Tt]he\s+({CAP0}(?:\s+{CAP})?\s+{CAP}s)\s+(?:beat|defeated|edged|routed|won|lost|"
                     rf"drew|tied|hosted|faced|played|scored|rallied|held)\b"), "organization",
          keep=_no_place),
    _rule(re.compile(rf"\b(?:beat|defeated|edged|routed|hosted|faced|played|against|over)\s+the\s+"
                     rf"({CAP0}(?:\s+{CAP})?\s+{CAP}s)\b"), "organization",
          keep=_no_place),
    # "Kowloon West district"
    _rule(re.compile(rf"({CAP0}(?:\s+{CAP})?)\s+(?:district|province|county|prefecture)\b"),
          "place", "district", "province", "county", "prefecture"),
    # "published on Walikali", "an outlet such as Forbes"
    _rule(re.compile(rf"\bpublished\s+on\s+({RUN0})\b(?!\s+{CAP})"),
          "organization", "published on"),
    _rule(re.compile(rf"\b(?i:outlets?|sites?|websites?|publications?|newspapers?)\s*,?\s+"
                     rf"(?:such\s+as|like|including)\s+({RUN0})"),
          "organization", "such as", "like",
           "including"),
    # "the 16-inch MacBook Pro", "all MacBook Air models", "the iMac"
    _rule(re.compile(rf"\b\d+(?:\.\d+)?-inch\s+({RUN})"), "product", '-inch'),
    _rule(re.compile(rf"({RUN0})\s+models?\b"), "product", 'model',
          keep=lambda t, m: not _a_maker(t, m)),
    # "Lexus models" where Lexus revealed, called, offers: the maker, not a model
    _rule(re.compile(rf"({CAP0})\s+models?\b"), "organization", 'model', keep=_a_maker),
    # "the LC 500", "LC500 Convertible", "the LC Convertible Concept": a model code (in a
    # text that names a body style somewhere: the pattern alone costs a pass over the text)
    _rule(re.compile(r"(?<![\w/-])([A-Z]{2,3}\s?\d{3,4}(?:\s+" + _BODY + r")?"
                     r"|[A-Z]{2,3}\s+" + _BODY + r"(?:\s+Concept)?)\b(?![-/]|\s+" + CAP + r")"),
          "product", *_BODY.strip("(?:)").split("|"), whole=True),
    # "iPhone", "iOS", "the iPhone 11 Pro Max"
    # (no "\b" in front: a pattern that opens with a letter is scanned for fast)
    _rule(re.compile(rf"(i[A-Z][A-Za-z]+(?:\s+\d{{1,2}}(?:\s+{_TRIM})*)?)\b"), "product",
          whole=True, keep=lambda t, m: not t[m.start() - 1:m.start()].isalnum()),
    # "the Note 10 Plus", "the 11 Pro Max": a model by its number and its trim
    _rule(re.compile(rf"\b[Tt]he\s+((?:{CAP0}\s+)?\d{{1,3}}(?:\s+{_TRIM})+)\b"), "product",
          "Pro", "Max", "Plus", "Mini", "Ultra", "Lite", whole=True),
    # "Amazon's Echo Buds", "Apple's AirPlay 2": a company's product
    _rule(re.compile(rf"\b(?:{CAP0}|[A-Z]+)['’]s\s+((?:{CAP}|[A-Z][a-z]*[A-Z]\w*)(?:\s+(?:{CAP}|"
                     rf"[A-Z][a-z]*[A-Z]\w*|\d{{1,3}})){{0,3}})\b"), "product", "'s ", "’s ",
          whole=True, firm=True, keep=_company_product),
    # "Apple AirPods Pro for $235", "Samsung Galaxy Note 10 Plus for $840": a deal's line
    _rule(re.compile(rf"(?m)^(?:{CAP0}|[A-Z]{{2,5}})\s+((?:{CAP}|[A-Z][a-z]*[A-Z]\w*|[A-Z]{{2,4}}\d*|"
                     rf"\d{{1,3}})(?:\s+(?:{CAP}|[A-Z][a-z]*[A-Z]\w*|[A-Z]{{2,4}}|\d{{1,3}}))"
                     rf"{{0,4}})\s+(?:with\s+[\w\s]{{1,20}}?\s+)?for\s+[$€£]\d"), "product",
          cue=r"\sfor\s+[$€£]\d", reach=80, whole=True, firm=True, keep=_company_product),
    # "Disney+", "Apple TV+": a service named after its maker
    _rule(re.compile(rf"(?:The\s+)?((?:{RUN0}|[A-Z]{{2,6}})\+)(?![\w+])"), "product", "+",
          cue=r"\+(?![\w+])", keep=lambda t, m: " " not in m.group(1)
          or not at_sentence_start(t, m.start(1))),
    # "Salesforce's CEO", "Tessaro's founder"
    _rule(re.compile(rf"({RUN0})['’]s\s+(?:(?:former|new|then|largest|biggest)\s+)?"
                     rf"(?:CEO|chief\s+executive|founder|co-founder|chairman|chairwoman|"
                     rf"shareholder|board\s+of\s+directors|headquarters)\b"), "organization",
          cue=r"['’]s\s+(?:(?:former|new|then|largest|biggest)\s+)?(?:CEO|chief\s+executive|"
              r"founder|co-founder|chairman|chairwoman|shareholder|board\s+of\s+directors|"
              r"headquarters)\b",
          keep=_no_place),
    # "the largest shareholder of Tribune", "a stake in Quillon"
    _rule(re.compile(rf"\b(?:shareholder|shareholders|stake|stakes|owner)\s+(?:of|in)\s+({RUN0})\b"
                     rf"(?!\s+{CAP})"), "organization",
          starts=("shareholder", "stake", "owner"), keep=_no_place),
    # "his own company, Salesforce, has"
    _rule(re.compile(rf"\b(?:company|firm|startup|employer),\s+({RUN0}),"), "organization",
          starts=("company", "firm", "startup", "employer")),
    # "Jupiter's moon Europa", "the dwarf planet Ceres"
    _rule(re.compile(rf"\b(?:moon|planet|asteroid|comet|exoplanet)\s+({CAP0})\b(?!\s+{CAP})"),
          "place", starts=("moon", "planet", "asteroid", "comet", "exoplanet")),
    # Titles of works in quotes, in a list or after "including": “Star Wars,”
    # Marvel Studios and classic Disney fare, including “Mary Poppins” and “Bambi.”
    _rule(_QUOTED_WORK, "product", "\u201c", '"', whole=True, firm=True,
          keep=lambda t, m: m.group(1) not in wl.NOT_NAMES and _a_work(m.group(1)) and (
              m.group()[:1] not in ",.!?\u201d" or _AFTER_A_NAME.search(
                  t, max(0, m.start() - 40), m.start() + (m.group()[:1] == "\u201d")))),
    # "entitled ‘Jewels after Jewels’", "an app named “Make your Arrangements”": a work's title
    _rule(re.compile(r"\b(?:entitled|titled|named|called)\s+[‘“\"']\s?([A-Z][\w’'-]*"
                     r"(?:\s+[\w’'-]+){0,7}?)\s?[,.!?]?[’‘”\"']"), "product", "titled", "named",
          "called", whole=True, firm=True, keep=lambda t, m: m.group(1) not in wl.NOT_NAMES
          and _a_work(m.group(1))),
    # "Frost & Sullivan", "Ernst & Young": partners' names joined by "&" are a firm
    _rule(re.compile(rf"({CAP0}\s+&\s+{CAP})\b(?!\s+{CAP})"), "organization", " & ",
          whole=True, firm=True, cue=r"\s&\s"),
    # "a survey from Piper Jaffray", "a report by Moody's Analytics"
    _rule(re.compile(rf"\b(?:survey|report|study|poll|analysis|research|note|forecast)s?\s+"
                     rf"(?:from|by)\s+({RUN0})"), "organization", firm=True,
          starts=("survey", "report", "study", "poll", "analysis", "research", "note",
                  "forecast"), keep=lambda t, m: _no_place(t, m)
          and m.group(1).split()[0] not in given_names()),  # "a survey by Penelope Abernathy"
    # "Apple's AirPods", "Amazon's Alexa": a maker's product
    _rule(re.compile(rf"\b(?:{_MAKERS})['’]s\s+({CAP0}|[a-z][A-Z]\w+)\b(?!\s+{CAP}|['’])"),
          "product", "'s ", "’s ", keep=lambda t, m: _a_work(m.group(1))),
    # "Digital Intuition®", "Vellio™"
    _rule(re.compile(rf"({RUN0})[®™]"), "product", "®", "™", whole=True),
    # "Peng Mei — project manager for ...": a dash before a role
    _rule(re.compile(rf"({PNAME0})\s+[—–]\s+(?:the\s+|a\s+|an\s+)?(?:[\w'’]+\s+){{0,3}}"
                     rf"{_ROLE}\b"), "person", cue=r"\s[—–]\s"),
    # "in al-Tanf", "the al-Tanf base": Arabic names open with their article
    _rule(re.compile(r"\b(?:in|at|near|outside|from|to|leave|[Tt]he)\s+((?:al|el|ad|as|ash|ar|an)-"
                     r"[A-Z][a-z]+)\b(?!-)"), "place", "al-", "el-", "ad-", "as-", "ash-", "ar-",
          "an-", whole=True, keep=lambda t, m: m.group(1) not in known_orgs() and (
              not t[m.start():m.start(1)].lower().startswith("the") or re.match(
                  r"\s+(?:base|camp|area|province|district|city|town|region|village)\b",
                  t[m.end(1):]))),
    # "impeached by the House", "House Democrats", "the state Legislature": chambers
    _rule(re.compile(r"\b((?:(?<=[Tt]he\s)|(?<=[Ss]tate\s))(?:House|Legislature|Assembly)\b"
                     r"(?!\s+[A-Z]|['’]s)|House(?=\s+(?:Democrats|Republicans|Speaker|Majority|"
                     r"Minority|Judiciary|Intelligence|Oversight|Ethics|Rules)\b))"),
          "organization", "House", "Legislature", "Assembly", whole=True),
    # "a new Reuters poll", "a Gallup survey": a pollster
    _rule(re.compile(rf"\b(?:[Aa]|[Aa]n|new|latest|fresh)\s+({RUN0})\s+(?:poll|survey)\b"),
          "organization", " poll", " survey", cue=r"\s(?:poll|survey)\b", reach=80,
          keep=lambda t, m: _no_place(t, m)
          and m.group(1) not in demonyms() and m.group(1) not in wl.PARTISANS),
    # "Vasek Pospisil edged Reilly Opelka 7-6", "cruised past Uchiyama 6-2": players
    _rule(re.compile(rf"({PNAME0})\s+(?:{_WON}|rallied\s+to\s+(?:beat|defeat)|cruised\s+past)\s+"
                     rf"(?:{PNAME}|{CAP})\s+\d"), "person",
          cue=rf"\s(?:{_WON}|cruised\s+past)\s+[A-Z]", keep=_unknown),
    _rule(re.compile(rf"\b(?:{_WON}|past)\s+({PNAME})\b(?!\s+{CAP})"), "person",
          starts=("beat", "defeat", "edg", "top", "outlasted", "upset", "past"),
          keep=lambda t, m: _unknown(t, m)
          and re.match(r"\s+\d+-\d+", t[m.end(1):]) is not None),  # a score follows
    # "Tuukka Rask made 25 saves", "Evgenii Dadonov had two assists": a player, by the
    # line of the box score
    _rule(re.compile(rf"({CAP0}\s+{CAP}(?:\s+{CAP})?)\s+(?:made|stopped|had|scored|added|blocked)"
                     rf"\s+(?:\d+|a|an|two|three|four|five|six|seven|eight|nine|ten|his|her)\s+"
                     rf"(?:[a-z-]+\s+)?(?:saves?|shots|goals?|assists?|points|rebounds|touchdowns?"
                     rf"|tackles|sacks|strikeouts|hits|aces|birdies|interceptions)\b"), "person",
          cue=r"\s(?:made|stopped|had|scored|added|blocked)\s+\S+\s+(?:[a-z-]+\s+)?(?:saves?|shots|"
          r"goals?|assists?|points|rebounds|touchdowns?|tackles|sacks|strikeouts|hits|aces|"
          r"birdies|interceptions)\b", reach=60, firm=True,
          keep=_player),
    # "Zach Parise scored twice", "Patrik Laine and Nikolaj Ehlers scored"
    _rule(re.compile(rf"({CAP0}\s+{CAP})\s+(?:and\s+{CAP0}\s+{CAP}\s+)?scored\b"), "person",
          cue=r"\sscored\b", reach=60, keep=_player),
    _rule(re.compile(rf"{CAP0}\s+{CAP}\s+and\s+({CAP0}\s+{CAP})\s+scored\b"), "person",
          cue=r"\sscored\b", reach=60, keep=_player),
    # "Anaheim defenseman Erik Gudbranson": a player's team by its town
    _rule(re.compile(rf"({CAP0}(?:\s+{CAP})?)\s+(?:defenseman|goaltender|goalie|winger|"
                     r"quarterback|linebacker|pitcher|shortstop|midfielder|wide\s+receiver)\b"),
          "organization", cue=r"\s(?:defenseman|goaltender|goalie|winger|quarterback|linebacker|"
          r"pitcher|shortstop|midfielder|wide\s+receiver)\b", reach=40, firm=True,
          keep=lambda t, m: _team_town(t, m)),
    # "Wild 4, Sabres 1: Zach Parise scored": a result, two teams and their scores
    _rule(re.compile(rf"(?m)^({CAP0}(?:\s+{CAP})?)\s+\d{{1,3}},\s+{CAP0}(?:\s+{CAP})?\s+\d{{1,3}}"
                     r"\s*(?::|$)"), "organization", cue=r"\d,\s+[A-Z]", reach=40, keep=_unknown),
    _rule(re.compile(rf"(?m)^{CAP0}(?:\s+{CAP})?\s+\d{{1,3}},\s+({CAP0}(?:\s+{CAP})?)\s+\d{{1,3}}"
                     r"\s*(?::|$)"), "organization", cue=r"\d,\s+[A-Z]", reach=40, keep=_unknown),
    # "Minnesota beat Buffalo", "scored for Ottawa", "to lead Boston", "Columbus improved
    # to 8-8-4": a town that plays is its team (unless the text also goes there)
    _rule(re.compile(rf"({CAP0}(?:\s+{CAP})?)\s+(?:beat|defeated|edged|topped|routed|blanked|"
                     rf"downed|improved\s+to\s+\d+-\d+|held\s+on\s+to\s+beat|has\s+won)\b"),
          "organization", cue=r"\s(?:beat|defeated|edged|topped|routed|blanked|downed|improved|"
          r"held\s+on|has\s+won)\b", reach=40, firm=True, keep=lambda t, m: _team_town(t, m)),
    _rule(re.compile(rf"\b(?:beat|defeated|edged|topped|routed|blanked|downed|scored\s+for|"
                     rf"(?:to\s+)?(?:lead|lift)|past)\s+({CAP0}(?:\s+{CAP})?)\b(?!\s+{CAP})"),
          "organization", starts=("beat", "defeated", "edged", "topped", "routed", "blanked",
                                  "downed", "scored", "to lead", "to lift", "lead", "lift", "past"),
          firm=True, keep=lambda t, m: _team_town(t, m)),
    # "the Assad regime", "the Maduro government": a leader's
    _rule(re.compile(rf"\b[Tt]he\s+({CAP0})\s+(?:regime|government)\b"), "person", "regime",
          "government", firm=True, cue=r"\s(?:regime|government)\b", reach=48,
          keep=lambda t, m: not (known_place(m.group(1)) or m.group(1) in demonyms()
                                 or m.group(1) in known_orgs() or m.group(1) in wl.NOT_NAMES)),
    # "the Trump administration": a president's
    _rule(re.compile(rf"\b[Tt]he\s+({CAP0})\s+administration\b"), "person", "administration",
          firm=True, cue=r"\sadministration\b", reach=48,
          keep=_no_place),
    # "the Centers for Disease Control", "a group Doctors for Camp Closure"
    _rule(re.compile(rf"(?:The\s+)?({CAP0}(?:\s+{CAP})*\s+for\s+(?:the\s+)?{CAP}"
                     rf"(?:\s+(?:and\s+)?{CAP}){{0,3}})"), "organization", " for ",
          cue=r"[a-z]\s+for\s+(?:the\s+)?[A-Z]", keep=lambda t, m: not (
              m.group(1).split()[0] in wl.TITLES or known_place(m.group(1).split()[0])
              or t[m.start(1) - 1:m.start(1)] in "\u201c\"'\u2018"  # never a slogan
              or at_sentence_start(t, m.start(1)))),  # nor "Shopping for TaskRabbit"
    # "the Gush Etzion settlement", "the Shatila refugee camp"
    _rule(re.compile(rf"\b[Tt]he\s+({CAP0}(?:\s+{CAP})?)\s+(?:settlement|refugee\s+camp|"
                     rf"neighbou?rhood)\b"), "place", "settlement", "camp", "neighbo"),
    # "Monroe, La.,", "Mountain View, CA": a town and its state, as AP or the post writes it
    _rule(re.compile(rf"({CAP0}(?:\s+{CAP}){{0,2}}),\s+{_STATE}"), "place",
          cue=rf",\s+{_STATE}", keep=lambda t, m: not at_sentence_start(t, m.start(1))
          and m.group(1) not in known_orgs()),
    _rule(re.compile(rf"{CAP0}(?:\s+{CAP}){{0,2}},\s+({_STATE})"), "place", cue=rf",\s+{_STATE}",
          whole=True, firm=True, keep=lambda t, m: not at_sentence_start(t, m.start())),
    # "San Ysidro, California,", "Addison, New York": a town and its state
    _rule(re.compile(rf"({CAP0}(?:\s+{CAP})?),\s+(?:{'|'.join(sorted(wl.US_STATES))})\b"),
          "place", cue=rf",\s+(?:{'|'.join(sorted(wl.US_STATES))})\b",
          keep=lambda t, m: not known_orgs() & {m.group(1)} and not at_sentence_start(
              t, m.start(1))),
    # "Jeff Bezos's Blue Origin", "Elon Musk's SpaceX": what a person owns or runs
    _rule(re.compile(rf"{PNAME0}['’]s\s+({CAP0}(?:\s+{CAP})?|[A-Z][a-z]+[A-Z]+)\b"
                     rf"(?!\s+{CAP}|['’-])"),
          "organization", "'s ", "’s ", firm=True, keep=_owned),
    # "possession of methamphetamine", "30 grams of heroin"
    _rule(re.compile(r"\b(?:possession|possessing|dealing|trafficking|smuggling|grams|"
                     r"kilograms|kilos|ounces|tonnes|tons|barrels|bushels)\s+(?:of|in)\s+"
                     r"([a-z]{5,})\b"
                     r"(?!\s+(?:[a-z]+\b(?<!and)(?<!or)))"),
          "product", 'possess', 'dealing', 'traffick', 'smuggl', 'grams', 'kilo', 'ounces',
          'tonnes', 'tons', 'barrels', 'bushels',
          starts=("possession", "possessing", "dealing", "trafficking", "smuggling", "grams",
                  "kilograms", "kilos", "ounces", "tonnes", "tons", "barrels", "bushels")),
    # "Apple CarPlay", "Google Maps": a maker the lists know, then its product
    _rule(_MAKER_PRODUCT, "product", *_MAKER_NAMES, whole=True,
          keep=lambda t, m: m.group(1).split()[-1] not in _UNITS),
    # "Amazon Web Services", "Google Cloud": a maker's business, not a product
    _rule(re.compile(rf"\b((?:{_MAKERS})(?:\s+{CAP})?\s+(?:{'|'.join(_UNITS)}))\b(?!\s+{CAP})"),
          "organization", *_MAKER_NAMES, whole=True),
    # "Airbus A350-900": a maker, then a model
    _rule(re.compile(rf"{CAP0}\s+((?-i:[A-Z]{{1,3}}-?\d{{2,4}}(?:-\d+|[a-z]+)?))\b"), "product"),
    # "Qorvex declined to comment", "Qorvex’s 12,000 employees", "Velt, its largest investor"
    _rule(re.compile(rf"({CAP0})\s+declined\s+to\s+comment\b"), "organization", 'declined'),
    _rule(re.compile(rf"({CAP0})['’]s\s+[\d,]+\s+(?:employees|workers|staff|customers|stores)\b"),
          "organization", 'employees', 'workers', 'staff', 'customers', 'stores',
          cue=r"['’]s\s+[\d,]+\s+(?:employees|workers|staff|customers|stores)\b"),
    _rule(re.compile(rf"({RUN0}),\s+its\s+(?:\w+\s+)?(?:investor|owner|parent|subsidiary|unit|"
                     rf"backer|lender|shareholder|rival)\b"), "organization", ', its '),
    _rule(re.compile(rf"\b(?:said|posted|wrote)\s+on\s+({CAP})\b(?!\s+{CAP})"),
          "organization", 'said on', 'posted on', 'wrote on', starts=("said", "posted", "wrote")),
    # ", Eva-Marie Persson, said"
    _rule(re.compile(rf",\s+({PNAME}),\s+(?:said|says|told|added)\b"), "person"),
    # "seen by The Real Deal", "reviewed by The New York Times": a title-cased
    # "The" inside a sentence belongs to the name; "data from MarketAxess"
    _rule(_THE_NAME, "organization", " The ", whole=True),
    _rule(re.compile(rf"\bdata\s+from\s+({RUN0})"), "organization", "data from"),
    # "told the Argus Leader", "Brian Batko of the Pittsburgh Post-Gazette"
    _rule(re.compile(rf"\btold\s+the\s+({RUN0})"), "organization", 'told the'),
    _rule(re.compile(rf"{PNAME0}\s+of\s+the\s+({RUN0})"), "organization", " of the "),
    # "Ana Ruiz, another deportee, said"
    _rule(re.compile(rf"({PNAME0}),\s+(?:another|a|an|the)\s+[a-z]+,\s+(?:said|says|told)\b"),
          "person", cue=r",\s+(?:another|a|an|the)\s+[a-z]+,\s+(?:said|says|told)\b"),
    # "facing the Browns", "The Steelers spent": a team, a band, a group; never
    # a short quoted title (“Dancing with the Stars”)
    _rule(_TEAM, "organization", keep=lambda t, m: not in_title(t, m.start())),
    # "Jane Doe, 32, of Franklin"
    _rule(re.compile(rf"\b\d{{1,3}},\s+of\s+({CAP}(?:\s+{CAP})?)\b(?!\s+\d)"), "place", ', of '),
    # "told Reuters that", "Reuters reported", "(Reuters) -", "buyers such as Qorvex"
    _rule(re.compile(rf"\btold\s+(?:the\s+)?({CAP}|[A-Z]{{2,5}})\b(?!\s+{CAP})"),
          "organization", 'told'),
    _rule(re.compile(rf"((?:{CAP0}|[A-Z]{{2,5}})(?:\s+[A-Z]{{2,5}})?)\s+(?:reported|reports)\b"),
          "organization", 'report', cue=r"\s(?:reported|reports)\b"),
    # "Lowe’s (LOW)", "Home Depot (ticker: HD)"
    _rule(re.compile(rf"({RUN0}(?:['’]s)?)\s+\((?:ticker:\s*|NYSE:\s*|Nasdaq:\s*)?[A-Z]{{1,5}}\)"),
          "organization", '('),
    # "the WoodSpring Suites hotel"
    _rule(re.compile(rf"({RUN0})\s+(?:hotel|restaurant|chain|store|brand|airline|bank)\b"),
          "organization", 'hotel', 'restaurant', 'chain', 'store', 'brand', 'airline', 'bank'),
    _rule(re.compile(rf"\(({CAP})\)\s*[-–—]"), "organization", ')'),
    _rule(re.compile(rf"\b(?:companies|firms|buyers|customers|clients|rivals|brands|makers|banks|"
                     rf"lenders|retailers|carriers|airlines|groups)\s+(?:such\s+as|like|including)"
                     rf"\s+({RUN})"), "organization", "such as", "like", "including"),
    # "6th Avenue", "Baker Street", "COLUMBIA, S.C. (AP)"
    _rule(re.compile(rf"\b((?:\d+(?:st|nd|rd|th)|{CAP})\s+(?:Avenue|Street|Road|Boulevard|"
                     rf"Square|Place|Field|Stadium|Arena|Drive|Lane))\b"),
          "place", 'Avenue', 'Street', 'Road', 'Boulevard', 'Square', 'Place', 'Drive', 'Lane',
          'Field', 'Stadium', 'Arena'),
    _rule(re.compile(r"(?m)^[A-Z][A-Z .'’-]+,\s+((?:[A-Z]\.){2,}|[A-Z][a-z]{1,5}\.)\s+[(–—-]"),
          "place"),
    # "said Sowers, who"
    _rule(re.compile(rf"\bsaid\s+({CAP}),\s+who\b"), "person", ', who'),
    # "in Leeds", "near Wakefield", "from Sheffield", "the Leeds-based firm"
    _rule(re.compile(rf"\b(?:in|near|outside|from|across|around|north\s+of|south\s+of|east\s+of|"
                     rf"west\s+of)\s+({CAP}(?:\s+(?:am\s+|upon\s+|del\s+)?{CAP})?)\b"
                     rf"(?!\s+{CAP})"), "place"),
    _rule(re.compile(rf"({CAP0}(?:\s+{CAP})?)-based\b"), "place", '-based'),
    # "in the Saemangeum area", "(D-Minn.)": a member of Congress and a state
    _rule(re.compile(rf"\b(?:in|near|across|from)\s+the\s+({CAP})\s+(?:area|region|province|"
                     rf"district|county|valley|basin|peninsula|delta)\b"), "place", "area",
          "region", "province", "district", "county", "valley", "basin", "peninsula", "delta"),
    _rule(re.compile(r"\([DRI]-((?:[A-Z]\.){2,}|[A-Z][a-z]{1,5}\.)\)"),
          "place", '(D-', '(R-', '(I-'),
    # "Sen. Ben Sasse, R-Neb., called", "Sen. Ted Cruz, R-Texas, said"
    _rule(re.compile(rf",\s+[DRI]-((?:[A-Z]\.){{2,}}|[A-Z][a-z]{{1,5}}\.|"
                     rf"{'|'.join(sorted(wl.US_STATES, key=len, reverse=True))})(?=,|\.|\s)"),
          "place", ', D-', ', R-', ', I-'),
    # "Montell Figgins, who represents Thomas": a person, by the pronoun
    _rule(re.compile(rf"({CAP0}\s+{CAP}),\s+who\s+(?!(?:is|are|was|were)\s+(?:a|an|the)\s+"
                     r"(?:company|firm|group|team|agency|country|state|city|town)\b)"),
          "person", cue=r",\s+who\s", reach=60, keep=lambda t, m: _unknown(t, m) and not any(
              w in wl.ORG_WORDS or w in wl.TITLES or w in demonyms() for w in m.group(1).split())),
    # "the county of Huade", "the town of Ziketan": a place by its kind
    _rule(re.compile(rf"\b(?:[Cc]ounty|[Pp]rovince|[Cc]ity|[Tt]own|[Vv]illage|[Dd]istrict|"
                     rf"[Rr]egion|[Pp]refecture|[Mm]unicipality)\s+of\s+({CAP0}(?:\s+{CAP})?)\b"),
          "place", starts=("county", "province", "city", "town", "village", "district", "region",
                           "prefecture", "municipality"),
          keep=lambda t, m: m.group(1) not in known_orgs()
          and m.group(1).split()[0] not in wl.TITLES),
    # "Tested by: John Milbank", "By Ana Ruiz": a byline
    _rule(re.compile(rf"(?:(?m:^)By|\b(?:Tested|Written|Reviewed|Reported|Photographed)\s+by):?\s+"
                     rf"({CAP0}\s+{CAP}(?:\s+{CAP})?)\b"), "person", "\nBy ", "Tested by",
          "Written by", "Reviewed by", "Reported by", "Photographed by", keep=_player,
          starts=("by", "tested", "written", "reviewed", "reported", "photographed")),
    # "the Republic of Ireland": a country by its longer name
    _rule(re.compile(rf"\b(Republic\s+of\s+(?:the\s+)?{CAP})\b"), "place", "Republic of",
          whole=True, keep=lambda t, m: known_place(m.group(1).split()[-1])),
    # "in Wakefield and Sheffield", "in Leeds, York and Hull"
    _rule(re.compile(rf"\b(?:in|near|across|from)\s+{CAP}(?:,\s+{CAP})*\s+and\s+({CAP})\b"),
          "place"),
]


def _role_starts(low: str) -> list[int]:
    """Where a role word begins (a regex over every word costs 0.1 s on 1 MB)."""
    return word_starts(low, tuple(_ROLE_FIRSTS))


_INDICES = frozenset("Index Composite Average".split())


def _a_place(name: str) -> bool:
    if "-" in name and " " not in name:  # "Asia-Pacific", "Sino-Russian"
        return all(_a_place(part) for part in name.split("-"))
    return known_place(name) or name in demonyms()


def by_context(text: str, text_words: list[str] | None = None,
               alone: Counter | None = None) -> tuple[dict[str, str], set[str]]:
    """Names no list knows, and their kinds; `text_words` are the text's `tokens`.
    Also the names found by a firm rule, which overrule a guessed person."""
    found: dict[str, str] = {}
    firm: set[str] = set()
    low = text.lower()
    role_starts = _role_starts(low)
    for rule in _CONTEXT_RULES:
        etype = rule.kind
        for match in rule.matches(text, role_starts, low):
            name = match.group(1).strip()
            if text[match.end(1):match.end(1) + 2] != " (":  # "Lowe’s (LOW)" keeps its ’s
                name = POSSESSIVE.sub("", name)
            # "Forest Hill's WoodSpring Suites": the name after the possessive
            name = re.split(r"\S+['’]s\s+", name)[-1]
            words = name.split()
            # "the Argus Leader Monday": the day is no part of the name; a
            # title keeps its last word ("Star Trek Beyond").
            while words and words[-1] in wl.NOT_NAMES and not (rule.whole and etype == "product"):
                words.pop()
            name = " ".join(words)
            if not words or words[0] in wl.NOT_NAMES and not rule.whole:
                continue
            if etype == "place" and (words[0] in wl.TITLES or words[0] in wl.ORG_WORDS or
                                     any(w in wl.ORG_WORDS for w in words) or
                                     re.match(r"[A-Z][a-z]+[A-Z]", name)):
                continue  # "from MarketAxess": a CamelCase name is a company, not a place
            if etype == "person" and (any(w in wl.ORG_WORDS for w in words)
                                      or words[-1] in wl.TITLES):
                continue  # "Chief Strategy Officer" is a post, not its holder
            if etype == "person" and words[0] in wl.TITLES:
                words = [w for w in words if w not in wl.TITLES]  # "Chief Executive Carrie"
                if not words:
                    continue
                name = " ".join(words)
            # (a firm rule may make a place a body: "Minnesota beat Buffalo")
            if etype == "organization" and (_a_place(name) and not rule.firm
                                            or words[-1] in _INDICES):
                continue  # "director for the Middle East", "the Philippines", "Hang Seng Index"
            if etype == "product" and not rule.whole:
                while words and (words[0] in demonyms() or words[0] in wl.NOT_NAMES
                                 or words[0] in wl.COUNTRIES or words[0] in known_orgs()
                                 or len(words) > 1 and words[0].isdigit() and
                                 words[1][0].isdigit()):
                    words = words[1:]  # "US Chinook", "Boeing jets", "400 737 Max": no product
                model = next((i for i, w in enumerate(words) if i and w[0].isupper()
                              and re.fullmatch(MODEL, w)), None)
                if model is not None:
                    words = words[model:]  # "Vantor X450-200": the maker, then the model
                if not words or len(words) == 1 and words[0].isdigit() or \
                        any(w in wl.ORG_WORDS for w in words):
                    continue  # "30 jets", "Navy jet"
                name = " ".join(words)
            found.setdefault(name, etype)
            if rule.firm and found[name] == etype:
                firm.add(name)
    # "the Taliban", twice or more: a body of people, as "the Kremlin" or "the Fed".
    the_x = Counter(POSSESSIVE.sub("", n) for n in
                    re.findall(rf"(?<![.!?]\s)\bthe\s+({CAP})\b(?!\s+{CAP}|-)", text))
    for name, count in the_x.items():
        if count >= 2 and name not in wl.NOT_NAMES and name not in wl.TITLES and \
                name not in wl.ORG_WORDS and name not in demonyms() and not name.endswith("s'"):
            found.setdefault(name, "organization")
    # "Jane Fenwick ... Fenwick said": a two-word name whose second word comes
    # back alone, capitalised mid-sentence, is how news refers to a person.
    # Counted once for the whole text (a scan per name would be quadratic).
    if alone is None:
        alone = alone_counts(tokens(text) if text_words is None else text_words)
    after_the = set(_AFTER_THE.findall(text))
    for match in re.finditer(rf"(?<![.!?]\s)(?<!^)({CAP0})\s+({CAP})\b(?!\s+{CAP})", text):
        first, last = match.group(1), POSSESSIVE.sub("", match.group(2))  # "Zach Parise’s"
        name = f"{first} {last}"
        if name in found or first in wl.NOT_NAMES or \
                first in wl.TITLES or last in wl.ORG_WORDS or first in wl.ORG_WORDS:
            continue
        before = text[max(0, match.start() - 30):match.start()].split()[-1:]
        if before and (before[0] == "the" or before[0][:1].isupper() and before[0] not in (
                wl.TITLES | wl.NOT_NAMES | demonyms())):
            continue  # part of a longer name ("United Arab Emirates"), or "the Afghan Taliban"
        if first[-1] in "'’s" and re.search(r"['’]s?$", first) or first in demonyms() or \
                re.search(r"-[a-z]", first):
            continue  # "Boeing's Dreamliner", "Afghan Taliban", "China-sympathetic Western"
        if last in after_the or last in GROUPS:
            continue  # "the Taliban" is no one's surname, nor "Democrats" ("Louisiana Democrats")
        if at_sentence_start(text, match.start()) and first not in given_names():
            continue  # "Following Assange’s arrest": an opening word, not a first name
        if alone[last] >= 2:  # the surname alone, twice or more
            found[name] = "person"
    # "Lowe’s (LOW)" is the name; "Lowe" was only it without its ’s.
    for name in [n for n in found if POSSESSIVE.search(n)]:
        found.pop(POSSESSIVE.sub("", name), None)
    # "said Sowers, who": the full name is the one the text gives ("Eyamba Sowers").
    lone = [n for n, t in found.items() if t == "person" and " " not in n]
    if lone:
        first_before: dict[str, str] = {}
        for pair in _PAIR.finditer(text):
            first_before.setdefault(pair.group(2), pair.group(1))
        for name in lone:
            first = first_before.get(name)
            if first and first not in wl.NOT_NAMES and first not in wl.TITLES:
                found[f"{first} {name}"] = found.pop(name)
    # "Ousted WeWork CEO": an opening word glued to a name found on its own.
    for name in [n for n in found if " " in n and (n.split(" ", 1)[1] in found
                                                   or n.split(" ", 1)[1] in known_orgs())]:
        if all(at_sentence_start(text, m.start())
               for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text)):
            del found[name]
    # "Aziz Haq told" is the end of "spokesman Farhan Aziz Haq": the whole name.
    people = [n for n, t in found.items() if t == "person"]
    for name in [n for n in people if any(m.endswith(" " + n) for m in people)]:
        del found[name]
    # A name also found as a person is that person, not a place.
    people = {w for n, t in found.items() if t == "person" for w in n.split()}
    return {n: t for n, t in found.items() if t == "person" or n not in people}, firm


_AFTER_THE = re.compile(rf"\b[Tt]he\s+({CAP})\b")
_PAIR = re.compile(rf"({CAP0})\s+(?=({CAP})\b)")


def alone_counts(words: list[str]) -> Counter:
    """How often each capitalised word stands alone: no capitalised word just
    before it ("South China Sea") or just after it ("Jose Mourinho"), unless it
    is a possessive ("Hitler's Germany")."""
    capital = [bool(CAPITAL.fullmatch(t)) for t in words]
    counts: Counter = Counter()
    last = len(words) - 1
    for i, token in enumerate(words):
        if not capital[i] or (i and capital[i - 1]):
            continue
        possessive = token[-1] in "'’s" and POSSESSIVE.search(token)
        if possessive or i == last or not capital[i + 1]:
            counts[POSSESSIVE.sub("", token)] += 1
    return counts
