"""The benchmark: start-up, article sizes, key latency and memory, each
beside a Textual baseline measured in the same run. `make bench` runs it;
`--quick` (the CI smoke run) does the smallest size once."""

from __future__ import annotations

import argparse
import json
import os
import platform
import pty
import select
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from generate import write  # noqa: E402

SIZES = {"10 KB": 10_000, "100 KB": 100_000, "1 MB": 1_000_000, "5 MB": 5_000_000}
MARKDOWN_MAX_BYTES = 1_100_000  # Textual's Markdown widget is not run above about 1 MB
MARKDOWN_CAP_S = 120
TARGET_KEY_MS = 16.0
PYCACHE = str(Path(tempfile.gettempdir()) / "newsreader-bench-pycache")
BENCH_HOME = Path(tempfile.gettempdir()) / "newsreader-bench-home"
WHOLE_SCREEN = (b"Trump Announces", b"Timeline 10", b"Entities 28", b"Next event")


def first_paint(argv: list[str], *markers: bytes, timeout: float = 30) -> float:
    """Seconds from spawning `argv` on a terminal until every marker is painted."""
    start = time.perf_counter()
    pid, fd = pty.fork()
    if pid == 0:
        os.environ.update(TERM="xterm-256color", COLUMNS="120", LINES="40")
        # A new user's start (default theme, no saved state), whatever this
        # machine's own newsreader remembers; the cache is warmed before timing.
        for name in ("XDG_STATE_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
            os.environ[name] = str(BENCH_HOME / name.lower())
        for name in [n for n in os.environ if n.startswith("NEWSREADER_")]:
            del os.environ[name]
        # As installed: pip compiles a wheel's modules, so a start-up never
        # compiles source (the bench warms this cache before timing).
        os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
        os.environ["PYTHONPYCACHEPREFIX"] = PYCACHE
        os.execv(argv[0], argv)
    output, painted = b"", None
    deadline = start + timeout
    try:
        while time.perf_counter() < deadline:
            ready, _, _ = select.select([fd], [], [], 0.05)
            if ready:
                try:
                    chunk = os.read(fd, 1 << 16)
                except OSError:
                    break
                output += chunk
                if painted is None and all(marker in output for marker in markers):
                    painted = time.perf_counter() - start
                    os.write(fd, b"q")
                    break
    finally:
        os.kill(pid, 9)
        os.waitpid(pid, 0)
        os.close(fd)
    if painted is None:
        raise RuntimeError(f"{argv} never painted all of {markers!r}")
    return painted


def worker(kind: str, path: Path, timeout: float) -> dict | None:
    try:
        done = subprocess.run([sys.executable, str(HERE / "workers.py"), kind, str(path)],
                              capture_output=True, text=True, timeout=timeout, check=True)
    except subprocess.TimeoutExpired:
        return None
    return json.loads(done.stdout)


def ms(seconds: float) -> str:
    return f"{seconds * 1000:,.0f} ms"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="smallest size, one run")
    parser.add_argument("--runs", type=int, default=7, help="start-up runs (median)")
    args = parser.parse_args()
    sizes = {"10 KB": SIZES["10 KB"]} if args.quick else SIZES
    runs = 1 if args.quick else args.runs
    folder = Path(tempfile.gettempdir()) / "newsreader-bench"
    paths = write(folder, sizes)

    print(f"newsreader benchmark on {platform.machine()}, {os.cpu_count()} cores, "
          f"Python {platform.python_version()}, {platform.system()} {platform.release()}")
    print()
    python = sys.executable
    bare, ours = [], []
    first_paint([python, "-m", "reader"], *WHOLE_SCREEN)  # compiles the modules once
    for _ in range(runs):  # interleaved, so a busy moment hits both alike
        bare.append(first_paint([python, str(HERE / "bare_app.py")], b"ready"))
        # The whole screen: the title, the timeline, the entities and the keys.
        ours.append(first_paint([python, "-m", "reader"], *WHOLE_SCREEN))
    ratio = statistics.median(ours) / statistics.median(bare)
    print("Cold start to first painted screen (whole process, median of "
          f"{runs}; target <= 1.25x bare Textual)")
    print(f"  bare Textual app, one line   {ms(statistics.median(bare)):>10}")
    print(f"  newsreader, seed article     {ms(statistics.median(ours)):>10}   "
          f"{ratio:.2f}x  {'met' if ratio <= 1.25 else 'MISSED'}")
    print()

    results = {}
    for label, path in paths.items():
        ours_r = worker("reader", path, 600)
        assert ours_r is not None
        md = None
        md_note = ""
        if path.stat().st_size <= MARKDOWN_MAX_BYTES:
            md = worker("markdown", path, MARKDOWN_CAP_S)
            if md is None:
                md_note = f"> {MARKDOWN_CAP_S} s cap"
        else:
            md_note = "not run >1 MB"
        results[label] = (ours_r, md, md_note)

    print("Article ready to read (first screen of it painted), in-process")
    print(f"  {'size':<8}{'mentions':>9}{'core*':>10}{'newsreader':>12}{'all panes':>11}"
          f"{'Textual Markdown':>18}{'peak RSS':>10}{'Markdown RSS':>14}")
    for label, (r, md, note) in results.items():
        md_ready = ms(md["ready_s"]) if md else note
        md_rss = f"{md['rss_mb']:.0f} MB" if md else "-"
        print(f"  {label:<8}{r['mentions']:>9,}{ms(r['core_s']):>10}{ms(r['ready_s']):>12}"
              f"{ms(r['all_panes_s']):>11}{md_ready:>18}{r['rss_mb']:>7.0f} MB{md_rss:>14}")
    print("  * core: load + validate + match + lay out at 88 columns, no UI. The")
    print("    sidebar mounts a frame after the article and its keys: 'all panes'.")
    label = "1 MB" if "1 MB" in paths else next(iter(paths))
    plain = worker("unannotated", paths[label], 600)
    assert plain is not None
    print(f"  {label} without annotations: first screen {ms(plain['ready_s'])} (goal < 500 ms), "
          f"every name and date found and drawn {ms(plain['done_s'])} (goal < 3,000 ms; "
          f"{plain['mentions']:,} mentions)")
    print()
    print(f"Key to repaint, median / 95th percentile in ms (target: median < {TARGET_KEY_MS:.0f})")
    keys = list(next(iter(results.values()))[0]["keys"])
    print("  " + f"{'key':<16}" + "".join(f"{label:>16}" for label in results))
    missed = []
    for key in keys:
        cells = []
        for label, (r, _, _) in results.items():
            k = r["keys"][key]
            cells.append(f"{k['median_ms']:6.1f} / {k['p95_ms']:5.1f}")
            if k["median_ms"] >= TARGET_KEY_MS and not key.startswith("("):
                missed.append(f"{key} at {label}")
        print("  " + f"{key:<16}" + "".join(f"{c:>16}" for c in cells))
    print("  (no-op key) is the measuring harness alone.")
    print()
    one_mb = results.get("1 MB")
    if one_mb:
        r = one_mb[0]
        print(f"Targets at 1 MB: ready {ms(r['ready_s'])} (< 500 ms: "
              f"{'met' if r['ready_s'] < 0.5 else 'MISSED'}), peak RSS {r['rss_mb']:.0f} MB "
              f"(< 200 MB: {'met' if r['rss_mb'] < 200 else 'MISSED'})")
    print("Keys over target: " + (", ".join(missed) if missed else "none"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
