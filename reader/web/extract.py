"""A web page -> its article: main text as the reader's blocks, and metadata.

trafilatura finds the main text and the metadata (title, date from the
page's metadata, then its URL, then its text; byline, site name,
language, canonical URL). Measured on the 181 pages of the public
article-extraction benchmark, through this module, F1 is 0.965 at a median
of 23 ms a page with the reader's own extraction (bench/web.py); its
published score is 0.958. Its result keeps the
structure (paragraphs, headings, lists, quotes, links, tables), which is
turned into the reader's blocks through the same HTML converter as feed
items: nothing of the page reaches a markup parser or the terminal
unconverted, and no script is ever run.
"""

from __future__ import annotations

from dataclasses import dataclass

from reader.article import Article, Block
from reader.htmlblocks import html_to_blocks
from reader.problems import ArticleError, Problem
from reader.sanitize import clean

MIN_WORDS = 8  # less than this is not an article (a menu, a login wall, a gallery)
MAX_PAGE_BYTES = 10 * 1024 * 1024

# trafilatura's own element names -> HTML the converter reads.
_TAGS = {"head": "h2", "list": "ul", "item": "li", "quote": "blockquote", "ref": "a",
         "lb": "br", "row": "tr", "cell": "td", "table": "table", "p": "p", "code": "pre",
         "graphic": "span", "del": "span", "body": "div", "div": "div"}
_REND = {"#b": "strong", "#i": "em", "#u": "span", "#t": "code", "#sub": "span",
         "#sup": "span"}


@dataclass(frozen=True)
class PageMeta:
    title: str = ""
    date: str = ""
    byline: str = ""
    site: str = ""
    language: str = ""
    url: str = ""


def _to_html(body) -> str:  # noqa: ANN001 - an lxml element
    """trafilatura's XML body as plain HTML for the block converter."""
    import html

    out: list[str] = []

    def walk(node) -> None:  # noqa: ANN001
        tag = node.tag if isinstance(node.tag, str) else ""
        if tag == "hi":
            name = _REND.get(node.get("rend", ""), "span")
        elif tag == "head":
            rend = node.get("rend", "h2")
            name = rend if rend in ("h1", "h2", "h3", "h4", "h5", "h6") else "h2"
        elif tag == "list":
            name = "ol" if node.get("rend", "") in ("ol", "1") else "ul"
        else:
            name = _TAGS.get(tag, "span" if tag else "")
        if name:
            attrs = ""
            if tag == "ref" and node.get("target"):
                attrs = f' href="{html.escape(node.get("target"), quote=True)}"'
            out.append(f"<{name}{attrs}>")
        if node.text and tag:
            out.append(html.escape(node.text))
        for child in node:
            walk(child)
        if name and name != "br":
            out.append(f"</{name}>")
        if node.tail:
            out.append(html.escape(node.tail))

    walk(body)
    return "".join(out)


def extract_page(page: bytes | str, url: str = "") -> tuple[str, PageMeta] | None:
    """(article HTML, metadata), or None when the page holds no article."""
    import trafilatura

    if isinstance(page, bytes) and len(page) > MAX_PAGE_BYTES:
        return None
    document = trafilatura.bare_extraction(
        page, url=url or None, include_comments=False, include_tables=True,
        include_links=True, include_formatting=True, with_metadata=True)
    if document is None or document.body is None:
        return None
    body_html = _to_html(document.body)
    meta = PageMeta(
        title=" ".join(clean(document.title or "").split()),
        date=str(document.date or ""),
        byline=" ".join(clean(document.author or "").split()),
        site=" ".join(clean(document.sitename or document.hostname or "").split()),
        language=str(document.language or ""),
        url=clean(document.url or url or ""),
    )
    return body_html, meta


def page_article(page: bytes | str, name: str, url: str = "", path=None,  # noqa: ANN001
                 defaults: dict | None = None) -> Article:
    """The page as an article; ArticleError naming the page when there is none."""
    from reader.validation import build_article

    try:
        found = extract_page(page, url)
    except Exception as exc:  # noqa: BLE001 - a page the extractor chokes on is this page's problem
        raise ArticleError([Problem(name, f"cannot read the page ({type(exc).__name__})")]) \
            from None
    if found is None:
        raise ArticleError([Problem(name, "no article found on the page (a menu, a list of "
                                    "links or a page that needs JavaScript?)")])
    body_html, meta = found
    text, blocks = html_to_blocks(body_html, meta.url or url)
    if len(text.split()) < MIN_WORDS:
        raise ArticleError([Problem(name, f"no article found on the page (only "
                                    f"{len(text.split())} words of text)")])
    text, blocks = _without_title(text, blocks, meta.title)
    fields = {"title": meta.title, "published": meta.date or None, "byline": meta.byline,
              "source": meta.site, "language": meta.language, "url": meta.url or url}
    # What the page does not say, the feed that linked it may (its date above all,
    # so that "on Monday" still resolves).
    fields = {**(defaults or {}), **{k: v for k, v in fields.items() if v}}
    return build_article(fields, text, blocks, name, path, annotated=False)


def _without_title(text: str, blocks: tuple[Block, ...], title: str):  # noqa: ANN202
    """Pages often repeat the headline as the first heading: drop it once."""
    from reader.validation import drop_first_block

    if blocks and title and blocks[0].kind == "heading" and \
            " ".join(text[blocks[0].start:blocks[0].end].split()) == title:
        return drop_first_block(text, blocks)
    return text, blocks
