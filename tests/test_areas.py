import geopandas as gpd
import pytest
import shapely
from conftest import SEED

from geo.areas.stated import (
    area_from_file,
    build_area,
    draw_stated_area,
    equal_area_crs,
    find_stated_areas,
    measure_area_km2,
    merge_repeated_areas,
)
from geo.model import Place
from geo.sources.boundaries import load_admin1, load_countries, region_by_iso

SUDZHA = (35.2706, 51.1907)  # lon, lat (GeoNames 486968)
KURSK_OBLAST = Place("Kursk Oblast", "admin1", 51.73, 36.19, "RU", "RU-KRS", "Kursk Oblast")


@pytest.fixture(scope="module")
def kursk():
    return region_by_iso(load_admin1(), "RU-KRS").geometry


@pytest.fixture(scope="module")
def ukraine():
    countries = load_countries()
    return countries.loc[countries["country"] == "UA", "geometry"].iloc[0]


def test_seed_area_is_found_with_metric_figure():
    areas = find_stated_areas(SEED.read_text())
    assert [(a.stated_text, a.area_km2) for a in areas] == [
        ("nearly 1,400 square kilometres", 1400),
        ("Nearly 1,400 square kilometers", 1400),
    ]
    assert areas[0].sentence.startswith("At the height of the incursion")
    assert areas[0].sentence.endswith("of Kursk.")


def test_metric_figure_is_preferred_when_both_are_given():
    text = "Ukrainian units held 440 square miles (some 1,150 square kilometres) of territory."
    (area,) = find_stated_areas(text)
    assert area.stated_text == "some 1,150 square kilometres"
    assert area.area_km2 == 1150
    assert text[area.start : area.end] == area.stated_text


def test_square_miles_are_converted():
    (area,) = find_stated_areas("Rebels hold about 200 square miles north of the city.")
    assert area.area_km2 == pytest.approx(518.0, abs=0.1)


@pytest.mark.parametrize(
    ("text", "km2"),
    [
        ("they took 1,000 sq km in a week", 1000),
        ("a 500 km2 pocket", 500),
        ("a 12 km² zone", 12),
        ("fires burned 3,000 hectares of forest", 30),
        ("a 25-square-kilometre buffer zone", 25),
        ("1.2 million acres of farmland", 4856.2),
    ],
)
def test_units_are_read_as_square_kilometres(text, km2):
    (area,) = find_stated_areas(text)
    assert area.area_km2 == pytest.approx(km2, abs=0.1)


def test_distances_and_street_names_are_not_areas():
    text = "Pokrovsk, some 55 km (35 miles) northwest of Donetsk, near Cathedral Square."
    assert find_stated_areas(text) == []


@pytest.mark.parametrize(
    ("km2", "kwargs"),
    [
        (1400, {"toward": True}),
        (1150, {"toward": True, "anchor": SUDZHA}),
        (1400, {"anchor": SUDZHA}),
        (40, {"toward": True}),
        (5000, {}),
    ],
)
def test_drawn_area_matches_stated_size_within_one_percent(kursk, ukraine, km2, kwargs):
    toward = ukraine if kwargs.pop("toward", False) else None
    shape, _ = draw_stated_area(km2, kursk, toward=toward, **kwargs)
    assert measure_area_km2(shape, crs=equal_area_crs(kursk)) == pytest.approx(km2, rel=0.01)


def test_area_lies_inside_region(kursk, ukraine):
    shape, _ = draw_stated_area(1400, kursk, toward=ukraine, anchor=SUDZHA)
    assert shape.difference(kursk).area < 1e-9
    assert shape.intersection(ukraine).area < 1e-9


def test_area_touches_border_with_actor_country(kursk, ukraine):
    shape, method = draw_stated_area(
        1400, kursk, toward=ukraine, region_name="Kursk Oblast", toward_name="Ukraine"
    )
    border = kursk.boundary.intersection(ukraine.boundary)
    assert shape.intersection(border.buffer(1e-6)).length > 0.5 * border.length
    assert method == (
        "illustrative shape: buffer from the Kursk Oblast-Ukraine border inside Kursk Oblast, "
        "sized to the stated 1,400 km²"
    )


def test_anchor_town_lies_inside_the_area_set_against_the_border(kursk, ukraine):
    shape, method = draw_stated_area(1400, kursk, toward=ukraine, anchor=SUDZHA)
    assert shape.contains(shapely.Point(SUDZHA))
    assert shape.distance(ukraine) < 1e-6
    assert "line joining the named town" in method


def test_stated_area_larger_than_region_draws_whole_region(kursk):
    shape, method = draw_stated_area(40_000, kursk, region_name="Kursk Oblast")
    assert shape.equals(kursk)
    assert method.startswith("whole region: the stated 40,000 km² is at least the area")


def test_repeated_report_is_one_area(kursk, ukraine):
    stated = find_stated_areas(SEED.read_text())
    areas = [
        build_area(
            s, region=KURSK_OBLAST, region_shape=kursk, toward=ukraine, toward_name="Ukraine"
        )
        for s in stated
    ]
    (area,) = merge_repeated_areas(areas)
    assert area.spans == [(s.start, s.end) for s in stated]
    assert len(area.sources) == 2
    assert area.area_km2_drawn == pytest.approx(1400, rel=0.01)


def test_different_sizes_in_one_region_stay_apart(kursk):
    text = "Ukraine held 1,400 sq km in August and 500 sq km by March."
    areas = [
        build_area(s, region=KURSK_OBLAST, region_shape=kursk) for s in find_stated_areas(text)
    ]
    assert [a.area_km2_stated for a in merge_repeated_areas(areas)] == [1400, 500]


def test_area_file_is_read_and_measured(kursk, tmp_path):
    path = tmp_path / "held.geojson"
    gpd.GeoDataFrame(geometry=[kursk], crs=4326).to_file(path, driver="GeoJSON")
    shape = area_from_file(path)
    assert shape.shape_source == "held.geojson"
    assert shape.area_km2 == pytest.approx(30_117, rel=0.01)


def test_area_file_without_polygons_is_refused(tmp_path):
    path = tmp_path / "points.geojson"
    gpd.GeoDataFrame(geometry=[shapely.Point(SUDZHA)], crs=4326).to_file(path, driver="GeoJSON")
    with pytest.raises(ValueError, match="holds no polygons"):
        area_from_file(path)


def test_area_against_a_long_straight_border_keeps_its_size():
    # Washington's northern border is one long parallel: the clip back in lon/lat used to
    # take a few per cent off a shape set against it.
    from geo.sources.outlines import RegionOutlines

    outlines = RegionOutlines.open()
    washington, ukraine = outlines.region("US-WA"), outlines.country("UA")
    for km2 in (1.0, 10.0, 1400.0):
        shape, _ = draw_stated_area(km2, washington, toward=ukraine)
        assert measure_area_km2(shape) == pytest.approx(km2, rel=0.01)
