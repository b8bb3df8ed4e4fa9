"""Item HTML -> the reader's blocks: structure kept, tags and scripts never shown."""

from __future__ import annotations

from reader.htmlblocks import html_to_blocks


def shown(html: str, base: str = "https://site.example/a/") -> list[tuple]:
    text, blocks = html_to_blocks(html, base)
    return [(b.kind, b.level, b.marker, text[b.start:b.end],
             [(text[s.start:s.end], s.kind, s.href) for s in b.spans]) for b in blocks]


def test_paragraphs_headings_lists_quotes_code_and_rules():
    assert shown(
        "<h2>Head</h2><p>One <strong>bold</strong> and <em>soft</em>.</p>"
        "<ol start='3'><li>three</li><li>four<ul><li>inner</li></ul></li></ol>"
        "<blockquote><p>Quoted.</p></blockquote><pre>  keep\n    spaces</pre><hr><p>End</p>"
    ) == [
        ("heading", 2, "", "Head", []),
        ("paragraph", 0, "", "One bold and soft.", [("bold", "strong", ""), ("soft", "em", "")]),
        ("item", 1, "3.", "three", []),
        ("item", 1, "4.", "four", []),
        ("item", 2, "\u2022", "inner", []),
        ("quote", 1, "", "Quoted.", []),
        ("code", 0, "", "  keep\n    spaces", []),
        ("rule", 0, "", "", []),
        ("paragraph", 0, "", "End", []),
    ]


def test_links_are_made_absolute_and_only_safe_schemes_kept():
    (block,) = shown('<p><a href="/x?a=1&amp;b=2">rel</a> <a href="javascript:alert(1)">js</a> '
                     '<a href="mailto:a@b.example">mail</a> <a href="data:text/html,x">d</a></p>')
    assert block[3] == "rel js mail d"
    assert block[4] == [("rel", "link", "https://site.example/x?a=1&b=2"),
                        ("mail", "link", "mailto:a@b.example")]


def test_scripts_styles_forms_and_media_are_dropped_and_text_is_literal():
    (block,) = shown("<script>alert('x')</script><style>p{}</style><form><input value=v>"
                     "<button>Go</button></form><iframe src=x>frame</iframe>"
                     "<p onclick='x()'>[bold]markup[/bold] &lt;b&gt;not a tag&lt;/b&gt; "
                     "\x1b[31mred</p>")
    assert block[3] == "[bold]markup[/bold] <b>not a tag</b> \u241b[31mred"


def test_tables_become_one_line_per_row_and_breaks_are_kept():
    assert [b[3] for b in shown("<table><tr><th>Team</th><th>Goals</th></tr>"
                                "<tr><td>A</td><td>3</td></tr></table>"
                                "<p>line one<br>line two</p>")] == [
        "Team | Goals", "A | 3", "line one\nline two"]


def test_broken_markup_still_gives_text():
    assert [b[3] for b in shown("<p>open <b>never closed<p>next <i>x</p></div></span>text")] == [
        "open never closed", "next x", "text"]


def test_one_rule_says_what_is_a_web_page():
    from reader.htmlblocks import is_web_page

    page = b"\xef\xbb\xbf  <!DOCTYPE html><html><body>x</body></html>"
    assert is_web_page(page) and is_web_page(page, "text/plain")
    assert is_web_page(b"<p>x</p>", "text/html; charset=utf-8")
    assert not is_web_page(b'<?xml version="1.0"?><rss version="2.0">', "text/html")
    assert not is_web_page(b"<feed xmlns='http://www.w3.org/2005/Atom'>", "")
    assert not is_web_page(page, "application/json")
