"""Web page extraction against the public article-extraction benchmark.

The 181 pages of ../shared/eval/article-extraction/ (html/<id>.html.gz, the
expected text in ground-truth.json) go through the reader's own page ->
article path (trafilatura, then the block converter); the text of the
resulting article is scored with the benchmark's metric: precision and
recall of word 4-gram shingles per page, averaged, and F1 of the two. Then
the median and 95th-percentile time per page.

    python bench/web.py
"""

from __future__ import annotations

import gzip
import json
import re
import statistics
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
DATA = HERE.parent.parent / "shared" / "eval" / "article-extraction"

from reader.problems import ArticleError  # noqa: E402
from reader.web.extract import page_article  # noqa: E402


def shingles(text: str, n: int = 4) -> set[tuple[str, ...]]:
    words = re.findall(r"\w+", text.lower())
    return {tuple(words[i:i + n]) for i in range(max(0, len(words) - n + 1))}


def main() -> int:
    if not DATA.exists():
        print(f"{DATA} is not there: nothing to measure")
        return 0
    truth = json.loads((DATA / "ground-truth.json").read_text())
    precision, recall, times, failed = [], [], [], 0
    for key, expected in truth.items():
        page = gzip.decompress((DATA / "html" / f"{key}.html.gz").read_bytes())
        start = time.perf_counter()
        try:
            text = page_article(page, key, expected.get("url", "")).text
        except ArticleError:
            text, failed = "", failed + 1
        times.append(time.perf_counter() - start)
        got, want = shingles(text), shingles(expected["articleBody"])
        precision.append(len(got & want) / len(got) if got else 0.0)
        recall.append(len(got & want) / len(want) if want else 0.0)
    p, r = statistics.mean(precision), statistics.mean(recall)
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    times.sort()
    print(f"Web page extraction: {len(truth)} pages of the article-extraction benchmark")
    print(f"  precision {p:.3f}  recall {r:.3f}  F1 {f1:.3f}   (published: trafilatura 0.958, "
          "readability.js 0.947; goal >= 0.96)")
    print(f"  per page: median {statistics.median(times) * 1000:.1f} ms, 95th percentile "
          f"{times[int(len(times) * 0.95)] * 1000:.1f} ms (goal: median < 30 ms); "
          f"{failed} pages gave no article")
    return 0


if __name__ == "__main__":
    sys.exit(main())
