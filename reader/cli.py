"""The `newsreader` command: read in the app, or print, export and check."""

from __future__ import annotations

import functools
import gc
import os
import sys
import types
from typing import TYPE_CHECKING, NoReturn

from reader import __version__

if TYPE_CHECKING:
    import argparse

EXIT_PROBLEMS = 1
EXIT_USAGE = 2


# What `build_parser().parse_args([])` gives: the plain `newsreader` start
# skips importing and building the parser (~5 ms of a 230 ms start).
NO_ARGUMENTS = {"paths": [], "print_": False, "json": False, "check": False,
                "list_themes": False, "add": False, "remove": False, "import_": None,
                "export": False, "refresh": False, "list": False, "feeds": False,
                "stories": False, "theme": None}


def build_parser() -> argparse.ArgumentParser:
    import argparse

    class _Parser(argparse.ArgumentParser):
        def error(self, message: str) -> NoReturn:  # one line, not the usage block
            self.exit(EXIT_USAGE, f"newsreader: {message} (see newsreader --help)\n")

    parser = _Parser(
        prog="newsreader",
        description="Read news in the terminal with every person, organization, place, "
        "quantity, product and date highlighted, and a timeline of the story.",
        epilog="Without PATH, the bundled seed article opens. PATH may be a file "
        "(.md, .markdown, .txt), a folder (searched recursively), - for stdin, or an http(s) "
        "URL of a feed (or of a page announcing one) to read without subscribing.",
    )
    parser.add_argument("paths", nargs="*", metavar="PATH", help="articles or folders to open")
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--print", action="store_true", dest="print_",
                      help="print the article with highlights and its timeline, then exit")
    mode.add_argument("--json", action="store_true",
                      help="print the parsed article (entities, mentions, events) as JSON")
    mode.add_argument("--check", action="store_true",
                      help="validate articles: one line per problem, exit 1 if any")
    mode.add_argument("--list-themes", action="store_true", help="list the available themes")
    feeds = parser.add_argument_group("feeds (cached in NEWSREADER_DATA_DIR or the XDG data "
                                      "folder)")
    feed_mode = feeds.add_mutually_exclusive_group()
    feed_mode.add_argument("--add", action="store_true",
                           help="subscribe to the feed URLs given (or to the feed each page "
                           "announces)")
    feed_mode.add_argument("--remove", action="store_true", help="unsubscribe from the URLs given")
    feed_mode.add_argument("--import", dest="import_", metavar="FILE",
                           help="subscribe to every feed of an OPML file")
    feed_mode.add_argument("--export", action="store_true", help="write the subscriptions as OPML")
    feed_mode.add_argument("--refresh", action="store_true",
                           help="fetch every subscription, then print one summary line")
    feed_mode.add_argument("--list", action="store_true",
                           help="one line per feed (with --json: feeds and their articles)")
    feed_mode.add_argument("--feeds", action="store_true", help="open the feeds screen")
    parser.add_argument("--stories", action="store_true",
                        help="group the articles of PATHs (or the cached feed articles) into "
                        "stories with merged timelines; with --json, print them")
    parser.add_argument("--theme", metavar="NAME", help="colour theme to use")
    parser.add_argument("--version", action="version", version=f"newsreader {__version__}")
    return parser


def _fail(message: str) -> int:
    from reader.sanitize import clean

    print(f"newsreader: {' '.join(clean(message).split())}", file=sys.stderr)
    return EXIT_USAGE


def _stdin_bytes(paths: list[str]) -> bytes | None:
    return sys.stdin.buffer.read() if "-" in paths else None


def main(argv: list[str] | None = None) -> int:
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="replace")
    argv = sys.argv[1:] if argv is None else argv
    args = (build_parser().parse_args(argv) if argv
            else types.SimpleNamespace(**{**NO_ARGUMENTS, "paths": []}))
    _loaded_themes.cache_clear()  # once per run, even when main() is called again
    try:
        return _run(args)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader of our output went away (`newsreader --print | head`).
        sys.stderr.close()
        return 0


def _run(args: argparse.Namespace) -> int:
    from reader.problems import ArticleError

    if args.list_themes:
        return _list_themes()
    if args.stories:
        return _stories(args)
    feed_command = _feed_command(args)
    if feed_command is not None:
        return feed_command
    if args.theme and args.theme not in _themes(report=False):
        return _fail(f"unknown theme {args.theme!r} (newsreader --list-themes lists them)")
    if len(args.paths) == 1 and _is_url(args.paths[0]) and not (
            args.print_ or args.json or args.check):
        return _preview(args.paths[0], args.theme)
    sources = []
    if args.paths:
        from reader.sources import collect

        try:
            sources = collect(args.paths, _stdin_bytes(args.paths))
        except ArticleError as exc:
            return _fail(str(exc))
    if args.check:
        if not sources:
            return _fail("--check needs at least one PATH")
        return _check(sources)
    if args.print_ or args.json:
        if len(sources) > 1:
            return _fail(f"--{'print' if args.print_ else 'json'} takes one article, "
                         f"{len(sources)} were given")
        return _export(sources[0] if sources else None, as_json=args.json, theme=args.theme)
    return _launch(sources, args.theme)


def _feed_command(args: argparse.Namespace) -> int | None:
    """Run a feed option, or None when none was given."""
    wanted = [name for name in ("add", "remove", "import_", "export", "refresh", "list",
                                "feeds") if getattr(args, name)]
    if not wanted:
        return None
    option = "--" + wanted[0].rstrip("_")
    if (args.print_ or args.check) or (args.json and option != "--list"):
        return _fail(f"{option} cannot be combined with --print, --json or --check")
    if option in ("--add", "--remove") and not args.paths:
        return _fail(f"{option} needs at least one URL")
    if option not in ("--add", "--remove") and args.paths:
        return _fail(f"{option} takes no PATH or URL ({args.paths[0]!r} was given)")
    from reader.feeds import commands
    from reader.store.db import StoreError

    try:
        store = commands.open_store(_warn)
    except StoreError as exc:
        return _fail(str(exc))
    import sqlite3

    try:
        if option == "--feeds":
            return _launch([], args.theme, store=store)
        return commands.run(option, store, args.paths, args.import_, args.json)
    except StoreError as exc:
        return _fail(str(exc))
    except sqlite3.Error as exc:  # e.g. another process held the cache too long
        return _fail(f"the feed cache could not be used ({exc}); try again")
    finally:
        store.close()


def _stories(args: argparse.Namespace) -> int:
    from reader.problems import ArticleError
    from reader.stories import commands

    if args.print_ or args.check or args.list_themes:
        return _fail("--stories goes with --json or alone")
    if any(_is_url(p) or p == "-" for p in args.paths):
        return _fail("--stories takes files and folders (or nothing, for the cached articles)")
    store = None
    try:
        if args.paths:
            members = commands.members_from_paths(args.paths, _warn)
        else:
            from reader.feeds.commands import open_store

            store = open_store(_warn)
            members = commands.members_from_cache(store)
    except ArticleError as exc:
        return _fail(str(exc))
    stories, alone = commands.stories_of(members)
    if args.json:
        if store is not None:
            store.close()
        sys.stdout.write(commands.to_json(stories, alone) + "\n")
        return 0
    if not stories:
        return _fail(f"no story: none of the {len(members)} articles share one with another")
    app = _run_app([], theme_name=args.theme, feed_store=store, stories=(stories, alone))
    if store is not None:
        store.close()
    return app.return_code or 0


def _is_url(arg: str) -> bool:
    return arg.lower().startswith(("http://", "https://"))


def _load(source, defer: bool = False):  # noqa: ANN001, ANN202 - Source | None
    """The article; with `defer` (the app), automatic extraction may come later."""
    from reader.locations import seed_article
    from reader.quickstart import load_article_cached

    if source is None:
        return load_article_cached(seed_article())
    if source.path is not None and source.path.is_file():
        return load_article_cached(source.path, defer=defer)
    from reader.library import load_source

    return load_source(source)


def _export(source, as_json: bool, theme: str | None) -> int:  # noqa: ANN001
    from reader.export import plain_text, styled_text, to_json
    from reader.problems import ArticleError

    try:
        article = _load(source)
    except ArticleError as exc:
        return _fail(str(exc))
    for warning in article.warnings:
        _warn(warning)
    if as_json:
        sys.stdout.write(to_json(article) + "\n")
    elif sys.stdout.isatty():
        from rich.console import Console

        from reader.themes import pick

        spec = pick(_themes(report=True), theme)
        console = Console(highlight=False, no_color=bool(os.environ.get("NO_COLOR")))
        for line in styled_text(article, spec.rich_styles()):
            console.print(line)
    else:
        sys.stdout.write(plain_text(article))
    return 0


def _check(sources) -> int:  # noqa: ANN001
    from reader.library import load_source
    from reader.problems import ArticleError
    from reader.sanitize import clean

    failed = False
    for source in sources:
        try:
            article = load_source(source)
        except ArticleError as exc:
            failed = True
            for problem in exc.problems:
                print(problem)
            continue
        for warning in article.warnings:
            failed = True  # opened despite it, but a fault all the same
            print(f"{clean(warning)} (warning)")
        print(f"{clean(source.name)}: ok ({len(article.entities)} entities, "
              f"{len(article.mentions)} mentions, {len(article.events)} events)")
    return EXIT_PROBLEMS if failed else 0


def _warn(message: str) -> None:
    from reader.sanitize import clean

    print(f"newsreader: warning: {' '.join(clean(message).split())}", file=sys.stderr)


@functools.cache
def _loaded_themes() -> tuple[dict, list[str]]:
    from reader.quickstart import load_themes_cached

    return load_themes_cached()


def _themes(report: bool) -> dict:
    """The themes, read once per run; `report` warns of broken ones (the app
    shows those itself)."""
    themes, problems = _loaded_themes()
    for problem in problems if report else ():
        _warn(problem)
    return themes


def _list_themes() -> int:
    for spec in _themes(report=True).values():
        print(f"{spec.name}\t{'dark' if spec.dark else 'light'}\t{spec.origin}")
    return 0


def _preview(url: str, theme: str | None) -> int:
    """An article page opens as an article; a feed (or a page that mostly
    points to one) is read without subscribing, from a cache held in memory."""
    from reader.feeds.commands import preview_store
    from reader.problems import ArticleError
    from reader.web.fetch import open_url

    try:
        kind, found = open_url(url)
    except ArticleError as exc:
        return _fail(str(exc))
    if kind == "article":
        return _launch([], theme, articles=[found])
    return _launch([], theme, store=preview_store(*found), preview=True)


def _launch(sources, theme: str | None, store=None, preview: bool = False,  # noqa: ANN001
            articles: list | None = None) -> int:
    from reader.problems import ArticleError
    from reader.sanitize import clean

    articles, problems = list(articles or []), []
    if not sources and store is None and not articles:
        sources = [None]
    for source in sources:
        try:
            articles.append(_load(source, defer=True))
        except ArticleError as exc:
            if len(sources) == 1:
                return _fail(str(exc))
            problems.append(clean(str(exc)))
    if not articles and store is None:
        return _fail(f"none of the {len(sources)} articles could be read: {problems[0]}")
    if not os.isatty(0):
        # The article came through a pipe (`cat story.txt | newsreader -`):
        # keys must come from the terminal itself.
        try:
            terminal = os.open("/dev/tty", os.O_RDONLY)
        except OSError:
            return _fail("no terminal to read keys from; use --print or --json with a pipe")
        os.dup2(terminal, 0)
        os.close(terminal)
    app = _run_app(articles, theme_name=theme, problems=problems,
                   themes=_loaded_themes() if theme else None, feed_store=store,
                   preview=preview)
    return app.return_code or 0


def _run_app(articles: list, **options):  # noqa: ANN003, ANN202 - ReaderApp's own options
    """The app, built and run until it quits."""
    # Start-up builds a few hundred thousand long-lived objects and almost no
    # garbage, yet the cyclic collector would walk them a dozen times before
    # the first screen: it runs again once the screen is up (ReaderApp).
    gc.disable()
    # Frames go out from Textual's writer thread, which waits for the main
    # thread to yield the interpreter: 5 ms by default, a visible lag.
    sys.setswitchinterval(0.001)
    try:
        from reader.ui.app import ReaderApp

        app = ReaderApp(articles, **options)
        app.run()
    finally:
        gc.enable()
    return app
