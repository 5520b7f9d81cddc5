"""ACLED's fields of an event (geo.events.coding): interaction, disorder type, region, outlet,
and the one-sentence summary."""

from dataclasses import replace
from datetime import date

import pytest

from geo.events.actors import ActorMention
from geo.events.coding import (
    acled_region,
    code_event,
    complete,
    disorder_type,
    interaction,
    outlet_of,
    source_scale,
    summary,
)
from geo.model import Event, Place
from geo.pipeline import read_article

GAO = Place("Gao", "city", 16.27, -0.04, country="ML", admin1_iso="ML-7", admin1_name="Gao")


def _event(event_type="Violence against civilians", sub_event_type="Attack", **kw):
    kw = {"date": date(2025, 3, 2), "date_precision": "day"} | kw
    return Event(event_type=event_type, sub_event_type=sub_event_type, location=GAO,
                 geo_precision=1, **kw)


def test_interaction_puts_the_lower_actor_type_first():
    assert interaction(7, 3) == 37


def test_one_actor_alone_is_interaction_x0():
    assert interaction(6, None) == 60


def test_disorder_type_follows_the_sub_event_type():
    assert disorder_type("Protests", "Peaceful protest") == "Demonstrations"
    assert disorder_type("Battles", "Armed clash") == "Political violence"
    assert disorder_type("Strategic developments", "Arrests") == "Strategic developments"


def test_region_is_acleds_region_of_the_country():
    assert acled_region("ML") == "Western Africa"
    assert acled_region("UA") == "Europe"


def test_outlet_is_the_site_name_before_the_web_host():
    assert outlet_of(url="https://www.example-news.org/a/1", site_name="Example News") == (
        "Example News")


def test_outlet_is_the_web_host_without_www():
    assert outlet_of(url="https://www.example-news.org/a/1") == "example-news.org"


def test_known_host_and_dateline_agency_name_the_same_outlet():
    assert outlet_of(url="https://www.reuters.com/world/x") == outlet_of(agency="Reuters")


def test_no_url_site_or_agency_is_no_outlet():
    assert outlet_of() is None


def test_international_agency_has_international_scale():
    assert source_scale("Reuters") == "International"
    assert source_scale("unknown-local-paper.example") is None


def test_gunmen_killing_villagers_are_coded_with_acled_names_and_types():
    gunmen = ActorMention(0, 7, "Gunmen", "unidentified")
    villagers = ActorMention(20, 29, "villagers", "people")
    event = code_event(_event(fatalities=4), agent=gunmen, target=villagers)
    assert (event.actor1, event.actor2) == ("Unidentified Armed Group (Mali)", "Civilians (Mali)")
    assert (event.inter1, event.inter2, event.interaction) == (3, 7, 37)
    assert event.civilian_targeting == "Civilian targeting"
    assert event.region == "Western Africa"
    assert event.disorder_type == "Political violence"


def test_violence_whose_doer_is_unnamed_is_an_unidentified_armed_group():
    event = code_event(_event("Explosions/Remote violence", "Remote explosive/landmine/IED"),
                       agent=None, target=None)
    assert (event.actor1, event.inter1) == ("Unidentified Armed Group (Mali)", 3)


def test_violence_against_civilians_whose_victims_are_unnamed_hits_the_country_s_civilians():
    event = code_event(_event("Violence against civilians", "Abduction/forced disappearance"),
                       agent=ActorMention(0, 9, "armed men", "unidentified"), target=None)
    assert (event.actor2, event.inter2, event.interaction) == ("Civilians (Mali)", 7, 37)


#: A town Somaliland governs, as the boundaries place it (a region of Somalia named Somaliland).
OODWEYNE = Place("Oodweyne", "city", 9.41, 45.06, country="SO", admin1_name="Somaliland")


def test_police_named_without_a_state_where_somaliland_governs_are_somaliland_s():
    police = ActorMention(0, 6, "police", "police")
    traders = ActorMention(20, 27, "traders", "people")
    event = code_event(replace(_event(), location=OODWEYNE), agent=police, target=traders)
    assert (event.actor1, event.actor2) == ("Police Forces of Somaliland", "Civilians (Somalia)")


def test_police_named_with_their_state_keep_it_where_somaliland_governs():
    police = ActorMention(0, 13, "Somali police", "police", country="SO")
    event = code_event(replace(_event(), location=OODWEYNE), agent=police, target=None)
    assert event.actor1 == "Police Forces of Somalia"


def test_a_development_whose_doer_is_unnamed_keeps_no_actor():
    event = code_event(_event("Strategic developments", "Other"), agent=None, target=None)
    assert event.actor1 is None


def test_protesters_are_named_by_their_role_with_the_group_they_belong_to():
    students = ActorMention(0, 8, "Students", "people", assoc="Students ({country})")
    event = code_event(_event("Protests", "Peaceful protest"), agent=students, target=None,
                       role1="protesters")
    assert (event.actor1, event.assoc_actor_1, event.inter1) == (
        "Protesters (Mali)", "Students (Mali)", 6)


def test_state_forces_outside_their_country_are_external_forces():
    troops = ActorMention(0, 14, "Russian troops", "military", country="RU")
    event = code_event(_event("Battles", "Armed clash"), agent=troops, target=None)
    assert (event.actor1, event.inter1) == ("Military Forces of Russia", 8)


def test_summary_says_what_who_where_when_and_the_toll():
    event = complete(_event(actor1="Unidentified Armed Group (Mali)", fatalities=4))
    assert event.notes.startswith("Attack by Unidentified Armed Group (Mali) in Gao, ")
    assert "on 2 March 2025" in event.notes
    assert event.notes.endswith("killing 4.")


@pytest.mark.parametrize(("kind", "actor2", "expected"), [
    (("Protests", "Protest with intervention"), "Police Forces of Mali",
     "Protest by Protesters (Mali) met with intervention by Police Forces of Mali in Gao, "),
    (("Protests", "Excessive force against protesters"), None,
     "Protest by Protesters (Mali) met with excessive force in Gao, "),
    (("Explosions/Remote violence", "Remote explosive/landmine/IED"), None,
     "Explosive device, landmine or IED by Protesters (Mali) in Gao, "),
    (("Riots", "Violent demonstration"), "Police Forces of Mali",
     "Violent demonstration by Protesters (Mali) against Police Forces of Mali in Gao, "),
])
def test_summary_brings_in_the_second_actor_as_the_sub_type_relates_them(kind, actor2, expected):
    event = complete(_event(*kind, actor1="Protesters (Mali)", actor2=actor2))
    assert event.notes.startswith(expected)


def test_summary_of_an_event_near_a_town_says_near():
    event = _event()
    event.geo_precision = 2
    assert " near Gao, " in summary(event) and " in near " not in summary(event)


def test_summary_of_an_undated_event_says_so():
    assert "(date unknown)" in summary(_event(date=None))


def _place_in(country, admin1_iso=None):
    return Place("Town", "city", 0.0, 0.0, country=country, admin1_iso=admin1_iso)


@pytest.mark.parametrize(("group", "country", "admin1_iso", "branch"), [
    ("Al Qaeda", "YE", "YE-AB", "AQAP: Al Qaeda in the Arabian Peninsula"),
    ("Al Qaeda", "BF", None, "JNIM: Group for Support of Islam and Muslims"),
    ("Islamic State", "NG", "NG-BO", "Islamic State West Africa Province"),
    ("Islamic State", "NE", "NE-2", "Islamic State West Africa Province"),  # Diffa, on Lake Chad
    ("Islamic State", "NE", "NE-6", "Islamic State (Sahel)"),  # Tillaberi
    ("Islamic State", "AF", None, "Islamic State (Afghanistan)"),
    ("Islamic State", "SY", None, "Islamic State"),  # no branch of its own there
    ("Communist Rebels", "PH", None, "NPA: New People's Army"),
])
def test_a_worldwide_group_named_where_it_has_a_branch_is_the_branch(
        group, country, admin1_iso, branch):
    event = Event(event_type="Battles", sub_event_type="Armed clash",
                  location=_place_in(country, admin1_iso), geo_precision=1,
                  date=date(2025, 3, 2), date_precision="day")
    agent = ActorMention(0, 5, "them", "rebel", group)
    coded = code_event(event, agent=agent, target=None)
    assert (coded.actor1, coded.inter1) == (branch, 2)


def _battle(iso, day, agent):
    place = Place("X", "city", 0.0, 0.0, country=iso)
    event = Event(event_type="Battles", sub_event_type="Armed clash", location=place,
                  geo_precision=1, date=day, date_precision="day")
    return code_event(event, agent=agent, target=None)


def test_a_battle_of_a_state_at_war_with_no_other_side_named_is_with_its_enemy():
    russians = ActorMention(0, 15, "Russian forces", "military", country="RU")
    coded = _battle("UA", date(2024, 5, 1), russians)
    assert (coded.actor1, coded.actor2) == (
        "Military Forces of Russia", "Military Forces of Ukraine")


def test_a_battle_before_the_war_began_keeps_its_other_side_unnamed():
    russians = ActorMention(0, 15, "Russian forces", "military", country="RU")
    coded = _battle("UA", date(2021, 5, 1), russians)
    assert coded.actor2 == "Unidentified Armed Group (Ukraine)"


def test_gunmen_who_clash_with_no_other_side_named_fight_an_unnamed_group():
    gunmen = ActorMention(0, 6, "Gunmen", "unidentified")
    coded = _battle("ML", date(2024, 5, 1), gunmen)
    assert (coded.actor1, coded.actor2, coded.interaction) == (
        "Unidentified Armed Group (Mali)", "Unidentified Armed Group (Mali)", 33)


def test_a_gang_that_fights_no_named_side_fights_another_gang():
    gang = ActorMention(0, 11, "rival gangs", "gang")
    coded = _battle("HT", date(2024, 5, 1), gang)
    assert (coded.actor1, coded.actor2) == (
        "Unidentified Gang (Haiti)", "Unidentified Gang (Haiti)")


def test_people_who_fell_in_a_battle_are_not_its_second_side(gazetteer):
    (event,) = read_article("Clashes between Druze fighters and Bedouin tribesmen killed 30 "
                            "people in Sweida on Tuesday.", published=date(2025, 7, 16),
                            gazetteer=gazetteer).events
    assert event.event_type == "Battles"
    assert not (event.actor2 or "").startswith("Civilians")


def test_ground_an_armed_group_takes_from_no_named_side_was_the_state_s(gazetteer):
    (event,) = read_article("Fano fighters seized the town of Debre Tabor on Saturday, "
                            "residents said.", published=date(2025, 1, 20),
                            gazetteer=gazetteer).events
    assert (event.sub_event_type, event.actor2) == (
        "Non-state actor overtakes territory", "Military Forces of Ethiopia")
