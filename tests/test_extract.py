"""Automatic extraction: the seed without annotations, the rules and their traps."""

from __future__ import annotations

import datetime as dt

import pytest

from reader.extract import dates
from reader.extract.entities import extract_entities
from reader.loading import parse_article

from .conftest import SEED

PUBLISHED = dt.date(2025, 11, 25)  # a Tuesday


def unannotated(body: str, published: str = "2025-11-25"):
    return parse_article(f"---\ntitle: T\npublished: {published}\n---\n{body}", "t.md")


def told(sentence: str, published: str = "2019-11-19") -> list[str]:
    """The dates a reader places in `sentence`, in order."""
    from reader.extract.events import resolved_dates

    return [r.date.iso() for *_, r in resolved_dates(sentence, dt.date.fromisoformat(published))
            if r is not None]


def typed_mentions(article) -> list[tuple[str, str]]:
    """Each mention as the reader sees it: its words and its entity's kind, in order."""
    types = {e.id: e.type for e in article.entities}
    return [(article.text[m.start:m.end], types[m.entity_id]) for m in article.mentions]


def seed_stripped():
    body = SEED.read_text(encoding="utf-8").split("\n---\n", 1)[1]
    return unannotated(body)


def found(article) -> dict[str, tuple[str, int]]:
    counts = article.mention_counts()
    return {e.name: (e.type, counts[e.id]) for e in article.entities if counts[e.id]}


def test_seed_without_annotations_finds_the_story():
    article = seed_stripped()
    names = found(article)
    for name, etype in [
        ("Donald Trump", "person"), ("Xi Jinping", "person"), ("Brooke Rollins", "person"),
        ("China", "place"), ("Beijing", "place"), ("South Korea", "place"),
        ("United States", "place"), ("CNBC", "organization"),
        ("U.S. Department of Agriculture", "organization"), ("White House", "organization"),
        ("2 million metric tons", "quantity"), ("12 million metric tons", "quantity"),
        ("25 million metric tons", "quantity"), ("soybeans", "product"),
    ]:
        assert names[name][0] == etype, name
    assert names["Brooke Rollins"][1] == 1 and names["Xi Jinping"][1] == 3
    assert all(e.automatic for e in article.entities)


def test_seed_dates_resolve_against_publication():
    article = seed_stripped()
    by_quote = {e.quote[:30]: e for e in article.events}
    busan = next(e for q, e in by_quote.items() if "late october" in e.quote)
    assert (busan.date.year, busan.date.month, busan.date.precision) == (2025, 10, "month")
    rollins = next(e for e in article.events if "Monday" in e.quote)
    assert rollins.date.iso() == "2025-11-24"
    visit = next(e for e in article.events if "2026" in e.quote and "state visit" in e.quote)
    assert visit.status == "planned"
    pledge = next(e for e in article.events if "yet to confirm" in e.quote)
    assert pledge.status == "claimed" and pledge.display_date() == "2026\u20132028"
    for event in article.events:
        assert article.text[event.span[0]:event.span[1]] == event.quote


@pytest.mark.parametrize(("expr", "context", "iso"), [
    ("Monday", "Officials said", "2025-11-24"),
    ("Monday", "The leaders will meet on", "2025-12-01"),
    ("last Tuesday", "", "2025-11-18"),
    ("next Friday", "", "2025-11-28"),
    ("late October", "they met in", "2025-10"),
    ("next year", "", "2026"),
    ("2026", "a visit in", "2026"),
    ("today", "", "2025-11-25"),
    ("yesterday", "", "2025-11-24"),
    ("Oct. 30, 2025", "", "2025-10-30"),
    ("30 October", "", "2025-10-30"),
    ("March", "a decision would follow in", "2026-03"),
    ("December", "sales rose in", "2024-12"),  # past tense: the December before
    ("July", "orders placed in", "2025-07"),
])
def test_date_expressions(expr, context, iso):
    (start, end, kind), = dates.find(expr)
    assert (start, end) == (0, len(expr))  # the whole expression, nothing more
    assert dates.resolve(expr, kind, PUBLISHED, context).date.iso() == iso


def test_prepositions_are_not_part_of_a_date():
    assert [(s, e) for s, e, _ in dates.find("in 2026, on Monday")] == [(3, 7), (12, 18)]


def test_spans_of_years():
    (s, e, kind), = dates.find("each of the next three years")
    resolved = dates.resolve("the next three years", kind, PUBLISHED)
    assert (resolved.date.iso(), resolved.end.iso()) == ("2026", "2028")


def test_relative_dates_need_a_publication_date():
    assert dates.resolve("Monday", "weekday", None) is None
    assert dates.resolve("2026", "year", None).date.iso() == "2026"


def names_of(text: str) -> dict[str, str]:
    return {e.name: e.type for e in extract_entities(text)}


def test_us_the_pronoun_is_not_the_country():
    article = unannotated("Tell us more, the US envoy said. They told us nothing.")
    mentions = [article.text[m.start:m.end] for m in article.mentions
                if article.entity(m.entity_id).name == "United States"]
    assert mentions == ["US"]


def test_sentence_initial_words_are_not_names():
    names = names_of("Secretary of State Marco Rubio spoke. Meanwhile talks went on. "
                     "Officials said little. While prices rose, Rubio left.")
    assert names.get("Marco Rubio") == "person"
    for word in ("Secretary", "Meanwhile", "Officials", "While", "State"):
        assert word not in names


def test_short_references_resolve_to_the_full_name():
    article = unannotated("Energy Minister Terje Aasland spoke on Tuesday. Aasland said the "
                          "plan would work. Northwind Energy agreed; Northwind will build it.")
    counts = found(article)
    assert counts["Terje Aasland"] == ("person", 2)
    assert counts["Northwind Energy"] == ("organization", 2)


def test_possessives_and_hyphenated_forms():
    article = unannotated("China’s exports and U.S.-China talks; Germany's plan.")
    texts = [(article.text[m.start:m.end], article.entity(m.entity_id).name)
             for m in article.mentions]
    assert ("China", "China") in texts and ("U.S.", "United States") in texts
    assert texts.count(("China", "China")) == 2 and ("Germany", "Germany") in texts


def test_demonyms_link_to_their_country():
    article = unannotated("Chinese officials met Kenyan farmers.")
    assert {article.entity(m.entity_id).name for m in article.mentions} >= {"China", "Kenya"}


def test_quantities_and_products():
    names = names_of("Exports of wheat rose 12 percent to 3.5 million tonnes, worth $1.2 "
                     "billion, while 13 “drug-making” chemicals were banned.")
    assert names["12 percent"] == "quantity" and names["3.5 million tonnes"] == "quantity"
    assert names["$1.2 billion"] == "quantity" and names["wheat"] == "product"
    assert names["13 “drug-making” chemicals"] == "quantity"
    assert "13" not in names


def test_annotated_articles_extract_only_when_asked(write):
    base = ("---\ntitle: T\npublished: 2025-11-25\nentities:\n  - {id: oslo, name: Oslo, "
            "type: place}\n")
    body = "---\nOslo and Berlin met on Monday.\n"
    plain = parse_article(base + body, "a.md")
    assert [e.name for e in plain.entities] == ["Oslo"] and plain.events == ()
    more = parse_article(base + "extract: true\n" + body, "a.md")
    assert {"Oslo", "Berlin", "Monday"} <= {e.name for e in more.entities}
    assert not more.entity("oslo").automatic and more.events[0].automatic


def test_fast_date_scan_finds_what_the_whole_pattern_finds():
    text = (SEED.read_text(encoding="utf-8") + " In May 2025, May 18 and may. On the 3rd of "
            "June, 2024-05-01, late-March, 12th March 2023; the coming weeks; next Monday.")
    slow = [(m.start(), m.end(), m.lastgroup) for m in dates.PATTERN.finditer(text)
            if dates.is_date(text, m)]
    assert dates.find(text) == slow and len(slow) > 10


@pytest.mark.parametrize(("expr", "context", "iso"), [
    ("March", "exports fell sharply in", "2025-03"),  # past verb: the March before
    ("mid-December", "the plant will be closed by", "2025-12"),  # a hyphenated part
    ("late-March", "exports fell sharply in", "2025-03"),
    ("March", "shares could double by", "2026-03"),  # a modal looks ahead
    ("April", "the judge ordered them to delete the data by", "2026-04"),  # a deadline
    ("Tuesday", "shares rose 4% on", "2025-11-25"),  # wire copy: the day of the story
    ("June", "the monsoon is likely to arrive in", "2026-06"),
])
def test_dates_as_a_careful_reader_places_them(expr, context, iso):
    (start, end, kind), = dates.find(expr)
    assert dates.resolve(expr, kind, PUBLISHED, context).date.iso() == iso


def test_a_weekday_named_with_a_date_picks_its_year_and_keeps_the_tense():
    # Published Tuesday 25 November 2025: 6 January was a Monday in 2025, a
    # Tuesday in 2026; the verb before the weekday is past.
    for text in ("The rally was held on Monday, Jan. 6.", "The rally took place Monday, 6 "
                 "January."):
        article = parse_article(f"---\npublished: 2025-11-25\n---\n{text}\n", "w.md")
        assert [(e.date.iso(), e.status) for e in article.events] == [("2025-01-06",
                                                                        "happened")], text
    article = parse_article("---\npublished: 2025-11-25\n---\nThe vote is on Tuesday, "
                            "Jan. 6.\n", "w.md")
    assert [e.date.iso() for e in article.events] == ["2026-01-06"]


@pytest.mark.parametrize(("sentence", "iso"), [
    ("In March, the firm will cut 200 jobs.", "2026-03"),
    ("By late March, the plan was dead.", "2025-03"),
    ("In early February, the talks collapsed.", "2025-02"),
    ("The judge ordered them to delete the data by April.", "2026-04"),  # a deadline ahead
])
def test_a_date_that_opens_its_clause_takes_the_tense_of_that_clause(sentence, iso):
    article = parse_article(f"---\npublished: 2025-11-20\n---\n{sentence}\n", "open.md")
    assert [e.date.iso() for e in article.events] == [iso]


def test_a_span_of_months_in_different_years():
    article = parse_article("---\npublished: 2025-11-25\n---\nThe plant ran from March 2020 "
                            "to June 2021.\n", "span.md")
    (event,) = article.events
    assert (event.date.iso(), event.end.iso()) == ("2020-03", "2021-06")


def test_could_makes_an_event_planned_not_claimed():
    article = parse_article("---\npublished: 2025-11-25\n---\nAnalysts said shares could "
                            "double by March.\n", "modal.md")
    (event,) = article.events
    assert event.date.iso() == "2026-03"
    assert event.status == "planned"


def test_sentences_do_not_end_at_abbreviations():
    from reader.extract.events import sentences

    text = ("The U.S. Forest Service on Thursday closed the trail. Mr. Dahl of Fenwick Co. "
            "agreed at 9 a.m. on Friday. \"Good,\" he said! Gen. Lee left.")
    found = [text[s:e].strip() for s, e in sentences(text)]
    assert found == ["The U.S. Forest Service on Thursday closed the trail.",
                     "Mr. Dahl of Fenwick Co. agreed at 9 a.m. on Friday.",
                     "\"Good,\" he said!", "Gen. Lee left."]
    article = parse_article("---\npublished: 2025-11-25\n---\n" + text + "\n", "abbr.md")
    thursday = next(e for e in article.events if e.date.iso() == "2025-11-20")
    assert thursday.quote.startswith("The U.S. Forest Service")


@pytest.mark.parametrize(("text", "iso", "events"), [
    ("Depot plans\nPublished: 14 March 2025\nUpdated: 15 March 2025\n"
     "The company said on Monday it would build.\n", "2025-03-14", ["2025-03-10"]),
    ("Depot plans\nUpdated on 2025-03-20\nThe mayor spoke on Friday.\n", "2025-03-20",
     ["2025-03-14"]),
    ("Depot plans\nLONDON, March 14, 2025 (Reuters) - Fenwick said on Monday it would "
     "build.\n", "2025-03-14", ["2025-03-10"]),
    ("Depot plans\nNo date anywhere; the mayor spoke on Friday.\n", None, []),
])
def test_a_plain_texts_own_date_line_or_dateline_dates_it(text, iso, events):
    article = parse_article(text, "plain.txt", plain=True)
    assert (article.published.isoformat() if article.published else None) == iso
    assert [e.date.iso() for e in article.events] == events


@pytest.mark.parametrize("text", [
    "Published: 14 March 2025\n\nThe company said on Monday it would build a depot.\n",
    "Depot plans\n\nPublished: 14 March 2025\n\nThe company said on Monday it would build "
    "a depot.\n",
])
def test_a_date_line_opening_a_plain_text_is_neither_its_title_nor_its_text(text):
    article = parse_article(text, "plain.txt", plain=True)
    assert article.published.isoformat() == "2025-03-14"
    assert "Published" not in article.title and "Published" not in article.text
    assert article.text.startswith("The company said on Monday")
    assert [e.date.iso() for e in article.events] == ["2025-03-10"]


def test_a_plain_text_of_one_short_paragraph_keeps_it_as_its_text():
    article = parse_article("Thousands of teachers rallied.\n", "one.txt", plain=True)
    assert article.text.strip() == "Thousands of teachers rallied."


def test_names_no_list_knows_are_found_by_what_surrounds_them():
    text = ("---\npublished: 2026-11-24\n---\nMaria Okonkwo, chief executive of Fenwick "
            "Logistics, said in Leeds on Tuesday that the company would hire 250 drivers. Union "
            "official Dermot Fairweather of Unite said workers in Wakefield and Sheffield "
            "wanted more pay. Okonkwo said the Leeds-based firm expects growth.\n")
    article = parse_article(text, "context.md")
    found = {(e.name, e.type) for e in article.entities}
    assert {("Maria Okonkwo", "person"), ("Dermot Fairweather", "person"),
            ("Fenwick Logistics", "organization"), ("Unite", "organization"),
            ("Leeds", "place"), ("Wakefield", "place"), ("Sheffield", "place"),
            ("250 drivers", "quantity")} <= found
    assert not any(name == "Union" for name, _ in found)  # a common noun at a sentence start
    okonkwo = next(e for e in article.entities if e.name == "Maria Okonkwo")
    assert sum(1 for m in article.mentions if m.entity_id == okonkwo.id) == 2  # "Okonkwo" too


@pytest.mark.parametrize(("text", "absent"), [
    ("We served tea on fine china with frozen turkey.", {"China", "Turkey"}),
    ("An apple a day; a shell of its former self; a widening gulf.", {"Apple", "Shell", "Gulf"}),
    ("Officials in New South Wales met Agence France-Presse reporters.", {"Wales", "France"}),
])
def test_ordinary_words_and_parts_of_longer_names_are_not_names(text, absent):
    article = unannotated(text)
    assert not absent & {e.name for e in article.entities}


def test_an_organisations_short_form_matches_only_as_written():
    article = unannotated("The Port of Rotterdam Authority said the port would reopen. "
                          "Exports to China rose; Turkey and Greece signed a deal in Sugar "
                          "Land on Monday.")
    shown = [article.text[m.start:m.end] for m in article.mentions]
    assert "port" not in shown and "Port of Rotterdam Authority" in shown
    assert {"China", "Greece", "Sugar Land"} <= set(shown)
    assert "sugar" not in {e.name for e in article.entities}


def test_spans_and_the_year_a_story_is_telling_of():
    article = parse_article(
        "---\npublished: 2025-11-25\n---\nThe plant opened in 2016. The next year, output "
        "doubled. Sales will rise next year. Talks run between 1 and 31 December. The fair "
        "runs March 3-5, 2026. Roadworks last from March to May.\n", "spans.md")
    told = {e.quote: (e.date.iso(), e.end.iso() if e.end else None) for e in article.events}
    assert told["The next year, output doubled."] == ("2017", None)  # after "in 2016"
    assert told["Sales will rise next year."] == ("2026", None)  # from the publication date
    assert told["Talks run between 1 and 31 December."] == ("2025-12-01", "2025-12-31")
    assert told["The fair runs March 3-5, 2026."] == ("2026-03-03", "2026-03-05")
    assert told["Roadworks last from March to May."] == ("2026-03", "2026-05")


def test_new_belongs_to_the_name_it_starts():
    article = unannotated("The New York Times reported on Sunday that the firm will cut jobs. "
                          "New rules start in March.")
    names = {(e.name, e.type) for e in article.entities}
    assert ("New York Times", "organization") in names
    assert not any(n == "York Times" for n, _ in names)


def test_places_from_maintained_data_only_capitalised_mid_sentence():
    article = unannotated("Farmers in Punjab and Haryana said yields fell. Punjab's wheat crop "
                          "is small. Prices rose in Lagos on Friday. We punjab nothing.")
    found = {(e.name, e.type) for e in article.entities}
    assert {("Punjab", "place"), ("Haryana", "place"), ("Lagos", "place")} <= found
    assert all(article.text[m.start].isupper() for m in article.mentions
               if article.entity(m.entity_id).name == "Punjab")


def test_word_lists_are_not_tuned_to_the_people_and_organisations_of_the_benchmark():
    """No person (by full name) or organisation (by any of its names) of
    bench/articles is in the hand-typed lists."""
    import yaml

    from reader.extract import wordlists as wl

    from .conftest import ROOT

    orgs = {n for name, aliases in wl.KNOWN_ORGS.items() for n in (name, *aliases)}
    listed = {*wl.GIVEN_NAMES, *orgs, *wl.CITIES, *wl.REGIONS}
    checked = 0
    for path in (ROOT / "bench" / "articles").rglob("*.md"):
        meta = yaml.safe_load(path.read_text().split("\n---\n")[0].split("---\n", 1)[1])
        for entity in meta.get("entities", []):
            if entity["type"] == "person" and " " in entity["name"]:
                names = [entity["name"]]
            elif entity["type"] == "organization":
                names = [entity["name"], *entity.get("aliases", [])]
            else:
                continue
            checked += 1
            for name in names:
                assert name not in listed, (path.name, name)
    assert checked >= 30  # the test looked at the benchmark at all


def test_datelines_tickers_party_members_and_possessives():
    article = unannotated("DUBAI (Reuters) - Emirates ordered jets. Virginia Democrats won the "
                          "vote. Hong Kong’s protests grew. The index .DJI fell.")
    found = {(e.name, e.type) for e in article.entities}
    assert ("Dubai", "place") in found and ("Hong Kong", "place") in found
    assert any(article.text[m.start:m.end] == "DUBAI" for m in article.mentions)
    assert not {n for n, _ in found} & {"DJI", "Virginia Democrats", "Hong Kong’s"}


def test_a_surname_that_comes_back_alone_makes_a_person():
    article = unannotated("The plan was drawn up by Ilse Vanterpool last spring. Officials "
                          "praised it, and Vanterpool said work would start soon. Critics of "
                          "Vanterpool disagreed. Deep Blue Lake stayed calm.")
    found = {(e.name, e.type) for e in article.entities}
    assert ("Ilse Vanterpool", "person") in found
    assert not any(name == "Blue Lake" for name, _ in found)


def test_a_place_before_city_or_state_is_still_that_place():
    article = unannotated("WeWork is headquartered in New York City and filed for an IPO.")
    found = {(e.name, e.type) for e in article.entities}
    assert ("New York", "place") in found and not any(n == "IPO" for n, _ in found)


def test_a_name_ends_at_and_or_at_a_possessive():
    article = unannotated("Canadian Lena Marsh and Irish Colm Daly were freed. Marsh and Daly "
                          "flew home, and later Daly thanked Marsh. NASA's Ames Research "
                          "Center and Qorvex’s Lagos office agreed. Staff at the Information "
                          "Commissioner's Office disagreed.")
    found = {(e.name, e.type) for e in article.entities}
    assert {("Lena Marsh", "person"), ("Colm Daly", "person"), ("NASA", "organization"),
            ("Ames Research Center", "organization"),
            ("Information Commissioner's Office", "organization")} <= found
    assert not any(name.endswith(" and") or name in ("and", "NASA's") for name, _ in found)


def test_a_surname_rule_never_takes_part_of_a_longer_name_or_the_x():
    article = unannotated("Flights from the United Arab Emirates rose. Emirates said so, and "
                          "Emirates agreed. The Northern Taliban struck. The Taliban said the "
                          "Taliban would talk. Velaro's Skylance flew; Skylance was late and "
                          "Skylance crashed.")
    people = {e.name for e in article.entities if e.type == "person"}
    assert not people & {"Arab Emirates", "Northern Taliban", "Velaro's Skylance", "Emirates",
                         "Taliban", "Skylance"}


def test_counts_of_anything_and_money_in_any_form():
    article = unannotated("Rebels freed two hostages and three high-ranking officers after 40 "
                          "years. The two leaders met. Qorvex raised $4.5bn (£3bn), or 90 "
                          "Hong Kong dollars a share, in 2016 protests. It bought 400 737 Max "
                          "jets and won five matches this season.")
    quantities = {e.name for e in article.entities if e.type == "quantity"}
    assert {"two hostages", "three high-ranking officers", "40 years", "$4.5bn", "£3bn",
            "90 Hong Kong dollars", "five matches"} <= quantities
    assert not quantities & {"two leaders", "2016 protests", "737 Max jets",
                             "five matches this"}


def test_organisations_by_what_surrounds_them():
    article = unannotated("Tickets on the budget carrier Skyvale rose. Qorvex shares fell 3% "
                          "and a Qorvex spokeswoman declined to comment. Talks with the "
                          "Velmori stalled, and the Velmori left. Its paper ran in the journal "
                          "Stellar Letters. Two United States officials agreed.")
    found = {(e.name, e.type) for e in article.entities}
    assert {("Skyvale", "organization"), ("Qorvex", "organization"),
            ("Velmori", "organization"), ("Stellar Letters", "organization")} <= found
    assert not any("Two" in name for name, _ in found)


def test_people_after_a_portfolio_a_title_or_a_kinship_apposition():
    article = unannotated("Secretary of State Lina Okafor spoke. The deal fell apart when "
                          "President Harlan left. The men freed included Tomas Reyk, the younger "
                          "brother of the group's deputy leader, Ilyas Berk, who said nothing. "
                          "Public Ombudsman Dana Kell’s office agreed.")
    people = {e.name for e in article.entities if e.type == "person"}
    assert {"Lina Okafor", "Harlan", "Tomas Reyk", "Ilyas Berk", "Dana Kell"} <= people
    assert not people & {"State Lina Okafor", "Dana Kell’s"}


def test_nights_decades_seasons_parts_of_a_year_and_years_before_1900():
    article = unannotated("The rebels struck last night. Growth resumes in the early 2020s. "
                          "Sales fell early this year. He signed until the end of the 2022/23 "
                          "season. The bridge was built in 1889 by 1500 workers.",
                          published="2019-11-20")
    found = {(e.name, e.type) for e in article.entities}
    assert {("last night", "date"), ("early 2020s", "date"), ("early this year", "date"),
            ("2022/23", "date"), ("1889", "date")} <= found
    assert ("1500", "date") not in found
    dated = {e.date.iso() for e in article.events}
    assert {"2019-11-19", "2020", "2019", "2022", "1889"} <= dated


def test_the_next_year_counts_from_the_year_just_told_in_the_benchmark_too():
    from reader.extract.events import resolved_dates

    text = "They were taken in August 2016. The next year, two videos appeared."
    found = {text[s:e]: r.date.iso() for s, e, _, r in resolved_dates(
        text, dt.date(2019, 11, 19))}
    assert found == {"August 2016": "2016-08", "The next year": "2017"}


def test_products_by_what_they_are():
    article = unannotated("The carrier ordered 30 Zephyr jets and some 60 of the 818 Max jet. "
                          "Rebels downed a Russian Kestrel helicopter; a Navy jet flew on. Data "
                          "from the Lumen Space Telescope helped. It also took Vantor X450-200 "
                          "planes, and the X450 sold well; the Zephyr flew.")
    products = {e.name for e in article.entities if e.type == "product"}
    assert {"Zephyr", "818 Max", "Kestrel", "Lumen Space Telescope", "X450-200"} <= products
    assert not products & {"Navy", "Russian Kestrel", "30 Zephyr", "60"}
    x450 = next(e for e in article.entities if e.name == "X450-200")
    assert "X450" in x450.aliases


def test_countries_and_provinces_from_data_with_and_without_accents():
    article = unannotated("Traders in Kazakhstan and Zabul said prices rose. Kyrgyzstan's "
                          "output fell in Sao Tome and Principe.")
    places = {e.name for e in article.entities if e.type == "place"}
    assert {"Kazakhstan", "Zabul", "Kyrgyzstan"} <= places


def test_a_dateline_in_capitals_is_the_city_written_normally_too():
    article = unannotated("DUBAI, United Arab Emirates — Dubai's airport grew. The Dubai "
                          "office agreed. Flights left the town of Frankfurt am Main and "
                          "a Turkish-based carrier stayed in Braunau am Inn.")
    dubai = [e for e in article.entities if e.name.lower() == "dubai"]
    assert len(dubai) == 1 and dubai[0].type == "place"
    assert sum(1 for m in article.mentions if m.entity_id == dubai[0].id) == 3
    places = {e.name for e in article.entities if e.type == "place"}
    assert "Braunau am Inn" in places and "Turkish-based" not in places


def test_names_listed_together_are_of_one_kind():
    article = unannotated("He has coached FC Varnek, Olbia Rovers, Tesk and Manchester United. "
                          "In Paris, Hollis said the Interior Ministry disagreed; Interior "
                          "Minister Ada Kell did not.")
    orgs = {e.name for e in article.entities if e.type == "organization"}
    assert {"FC Varnek", "Olbia Rovers", "Tesk", "Manchester United",
            "Interior Ministry"} <= orgs
    found = {e.name: e.type for e in article.entities}
    assert found.get("Hollis") != "place"
    ministry = next(e for e in article.entities if e.name == "Interior Ministry")
    assert "Interior" not in ministry.aliases


def test_long_official_names_initials_and_one_person_by_two_first_names():
    article = unannotated(
        "The U.S. Attorney’s Office for the Western District of Ohio said Korea’s Ministry of "
        "Trade, Industry and Energy agreed. Dana B. Vorhees, the firm's attorney, spoke. "
        "Patrick Venn Jr. was charged; Pat Venn said Venn was sorry, and Venn left. Fox host "
        "Lara Quist’s show ran. The Third Growth Plan and Roadmap came out. Rep. Ada Moss "
        "(D-Minn.) and (R-N.Y.) members met in the Varden area.")
    found = {(e.name, e.type) for e in article.entities}
    assert {("U.S. Attorney’s Office for the Western District of Ohio", "organization"),
            ("Ministry of Trade, Industry and Energy", "organization"),
            ("Dana B. Vorhees", "person"), ("Lara Quist", "person"), ("Minn.", "place"),
            ("N.Y.", "place"), ("Varden", "place")} <= found
    venn = next(e for e in article.entities if e.name == "Patrick Venn Jr.")
    assert "Venn" in venn.aliases
    assert not any("Plan" in name or name == "Roadmap" for name, _ in found)


def test_names_found_by_rule_match_only_as_written_and_acronyms_that_are_words():
    article = unannotated("Truck and SUV sales fell. Buyers of a large truck or SUV paid more. "
                          "Qorvex, a Leeds-based provider of data, and Autoprice.com, a "
                          "California-based data firm, agreed; Autoprice expects more.")
    found = {(e.name, e.type) for e in article.entities}
    assert ("Qorvex", "organization") in found and ("Autoprice.com", "organization") in found
    assert not any(name in ("Truck", "SUV") for name, _ in found)
    assert all(article.text[m.start].isupper() for m in article.mentions
               if article.entity(m.entity_id).type == "organization")
    autoprice = [m for m in article.mentions
                 if article.entity(m.entity_id).name == "Autoprice.com"]
    assert len(autoprice) == 2


def test_months_alone_look_back_weekends_and_the_year_just_told():
    article = unannotated("Sales are down from the March high. The plan appears close to one "
                          "announced in March. Talks went on last weekend. Dealers last year "
                          "sold more, up 4% from the previous year. Prices fell at the end of "
                          "May last year. Costs run $0.23/W, or $40-50 billion, at 30-600 MW.",
                          published="2019-11-20")
    dated = {e.quote: (e.date.iso(), e.end.iso() if e.end else None) for e in article.events}
    assert dated["Sales are down from the March high."][0] == "2019-03"
    assert dated["The plan appears close to one announced in March."][0] == "2019-03"
    assert dated["Talks went on last weekend."] == ("2019-11-16", "2019-11-17")
    from reader.extract.events import resolved_dates

    placed = {article.text[s:e]: r.date.iso() for s, e, _, r in resolved_dates(
        article.text, article.published)}
    assert placed["last year"] == "2018" and placed["the previous year"] == "2017"
    assert dated["Prices fell at the end of May last year."][0] == "2018-05"
    quantities = {e.name for e in article.entities if e.type == "quantity"}
    assert {"$0.23/W", "$40-50 billion", "30-600 MW"} <= quantities


def test_employers_tickers_acronyms_in_brackets_and_full_names_of_lone_surnames():
    article = unannotated(
        "The stock fell, Brennan analyst Ola Quist said. Its peer Tarrow’s (TRW) rose and "
        "Tarrow’s reports earnings soon. KTV NEWS reports a fire near the Lakeside Inn hotel. "
        "The Agency for Coastal Safety (ACS) warned; ACS said more. Lead researcher Ama Osei "
        "agreed. Cases rose in the Democratic Republic of Congo (DRC). Eyamba Rook spoke. "
        "“Good,” said Rook, who runs a shop. Voters back Bernie Sanders and Joe Biden.")
    found = {(e.name, e.type) for e in article.entities}
    assert {("Brennan", "organization"), ("Tarrow’s", "organization"),
            ("KTV NEWS", "organization"), ("Lakeside Inn", "organization"),
            ("Agency for Coastal Safety", "organization"), ("Eyamba Rook", "person"),
            ("Bernie Sanders", "person"), ("Democratic Republic of Congo", "place")} <= found
    assert not {name for name, _ in found} & {"Lead", "Tarrow", "ACS", "DRC", "Rook"}
    agency = next(e for e in article.entities if e.name == "Agency for Coastal Safety")
    congo = next(e for e in article.entities if e.name == "Democratic Republic of Congo")
    assert "ACS" in agency.aliases and "DRC" in congo.aliases


def test_centuries_quarters_weekdays_of_a_given_date_and_regions_inside_names():
    article = unannotated("In the 14th century it spread. Sales for the third quarter rose. "
                          "He struck on Saturday, May 18, at dusk. Officials in China’s Inner "
                          "Mongolia agreed. About 450 million people lived then, down to "
                          "350–375 million.", published="2019-11-19")
    dated = {e.quote: (e.date.iso(), e.end.iso() if e.end else None) for e in article.events}
    assert dated["In the 14th century it spread."] == ("1301", "1400")
    assert dated["Sales for the third quarter rose."] == ("2019-07", "2019-09")
    assert dated["He struck on Saturday, May 18, at dusk."][0] == "2019-05-18"
    assert "Mongolia" not in {e.name for e in article.entities}
    quantities = {e.name for e in article.entities if e.type == "quantity"}
    assert {"450 million people", "350–375 million"} <= quantities


def test_gadgets_drugs_and_companies_by_what_is_said_of_them():
    article = unannotated(
        "The 14-inch Zenbook Air ships soon, with all Zenbook Air models and the iPlex. "
        "Police found 30 grams of mephedrone and charged him with possession of mephedrone. "
        "Velt declined to comment. Velt’s 9,000 employees wait; Orrin, its largest investor, "
        "agreed. The journal said on Chirper that Taiwanese publication TechWire erred. "
        "Ada Linn, 32, of Hollow Creek and Elizabeth A. Ross, 40, of Millbrook were held. "
        "She lives at 1909 Jolinda Drive. Ross left in May; we may see. Sweden's deputy "
        "director of prosecutions, Eva-Lis Brant, said no. Lt. Mara Quell spoke.",
        published="2019-11-20")
    found = {(e.name, e.type) for e in article.entities}
    assert {("Zenbook Air", "product"), ("iPlex", "product"), ("mephedrone", "product"),
            ("Velt", "organization"), ("Orrin", "organization"), ("Chirper", "organization"),
            ("TechWire", "organization"), ("Hollow Creek", "place"), ("Millbrook", "place"),
            ("Eva-Lis Brant", "person"), ("Mara Quell", "person"),
            ("May", "date")} <= found
    assert ("1909", "date") not in found
    assert sum(1 for m in article.mentions if article.text[m.start:m.end] == "May") == 1


def test_teams_newspapers_sports_roles_seasons_and_money_in_rupees():
    article = unannotated(
        "SIOUX FALLS, S.D. – The Ravens spent Monday apart. Ravens DL Cole Varga shoved "
        "quarterback Ian Pruett, said Ned Hale of the Harbor Gazette. Noem told the Argus "
        "Sentinel Monday afternoon that 150 Indians paid Rs 24 lakh each this fall, via USA "
        "Today. Facing the Ravens again, Amnesty International said. Ana Ruiz, another "
        "deportee, said so. He is Director for the Middle East. The toll may rise.",
        published="2019-11-19")
    found = {(e.name, e.type) for e in article.entities}
    assert {("SIOUX FALLS", "place"), ("S.D.", "place"), ("Ravens", "organization"),
            ("Cole Varga", "person"), ("Ian Pruett", "person"),
            ("Harbor Gazette", "organization"), ("Argus Sentinel", "organization"),
            ("150 Indians", "quantity"), ("Rs 24 lakh", "quantity"), ("this fall", "date"),
            ("Ana Ruiz", "person")} <= found
    names = {name for name, _ in found}
    assert not names & {"Today", "Argus Sentinel Monday", "may"}
    assert ("Amnesty International", "person") not in found
    assert ("Middle East", "organization") not in found


def test_place_names_are_kept_in_the_cache_folder_and_a_bad_copy_is_ignored(tmp_path,
                                                                             monkeypatch):
    from reader.extract import places

    monkeypatch.setenv("NEWSREADER_CACHE_DIR", str(tmp_path))
    (tmp_path / "places-0000000000000000.json").write_text("{}", encoding="utf-8")  # an old one
    places._data.cache_clear()
    try:
        first = places.place_names()
        saved = list(tmp_path.glob("places-*.json"))
        assert len(saved) == 1 and "Zabul" in saved[0].read_text(encoding="utf-8")
        places._data.cache_clear()
        saved[0].write_text('{"places": ["Nowhere Town"], "countries": []}', encoding="utf-8")
        assert places.place_names() == {"Nowhere Town"}  # read back, not recomputed
        places._data.cache_clear()
        saved[0].write_text("{not json", encoding="utf-8")
        assert places.place_names() == first
    finally:
        places._data.cache_clear()


def test_a_cached_list_of_another_shape_is_made_again(tmp_path, monkeypatch):
    from reader.extract import companies, places

    monkeypatch.setenv("NEWSREADER_CACHE_DIR", str(tmp_path))
    places._data.cache_clear()
    companies.company_names.cache_clear()
    try:
        assert "Volkswagen" in companies.company_names()
        for saved, wrong in ((next(tmp_path.glob("companies-*.json")), '{"firms": []}'),
                             (next(tmp_path.glob("places-*.json")), '{"places": ["Nowhere"]}')):
            saved.write_text(wrong, encoding="utf-8")
        places._data.cache_clear()
        companies.company_names.cache_clear()
        assert "Volkswagen" in companies.company_names() and "Zabul" in places.place_names()
    finally:
        places._data.cache_clear()
        companies.company_names.cache_clear()


def test_model_years_makers_products_ago_and_names_that_end_at_a_paragraph():
    article = unannotated(
        "After the all-new Vela two months ago, Korvo showed the 2021 Brisa, a compact "
        "sedan. The Brisa's cabin has Apple CarPlay. It puts out 151 PS and 197 Nm. "
        "The Vantra sports sedan sold well at Korvo North America Inc.\n\nTaking a look, "
        "Lin Ka-wai, the commander of Tai Po district, said the People's Liberation Army "
        "and Children's Hospital agreed. Outlets such as Dailyfeed ran it.",
        published="2019-11-19")
    found = {(e.name, e.type) for e in article.entities}
    assert {("Vela", "product"), ("Brisa", "product"), ("Apple CarPlay", "product"),
            ("151 PS", "quantity"), ("197 Nm", "quantity"), ("Vantra", "product"),
            ("two months ago", "date"), ("Korvo North America Inc.", "organization"),
            ("Lin Ka-wai", "person"), ("Tai Po", "place"),
            ("People's Liberation Army", "organization"), ("Dailyfeed", "organization")} <= found
    assert ("2021", "date") not in found
    assert not any("Taking" in name for name, _ in found)


def test_particles_in_surnames_names_before_a_given_name_titles_and_indices():
    article = unannotated(
        "James Van Der Beek left “Dancing with the Stars” on Monday, said judges Lin Moss and "
        "Carrie Ann Wexley. Van Der Beek thanked his wife, Kimberly, and Kimberly smiled. "
        "Japan's Nikkei Index (NKY) fell 0.3% in Asian trading, CNN Business said; tensions "
        "between the two countries grew.", published="2019-11-19")
    found = {(e.name, e.type) for e in article.entities}
    assert {("James Van Der Beek", "person"), ("Carrie Ann Wexley", "person"),
            ("Lin Moss", "person"), ("Kimberly", "person"),
            ("CNN Business", "organization")} <= found
    beek = next(e for e in article.entities if e.name == "James Van Der Beek")
    assert "Van Der Beek" in beek.aliases
    names = {name for name, _ in found}
    assert not names & {"Stars", "Nikkei Index", "NKY", "two countries", "Ann Wexley", "Beek"}
    assert any(article.text[m.start:m.end] == "Asian" for m in article.mentions)


def test_first_names_from_the_census_name_people_no_rule_would():
    article = unannotated("The plan drew praise from Kylie Vantorn at the meeting. Will "
                          "Congress act? Grant Thornton audits Qorvex.")
    found = {(e.name, e.type) for e in article.entities}
    assert ("Kylie Vantorn", "person") in found
    assert not any(name in ("Will Congress", "Grant Thornton") and kind == "person"
                   for name, kind in found)


def test_names_with_the_and_with_and_inside_and_companies_that_are_no_places():
    article = unannotated("The memo was seen by The Daily Ledger and reviewed by the Food and "
                          "Drug Administration, according to data from MarketPulse. Sales fell "
                          "in the past week.", published="2019-11-18")
    found = {(e.name, e.type) for e in article.entities}
    assert {("The Daily Ledger", "organization"),
            ("Food and Drug Administration", "organization"),
            ("MarketPulse", "organization"), ("the past week", "date")} <= found
    assert ("MarketPulse", "place") not in found


def test_tickers_and_adjectives_are_no_names():
    article = unannotated("Brent LCOc1 was last at $60.73. Spot gold XAU= added 0.1%. Notes "
                          "US10YT=RR rose. Long-dated U.S. Treasury yields slipped, and "
                          "Asia-Pacific shares rose.")
    names = {e.name for e in article.entities}
    assert not names & {"Brent LCOc1", "XAU", "RR", "Asia-Pacific",
                        "Long-dated U.S. Treasury"}


@pytest.mark.parametrize(("context", "iso"), [
    ("Lowe's reports earnings ", "2019-11-20"),  # a present-tense plan looks ahead
    ("The team plays the Ravens on ", "2019-11-20"),
    ("The company reported earnings on ", "2019-11-13"),  # past: the Wednesday before
    ("Shares rose ", "2019-11-13"),
])
def test_a_scheduled_present_tense_looks_ahead(context, iso):
    assert dates.resolve("Wednesday", "weekday", dt.date(2019, 11, 19), context).date.iso() == iso


def test_short_names_of_parties_titles_before_names_and_adjective_compounds():
    article = unannotated(
        "The Chinese Communist Party met. Hong Kong Chief Executive Carrie Lam's trip failed; "
        "the Communist Party gained nothing from it, and the American-led order held. Pressure "
        "on otherwise China-sympathetic Western firms grew.")
    found = {(e.name, e.type) for e in article.entities}
    assert ("Carrie Lam", "person") in found
    assert not {n for n, _ in found} & {"Executive Carrie", "China-sympathetic Western",
                                         "Western"}
    party = next(e for e in article.entities if e.name == "Chinese Communist Party")
    assert "Communist Party" in party.aliases
    assert any(article.text[m.start:m.end] == "American" for m in article.mentions)


def test_a_surname_alone_makes_a_person_even_with_a_first_name_no_list_knows():
    article = unannotated("The plan was drawn up by Zorwin Vanterpool last spring. Officials "
                          "praised it, and Vanterpool said work would start soon. Critics of "
                          "Vanterpool disagreed. Reporters met Qelia Marsh; later Marsh left.")
    found = {(e.name, e.type) for e in article.entities}
    assert ("Zorwin Vanterpool", "person") in found


def test_events_models_places_with_a_tail_and_codes_as_a_reader_takes_them():
    article = unannotated(
        "Employee Rosa Quint said the Harbor Chronicle reported it. Riders across the San "
        "Francisco Bay Area and in Osun State waited. The Mersey Cup Final began in Leeds; "
        "fans of the WTA and ATP Finals and of the Fed Cup watched the Leeds Boat Show. "
        "Velmar revealed the 2021 VX 400 Convertible and the VX Coupe Concept; Velmar models "
        "sell well, and the VX400 Convertible folds its roof in 16 seconds at 50 km/h with a "
        "5.0-liter engine. Two men were held. Sales open in summer 2021, said "
        "Motorwelt.com. The suit, FHC/ABJ/03/095/2018, was filed.", published="2020-11-19")
    found = {(e.name, e.type) for e in article.entities}
    assert {("Rosa Quint", "person"), ("Harbor Chronicle", "organization"),
            ("San Francisco Bay Area", "place"), ("Osun State", "place"),
            ("Leeds", "place"), ("ATP", "organization"), ("VX 400 Convertible", "product"),
            ("VX Coupe Concept", "product"), ("Velmar", "organization"),
            ("50 km/h", "quantity"), ("5.0-liter", "quantity"), ("summer 2021", "date"),
            ("Motorwelt.com", "organization")} <= found, found
    names = {name for name, _ in found}
    assert not names & {"Employee Rosa Quint", "San Francisco Bay", "Mersey Cup Final",
                        "Mersey Cup", "ATP Finals", "Federal Reserve", "Leeds Boat Show",
                        "VX", "ABJ", "2018", "2021", "Convertible", "Concept"}, names
    big = unannotated("She left her label, Big Machine, and the Big Machine Group. Big banks "
                      "fell.", published="2020-11-19")
    assert "Machine" not in {e.name for e in big.entities}  # mid-sentence, "Big" is the name
    schools = unannotated("Ohio State beat Michigan State. Rebels in Rakhine State fought on.",
                          published="2020-11-19")
    assert {("Ohio State", "organization"), ("Michigan State", "organization"),
            ("Rakhine State", "place")} <= {(e.name, e.type) for e in schools.entities}
    summer = next(e for e in article.events if "summer" in e.quote)
    assert (summer.date.iso(), summer.end.iso()) == ("2021-06", "2021-08")


def test_accented_names_initials_kin_and_titles_of_works():
    article = unannotated(
        "The plan was backed, says José Álvarez, chief of staff. The film was directed by "
        "R.J. Tolliver; Tolliver also wrote it. Dana Welk plays the mother of Omar Reyes’s "
        "Captain Ida R. Holm. According to The Harbor Reporter, the Moonfall Saga film series "
        "will go on, after 2014’s Glass Harbor Rising was a hit. A Netflix documentary was shown "
        "at the Cannes film festival. The company that runs the show, Nora Bell Productions, "
        "declined to comment.")
    names = found(article)
    assert names["José Álvarez"] == ("person", 1)
    assert names["R.J. Tolliver"] == ("person", 2)  # and "Tolliver" alone
    assert names["Ida R. Holm"][0] == "person" and names["Omar Reyes"][0] == "person"
    assert names["The Harbor Reporter"][0] == "organization"
    assert names["Moonfall Saga"][0] == "product"
    assert names["Glass Harbor Rising"][0] == "product"
    assert names["Netflix"][0] == "organization"  # the maker of the documentary
    assert names["Nora Bell Productions"][0] == "organization"  # not a person called Nora
    assert not {"Captain Ida", "Harbor Reporter"} & names.keys()
    assert names.get("Cannes", ("",))[0] != "product"  # "the Cannes film festival"


def test_an_organisation_named_after_what_it_does_and_places_in_event_names():
    article = unannotated(
        "The label that owns her first records, Ninefold Machine, says she may sing them at the "
        "American Music Awards. Ninefold Machine has denied it. A rover will look for life on "
        "Mars, far from Earth. Staff at the ICU level were told.")
    names = found(article)
    assert names["Ninefold Machine"] == ("organization", 2)
    assert names["Mars"][0] == "place" and names["Earth"][0] == "place"
    assert "American" not in names  # part of an event's name, not the place
    assert "ICU" not in names


def test_bodies_before_titles_places_by_their_shape_and_names_with_ampersands():
    article = unannotated(
        "Lisbonne – Hours before Tomas Varga’s first goal, the coach was calm. Later, Varga "
        "scored twice. Varga is 35. Ohio Nurses Federation President Lena Marsh spoke, as did "
        "OPUC President Ida Brandt. Rain fell on the northern Sierra Corvina and in Southern "
        "California; half of Marin County’s sites failed. Executives from AT&T, Comcast/Xandra, "
        "T-Mobile and others met Pacific Gas & Electric Co. and PG&E staff. Its R&D budget rose. "
        "Following Varga’s goal, fans cheered.", published="2019-11-19")
    names = found(article)
    assert names["Tomas Varga"] == ("person", 4)
    assert names["Ohio Nurses Federation"][0] == "organization"
    assert names["OPUC"][0] == "organization" and names["Ida Brandt"][0] == "person"
    for place in ("Sierra Corvina", "Southern California", "Marin County"):
        assert names[place][0] == "place", place
    for org in ("AT&T", "Xandra", "T-Mobile", "Pacific Gas & Electric Co.", "PG&E"):
        assert names[org][0] == "organization", org
    assert not {"R&D", "Following Varga", "California"} & names.keys()


@pytest.mark.parametrize(("sentence", "published", "expected"), [
    # a scheduled verb in the clause the date belongs to, after a past one elsewhere
    ("It came as they met ahead of a session that starts in early January.", "2019-11-19",
     "2020-01"),
    # the year the sentence names, when it is the next or the last
    ("Their 2020 budget, approved by Republicans, takes effect in March.", "2019-11-19",
     "2020-03"),
    # but never a founding year far from the story
    ("The firm, founded in 1998, said in March that sales fell.", "2019-11-19", "2019-03"),
    # "last spring" said in November is this year's; "last winter" began last December
    ("Scores on the exam taken last spring fell.", "2019-11-19", "2019-03"),
    ("Teachers marched last winter.", "2019-11-19", "2018-12"),
    ("Teachers marched last spring.", "2019-04-10", "2018-03"),
    # what is set, runs or applies lies ahead; what ran lies behind
    ("The vote is set for Thursday.", "2019-11-20", "2019-11-21"),
    ("The festival runs through Saturday.", "2019-11-20", "2019-11-23"),
    ("The exhibit was open through Sunday.", "2019-11-20", "2019-11-17"),
    ("The new rules apply from April.", "2019-11-20", "2020-04"),
    # an irregular past; what is due; the weekend just gone or the coming one
    ("The ship sank on Jan. 3.", "2019-11-20", "2019-01-03"),
    ("The results, due Thursday, are expected to be weak.", "2019-11-20", "2019-11-21"),
    ("Protesters gathered over the weekend.", "2019-11-20", "2019-11-16"),
    ("Talks will continue over the weekend.", "2019-11-20", "2019-11-23"),
    # a date opening its clause takes the tense told first: said, on Monday
    ("On Monday the company said it will open a plant.", "2019-11-20", "2019-11-18"),
    ("Protests grew at the weekend.", "2019-11-20", "2019-11-16"),
    # "last Tuesday" in a Wednesday's story: last week's (yesterday is "Tuesday")
    ("He was arrested last Tuesday.", "2019-11-20", "2019-11-12"),
    # an aim lies ahead; "to the three" is no aim
    ("Analysts expect the Fed to cut rates in December.", "2019-11-20", "2019-12"),
    ("In addition to the three deaths at a plant on Tuesday, two were hurt.", "2019-11-20",
     "2019-11-19"),
])
def test_months_and_seasons_take_the_year_a_reader_gives_them(sentence, published, expected):
    assert told(sentence, published)[-1] == expected


def test_drugs_journals_by_their_initials_and_the_district_of_columbia():
    article = unannotated(
        "Use of cannabis and marijuana rose, says a study in the journal QRST Addiction. "
        "Seizures of methamphetamine fell. It is legal in 11 states and the District of "
        "Columbia.")
    names = found(article)
    for drug in ("cannabis", "marijuana", "methamphetamine"):
        assert names[drug][0] == "product", drug
    assert names["QRST Addiction"][0] == "organization"
    assert names["District of Columbia"][0] == "place" and "Columbia" not in names


def test_places_teams_and_brands_no_list_knows():
    article = unannotated(
        "Residents of Tallowmere, a town of 4,000 people in northern Vessland, were evacuated. "
        "Crews from Harlow Utilities worked overnight. The Glenfield Hawks beat the Marston "
        "Rovers 2-1. Officials in Zaravia said the Ostra Dam would be finished soon. Farmers "
        "in the Kessa Valley fear the Kessa River. The drug, sold as Zentravia, was approved. "
        "Braunau am Inn, a town in Austria, sent aid.")
    names = found(article)
    for place in ("Tallowmere", "Vessland", "Zaravia", "Ostra Dam", "Kessa Valley",
                  "Kessa River", "Braunau am Inn"):
        assert names[place][0] == "place", place
    for org in ("Harlow Utilities", "Glenfield Hawks", "Marston Rovers"):
        assert names[org][0] == "organization", org
    assert names["Zentravia"][0] == "product"
    assert "Inn" not in names


def test_code_names_machines_forces_and_names_run_together():
    article = unannotated(
        "Researchers built a simulation they call QRX40. QRX40 ran on the Maple Finch "
        "supercomputer in Stuttgart, across 230 million light-years. It is part of the "
        "Orrin Sky Project. A career Army officer testified. Former White House Russia adviser "
        "Ada Penn spoke. Joe Harlan said the Harlans were innocent. Dale Obrey took an Obrey "
        "phone call.", published="2019-11-19")
    names = found(article)
    assert names["QRX40"] == ("product", 2)
    assert names["Maple Finch"][0] == "product"  # a machine, though Maple opens names
    assert names["230 million light-years"][0] == "quantity"
    assert names["Orrin Sky Project"][0] == "organization"
    assert names["Army"][0] == "organization"
    assert names["White House"][0] == "organization" and names["Russia"][0] == "place"
    assert "White House Russia" not in names
    assert "Harlans" not in names  # a family, not a body
    assert names.get("Obrey", ("person",))[0] == "person"  # a phone call is no product


def test_organisations_by_what_news_says_of_them():
    article = unannotated(
        "Workers at Brantwell walked out. Shares of Dravex jumped. She joined Quillon in 2015 "
        "as chief technology officer. Tessaro, which makes batteries, said profits doubled. "
        "Lindqvist & Moe, a law firm, represented the family. According to data compiled by "
        "Marlowe Analytics, sales fell. The union Unifor agreed. Workers at Leeds were told. "
        "The contract went to Harlan Construction. Georgia Tech beat them.")
    names = found(article)
    for org in ("Brantwell", "Dravex", "Quillon", "Tessaro", "Lindqvist & Moe",
                "Marlowe Analytics", "Unifor", "Harlan Construction", "Georgia Tech"):
        assert names[org][0] == "organization", org
    assert names.get("Leeds", ("place",))[0] == "place"  # a known place stays one


def test_owners_founders_services_moons_and_titles_in_quotes():
    article = unannotated(
        "Quorvan founder and co-CEO Mara Tillet spoke after Dale Brennick's Tessar Works "
        "and Ruth Ellery's Hallix bid. Quorvan's CEO was pleased. Her own company, Velmora, "
        "grew. The Velmora+ service and its NBX+ app launched. Probes may reach Saturn's moon "
        "Tethyra. The studio shows films from Kestrel Animation, “Glass Harbor,” Orbin Pictures "
        "and classics, including “Maria Lindqvist” and “Fenwick.” Protesters chanted, “Pay "
        "Us Now,” and a wave of “Brennickmania” followed. “We” was the word. Chris Pine’s "
        "Captain James T. Kirk returns.", published="2019-11-19")
    names = found(article)
    for org in ("Quorvan", "Tessar Works", "Hallix", "Velmora", "Kestrel Animation"):
        assert names[org][0] == "organization", org
    assert names["Mara Tillet"][0] == "person"
    assert names["Velmora+"][0] == names["NBX+"][0] == "product"
    assert names["Tethyra"][0] == "place"
    for work in ("Glass Harbor", "Maria Lindqvist", "Fenwick"):
        assert names[work][0] == "product", work  # a title, though Maria opens names
    for slogan in ("Pay Us Now", "Brennickmania", "We", "Captain James"):
        assert slogan not in names, slogan


def test_names_of_events_companies_by_short_name_and_what_is_no_count():
    article = unannotated(
        "Ellis spoke at Halvorsen's Brightforce conference in Oslo. The Brightforce audience "
        "cheered. Contracts went to Marta Quill Corporation and Dunmore. Rivals such as Dunmore "
        "and Marta Quill were left out. No one knows how much the agency paid three of those "
        "companies. Administrator Ana Pereira said so in May; the plan may slip. He flew to "
        "Washington, DC on Monday. Amazon founder Jeff Bezos spoke.", published="2019-11-19")
    names = found(article)
    assert "Brightforce" not in names  # an event's name
    assert names["Marta Quill"][0] == "organization"
    assert names["Ana Pereira"][0] == "person" and "Administrator Ana Pereira" not in names
    assert names["May"] == ("date", 1)
    assert names["Washington, DC"][0] == "place" and "DC" not in names
    assert names["Amazon"][0] == "organization"
    assert not [n for n, (t, _) in names.items() if t == "quantity"]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("In May, the agency said it would go.", "2019-05"),
    ("He wanted to reach Mars. Today that goal looks near.", "2019-11-19"),
])
def test_a_month_opening_a_sentence_and_today_after_a_name(sentence, expected):
    assert told(sentence) == [expected]


def test_heads_firms_with_ampersands_surveys_lists_and_first_names():
    article = unannotated(
        "Lena Varga joins as the company’s first Chief Growth Officer. Lena served as the CEO "
        "of Brindle, a payments company, and won awards from Halden & Moss and Orrin & Vale. "
        "That is according to a survey from Corwin Ashby. Teens love Apple’s EarLoops. It "
        "competes with Amazon Web Services. Varga built Pathwise®, its engine. Chen Wu — "
        "project manager for the launch — agreed. It won clients including Ford, Tilly’s, Brook’s, "
        "NBC, Fox and others. Ousted Brindle CEO Ada Stone spoke. Brindle’s founder agreed.",
        published="2019-11-19")
    names = found(article)
    assert names["Lena Varga"] == ("person", 3)  # "Lena" (the only Lena) and "Varga"
    assert "Growth Officer" not in names and "Chief Growth Officer" not in names
    for org in ("Brindle", "Halden & Moss", "Orrin & Vale", "Corwin Ashby",
                "Amazon Web Services", "Tilly’s", "Brook’s", "Fox"):
        assert names[org][0] == "organization", org
    assert names["EarLoops"][0] == names["Pathwise"][0] == "product"
    assert names["Chen Wu"][0] == "person"
    assert "Ousted Brindle" not in names


def test_this_weekday_on_that_weekday_is_that_day():
    assert told("The news you need to know this Tuesday.") == ["2019-11-19"]


def test_agencies_with_for_and_and_towns_of_states_and_presidents_administrations():
    article = unannotated(
        "Nurses, alarmed that the Harlow administration is cutting vaccines, wrote to the "
        "Centers for Rural Care and a group Medics for Open Borders on Monday. It was at the "
        "Quill Creek, Oregon, Customs and Border Protection site. Health care providers "
        "protested. The Forms and Filing Services office agreed. It was announced by US "
        "Secretary of State Ana Morrow. Israel took it in the 1967 Six-Day War. Locals "
        "visited the Beit Harun settlement, and Palestinian leaders and three million "
        "Palestinians objected. Signs read “Care for All,” outside.", published="2019-11-19")
    names = found(article)
    assert names["Harlow"][0] == "person"
    for org in ("Centers for Rural Care", "Medics for Open Borders",
                "Customs and Border Protection", "Forms and Filing Services"):
        assert names[org][0] == "organization", org
    assert names["Quill Creek"][0] == names["Beit Harun"][0] == "place"
    assert names["Palestine"][0] == "place"  # "Palestinian", "Palestinians"
    assert names["three million Palestinians"][0] == "quantity"
    assert names["Ana Morrow"][0] == "person" and "State Ana Morrow" not in names
    assert names["1967"][0] == "date" and "Six" not in names
    assert "Health" not in names and "Care for All" not in names


def test_sites_after_first_names_firms_named_after_people_and_shares_of():
    article = unannotated(
        "Tourists flocked to Victoria Falls. He spoke at Grace Cathedral on Sunday. Fans at "
        "Lydia Square Garden cheered. Officials at Mount Tabor said so. Shares of Piper Quill "
        "rose. The plant is run by Georgia Power. The deal was advised by Morgan Stanley. "
        "Ricki Lake hosted the show.", published="2019-11-19")
    names = found(article)
    for place in ("Victoria Falls", "Grace Cathedral", "Lydia Square Garden", "Mount Tabor"):
        assert names[place][0] == "place", place
    for org in ("Piper Quill", "Georgia Power", "Morgan Stanley"):
        assert names[org][0] == "organization", org
    assert names["Ricki Lake"][0] == "person"


def test_newspapers_by_their_town_owners_of_a_lone_name_and_surveys_by_people():
    article = unannotated(
        "Halder owns the Chicago Tribune, the Baltimore Sun and the Sacramento Bee. Alden "
        "became the largest shareholder of Halder, buying the stake held by Halder’s former "
        "chairman, Ivo Brandt. The offer fell short for Halder, and Halder declined. According "
        "to a 2018 survey by Penelope Ruth Varga, papers shrank, Varga reported. People in "
        "Sacramento noticed.", published="2019-11-19")
    names = found(article)
    for paper in ("Chicago Tribune", "Baltimore Sun", "Sacramento Bee", "Halder"):
        assert names[paper][0] == "organization", paper
    assert names["Penelope Ruth Varga"] == ("person", 2)
    assert names["Sacramento"][0] == "place"


@pytest.mark.parametrize(("sentence", "expected"), [
    # an apposition between commas is no clause: "told", not "will be", tells the tense
    ("Reed, who will be chairman, told investors of Nexo, the parent, on Oct. 31 that it "
     "would grow.", "2019-10-31"),
    # "as of" a date: a count already made
    ("Lee remains a shareholder, with 24.4% of the company as of March 20.", "2019-03-20"),
    # a year named in another clause of the sentence does not date this one
    ("That deal closed in June 2020; Lee remains a shareholder as of March 20.", "2019-03-20"),
    # "the end of" is no part of the date's name
    ("Prices fell at the end of October.", "2019-10"),
    # a date naming a thing keeps no tense from its clause: the nearest is meant
    ("He is likely to face questions about Trump's July 25 call.", "2019-07-25"),
    # a sentence that tells no tense: the nearest such day
    ("Sondland's appearance at Wednesday morning's hearing is of concern.", "2019-11-20"),
])
def test_the_last_date_of_a_sentence_as_a_reader_places_it(sentence, expected):
    assert told(sentence)[-1] == expected


def test_brands_written_in_camel_case_and_lists_of_them_and_compound_numbers():
    article = unannotated(
        "Now they are here, with names like Chimeo, Varlo, SoFin, GoBanko and Pennix. Enter "
        "Luggo, Instakart, DashDoor, GrubHop, Prime Soon, and Homejoo. Seventy-eight percent of "
        "workers agree. Prime Minister Ana Lund spoke. The MacBook Pro and the MacBook Air "
        "sold; the MacBook did not.", published="2019-11-19")
    names = found(article)
    for brand in ("Chimeo", "Varlo", "SoFin", "GoBanko", "Pennix", "Instakart", "DashDoor",
                  "GrubHop", "Homejoo"):
        assert names[brand][0] == "organization", brand
    assert names["Seventy-eight percent"][0] == "quantity"
    assert names["Ana Lund"][0] == "person"
    assert "Now" not in names and "Soon" not in names
    assert names.get("MacBook", ("product",))[0] != "organization"


def test_arabic_names_with_their_article_leaders_regimes_and_plural_demonyms():
    article = unannotated(
        "Forces in southern Syria’s al-Qasra were accused. The al-Qasra base is vital. "
        "Fighters from al-Qaeda left. Syrians fled. It told Verifact.info so, and the "
        "Islamic State lost ground. Ruwayda is an example of the Harbi regime’s practice, "
        "said the Syrian government. United Nations spokesman Farhan Aziz Qadir told "
        "reporters.", published="2019-11-19")
    names = found(article)
    assert names["al-Qasra"] == ("place", 2)
    assert names["al-Qaeda"][0] == names["Islamic State"][0] == "organization"
    assert names["Verifact.info"][0] == "organization"
    assert names["Syria"][0] == "place" and names["Syria"][1] >= 3  # Syria, Syrians, Syrian
    assert names["Harbi"][0] == "person"
    assert names["Farhan Aziz Qadir"][0] == "person" and "Aziz Qadir" not in names


def test_street_addresses_quantifiers_and_direct_messages():
    article = unannotated(
        "Mail us at 520 Third Street, Suite 350, in Oakland. The parade went down Elm Street. "
        "I made it a professional one several weeks ago. Forwarding posts via DM hurt. It sold "
        "90 other publications.", published="2019-11-19")
    names = found(article)
    assert names["Elm Street"][0] == "place" and "Third Street" not in names
    assert names["several weeks ago"][0] == "date" and "one several weeks" not in names
    assert "DM" not in names
    assert names["90 other publications"][0] == "quantity"


def test_chambers_pollsters_party_words_and_groups_are_no_people():
    article = unannotated(
        "He should be impeached by the House and tried by the Senate; the House will vote. "
        "House Democrats agreed. "
        "They won the state Legislature. A fresh Harlow poll has it close. The White House "
        "said no. When Republican Phil Brandt won, Louisiana Democrats lost, and Democrats "
        "sulked; Democrats often do.", published="2019-11-19")
    names = found(article)
    assert names["House"] == ("organization", 3)
    assert names["Legislature"][0] == names["Harlow"][0] == "organization"
    assert names["Phil Brandt"][0] == "person" and "Republican Phil Brandt" not in names
    assert not [n for n, (t, _) in names.items() if t == "person" and "Democrats" in n]


def test_towns_with_ap_state_abbreviations_and_a_country_before_an_agency():
    article = unannotated(
        "Trump spoke at a rally in Monroe, La., on Nov. 6. The duty is paid to U.S. Customs "
        "and Border Protection at the border. Customs and Border Protection then bills it. "
        "She grew up in Tyler, Texas.", published="2019-11-19")
    names = found(article)
    assert names["Monroe"][0] == names["La."][0] == "place"
    assert names["Customs and Border Protection"] == ("organization", 2)
    assert "U.S. Customs and Border Protection" not in names


def test_a_company_named_after_a_place_keeps_its_short_name():
    article = unannotated(
        "Formosa Semiconductor Corp. reported record sales on Thursday. Formosa also plans "
        "a factory. The Sacramento Bee reported it; Sacramento residents shrugged, and "
        "Sacramento officials too.", published="2019-11-19")
    names = found(article)
    assert names["Formosa Semiconductor Corp."] == ("organization", 2)
    assert names.get("Sacramento", ("place",))[0] == "place"


def test_feasts_by_name_shouted_words_and_ranges_of_minutes():
    article = unannotated(
        "Since Diwali the air has been bad. Stores open on Christmas Eve. They sailed to Easter "
        "Island before Easter. The answer is YES! There IS a bar. A session lasts 10-15 "
        "minutes.", published="2019-11-19")
    names = found(article)
    for day in ("Diwali", "Christmas Eve", "Easter"):
        assert names[day][0] == "date", day
    assert names["Easter Island"][0] == "place"
    assert "YES" not in names and "IS" not in names
    assert names["10-15 minutes"][0] == "quantity"
    from reader.extract.events import resolved_dates

    placed = {article.text[s:e]: r.date.iso() for s, e, _, r in resolved_dates(
        article.text, article.published)}
    assert placed["Christmas Eve"] == "2019-12-24"


def test_letters_salutations_web_addresses_and_viruses():
    article = unannotated(
        "DEAR ABBY: My husband bought tickets to India.\n\nDEAR FEELING: Of course you should "
        "go.\n\nThe HPV vaccine helps. Contact us at www.QuillAdvice.com today.",
        published="2019-11-19")
    names = found(article)
    assert "DEAR ABBY" not in names and "DEAR FEELING" not in names and "HPV" not in names
    assert names["QuillAdvice.com"][0] == "organization"


def test_hashtags_brands_of_drink_soundtracks_publishers_and_euros():
    article = unannotated(
        "This post was paid for by #QuillBias. We bought Vellmar bottled water at the shop. "
        "The Vellmar water stayed cold. I listened to the Ride & Shine soundtrack from Kessel "
        "Books in Germany. It costs 49.95 Euro.", published="2019-11-19")
    names = found(article)
    assert "QuillBias" not in names
    assert names["Vellmar"] == ("product", 2)
    assert names["Ride & Shine"][0] == "product"
    assert names["Kessel Books"][0] == "organization"
    assert names["49.95 Euro"][0] == "quantity"


def test_players_by_their_results_and_nations_that_own_a_name():
    article = unannotated(
        "Serbia’s Novak Kovac and Britain’s Andy Marr will play. Vasek Pospil edged Reilly "
        "Opelk 7-6 (5), 7-6 (7). Jo-Wilfried Tsang cruised past Uchiya 6-2, 6-1, and Guido "
        "Pell beating Nicolas Jarro 6-4 sealed it. They defeated Raven Klaas of South Africa "
        "in Group A, watched by North American fans. A Senior Advocate of Nigeria spoke.",
        published="2019-11-20")
    names = found(article)
    for player in ("Novak Kovac", "Andy Marr", "Vasek Pospil", "Jo-Wilfried Tsang",
                   "Guido Pell", "Raven Klaas"):
        assert names[player][0] == "person", player
    assert names["South Africa"][0] == "place"
    assert "Group A" not in names and "Senior Advocate" not in names
    assert names["North America"][0] == "place"  # "North American"


def test_states_with_a_compass_word_teams_of_three_words_and_works_after_their_kind():
    article = unannotated(
        "Heavy rain hit Queensland and New South Wales on Monday. Farmers in Western Australia "
        "were spared. The Los Angeles Lakers beat the Boston Celtics 110-102. The novel Normal "
        "People by Sally Rooney was adapted, and her film Harbour Lights followed.",
        published="2019-11-19")
    names = found(article)
    assert names["New South Wales"][0] == names["Western Australia"][0] == "place"
    assert "South Wales" not in names
    assert names["Los Angeles Lakers"][0] == names["Boston Celtics"][0] == "organization"
    assert names["Normal People"][0] == names["Harbour Lights"][0] == "product"


def test_planets_that_are_ordinary_words_only_as_written():
    article = unannotated("They used scorched earth tactics and ate a mars bar. Life on Earth "
                          "is hard, and Mars is cold.", published="2019-11-19")
    names = found(article)
    assert names["Earth"] == ("place", 1) and names["Mars"] == ("place", 1)


def test_listed_companies_from_data_match_as_written_and_never_a_word_or_a_name():
    article = unannotated(
        "Shares of Volkswagen and Pfizer fell, while Stellantis gained. Rakuten and "
        "Vodafone said nothing. Mr. Ford bought a puma at Target prices.")
    names = found(article)
    for name in ("Volkswagen", "Pfizer", "Stellantis", "Rakuten", "Vodafone"):
        assert names[name][0] == "organization", name
    assert "Target" not in names and "puma" not in {n.lower() for n in names}
    assert names.get("Ford", ("person",))[0] != "organization"  # a surname, left out of the data


def test_the_state_after_a_town_and_the_date_after_a_state():
    article = unannotated(
        "The tour opens in West Palm Beach, FL, and ends in Houston, TX.\n\n"
        "June 10 -- Ameris Bank Amphitheatre, Alpharetta, GA June 14 -- Blossom Music Center, "
        "Cuyahoga Falls, OH June 17 -- Jiffy Arena, Bristow, VA", published="2019-11-19")
    spans = set(typed_mentions(article))
    for name in ("West Palm Beach", "FL", "TX", "GA", "OH", "VA", "Alpharetta",
                 "Cuyahoga Falls", "Ameris Bank Amphitheatre", "Blossom Music Center",
                 "Jiffy Arena"):
        assert (name, "place") in spans, name
    assert {("June 14", "date"), ("June 17", "date")} <= spans
    assert not any(name.endswith(" June") for name, _ in spans)


def test_an_animal_shelter_is_a_body_and_ep_no_acronym_of_one():
    names = found(unannotated(
        "The Kettering Animal Shelter announced the find. The band plans an EP next year "
        "and a GT version of the car."))
    assert names["Kettering Animal Shelter"][0] == "organization"
    assert not {"Kettering Animal", "EP", "GT"} & names.keys()


def test_a_set_is_no_schedule_and_a_town_and_its_state_open_no_clause():
    assert told("Simmons teased the tour during the band's set Monday night.") == ["2019-11-18"]
    assert told("He teased it during their set Monday night (Nov. 11) in Nashville.") == [
        "2019-11-11", "2019-11-11"]
    assert told("The band will loop into Mountain View, CA for a show on Sept. 12.") == [
        "2020-09-12"]
    assert told("The band will play in Houston on the final date of the tour, Oct. 10.") == [
        "2020-10-10"]
    assert told("The vote is set for Thursday.") == ["2019-11-21"]


def test_headings_in_capitals_name_what_the_text_names_and_models_go_by_their_codes():
    article = unannotated(
        "KORVO ZX4 PRIME\n\nKorvo said in a statement it will show a plug-in ZX4, its top seller. "
        "The 2021 ZX4 Prime will get 90 miles per gallon (38 kilometers per liter). "
        "Talks with Korvo went on.", published="2019-11-20")
    spans = typed_mentions(article)
    assert ("KORVO", "organization") in spans and spans[0][0] == "KORVO"
    assert {("ZX4", "product"), ("ZX4 Prime", "product"), ("ZX4 PRIME", "product"),
            ("90 miles per gallon", "quantity"),
            ("38 kilometers per liter", "quantity")} <= set(spans)
    assert ("2021", "date") not in spans


def test_a_sports_roundup_its_teams_by_name_and_by_town_and_its_players():
    article = unannotated(
        "Pittsburgh\n\nMarek Voll's goal lifted the New York Islanders over the Boston Bruins "
        "5-4 on Tuesday night.\n\nWild 4, Sabres 1: Tavi Kornelsen scored twice, Ossi Vaara "
        "made 30 saves and Minnesota beat Buffalo. Ilkka Rautio and Jannik Sorvo scored for "
        "Buffalo, and Semjon Varlov stopped 22 shots. Columbus improved to 8-8-4. Teemu Sel "
        "played for the Sabres and Linus Olmark left. He spat on Anaheim defenseman Erik Gudmark. "
        "A New Jersey native, he lives in Ottawa.", published="2019-11-20")
    names = found(article)
    for name in ("New York Islanders", "Boston Bruins", "Wild", "Sabres", "Minnesota",
                 "Buffalo", "Columbus", "Anaheim"):
        assert names[name][0] == "organization", name
    for name in ("Tavi Kornelsen", "Ossi Vaara", "Ilkka Rautio", "Jannik Sorvo", "Semjon Varlov",
                 "Erik Gudmark"):
        assert names[name][0] == "person", name
    for name in ("Pittsburgh", "New Jersey", "Ottawa"):  # a dateline, and towns gone to
        assert names[name][0] == "place", name
    assert names.get("Linus Olmark", ("person",))[0] != "organization"  # no list: a new clause


def test_a_nation_before_a_title_is_the_nation_and_towns_are_no_teams_off_the_field():
    names = found(unannotated(
        "The son of former German President Richard von Weizsacker died. Minnesota beat "
        "Buffalo's record of snowfall; the Florida Keys and Mary Poppins were fine."))
    assert names["Germany"][0] == "place" and names["Florida Keys"][0] == "place"
    assert names["Minnesota"][0] == "place"  # no score: no sports story
    assert names.get("Mary Poppins", ("person",))[0] != "organization"


def test_a_list_of_quoted_titles_with_its_commas_inside_the_quotes():
    article = unannotated(
        "Fans will hear the hits, including “Listen Up Now,” “Takin’ It To The Pier,” "
        "“What A Fool Knows,” “Sand Grove” and others. “We are excited,” he said.")
    spans = set(typed_mentions(article))
    assert {("Listen Up Now", "product"), ("Takin’ It To The Pier", "product"),
            ("What A Fool Knows", "product"), ("Sand Grove", "product")} <= spans
    assert not any(name.startswith("We ") for name, _ in spans)


def test_next_march_and_a_win_told_in_the_past():
    assert told("The last spots come down to next March's playoffs.") == ["2020-03"]
    assert told("Sales fell last June and will rise this October.") == ["2019-06", "2019-10"]
    assert told("Wales beat Hungary 2-0 to earn the last spot on Tuesday.",
                published="2019-11-20") == ["2019-11-19"]


def test_party_tags_relative_clauses_longer_country_names_and_bodies_named_by_a_post():
    article = unannotated(
        "Sen. Bo Lindqvist, R-Neb., called it a crisis. Sen. Ava Torres, R-Texas, agreed. "
        "Montell Farrow, who represents Thomas, said no. The Justice Department's inspector "
        "general will review it. Wales beat Hungary 2-0 to win Group D. The day before, "
        "Italy drew with the Republic of Ireland. The final four spots go to playoffs.",
        published="2019-11-20")
    names = found(article)
    for name, kind in (("Neb.", "place"), ("Texas", "place"), ("Montell Farrow", "person"),
                       ("Justice Department", "organization"), ("Wales", "place"),
                       ("Republic of Ireland", "place")):
        assert names[name][0] == kind, name
    assert not {"Group D. The", "four spots", "Group D"} & names.keys()


def test_a_team_by_its_nickname_a_company_by_its_head_and_a_body_by_a_posts_word():
    article = unannotated(
        "Brock Nelson scored to lift the New York Islanders over the Pittsburgh Penguins 5-4. "
        "The Islanders trailed late. Z-Mobile CEO John Legere is stepping down. Mourinho won "
        "three Premier League titles. President of the Senate Bukola Saraki spoke.",
        published="2019-11-20")
    spans = set(typed_mentions(article))
    assert {("Islanders", "organization"), ("Z-Mobile", "organization"),
            ("John Legere", "person"), ("Premier League", "organization")} <= spans
    assert not {name for name, _ in spans if name.startswith("the ")}


def test_titles_after_entitled_or_named_roles_before_names_and_millions_run_together():
    article = unannotated(
        "The show, entitled ‘Lamps after Lamps’ and an app named “Make your Lamps”, opened. "
        "Chelsea paid the £71.6million fee for Arenas keeper Iker Zubia. She won the Africa "
        "Movie Academy Award for Best Actress. He met dressage rider Steffen Peters and a VIP. "
        "What he called “absolutely no room” stayed.")
    spans = set(typed_mentions(article))
    assert {("Lamps after Lamps", "product"), ("Make your Lamps", "product"),
            ("£71.6million", "quantity"), ("Iker Zubia", "person"), ("Africa", "place"),
            ("Steffen Peters", "person")} <= spans
    assert not {name for name, _ in spans} & {"VIP", "absolutely no room",
                                              "Africa Movie Academy Award for Best Actress"}


def test_a_dash_ends_a_clause_and_its_tense():
    assert told("Firms wonder if the tariff would go into effect — or whether a tariff "
                "imposed in September would remain.") == ["2019-09"]


def test_a_ranking_is_no_count():
    names = found(unannotated("Trade between the world's two largest economies fell, as did "
                              "the five biggest banks; 20 honest workers and 40 forest fires."))
    assert not {"two largest economies", "five biggest banks"} & names.keys()
    assert {"20 honest workers", "40 forest fires"} <= names.keys()


def test_forces_in_lower_case_are_the_word_and_a_sponsors_center_is_an_arena():
    names = found(unannotated("They sent the army and the coast guard. The game was at "
                              "KeyBank Center and PPL Center; the Army said so."))
    assert names["KeyBank Center"][0] == "place" and names["PPL Center"][0] == "place"
    article = unannotated("They sent the army and the coast guard; the Army said so.")
    assert [article.text[m.start:m.end] for m in article.mentions] == ["Army"]


def test_a_name_before_a_browser_an_app_or_a_drug_is_a_product():
    names = found(unannotated("Those who play through the Vortex browser will see it. He "
                              "took the Ambrexa pill and the Dolvane drug. The Browns game "
                              "was on."))
    for name in ("Vortex", "Ambrexa", "Dolvane"):
        assert names[name][0] == "product", name
    assert names.get("Browns", ("organization",))[0] != "product"


def test_gadgets_by_their_makers_numbers_and_trims_and_agencies_by_their_long_names():
    article = unannotated(
        "Apple AirPods Pro for $235\n\nThey cost less than Apple's AirPods Pro. Amazon's Echo "
        "Buds sold well, and you can use Apple's AirPlay 2. Apple's Tim Cook spoke.\n\n"
        "Samsung Galaxy Note 10 Plus for $840\n\nThe iPhone 11 Pro Max is great; the 11 Pro "
        "Max is best. The Chinese Center for Disease Control and Prevention said so, "
        "according to Sui-Lee Wee of the New York Times and Reuters. The director of the "
        "Department of Homeland Security and Alex Azar met in Yunnan.", published="2019-11-19")
    spans = set(typed_mentions(article))
    assert {("AirPods Pro", "product"), ("Echo Buds", "product"), ("AirPlay 2", "product"),
            ("Tim Cook", "person"), ("Galaxy Note 10 Plus", "product"),
            ("iPhone 11 Pro Max", "product"), ("11 Pro Max", "product"),
            ("Chinese Center for Disease Control and Prevention", "organization"),
            ("Sui-Lee Wee", "person"), ("Alex Azar", "person"),
            ("Department of Homeland Security", "organization"), ("Yunnan", "place")} <= spans


def test_thanksgiving_black_friday_and_cyber_monday_move_with_the_year():
    assert told("Shoppers head into Black Friday and Cyber Monday.") == [
        "2019-11-29", "2019-12-02"]
    assert told("Thanksgiving was quiet.", published="2019-12-10") == ["2019-11-28"]


def test_athletes_by_their_school_bylines_codes_with_letters_and_places_by_their_kind():
    article = unannotated(
        "Tested by: Jon Millar RRP: £23.99\n\nSalina East diver Keeton Munsey won. Wichita "
        "West senior Davy Garza finished second. The manual covers the CBR600F4. He was "
        "hospitalized in the county of Huadan in Inner Mongolia Autonomous Region.",
        published="2019-11-18")
    spans = set(typed_mentions(article))
    assert {("Jon Millar", "person"), ("Keeton Munsey", "person"), ("Davy Garza", "person"),
            ("CBR600F4", "product"), ("Huadan", "place"),
            ("Inner Mongolia Autonomous Region", "place")} <= spans
