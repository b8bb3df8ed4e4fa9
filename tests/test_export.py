"""--print renders blocks as the reader lays them out, mentions styled in place."""

from __future__ import annotations

from reader.export import plain_text, styled_text
from reader.loading import parse_article

ARTICLE = """---
title: T
entities:
  - {id: oslo, name: Oslo, type: place}
---
- first in Oslo
- second

> quoted Oslo line

```
code Oslo
  Oslo again
```
"""


def test_plain_text_matches_the_layout():
    lines = plain_text(parse_article(ARTICLE, "t.md")).splitlines()
    assert lines[3:] == ["\u2022 first in Oslo", "\u2022 second", "",
                         "\u258e quoted Oslo line", "", "  code Oslo", "    Oslo again"]


def test_styled_text_styles_exactly_the_mentions():
    article = parse_article(ARTICLE, "t.md")
    styled = [t for t in styled_text(article, {"place": "bold"}) if t.spans]
    marked = [t.plain[s.start:s.end] for t in styled for s in t.spans if s.style == "bold"]
    assert marked == ["Oslo"] * 4
