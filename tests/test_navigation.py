"""Moving through an article, without a screen."""

from __future__ import annotations

from reader.loading import load_article
from reader.navigation import Targets, events_in_view, position_label, step_index

from .conftest import SEED


def test_position_label_reads_like_less():
    assert position_label(0, 20, 10) == "All"
    assert position_label(0, 20, 100) == "Top"
    assert position_label(30, 20, 100) == "50%"
    assert position_label(80, 20, 100) == "Bot"


def test_step_index_from_the_cursor_or_the_screen_edge_and_wraps():
    starts = [10, 20, 30, 40]
    assert step_index(starts, 1, 20, 0, 100) == (2, False)
    assert step_index(starts, -1, 20, 0, 100) == (0, False)
    assert step_index(starts, 1, None, 25, 35) == (2, False)  # first on screen
    assert step_index(starts, -1, None, 25, 35) == (2, False)  # last on screen
    assert step_index(starts, 1, 40, 0, 100) == (0, True)
    assert step_index(starts, -1, 10, 0, 100) == (3, True)


def test_targets_step_through_mentions_and_links_and_find_one_at_an_offset():
    article = load_article(SEED)
    targets = Targets(article)
    assert len(targets) == len(article.mentions)  # the seed has no links
    first = targets[0]
    assert targets.next_index(1, None, 0, 10**9) == 0
    assert targets.next_index(1, first, 0, 10**9) == 1
    assert targets.next_index(-1, None, 0, first.end) == 0
    assert targets.at(first.start) == first and targets.at(first.end) != first
    china = targets.of_entity("china")
    assert len(china) == 7 and all(t.kind == "mention" for t in china)


def test_events_in_view_are_those_whose_passage_overlaps():
    article = load_article(SEED)
    busan = next(i for i, e in enumerate(article.events) if e.id == "busan-meeting")
    start, end = article.events[busan].span
    assert busan in events_in_view(article.events, start, start + 1)
    assert busan not in events_in_view(article.events, end, end + 1) or \
        any(e.span and e.span[0] <= end < e.span[1] for e in article.events)
    assert events_in_view(article.events, 0, 0) == set()


def test_a_list_cursor_steps_over_what_cannot_hold_it():
    from reader.navigation import nearest_item, step_item

    headings = {0, 3, 4}  # e.g. "People", "Places" and "Dates" in the entities panel
    takes = lambda i: i not in headings  # noqa: E731
    assert step_item(None, 1, 7, takes) == 1 and step_item(None, -1, 7, takes) == 6
    assert step_item(2, 1, 7, takes) == 5 and step_item(5, -1, 7, takes) == 2
    assert step_item(6, 1, 7, takes) is None and step_item(1, -1, 7, takes) is None
    assert nearest_item(3, 1, 7, takes) == 5 and nearest_item(4, -1, 7, takes) == 2
    assert step_item(None, 1, 0, takes) is None
