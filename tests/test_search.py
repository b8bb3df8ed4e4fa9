"""Search: case-insensitive and literal, with offsets into the article text."""

from __future__ import annotations

from reader.search import Searcher


def test_case_insensitive_literal_matches():
    text = "Soybeans, soybeans and SOYBEANS. [bold] *x* a.b"
    searcher = Searcher(text)
    assert [text[s:e] for s, e in searcher.find_all("soybeans")] == [
        "Soybeans", "soybeans", "SOYBEANS"]
    assert [text[s:e] for s, e in searcher.find_all("[bold]")] == ["[bold]"]
    assert searcher.find_all("a.b") == [(len(text) - 3, len(text))]
    assert searcher.find_all("   ") == [] and searcher.find_all("zzz") == []


def test_limit_and_lengths_that_change_when_lowered():
    assert len(Searcher("a " * 100).find_all("a", limit=7)) == 7
    # "İ".lower() is two characters long, so offsets come from the regex path
    text = "İstanbul and istanbul"
    spans = Searcher(text).find_all("istanbul")
    assert [text[s:e] for s, e in spans] == ["İstanbul", "istanbul"]
