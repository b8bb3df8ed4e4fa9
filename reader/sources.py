"""Command-line paths -> article files: folders searched, stdin, loops avoided."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from reader.problems import TEXT_SUFFIXES, ArticleError, Problem

STDIN = "-"


@dataclass(frozen=True)
class Source:
    """One article to open: a file, or text read from stdin."""

    path: Path | None
    text: bytes | None = None
    url: str = ""  # a web page to fetch

    @property
    def name(self) -> str:
        return self.url or (str(self.path) if self.path else "<stdin>")


def walk(folder: Path) -> list[Path]:
    """Article files under a folder, in order, following links but never in a loop."""
    found: list[Path] = []
    seen: set[tuple[int, int]] = set()
    for root, dirs, files in os.walk(folder, followlinks=True):
        try:
            st = os.stat(root)
        except OSError:
            dirs[:] = []
            continue
        if (st.st_dev, st.st_ino) in seen:  # a symlink loop back to a folder seen
            dirs[:] = []
            continue
        seen.add((st.st_dev, st.st_ino))
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        found += [Path(root, f) for f in sorted(files)
                  if f.lower().endswith(TEXT_SUFFIXES) and not f.startswith(".")]
    return found


def collect(args: list[str], stdin: bytes | None = None) -> list[Source]:
    """Expand files and folders; an error names the first path that gives nothing."""
    sources: list[Source] = []
    for arg in args:
        if arg == STDIN:
            sources.append(Source(None, stdin or b""))
            continue
        if arg.lower().startswith(("http://", "https://")):
            sources.append(Source(None, url=arg))
            continue
        path = Path(arg)
        if path.is_dir():
            files = walk(path)
            if not files:
                raise ArticleError([Problem(arg, "folder holds no articles "
                                            f"({', '.join(TEXT_SUFFIXES)})")])
            sources += [Source(f) for f in files]
        elif path.exists():
            sources.append(Source(path))
        else:
            raise ArticleError([Problem(arg, "no such file or folder")])
    return sources
