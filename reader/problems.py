"""What goes wrong reading an article: one `Problem` per fault, naming file,
line and field, and the `ArticleError` that carries them."""

from __future__ import annotations

from dataclasses import dataclass

from reader.sanitize import clean

HTML_SUFFIXES = (".html", ".htm")
TEXT_SUFFIXES = (".md", ".markdown", ".txt", *HTML_SUFFIXES)


@dataclass(frozen=True)
class Problem:
    path: str
    message: str
    line: int | None = None
    field: str = ""

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        # A file name can hold escape sequences too.
        text = f"{where}: {self.field + ': ' if self.field else ''}{self.message}"
        return " ".join(clean(text).split())


class ArticleError(Exception):
    """An article that cannot be read; `problems` has one entry per fault."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__(str(problems[0]))
        self.problems = problems
