"""The `newsreader` command: read in the app, or print, export and check."""

from __future__ import annotations

import argparse
import functools
import os
import sys
from typing import NoReturn

from reader import __version__

EXIT_PROBLEMS = 1
EXIT_USAGE = 2


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:  # one line, not the usage block
        self.exit(EXIT_USAGE, f"newsreader: {message} (see newsreader --help)\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="newsreader",
        description="Read news in the terminal with every person, organization, place, "
        "quantity, product and date highlighted, and a timeline of the story.",
        epilog="Without PATH, the bundled seed article opens. PATH may be a file "
        "(.md, .markdown, .txt), a folder (searched recursively) or - for stdin.",
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
    args = build_parser().parse_args(argv)
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
    from reader.loading import ArticleError
    from reader.sources import collect

    if args.list_themes:
        return _list_themes()
    if args.theme and args.theme not in _themes(report=False):
        return _fail(f"unknown theme {args.theme!r} (newsreader --list-themes lists them)")
    try:
        sources = collect(args.paths, _stdin_bytes(args.paths)) if args.paths else []
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


def _load(source):  # noqa: ANN001 - Source | None
    from reader.library import load_source
    from reader.loading import load_article
    from reader.locations import seed_article

    return load_source(source) if source else load_article(seed_article())


def _export(source, as_json: bool, theme: str | None) -> int:  # noqa: ANN001
    from reader.export import plain_text, styled_text, to_json
    from reader.loading import ArticleError

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
    from reader.loading import ArticleError
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
            print(f"{clean(warning)} (warning)")
        print(f"{clean(source.name)}: ok ({len(article.entities)} entities, "
              f"{len(article.mentions)} mentions, {len(article.events)} events)")
    return EXIT_PROBLEMS if failed else 0


def _warn(message: str) -> None:
    from reader.sanitize import clean

    print(f"newsreader: warning: {' '.join(clean(message).split())}", file=sys.stderr)


@functools.cache
def _loaded_themes() -> tuple[dict, list[str]]:
    from reader.themes import load_themes

    return load_themes()


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


def _launch(sources, theme: str | None) -> int:  # noqa: ANN001
    from reader.loading import ArticleError
    from reader.sanitize import clean

    articles, problems = [], []
    if not sources:
        sources = [None]
    for source in sources:
        try:
            articles.append(_load(source))
        except ArticleError as exc:
            if len(sources) == 1:
                return _fail(str(exc))
            problems.append(clean(str(exc)))
    if not articles:
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
    from reader.ui.app import ReaderApp

    app = ReaderApp(articles, theme_name=theme, problems=problems,
                    themes=_loaded_themes() if theme else None)
    app.run()
    return app.return_code or 0
