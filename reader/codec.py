"""An `Article` to compact JSON and back, for the cache.

Reopening a cached article then costs neither a network request nor a
parse nor extraction. The version tag includes the reader's own version:
a newer reader (better extraction) rebuilds rather than trusts old rows.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from reader import __version__
from reader.article import Article, Block, Entity, Event, InlineSpan, Mention, PartialDate

VERSION = f"1/{__version__}"


def _date(d: PartialDate | None) -> list | None:
    return [d.year, d.month, d.day] if d else None


def _undate(v: list | None) -> PartialDate | None:
    return PartialDate(*v) if v else None


def dumps(article: Article) -> str:
    data = {
        "v": VERSION,
        "title": article.title, "text": article.text,
        "blocks": [[b.kind, b.start, b.end, b.level, b.marker,
                    [[s.start, s.end, s.kind, s.href] for s in b.spans]] for b in article.blocks],
        "entities": [[e.id, e.name, e.type, list(e.aliases), e.note, e.automatic]
                     for e in article.entities],
        "mentions": [list(m) for m in article.mentions],
        "events": [[e.id, _date(e.date), e.label, e.status, _date(e.end), e.approximate,
                    list(e.entities), e.quote, e.source, list(e.span) if e.span else None,
                    e.automatic] for e in article.events],
        "published": article.published.isoformat() if article.published else None,
        "meta": [article.dateline, article.source, article.url, article.byline,
                 article.language],
        "annotated": article.annotated, "warnings": list(article.warnings),
        "key": article.key,
    }
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def loads(text: str, path: Path | None = None) -> Article | None:
    """The article, or None when the JSON is from another version or damaged."""
    try:
        data = json.loads(text)
        if data.get("v") != VERSION:
            return None
        dateline, source, url, byline, language = data["meta"]
        article = Article(
            path=path, title=data["title"], text=data["text"],
            blocks=tuple(Block(k, s, e, lv, mk, tuple(InlineSpan(*sp) for sp in spans))
                         for k, s, e, lv, mk, spans in data["blocks"]),
            entities=tuple(Entity(i, n, t, tuple(a), note, auto)
                           for i, n, t, a, note, auto in data["entities"]),
            mentions=tuple(Mention(*m) for m in data["mentions"]),
            events=tuple(Event(i, _undate(d), label, status, _undate(end), approx, tuple(ents),
                               quote, src, tuple(span) if span else None, auto)
                         for i, d, label, status, end, approx, ents, quote, src, span, auto
                         in data["events"]),
            published=dt.date.fromisoformat(data["published"]) if data["published"] else None,
            dateline=dateline, source=source, url=url, byline=byline, language=language,
            annotated=data["annotated"], warnings=tuple(data["warnings"]),
        )
    except (ValueError, TypeError, KeyError, AttributeError):
        return None
    key = data.get("key")
    if isinstance(key, str) and len(key) == 32:
        # Known already: hashing again would load OpenSSL's hashlib at start-up (~4 ms).
        object.__setattr__(article, "_key", key)
    return article
