"""Loading and validation: every fault names the file, the line and the field."""

from __future__ import annotations

import pytest

from reader.loading import ArticleError, load_article

GOOD = """---
title: A test
published: 2025-11-25
entities:
  - id: ana
    name: Ana Lima
    type: person
    aliases: [Lima]
events:
  - id: met
    date: 2025-10-30
    label: Ana meets
    status: happened
    entities: [ana]
    quote: Ana Lima met
---
Ana Lima met the press. Lima said little.
"""


def problem(write, text: str) -> str:
    with pytest.raises(ArticleError) as info:
        load_article(write(text))
    assert len(str(info.value).splitlines()) == 1
    return str(info.value)


def test_good_article(write):
    article = load_article(write(GOOD))
    assert article.title == "A test"
    assert [(m.entity_id, m.start) for m in article.mentions] == [("ana", 0), ("ana", 24)]
    assert article.events[0].span == (0, 12)


@pytest.mark.parametrize(
    ("old", "new", "line", "field", "words"),
    [
        ("quote: Ana Lima met", "quote: Ana Lima left", 15, "events[0].quote", "not in the body"),
        ("entities: [ana]", "entities: [ana, bob]", 14, "events[0].entities", "unknown entity"),
        ("    type: person", "    type: persn", 7, "entities[0].type", "unknown type"),
        ("status: happened", "status: rumoured", 13, "events[0].status", "unknown status"),
        ("date: 2025-10-30", "date: 2025-13-01", 11, "events[0].date", "not a date"),
        ("date: 2025-10-30", "date: last week", 11, "events[0].date", "not a date"),
        ("  - id: met", "  - id: m_et", 10, "events[0].id", "lower-case"),
        ("    name: Ana Lima\n", "", 5, "entities[0].name", "required"),
        ("  - id: ana", "  - id: Ana_1", 5, "entities[0].id", "lower-case"),
    ],
)
def test_validation_errors_name_file_line_and_field(write, old, new, line, field, words):
    path = write(GOOD.replace(old, new))
    message = problem(write, GOOD.replace(old, new))
    assert message.startswith(f"{path}:{line}: {field}: ")
    if words:
        assert words in message


@pytest.mark.parametrize("bad", ["soon", "2025-13-40"])
def test_a_bad_publication_date_opens_with_a_warning(write, bad, capsys):
    from reader.cli import main

    path = write(GOOD.replace("published: 2025-11-25", f"published: {bad}"))
    article = load_article(path)
    assert article.published is None and article.title == "A test"
    (warning,) = article.warnings
    assert warning.startswith(f"{path}:3: published: ") and "not an ISO date" in warning
    assert main(["--check", str(path)]) == 1  # opened, but --check still says it
    out = capsys.readouterr().out
    assert f"{path}:3: published:" in out and "(warning)" in out


def test_duplicate_ids(write):
    text = GOOD.replace("events:", "  - id: ana\n    name: Other\n    type: place\nevents:")
    assert "duplicate id 'ana'" in problem(write, text)


def test_all_problems_are_collected(write):
    text = GOOD.replace("type: person", "type: persn").replace("status: happened", "status: x")
    with pytest.raises(ArticleError) as info:
        load_article(write(text))
    assert [p.field for p in info.value.problems] == ["entities[0].type", "events[0].status"]


def test_bom_and_crlf(write):
    path = write(("\ufeff" + GOOD).replace("\n", "\r\n").encode("utf-8"))
    article = load_article(path)
    assert article.title == "A test" and "\r" not in article.text
    assert len(article.mentions) == 2


def test_no_front_matter_markdown_takes_first_heading(write):
    article = load_article(write("# The Headline\n\nFirst paragraph.\n\nSecond one.\n"))
    assert article.title == "The Headline"
    assert article.text == "First paragraph.\n\nSecond one."
    assert not article.annotated and article.entities == ()


def test_plain_text_takes_first_line_and_keeps_every_line(write):
    article = load_article(write("Headline here\nPara one *not emphasis*\nPara two\n", "a.txt"))
    assert article.title == "Headline here"
    assert [article.block_text(b) for b in article.blocks] == [
        "Para one *not emphasis*", "Para two"]


@pytest.mark.parametrize("text", ["", "   \n\n", "---\ntitle: x\n---\n"])
def test_empty_articles_are_a_clear_error(write, text):
    assert "nothing to read" in problem(write, text) or "empty" in problem(write, text)


def test_unclosed_front_matter(write):
    assert "never closed" in problem(write, "---\ntitle: x\nbody\n")


def test_front_matter_must_be_a_mapping(write):
    assert ":2: " in problem(write, "---\n- a\n- b\n---\nbody\n")


def test_yaml_syntax_error_names_its_line(write):
    message = problem(write, "---\ntitle: x\nentities: [a\nmore: b\n---\nbody\n")
    assert message.split(":")[1].isdigit()


def test_python_tags_are_refused_not_run(write, tmp_path):
    flag = tmp_path / "ran"
    text = f"---\ntitle: !!python/object/apply:os.system ['touch {flag}']\n---\nbody\n"
    assert "front matter" in problem(write, text)
    assert not flag.exists()


def test_yaml_alias_bombs_are_refused(write):
    # Each level refers to the one before ten times: 10**12 strings if expanded.
    lines = ["---", "l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    for i in range(1, 13):
        lines.append(f"l{i}: &l{i} [" + ", ".join([f"*l{i - 1}"] * 10) + "]")
    text = "\n".join(lines) + "\n---\nbody\n"
    assert "aliases" in problem(write, text)


def test_spans_and_approximate_dates(write):
    span = "    date: 2026\n    end: 2028\n    approximate: true"
    text = GOOD.replace("    date: 2025-10-30", span)
    event = load_article(write(text)).events[0]
    assert event.display_date() == "c. 2026\u20132028"


def test_coarser_precision_blurs_the_date(write):
    text = GOOD.replace("    date: 2025-10-30", "    date: 2025-10-30\n    precision: month")
    assert load_article(write(text)).events[0].display_date() == "Oct 2025"


def test_end_before_start_is_an_error(write):
    text = GOOD.replace("    date: 2025-10-30", "    date: 2025-10-30\n    end: 2025-09")
    assert "before the date" in problem(write, text)


def test_markdown_blocks_and_inline_spans(write):
    article = load_article(write(
        "---\ntitle: t\n---\n## Head\n\nSome **bold** and [a link](https://x.org).\n\n"
        "- one\n- two\n\n> quoted\n\n```\ncode\n```\n"))
    kinds = [(b.kind, article.block_text(b), b.marker) for b in article.blocks]
    assert kinds == [("heading", "Head", ""), ("paragraph", "Some bold and a link.", ""),
                     ("item", "one", "\u2022"), ("item", "two", "\u2022"),
                     ("quote", "quoted", ""), ("code", "code", "")]
    spans = {(s.kind, article.text[s.start:s.end], s.href) for s in article.blocks[1].spans}
    assert spans == {("strong", "bold", ""), ("link", "a link", "https://x.org")}


def test_missing_and_folder_paths(tmp_path):
    with pytest.raises(ArticleError, match="no such file"):
        load_article(tmp_path / "nope.md")
    with pytest.raises(ArticleError, match="folder"):
        load_article(tmp_path)


def test_a_month_that_is_also_a_word_is_only_the_month(write):
    path = write("---\ntitle: T\npublished: 2019-11-19\nentities:\n"
                 "  - {id: may, name: May, type: date, value: 2019-05}\n"
                 "  - {id: nasa, name: Nasa, type: organization}\n---\n"
                 "In May, nasa said the plan may slip. It was May when NASA spoke.\n")
    article = load_article(path)
    said = [(m.entity_id, article.text[m.start:m.end]) for m in article.mentions]
    assert said == [("may", "May"), ("nasa", "nasa"), ("may", "May"), ("nasa", "NASA")]
