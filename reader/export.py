"""Non-interactive output: the article as styled or plain text, and as JSON."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from reader.article import Article, Event

if TYPE_CHECKING:
    from rich.text import Text

STATUS_MARKS = {"happened": "\u25cf", "planned": "\u25cb", "claimed": "?"}


def event_line(event: Event) -> str:
    mark = STATUS_MARKS[event.status]
    return f"{event.display_date():>14}  {mark} {event.status:<8}  {event.label}"


def plain_text(article: Article) -> str:
    """The article unwrapped, one block a paragraph, then its timeline."""
    out = [article.title, article.meta_line(), ""]
    for block in article.blocks:
        prefix = "  " * max(0, block.level - 1) + (f"{block.marker} " if block.marker else "")
        if block.kind == "quote":
            prefix = "> " * block.level
        if block.kind == "rule":
            out += ["-" * 20, ""]
            continue
        out += [prefix + article.block_text(block), ""]
    if article.events:
        out += ["Timeline", ""] + [event_line(e) for e in article.events]
    return "\n".join(out).rstrip("\n") + "\n"


def styled_text(article: Article, styles: dict[str, str]) -> list[Text]:
    """The same as `plain_text`, as Rich Text with mentions styled by type."""
    from rich.text import Text

    parts = [Text(article.title, style="bold"), Text(article.meta_line(), style="dim"), Text()]
    by_block = iter(article.mentions)
    pending = next(by_block, None)
    for block in article.blocks:
        text = Text(article.block_text(block), style="bold" if block.kind == "heading" else "")
        while pending and pending.start < block.end:
            if pending.start >= block.start:
                style = styles.get(article.entity(pending.entity_id).type, "")
                text.stylize(style, pending.start - block.start, pending.end - block.start)
            pending = next(by_block, None)
        indent = "  " * max(0, block.level - 1) + (f"{block.marker} " if block.marker else "")
        parts += [Text(indent) + text, Text()]
    if article.events:
        parts += [Text("Timeline", style="bold"), Text()]
        for event in article.events:
            style = {"planned": "italic", "claimed": "italic dim"}.get(event.status, "")
            parts.append(Text(event_line(event), style=style))
    return parts


def to_json(article: Article) -> str:
    return json.dumps(to_dict(article), ensure_ascii=False, indent=2)


def to_dict(article: Article) -> dict[str, Any]:
    mentions: dict[str, list[list[int]]] = {e.id: [] for e in article.entities}
    for m in article.mentions:
        mentions[m.entity_id].append([m.start, m.end])
    return {
        "title": article.title,
        "published": article.published.isoformat() if article.published else None,
        "dateline": article.dateline,
        "source": article.source,
        "url": article.url,
        "byline": article.byline,
        "language": article.language,
        "annotated": article.annotated,
        "reading_minutes": article.reading_minutes,
        "text": article.text,
        "blocks": [
            {"kind": b.kind, "start": b.start, "end": b.end, "level": b.level,
             "marker": b.marker} for b in article.blocks
        ],
        "entities": [
            {"id": e.id, "name": e.name, "type": e.type, "aliases": list(e.aliases),
             "note": e.note, "automatic": e.automatic, "count": len(mentions[e.id]),
             "mentions": mentions[e.id]} for e in article.entities
        ],
        "events": [
            {"id": ev.id, "date": ev.date.iso(), "end": ev.end.iso() if ev.end else None,
             "precision": ev.date.precision, "approximate": ev.approximate,
             "display": ev.display_date(), "label": ev.label, "status": ev.status,
             "entities": list(ev.entities), "quote": ev.quote,
             "span": list(ev.span) if ev.span else None, "source": ev.source,
             "automatic": ev.automatic} for ev in article.events
        ],
        "warnings": list(article.warnings),
    }
