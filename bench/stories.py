"""How well articles are grouped into stories, and how fast.

For each set under bench/stories/ (tuning: the rules were tuned on it;
held-out: written after they were frozen, never tuned on), against its
expected.yaml:
- clustering: pairwise precision, recall and F1 over same-story pairs;
- merged events: the share of expected shared events found as one event
  that lists all their sources; and of expected disagreements flagged.
Then speed: grouping 2,000 generated articles (features, ties, stories and
merged timelines), median of 3.

    python bench/stories.py
"""

from __future__ import annotations

import asyncio
import itertools
import random
import statistics
import sys
import time
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from reader.loading import load_article, parse_article  # noqa: E402
from reader.stories.group import Member, group  # noqa: E402
from reader.stories.merge import build_stories  # noqa: E402


def pairs(groups: list[list[str]]) -> set[frozenset[str]]:
    return {frozenset(p) for g in groups for p in itertools.combinations(g, 2)}


def evaluate(folder: Path) -> dict[str, float]:
    expected = yaml.safe_load((folder / "expected.yaml").read_text())
    members = [Member(p.name, load_article(p)) for p in sorted(folder.glob("*.md"))]
    stories, _ = build_stories(group(members))
    found = pairs([s.names for s in stories])
    gold = pairs(expected["stories"])
    tp = len(found & gold)
    precision = tp / len(found) if found else 1.0
    recall = tp / len(gold) if gold else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    merged = flagged = wanted_flags = 0
    for want in expected["events"]:
        sources = set(want["sources"])
        hit = next((e for s in stories for e in s.events
                    if sources <= set(e.names) and e.date.iso() == str(want["date"])), None)
        merged += hit is not None
        if want.get("disagreement"):
            wanted_flags += 1
            values = {v for d in (hit.disagreements if hit else ()) for v in d.values.values()}
            flagged += set(map(str, want["disagreement"])) <= values
    return {"articles": len(members), "pairs": len(gold), "precision": precision,
            "recall": recall, "f1": f1, "events": len(expected["events"]), "merged": merged,
            "flags": wanted_flags, "flagged": flagged}


FIRST = "Anna Ben Carla Dario Elif Femi Greta Hugo Ines Jonas Kofi Lena Milan Nora Omar".split()
LAST = "Berg Costa Dahl Eder Fink Garcia Haas Ito Jensen Kovac Lund Moreau Novak Ortiz".split()
ORGS = "Alder Birch Cedar Delta Ember Fjord Granite Harbor Iris Juniper Kestrel".split()
KINDS = "Logistics Energy Holdings Systems Airlines Bank Motors Industries Group".split()
CITIES = ["Lisbon", "Oslo", "Vienna", "Prague", "Dublin", "Athens", "Warsaw", "Madrid"]


def _letters(n: int) -> str:
    out = ""
    for _ in range(3):
        n, rest = divmod(n, 26)
        out += "abcdefghijklmnopqrstuvwxyz"[rest]
    return out


def generated(count: int, per_story: int = 5, seed: int = 7) -> list[Member]:
    """`count` articles in stories of `per_story`, each naming its own people,
    company and city, days apart, with a shared dated event."""
    import datetime as dt

    rng = random.Random(seed)
    members = []
    for n in range(count):
        story = n // per_story
        r = random.Random(story)
        code = _letters(story)  # names unique to the story, as real ones mostly are
        person = f"{r.choice(FIRST)} {r.choice(LAST)}{code}"
        company = f"{r.choice(ORGS)}{code} {r.choice(KINDS)}"
        city = r.choice(CITIES)
        day = dt.date(2026, 1, 1) + dt.timedelta(days=story % 300)
        published = day + dt.timedelta(days=rng.randint(0, 6))
        body = (f"{company} said on {day.strftime('%B')} {day.day} that it would expand in "
                f"{city}, chief executive {person} told reporters. The plan will add "
                f"{rng.randint(100, 900)} jobs.\n\n{person.split()[-1]} said talks with "
                f"officials in {city} went well. Analysts expect {company} to report results "
                "next month.")
        front = f"title: {company} plans {city} expansion ({n})\npublished: {published}"
        text = f"---\n{front}\n---\n{body}\n"
        members.append(Member(f"generated-{n}.md", parse_article(text, f"generated-{n}.md")))
    return members


def main() -> int:
    print("Story grouping (pairwise over same-story pairs) and merged events")
    print(f"  {'set':10}{'articles':>9}{'pairs':>7}{'P':>7}{'R':>7}{'F1':>7}"
          f"{'events merged':>16}{'figures flagged':>17}")
    for name in ("tuning", "held-out"):
        r = evaluate(HERE / "stories" / name)
        print(f"  {name:10}{r['articles']:>9}{r['pairs']:>7}{r['precision']:>7.2f}"
              f"{r['recall']:>7.2f}{r['f1']:>7.2f}{r['merged']:>9} of {r['events']:<4}"
              f"{r['flagged']:>10} of {r['flags']}")
    print("  goals on sets written independently: F1 >= 0.90, >= 80% of shared events merged")
    members = generated(2000)
    times = []
    for _ in range(3):
        start = time.perf_counter()
        stories, alone = build_stories(group(members))
        times.append(time.perf_counter() - start)
    print(f"\nGrouping 2,000 generated articles: {statistics.median(times) * 1000:.0f} ms "
          f"(median of 3; {len(stories)} stories, {len(alone)} alone; goal < 1,000 ms)")
    paint = asyncio.run(open_story(generated(50, per_story=50)))
    print(f"Opening a story of 50 articles, painted: {paint * 1000:.0f} ms (goal < 300 ms)")
    return 0


async def open_story(members: list[Member]) -> float:
    """In process: from asking for the story screen to its first paint."""
    from reader.ui.app import ReaderApp
    from reader.ui.screens.story import StoryScreen

    (story,), _ = build_stories(group(members))
    app = ReaderApp([], stories=([], []))
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        start = time.perf_counter()
        app.push_screen(StoryScreen(story))
        await pilot.pause()
        return time.perf_counter() - start


if __name__ == "__main__":
    sys.exit(main())
