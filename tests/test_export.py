"""--print renders blocks as the reader lays them out, mentions styled in place."""

from __future__ import annotations

from rich.text import Text

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
    styled = [t for t in styled_text(article, {"place": "bold"})
              if isinstance(t, Text) and t.spans]
    marked = [t.plain[s.start:s.end] for t in styled for s in t.spans if s.style == "bold"]
    assert marked == ["Oslo"] * 4


def test_long_timeline_labels_wrap_under_the_label_on_a_terminal():
    import io

    from rich.console import Console

    from reader.loading import load_article

    from .conftest import SEED

    console = Console(width=60, file=io.StringIO(), record=True, color_system=None)
    for part in styled_text(load_article(SEED), {}):
        console.print(part)
    lines = console.export_text().splitlines()
    timeline = lines[lines.index("Timeline") + 2:]
    continued = [line for line in timeline if line.strip() and not line[:14].strip()
                 and not line.strip()[0].isdigit()]
    assert continued, "some label should need a second line at 60 columns"
    assert all(line.startswith(" " * 28) and line[28] != " " for line in continued)
