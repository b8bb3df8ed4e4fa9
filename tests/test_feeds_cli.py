"""The feed options of the command line, run as a user runs them."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
import threading

import pytest

from reader.cli import main
from reader.store.db import SCHEMA_VERSION, Store

from .feedserver import FeedServer, Route, rss

DAY = "Mon, 23 Nov 2026 10:00:00 GMT"


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def server():
    with FeedServer() as s:
        s.routes["/world.xml"] = Route(rss("World", [
            ("w1", "Older story", "Sat, 21 Nov 2026 08:00:00 GMT", "<p>old</p>"),
            ("w2", "Newer story", DAY, "<p>new</p>")]))
        s.routes["/tech.xml"] = Route(rss("Tech [bold]x[/bold]", [("t1", "Chips", DAY, "c")]))
        s.routes["/home"] = Route(
            b'<html><head><link rel="alternate" type="application/rss+xml" '
            b'href="/tech.xml"></head><body>home</body></html>', content_type="text/html")
        s.routes["/plain"] = Route(b"<html><body>no feed</body></html>", content_type="text/html")
        yield s


def test_add_prints_a_line_per_url_and_exit_1_when_any_fails(server, capsys):
    code, out, _ = run(capsys, "--add", server.url("/world.xml"), server.url("/home"),
                       server.url("/plain"), server.url("/missing"))
    lines = out.splitlines()
    assert code == 1 and len(lines) == 4
    assert lines[0].endswith("added: World: 2 articles")
    assert "added: Tech [bold]x[/bold]: 1 articles (found on" in lines[1]
    assert "not added: a web page that announces no feed" in lines[2]
    assert "not added: HTTP 404" in lines[3]
    code, out, _ = run(capsys, "--add", server.url("/world.xml"))
    assert code == 1 and "already subscribed" in out
    code, out, _ = run(capsys, "--add", server.url("/home"))  # finds tech.xml, known already
    assert code == 1 and "already subscribed (as" in out
    assert run(capsys, "--add", server.url("/plain"), "file:///etc/passwd")[0] == 1


def test_list_and_list_json_newest_first(server, capsys):
    assert run(capsys, "--add", server.url("/world.xml"), server.url("/tech.xml"))[0] == 0
    code, out, _ = run(capsys, "--list")
    assert code == 0
    assert out.splitlines() == [
        f"Tech [bold]x[/bold]\t{server.url('/tech.xml')}\t1 articles\t1 unread",
        f"World\t{server.url('/world.xml')}\t2 articles\t2 unread"]
    code, out, _ = run(capsys, "--list", "--json")
    data = json.loads(out)
    world = next(f for f in data if f["title"] == "World")
    assert set(world) >= {"title", "url", "unread", "error", "articles"}
    assert [a["title"] for a in world["articles"]] == ["Newer story", "Older story"]
    assert world["articles"][0] == {"title": "Newer story", "link": server.url("/w2"),
                                    "published": "2026-11-23T10:00:00Z", "read": False}
    assert world["error"] is None and world["unread"] == 2


def test_refresh_summary_and_exit_status(server, capsys):
    run(capsys, "--add", server.url("/world.xml"), server.url("/tech.xml"))
    code, out, err = run(capsys, "--refresh")
    assert (code, out, err) == (0, "2 feeds, 0 new articles\n", "")
    server.routes["/tech.xml"] = Route(b"gone", 500, "text/plain")
    code, out, _ = run(capsys, "--refresh")
    assert code == 1
    assert out == f"2 feeds, 0 new articles, 1 failed: {server.url('/tech.xml')}: " \
                  "HTTP 500 Internal Server Error\n"
    code, out, _ = run(capsys, "--list")
    assert "error: HTTP 500" in out


def test_remove(server, capsys):
    run(capsys, "--add", server.url("/world.xml"))
    code, out, _ = run(capsys, "--remove", server.url("/world.xml"), "http://not.subscribed/")
    assert code == 1
    assert out.splitlines() == [f"{server.url('/world.xml')}: removed",
                                "http://not.subscribed/: not subscribed"]
    assert run(capsys, "--list")[1].startswith("no subscriptions")


OPML = """<?xml version="1.0"?>
<opml version="2.0"><head><title>mine</title></head><body>
  <outline text="Loose" xmlUrl="https://loose.example/feed"/>
  <outline text="News">
    <outline text="World" title="World" xmlUrl="https://world.example/rss"/>
    <outline text="Europe">
      <outline text="EU" xmlUrl="https://eu.example/atom"/>
    </outline>
  </outline>
  <outline text="Bad" xmlUrl="file:///etc/passwd"/>
</body></opml>"""


def test_import_nested_outlines_as_folders_and_export_round_trip(tmp_path, capsys,
                                                               monkeypatch):
    path = tmp_path / "subs.opml"
    path.write_text(OPML)
    code, out, _ = run(capsys, "--import", str(path))
    assert code == 1  # one outline was skipped
    assert "file:///etc/passwd: only http and https" in out
    assert out.splitlines()[-1].startswith(
        f"{path}: 3 feeds added, 0 already subscribed, 1 skipped")
    code, out, _ = run(capsys, "--list")
    assert "[News/Europe]" in out and "[News]" in out
    code, exported, _ = run(capsys, "--export")
    assert code == 0 and exported.startswith('<?xml version="1.0" encoding="UTF-8"?>')
    assert '<opml version="2.0">' in exported
    again = tmp_path / "again.opml"
    again.write_text(exported)
    monkeypatch.setenv("NEWSREADER_DATA_DIR", str(tmp_path / "second"))
    code, out, _ = run(capsys, "--import", str(again))
    assert code == 0 and "3 feeds added" in out
    assert run(capsys, "--list")[1] == run(capsys, "--list")[1]
    listing = run(capsys, "--list")[1]
    assert "[News/Europe]" in listing and "https://eu.example/atom" in listing


def test_broken_opml_is_one_line_with_file_and_line(tmp_path, capsys):
    path = tmp_path / "broken.opml"
    path.write_text('<?xml version="1.0"?>\n<opml><body>\n<outline text="x"\n</body></opml>')
    code, out, err = run(capsys, "--import", str(path))
    assert code == 2 and out == ""
    assert err.startswith(f"newsreader: {path}:") and "not valid OPML" in err
    assert len(err.strip().splitlines()) == 1
    code, _, err = run(capsys, "--import", str(tmp_path / "missing.opml"))
    assert code == 2 and "cannot read" in err


def test_feed_options_refuse_what_does_not_fit(capsys):
    assert run(capsys, "--add")[0] == 2
    assert run(capsys, "--refresh", "x")[0] == 2
    code, _, err = run(capsys, "--refresh", "--print")
    assert code == 2 and "cannot be combined" in err


def test_a_corrupt_cache_is_set_aside_with_a_warning(tmp_path, capsys):
    data = tmp_path / "data" / "newsreader"
    data.mkdir(parents=True)
    (data / "newsreader.db").write_bytes(b"this is not a database" * 100)
    code, out, err = run(capsys, "--list")
    assert code == 0 and "moved to newsreader.db.corrupt-" in err
    assert list(data.glob("newsreader.db.corrupt-*"))


def test_schema_is_versioned(tmp_path):
    store = Store(tmp_path / "c.db")
    store.close()
    db = sqlite3.connect(tmp_path / "c.db")
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    db.commit()
    db.close()
    with pytest.raises(Exception, match="newer newsreader"):
        Store(tmp_path / "c.db")


def test_two_processes_writing_at_once_do_not_corrupt_the_cache(tmp_path):
    """Two readers mark articles read and add feeds concurrently."""
    path = tmp_path / "shared.db"
    Store(path).close()
    script = (
        "import sys; from reader.store.db import Store\n"
        "s = Store(sys.argv[1]); tag = sys.argv[2]\n"
        "for n in range(150):\n"
        "    s.add_feed(f'https://{tag}.example/{n}')\n"
        "    s.mark_all_read()\n"
    )
    procs = [subprocess.Popen([sys.executable, "-c", script, str(path), tag])
             for tag in ("a", "b")]
    threads = [threading.Thread(target=p.wait) for p in procs]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert [p.returncode for p in procs] == [0, 0]
    store = Store(path)
    assert len(store.feeds()) == 300
    assert store.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    store.close()


def test_a_url_with_neither_article_nor_feed_is_one_line_and_exit_2(server, capsys):
    code, out, err = run(capsys, server.url("/plain"))
    assert code == 2 and out == ""
    assert err.startswith(f"newsreader: {server.url('/plain')}: no article found on the page")
    assert err.count("\n") == 1
    code, _, err = run(capsys, "--print", server.url("/world.xml"))
    assert code == 2 and "not a web page (application/rss+xml)" in err


def test_escape_sequences_in_feed_titles_never_reach_the_terminal(server, capsys):
    server.routes["/evil.xml"] = Route(
        b'<?xml version="1.0"?><rss version="2.0"><channel><title>Evil\x1b]52;c;SGVsbG8=\x07'
        b"\x1b[2J</title><item><guid>1</guid><title>\x1b]8;;http://x\x1b\\\\link\x9b31m"
        b"</title><description>d</description></item></channel></rss>")
    run(capsys, "--add", server.url("/evil.xml"))
    for args in (["--list"], ["--list", "--json"], ["--export"]):
        code, out, _ = run(capsys, *args)
        assert code == 0
        assert "\x1b" not in out and "\x07" not in out and "\x9b" not in out
        if args == ["--list"]:
            assert "Evil\u241b]52;c;SGVsbG8=\u2407\u241b[2J" in out


def test_refresh_shows_progress_on_a_terminal_and_only_there(server, capsys):
    import os
    import pty

    run(capsys, "--add", server.url("/world.xml"), server.url("/tech.xml"))
    pid, fd = pty.fork()
    if pid == 0:
        os.execv(sys.executable, [sys.executable, "-m", "reader", "--refresh"])
    output = b""
    while True:
        try:
            chunk = os.read(fd, 4096)
        except OSError:
            break
        if not chunk:
            break
        output += chunk
    _, status = os.waitpid(pid, 0)
    text = output.decode()
    assert os.waitstatus_to_exitcode(status) == 0
    assert "[1/2]" in text and "[2/2]" in text  # progress, on the terminal
    assert "2 feeds, 0 new articles" in text
    code, out, err = run(capsys, "--refresh")  # not a terminal: the summary alone
    assert (code, out, err) == (0, "2 feeds, 0 new articles\n", "")
