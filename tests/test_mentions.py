"""Alias matching: whole words, longest match, case rules."""

from __future__ import annotations

from reader.article import Entity
from reader.mentions import Matcher, is_acronym

ENTITIES = [
    Entity("us", "United States", "place", ("U.S.", "US")),
    Entity("usda", "U.S. Department of Agriculture", "organization", ("USDA",)),
    Entity("china", "China", "place", ("Chinese",)),
    Entity("trump", "Donald Trump", "person", ("Trump",)),
]


def found(text: str) -> list[tuple[str, str]]:
    return [(m.entity_id, text[m.start:m.end]) for m in Matcher(ENTITIES).find(text)]


def test_acronyms_match_only_in_their_case():
    assert found("US troops and us") == [("us", "US")]
    assert found("usda") == []
    assert is_acronym("U.S.") and is_acronym("CNBC") and not is_acronym("China")


def test_ordinary_names_match_in_any_case():
    assert found("china and CHINA and China") == [
        ("china", "china"), ("china", "CHINA"), ("china", "China")]


def test_whole_words_only():
    assert found("Trumpet trumped Chinaware") == []
    assert found("Trump's") == [("trump", "Trump")]


def test_longest_match_wins():
    assert found("the U.S. Department of Agriculture said") == [
        ("usda", "U.S. Department of Agriculture")]
    assert found("Donald Trump") == [("trump", "Donald Trump")]


def test_hyphenated_and_possessive_forms():
    assert found("U.S.-China talks") == [("us", "U.S."), ("china", "China")]
    assert found("China\u2019s") == [("china", "China")]


def test_runs_of_spaces_match_but_not_paragraph_breaks():
    assert found("Donald   Trump") == [("trump", "Donald   Trump")]
    assert found("Donald\n\nTrump") == [("trump", "Trump")]


def test_offsets_are_shifted_by_base():
    mentions = Matcher(ENTITIES).find("Hi China", base=100)
    assert [(m.start, m.end) for m in mentions] == [(103, 108)]


def test_conflicting_aliases_are_reported():
    matcher = Matcher([Entity("a", "Paris", "place"), Entity("b", "paris", "person")])
    assert matcher.conflicts == [("paris", "a", "b")]


def test_a_month_that_is_a_word_matches_only_as_written():
    matcher = Matcher([Entity("may", "May", "date"), Entity("nasa", "Nasa", "organization")])
    text = "In May, nasa said the plan may slip."
    assert [(m.entity_id, text[m.start:m.end]) for m in matcher.find(text)] == [
        ("may", "May"), ("nasa", "nasa")]


def test_many_names_as_written_are_found_by_their_first_word_longest_first():
    listed = [Entity("stl", "St. Louis", "place"), Entity("cards", "St. Louis Cardinals",
                                                           "organization"),
              Entity("att", "AT&T", "organization"), Entity("coke", "Coca-Cola", "organization"),
              Entity("sw", "South Wales", "place"), Entity("nsw", "New South Wales", "place")]
    # enough names for the first-word lookup, which a gazetteer's thousands take
    filler = [Entity(f"town-{i}", f"Townsend{i} Falls", "place") for i in range(1200)]
    matcher = Matcher(listed + filler, ["St. Louis", "St. Louis Cardinals", "Coca-Cola",
                                        "South Wales", "New South Wales",
                                        *(e.name for e in filler)])
    text = ("The St. Louis Cardinals met AT&T and Coca-Cola in St.  Louis,\nnear New South "
            "Wales; st. louis, Coca-Colas, XAT&T and SouthWales are no names; Townsend7 Falls "
            "is.")
    assert [(m.entity_id, text[m.start:m.end]) for m in matcher.find(text)] == [
        ("cards", "St. Louis Cardinals"), ("att", "AT&T"), ("coke", "Coca-Cola"),
        ("stl", "St.  Louis"), ("nsw", "New South Wales"), ("town-7", "Townsend7 Falls")]
