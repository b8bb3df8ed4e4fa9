"""Given names from maintained data: the first names of the US census (the
`names` package, 1990 census, about 5,500 names), with the hand list beside
them. Read the first time extraction needs them, never at start-up."""

from __future__ import annotations

from functools import lru_cache
from importlib.util import find_spec
from pathlib import Path

from reader.extract import wordlists as wl


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    names = set(wl.GIVEN_NAMES)
    spec = find_spec("names")
    if spec is not None and spec.origin:
        folder = Path(spec.origin).parent
        for part in ("dist.male.first", "dist.female.first"):
            try:
                lines = (folder / part).read_text(encoding="ascii").splitlines()
            except (OSError, UnicodeDecodeError):
                continue
            names.update(line.split()[0].capitalize() for line in lines if line.strip())
    # Words that open sentences or name months and roles are no first names here.
    from reader.extract.shapes import demonyms

    return frozenset(names - wl.NOT_NAMES - wl.TITLES - wl.ORG_WORDS - _WORDS - demonyms())


# First names in the census that are far more often plain words in news.
_WORDS = frozenset("""Major Royal Hope Chase Grant Guy Art Joy Sterling Early Young Long
Page Rich Summer Winter Dawn Faith Honor Justice Liberty Star Sky Love Ivory Rock Stone
Storm Rain Gay Sunny Merry Bud Buck Ray Said Else Vice Son Sun Pearl Crystal Ruby Jewel
Golden Forest River Lane Cliff Gale Wade Miles Hunter Bishop Marshal Dean Don Carmen
Case""".split())
