"""Shapes of names in text, shared by the rules that find entities."""

from __future__ import annotations

import re
from functools import lru_cache

from reader.extract import wordlists as wl

SENTENCE_START = re.compile(r"(?:^|[.!?:;]\s+[\"“‘']?|\n\s*|[\"“‘]\s*)$")


def at_sentence_start(text: str, start: int) -> bool:
    return bool(SENTENCE_START.search(text[max(0, start - 4):start]))


# Letters of names in Latin script, accented ones included ("André", "Müller",
# "Łukasz"); Latin Extended-A mixes cases, so it counts as both.
UP = "A-ZÀ-ÖØ-Þ\u0100-\u017f"
LO = "a-zß-öø-ÿ\u0100-\u017f"
CAP = (rf"[{UP}][{LO}'’]+(?:[{UP}][{LO}]+)*"
       r"(?:-(?!based|owned|led|backed|born|made|style|era|run|funded|linked|listed)"
       rf"[{UP}{LO}][{LO}]+)?(?:\.(?:com|org|net|io)\b)?")  # "Okonkwo", "SunExpress"
RUN = rf"{CAP}(?:\s+(?:of\s+|de\s+|van\s+|&\s+)?{CAP}){{0,3}}"  # "Lindqvist & Moe"
# The same at the start of a word, written so that the scan looks for a
# capital first (twice as fast over a long text as a leading \b).
CAP0 = rf"[{UP}](?<![\w'’][{UP}])" + CAP.removeprefix(f"[{UP}]")
RUN0 = CAP0 + RUN.removeprefix(CAP)
# A model: "A350-900", "F-35", "787-9", "777x", "A330neo"
MODEL = r"(?:[A-Z]{1,3}-?\d{2,4}(?:-\d+|[a-z]+)?|\d{3}(?:-\d+|[a-z])?)(?:\s+Max)?"
DEVICE = (r"(?:jets?|airliners?|aircraft|planes?|helicopters?|spacecraft|probes?|rovers?|"
          r"telescopes?|satellites?|rockets?|missiles?|drones?|tanks?|rifles?|smartphones?|"
          r"phones?|consoles?|cars?|SUVs?|sedans?|trucks?|vaccines?|chips?|processors?|"
          r"laptops?|tablets?|supercomputers?|computers?|robots?|chatbots?|browsers?|apps?|"
          r"headsets?|earbuds|smartwatch(?:es)?|cameras?|drugs?|pills?)")
# The last word of a name that names a thing ("Hubble Space Telescope"); never
# a plural ("Blackburn Rovers" is a club).
PRODUCT_WORDS = frozenset("Telescope Satellite Rover Probe Spacecraft Rocket Missile Jet Phone "
                          "Smartphone Vaccine".split())
# A named war, games or election after a year ("the 1967 Six-Day War"): no model's name
EVENT_NAME = re.compile(r"\s*[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*\s+(?:War|Revolution|Olympics|Games|"
                        r"Crisis|Uprising|Massacre|Earthquake|Election)\b")
PNAME = rf"{CAP}\s+(?:[A-Z]\.\s+)?{CAP}"  # "Jane Doe", "Sonya A. Zoghlin"
PNAME0 = CAP0 + PNAME.removeprefix(CAP)
_TOKEN = re.compile(r"[\w'’-]+|[^\w\s]")


def tokens(text: str) -> list[str]:
    """The words and marks of `text` (split once, for every rule that reads them)."""
    return _TOKEN.findall(text)
CAPITAL = re.compile(rf"[{UP}][{LO}]+(?:-[{UP}][{LO}]+)?(?:['’]s?)?")
POSSESSIVE = re.compile(r"['’]s?$")



@lru_cache(maxsize=1)
def known_orgs() -> frozenset[str]:
    return frozenset(o for name, aliases in wl.KNOWN_ORGS.items() for o in (name, *aliases))


@lru_cache(maxsize=1)
def _listed_places() -> frozenset[str]:
    return frozenset((*wl.COUNTRIES, *wl.CITIES, *wl.REGIONS))


def known_place(name: str) -> bool:
    """A place of the hand lists or of the data packages."""
    from reader.extract import places

    return name in _listed_places() or name in places.place_names()


@lru_cache(maxsize=1)
def _country_adjectives() -> frozenset[str]:
    return frozenset(d for _, adjectives in wl.COUNTRIES.values() for d in adjectives)


@lru_cache(maxsize=1)
def demonyms() -> frozenset[str]:
    return _country_adjectives() | frozenset(wl.COUNTRIES) | frozenset(wl.CITIES)


@lru_cache(maxsize=1)
def adjectives_of_places() -> frozenset[str]:
    """ "American", "Asian": the adjectives only, never the places' names."""
    return _country_adjectives() | frozenset(
        a for adjectives in wl.REGION_ADJECTIVES.values() for a in adjectives)


def in_title(text: str, at: int) -> bool:
    """Inside a short quotation (“Dancing with the Stars”, “DWTS”): a title, not
    a name. A long one is speech, where names are names."""
    line_start = text.rfind("\n", 0, at) + 1
    line_end = text.find("\n", at)
    line_end = len(text) if line_end < 0 else line_end
    for opening, closing in (("“", "”"), ('"', '"')):
        start = text.rfind(opening, line_start, at)
        end = text.find(closing, at, line_end)
        if start >= 0 and end >= 0 and end - start <= 40 and \
                text.count(closing, start + 1, at) == 0:
            return True
    return False
