"""Joining places to admin-1 regions and counting mentions and events per region."""

from __future__ import annotations

import pytest
from shapely.geometry import Point

from geo import settings
from geo.model import Event, Mention, Place, Reading
from geo.places.regions import join_regions, regions_layer
from geo.sources import boundaries
from geo.sources.boundaries import find_boundaries_file, load_admin1

LAYER_COLUMNS = ["admin1_iso", "name", "country", "mentions", "events", "geometry"]


@pytest.fixture(scope="session")
def admin1():
    if not settings.BOUNDARIES_FILE.exists():
        boundaries.fetch_boundaries()
    return load_admin1(find_boundaries_file())


def _city(name: str, lat: float, lon: float, country: str | None) -> Place:
    return Place(name=name, kind="city", lat=lat, lon=lon, country=country)


def test_kursk_city_point_joins_kursk_oblast(admin1):
    [kursk] = join_regions([_city("Kursk", 51.73, 36.19, "RU")], admin1)
    assert (kursk.admin1_iso, kursk.admin1_name, kursk.country) == ("RU-KRS", "Kursk", "RU")


def test_moscow_idaho_joins_idaho(admin1):
    [moscow] = join_regions([_city("Moscow", 46.73, -117.00, "US")], admin1)
    assert moscow.admin1_iso == "US-ID"


def test_simferopol_joins_crimea_under_iso(admin1):
    [simferopol] = join_regions([_city("Simferopol", 44.95, 34.10, None)], admin1)
    assert (simferopol.admin1_iso, simferopol.country) == ("UA-43", "UA")


def test_coastal_point_just_offshore_joins_nearest_region(admin1):
    offshore = Point(35.18, 33.27)  # about 1 km off Tyre
    assert not admin1.contains(offshore).any()
    [tyre] = join_regions([_city("Tyre", offshore.y, offshore.x, "LB")], admin1)
    assert tyre.admin1_iso == "LB-JA"


def test_point_far_out_at_sea_joins_nothing(admin1):
    [sea] = join_regions([_city("Nowhere", 33.27, 35.05, "LB")], admin1)
    assert sea.admin1_iso is None


def test_nearest_fallback_keeps_to_the_places_country(admin1):
    offshore = Point(35.18, 33.27)
    [wrong] = join_regions([_city("Tyre", offshore.y, offshore.x, "IL")], admin1)
    assert wrong.admin1_iso is None


def test_border_town_the_outlines_put_across_the_border_joins_its_own_country(admin1):
    # GeoNames' points of El Paso and of Kobani lie inside Chihuahua and Sanliurfa as the
    # generalised borders draw them; each is within a few km of its own country's region.
    el_paso, kobani = join_regions(
        [_city("El Paso", 31.7587, -106.4869, "US"), _city("Kobani", 36.8909, 38.3537, "SY")],
        admin1,
    )
    assert (el_paso.admin1_iso, el_paso.country) == ("US-TX", "US")
    assert kobani.country == "SY" and kobani.admin1_iso.startswith("SY-")


def test_a_place_far_inside_another_countrys_region_keeps_that_region(admin1):
    # Saint-Denis of Reunion: no region of "RE" exists, the French one holds it.
    [saint_denis] = join_regions([_city("Saint-Denis", -20.8823, 55.4504, "RE")], admin1)
    assert saint_denis.admin1_iso == "FR-974"


def test_countries_and_regions_are_not_joined(admin1):
    ukraine = Place(name="Ukraine", kind="country", lat=49.0, lon=32.0, country="UA")
    assert join_regions([ukraine], admin1) == [ukraine]


def test_regions_layer_counts_mentions_and_events(admin1):
    kursk, sudzha, sumy = join_regions(
        [
            _city("Kursk", 51.73, 36.19, "RU"),
            _city("Sudzha", 51.19, 35.27, "RU"),
            _city("Sumy", 50.91, 34.80, "UA"),
        ],
        admin1,
    )
    oblast = Place(
        name="Kursk", kind="admin1", lat=51.5, lon=36.0, country="RU", admin1_iso="RU-KRS"
    )
    reading = Reading(
        name="t",
        text="t",
        published=None,
        mentions=[
            Mention(0, 5, "Kursk", kursk),
            Mention(6, 12, "Sudzha", sudzha),
            Mention(13, 17, "Sumy", sumy),
            Mention(18, 23, "Kursk", oblast),
            Mention(24, 30, "Nowhere", None),
        ],
        events=[Event("Battles", "Armed clash", sudzha, 1)],
    )
    layer = regions_layer(reading, admin1)
    assert list(layer.columns) == LAYER_COLUMNS
    rows = {r.admin1_iso: (r.mentions, r.events) for r in layer.itertuples()}
    assert rows == {"RU-KRS": (3, 1), "UA-59": (1, 0)}
    assert layer.crs.to_epsg() == 4326


def test_regions_layer_places_uncoded_points_by_location(admin1):
    sumy = _city("Sumy", 50.91, 34.80, "UA")  # not joined: no admin1_iso yet
    reading = Reading(name="t", text="t", published=None, mentions=[Mention(0, 4, "Sumy", sumy)])
    assert regions_layer(reading, admin1)["admin1_iso"].tolist() == ["UA-59"]


def test_regions_layer_of_reading_without_places_is_empty(admin1):
    layer = regions_layer(Reading(name="t", text="t", published=None), admin1)
    assert layer.empty
    assert list(layer.columns) == LAYER_COLUMNS


def test_regions_layer_counts_a_province_without_an_outline_in_the_drawn_unit_holding_it(admin1):
    # Ituri (CD-IT) has no outline in Natural Earth, which still draws the Orientale it was
    # carved from: an event in Bunia counts there rather than nowhere
    bunia = Place(name="Bunia", kind="city", lat=1.55941, lon=30.25224, country="CD",
                  admin1_iso="CD-IT", admin1_name="Ituri")
    reading = Reading(name="t", text="t", published=None,
                      events=[Event("Battles", "Armed clash", bunia, 1)])
    layer = regions_layer(reading, admin1)
    assert [(r.name, r.admin1_iso, r.events) for r in layer.itertuples()] == [
        ("Orientale", None, 1)]
