"""HTML (a feed item's content, later a web page's article) -> the reader's blocks.

Tags are never shown and never interpreted beyond structure: paragraphs,
headings, list items, quotes, preformatted code, rules, and inline strong,
emphasis, code and links. Scripts, styles, forms and embedded media are
dropped; tables become one line per row. Everything passes `clean`.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from urllib.parse import urljoin

from reader.article import Block, InlineSpan
from reader.document import MAX_NESTING, BlockBuilder
from reader.links import openable
from reader.sanitize import clean

_SKIP = {"script", "style", "noscript", "template", "iframe", "object", "embed", "svg",
         "math", "select", "textarea", "button", "form", "head", "title", "canvas",
         "video", "audio", "nav", "aside", "footer"}
_BLOCK = {"p", "div", "section", "article", "main", "header", "figure", "figcaption",
          "address", "dl", "dt", "dd", "center", "details", "summary", "body", "html",
          "table", "thead", "tbody", "tfoot", "caption", "hgroup"}
_HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
_INLINE = {"strong": "strong", "b": "strong", "em": "em", "i": "em", "cite": "em",
           "code": "code", "kbd": "code", "tt": "code", "samp": "code"}
_SPACE = re.compile(r"[ \t\n\r\f\v]+")


class _Converter(HTMLParser):
    def __init__(self, base_url: str) -> None:
        super().__init__(convert_charrefs=True)
        self.base = base_url
        self.builder = BlockBuilder()
        self.text: list[str] = []
        self.length = 0
        self.spans: list[InlineSpan] = []
        self.open: list[tuple[str, int, str]] = []
        self.skip = 0
        self.pre = 0
        self.lists: list[list] = []  # [ordered, next number]
        self.quote = 0
        self.heading = 0
        self.marker = ""
        self.row: list[str] | None = None

    # --- collecting a block's text -----------------------------------------

    def _append(self, piece: str) -> None:
        if not piece:
            return
        if not self.pre:
            piece = _SPACE.sub(" ", piece)
            if (not self.length or self.text[-1].endswith((" ", "\n"))) and piece.startswith(" "):
                piece = piece[1:]
        self.text.append(piece)
        self.length += len(piece)

    def flush(self) -> None:
        raw = "".join(self.text)
        self.text, self.length = [], 0
        spans, self.spans = self.spans, []
        if self.pre:
            body = raw.strip("\n")
            lead = 0
        else:
            stripped = raw.rstrip()
            lead = len(stripped) - len(stripped.lstrip())
            body = stripped[lead:]
        if not body.strip():
            self.open = [(k, 0, h) for k, _, h in self.open]
            return
        kept = tuple(InlineSpan(max(0, s.start - lead), min(len(body), s.end - lead), s.kind,
                                s.href)
                     for s in spans if min(len(body), s.end - lead) > max(0, s.start - lead))
        depth = min(len(self.lists), MAX_NESTING)
        if self.pre:
            self.builder.add("code", body, self.quote + depth)
        elif self.heading:
            self.builder.add("heading", body, self.heading, spans=kept)
        elif self.lists:
            self.builder.add("item", body, depth + self.quote, self.marker, kept)
            self.marker = ""
        elif self.quote:
            self.builder.add("quote", body, min(self.quote, MAX_NESTING), spans=kept)
        else:
            self.builder.add("paragraph", body, spans=kept)
        # Inline elements still open carry on into the next block.
        self.open = [(k, 0, h) for k, _, h in self.open]

    # --- the parser's callbacks -------------------------------------------

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP:  # none of them is a void element: each has its end tag
            self.skip += 1
            return
        if self.skip:
            return
        if tag in _BLOCK or tag == "tr":
            self.flush()
            if tag == "tr":
                self.row = []
        elif tag in _HEADINGS:
            self.flush()
            self.heading = _HEADINGS[tag]
        elif tag in ("ul", "ol", "menu"):
            self.flush()
            start = dict(attrs).get("start") or "1"
            self.lists.append([tag == "ol", int(start) if start.isdigit() else 1])
        elif tag == "li":
            self.flush()
            if self.lists:
                ordered, number = self.lists[-1]
                self.marker = f"{number}." if ordered else "\u2022"
                self.lists[-1][1] += 1
        elif tag == "blockquote":
            self.flush()
            self.quote += 1
        elif tag == "pre":
            self.flush()
            self.pre += 1
        elif tag == "br":
            if self.length:  # a hard line break, as Markdown's
                self.text.append("\n")
                self.length += 1
        elif tag == "hr":
            self.flush()
            self.builder.add("rule", "")
        elif tag in ("td", "th"):
            if self.row is not None and self.row:
                self._append(" | ")
            if self.row is not None:
                self.row.append(tag)
        elif tag == "img":
            alt = (dict(attrs).get("alt") or "").strip()
            if alt:
                self._append(f" [{alt}] ")
        elif tag == "a":
            href = (dict(attrs).get("href") or "").strip()
            if href and self.base:
                href = urljoin(self.base, href)
            # Only links the reader would open are kept as links.
            self.open.append(("link", self.length, clean(href) if openable(href) else ""))
        elif tag in _INLINE and not self.pre:
            self.open.append((_INLINE[tag], self.length, ""))

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP:
            self.skip = max(0, self.skip - 1)
            return
        if self.skip:
            return
        if tag in _BLOCK or tag == "tr":
            self.flush()
            if tag == "tr":
                self.row = None
        elif tag in _HEADINGS:
            self.flush()
            self.heading = 0
        elif tag in ("ul", "ol", "menu"):
            self.flush()
            if self.lists:
                self.lists.pop()
        elif tag == "li":
            self.flush()
        elif tag == "blockquote":
            self.flush()
            self.quote = max(0, self.quote - 1)
        elif tag == "pre":
            self.flush()
            self.pre = max(0, self.pre - 1)
        elif tag == "a" or (tag in _INLINE and not self.pre):
            kind = "link" if tag == "a" else _INLINE[tag]
            for i in range(len(self.open) - 1, -1, -1):
                if self.open[i][0] == kind:
                    _, start, href = self.open.pop(i)
                    end = self.length
                    if end > start and (kind != "link" or href):
                        self.spans.append(InlineSpan(start, end, kind, href))
                    break

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self._append(data)


def html_to_blocks(html: str, base_url: str = "") -> tuple[str, tuple[Block, ...]]:
    """Text and blocks of an HTML fragment or page, offsets as `document` makes them."""
    converter = _Converter(base_url)
    try:
        converter.feed(clean(html))
        converter.close()
    except (AssertionError, ValueError):  # the parser gives up on some malformed markup
        pass
    converter.flush()
    return converter.builder.result()


_TAG = re.compile(r"<[^>]*>")
_FEED_MARKS = (b"<rss", b"<feed", b"<rdf:rdf")
_PAGE_TYPES = ("text/html", "application/xhtml+xml")
_UNSAID_TYPES = ("", "text/plain", "application/octet-stream")


def is_web_page(data: bytes, content_type: str = "") -> bool:
    """Whether a response or a file is a web page: by its declared type, else by
    its first bytes. A feed is never a page, even served as text/html."""
    head = data[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if any(mark in head for mark in _FEED_MARKS):
        return False
    kind = content_type.split(";")[0].strip().lower()
    if kind in _PAGE_TYPES:
        return True
    return kind in _UNSAID_TYPES and head.startswith((b"<!doctype html", b"<html"))


def has_markup(text: str) -> bool:
    """Whether a feed item's content is HTML rather than plain text."""
    return bool(re.search(r"</?(?:p|br|div|a|b|i|em|strong|ul|ol|li|h[1-6]|img|span|blockquote"
                          r"|pre|table|figure)\b[^>]*>", text, re.IGNORECASE))


def html_to_text(html: str) -> str:
    """Quick plain text for search indexing: tags out, entities decoded."""
    import html as html_lib

    return " ".join(html_lib.unescape(_TAG.sub(" ", html)).split())
