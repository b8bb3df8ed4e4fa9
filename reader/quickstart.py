"""Start faster by not parsing twice what has not changed.

The parsed seed article (or any article opened from a file) and the parsed
themes are kept as JSON in the cache folder, keyed by content or by size
and modification time: a second start reads them back without importing
the YAML parser or running validation and matching again. Anything
unreadable in the cache is simply rebuilt; writes are best effort.
"""

from __future__ import annotations

import json
import os
import zlib
from pathlib import Path

from reader import codec
from reader.article import Article
from reader.locations import cache_dir

MAX_CACHED_BYTES = 2 * 1024 * 1024  # bigger articles are parsed each time


def _write(path: Path, text: str) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        tmp.write_text(text, encoding="utf-8")
        os.replace(tmp, path)
    except OSError:
        pass  # a cache that cannot be written only costs time


def _cache_file(data: bytes, path: Path) -> Path:
    # Not a secure hash: a cache of the user's own files needs only to tell
    # versions apart, and zlib is loaded already where hashlib is not (~4 ms).
    tag = codec.VERSION.encode() + path.suffix.encode()
    key = f"{zlib.crc32(data):08x}{zlib.adler32(data):08x}{len(data):x}{zlib.crc32(tag):08x}"
    return cache_dir() / "articles" / f"{key}.json"


def remember(path: Path, article: Article) -> None:
    """Keep an article whose extraction finished after it was shown."""
    try:
        data = path.read_bytes()
    except OSError:
        return
    if len(data) <= MAX_CACHED_BYTES and not article.deferred:
        _write(_cache_file(data, path), codec.dumps(article))


def load_article_cached(path: Path, defer: bool = False) -> Article:
    """`load_article(path)`, from the cache when the file is unchanged. With
    `defer`, an article not cached yet comes without its automatic extraction
    (`reader.extract.complete` adds it; `remember` keeps the result)."""
    try:
        data = path.read_bytes() if path.stat().st_size <= MAX_CACHED_BYTES else None
    except OSError:
        data = None
    if data is None:
        return _parse(path, defer)
    cached = _cache_file(data, path)
    try:
        article = codec.loads(cached.read_text(encoding="utf-8"), path=path)
    except (OSError, UnicodeDecodeError):
        article = None
    if article is not None:
        return article
    article = _parse(path, defer)
    if not article.deferred:
        _write(cached, codec.dumps(article))
    return article


def _parse(path: Path, defer: bool = False) -> Article:
    from reader.loading import load_article  # the YAML parser comes with it

    return load_article(path, defer=defer)


def _stamp(files: list[Path]) -> list[list]:
    out = []
    for path in files:
        try:
            st = path.stat()
            out.append([str(path), st.st_mtime_ns, st.st_size])
        except OSError:
            out.append([str(path), 0, -1])
    return out


def load_themes_cached(user_dir: Path | None = None):  # noqa: ANN201 - as load_themes
    """`themes.load_themes()`, from the cache while no theme file has changed."""
    from reader import themes

    files = themes.theme_files(user_dir)
    stamp = _stamp(files)
    cached = cache_dir() / "themes.json"
    try:
        data = json.loads(cached.read_text(encoding="utf-8"))
        if data.get("v") == codec.VERSION and data.get("stamp") == stamp:
            return ({d["name"]: themes.spec_from_dict(d) for d in data["specs"]},
                    list(data["problems"]))
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        pass
    specs, problems = themes.load_themes(user_dir)
    _write(cached, json.dumps({"v": codec.VERSION, "stamp": stamp, "problems": problems,
                               "specs": [themes.spec_to_dict(s) for s in specs.values()]}))
    return specs, problems
