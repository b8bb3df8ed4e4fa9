"""Wrapping and laying out blocks."""

from __future__ import annotations

from reader.layout import BODY, Layout, wrap
from reader.loading import parse_article


def lines_of(markdown: str, width: int = 40) -> list[str]:
    article = parse_article(f"---\ntitle: T\n---\n{markdown}", "t.md")
    layout = Layout(article, width)
    return [ln.prefix + article.text[ln.start:ln.end] for ln in layout.lines
            if ln.source == BODY]


def test_words_wrap_and_long_words_are_cut():
    text = "alpha beta gamma " + "x" * 25
    assert [text[s:e] for s, e in wrap(text, 10)] == [
        "alpha beta", "gamma", "x" * 10, "x" * 10, "x" * 5]


def test_wide_characters_count_two_cells():
    text = "日本語のテキスト"
    assert [text[s:e] for s, e in wrap(text, 6)] == ["日本語", "のテキ", "スト"]


def test_code_keeps_its_indentation_and_blank_lines():
    lines = lines_of("```\ndef f():\n\n    return 1\n```\n")
    assert lines[:3] == ["  def f():", "  ", "      return 1"]


def test_list_items_stay_together_and_blocks_are_spaced():
    lines = lines_of("Intro.\n\n- one\n- two\n\nOutro.\n")
    assert lines == ["Intro.", "", "\u2022 one", "\u2022 two", "", "Outro.", ""]


def test_offsets_map_back_to_lines():
    article = parse_article("---\ntitle: T\n---\n" + "word " * 200, "t.md")
    layout = Layout(article, 30)
    for offset in (0, 100, 500, len(article.text) - 1):
        line = layout.lines[layout.line_of(offset)]
        assert line.start <= offset <= line.end
