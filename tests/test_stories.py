"""Stories across sources: grouping, merged events, disagreements, the
command line and the story screen, on the team's fixture set."""

from __future__ import annotations

import json

import yaml
from textual.widgets import DataTable, OptionList

from reader.cli import main
from reader.loading import load_article
from reader.stories.group import Member, group
from reader.stories.merge import build_stories
from reader.ui.app import ReaderApp
from reader.ui.screens.reader import ReaderScreen
from reader.ui.screens.story import PassagesScreen, StoriesScreen, StoryScreen
from reader.ui.widgets.article_view import ArticleView

from .conftest import ROOT

SET = ROOT / "bench" / "stories" / "tuning"
EXPECTED = yaml.safe_load((SET / "expected.yaml").read_text())


def members(names: list[str] | None = None) -> list[Member]:
    paths = sorted(SET.glob("*.md")) if names is None else [SET / n for n in names]
    return [Member(p.name, load_article(p)) for p in paths]


def test_articles_group_into_the_expected_stories_and_distractors_stay_out():
    stories, alone = build_stories(group(members()))
    assert sorted(sorted(s.names) for s in stories) == sorted(sorted(g)
                                                             for g in EXPECTED["stories"])
    assert sorted(m.name for m in alone) == sorted(EXPECTED["unassigned"])


def test_shared_events_merge_with_their_sources_and_figures_that_differ_are_flagged():
    stories, _ = build_stories(group(members()))
    for want in EXPECTED["events"]:
        story = next(s for s in stories if set(want["sources"]) <= set(s.names))
        event = next(e for e in story.events if e.date.iso() == str(want["date"]))
        assert sorted(event.names) == sorted(want["sources"])  # once, with every source
        assert event.date.precision == "day"  # "on Tuesday", "March 3", "3 March" agree
        values = {v for d in event.disagreements for v in d.values.values()}
        assert set(want["disagreement"]) <= values


def test_the_sources_of_an_event_are_listed_earliest_first():
    stories, _ = build_stories(group(members(["port-3.md", "port-1.md", "port-2.md"])))
    event = next(e for e in stories[0].events if len(e.sources) == 3)
    assert event.names == ("port-1.md", "port-2.md", "port-3.md")


def test_grouping_is_deterministic_and_explains_itself():
    forward = build_stories(group(members()))[0]
    backward = build_stories(group(list(reversed(members()))))[0]
    assert [s.names for s in forward] == [s.names for s in backward]
    port = next(s for s in forward if "port-1.md" in s.names)
    ties = " ".join(port.ties["port-1.md"])
    assert "Niek Jansen" in ties and "FNV Havens" in ties


def test_articles_arriving_one_by_one_end_in_the_same_stories():
    every = members()
    seen: list[Member] = []
    for member in every:
        seen.append(member)
        stories, _ = build_stories(group(seen))
    assert sorted(s.names for s in stories) == sorted(s.names for s in
                                                     build_stories(group(every))[0])


def test_a_shared_country_or_topic_word_alone_ties_nothing():
    stories, alone = build_stories(group(members(["port-1.md", "distractor-dutch-inflation.md",
                                                  "chip-1.md", "distractor-german-chips.md"])))
    assert stories == [] and len(alone) == 4


def test_stories_json_names_articles_exactly_as_given(capsys, monkeypatch):
    monkeypatch.chdir(ROOT)
    given = ["./bench/stories/tuning/port-1.md", "bench/stories/tuning/port-2.md",
             "bench/stories/tuning/port-3.md", "bench/stories/tuning/distractor-dutch-inflation.md"]
    assert main(["--stories", "--json", *given]) == 0
    data = json.loads(capsys.readouterr().out)
    (story,) = data["stories"]
    assert set(story) >= {"title", "articles", "events", "entities"}
    assert story["articles"] == given[:3]
    assert data["unassigned"] == [given[3]]
    event = next(e for e in story["events"] if len(e["sources"]) == 3)
    assert set(event) >= {"date", "end", "label", "status", "sources", "disagreements"}
    assert event["date"] == "2026-03-03" and event["end"] is None
    assert {d["what"] for d in event["disagreements"]} == {"container"}
    niek = next(e for e in story["entities"] if e["name"] == "Niek Jansen")
    assert niek["mentions"] == {given[0]: 2, given[1]: 1, given[2]: 1}  # "Jansen said" too


def test_stories_json_over_a_folder_names_its_files_under_it(capsys, monkeypatch):
    monkeypatch.chdir(ROOT)
    assert main(["--stories", "--json", "bench/stories/tuning/"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert len(data["stories"]) == 3
    every = [a for s in data["stories"] for a in s["articles"]] + data["unassigned"]
    assert sorted(every) == sorted(f"bench/stories/tuning/{p.name}" for p in SET.glob("*.md"))


def test_stories_on_the_command_line_refuse_what_does_not_fit(capsys):
    assert main(["--stories", "--json", "no/such/folder"]) == 2
    assert "no such file or folder" in capsys.readouterr().err


def lines(widget) -> str:  # noqa: ANN001
    return "\n".join(widget.render_line(y).text for y in range(widget.size.height))


async def test_the_story_screen_passages_and_reading_a_source_there():
    stories, alone = build_stories(group(members()))
    app = ReaderApp([], stories=(stories, alone))
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, StoriesScreen)
        port = next(i for i, s in enumerate(stories) if "port-1.md" in s.names)
        app.screen.query_one(OptionList).highlighted = port
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, StoryScreen)
        timeline = lines(app.screen.query_one("#story-events"))
        assert "3 Mar 2026" in timeline and "3 sources" in timeline
        assert "figures differ" in timeline and "14 (North Sea Shipping News)" in timeline
        entities = lines(app.screen.query_one("#story-entities"))
        assert "Niek Jansen" in entities
        await pilot.press("enter")  # the first event: 3 March, three sources
        await pilot.pause()
        assert isinstance(app.screen, PassagesScreen)
        await pilot.press("j", "enter")  # the second source, North Sea Shipping News
        await pilot.pause()
        assert isinstance(app.screen, ReaderScreen)
        view = app.screen.query_one(ArticleView)
        assert app.screen.article.source == "North Sea Shipping News"
        assert view.passage is not None and view.line_is_visible(view.passage[0])
        assert "March 3" in app.screen.article.text[view.passage[0]:view.passage[1]]
        await pilot.press("J")  # the next source of the story
        await pilot.pause()
        assert app.screen.article.source == "Europe Freight Wire"


async def test_articles_and_events_new_since_the_last_look_are_marked():
    first, _ = build_stories(group(members(["port-1.md", "port-2.md"])))
    app = ReaderApp([], stories=(first, []))
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        assert "first time you open this story" in lines(app.screen.query_one("#story-title"))
    later, _ = build_stories(group(members(["port-1.md", "port-2.md", "port-3.md"])))
    assert later[0].key == first[0].key  # the same story, grown
    app = ReaderApp([], stories=(later, []))
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        title = lines(app.screen.query_one("#story-title"))
        assert "1 new articles" in title
        rows = [str(app.screen.query_one("#story-sources", DataTable).get_row_at(i)[0])
                for i in range(3)]
        assert rows == [" ", " ", "\u2731"]
        assert "\u2731" in lines(app.screen.query_one("#story-events"))


async def test_this_articles_story_from_the_reader(tmp_path):
    articles = [load_article(p) for p in sorted(SET.glob("*.md"))]
    app = ReaderApp(articles)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        library = app.screen
        index = next(i for i, a in enumerate(library.articles) if a.source == "Hellenic Wire")
        library.query_one(DataTable).move_cursor(row=index)
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("S")
        await pilot.pause()
        assert isinstance(app.screen, StoryScreen)
        assert {m.article.source for m in app.screen.story.members} == {
            "Aegean Times", "Mediterranean Post", "Hellenic Wire"}


async def test_stories_across_the_cached_feed_articles_from_the_feeds_screen():
    from reader.feeds.refresh import refresh
    from reader.locations import cache_db
    from reader.store.db import Store

    from .feedserver import FeedServer, Route, rss

    items = []
    for path in sorted(SET.glob("*.md")):
        article = load_article(path)
        day = article.published.strftime("%a, %d %b %Y 09:00:00 GMT")
        html = "".join(f"<p>{article.block_text(b)}</p>" for b in article.blocks)
        items.append((path.stem, article.title, day, html))
    with FeedServer() as server:
        server.routes["/all.xml"] = Route(rss("Wire", items))
        store = Store(cache_db())
        store.add_feed(server.url("/all.xml"))
        refresh(store)
        store.close()
    app = ReaderApp([], feed_store=Store(cache_db()))
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("S")
        await app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.pause()
        assert isinstance(app.screen, StoriesScreen)
        listing = lines(app.screen.query_one(OptionList))
        assert "3 stories" in lines(app.screen.query_one("#stories-title"))
        assert "Rotterdam" in listing and "Parnitha" in listing and "Dresden" in listing


def test_an_event_dated_twice_in_one_sentence_merges_on_the_date_it_shares(write):
    first = write("---\ntitle: Deal\npublished: 2026-09-21\nsource: A\n---\nKestrel Rail agreed "
                  "on Monday to buy Harbor Lines, Kestrel Rail chief Ida Moreau said.\n", "a.md")
    second = write("---\ntitle: Review\npublished: 2026-10-02\nsource: B\n---\nRegulators "
                   "opened a review on Thursday of Kestrel Rail's purchase of Harbor Lines, "
                   "which Ida Moreau announced on 21 September.\n", "b.md")
    stories, _ = build_stories(group([Member("a.md", load_article(first)),
                                      Member("b.md", load_article(second))]))
    (story,) = stories
    shared = [e for e in story.events if len(e.names) == 2]
    assert [e.date.iso() for e in shared] == ["2026-09-21"]


async def test_the_entity_index_shows_mentions_per_source():
    stories, _ = build_stories(group(members(["port-1.md", "port-2.md", "port-3.md"])))
    app = ReaderApp([], stories=(stories, []))
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        table = app.screen.query_one("#story-entities", DataTable)
        table.focus()
        row = next(i for i, e in enumerate(app.screen.story.entities) if e.name == "Niek Jansen")
        table.move_cursor(row=row)
        await pilot.pause()
        shown = lines(app.screen.query_one("#story-entity-sources"))
        shown = " ".join(shown.split())
        assert "Niek Jansen: Harbour Daily 2" in shown and "Europe Freight Wire 1" in shown


async def test_the_story_screen_at_any_size():
    stories, alone = build_stories(group(members()))
    app = ReaderApp([], stories=(stories, alone))
    async with app.run_test(size=(20, 6)) as pilot:
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, StoryScreen)
        for size in ((60, 20), (200, 50), (30, 8)):
            await pilot.resize_terminal(*size)
            await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, PassagesScreen)
