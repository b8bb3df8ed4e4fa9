"""Load a `Source` into an `Article`."""

from __future__ import annotations

from reader.article import Article
from reader.loading import decode, load_article, parse_article
from reader.sources import Source


def load_source(source: Source) -> Article:
    """The article, or ArticleError naming the source: never anything else, so one
    bad file never stops the others."""
    from reader.problems import ArticleError, Problem

    try:
        return _load(source)
    except ArticleError:
        raise
    except (Exception, RecursionError) as exc:  # noqa: BLE001 - a fault in one file is that file's
        raise ArticleError([Problem(source.name, f"cannot be read ({type(exc).__name__})")]) \
            from None


def _load(source: Source) -> Article:
    if source.url:
        from reader.web.fetch import fetch_article

        return fetch_article(source.url)
    if source.path is not None:
        return load_article(source.path)
    text, warnings = decode(source.text or b"", source.name)
    return parse_article(text, source.name, warnings=warnings)
