"""Several articles open in the library screen."""

from __future__ import annotations

import datetime as dt
import re

from textual.widgets import DataTable

from reader.loading import load_article
from reader.ui.app import ReaderApp
from reader.ui.screens.library import LibraryScreen
from reader.ui.screens.reader import ReaderScreen

from .conftest import ROOT, SEED
from .ui_helpers import painted_text

ARTICLES = [SEED, *sorted((ROOT / "bench" / "articles").glob("*.md"))]


def library_app() -> ReaderApp:
    return ReaderApp([load_article(p) for p in ARTICLES], problems=["bad.md: not readable"])


async def test_library_lists_articles_newest_first_with_read_marks():
    app = library_app()
    async with app.run_test(size=(110, 30)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, LibraryScreen)
        table = app.screen.query_one(DataTable)
        assert table.row_count == len(ARTICLES) + 1  # and the file that could not be read
        rows = [[str(cell) for cell in table.get_row_at(i)] for i in range(table.row_count)]
        assert rows[-1][:3] == ["\u26a0", "bad.md: not readable", "not read"]
        rows = rows[:-1]
        dates = [dt.datetime.strptime(r[3], "%d %b %Y") for r in rows if r[3]]
        assert dates == sorted(dates, reverse=True) and len(dates) == len(ARTICLES)
        assert all(r[0] == "\u25cf" for r in rows)  # nothing read yet
        assert "(1 could not be read)" in str(app.screen.query_one("#library-title").render())
        await pilot.press("j", "enter")
        await pilot.pause()
        assert isinstance(app.screen, ReaderScreen)
        assert app.screen.article.title == rows[1][1]
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, LibraryScreen)
        marks = [str(table.get_row_at(i)[0]) for i in range(len(ARTICLES))]
        assert marks[1] == " " and marks.count("\u25cf") == len(ARTICLES) - 1
        await pilot.resize_terminal(160, 30)
        await pilot.pause()
        assert table.columns["Headline"].width > 100  # follows the new width
        await pilot.press("q")
    assert app.return_code == 0


async def test_unannotated_article_shows_automatic_entities_and_events(write):
    path = write("Ministers Meet in Oslo\nForeign Minister Ana Lima met Norway's prime "
                 "minister in Oslo on Monday. Lima will visit Berlin in March.\n", "plain.txt")
    article = load_article(path)
    assert not article.annotated and all(e.automatic for e in article.entities)
    app = ReaderApp([article])
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.pause()
        panel = painted_text(app.screen.query_one("#entities")).splitlines()
        assert any(re.search(r"Ana Lima \d+ auto", line) for line in panel), panel


def test_library_snapshot(snap_compare):
    assert snap_compare(library_app(), terminal_size=(110, 20))


async def test_a_file_that_cannot_be_read_is_listed_with_its_reason(tmp_path):
    from reader.cli import main  # noqa: F401 - the command line builds the same list

    folder = tmp_path / "mixed"
    folder.mkdir()
    (folder / "good.md").write_text("# Good one\n\nSome text here.\n")
    (folder / "bad.md").write_text("---\ntitle: [unclosed\n---\nbody\n")
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02" * 100)
    from reader.library import load_source
    from reader.problems import ArticleError
    from reader.sources import collect

    articles, problems = [], []
    for source in collect([str(folder)]):
        try:
            articles.append(load_source(source))
        except ArticleError as exc:
            problems.append(str(exc))
    assert len(articles) == 1 and len(problems) == 2
    app = ReaderApp(articles + [load_article(SEED)], problems=problems)
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.pause()
        table = app.screen.query_one(DataTable)
        rows = [[str(c) for c in table.get_row_at(i)] for i in range(table.row_count)]
        listed = [r for r in rows if r[0] == "\u26a0"]
        assert len(listed) == 2
        assert any("bad.md" in r[1] for r in listed) and any("binary" in r[1] for r in listed)
