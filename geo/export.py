"""Write a reading to files: one GeoPackage, four GeoJSON layers and the JSON view.

``NAME.gpkg`` holds the layers ``places``, ``regions``, ``events`` and ``areas`` (written
through pyogrio/GDAL); ``NAME.<layer>.geojson`` are RFC 7946 files (WGS84 lon/lat,
right-hand winding, no ``crs`` member, 6 decimals); ``NAME.json`` is ``Reading.to_dict()``
with each area's geometry added. Feature properties are the model's views (``place_dict``,
``event_dict``, ``area_dict``) with lists and dicts as JSON strings. Every file is written to
a temporary name in the output folder and moved into place, so readers never see half a file.
"""

from __future__ import annotations

import json
import os
import re
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import pyogrio
import shapely
from shapely.geometry import MultiPolygon, Point, mapping
from shapely.geometry.base import BaseGeometry

from geo.model import Reading, area_dict, event_dict, place_dict

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


def write_outputs(
    reading: Reading, *, regions: gpd.GeoDataFrame, out_dir: Path, name: str | None = None
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
    with atomic_path(written[0]) as tmp:
        for layer, frame in layers.items():
            pyogrio.write_dataframe(
                frame, tmp, layer=layer, driver="GPKG", geometry_type=GEOMETRY_TYPES[layer]
            )
    for layer, frame in layers.items():
        path = _inside(out_dir, f"{stem}.{layer}.geojson")
        _write_text(path, json.dumps(_feature_collection(frame), ensure_ascii=False))
        written.append(path)
    view = reading.to_dict()
    for entry, area in zip(view["areas"], reading.areas, strict=True):
        entry["geometry"] = geojson_geometry(area.geometry)
    written.append(_inside(out_dir, f"{stem}.json"))
    _write_text(written[-1], json.dumps(view, ensure_ascii=False, indent=2))
    return written


def safe_stem(name: str) -> str:
    """A file-name stem made from an article name: no folders, no leading dots.

    Parameters
    ----------
    name : str
        Any text, e.g. the article's file name or title.

    Returns
    -------
    str
        Letters, digits, ``_``, ``-`` and ``.`` only; ``"article"`` if nothing is left.
    """
    stem = re.sub(r"[^\w.-]+", "_", name).strip("._-")
    return re.sub(r"\.{2,}", ".", stem)[:100] or "article"


def _inside(out_dir: Path, file_name: str) -> Path:
    path = (out_dir / file_name).resolve()
    if path.parent != out_dir.resolve():
        msg = f"output file {file_name!r} would land outside {out_dir}"
        raise ValueError(msg)
    return path


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


def _write_text(path: Path, text: str) -> None:
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
