"""How ``geo setup`` places the gazetteer's entries."""

from __future__ import annotations

from typing import NamedTuple

from shapely.geometry import box

from geo.sources.gazetteer import COMMON_WORD
from geo.sources.gazetteer_build import _point_on, _unshared_alternates
from geo.sources.tables import read_table


def test_a_country_is_at_its_point_in_the_table(gazetteer):
    row = next(r for r in read_table("country_points") if r["country"] == "RU")
    russia = gazetteer.country("RU").place
    assert (russia.lat, russia.lon) == (float(row["lat"]), float(row["lon"]))


def test_a_country_point_inside_the_outline_stays():
    assert _point_on(box(0, 0, 2, 2), (1.5, 0.5)) == (1.5, 0.5)


def test_a_country_point_at_sea_moves_to_the_nearest_coast():
    lat, lon = _point_on(box(0, 0, 2, 2), (1.0, 3.0))  # east of the square
    assert (round(lat, 6), round(lon, 6)) == (1.0, 2.0)


def test_a_town_name_read_far_more_often_than_its_size_explains_is_an_ordinary_word(gazetteer):
    # "Obama": at most a town of 29,000, yet a word written about as often as "Paris"
    assert all(c.flags & COMMON_WORD for c in gazetteer.lookup({"Obama"})["Obama"])
    assert not any(c.flags & COMMON_WORD for c in gazetteer.lookup({"Kramatorsk"})["Kramatorsk"])


def test_a_hyphened_name_is_also_held_written_with_spaces(gazetteer):
    # news writes "Nord Kivu", "Ouham Pende", "Guinea Bissau" as often as with the hyphen
    found = gazetteer.lookup({"Nord Kivu", "Ouham Pende", "Guinea Bissau"})
    assert {n: {c.place.name for c in cs} for n, cs in found.items()} == {
        "Nord Kivu": {"Nord-Kivu"}, "Ouham Pende": {"Ouham-Pendé"},
        "Guinea Bissau": {"Guinea-Bissau"}}


def test_a_region_whose_seat_is_a_city_region_inside_it_is_placed_at_that_city(gazetteer):
    # Kyiv is a region of its own inside Kyiv Oblast, and the oblast's seat
    oblast, city = gazetteer.region("UA-32").place, gazetteer.capital("UA").place
    assert (oblast.lat, oblast.lon) == (city.lat, city.lon)



def test_a_town_of_a_unit_since_merged_lies_in_its_successor(gazetteer):
    # Wana was in the tribal areas that Khyber Pakhtunkhwa took in 2018
    wana = [c.place for c in gazetteer.lookup({"Wana"})["Wana"] if c.place.country == "PK"]
    assert wana and {p.admin1_iso for p in wana} == {"PK-KP"}
    # the old unit's name now names its successor
    tribal = gazetteer.lookup({"FATA"})["FATA"]
    assert {c.place.admin1_iso for c in tribal} == {"PK-KP"}


class _Region(NamedTuple):
    name: str
    country: str
    alt_names: str


def test_a_regions_alternate_that_is_a_neighbouring_regions_own_name_is_dropped():
    # Uganda's Amuru district was carved out of Gulu: "Gulu" is Gulu's own name, not Amuru's
    own = {("UG", "Amuru"), ("UG", "Gulu"), ("RU", "Moscow"), ("RU", "Moscow Oblast")}
    assert _unshared_alternates(_Region("Amuru", "UG", "Gulu|Amuru District"), own) == [
        "Amuru District"]


def test_a_city_regions_name_stays_an_alternate_of_the_land_around_it():
    own = {("RU", "Moscow"), ("RU", "Moscow Oblast")}
    assert _unshared_alternates(_Region("Moscow Oblast", "RU", "Moscow|Podmoskovye"), own) == [
        "Moscow", "Podmoskovye"]
