"""Feed refresh beside newsboat, and the cache at 10,000 articles.

200 feeds of 30 items each are served from a loopback server in its own
process (with ETag and Last-Modified, so a second refresh is all 304s).
`newsreader --refresh` and `newsboat -x reload` each refresh them cold
(empty cache) and warm, in the same run, against the same server; wall
time and peak memory come from the child's resource usage. Then, in
process: the feeds screen opened over a cache of 10,000 articles, and
full-text searches over it. newsboat is skipped, with a note, when it is
not installed (Debian package `newsboat`).

    python bench/feeds.py            # the full run
    python bench/feeds.py --quick    # 20 feeds, one run each: does it work?
"""

from __future__ import annotations

import argparse
import asyncio
import email.utils
import hashlib
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

WORDS = ("minister said on Monday that the company will invest in the port of the city "
         "after talks with officials in the capital where prices rose by percent").split()


def item_html(feed: int, item: int) -> str:
    words = [WORDS[(feed * 7 + item * 3 + n) % len(WORDS)] for n in range(120)]
    return ("<p>Maria Okonkwo, chief executive of Fenwick Logistics, said on Tuesday that "
            f"{' '.join(words[:60])}.</p><p>{' '.join(words[60:])} <a href='/more/{item}'>"
            "more</a>.</p>")


def feed_xml(feed: int, items: int) -> bytes:
    from xml.sax.saxutils import escape

    out = [f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
           f"<title>Feed {feed}</title><link>http://127.0.0.1/{feed}/</link>"]
    for n in range(items):
        day = 1 + n % 28
        out.append(f"<item><guid>feed{feed}-item{n}</guid><title>Story {n} of feed {feed}</title>"
                   f"<link>http://127.0.0.1/{feed}/{n}</link>"
                   f"<pubDate>Mon, {day:02d} Nov 2026 10:00:00 GMT</pubDate>"
                   f"<description>{escape(item_html(feed, n))}</description></item>")
    out.append("</channel></rss>")
    return "".join(out).encode()


def serve(folder: str, port_file: str) -> None:
    """The loopback server (run in its own process): files with validators."""
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    stamp = email.utils.formatdate(time.time() - 3600, usegmt=True)
    cache: dict[str, tuple[bytes, str]] = {}
    for path in Path(folder).glob("*.xml"):
        body = path.read_bytes()
        cache["/" + path.name] = (body, '"' + hashlib.sha1(body).hexdigest()[:16] + '"')

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args) -> None:  # noqa: ANN002
            pass

        def do_GET(self) -> None:  # noqa: N802
            body, tag = cache.get(self.path, (b"", ""))
            if not tag:
                self.send_response(404)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            if self.headers.get("If-None-Match") == tag or \
                    self.headers.get("If-Modified-Since") == stamp:
                self.send_response(304)
                self.send_header("ETag", tag)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            self.send_response(200)
            self.send_header("Content-Type", "application/rss+xml")
            self.send_header("ETag", tag)
            self.send_header("Last-Modified", stamp)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    httpd.request_queue_size = 256
    Path(port_file).write_text(str(httpd.server_address[1]))
    httpd.serve_forever()


def timed(argv: list[str], env: dict[str, str]) -> tuple[float, float, str]:
    """Wall seconds, peak RSS in MB, and the last line of output."""
    start = time.perf_counter()
    proc = subprocess.Popen(argv, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                            stdin=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    out = proc.stdout.read().decode(errors="replace").strip().splitlines() if proc.stdout else []
    if os.waitstatus_to_exitcode(status) not in (0,):
        raise RuntimeError(f"{argv[0]} failed: {out[-3:]}")
    return elapsed, usage.ru_maxrss / 1024, out[-1] if out else ""


def newsreader_runs(urls: list[str], work: Path, runs: int) -> dict[str, list]:
    exe = str(Path(sys.executable).with_name("newsreader"))
    results: dict[str, list] = {"cold": [], "warm": []}
    for n in range(runs):
        data = work / f"nr-{n}"
        env = {**os.environ, "NEWSREADER_DATA_DIR": str(data)}
        opml = work / "subs.opml"
        subprocess.run([exe, "--import", str(opml)], env=env, check=True,
                       stdout=subprocess.DEVNULL)
        results["cold"].append(timed([exe, "--refresh"], env))
        results["warm"].append(timed([exe, "--refresh"], env))
    return results


def newsboat_runs(urls: list[str], work: Path, runs: int, threads: int | None) -> dict[str, list]:
    results: dict[str, list] = {"cold": [], "warm": []}
    for n in range(runs):
        home = work / f"nb-{threads}-{n}"
        home.mkdir()
        (home / "urls").write_text("\n".join(urls) + "\n")
        config = home / "config"
        config.write_text(f"reload-threads {threads}\n" if threads else "")
        env = {**os.environ, "HOME": str(home)}
        argv = ["newsboat", "-u", str(home / "urls"), "-c", str(home / "cache.db"),
                "-C", str(config), "-x", "reload"]
        results["cold"].append(timed(argv, env))
        results["warm"].append(timed(argv, env))
    return results


def median(rows: list[tuple[float, float, str]]) -> tuple[float, float]:
    return (statistics.median(r[0] for r in rows), max(r[1] for r in rows))


async def cache_at_scale(feeds: int, items: int, searches: list[str]) -> dict[str, float]:
    """Open the feeds screen and search over a cache of feeds x items articles."""
    from reader.feeds.parse import FeedItem
    from reader.store.db import Store
    from reader.ui.app import ReaderApp
    from reader.ui.screens.feeds import FeedsScreen
    from reader.ui.screens.items import ItemsScreen

    folder = Path(tempfile.mkdtemp(prefix="nr-cache-"))
    store = Store(folder / "newsreader.db")
    for f in range(feeds):
        store.add_feed(f"http://127.0.0.1/{f}.xml", f"Feed {f}")
        batch = [FeedItem(f"{f}-{n}", f"Story {n} of feed {f}", f"http://127.0.0.1/{f}/{n}",
                          "", f"2026-11-{1 + n % 28:02d}T10:00:00Z", item_html(f, n))
                 for n in range(items)]
        store.record_success(f + 1, title=f"Feed {f}", site="", etag="", last_modified="",
                             items=batch)
    store.close()
    out: dict[str, float] = {}
    store = Store(folder / "newsreader.db")
    app = ReaderApp([], feed_store=store)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        # Opening it again, timed: back to nothing, then the screen painted.
        app.pop_screen()
        await pilot.pause()
        start = time.perf_counter()
        app.push_screen(FeedsScreen())
        await pilot.pause()
        out["feeds screen"] = time.perf_counter() - start
        start = time.perf_counter()
        app.push_screen(ItemsScreen(None))
        await pilot.pause()
        out["all articles list"] = time.perf_counter() - start
    times = []
    for word in searches:
        start = time.perf_counter()
        store.search(word)
        times.append(time.perf_counter() - start)
    out["search (median)"] = statistics.median(times)
    out["search (worst)"] = max(times)
    store.close()
    shutil.rmtree(folder, ignore_errors=True)
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="20 feeds, one run each")
    parser.add_argument("--serve", nargs=2, metavar=("FOLDER", "PORTFILE"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve:
        serve(*args.serve)
        return 0
    feeds, items, runs = (20, 30, 1) if args.quick else (200, 30, 3)
    work = Path(tempfile.mkdtemp(prefix="nr-feeds-bench-"))
    site = work / "site"
    site.mkdir()
    for f in range(feeds):
        (site / f"{f}.xml").write_bytes(feed_xml(f, items))
    port_file = work / "port"
    server = subprocess.Popen([sys.executable, __file__, "--serve", str(site), str(port_file)])
    try:
        while not port_file.exists() or not port_file.read_text():
            time.sleep(0.05)
        base = f"http://127.0.0.1:{port_file.read_text()}"
        urls = [f"{base}/{f}.xml" for f in range(feeds)]
        from reader.feeds.subscriptions import export_opml
        from reader.store.db import Feed

        (work / "subs.opml").write_text(export_opml([Feed(n, u, "") for n, u in enumerate(urls)]))
        size = sum(p.stat().st_size for p in site.glob("*.xml")) / 1e6
        print(f"Feed refresh: {feeds} feeds x {items} items ({size:.1f} MB) from a loopback "
              f"server, median of {runs}, same run")
        print(f"  {'':34}{'cold':>10}{'warm (304)':>12}{'peak RSS':>10}")
        rows = [("newsreader --refresh", newsreader_runs(urls, work, runs))]
        if shutil.which("newsboat"):
            rows.append(("newsboat -x reload (default)", newsboat_runs(urls, work, runs, None)))
            rows.append(("newsboat, reload-threads 16", newsboat_runs(urls, work, runs, 16)))
        else:
            print("  newsboat is not installed (apt-get install newsboat): not compared")
        summary = {}
        for name, result in rows:
            cold, cold_rss = median(result["cold"])
            warm, warm_rss = median(result["warm"])
            summary[name] = (cold, warm)
            print(f"  {name:34}{cold * 1000:>8.0f} ms{warm * 1000:>9.0f} ms"
                  f"{max(cold_rss, warm_rss):>7.0f} MB")
        print(f"  last line from newsreader: {rows[0][1]['cold'][-1][2]}")
        if len(rows) > 1:
            ours = summary.pop("newsreader --refresh")
            # Against newsboat at its fastest setting for each column.
            cold = min(t[0] for t in summary.values())
            warm = min(t[1] for t in summary.values())
            print(f"  newsreader / fastest newsboat: cold {ours[0] / cold:.2f}x, "
                  f"warm {ours[1] / warm:.2f}x (goal: at most 0.5x)")
    finally:
        server.kill()
        server.wait()
        shutil.rmtree(work, ignore_errors=True)
    scale = (10, 100) if args.quick else (100, 100)
    words = ["okonkwo", "fenwick", "minister", "port capital", "story 7", "nothing-matches"]
    got = asyncio.run(cache_at_scale(*scale, words))
    print(f"\nThe cache at {scale[0] * scale[1]:,} articles (in process)")
    for name, seconds in got.items():
        print(f"  {name:34}{seconds * 1000:>8.1f} ms")
    print("  goals: feeds screen < 300 ms, search < 50 ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
