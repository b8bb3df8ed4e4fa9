"""Measurements made inside one process per article size, printed as JSON."""

from __future__ import annotations

import asyncio
import json
import resource
import statistics
import sys
import time
from pathlib import Path

KEYS = {
    "j": ["j"],
    "PageDown": ["pagedown"],
    "G / g": ["G", "g"],
    "next mention": ["n"],
    "next event": ["right_square_bracket", "left_square_bracket"],  # so every press moves
    "search (type)": None,  # typing one more letter into the search box
    "(no-op key)": ["x"],  # harness overhead: a key nothing is bound to
}
REPEAT = 40


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


async def press_timed(app, pilot, key: str) -> float:
    """From the key arriving to the screen painted: the key goes through the
    app's own queue and bindings, every message it causes is handled, then
    the compositor paints as the next screen refresh would."""
    from textual import events

    char = key if len(key) == 1 else None
    start = time.perf_counter()
    app._driver.send_message(events.Key(key, char))
    await pilot._wait_for_screen()
    await pilot._wait_for_screen()  # messages posted by the handlers themselves
    app.screen._on_timer_update()
    return (time.perf_counter() - start) * 1000


def percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(pct / 100 * (len(ordered) - 1))))]


def watch_first_paint() -> list[float]:
    """A list that gets the time the article view first draws a laid-out line."""
    from reader.ui.widgets.article_view import ArticleView

    first_paint: list[float] = []
    draw = ArticleView._render_index

    def timed_draw(view, index, width):  # noqa: ANN001, ANN202
        if not first_paint and view.layout_lines.width:
            first_paint.append(time.perf_counter())
        return draw(view, index, width)

    ArticleView._render_index = timed_draw  # type: ignore[method-assign]
    return first_paint


async def measure_reader(path: Path) -> dict:
    from reader.layout import Layout
    from reader.loading import load_article
    from reader.ui.app import ReaderApp
    from reader.ui.widgets.article_view import ArticleView

    first_paint = watch_first_paint()
    t1 = time.perf_counter()  # imports are start-up's business, not the article's
    article = load_article(path)
    app = ReaderApp([article])
    result: dict = {"bytes": path.stat().st_size, "mentions": len(article.mentions)}
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        view = app.screen.query_one(ArticleView)
        app.screen._on_timer_update()
        assert view.virtual_size.height > 40 or len(article.text) < 5000
        result["ready_s"] = first_paint[0] - t1
        result["all_panes_s"] = time.perf_counter() - t1
        app.screen.selected_entity = article.entities[0].id
        latencies: dict[str, list[float]] = {}
        for name, keys in KEYS.items():
            times = latencies.setdefault(name, [])
            if keys is None:
                await pilot.press("slash")
                for i in range(REPEAT):
                    times.append(await press_timed(app, pilot, "abcdefghij"[i % 10]))
                    if i % 10 == 9:
                        await pilot.press(*["backspace"] * 10)
                await pilot.press("escape")
                continue
            for i in range(REPEAT):
                times.append(await press_timed(app, pilot, keys[i % len(keys)]))
        t0 = time.perf_counter()  # the core alone, as it runs a second time
        Layout(load_article(path), 88)
        result["core_s"] = time.perf_counter() - t0
        result["keys"] = {k: {"median_ms": statistics.median(v), "p95_ms": percentile(v, 95)}
                          for k, v in latencies.items()}
    result["rss_mb"] = peak_rss_mb()
    return result


async def measure_unannotated(path: Path) -> dict:
    """The same text without annotations: first screen (text only), then every
    name and date found in the background and drawn."""
    import os
    import shutil
    import tempfile

    # The first open of this article (no cached copy of it) by a reader that
    # has run before: the place names read from the data packages are kept in
    # the cache folder once per install (0.35 s, the first time only).
    cache = Path(tempfile.gettempdir()) / "newsreader-bench-cache"
    shutil.rmtree(cache / "articles", ignore_errors=True)
    os.environ["NEWSREADER_CACHE_DIR"] = str(cache)
    import subprocess

    from reader.quickstart import load_article_cached
    from reader.ui.app import ReaderApp

    # A reader that has run before has the place and company names on disk (written
    # by another process now, if the rules or the data packages changed since the last run).
    subprocess.run([sys.executable, "-c", "from reader.extract.places import place_names; "
                    "from reader.extract.companies import company_names; "
                    "place_names(); company_names()"], check=True)
    body = path.read_text(encoding="utf-8").split("\n---\n", 1)[-1]
    plain = path.with_name(path.stem + "-unannotated.md")
    plain.write_text(f"---\ntitle: Unannotated\npublished: 2025-11-25\n---\n{body}",
                     encoding="utf-8")
    first_paint = watch_first_paint()
    t1 = time.perf_counter()
    article = load_article_cached(plain, defer=True)
    app = ReaderApp([article])
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        app.screen._on_timer_update()
        done = time.perf_counter() - t1
        mentions = len(app.screen.article.mentions)
    return {"ready_s": first_paint[0] - t1, "done_s": done, "mentions": mentions,
            "rss_mb": peak_rss_mb()}


async def measure_markdown(path: Path) -> dict:
    """Textual's own Markdown widget on the same text."""
    t0 = time.perf_counter()
    from textual.app import App
    from textual.widgets import Markdown

    text = path.read_text(encoding="utf-8").split("\n---\n", 1)[-1]
    done = asyncio.Event()

    class MarkdownApp(App[None]):
        def compose(self):
            yield Markdown(id="md")

        async def on_mount(self) -> None:
            await self.query_one(Markdown).update(text)
            done.set()

    app = MarkdownApp()
    async with app.run_test(size=(120, 40)) as pilot:
        await done.wait()
        await pilot.pause()
        app.screen._on_timer_update()
        ready = time.perf_counter() - t0
    return {"ready_s": ready, "rss_mb": peak_rss_mb()}


if __name__ == "__main__":
    kind, target = sys.argv[1], Path(sys.argv[2])
    job = {"reader": measure_reader, "markdown": measure_markdown,
           "unannotated": measure_unannotated}[kind]
    print(json.dumps(asyncio.run(job(target))))
