"""Non-interactive output: the article as styled or plain text, and as JSON."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from reader.article import Article, Block, Event

if TYPE_CHECKING:
    from rich.console import RenderableType

STATUS_MARKS = {"happened": "\u25cf", "planned": "\u25cb", "claimed": "?"}


def event_head(event: Event) -> str:
    """Date, mark and status: the fixed-width part before an event's label."""
    mark = STATUS_MARKS[event.status]
    return f"{event.display_date():>14}  {mark} {event.status:<8}  "


def event_line(event: Event) -> str:
    return event_head(event) + event.label


def _blocks(article: Article) -> Iterator[tuple[str, Block, str]]:
    """(text as shown, block, what follows it) for each block, laid out as the
    reader lays it out, only unwrapped."""
    from reader.layout import RULE, block_prefix, spaced

    for index, block in enumerate(article.blocks):
        if block.kind == "rule":
            shown = RULE
        else:
            first, rest = block_prefix(block)
            shown = first + article.block_text(block).replace("\n", "\n" + rest)
        yield shown, block, "\n" if spaced(article.blocks, index) else ""


def plain_text(article: Article) -> str:
    """The article unwrapped, one block a paragraph, then its timeline."""
    out = [article.title, article.meta_line(), ""]
    for shown, _, gap in _blocks(article):
        out.append(shown + gap)
    if article.events:
        out += ["Timeline", ""] + [event_line(e) for e in article.events]
    return "\n".join(out).rstrip("\n") + "\n"


def styled_text(article: Article, styles: dict[str, str]) -> list[RenderableType]:
    """The same as `plain_text`, as Rich Text with mentions styled by type; the
    timeline is a grid, so a long label wraps under itself, not to column 0."""
    from rich.table import Table
    from rich.text import Text

    parts = [Text(article.title, style="bold"), Text(article.meta_line(), style="dim"), Text()]
    mentions = iter(article.mentions)
    pending = next(mentions, None)
    for shown, block, gap in _blocks(article):
        text = Text(shown + gap, style="bold" if block.kind == "heading" else "")
        # Offsets into `shown` move by the prefix, and by one more per line
        # continued with a prefix (code, hard breaks).
        while pending and pending.start < block.end:
            if pending.start >= block.start and block.kind != "rule":
                start = _shown_offset(article, block, pending.start)
                end = _shown_offset(article, block, pending.end)
                text.stylize(styles.get(article.entity(pending.entity_id).type, ""), start, end)
            pending = next(mentions, None)
        parts.append(text)
    if article.events:
        parts += [Text("Timeline", style="bold"), Text()]
        grid = Table.grid()
        grid.add_column(no_wrap=True)
        grid.add_column()
        for event in article.events:
            style = {"planned": "italic", "claimed": "italic dim"}.get(event.status, "")
            grid.add_row(Text(event_head(event), style=style), Text(event.label, style=style))
        parts.append(grid)
    return parts


def _shown_offset(article: Article, block: Block, offset: int) -> int:
    from reader.layout import block_prefix

    first, rest = block_prefix(block)
    breaks = article.text.count("\n", block.start, offset)
    return len(first) + offset - block.start + breaks * len(rest)


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
