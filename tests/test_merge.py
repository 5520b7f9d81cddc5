"""Merging events across articles: one event per real-world event, every report kept."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

from geo.events.merge import ArticleReading, merge_events, merge_readings, town_and_its_district
from geo.model import Place
from geo.pipeline import read_article

# Two differently worded reports of one strike, with different death tolls.
WIRE_A = """Israeli strike on Nabatieh kills six

An Israeli air strike hit the municipal building in the southern Lebanese city of Nabatieh \
on Wednesday, killing six people including the mayor, Lebanon's health ministry said.
"""
WIRE_B = """Mayor among dead as Israel bombs Nabatieh

Israeli warplanes struck Nabatieh in south Lebanon on Wednesday, killing seven people, among \
them the city's mayor, local officials said on Thursday.
"""


@pytest.fixture(scope="module")
def reports(gazetteer) -> list[ArticleReading]:
    def read(name: str, text: str, published: str, url: str) -> ArticleReading:
        reading = read_article(text, published=date.fromisoformat(published), name=name,
                               gazetteer=gazetteer)
        return ArticleReading(name, reading, url)

    return [
        read("a", WIRE_A, "2024-10-16", "https://www.example-wire.com/a"),
        read("b", WIRE_B, "2024-10-17", "https://news.example.org/b"),
    ]


def _strikes(events):
    return [e for e in events if e.sub_event_type == "Air/drone strike"]


def test_each_report_alone_has_one_strike(reports):
    for article in reports:
        assert len(_strikes(article.reading.events)) == 1


def test_two_articles_reporting_one_strike_yield_one_event_with_two_sources(reports):
    merged = _strikes(merge_events(reports))
    assert len(merged) == 1
    event = merged[0]
    assert event.independent_sources == 2
    assert set(event.source_articles) == {"a", "b"}
    assert len(event.source_articles) == len(event.sources) == len(event.spans)
    assert event.date == date(2024, 10, 16)
    assert event.actor1 == "Military Forces of Israel"


def test_merged_event_takes_the_most_precise_location(reports):
    event = _strikes(merge_events(reports))[0]
    assert event.geo_precision == min(
        _strikes(a.reading.events)[0].geo_precision for a in reports
    )
    assert event.location.admin1_iso == "LB-NA"


def test_conflicting_counts_stay_visible(reports):
    event = _strikes(merge_events(reports))[0]
    assert event.fatalities == 6  # the lowest report, as ACLED codes it
    assert event.count_reports == "6 killed (a), 7 killed (b)"
    assert event.notes.endswith("killing 6.")  # a summary for people; figures stay above


def test_agreeing_counts_leave_no_count_reports(reports):
    a, b = reports
    same = replace(_strikes(b.reading.events)[0], fatalities=6)
    b = ArticleReading(b.id, replace(b.reading, events=[same]), b.url)
    event = _strikes(merge_events([a, b]))[0]
    assert event.count_reports == ""
    assert event.fatalities == 6


def test_a_syndicated_copy_is_not_an_independent_source(reports):
    a = reports[0]
    copy = ArticleReading("a-reprint", a.reading, "https://other-paper.example.net/x")
    event = _strikes(merge_events([a, copy]))[0]
    assert event.source_articles.count("a-reprint") == len(_strikes(a.reading.events)[0].sources)
    assert event.independent_sources == 1


def test_two_articles_of_one_outlet_are_one_source(reports):
    a, b = reports
    b = ArticleReading(b.id, b.reading, "https://example-wire.com/later-story")
    assert _strikes(merge_events([a, b]))[0].independent_sources == 1


def test_strikes_days_apart_stay_apart(reports):
    a, b = reports
    later = _strikes(b.reading.events)[0]
    moved = replace(later, date=later.date + timedelta(days=3))
    b = ArticleReading(b.id, replace(b.reading, events=[moved]), b.url)
    assert len(_strikes(merge_events([a, b]))) == 2


def test_strikes_with_incompatible_tolls_stay_apart(reports):
    a, b = reports
    big = replace(_strikes(b.reading.events)[0], fatalities=60)
    b = ArticleReading(b.id, replace(b.reading, events=[big]), b.url)
    assert len(_strikes(merge_events([a, b]))) == 2


def test_strikes_by_different_actors_stay_apart(reports):
    a, b = reports
    other = replace(_strikes(b.reading.events)[0], actor1="Hezbollah")
    b = ArticleReading(b.id, replace(b.reading, events=[other]), b.url)
    assert len(_strikes(merge_events([a, b]))) == 2


def test_events_of_one_article_are_never_merged_together(reports):
    a = reports[0]
    strike = _strikes(a.reading.events)[0]
    twice = ArticleReading("a", replace(a.reading, events=[strike, replace(strike)]), a.url)
    assert len(merge_events([twice])) == 2


def test_merged_reading_keeps_every_mention_and_counts_articles(reports):
    merged = merge_readings(reports, name="two")
    assert len(merged.mentions) == sum(len(a.reading.mentions) for a in reports)
    assert merged.title == "2 articles, published 2024-10-16 to 2024-10-17"
    assert merged.published == date(2024, 10, 17)


def test_merge_follows_input_order_only(reports):
    forward = merge_events(reports)
    assert merge_events(list(reports)) == forward
    backward = merge_events(reports[::-1])
    assert [e.source_articles[0] for e in _strikes(backward)] == ["b"]
    assert _strikes(backward)[0].count_reports == "7 killed (b), 6 killed (a)"


def test_a_report_joins_only_when_it_agrees_with_every_report_of_the_event(reports):
    a, b = reports
    strike = _strikes(a.reading.events)[0]

    def article(name: str, killed: int) -> ArticleReading:
        return ArticleReading(name, replace(a.reading, events=[replace(strike, fatalities=killed)]),
                              f"https://{name}.example.net/x")

    # 20 killed agrees with 12 (at most 2 x 12 + 5) but not with 6 (at most 17), so the
    # third report starts an event of its own even after many copies of the second.
    copies = [article(f"copy{i}", 12) for i in range(5)]
    merged = _strikes(merge_events([article("six", 6), *copies, article("twenty", 20)]))
    assert [len(set(e.source_articles)) for e in merged] == [6, 1]
    assert merged[1].source_articles == ["twenty"]


def test_a_battle_is_one_whichever_side_is_named_first():
    from geo.events.merge import same_event
    from geo.model import Event, Place

    town = Place("Omdurman", "city", 15.64, 32.48, country="SD", admin1_iso="SD-KH")

    def battle(actor1, actor2):
        return Event(event_type="Battles", sub_event_type="Armed clash", location=town,
                     geo_precision=1,
                     date=date(2025, 5, 19), date_precision="day", actor1=actor1,
                     actor2=actor2)

    army, rebels = "Military Forces of Sudan", "Rapid Support Forces"
    assert same_event(battle(army, rebels), battle(rebels, army))
    # a report that names one side only is of it, whichever: as (army, None) is
    assert same_event(battle(army, rebels), battle(rebels, None))
    assert not same_event(battle(army, rebels), battle("Sudan Liberation Movement", None))


def test_a_named_group_and_an_unidentified_one_may_be_one_side():
    from geo.events.merge import same_event
    from geo.model import Event, Place

    town = Place("Omdurman", "city", 15.64, 32.48, country="SD", admin1_iso="SD-KH")

    def attack(actor1):
        return Event(event_type="Violence against civilians", sub_event_type="Attack",
                     location=town, geo_precision=1, date=date(2025, 5, 19),
                     date_precision="day", actor1=actor1)

    assert same_event(attack("Unidentified Armed Group (Sudan)"), attack("Rapid Support Forces"))
    assert not same_event(attack("Unidentified Armed Group (Sudan)"),
                          attack("Military Forces of Sudan"))


def test_a_town_and_the_district_named_for_it_match_whatever_their_accents():
    town = Place("Kūhdasht", "city", 33.53, 47.61, "IR", "IR-20", "Lorestan")
    district = Place("Kuhdasht County", "admin2", 33.50, 47.60, "IR", "IR-20", "Lorestan")
    assert town_and_its_district(town, district)
    assert not town_and_its_district(town, replace(district, name="Khorramabad County"))
