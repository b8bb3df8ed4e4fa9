"""Automatic extraction never raises, whatever real-looking text it is given."""

from __future__ import annotations

import datetime as dt
import json
import os

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.extract import augment
from reader.extract.dates import resolve
from reader.loading import parse_article

from .conftest import ROOT

EXAMPLES = int(os.environ.get("PROPERTY_EXAMPLES", 150))
SETTINGS = settings(max_examples=EXAMPLES, deadline=5000,
                    suppress_health_check=[HealthCheck.too_slow])
EVAL = ROOT.parent / "shared" / "eval" / "article-extraction" / "ground-truth.json"

MONTHS = ["January", "February", "March", "Sept.", "Oct", "December", "may", "June"]
PREFIXES = ["", "mid-", "early ", "late ", "mid ", "the end of ", "early-", "late-",
            "the first week of "]
WEEKDAYS = ["Monday", "tuesday", "last Friday", "next Sunday", "this Wednesday"]
UNITS = ["%", " percent", " people", " tonnes", " million dollars", "bn", " km", "th"]

years = st.integers(min_value=1, max_value=99999).map(str)
days = st.integers(min_value=0, max_value=40).map(str)
month_phrases = st.builds(lambda p, m, d, y, order: {
    0: f"{p}{m}", 1: f"{p}{m} {y}", 2: f"{m} {d}, {y}", 3: f"{d} {m} {y}", 4: f"{m} {d}",
    5: f"{d} {m}", 6: f"{p}{m}-{y}"}[order],
    st.sampled_from(PREFIXES), st.sampled_from(MONTHS), days, years, st.integers(0, 6))
odd = st.sampled_from([
    "9/11", "24/7", "the 1990s", "the '80s", "Q3 2024", "Q5 2025", "300 BC", "AD 79",
    "the 21st century", "2024-02-31", "2024-13-01", "0000-01-01", "99999-12-31",
    "for the past 3000 years", "in the next 50,000 years", "tomorrow", "yesterday", "today",
    "the next year", "last year", "next month", "the next three years", "between 1 and 31 "
    "December", "from March to May 2026", "FY2025", "2025/26", "12/31/2024", "31.12.2024",
])
numbers = st.builds(lambda n, u: f"{n}{u}", st.integers(-10**12, 10**12),
                    st.sampled_from(UNITS))
verbs = st.sampled_from(["said", "will meet", "met", "could double", "plans to visit",
                         "denied", "is expected", "rose", "fell", "announced"])
names = st.sampled_from(["Maria Okonkwo", "Fenwick Logistics", "Leeds", "the U.S. Forest "
                         "Service", "Mr. Dahl", "Dr. Ito", "President Lee", "China"])
phrase = st.one_of(month_phrases, odd, numbers, st.sampled_from(WEEKDAYS), years)
sentence = st.builds(lambda who, verb, parts: f"{who} {verb} " + " on ".join(parts) + ".",
                     names, verbs, st.lists(phrase, min_size=1, max_size=4))
texts = st.lists(sentence, min_size=1, max_size=8).map(" ".join)
published = st.one_of(st.none(), st.dates(min_value=dt.date(1, 1, 1),
                                          max_value=dt.date(9999, 12, 31)))


@SETTINGS
@given(texts, published)
def test_extraction_never_raises_on_real_looking_sentences(text, when):
    entities, mentions, events = augment(text, when, [], [])
    for event in events:
        event.date.first_day(), (event.end or event.date).last_day()  # real calendar days
        assert event.span is None or text[event.span[0]:event.span[1]] == event.quote


@SETTINGS
@given(phrase, st.sampled_from(["mdy", "dmy", "month_year", "part", "year", "weekday",
                                "rel_weekday", "named_day", "rel_unit", "month", "span",
                                "iso"]), published)
def test_resolving_any_phrase_as_any_kind_gives_a_date_or_none(expr, kind, when):
    resolved = resolve(expr, kind, when)
    if resolved is not None:
        resolved.date.first_day()


@pytest.mark.parametrize("when", ["0001-01-01", "9999-12-31", "2025-03-01"])
def test_edge_publication_dates_open(when):
    text = (f"---\npublished: {when}\n---\nOfficials said on Monday that talks would resume "
            "tomorrow, in mid-March, and again for the past 3000 years and next year.\n")
    article = parse_article(text, "edge.md")
    assert article.text.startswith("Officials said")


@pytest.mark.skipif(not EVAL.exists(), reason="../shared/eval is not beside the checkout")
def test_every_real_article_body_goes_through_extraction():
    bodies = [v["articleBody"] for v in json.loads(EVAL.read_text()).values()]
    assert len(bodies) == 181
    for body in bodies:
        for when in (dt.date(2019, 11, 20), dt.date(1, 1, 1), dt.date(9999, 12, 31), None):
            augment(body, when, [], [])
