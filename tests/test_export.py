import csv
import io
import json
from datetime import date
from pathlib import Path

import geopandas as gpd
import pandas as pd
import pyogrio
import pytest
import shapely
from conftest import KURSK, SEED, SUMY
from shapely.geometry import shape

from geo.model import Event, Mention, Place, Reading
from geo.output.files import (
    ACLED_COLUMNS,
    GEOMETRY_TYPES,
    LAYERS,
    acled_csv,
    layer_columns,
    safe_stem,
    write_acled_csv,
    write_outputs,
)
from geo.places.regions import regions_layer
from geo.sources.boundaries import load_admin1, load_countries

ORYOL = Place("Oryol Oblast", "admin1", 52.96508, 36.07849, "RU", "RU-ORL", "Oryol Oblast")


@pytest.fixture(scope="module")
def admin1() -> gpd.GeoDataFrame:
    return load_admin1()


@pytest.fixture(scope="module")
def reading(admin1, kursk_area, sumy_strike) -> Reading:
    text = SEED.read_text()
    area = kursk_area(text, admin1, load_countries())
    mentions = [
        Mention(text.index(word), text.index(word) + len(word), word, place)
        for word, place in (("Kursk", KURSK), ("Oryol", ORYOL), ("Sumy", SUMY))
    ]
    events = [
        Event(
            "Explosions/Remote violence",
            "Air/drone strike",
            ORYOL,
            3,
            date(2025, 5, 21),
            "day",
            actor1="Military Forces of Ukraine",
            counts={"drones": 10},
            sources=["the Ukrainian military said it had struck a semiconductor device plant"],
            spans=[(700, 770)],
        ),
        sumy_strike,
    ]
    return Reading("seed", text, date(2025, 5, 21), mentions, events, [area])


@pytest.fixture(scope="module")
def regions(reading, admin1) -> gpd.GeoDataFrame:
    return regions_layer(reading, admin1)


@pytest.fixture(scope="module")
def written(reading, regions, tmp_path_factory) -> list[Path]:
    return write_outputs(reading, regions=regions, out_dir=tmp_path_factory.mktemp("out"))


def test_all_files_are_written(written):
    assert [p.name for p in written] == [
        "seed.gpkg",
        "seed.places.geojson",
        "seed.regions.geojson",
        "seed.events.geojson",
        "seed.areas.geojson",
        "seed.json",
    ]
    assert not [p for p in written[0].parent.iterdir() if p.name.startswith(".")]


def test_geopackage_has_four_layers_with_their_geometry_types(written):
    layers = dict(pyogrio.list_layers(written[0]))
    assert layers == {
        "places": "Point",
        "regions": "MultiPolygon",
        "events": "Point",
        "areas": "MultiPolygon",
        "layer_styles": None,  # QGIS's styles table, as in QGIS's own world_map.gpkg
    }


@pytest.mark.parametrize("layer", list(LAYERS))
def test_geopackage_layer_fields_and_counts(written, reading, layer):
    info = pyogrio.read_info(written[0], layer=layer)
    assert list(info["fields"]) == list(layer_columns(layer))
    expected = {"places": 3, "regions": 3, "events": 2, "areas": 1}[layer]
    assert info["features"] == expected
    assert info["crs"] == "EPSG:4326"
    types = dict(zip(info["fields"], info["dtypes"], strict=True))
    for field, kind in layer_columns(layer).items():
        assert types[field] == {"str": "object", "json": "object",
                                "date": "datetime64[D]"}.get(kind, kind.lower())


def test_layer_fields_are_the_model_views(reading):
    assert list(layer_columns("places")) == list(KURSK.to_dict())
    assert list(layer_columns("events")) == list(reading.events[0].to_dict())
    area = reading.areas[0].to_dict()
    assert list(layer_columns("areas")) == [k for k in area if k != "geometry"]


def test_geopackage_values_round_trip(written, reading):
    events = pyogrio.read_dataframe(written[0], layer="events")
    sumy = events[events["fatalities"].notna()].iloc[0]
    # The date is a Date field, which the Temporal Controller of QGIS reads.
    assert (sumy["fatalities"], sumy["injured"], sumy["date"]) == (
        6, 10, pd.Timestamp("2025-05-20"))
    assert json.loads(events.iloc[0]["counts"]) == {"drones": 10}
    assert json.loads(events.iloc[0]["location"])["admin1_iso"] == "RU-ORL"
    assert events.iloc[0].geometry.equals(shapely.Point(ORYOL.lon, ORYOL.lat))
    areas = pyogrio.read_dataframe(written[0], layer="areas")
    assert areas.iloc[0]["area_km2_drawn"] == pytest.approx(1400, rel=0.01)
    assert areas.iloc[0].geometry.equals(reading.areas[0].geometry)


@pytest.mark.parametrize("layer", list(LAYERS))
def test_geojson_layers_are_rfc7946(written, layer):
    path = next(p for p in written if p.name == f"seed.{layer}.geojson")
    data = json.loads(path.read_text())
    assert "crs" not in data
    types = {f["geometry"]["type"] for f in data["features"]}
    assert types == {GEOMETRY_TYPES[layer]}
    for feature in data["features"]:
        coords = json.dumps(feature["geometry"]["coordinates"])
        assert all(len(n.split(".")[-1]) <= 6 for n in coords.replace("]", "").split(", "))
        geometry = shape(feature["geometry"])
        assert geometry.is_valid
        if layer in ("regions", "areas"):
            assert shapely.orient_polygons(geometry).equals_exact(geometry, 0)
            ring = geometry.geoms[0].exterior
            assert ring.is_ccw
    info = pyogrio.read_info(path)
    assert info["features"] == len(data["features"])
    assert list(info["fields"]) == list(layer_columns(layer))


def test_geojson_numbers_stay_numbers(written):
    path = next(p for p in written if p.name == "seed.events.geojson")
    frame = pyogrio.read_dataframe(path)
    assert frame["fatalities"].dtype.kind in "if"
    props = json.loads(path.read_text())["features"][1]["properties"]
    assert props["fatalities"] == 6
    assert props["actor2"] == "Military Forces of Ukraine"


def test_geojson_lists_and_objects_are_json_not_strings(written, reading):
    path = next(p for p in written if p.name == "seed.events.geojson")
    props = json.loads(path.read_text())["features"][0]["properties"]
    assert props["sources"] == reading.events[0].sources
    assert props["counts"] == {"drones": 10}
    assert props["spans"] == [[700, 770]]


def test_geojson_text_that_looks_like_json_stays_text(reading, regions, tmp_path):
    import dataclasses

    odd = dataclasses.replace(reading.events[1], source='{"a": 1}', notes="[1, 2]")
    paths = write_outputs(dataclasses.replace(reading, events=[odd]), regions=regions,
                          out_dir=tmp_path)
    path = next(p for p in paths if p.name == "seed.events.geojson")
    props = json.loads(path.read_text())["features"][0]["properties"]
    assert props["source"] == '{"a": 1}' and props["notes"] == "[1, 2]"


def test_json_view_carries_area_geometry(written, reading):
    view = json.loads(written[-1].read_text())
    assert view["published"] == "2025-05-21"
    assert [m["text"] for m in view["mentions"]] == ["Kursk", "Oryol", "Sumy"]
    area = view["areas"][0]
    assert area["area_km2_stated"] == 1400
    drawn = shapely.normalize(reading.areas[0].geometry)
    assert shapely.normalize(shape(area["geometry"])).equals_exact(drawn, 1e-6)


def test_empty_layers_keep_their_schema(regions, tmp_path):
    empty = Reading("empty", "Nothing happened.", None)
    paths = write_outputs(empty, regions=regions.iloc[:0], out_dir=tmp_path)
    for layer, geometry_type in GEOMETRY_TYPES.items():
        info = pyogrio.read_info(paths[0], layer=layer)
        assert info["features"] == 0
        assert info["geometry_type"] == geometry_type
        assert info["crs"] == "EPSG:4326"
        assert list(info["fields"]) == list(layer_columns(layer))
    events = pyogrio.read_info(paths[0], layer="events")
    assert dict(zip(events["fields"], events["dtypes"],
                    strict=True))["date"] == "datetime64[D]"
    # RFC 7946 has no member for a geometry type or a CRS: WGS84 is implied, and GDAL says so.
    collection = json.loads((tmp_path / "empty.events.geojson").read_text())
    assert collection == {"type": "FeatureCollection", "features": []}
    assert pyogrio.read_info(tmp_path / "empty.events.geojson")["crs"] == "EPSG:4326"


@pytest.mark.parametrize(
    "name", ["../../etc/passwd", "/abs/path", "..", "a/../../b", "<script>", ".hidden"]
)
def test_file_names_stay_inside_out_dir(regions, tmp_path, name):
    out = tmp_path / "out"
    paths = write_outputs(Reading(name, "x", None), regions=regions, out_dir=out, name=name)
    assert all(p.parent == out.resolve() for p in paths)
    assert all(not p.name.startswith(".") for p in paths)
    assert sorted(p.name for p in tmp_path.rglob("*") if p.is_file()) == sorted(
        p.name for p in paths
    )


def test_safe_stem_keeps_readable_names():
    assert safe_stem("kursk_sudzha_pokrovsk") == "kursk_sudzha_pokrovsk"
    assert safe_stem("Putin visits Kursk: report") == "Putin_visits_Kursk_report"


def test_acled_csv_has_acleds_columns_in_acleds_order(reading, tmp_path):
    path = write_acled_csv(reading.events, tmp_path / "seed.events.csv", timestamp=1747785600)
    with path.open(newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert list(rows[0]) == ACLED_COLUMNS
    assert len(ACLED_COLUMNS) == 31 and ACLED_COLUMNS[0] == "event_id_cnty"
    oryol, sumy = rows
    assert (oryol["event_id_cnty"], sumy["event_id_cnty"]) == ("RUS1", "UKR1")
    assert (oryol["country"], oryol["iso"], sumy["country"], sumy["iso"]) == (
        "Russia", "643", "Ukraine", "804")
    assert (sumy["event_date"], sumy["year"], sumy["time_precision"]) == ("2025-05-20", "2025", "1")
    assert sumy["disorder_type"] == "Political violence"
    # state forces outside their own country are ACLED's external forces (8)
    assert (sumy["inter1"], sumy["inter2"], sumy["interaction"]) == ("8", "1", "18")
    assert (oryol["inter1"], oryol["actor2"], oryol["interaction"]) == ("8", "", "80")
    assert (sumy["fatalities"], oryol["fatalities"]) == ("6", "0")
    assert (sumy["latitude"], sumy["longitude"]) == ("50.9216", "34.8003")
    assert oryol["notes"].startswith("Air or drone strike by Military Forces of Ukraine in ")
    assert sumy["source"] == "" and sumy["timestamp"] == "1747785600"  # no outlet known
    assert sumy["admin1"] == "Sumy Oblast" and sumy["geo_precision"] == "3"


def test_acled_csv_codes_civilians_and_keeps_extra_columns(reading):
    attack = Event("Violence against civilians", "Attack", SUMY, 2, None,
                   actor1="Police Forces of Ukraine", actor2="Civilians (Ukraine)",
                   fatalities=2, source_articles=["a", "b", "a"], independent_sources=2,
                   source="Reuters; kyivindependent.com")
    text = acled_csv([attack], extra=("independent_sources",))
    (row,) = csv.DictReader(io.StringIO(text))
    assert (row["inter2"], row["interaction"]) == ("7", "17")
    assert row["civilian_targeting"] == "Civilian targeting"
    assert (row["event_date"], row["year"]) == ("", "")
    # the outlets, never the article files' names
    assert row["source"] == "Reuters; kyivindependent.com" and row["independent_sources"] == "2"
