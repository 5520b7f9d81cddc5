"""How Ukraine's codified settlements are matched to GeoNames towns or placed."""

from __future__ import annotations

from types import SimpleNamespace as Row

from geo.sources.ukraine import _hromada_point, claim_towns

TOWN = Row(id=1, name="Lisove", lat=48.0, lon=37.0)


def test_a_codified_village_is_the_town_of_its_name_near_its_hromada():
    assert claim_towns([("a", [TOWN], (48.1, 37.1))]) == {"a": TOWN}


def test_a_village_of_the_name_in_a_far_hromada_is_a_village_of_its_own():
    assert claim_towns([("far", [TOWN], (49.0, 38.0))]) == {}


def test_a_town_is_one_village_s_the_nearest_hromada_s():
    claimed = claim_towns([("b", [TOWN], (48.15, 37.15)), ("a", [TOWN], (48.05, 37.0))])
    assert claimed == {"a": TOWN}


def test_a_hromada_centre_is_the_namesake_its_villages_lie_around():
    # two towns named like the hromada's centre; its other villages lie near the second
    west, east = Row(id=1, name="Lisove", lat=48.0, lon=36.0), Row(id=2, name="Lisove",
                                                                   lat=48.0, lon=38.0)
    towns = {"Lisove": [west, east], "Dubove": [Row(id=3, name="Dubove", lat=48.1, lon=38.1)],
             "Kalynove": [Row(id=4, name="Kalynove", lat=47.9, lon=37.9)]}
    members = [Row(id=n, name=n, category="C") for n in towns]
    hromada = Row(name="Lisovska")
    point = _hromada_point(hromada, members, {}, lambda m: towns[m.name], in_raion=[west])
    assert point[:2] == (east.lat, east.lon)
