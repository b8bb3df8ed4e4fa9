"""Markdown (or plain text) -> blocks of plain text with offsets.

The body is flattened once into `text`, blocks separated by a blank line,
so matching, search and the UI all share one set of offsets and nothing
re-parses Markdown after loading.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from reader.article import Block, InlineSpan

MAX_NESTING = 40  # deeper lists or quotes are flattened by the parser


@dataclass
class BlockBuilder:
    parts: list[str] = field(default_factory=list)
    blocks: list[Block] = field(default_factory=list)
    offset: int = 0

    def add(self, kind: str, text: str, level: int = 0, marker: str = "",
            spans: tuple[InlineSpan, ...] = ()) -> None:
        if kind != "rule" and not text.strip():
            return  # an empty paragraph or list item shows nothing
        if self.parts:
            self.parts.append("\n\n")
            self.offset += 2
        start = self.offset
        self.parts.append(text)
        self.offset += len(text)
        shifted = tuple(
            InlineSpan(start + s.start, start + s.end, s.kind, s.href) for s in spans
        )
        self.blocks.append(Block(kind, start, self.offset, level, marker, shifted))

    def result(self) -> tuple[str, tuple[Block, ...]]:
        return "".join(self.parts), tuple(self.blocks)


def parse_plain(body: str) -> tuple[str, tuple[Block, ...]]:
    """Plain text: every non-empty line is a paragraph, nothing is markup."""
    builder = BlockBuilder()
    for line in body.split("\n"):
        line = line.strip()
        if line:
            builder.add("paragraph", line)
    return builder.result()


def _inline(children: list) -> tuple[str, tuple[InlineSpan, ...]]:
    out: list[str] = []
    pos = 0
    spans: list[InlineSpan] = []
    open_spans: list[tuple[str, int, str]] = []
    for tok in children:
        t = tok.type
        if t in ("text", "html_inline"):
            piece = tok.content
        elif t == "softbreak":
            piece = " "
        elif t == "hardbreak":
            piece = "\n"
        elif t == "code_inline":
            spans.append(InlineSpan(pos, pos + len(tok.content), "code"))
            piece = tok.content
        elif t == "image":
            piece = tok.content or "image"
        elif t.endswith("_open"):
            kind = {"strong_open": "strong", "em_open": "em", "link_open": "link"}.get(t)
            if kind:
                open_spans.append((kind, pos, str(tok.attrs.get("href", ""))))
            continue
        elif t.endswith("_close"):
            if open_spans:
                kind, start, href = open_spans.pop()
                if pos > start:
                    spans.append(InlineSpan(start, pos, kind, href))
            continue
        else:
            piece = tok.content
        out.append(piece)
        pos += len(piece)
    return "".join(out), tuple(sorted(spans, key=lambda s: s.start))


# Characters Markdown may read as markup anywhere in a line, or as the
# start of a block (list, quote, heading rule) at the start of one; and
# white space other than spaces and tabs, which Markdown keeps apart.
_MARKUP_CHARS = re.compile(
    "[\\\\`*_\\[\\]<>&!#|~=\x0b\x0c\r\x1c-\x1f\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f"
    "\u205f\u3000]"
)
_HEADING = re.compile(r"(#{1,6})[ \t]+(\S.*?)[ \t]*\Z")
_BULLET = re.compile(r"([-+*]) (?=\w)")
_LINE_START = re.compile(r"[-+> \t]|\d+[.)]")


def _is_plain(chunk: str) -> bool:
    if _MARKUP_CHARS.search(chunk) or "  \n" in chunk or chunk.endswith("  "):
        return False
    return not any(_LINE_START.match(line) for line in chunk.split("\n"))


def _simple_block(builder: BlockBuilder, chunk: str) -> bool:
    """Add a plain paragraph, a one-line heading or a one-level bullet list
    without the Markdown parser; False if the chunk needs the parser."""
    if _is_plain(chunk):
        builder.add("paragraph", " ".join(line.strip(" \t") for line in chunk.split("\n")))
        return True
    if "\n" not in chunk and (m := _HEADING.match(chunk)) and _is_plain(m.group(2)):
        builder.add("heading", m.group(2), len(m.group(1)))
        return True
    lines = chunk.split("\n")
    first = _BULLET.match(lines[0])
    if first and all(line.startswith(first.group()) and _is_plain(line[2:]) for line in lines):
        for line in lines:
            builder.add("item", line[2:].rstrip(" \t"), 1, "\u2022")
        return True
    return False


# Constructs that can span blank lines (fenced or indented code, link
# definitions, HTML, list items continued or renumbered after a blank line):
# a document with any of them is parsed whole.
_SPANNING = re.compile(
    r"^ {0,3}(?:```|~~~)|^(?: {4}|\t)|^ {0,3}\[[^\]]+\]:|^ {0,3}<|^ {0,3}\d+[.)](?:\s|$)"
    r"|\n[ \t]*\n[ \t]+\S",
    re.MULTILINE,
)
_BLANK_LINES = re.compile(r"\n[ \t]*\n")


@lru_cache(maxsize=1)
def _parser():  # noqa: ANN202 - MarkdownIt, imported late for start-up time
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark", {"maxNesting": MAX_NESTING})


def parse_markdown(body: str) -> tuple[str, tuple[Block, ...]]:
    """Blocks of a Markdown body.

    Plain paragraphs (most of a news article) are taken as they are, and
    only the chunks between blank lines that hold markup go through the
    Markdown parser: a 1 MB article loads several times faster, and gives
    the same blocks as parsing it whole.
    """
    builder = BlockBuilder()
    if _SPANNING.search(body):
        _add_tokens(builder, _parser().parse(body))
        return builder.result()
    for chunk in _BLANK_LINES.split(body):
        chunk = chunk.strip("\n")
        if not chunk.strip():
            continue
        if not _simple_block(builder, chunk):
            _add_tokens(builder, _parser().parse(chunk))
    return builder.result()


def _add_tokens(builder: BlockBuilder, tokens: list) -> None:
    lists: list[list] = []  # [ordered, next number]
    quote_depth = 0
    marker = ""
    heading_level = 0
    for tok in tokens:
        t = tok.type
        if t in ("bullet_list_open", "ordered_list_open"):
            start = int(tok.attrs.get("start", 1) or 1)
            lists.append([t == "ordered_list_open", start])
        elif t in ("bullet_list_close", "ordered_list_close"):
            if lists:
                lists.pop()
        elif t == "list_item_open":
            if lists:
                ordered, number = lists[-1]
                marker = f"{number}." if ordered else "\u2022"
                lists[-1][1] += 1
        elif t == "blockquote_open":
            quote_depth += 1
        elif t == "blockquote_close":
            quote_depth = max(0, quote_depth - 1)
        elif t == "heading_open":
            heading_level = int(tok.tag[1:]) if tok.tag[1:].isdigit() else 1
        elif t == "inline":
            text, spans = _inline(tok.children or [])
            if heading_level:
                builder.add("heading", text, heading_level, spans=spans)
                heading_level = 0
            elif lists:
                builder.add("item", text, len(lists) + quote_depth, marker, spans)
                marker = ""
            elif quote_depth:
                builder.add("quote", text, quote_depth, spans=spans)
            else:
                builder.add("paragraph", text, spans=spans)
        elif t in ("fence", "code_block", "html_block"):
            builder.add("code", tok.content.rstrip("\n"), quote_depth + len(lists))
        elif t == "hr":
            builder.add("rule", "")
