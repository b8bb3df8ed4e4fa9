"""An unannotated article shows its text first; names and dates follow."""

from __future__ import annotations

from reader.quickstart import load_article_cached
from reader.ui.app import ReaderApp
from reader.ui.widgets.article_view import ArticleView
from reader.ui.widgets.legend import Legend
from reader.ui.widgets.timeline import Timeline

from .ui_helpers import screen_text

PARAGRAPH = ("Foreign Minister Ana Lima met Norway's prime minister in Oslo on Monday. "
             "Lima will visit Berlin in March, officials said, and the talks continue.")


def long_article(write, paragraphs: int = 400):  # noqa: ANN001, ANN201
    body = "\n\n".join(f"{PARAGRAPH} (Part {n}.)" for n in range(paragraphs))
    return write(f"---\ntitle: Long\npublished: 2026-11-24\n---\n{body}\n")


async def test_text_first_then_highlights_and_timeline(write, monkeypatch):
    import threading

    import reader.extract

    path = long_article(write)
    article = load_article_cached(path, defer=True)
    assert article.deferred and not article.entities
    # Extraction waits until the text-only screen has been looked at.
    looked = threading.Event()
    real = reader.extract.complete

    def held(article):  # noqa: ANN001, ANN202
        looked.wait(10)
        return real(article)

    monkeypatch.setattr(reader.extract, "complete", held)
    app = ReaderApp([article])
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        view = app.screen.query_one(ArticleView)
        assert "Foreign Minister Ana Lima" in screen_text(view)
        assert "finding names and dates" in app.screen.query_one(Legend).render_line(0).text
        assert not app.screen.article.entities
        looked.set()
        await app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.pause()
        done = app.screen.article
        assert not done.deferred and {"Ana Lima", "Oslo"} <= {e.name for e in done.entities}
        assert done.mentions and len(app.screen.query_one(Timeline).events) == len(done.events)
        assert "finding" not in app.screen.query_one(Legend).render_line(0).text
    # Found once: the next start reads it back complete.
    again = load_article_cached(path, defer=True)
    assert not again.deferred and again.entities == done.entities


async def test_the_reading_place_is_kept_when_highlights_arrive(write):
    path = long_article(write)
    app = ReaderApp([load_article_cached(path, defer=True)])
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await pilot.press("space", "space", "space")
        view = app.screen.query_one(ArticleView)
        place = view.top_offset()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert abs(app.screen.query_one(ArticleView).top_offset() - place) < 200
