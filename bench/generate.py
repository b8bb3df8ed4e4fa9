"""Generate annotated articles of a given size for the benchmarks.

Paragraphs of ordinary prose with about one entity mention in eight words,
a heading every twenty paragraphs and a list now and then, so the reader
does the same work as on a real, long, heavily annotated article.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

ENTITIES = [
    ("ana-lima", "Ana Lima", "person", ["Lima"]),
    ("tom-berg", "Tom Berg", "person", ["Berg"]),
    ("mei-chen", "Mei Chen", "person", ["Chen"]),
    ("harbour-board", "Harbour Board", "organization", ["the Board"]),
    ("northwind", "Northwind Energy", "organization", ["Northwind"]),
    ("un", "UN", "organization", ["United Nations"]),
    ("oslo", "Oslo", "place", []),
    ("kenya", "Kenya", "place", ["Kenyan"]),
    ("rotterdam", "Rotterdam", "place", []),
    ("three-million", "3 million tonnes", "quantity", []),
    ("forty-percent", "40 percent", "quantity", []),
    ("copper", "copper", "product", []),
    ("wheat", "wheat", "product", []),
    ("monday", "Monday", "date", []),
    ("march", "March", "date", []),
]
WORDS = (
    "the a of to and in that for on with as by at from its was were has have said would "
    "could will plan report talks market price supply trade port deal officials week year "
    "government company shipment growth support pressure agreement season costs demand "
    "analysts expected further while after before during since however also more than "
    "people country region city workers farmers industry exports imports record"
).split()


def paragraph(rng: random.Random, words: int = 32) -> str:
    out = []
    for i in range(words):
        if i % 8 == 3:
            _, name, _, aliases = rng.choice(ENTITIES)
            out.append(rng.choice([name, *aliases]))
        else:
            out.append(rng.choice(WORDS))
    text = " ".join(out)
    return text[0].upper() + text[1:] + "."


def article(size: int, seed: int = 7) -> str:
    rng = random.Random(seed)
    front = ["---", f"title: Benchmark article of {size} bytes", "published: 2025-11-25",
             "dateline: OSLO", "source: Bench News", "entities:"]
    for eid, name, etype, aliases in ENTITIES:
        front += [f"  - id: {eid}", f"    name: {name}", f"    type: {etype}",
                  f"    aliases: [{', '.join(aliases)}]"]
    body: list[str] = []
    length, n = 0, 0
    quotes: list[str] = []
    while length < size:
        n += 1
        if n % 20 == 1:
            block = f"## Part {n // 20 + 1}"
        elif n % 15 == 0:
            block = "\n".join(f"- {paragraph(rng, 10)}" for _ in range(3))
        else:
            block = paragraph(rng)
            if n % 400 == 2:
                quotes.append(block[:40].rsplit(" ", 1)[0])
        body.append(block)
        length += len(block) + 2
    front.append("events:")
    for i, quote in enumerate(quotes or [body[1][:30].rsplit(" ", 1)[0]]):
        front += [f"  - id: event-{i}", f"    date: {2000 + i % 25}-{i % 12 + 1:02d}",
                  f"    label: Event number {i}", "    status: happened",
                  f"    quote: {quote!r}".replace("'", '"')]
    return "\n".join(front) + "\n---\n" + "\n\n".join(body) + "\n"


def write(folder: Path, sizes: dict[str, int]) -> dict[str, Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = {}
    for label, size in sizes.items():
        path = folder / f"bench-{label}.md"
        if not path.exists():
            path.write_text(article(size), encoding="utf-8")
        paths[label] = path
    return paths


if __name__ == "__main__":
    sys.stdout.write(article(int(sys.argv[1]) if len(sys.argv) > 1 else 10_000))
