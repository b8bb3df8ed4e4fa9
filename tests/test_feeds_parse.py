"""Feed documents -> items: every format, relative links, hostile content, and
the two public feed-parser test suites in ../shared/eval/feeds."""

from __future__ import annotations

import json
import time
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from reader.feeds.parse import FeedParseError, discover, parse_feed
from reader.htmlblocks import html_to_blocks

from .conftest import ROOT

EVAL = ROOT.parent / "shared" / "eval" / "feeds"

ATOM = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://news.example/">
  <title>Atom News</title><link href="/" rel="alternate"/>
  <entry><id>urn:1</id><title>Relative</title><link href="/2026/story"/>
    <updated>2026-03-03T09:30:00+01:00</updated>
    <author><name>Ana Ruiz</name></author>
    <summary>Short</summary>
    <content type="html">&lt;p&gt;Full &lt;a href="/more"&gt;text&lt;/a&gt;&lt;/p&gt;</content>
  </entry>
</feed>"""

RDF = b"""<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
  xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel rdf:about="http://rdf.example/"><title>RDF Feed</title><link>http://rdf.example/</link>
  </channel>
  <item rdf:about="http://rdf.example/1"><title>One</title><link>http://rdf.example/1</link>
    <dc:date>2025-10-30T08:00:00Z</dc:date><description>First</description></item>
</rdf:RDF>"""

JSON_FEED = json.dumps({
    "version": "https://jsonfeed.org/version/1.1", "title": "JSON News",
    "home_page_url": "https://json.example/",
    "items": [{"id": "j1", "url": "https://json.example/j1", "title": "Jay \u001b[31mred",
               "content_html": "<p>Body <b>bold</b></p>", "date_published": "2026-01-05T12:00:00Z",
               "authors": [{"name": "Kim Lee"}]}],
}).encode()

LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">
<!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;"><!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;">
<!ENTITY g "&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;"><!ENTITY h "&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;">
<!ENTITY i "&h;&h;&h;&h;&h;&h;&h;&h;&h;&h;">]>
<rss version="2.0"><channel><title>Laughs &i;</title>
<item><title>&i;</title><guid>1</guid><description>&i;</description></item></channel></rss>"""

EXTERNAL = b"""<?xml version="1.0"?>
<!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<rss version="2.0"><channel><title>XXE</title>
<item><title>t &xxe;</title><guid>1</guid><description>d &xxe;</description></item>
</channel></rss>"""


def test_atom_with_relative_links_and_html_content():
    feed = parse_feed(ATOM, "https://news.example/feed.xml")
    assert feed.title == "Atom News"
    (item,) = feed.items
    assert item.link == "https://news.example/2026/story"
    assert item.published == "2026-03-03T08:30:00Z"  # in UTC
    assert item.author == "Ana Ruiz"
    assert not item.summary_only
    text, blocks = html_to_blocks(item.html, item.link)
    assert text == "Full text"
    assert blocks[0].spans[0].href == "https://news.example/more"


def test_rss_1_0_rdf():
    feed = parse_feed(RDF, "http://rdf.example/index.rdf")
    assert feed.title == "RDF Feed"
    assert [(i.title, i.link, i.published) for i in feed.items] == [
        ("One", "http://rdf.example/1", "2025-10-30T08:00:00Z")]
    assert feed.items[0].summary_only


def test_json_feed_with_an_escape_sequence_in_a_title():
    feed = parse_feed(JSON_FEED, "https://json.example/feed.json")
    (item,) = feed.items
    assert item.title == "Jay \u241b[31mred"
    assert item.author == "Kim Lee" and item.published == "2026-01-05T12:00:00Z"
    assert "\x1b" not in item.html


def test_raw_control_characters_in_xml_are_shown_not_mangled():
    doc = (b'<?xml version="1.0"?><rss version="2.0"><channel><title>T\x1b]2;x\x07</title>'
           b"<item><guid>1</guid><title>A</title><description>&lt;p&gt;hi \x1b[2J&lt;/p&gt;"
           b"</description></item></channel></rss>")
    feed = parse_feed(doc)
    assert feed.title == "T\u241b]2;x\u2407"
    assert feed.items[0].html == "<p>hi \u241b[2J</p>"


def test_billion_laughs_is_not_expanded():
    started = time.monotonic()
    try:
        feed = parse_feed(LAUGHS)
    except FeedParseError:
        return  # refusing it is as good
    assert time.monotonic() - started < 2
    sizes = [len(feed.title)] + [len(i.title) + len(i.html) for i in feed.items]
    assert max(sizes) < 10_000


def test_external_entities_are_never_read():
    try:
        feed = parse_feed(EXTERNAL)
    except FeedParseError:
        return
    every = feed.title + "".join(i.title + i.html for i in feed.items)
    assert "root:" not in every


@pytest.mark.parametrize("data, words", [(b"", "empty"), (b"   ", "empty"),
                                         (b"hello", "not a feed"),
                                         (b"<html><body>x</body></html>", "not a feed"),
                                         (b'{"version": 1}', "not a feed")])
def test_what_is_not_a_feed_says_so(data, words):
    with pytest.raises(FeedParseError, match=words):
        parse_feed(data)


def test_discovery_finds_announced_feeds_in_order():
    page = b"""<html><head>
      <link rel="stylesheet" href="/s.css">
      <LINK REL="alternate" TYPE="application/atom+xml" HREF="/atom.xml">
      <link rel='alternate' type='application/rss+xml' href='https://other.example/rss'>
      <link rel="alternate" type="application/feed+json" href="feed.json?a=1&amp;b=2">
      <link rel="alternate" type="application/rss+xml" href="javascript:alert(1)">
    </head></html>"""
    assert discover(page, "https://site.example/blog/") == [
        "https://site.example/atom.xml", "https://other.example/rss",
        "https://site.example/blog/feed.json?a=1&b=2"]


# --- the public corpora -------------------------------------------------------------


def _documents() -> list[Path]:
    skip = (".serde.json", "LICENSE", "LICENSE-MIT")
    return sorted(p for p in EVAL.rglob("*") if p.is_file() and not p.name.endswith(skip))


@pytest.mark.skipif(not EVAL.exists(), reason="../shared/eval/feeds is not beside the checkout")
def test_every_document_of_both_suites_parses_or_says_why():
    documents = _documents()
    assert len(documents) > 2000
    refused = []
    started = time.monotonic()
    for path in documents:
        try:
            feed = parse_feed(path.read_bytes(), "https://example.org/feed")
        except FeedParseError as exc:
            assert "\n" not in str(exc)
            refused.append(path)
            continue
        for text in (feed.title, *(i.title for i in feed.items)):
            assert "\x1b" not in text and "\n" not in text
    assert time.monotonic() - started < 30
    # Empty and broken documents, CDF and a few odd namespaces; never a crash.
    assert len(refused) < 100


def _norm(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc.lower()}{parts.path.rstrip('/')}" + (
        f"?{parts.query}" if parts.query else "")


def _serde_pairs() -> list[tuple[Path, Path]]:
    pairs = []
    for expected in sorted((EVAL / "feed-rs").rglob("*.serde.json")):
        stem = expected.name.removesuffix(".serde.json")
        source = next((p for p in expected.parent.glob(stem + ".*")
                       if not p.name.endswith(".serde.json")), None)
        if source:
            pairs.append((source, expected))
    return pairs


@pytest.mark.skipif(not EVAL.exists(), reason="../shared/eval/feeds is not beside the checkout")
def test_titles_links_and_dates_agree_with_feed_rs():
    pairs = _serde_pairs()
    assert len(pairs) > 50
    disagreements = []
    for source, expected_file in pairs:
        expected = json.loads(expected_file.read_text())
        feed = parse_feed(source.read_bytes(), "")
        want_title = " ".join(((expected.get("title") or {}).get("content") or "").split())
        if feed.title != want_title:
            disagreements.append((source.name, "title", feed.title, want_title))
        # Items without title and content are dropped: nothing to read.
        want_items = [e for e in expected["entries"]
                      if (e.get("title") or {}).get("content") or e.get("content")
                      or e.get("summary")]
        if len(feed.items) != len(want_items):
            disagreements.append((source.name, "items", len(feed.items), len(want_items)))
            continue
        for item, want in zip(feed.items, want_items, strict=True):
            title = " ".join(((want.get("title") or {}).get("content") or "").split())
            if item.title != title:
                disagreements.append((source.name, "item title", item.title, title))
            links = [_norm(link["href"]) for link in want["links"]]
            if links and _norm(item.link) not in links:
                disagreements.append((source.name, "link", item.link, links))
            date = want.get("published") or want.get("updated")
            if date and item.published[:19] != date[:19]:
                disagreements.append((source.name, "date", item.published, date))
    assert disagreements == []


def test_bytes_that_are_not_utf8_do_not_mangle_the_markup_around_them():
    doc = (b'<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>'
           b"<item><guid>1</guid><title>bad \x9b31m byte</title><description>&lt;p&gt;Hello "
           b"&lt;b&gt;there&lt;/b&gt;&lt;/p&gt;</description></item></channel></rss>")
    (item,) = parse_feed(doc).items
    assert item.title == "bad \ufffd31m byte"
    assert item.html == "<p>Hello <b>there</b></p>"


def test_an_item_without_a_date_gets_none_not_one_read_from_its_guid():
    doc = (b'<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>'
           b"<item><guid>1</guid><title>t</title><description>d</description></item>"
           b"</channel></rss>")
    assert parse_feed(doc).items[0].published == ""
