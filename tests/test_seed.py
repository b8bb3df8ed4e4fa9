"""The bundled seed article: text as published, entities and timeline."""

from __future__ import annotations

from reader.loading import load_article
from reader.locations import seed_article

from .conftest import SEED, seed_paragraphs


def test_seed_is_bundled_and_loads():
    article = load_article(seed_article())
    assert seed_article() == SEED
    assert article.title.startswith("Trump Announces Plans for 2026 State Visit to Beijing")
    assert article.dateline == "WASHINGTON"
    assert article.published.isoformat() == "2025-11-25"


def test_seed_body_is_word_for_word():
    article = load_article(SEED)
    paragraphs = [article.block_text(b) for b in article.blocks]
    assert paragraphs == seed_paragraphs()
    for typo in ("thay", "vrey", "finalized,the", "Former President", "Trump management",
                 "china has", "beijing also"):
        assert typo in article.text


# Counted by hand in the published text; "U.S. Department of Agriculture",
# "Chinese Foreign Ministry" and "Trump management" belong to organizations.
HAND_COUNTS = {
    "trump": 5, "xi": 3, "rollins": 1, "china": 7, "united-states": 7, "beijing": 3,
    "south-korea": 1, "usda": 1, "cnbc": 1, "white-house": 1, "foreign-ministry": 1,
    "trump-administration": 1, "fentanyl": 4, "soybeans": 3, "late-october": 1, "monday": 1,
}


def test_seed_mention_counts_match_hand_counts():
    counts = load_article(SEED).mention_counts()
    assert {k: counts[k] for k in HAND_COUNTS} == HAND_COUNTS


def test_every_seed_entity_is_mentioned():
    article = load_article(SEED)
    assert all(count > 0 for count in article.mention_counts().values())
    types = {e.type for e in article.entities}
    assert types == {"person", "organization", "place", "quantity", "product", "date"}


def test_lower_case_names_are_mentions():
    article = load_article(SEED)
    found = {article.text[m.start:m.end] for m in article.mentions}
    assert {"china", "beijing", "late october", "Xi Jinping", "U.S."} <= found


def test_seed_timeline():
    article = load_article(SEED)
    by_id = {e.id: e for e in article.events}
    assert by_id["busan-meeting"].display_date() == "30 Oct 2025"
    assert by_id["phone-call"].display_date() == "24 Nov 2025"
    assert by_id["trump-beijing-visit"].display_date() == "Apr 2026"
    assert by_id["xi-us-visit"].display_date() == "2026"
    assert by_id["soybean-pledge"].display_date() == "2026\u20132028"
    assert by_id["trump-beijing-visit"].status == "planned"
    assert by_id["soybean-pledge"].status == "claimed"
    ids = [e.id for e in article.events]
    assert ids.index("busan-meeting") < ids.index("phone-call") < ids.index(
        "trump-beijing-visit") < ids.index("xi-us-visit")
    for event in article.events:
        assert event.source.startswith("https://")
        start, end = event.span
        assert article.text[start:end] == event.quote
