"""Every GIS output of `geo map` on the seed, opened the way QGIS opens it: through GDAL.

The GeoPackage's layers, geometry and field types, feature counts and QGIS styles table; the
GeoJSON files against RFC 7946; the ACLED CSV through GDAL's CSV driver.
"""

import json
import re
import sqlite3
import subprocess
import sys
import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path

import numpy as np
import pyogrio
import pytest
import shapely
from conftest import SEED, SEED_PUBLISHED
from shapely.geometry import shape

from geo import settings
from geo.output.files import ACLED_COLUMNS, GEOMETRY_TYPES, LAYERS, layer_columns
from geo.output.styles import (
    AREA_COLOUR,
    AREA_UNDERLAY,
    EVENT_STYLES,
    PLACE_COLOURS,
    activity_colour,
)

QGIS_STYLE_COLUMNS = [
    "f_table_catalog", "f_table_schema", "f_table_name", "f_geometry_column", "styleName",
    "styleQML", "styleSLD", "useAsDefault", "description", "owner", "ui", "update_time",
]  # fmt: skip
#: pyogrio's dtype for each of our schema types.
DTYPES = {"str": "object", "json": "object", "float64": "float64", "Int64": "int64",
          "date": "datetime64[D]"}


@pytest.fixture(scope="module")
def out(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("seed")
    geo = Path(sys.executable).with_name("geo")
    subprocess.run(
        [geo, "map", SEED, "--published", SEED_PUBLISHED, "--out", folder],
        check=True,
        capture_output=True,
    )
    return folder


@pytest.fixture(scope="module")
def view(out) -> dict:
    return json.loads((out / "seed.json").read_text())


@pytest.fixture(scope="module")
def styles(out):
    return pyogrio.read_dataframe(out / "seed.gpkg", layer="layer_styles")


def _expected_count(layer: str, view: dict, out: Path) -> int:
    if layer == "regions":  # the regions the article touches, one feature each
        return len(json.loads((out / "seed.regions.geojson").read_text())["features"])
    return len(view[layer])


def test_geopackage_layers_and_geometry_types(out):
    layers = dict(pyogrio.list_layers(out / "seed.gpkg"))
    # and the offline base of the QGIS project
    assert layers == GEOMETRY_TYPES | {"countries": "MultiPolygon", "layer_styles": None}


@pytest.mark.parametrize("layer", list(LAYERS))
def test_geopackage_fields_types_and_counts(out, view, layer):
    info = pyogrio.read_info(out / "seed.gpkg", layer=layer)
    assert info["crs"] == "EPSG:4326"
    assert info["geometry_type"] == GEOMETRY_TYPES[layer]
    assert list(info["fields"]) == list(layer_columns(layer))
    assert list(info["dtypes"]) == [DTYPES[kind] for kind in layer_columns(layer).values()]
    assert info["features"] == _expected_count(layer, view, out) > 0


def test_styles_table_is_shaped_like_qgis_own(out, styles):
    assert list(styles.columns) == QGIS_STYLE_COLUMNS
    if not settings.BOUNDARIES_FILE.exists():
        pytest.skip("no world_map.gpkg (QGIS's own styled GeoPackage): run `geo setup`")
    theirs = pyogrio.read_info(settings.BOUNDARIES_FILE, layer="layer_styles")
    ours = pyogrio.read_info(out / "seed.gpkg", layer="layer_styles")
    assert list(ours["fields"]) == list(theirs["fields"])
    assert list(ours["dtypes"]) == list(theirs["dtypes"])
    columns = "SELECT name, type, pk FROM pragma_table_info('layer_styles')"
    with sqlite3.connect(settings.BOUNDARIES_FILE) as a, sqlite3.connect(out / "seed.gpkg") as b:
        assert b.execute(columns).fetchall() == a.execute(columns).fetchall()
        kind = "SELECT data_type FROM gpkg_contents WHERE table_name = 'layer_styles'"
        assert b.execute(kind).fetchall() == a.execute(kind).fetchall() == [("attributes",)]


def test_every_layer_has_one_default_style(out, styles):
    assert sorted(styles["f_table_name"]) == sorted([*LAYERS, "countries"])
    assert styles["useAsDefault"].astype(bool).all()
    for _, style in styles.iterrows():
        info = pyogrio.read_info(out / "seed.gpkg", layer=style["f_table_name"])
        assert style["f_geometry_column"] == info["geometry_name"]
        assert ET.fromstring(style["styleQML"].split("\n", 1)[1]).tag == "qgis"
        assert ET.fromstring(style["styleSLD"]).find(
            ".//{http://www.opengis.net/se}Name").text == style["f_table_name"]


def _qml(styles, layer: str) -> ET.Element:
    qml = styles.loc[styles["f_table_name"] == layer, "styleQML"].iloc[0]
    return ET.fromstring(qml.split("\n", 1)[1])  # past the DOCTYPE


def _hex(qcolour: str) -> str:
    return "#{:02x}{:02x}{:02x}".format(*map(int, qcolour.split(",")[:3]))


def _first_colour(root: ET.Element, symbol: str) -> str:
    layer = root.find(f".//symbols/symbol[@name='{symbol}']/layer")
    return _hex(layer.find("prop[@k='color']").get("v"))


def _page_data(html: Path) -> dict:
    """The JSON document the HTML map draws."""
    page = html.read_text(encoding="utf-8")
    (data,) = re.findall(r'<script type="application/json" id="geo-data-[^"]+">(.*?)</script>',
                         page, flags=re.S)
    return json.loads(data)


def test_qgis_event_symbols_match_the_html_map(out, styles):
    root = _qml(styles, "events")
    renderer = root.find("renderer-v2")
    assert (renderer.get("type"), renderer.get("attr")) == ("categorizedSymbol", "event_type")
    categories = {c.get("value"): c.get("symbol") for c in renderer.iter("category")}
    for event_type, (glyph, colour) in EVENT_STYLES.items():
        assert _first_colour(root, categories[event_type]) == colour
        font = root.find(f".//symbols/symbol[@name='{categories[event_type]}']"
                         "/layer[@class='FontMarker']/prop[@k='chr']")
        assert font.get("v") == glyph
    drawn = _page_data(out / "seed.html")["events"]
    assert drawn and all((e["symbol"], e["colour"]) == EVENT_STYLES[e["event_type"]]
                         for e in drawn)


def test_qgis_place_and_area_styles_match_the_html_map(styles):
    root = _qml(styles, "places")
    categories = {c.get("value"): c.get("symbol") for c in root.iter("category")}
    for kind, colour in PLACE_COLOURS.items():
        assert _first_colour(root, categories[kind]) == colour
    areas = _qml(styles, "areas")
    classes = [layer.get("class") for layer in areas.find(".//symbols/symbol").findall("layer")]
    assert classes == ["SimpleFill", "LinePatternFill", "SimpleLine"]  # fill, hatch, dashes
    # a pale underlay, dark hatch lines in the area colour (as on the HTML map)
    assert _first_colour(areas, "0") == AREA_UNDERLAY
    (hatch,) = [layer for layer in areas.iter("layer") if layer.get("class") == "LinePatternFill"]
    assert _hex(hatch.find("prop[@k='color']").get("v")) == AREA_COLOUR


def test_qgis_region_classes_are_the_html_fills(out, styles):
    regions = pyogrio.read_dataframe(out / "seed.gpkg", layer="regions")
    activity = regions["events"] + regions["mentions"]
    root = _qml(styles, "regions")
    renderer = root.find("renderer-v2")
    assert renderer.get("type") == "graduatedSymbol"
    assert renderer.get("attr") == '"events" + "mentions"'
    ranges = renderer.findall("ranges/range")
    fills = {r["name"]: r["fill"] for r in _page_data(out / "seed.html")["regions"]}
    for name, value in zip(regions["name"], activity, strict=True):
        (match,) = [r for r in ranges if float(r.get("upper")) == value]
        colour = activity_colour(value, max(activity.max(), 1))
        assert _first_colour(root, match.get("symbol")) == colour
        assert fills[name] == colour


@pytest.mark.parametrize("layer", list(LAYERS))
def test_geojson_is_rfc7946(out, view, layer):
    path = out / f"seed.{layer}.geojson"
    data = json.loads(path.read_text())
    # RFC 7946: no "crs"; "run_id" is a foreign member (section 6.1) naming the output set
    assert set(data) == {"type", "features", "run_id"}
    assert {f["geometry"]["type"] for f in data["features"]} == {GEOMETRY_TYPES[layer]}
    for feature in data["features"]:
        geometry = shape(feature["geometry"])
        minx, miny, maxx, maxy = geometry.bounds
        assert -180 <= minx <= maxx <= 180 and -90 <= miny <= maxy <= 90  # lon, lat
        scaled = shapely.get_coordinates(geometry) * 1e6  # at most 6 decimals
        assert np.abs(scaled - np.round(scaled)).max() < 1e-3
        if geometry.geom_type == "MultiPolygon":
            for polygon in geometry.geoms:  # right-hand rule: exterior CCW, holes CW
                assert polygon.exterior.is_ccw
                assert not any(ring.is_ccw for ring in polygon.interiors)
    info = pyogrio.read_info(path)
    assert info["crs"] == "EPSG:4326"
    assert info["features"] == _expected_count(layer, view, out)
    # GeoJSON declares no field types: GDAL infers them from the values (text when all
    # are null, as for a place's radius_km in the seed).
    # JSON arrays of strings read as GDAL string lists ("L"), other arrays and objects as text.
    kinds = {"str": "O", "json": "OL", "float64": "f", "Int64": "i", "date": "M"}
    given = {k for f in data["features"] for k, v in f["properties"].items() if v is not None}
    expected = [kinds[k] if f in given else "O" for f, k in layer_columns(layer).items()]
    read = ["L" if d.startswith("list(") else np.dtype(d).kind for d in info["dtypes"]]
    assert all(kind in allowed for kind, allowed in zip(read, expected, strict=True)), read


def test_geojson_dates_are_iso_and_numbers_are_numbers(out):
    features = json.loads((out / "seed.events.geojson").read_text())["features"]
    for props in (f["properties"] for f in features):
        assert props["date"] is None or date.fromisoformat(props["date"])
        assert props["fatalities"] is None or type(props["fatalities"]) is int
        assert type(props["independent_sources"]) is int
    places = json.loads((out / "seed.places.geojson").read_text())["features"]
    assert all(type(f["properties"]["lat"]) is float for f in places)
    assert any(type(f["properties"]["population"]) is int for f in places)


def test_acled_csv_opens_in_gdal_as_points(out, view):
    path = out / "seed.events.csv"
    info = pyogrio.read_info(path, X_POSSIBLE_NAMES="longitude", Y_POSSIBLE_NAMES="latitude",
                             AUTODETECT_TYPE="YES")
    assert list(info["fields"]) == ACLED_COLUMNS
    assert info["features"] == len(view["events"])
    assert info["geometry_type"] == "Point"
    frame = pyogrio.read_dataframe(path, X_POSSIBLE_NAMES="longitude",
                                   Y_POSSIBLE_NAMES="latitude", AUTODETECT_TYPE="YES")
    assert frame["fatalities"].dtype.kind == "i" and frame["latitude"].dtype.kind == "f"
    for (_, row), event in zip(frame.iterrows(), view["events"], strict=True):
        assert row["event_type"] == event["event_type"]
        assert row.geometry.distance(shapely.Point(event["location"]["lon"],
                                                   event["location"]["lat"])) < 1e-3
