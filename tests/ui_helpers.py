"""Shared bits for the app tests."""

from __future__ import annotations

from reader.loading import load_article
from reader.ui.app import ReaderApp
from reader.ui.widgets.article_view import ArticleView

from .conftest import SEED


def seed_app(**kwargs) -> ReaderApp:
    return ReaderApp([load_article(SEED)], **kwargs)


def screen_text(view: ArticleView) -> str:
    """The article lines currently on screen, as plain text."""
    height = view.scrollable_content_region.height
    return "\n".join(view.render_line(y).text for y in range(height))


def painted_text(widget) -> str:  # noqa: ANN001 - any widget
    return "\n".join(widget.render_line(y).text for y in range(widget.size.height))


def styles_of(view: ArticleView, word: str) -> list:
    """Rich styles of the segments of the first body line on screen showing `word`."""
    first = max(0, view.layout_lines.body_first - int(view.scroll_y))
    for y in range(first, view.scrollable_content_region.height):
        strip = view.render_line(y)
        if word in strip.text:
            return [seg.style for seg in strip if seg.text.strip() and seg.text in word]
    raise AssertionError(f"{word!r} is not on screen")
