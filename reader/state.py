"""What the reader remembers between runs: the theme and reading positions.

The file is small JSON, written atomically (temp file, then rename). A
corrupt file is moved aside and an unwritable folder only costs a warning:
remembering is never worth stopping the reader for.
"""

from __future__ import annotations

import json
import os
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from reader.article import Article

MAX_POSITIONS = 500
MAX_STATE_BYTES = 1024 * 1024


@dataclass
class State:
    theme: str | None = None
    positions: dict[str, int] = field(default_factory=dict)
    read: dict[str, bool] = field(default_factory=dict)  # keys of articles opened, oldest first
    stories: dict[str, dict] = field(default_factory=dict)  # story key -> what was seen

    def position(self, article: Article) -> int:
        return self.positions.get(article.key, 0)

    def is_read(self, article: Article) -> bool:
        return article.key in self.read

    def remember(self, article: Article, offset: int) -> None:
        key = article.key
        self.positions.pop(key, None)
        if offset > 0:
            self.positions[key] = offset  # most recent last
        while len(self.positions) > MAX_POSITIONS:
            self.positions.pop(next(iter(self.positions)))
        self.mark_read(article)

    def saw_story(self, key: str, articles: list[str], events: list[str]) -> None:
        self.stories.pop(key, None)
        self.stories[key] = {"articles": articles[:1000], "events": events[:2000]}
        while len(self.stories) > MAX_POSITIONS:
            self.stories.pop(next(iter(self.stories)))

    def mark_read(self, article: Article) -> None:
        key = article.key
        self.read.pop(key, None)
        self.read[key] = True
        while len(self.read) > MAX_POSITIONS * 4:
            self.read.pop(next(iter(self.read)))


class StateStore:
    def __init__(self, path: Path) -> None:
        self.path = path

    def load(self) -> tuple[State, list[str]]:
        """The remembered state, and warnings about anything set aside."""
        try:
            if self.path.stat().st_size > MAX_STATE_BYTES:
                raise ValueError("larger than 1 MB")
            data = json.loads(self.path.read_text(encoding="utf-8"))
            return _parse(data), []
        except FileNotFoundError:
            return State(), []
        except (OSError, UnicodeDecodeError) as exc:
            return State(), [f"{self.path}: cannot read the saved state ({_reason(exc)}); "
                             "starting afresh"]
        except ValueError as exc:
            aside = self.path.with_name(f"{self.path.name}.corrupt-{int(time.time())}")
            try:
                os.replace(self.path, aside)
                where = f"moved to {aside.name}"
            except OSError:
                where = "left as it is"
            return State(), [f"{self.path}: saved state is corrupt ({_reason(exc)}); {where}"]

    def save(self, state: State) -> str | None:
        """Write atomically; return a warning instead of raising."""
        data = {"version": 1, "theme": state.theme, "positions": state.positions,
                "read": list(state.read), "stories": state.stories}
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=self.path.parent, prefix=".state-", suffix=".tmp")
            try:
                with os.fdopen(fd, "w", encoding="utf-8") as fh:
                    json.dump(data, fh)
                    fh.flush()
                    os.fsync(fh.fileno())
                os.replace(tmp, self.path)
            except BaseException:
                os.unlink(tmp)
                raise
        except OSError as exc:
            return f"{self.path}: cannot save the reading state ({_reason(exc)})"
        return None


def _reason(exc: Exception) -> str:
    return getattr(exc, "strerror", None) or str(exc) or type(exc).__name__


def _parse(data: object) -> State:
    if not isinstance(data, dict):
        raise ValueError("not a JSON object")
    theme = data.get("theme")
    positions = data.get("positions", {})
    read = data.get("read", [])
    if not isinstance(read, list) or not all(isinstance(k, str) for k in read):
        raise ValueError("read marks are not a list of keys")
    if theme is not None and not isinstance(theme, str):
        raise ValueError("theme is not text")
    if not isinstance(positions, dict) or not all(
        isinstance(k, str) and isinstance(v, int) and v >= 0 for k, v in positions.items()
    ):
        raise ValueError("positions are not offsets")
    stories = data.get("stories", {})
    if not isinstance(stories, dict) or not all(
            isinstance(v, dict) and all(isinstance(x, list) for x in v.values())
            for v in stories.values()):
        raise ValueError("stories are not lists of what was seen")
    return State(theme, dict(positions), dict.fromkeys(read, True), dict(stories))
