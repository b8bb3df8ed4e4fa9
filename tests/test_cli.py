"""The command line: --print, --json, --check, errors."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from reader import cli
from reader.cli import main

from .conftest import SEED, seed_paragraphs


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_print_piped_is_plain_and_word_for_word(capsys):
    code, out, err = run(capsys, "--print")
    assert code == 0 and err == ""
    for paragraph in seed_paragraphs():
        assert paragraph in out.splitlines()
    assert "\x1b" not in out and "\x07" not in out
    assert "Timeline" in out and "Apr 2026" in out and "30 Oct 2025" in out


def test_print_on_a_terminal_has_colour_and_no_color_has_none(tmp_path):
    script = (
        "import sys, pty, os\n"
        "pid, fd = pty.fork()\n"
        "if pid == 0:\n"
        "    os.execv(sys.executable, [sys.executable, '-m', 'reader', '--print'])\n"
        "out = b''\n"
        "while True:\n"
        "    try:\n"
        "        chunk = os.read(fd, 65536)\n"
        "    except OSError:\n"
        "        break\n"
        "    if not chunk:\n"
        "        break\n"
        "    out += chunk\n"
        "os.waitpid(pid, 0)\n"
        "sys.stdout.buffer.write(out)\n"
    )
    env = {k: v for k, v in os.environ.items() if k != "NO_COLOR"}
    env["TERM"] = "xterm-256color"
    coloured = subprocess.run([sys.executable, "-c", script], capture_output=True, check=True,
                              env=env)
    assert b"\x1b[" in coloured.stdout and b"38;" in coloured.stdout
    env["NO_COLOR"] = "1"
    plain = subprocess.run([sys.executable, "-c", script], capture_output=True, check=True,
                           env=env)
    assert b"38;" not in plain.stdout  # no foreground colours
    assert b"\x1b[1m" in plain.stdout  # but bold and friends still set types apart


def test_json_lists_entities_mentions_and_ordered_events(capsys):
    code, out, _ = run(capsys, "--json", str(SEED))
    data = json.loads(out)
    assert code == 0
    text = data["text"]
    trump = next(e for e in data["entities"] if e["id"] == "trump")
    assert trump["count"] == 5
    assert {text[s:e] for s, e in trump["mentions"]} == {"Donald Trump", "Trump"}
    keys = [(e["date"], e["end"]) for e in data["events"]]
    assert len(keys) == 10
    assert data["events"][0]["id"] == "busan-meeting"
    for event in data["events"]:
        start, end = event["span"]
        assert text[start:end] == event["quote"]


def test_check_reports_problems_and_exit_status(capsys, write):
    good = str(SEED)
    bad = str(write("---\ntitle: x\nentities:\n  - id: a\n    name: A\n    type: thing\n---\nA.\n"))
    code, out, _ = run(capsys, "--check", good)
    assert code == 0 and "ok (28 entities" in out
    code, out, _ = run(capsys, "--check", good, bad)
    assert code == 1
    assert f"{bad}:6: entities[0].type: unknown type 'thing'" in out


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["--print", "/no/such/file.md"], "/no/such/file.md: no such file"),
        (["--bogus"], "unrecognized arguments"),
        (["--check"], "needs at least one PATH"),
    ],
)
def test_errors_are_one_line_with_status_2(capsys, args, words):
    with pytest.raises(SystemExit) if args == ["--bogus"] else _nothing() as info:
        code = main(args)
    out, err = capsys.readouterr()
    code = info.value.code if info else code
    assert code == 2
    assert words in err and len(err.strip().splitlines()) == 1 and "Traceback" not in err


class _nothing:
    def __enter__(self):
        return None

    def __exit__(self, *exc):
        return False


def test_bad_front_matter_on_print_is_exit_2(capsys, write):
    path = write("---\ntitle: [unclosed\n---\nbody\n")
    code, out, err = run(capsys, "--print", str(path))
    assert code == 2 and str(path) in err and out == ""


def test_no_arguments_means_what_the_parser_would_say():
    assert vars(cli.build_parser().parse_args([])) == cli.NO_ARGUMENTS


def test_version(capsys):
    with pytest.raises(SystemExit) as info:
        main(["--version"])
    assert info.value.code == 0
    assert capsys.readouterr().out.startswith("newsreader ")


def test_python_dash_m_and_stdin():
    result = subprocess.run(
        [sys.executable, "-m", "reader", "--json", "-"],
        input=b"Headline\nFirst paragraph here.\n", capture_output=True, check=True,
    )
    data = json.loads(result.stdout)
    assert data["title"] == "Headline" and data["text"] == "First paragraph here."


def test_folders_are_searched_recursively_and_loops_are_harmless(tmp_path):
    from reader.sources import collect

    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "a" / "one.md").write_text("# One\n\nText.\n")
    (tmp_path / "a" / "b" / "two.txt").write_text("Two\nText.\n")
    (tmp_path / "a" / "b" / "skip.pdf").write_text("no")
    (tmp_path / "a" / "b" / "loop").symlink_to(tmp_path / "a")
    found = [s.path.name for s in collect([str(tmp_path / "a")])]
    assert found == ["one.md", "two.txt"]


def test_a_folder_with_nothing_readable_says_so(tmp_path, capsys):
    (tmp_path / "notes.pdf").write_text("x")
    assert main(["--check", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert "folder holds no articles" in err and str(tmp_path) in err


def test_check_takes_folders_files_and_stdin_together(tmp_path, monkeypatch, capsys):
    import io

    (tmp_path / "d").mkdir()
    (tmp_path / "d" / "x.md").write_text("# X\n\nBody.\n")
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(b"Head\nBody line\n")))
    assert main(["--check", str(tmp_path / "d"), str(SEED), "-"]) == 0
    out = capsys.readouterr().out
    assert out.count(": ok (") == 3 and "<stdin>: ok" in out


def test_print_takes_one_article(tmp_path, capsys):
    (tmp_path / "d").mkdir()
    for name in ("a.md", "b.md"):
        (tmp_path / "d" / name).write_text("# A\n\nBody.\n")
    assert main(["--print", str(tmp_path / "d")]) == 2
    assert "takes one article, 2 were given" in capsys.readouterr().err


def test_stdin_article_without_a_terminal_for_keys_is_a_clear_error():
    done = subprocess.run([sys.executable, "-m", "reader", "-"], input=b"Head\nBody line\n",
                          capture_output=True, start_new_session=True)
    assert done.returncode == 2
    assert done.stderr.decode().strip() == (
        "newsreader: no terminal to read keys from; use --print or --json with a pipe")
