"""How ``geo setup`` places the gazetteer's entries."""

from __future__ import annotations

from typing import NamedTuple

import geopandas as gpd
import pycountry
from shapely.geometry import box

from geo.sources.gazetteer import COMMON_WORD
from geo.sources.gazetteer_build import (
    _point_on,
    _successors_of_split_units,
    _unshared_alternates,
)
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


def _places_named(gazetteer, name: str, kind: str, country: str):
    return [c.place for c in gazetteer.lookup({name}).get(name, [])
            if c.place.kind == kind and c.place.country == country]


def test_a_province_carved_from_a_unit_the_outlines_still_draw_is_a_region(gazetteer):
    # Natural Earth draws DR Congo's Orientale of before 2015; Ituri is a province of its
    # own under ISO and GeoNames, placed at Bunia, its largest town
    (ituri,) = _places_named(gazetteer, "Ituri", "admin1", "CD")
    (bunia,) = _places_named(gazetteer, "Bunia", "city", "CD")
    assert (ituri.admin1_iso, ituri.admin1_name) == ("CD-IT", "Ituri")
    assert (ituri.lat, ituri.lon) == (bunia.lat, bunia.lon)
    assert gazetteer.region("CD-HK").place.name == "Haut-Katanga"


def test_a_town_of_a_carved_province_lies_in_it_not_in_the_old_unit(gazetteer):
    (lubumbashi,) = _places_named(gazetteer, "Lubumbashi", "city", "CD")
    assert (lubumbashi.admin1_iso, lubumbashi.admin1_name) == ("CD-HK", "Haut-Katanga")
    # Equateur kept its code but Gbadolite now lies in Nord-Ubangi; Mbandaka stays
    (gbadolite,) = _places_named(gazetteer, "Gbadolite", "city", "CD")
    (mbandaka,) = _places_named(gazetteer, "Mbandaka", "city", "CD")
    assert gbadolite.admin1_iso == "CD-NU"
    assert mbandaka.admin1_iso == "CD-EQ"


def test_a_district_of_a_carved_province_lies_in_it(gazetteer):
    (djugu,) = _places_named(gazetteer, "Djugu", "admin2", "CD")
    assert (djugu.admin1_iso, djugu.admin1_name) == ("CD-IT", "Ituri")


def _frame(rows):
    return gpd.GeoDataFrame(
        {"admin1_iso": [r[0] for r in rows], "name": [r[1] for r in rows],
         "country": [r[2] for r in rows], "alt_names": [None] * len(rows)},
        geometry=[box(0, 0, 1, 1)] * len(rows), crs=4326)


def test_only_a_country_drawing_a_split_unit_gains_regions():
    # the old province drawn without a code: its country's undrawn ISO units are added
    old = _successors_of_split_units(_frame([(None, "Orientale", "CD"),
                                             ("CD-NK", "Nord-Kivu", "CD")]))
    assert {"CD-IT", "CD-TO", "CD-NU", "CD-HK"} <= set(old)
    assert {code[:2] for code in old} == {"CD"} and "CD-NK" not in old
    # outlines that draw every current province add nothing
    current = [(s.code, s.name, "CD") for s in pycountry.subdivisions.get(country_code="CD")]
    assert _successors_of_split_units(_frame(current)) == {}
    # the Gaza Strip has no code but is still a unit: ISO's governorates are not added
    assert _successors_of_split_units(_frame([(None, "Gaza Strip", "PS")])) == {}


def test_a_unit_drawn_with_no_country_gains_its_country_s_regions():
    # Natural Earth draws Somaliland as one unit of no country over Somalia's north-west
    found = _successors_of_split_units(_frame([(None, "Somaliland", None),
                                               ("SO-BN", "Banaadir", "SO")]))
    assert {"SO-AW", "SO-WO", "SO-TO", "SO-SA", "SO-SO"} <= set(found)
    assert "SO-BN" not in found


def test_a_town_of_somaliland_lies_in_its_iso_region(gazetteer):
    (hargeisa,) = _places_named(gazetteer, "Hargeysa", "city", "SO")
    assert (hargeisa.admin1_iso, hargeisa.admin1_name) == ("SO-WO", "Woqooyi Galbeed")
    assert gazetteer.region("SO-AW").place.name == "Awdal"


def test_a_town_of_a_unit_iso_codes_by_its_parts_carries_its_parts_code(gazetteer):
    # ISO codes the West Bank's governorates, not the West Bank Natural Earth draws
    (nablus,) = _places_named(gazetteer, "Nablus", "city", "PS")
    assert (nablus.admin1_iso, nablus.admin1_name) == ("PS-NBS", "West Bank")
    (khan_yunis,) = _places_named(gazetteer, "Khān Yūnis", "city", "PS")
    assert khan_yunis.admin1_iso == "PS-KYS"


def test_a_facility_of_such_a_unit_carries_the_code_of_the_town_it_is_near(gazetteer):
    (camp,) = _places_named(gazetteer, "Jenin camp", "facility", "PS")
    assert (camp.admin1_iso, camp.admin1_name) == ("PS-JEN", "West Bank")


def test_a_ukrainian_town_geonames_spells_otherwise_is_named_by_its_official_spelling(gazetteer):
    # GeoNames writes "Kryvyy Rih"; the national romanisation (and the news) "Kryvyi Rih"
    (city,) = [p for p in _places_named(gazetteer, "Kryvyi Rih", "city", "UA")
               if p.population > 500_000]
    assert city.name == "Kryvyi Rih"
    assert _places_named(gazetteer, "Kryvyy Rih", "city", "UA") == [city]
