"""Lists computed from data packages, kept in the cache folder: reading a
package's data can cost a third of a second, the saved list a few
milliseconds. A list is kept per version of the packages it was read from and
of the modules whose rules chose its names."""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path

Lists = dict[str, list[str]]


def cached(name: str, build: Callable[[], Lists], keys: tuple[str, ...],
           modules: tuple[str, ...], packages: tuple[str, ...]) -> Lists:
    """The lists `build` makes (one per key), read back from the cache folder
    when a good copy is there; a copy of another shape is made again."""
    from reader.locations import cache_dir

    path = cache_dir() / f"{name}-{_key(modules, packages)}.json"
    try:
        saved = json.loads(path.read_text(encoding="utf-8"))
        if isinstance(saved, dict) and all(isinstance(saved.get(k), list) for k in keys):
            return saved
    except (OSError, ValueError):
        pass
    lists = build()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_text(json.dumps(lists), encoding="utf-8")
        os.replace(tmp, path)
        for old in path.parent.glob(f"{name}-*.json"):  # those of earlier versions
            if old != path:
                old.unlink(missing_ok=True)
    except OSError:
        pass  # a read-only cache folder: computed again next time
    return lists


def _key(modules: tuple[str, ...], packages: tuple[str, ...]) -> str:
    import hashlib
    from importlib.util import find_spec

    digest = hashlib.sha256()
    for module in modules:
        digest.update(Path(module).read_bytes())
    for package in packages:  # installed where, and when
        spec = find_spec(package)
        if spec is not None and spec.origin:
            stat = os.stat(spec.origin)
            digest.update(f"{spec.origin}:{stat.st_size}:{stat.st_mtime_ns}".encode())
    return digest.hexdigest()[:16]
