"""Hostile articles: each gives a clean article or one line naming the file."""

from __future__ import annotations

import json
import re
import time
from pathlib import Path

import pytest

from reader.cli import main
from reader.layout import Layout
from reader.loading import ArticleError, load_article
from reader.sanitize import clean

from .pty_run import run_on_pty

ESC, BEL = "\x1b", "\x07"
MARKUP = "[bold red]loud[/] [@click=app.quit]quit[/] [link=https://evil.example]x[/link]"
TERMINAL = "\x1b]2;pwned\x07 \x1b[2J \x1b]8;;https://evil.example\x1b\\x\x1b]8;;\x1b\\ " \
           "\x1b]52;c;ZXZpbA==\x07 \x9b31m \x90dcs\x9c \x1bP+q\x1b\\"


def laughs(n: int) -> str:
    """n levels of n references each: n**(n+1) strings if anything expanded them."""
    return "---\n" + f"l0: &l0 [{', '.join(['lol'] * n)}]\n" + "".join(
        f"l{i}: &l{i} [" + ", ".join([f"*l{i - 1}"] * n) + "]\n" for i in range(1, n + 1)
    ) + "---\nx\n"



CORPUS: dict[str, str | bytes] = {
    "markup.md": f"# {MARKUP}\n\n{MARKUP}\n",
    "markup-front.md": f"---\ntitle: '{MARKUP}'\nentities:\n  - id: a\n    name: '[b]X[/b]'\n"
                       f"    type: person\n---\n[b]X[/b] said {MARKUP}\n",
    "terminal.md": f"# Title {TERMINAL}\n\nBody {TERMINAL}\n",
    "terminal.txt": f"Head {TERMINAL}\nBody {TERMINAL}\n",
    "yaml-escape.md": '---\ntitle: "T \\e]2;pwned\\a \\x9b"\nentities:\n  - id: a\n'
                      '    name: "N\\e[2J"\n    type: person\n---\nN\x1b[2J and more\n',
    "bidi.md": "# Safe \u202eevil\u202c\n\nText \u2066isolated\u2069 here.\n",
    "billion-laughs.md": laughs(11),
    "small-laughs.md": laughs(9),  # under the alias limit: loads, never expanded
    "python-tag.md": "---\ntitle: !!python/object/apply:os.system ['echo hi']\n---\nx\n",
    "invalid-utf8.md": b"# Caf\xe9\n\nna\xefve \xff\xfe text\n",
    "binary.md": bytes(range(256)) * 40,
    "nested-quotes.md": ">" * 20000 + " deep\n",
    "nested-lists.md": "".join("  " * i + "- item\n" for i in range(3000)),
    "long-line.md": "# Long\n\n" + "x" * 2_000_000 + "\n",
    "empty.md": "",
    "front-only.md": "---\ntitle: Only\n---\n",
    "unclosed.md": "---\ntitle: x\nbody\n",
    "wrong-types.md": "---\ntitle: [1, 2]\nentities: {a: 1}\nevents: 5\n---\nbody\n",
    "unknown-refs.md": "---\nevents:\n  - id: e\n    date: 2025\n    label: L\n"
                       "    entities: [ghost]\n---\nbody\n",
    "bom-crlf.md": "\ufeff---\r\ntitle: T\r\n---\r\nBody line\r\n",
    "cjk-emoji.md": "# 北京の記事 🐉\n\n習近平と🇺🇸の首脳会談。 " + "漢字" * 500 + "\n",
    "deep-yaml.md": "---\ntitle: x\nx: " + "[" * 5000 + "]" * 5000 + "\n---\nbody\n",
    "nul-heavy.txt": "a\x00" * 1000,
    "many-entities.md": "---\nentities:\n" + "".join(
        f"  - {{id: e{i}, name: Name{i}, type: person}}\n" for i in range(10_001)) + "---\nx\n",
}


def write_corpus(folder: Path) -> dict[str, Path]:
    paths = {}
    for name, content in CORPUS.items():
        path = folder / name
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
        paths[name] = path
    return paths


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> dict[str, Path]:
    return write_corpus(tmp_path_factory.mktemp("hostile"))


def no_controls(text: str) -> bool:
    return not re.search(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]", text)


@pytest.mark.parametrize("name", sorted(CORPUS))
def test_loader_gives_an_article_or_one_line_naming_the_file(corpus, name):
    start = time.perf_counter()
    try:
        article = load_article(corpus[name])
    except ArticleError as exc:
        message = str(exc)
        assert message.startswith(str(corpus[name])) and "\n" not in message
        assert no_controls(message)
    else:
        for text in (article.title, article.text, article.meta_line(),
                     *(e.name for e in article.entities)):
            assert no_controls(text.replace("\n", ""))
        assert "\u202e" not in article.title
        Layout(article, 80)
    assert time.perf_counter() - start < 20  # a bound on hanging, not a speed target


@pytest.mark.parametrize("name", sorted(CORPUS))
def test_print_and_json_never_emit_escapes(corpus, capsys, name):
    for flag in ("--print", "--json"):
        code = main([flag, str(corpus[name])])
        out, err = capsys.readouterr()
        assert code in (0, 2)
        assert ESC not in out and BEL not in out and ESC not in err and BEL not in err
        if code == 2:
            assert len(err.strip().splitlines()) == 1 and str(corpus[name]) in err
        elif flag == "--json":
            json.loads(out)


def test_expected_refusals(corpus):
    expect = {
        "billion-laughs.md": "aliases", "python-tag.md": "front matter", "binary.md": "binary",
        "empty.md": "nothing to read", "front-only.md": "nothing to read",
        "unclosed.md": "never closed", "wrong-types.md": "must be", "unknown-refs.md":
        "unknown entity 'ghost'", "deep-yaml.md": "nested", "nul-heavy.txt": "binary",
        "many-entities.md": "more than",
    }
    for name, words in expect.items():
        with pytest.raises(ArticleError) as info:
            load_article(corpus[name])
        assert words in str(info.value), name


def test_visible_forms_and_warnings(corpus):
    terminal = load_article(corpus["terminal.md"])
    assert "\u241b]2;pwned\u2407" in terminal.title and "<U+009B>" in terminal.text
    escaped = load_article(corpus["yaml-escape.md"])
    assert "\u241b" in escaped.title and escaped.entities[0].name == "N\u241b[2J"
    assert len(escaped.mentions) == 1  # the name still matches its (cleaned) mention
    assert "<RLO>" in load_article(corpus["bidi.md"]).title
    broken = load_article(corpus["invalid-utf8.md"])
    assert "\ufffd" in broken.title and "invalid UTF-8" in broken.warnings[0]
    markup = load_article(corpus["markup-front.md"])
    assert markup.title == MARKUP and markup.entities[0].name == "[b]X[/b]"
    assert len(markup.mentions) == 1


def test_files_over_the_size_limit_are_refused(tmp_path):
    big = tmp_path / "big.md"
    with big.open("wb") as fh:
        fh.seek(51 * 1024 * 1024)
        fh.write(b"x")
    with pytest.raises(ArticleError, match="limit is 50 MB"):
        load_article(big)


def test_clean_makes_every_control_visible():
    for code in [*range(0, 9), *range(11, 32), *range(0x7F, 0xA0)]:
        assert no_controls(clean(f"a{chr(code)}b"))
    assert clean("tab\there\r\nline") == "tab    here\nline"


async def test_markup_is_shown_literally_and_does_nothing(corpus):
    from reader.ui.app import ReaderApp
    from reader.ui.widgets.article_view import ArticleView

    from .ui_helpers import painted_text, screen_text

    app = ReaderApp([load_article(corpus["markup-front.md"])])
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.pause()
        view = app.screen.query_one(ArticleView)
        assert "[@click=app.quit]quit[/]" in screen_text(view)
        await pilot.press("tab", "enter", "shift+tab", "right", "right", "enter", "escape")
        await pilot.click(ArticleView, offset=(20, 6))
        await pilot.pause()
        assert app.is_running
        panel = painted_text(app.screen.query_one("#entities")).splitlines()
        assert any("[b]X[/b]" in line for line in panel), panel


def test_real_terminal_gets_no_raw_sequences_from_the_article(corpus):
    """Run the app on a pseudo-terminal and read every byte it writes."""
    output, status = run_on_pty([str(corpus["terminal.md"])], ready=b"Body")
    assert status == 0
    assert b"\x1b]2;pwned" not in output and b"\x1b]52;" not in output
    assert b"\x1b]8;;https://evil" not in output and b"\xc2\x9b" not in output
    assert "\u241b]2;pwned".encode() in output  # shown, harmlessly
