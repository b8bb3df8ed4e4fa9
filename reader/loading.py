"""File -> validated `Article`, or an `ArticleError` naming file, line and field."""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from reader import document
from reader.article import Article
from reader.htmlblocks import is_web_page
from reader.problems import HTML_SUFFIXES, TEXT_SUFFIXES, ArticleError, Problem
from reader.sanitize import clean
from reader.validation import build_article

__all__ = ["TEXT_SUFFIXES", "ArticleError", "Problem", "load_article", "parse_article"]

MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_FRONT_MATTER_BYTES = 1024 * 1024
MAX_YAML_ALIASES = 100
MAX_YAML_DEPTH = 32


# --- YAML with limits and line numbers -------------------------------------


class _LinedDict(dict):
    line: int = 0
    lines: dict


# LibYAML's parser where PyYAML has it: several times faster on big front matter.
_BaseLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _Loader(_BaseLoader):  # type: ignore[misc, valid-type]
    """Safe YAML that remembers the line of every mapping key."""

    line_offset = 0

    def construct_mapping(self, node, deep=False):  # type: ignore[override]
        result = _LinedDict(super().construct_mapping(node, deep=True))
        result.line = node.start_mark.line + 1 + self.line_offset
        result.lines = {}
        for key_node, _ in node.value:
            try:
                key = self.construct_object(key_node, deep=True)
                result.lines[key] = key_node.start_mark.line + 1 + self.line_offset
            except TypeError:  # unhashable key; SafeLoader reports it
                pass
        return result


def _check_limits(text: str) -> None:
    """Refuse alias bombs and deep nesting from the event stream, before
    anything is built (so nothing is expanded and nothing recurses)."""
    aliases = depth = 0
    for event in yaml.parse(text, Loader=_BaseLoader):
        if isinstance(event, yaml.AliasEvent):
            aliases += 1
            if aliases > MAX_YAML_ALIASES:
                raise _limit(event, f"more than {MAX_YAML_ALIASES} YAML aliases")
        elif isinstance(event, (yaml.MappingStartEvent, yaml.SequenceStartEvent)):
            depth += 1
            if depth > MAX_YAML_DEPTH:
                raise _limit(event, f"YAML nested deeper than {MAX_YAML_DEPTH} levels")
        elif isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
            depth -= 1


_Loader.add_constructor("tag:yaml.org,2002:map", _Loader.construct_mapping)
# Dates stay text so that validation, not the YAML parser, judges them.
_Loader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def _limit(event: yaml.Event, message: str) -> yaml.MarkedYAMLError:
    return yaml.MarkedYAMLError(problem=message, problem_mark=event.start_mark)


def _load_yaml(text: str, first_line: int, path: str) -> object:
    loader = None
    try:
        _check_limits(text)
        loader = _Loader(text)
        loader.line_offset = first_line - 1
        return loader.get_single_data()
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + first_line if mark else first_line
        message = (exc.problem or "invalid YAML").strip()
        raise ArticleError([Problem(path, f"front matter: {message}", line)]) from None
    except yaml.YAMLError as exc:
        raise ArticleError([Problem(path, f"front matter: {exc}", first_line)]) from None
    except (ValueError, TypeError) as exc:  # e.g. a timestamp with month 13
        raise ArticleError([Problem(path, f"front matter: {exc}", first_line)]) from None
    except RecursionError:
        raise ArticleError([Problem(path, "front matter nested too deeply", first_line)]) from None
    finally:
        if loader is not None:
            loader.dispose()


# --- reading ---------------------------------------------------------------


def read_text(path: Path) -> tuple[str, list[str]]:
    """Decode a file, refusing what is too big or not text at all."""
    return decode(read_bytes(path), str(path))


def read_bytes(path: Path) -> bytes:
    """A file's bytes, refusing what is too big, a folder or unreadable."""
    name = str(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ArticleError([Problem(name, f"file is {size // 2**20} MB; the limit is "
                                        f"{MAX_FILE_BYTES // 2**20} MB")])
        with path.open("rb") as fh:
            data = fh.read(MAX_FILE_BYTES + 1)
    except IsADirectoryError:
        raise ArticleError([Problem(name, "is a folder, not an article")]) from None
    except FileNotFoundError:
        raise ArticleError([Problem(name, "no such file")]) from None
    except OSError as exc:
        raise ArticleError([Problem(name, f"cannot read: {exc.strerror or exc}")]) from None
    return data


def decode(data: bytes, name: str) -> tuple[str, list[str]]:
    if len(data) > MAX_FILE_BYTES:
        raise ArticleError([Problem(name, f"larger than {MAX_FILE_BYTES // 2**20} MB")])
    head = data[:8192]
    if head.count(0) > 0 or (data and data.count(0) * 100 > len(data)):
        raise ArticleError([Problem(name, "not a text article (binary data)")])
    warnings = []
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        text = data.decode("utf-8-sig", errors="replace")
        warnings.append(f"{name}: invalid UTF-8 at byte {exc.start}, shown as \ufffd")
    return text, warnings


def split_front_matter(text: str, path: str) -> tuple[str | None, str]:
    """Return (front matter or None, body)."""
    text = text.lstrip("\ufeff").replace("\r\n", "\n")
    first, _, rest = text.partition("\n")
    if first.rstrip() != "---":
        return None, text
    match = re.search(r"^(?:---|\.\.\.)[ \t]*$", rest, re.MULTILINE)
    if not match:
        raise ArticleError([Problem(path, "front matter opened with --- is never closed", 1)])
    front = rest[: match.start()]
    if len(front) > MAX_FRONT_MATTER_BYTES:
        raise ArticleError([Problem(path, "front matter is larger than 1 MB", 1)])
    body = rest[match.end():].removeprefix("\n")
    return front, body


def load_article(path: Path | str, defer: bool = False) -> Article:
    path = Path(path)
    data = read_bytes(path)
    if path.suffix.lower() in HTML_SUFFIXES or is_web_page(data):
        # A saved web page: its article, not its tags. The bytes go to the
        # extractor, which reads the page's own declared encoding.
        from reader.web.extract import page_article

        return page_article(data, str(path), path=path)
    text, warnings = decode(data, str(path))
    return parse_article(text, str(path), plain=path.suffix.lower() == ".txt",
                         source_path=path, warnings=warnings, defer=defer)


def parse_article(text: str, name: str, plain: bool | None = None, source_path: Path | None = None,
                  warnings: list[str] | None = None, defer: bool = False) -> Article:
    text = clean(text)
    front, body = split_front_matter(text, name)
    meta: object = {}
    if front is not None:
        meta = _load_yaml(front, 2, name) if front.strip() else {}
        if meta is None:
            meta = {}
        if not isinstance(meta, dict):
            raise ArticleError([Problem(name, "front matter must be a mapping of fields", 2)])
    if plain is None:  # stdin: one paragraph a line unless blank lines say otherwise
        plain = front is None and "\n\n" not in body.strip()
    body_text, blocks = (document.parse_plain if plain else document.parse_markdown)(body)
    return build_article(
        meta, body_text, blocks, name, source_path, annotated=front is not None,
        warnings=tuple(warnings or ()), defer=defer,
    )


