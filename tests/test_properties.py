"""Random input: the only outcomes are an Article or the project's own error."""

from __future__ import annotations

import os
import re

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.cli import main
from reader.layout import Layout
from reader.loading import ArticleError, decode, parse_article

CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
EXAMPLES = int(os.environ.get("PROPERTY_EXAMPLES", 150))  # raise it for a long hunt
SETTINGS = settings(max_examples=EXAMPLES, deadline=5000,
                    suppress_health_check=[HealthCheck.function_scoped_fixture,
                                           HealthCheck.too_slow])

markdown_pieces = st.sampled_from([
    "# ", "## ", "> ", "- ", "1. ", "* ", "**", "_", "`", "```\n", "[", "](", ")",
    "<b>", "\n", "\n\n", "    ", "---\n", "| a |", "\x1b[2J", "\x1b]2;t\x07", "\u202e", "\x9b",
    "[bold]", "[@click=app.quit]", "China", "U.S.", "Monday", "😀", "漢字", " ", "word",
])
markdown_pieces = st.one_of(markdown_pieces, st.sampled_from([
    "\n  ", "\n   - ", "1) ", "7. ", "***\n", "===\n", "\n\n    code", "\n\n  cont", "&amp;",
    "\\*", "\u00a0", "  \n", "\t", "```", "~~~", "[ref]: /url\n", "<div>\n",
]))
markdown = st.lists(st.one_of(markdown_pieces, st.text(max_size=20)), max_size=60).map("".join)
scalars = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False),
                    st.text(max_size=30))
yaml_values = st.recursive(scalars, lambda inner: st.one_of(
    st.lists(inner, max_size=5), st.dictionaries(st.text(max_size=10), inner, max_size=5)),
    max_leaves=30)
front_matter = st.fixed_dictionaries({}, optional={
    "title": yaml_values, "published": st.one_of(yaml_values, st.dates().map(str)),
    "entities": st.lists(st.fixed_dictionaries({}, optional={
        "id": st.one_of(st.from_regex(r"[a-z]{1,5}", fullmatch=True), yaml_values),
        "name": st.one_of(st.sampled_from(["China", "Xi", "US"]), yaml_values),
        "type": st.one_of(st.sampled_from(["person", "place", "date"]), yaml_values),
        "aliases": yaml_values}), max_size=4),
    "events": st.lists(st.fixed_dictionaries({}, optional={
        "id": yaml_values, "date": st.one_of(st.sampled_from(["2025", "2025-10", "2025-13"]),
                                             yaml_values),
        "label": yaml_values, "status": yaml_values, "quote": yaml_values,
        "entities": yaml_values, "end": yaml_values}), max_size=3),
    "extra": yaml_values,
})


def check_outcome(text: str, plain: bool | None = None) -> None:
    try:
        article = parse_article(text, "random.md", plain=plain)
    except ArticleError as exc:
        assert str(exc).startswith("random.md") and "\n" not in str(exc)
        return
    assert not CONTROLS.search(article.text.replace("\n", ""))
    assert not CONTROLS.search(article.title)
    for mention in article.mentions:
        assert 0 <= mention.start < mention.end <= len(article.text)
    Layout(article, 37)


@SETTINGS
@given(st.binary(max_size=2000))
def test_random_bytes(data):
    try:
        text, _ = decode(data, "random.md")
    except ArticleError:
        return
    check_outcome(text)


@SETTINGS
@given(markdown, st.sampled_from([True, False, None]))
def test_random_markdown(text, plain):
    check_outcome(text, plain)


@SETTINGS
@given(front_matter, markdown)
def test_random_front_matter(meta, body):
    check_outcome("---\n" + yaml.safe_dump(meta, allow_unicode=True) + "---\n" + body)


@SETTINGS
@given(st.text(max_size=300))
def test_random_text_as_front_matter(junk):
    check_outcome("---\n" + junk + "\n---\nbody text\n")


@settings(max_examples=40, deadline=5000,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(front_matter, markdown)
def test_print_and_json_on_random_articles(tmp_path, capsys, meta, body):
    path = tmp_path / "random.md"
    path.write_text("---\n" + yaml.safe_dump(meta, allow_unicode=True) + "---\n" + body,
                    encoding="utf-8")
    for flag in ("--print", "--json"):
        code = main([flag, str(path)])
        out, err = capsys.readouterr()
        assert code in (0, 2)
        assert "\x1b" not in out + err and "\x07" not in out + err
        assert "Traceback" not in err


@SETTINGS
@given(markdown)
def test_fast_markdown_path_gives_the_blocks_of_a_whole_parse(text):
    from reader import document
    from reader.sanitize import clean

    text = clean(text)  # as the loader does before parsing
    builder = document.BlockBuilder()
    document._add_tokens(builder, document._parser().parse(text))
    assert document.parse_markdown(text) == builder.result()
