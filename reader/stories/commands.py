"""`--stories`: the stories told by files and folders, or by the cached feed articles."""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path

from reader.problems import ArticleError, Problem
from reader.stories.group import Member, group
from reader.stories.merge import Story, build_stories


def members_from_paths(args: list[str], warn: Callable[[str], None]) -> list[Member]:
    """Every article under the arguments, named as given (a folder's files as
    the folder argument joined with their path inside it). Unreadable ones
    are reported and left out."""
    from reader.quickstart import load_article_cached
    from reader.sources import walk

    named: list[tuple[str, Path]] = []
    for arg in args:
        path = Path(arg)
        if path.is_dir():
            files = walk(path)
            if not files:
                raise ArticleError([Problem(arg, "folder holds no articles")])
            named += [(os.path.join(arg, os.path.relpath(f, path)), f) for f in files]
        elif path.exists():
            named.append((arg, path))
        else:
            raise ArticleError([Problem(arg, "no such file or folder")])
    members = []
    for name, path in named:
        try:
            members.append(Member(name, load_article_cached(path)))
        except ArticleError as exc:
            warn(f"{exc} (left out of the stories)")
    return members


def members_from_cache(store, progress: Callable[[int, int], None] | None = None) -> list[Member]:  # noqa: ANN001
    """Every cached feed article, named by its link (or title when it has none)."""
    from reader.feeds.articles import item_article

    items = store.items(limit=1_000_000)
    members = []
    for n, item in enumerate(items):
        try:
            members.append(Member(item.link or f"{item.feed_title}: {item.title}",
                                  item_article(store, item)))
        except ArticleError:
            continue
        if progress and n % 50 == 0:
            progress(n, len(items))
    return members


def stories_of(members: list[Member]) -> tuple[list[Story], list[Member]]:
    return build_stories(group(members))


def to_dict(stories: list[Story], alone: list[Member]) -> dict:
    return {
        "stories": [{
            "title": story.title,
            "articles": story.names,
            "ties": story.ties,
            "events": [{
                "date": event.date.iso(),
                "end": event.end.iso() if event.end else None,
                "label": event.label,
                "status": event.status,
                "sources": list(event.names),
                "disagreements": [{"what": d.what, "values": d.values}
                                  for d in event.disagreements],
            } for event in story.events],
            "entities": [{"name": e.name, "type": e.type, "mentions": e.mentions}
                         for e in story.entities],
        } for story in stories],
        "unassigned": [m.name for m in alone],
    }


def to_json(stories: list[Story], alone: list[Member]) -> str:
    return json.dumps(to_dict(stories, alone), ensure_ascii=False, indent=2)
