"""Write a reading to files: one GeoPackage, four GeoJSON layers, the JSON view, ACLED CSV.

``NAME.gpkg`` holds the layers ``places``, ``regions``, ``events`` and ``areas`` (written
through pyogrio/GDAL) and a ``layer_styles`` table as QGIS keeps it, so QGIS draws the
layers as the HTML map does (``geo.output.styles``); ``NAME.<layer>.geojson`` are RFC 7946
files (WGS84 lon/lat, right-hand winding, no ``crs`` member, 6 decimals); ``NAME.json`` is
``Reading.to_dict()`` with each area's geometry added. Feature properties are the model's
views (``place_dict``, ``event_dict``, ``area_dict``): lists and dicts are JSON text in the
GeoPackage and JSON arrays and objects in GeoJSON.
Every file is written to a temporary name in the output folder and moved into place, so
readers never see half a file. ``write_acled_csv`` writes events with ACLED's columns, in
ACLED's order.
"""

from __future__ import annotations

import contextlib
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
from importlib import resources
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import pycountry
import pyogrio
import pyogrio.raw
import shapely
from shapely.geometry import MultiPolygon, Point
from shapely.geometry.base import BaseGeometry

from geo.events.actors import state_name
from geo.events.coding import complete
from geo.model import Event, Place, Reading, geojson_geometry, json_document
from geo.output.styles import LayerStyle, base_style, qgis_styles

#: The regions layer: the frame ``geo.places.regions.regions_layer`` makes (not a model type).
REGION_COLUMNS = {"admin1_iso": "str", "name": "str", "country": "str", "mentions": "Int64",
                  "events": "Int64"}
#: The layers of ``NAME.gpkg``, each also written as ``NAME.<layer>.geojson``.
LAYERS = ("places", "regions", "events", "areas")
#: The model type (``$defs`` entry of the JSON schema) each point or polygon layer holds.
LAYER_TYPES = {"places": "place", "events": "event", "areas": "area"}


def layer_columns(layer: str) -> dict[str, str]:
    """A layer's columns and their kinds, in order: for the model's layers, the properties of
    its type in the JSON schema (the model's ``to_dict`` keys) less the geometry.

    Kinds: ``str``, ``date`` (ISO text in the model and GeoJSON, a Date field in the
    GeoPackage), ``Int64`` (a nullable integer), ``float64`` and ``json`` (lists and
    objects, written as JSON text).
    """
    if layer == "regions":
        return dict(REGION_COLUMNS)
    schema = reading_schema()
    properties = schema["$defs"][LAYER_TYPES[layer]]["properties"]
    return {name: _kind(spec, schema) for name, spec in properties.items() if name != "geometry"}


@cache
def reading_schema() -> dict:
    """The published JSON Schema of a reading (``geo/schema/reading.schema.json``)."""
    return json.loads(resources.files("geo").joinpath("schema", "reading.schema.json")
                      .read_text(encoding="utf-8"))


def _kind(spec: dict, schema: dict) -> str:
    """The column kind of a schema property: its JSON types less null."""
    if "$ref" in spec:
        return _kind(schema["$defs"][spec["$ref"].rsplit("/", 1)[-1]], schema)
    for combined in ("oneOf", "anyOf", "allOf"):
        if combined in spec:
            kinds = {_kind(s, schema) for s in spec[combined]} - {"null"}
            return kinds.pop() if len(kinds) == 1 else "json"
    if spec.get("format") == "date":
        return "date"
    types = spec.get("type")
    if types is None and "enum" in spec:
        types = sorted({type(v).__name__ for v in spec["enum"] if v is not None})
        types = {"str": "string", "int": "integer"}.get(types[0], "string")
    types = {types} if isinstance(types, str) else set(types)
    if types == {"null"}:
        return "null"
    types -= {"null"}
    if types <= {"string"}:
        return "str"
    if types <= {"integer"}:
        return "Int64"
    if types <= {"number", "integer"}:
        return "float64"
    return "json"


GEOMETRY_TYPES = {
    "places": "Point",
    "regions": "MultiPolygon",
    "events": "Point",
    "areas": "MultiPolygon",
}
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
#: ACLED's time precision: 1 the day is known, 2 the week (or a few days), 3 the month.
TIME_PRECISION = {"day": 1, "week": 2, "month": 3, "year": 3}


def write_outputs(
    reading: Reading,
    *,
    regions: gpd.GeoDataFrame,
    out_dir: Path,
    name: str | None = None,
    base: gpd.GeoDataFrame | None = None,
    formats: Sequence[str] = ("gpkg", "geojson", "json"),
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
    base : geopandas.GeoDataFrame, optional
        Country outlines (``name``, ``country``, polygons; ``geo.output.basemap.
        base_countries``), written as the GeoPackage's ``countries`` layer, the offline
        base of the QGIS project (``geo.output.qgis``); not written as GeoJSON.
    formats : sequence of str
        Which of ``gpkg``, ``geojson``, ``json``, ``fgb`` (FlatGeobuf, one file per
        layer, indexed: for large outputs) and ``parquet`` (GeoParquet, one file per layer;
        needs the ``parquet`` extra) to write; all but ``fgb`` and ``parquet`` by default.
    run_id : str, optional
        The id of the run writing them (``geo.output.sets``): the ``run_id`` of the JSON
        and GeoJSON files and the GeoPackage's ``geo_run_id`` metadata.

    Returns
    -------
    list of Path
        ``NAME.gpkg``, ``NAME.{places,regions,events,areas}.geojson``, ``NAME.json`` and
        ``NAME.<layer>.fgb`` and ``NAME.<layer>.parquet``, those asked for.
    """
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    stem = safe_stem(name if name is not None else reading.name)
    layers = layer_frames(reading, regions=regions)
    stamp = {"run_id": run_id} if run_id else {}
    written = []
    if "gpkg" in formats:
        written.append(_inside(out_dir, f"{stem}.gpkg"))
        activities = (layers["regions"]["events"] + layers["regions"]["mentions"]).astype(int)
        styles = qgis_styles(activities)
        gpkg_layers = dict(layers)
        if base is not None:
            gpkg_layers["countries"] = base[["name", "country", "geometry"]]
            styles.append(base_style())
        with atomic_path(written[0]) as tmp, _no_sync_per_write():
            for layer, frame in gpkg_layers.items():
                _write_gpkg_layer(frame, tmp, layer,
                                  metadata={"geo_run_id": run_id} if run_id and layer == "places"
                                  else None)
            write_layer_styles(tmp, styles)
            fsync_path(tmp)
    if "geojson" in formats:
        for layer, frame in layers.items():
            path = _inside(out_dir, f"{stem}.{layer}.geojson")
            write_text(path, json.dumps(_feature_collection(frame, layer) | stamp,
                                        ensure_ascii=False))
            written.append(path)
    if "json" in formats:
        written.append(_inside(out_dir, f"{stem}.json"))
        write_text(written[-1], json_document(stamp | reading.to_dict()))
    if "fgb" in formats:
        for layer, frame in layers.items():
            written.append(_inside(out_dir, f"{stem}.{layer}.fgb"))
            with atomic_path(written[-1]) as tmp:
                _write_gpkg_layer(frame, tmp, layer, driver="FlatGeobuf")
    if "parquet" in formats:
        for layer, frame in layers.items():
            written.append(_inside(out_dir, f"{stem}.{layer}.parquet"))
            with atomic_path(written[-1]) as tmp:
                frame.to_parquet(tmp, index=False)  # GeoParquet 1.x, through pyarrow
    return written


def layer_frames(reading: Reading, *, regions: gpd.GeoDataFrame) -> dict[str, gpd.GeoDataFrame]:
    """The layers of ``NAME.gpkg``, as frames with the columns ``layer_columns`` gives.

    Parameters
    ----------
    reading : Reading
        What was read from the article.
    regions : geopandas.GeoDataFrame
        Its first-level regions (``geo.places.regions.regions_layer``).

    Returns
    -------
    dict of str to geopandas.GeoDataFrame
        ``places``, ``regions``, ``events`` and ``areas``, EPSG:4326.
    """
    return {"places": places_frame(reading), "regions": regions_frame(regions),
            "events": events_frame(reading), "areas": areas_frame(reading)}


#: Events converted and written at a time by ``write_batch_outputs``.
EVENT_CHUNK = 5_000


def write_batch_outputs(
    reading: Reading,
    *,
    places: Sequence[tuple[Place, int]],
    regions: gpd.GeoDataFrame,
    out_dir: Path,
    name: str,
    base: gpd.GeoDataFrame | None = None,
    header: dict | None = None,
    advance=None,
    run_id: str | None = None,
) -> list[Path]:
    """Write a merged batch: the GeoPackage, the GeoJSON layers and ``NAME.jsonl``.

    The layers are those of ``write_outputs``; the events, which grow with the batch, are
    converted and written ``EVENT_CHUNK`` at a time (appended to the GeoPackage layer,
    streamed into the GeoJSON file), so memory does not grow with them. ``NAME.jsonl``
    takes the place of ``NAME.json``: one JSON object a line, first ``{"batch": header}``,
    then ``{"place": ...}`` (with its ``mentions``), ``{"event": ...}`` and ``{"area": ...}``.

    Parameters
    ----------
    reading : Reading
        The merged reading (its events and areas; mentions are not used).
    places : sequence of (Place, int)
        The batch's distinct places and their mentions.
    regions, base
        As for ``write_outputs``.
    out_dir : Path
        The folder to write to; created if missing.
    name : str
        The base file name.
    header : dict, optional
        What ``NAME.jsonl``'s first line says of the batch.
    advance : callable, optional
        Called with the number of events written, for a progress bar.
    run_id : str, optional
        As for ``write_outputs`` (``NAME.jsonl`` carries it in its header line).

    Returns
    -------
    list of Path
        ``NAME.gpkg``, ``NAME.{places,regions,events,areas}.geojson`` and ``NAME.jsonl``.
    """
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    stem = safe_stem(name)
    only = [p for p, _ in places]
    layers = {
        "places": _frame("places", [p.to_dict() for p in only],
                         [Point(p.lon, p.lat) for p in only]),
        "regions": regions_frame(regions),
        "areas": areas_frame(reading),
    }
    events = reading.events
    chunks = [events[i:i + EVENT_CHUNK] for i in range(0, len(events), EVENT_CHUNK)] or [[]]
    gpkg = _inside(out_dir, f"{stem}.gpkg")
    events_json = _inside(out_dir, f"{stem}.events.geojson")
    activities = (layers["regions"]["events"] + layers["regions"]["mentions"]).astype(int)
    styles = qgis_styles(activities)
    jsonl = _inside(out_dir, f"{stem}.jsonl")
    with contextlib.ExitStack() as stack:
        tmp_gpkg = stack.enter_context(atomic_path(gpkg))
        tmp_json = stack.enter_context(atomic_path(events_json))
        tmp_jsonl = stack.enter_context(atomic_path(jsonl))
        stack.enter_context(_no_sync_per_write())
        f = stack.enter_context(tmp_json.open("w", encoding="utf-8"))
        lines = stack.enter_context(tmp_jsonl.open("w", encoding="utf-8"))
        lines.write(json.dumps({"batch": header or {}}, ensure_ascii=False) + "\n")
        for place, mentions in places:
            lines.write(json.dumps({"place": place.to_dict() | {"mentions": mentions}},
                                   ensure_ascii=False) + "\n")
        _write_gpkg_layer(layers["places"], tmp_gpkg, "places",
                          metadata={"geo_run_id": run_id} if run_id else None)
        _write_gpkg_layer(layers["regions"], tmp_gpkg, "regions")
        f.write('{"type": "FeatureCollection", '
                + (f'"run_id": {json.dumps(run_id)}, ' if run_id else "") + '"features": [')
        for number, chunk in enumerate(chunks):
            rows = [e.to_dict() for e in chunk]
            lines.writelines(json.dumps({"event": r}, ensure_ascii=False) + "\n" for r in rows)
            frame = _frame("events", rows, [Point(e.location.lon, e.location.lat) for e in chunk])
            _write_gpkg_layer(frame, tmp_gpkg, "events")
            features = _feature_collection(frame, "events")["features"]
            features = json.dumps(features, ensure_ascii=False)
            if chunk:
                f.write((", " if number else "") + features[1:-1])
            if advance is not None:
                advance(len(chunk))
        f.write("]}")
        lines.writelines(json.dumps({"area": a.to_dict()}, ensure_ascii=False) + "\n"
                         for a in reading.areas)
        _write_gpkg_layer(layers["areas"], tmp_gpkg, "areas")
        if base is not None:
            _write_gpkg_layer(base[["name", "country", "geometry"]], tmp_gpkg, "countries")
            styles.append(base_style())
        write_layer_styles(tmp_gpkg, styles)
        fsync_path(tmp_gpkg)
    written = [gpkg]
    for layer in ("places", "regions", "events", "areas"):
        path = _inside(out_dir, f"{stem}.{layer}.geojson")
        if layer != "events":
            collection = _feature_collection(layers[layer], layer)
            stamp = {"run_id": run_id} if run_id else {}
            write_text(path, json.dumps(collection | stamp, ensure_ascii=False))
        written.append(path)
    written.append(jsonl)
    return written


#: GeoPackage version written: 1.3, which the GDAL of current long-term QGIS releases reads
#: without a warning (GDAL 3.6 warns that 1.4 "may only be partially supported").
GPKG_VERSION = "1.3"


def _write_gpkg_layer(frame: gpd.GeoDataFrame, path: Path, layer: str, *,
                      driver: str = "GPKG", metadata: dict | None = None) -> None:
    """Write one layer: its geometry type and CRS also when it is empty, its ``date`` kind
    columns as GDAL Date fields (QGIS's Temporal Controller needs a date, not text), and
    the GeoPackage's ``metadata`` if given. ``driver`` ``FlatGeobuf`` writes a file of that
    one layer instead."""
    kinds = layer_columns(layer) if layer in LAYERS else {}
    fields = [c for c in frame.columns if c != "geometry"]
    data, masks = [], []
    for field in fields:
        column = frame[field]
        if kinds.get(field) == "date":
            data.append(np.array([v if v is not None else "NaT" for v in column],
                                 dtype="datetime64[D]"))
            masks.append(None)
        elif isinstance(column.array, pd.arrays.IntegerArray | pd.arrays.FloatingArray):
            data.append(column.array._data)  # nullable numbers: values and a null mask
            masks.append(column.array._mask)
        elif pd.api.types.is_numeric_dtype(column.dtype):
            data.append(column.to_numpy())
            masks.append(None)
        else:  # text: None where missing
            data.append(np.array([None if pd.isna(v) else v for v in column], dtype=object))
            masks.append(None)
    pyogrio.raw.write(
        path, shapely.to_wkb(frame.geometry.to_numpy()), data, fields, field_mask=masks,
        layer=layer, driver=driver, geometry_type=GEOMETRY_TYPES.get(layer, "MultiPolygon"),
        crs="EPSG:4326", append=path.exists(),
        dataset_options={"VERSION": GPKG_VERSION} if driver == "GPKG" else None,
        dataset_metadata=metadata,
    )


def write_layer_styles(gpkg: Path, styles: Iterable[LayerStyle]) -> None:
    """Store QGIS layer styles in a GeoPackage, as QGIS's "Save as default" does.

    Parameters
    ----------
    gpkg : Path
        A GeoPackage holding the styled layers.
    styles : iterable of LayerStyle
        One default style per layer (``geo.output.styles.qgis_styles``).
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
    events: Iterable[Event],
    path: Path,
    *,
    extra: Sequence[str] = (),
    timestamp: int | None = None,
) -> Path:
    """Write events as a CSV with ACLED's columns, names and codes, in ACLED's order.

    Parameters
    ----------
    events : iterable of Event
    path : Path
        The CSV file, written atomically, row by row.
    extra : sequence of str
        Event attributes to add after ACLED's columns, e.g. ``("independent_sources",)``.
    timestamp : int, optional
        ACLED's ``timestamp`` (Unix seconds the row was written); now by default.

    Returns
    -------
    Path
        ``path``.
    """
    path = Path(path)
    with atomic_path(path) as tmp, tmp.open("w", encoding="utf-8", newline="") as f:
        _write_acled_rows(f, events, extra=extra, timestamp=timestamp)
    return path


def acled_csv(
    events: Sequence[Event],
    *,
    extra: Sequence[str] = (),
    timestamp: int | None = None,
) -> str:
    """The text ``write_acled_csv`` writes (parameters as there)."""
    out = io.StringIO()
    _write_acled_rows(out, events, extra=extra, timestamp=timestamp)
    return out.getvalue()


def _write_acled_rows(
    out, events: Iterable[Event], *, extra: Sequence[str], timestamp: int | None
) -> None:
    stamp = int(time.time()) if timestamp is None else timestamp
    writer = csv.DictWriter(out, fieldnames=[*ACLED_COLUMNS, *extra], lineterminator="\n")
    writer.writeheader()
    numbers: dict[str, int] = {}
    for event in events:
        row = _acled_row(event, numbers, timestamp=stamp)
        writer.writerow(row | {name: getattr(event, name) for name in extra})


def _acled_row(event: Event, numbers: dict[str, int], *, timestamp: int) -> dict:
    event = complete(event)  # a hand-built event gets the codes its type and actors imply
    place = event.location
    country = pycountry.countries.get(alpha_2=place.country) if place.country else None
    prefix = country.alpha_3 if country else "XXX"
    numbers[prefix] = numbers.get(prefix, 0) + 1
    return {
        "event_id_cnty": f"{prefix}{numbers[prefix]}",
        "event_date": event.date.isoformat() if event.date else "",
        "year": event.date.year if event.date else "",
        "time_precision": TIME_PRECISION.get(event.date_precision or "day", ""),
        "disorder_type": event.disorder_type or "",
        "event_type": event.event_type,
        "sub_event_type": event.sub_event_type,
        "actor1": event.actor1 or "",
        "assoc_actor_1": event.assoc_actor_1 or "",
        "inter1": _blank(event.inter1),
        "actor2": event.actor2 or "",
        "assoc_actor_2": event.assoc_actor_2 or "",
        "inter2": _blank(event.inter2),
        "interaction": _blank(event.interaction),
        "civilian_targeting": event.civilian_targeting or "",
        "iso": int(country.numeric) if country else "",
        "region": event.region or "",
        "country": _country_name(place.country) if place.country else "",
        "admin1": place.admin1_name or "",
        "location": place.name,
        "latitude": round(place.lat, 4),
        "longitude": round(place.lon, 4),
        "geo_precision": event.geo_precision,
        "source": event.source or "",
        "source_scale": event.source_scale or "",
        "notes": event.notes,
        "fatalities": event.fatalities or 0,
        "timestamp": timestamp,
    }


def _blank(value: int | None) -> int | str:
    return "" if value is None else value


@cache
def _country_name(alpha2: str) -> str:
    """The short name ACLED uses ('Russia', not 'Russian Federation'): ``states.csv``, else
    pycountry's common name for a territory that table lacks."""
    name = state_name(alpha2)
    if name:
        return name
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
    # NAME.run.json is the manifest of NAME's outputs (geo.output.sets), so no stem ends
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


def fsync_path(path: Path) -> None:
    """Flush a file's or a folder's contents (a folder's: its entries) to the disk."""
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
    for field, kind in layer_columns(layer).items():
        values = [r[field] for r in records]
        if kind == "json":
            values = [json.dumps(v, ensure_ascii=False) for v in values]
        columns[field] = pd.Series(values, dtype=object if kind in ("str", "json", "date")
                                   else kind)
    return gpd.GeoDataFrame(columns, geometry=gpd.GeoSeries(geometries, crs=4326))


def places_frame(reading: Reading) -> gpd.GeoDataFrame:
    """The ``places`` layer: one point per distinct place the reading resolved."""
    places = reading.places()
    records = [p.to_dict() for p in places]
    return _frame("places", records, [Point(p.lon, p.lat) for p in places])


def events_frame(reading: Reading) -> gpd.GeoDataFrame:
    """The ``events`` layer: one point per event, at its location."""
    records = [e.to_dict() for e in reading.events]
    points = [Point(e.location.lon, e.location.lat) for e in reading.events]
    return _frame("events", records, points)


def areas_frame(reading: Reading) -> gpd.GeoDataFrame:
    """The ``areas`` layer: one multipolygon per stated area, as drawn."""
    records = [a.to_dict() for a in reading.areas]
    return _frame("areas", records, [_multipolygon(a.geometry) for a in reading.areas])


def regions_frame(regions: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """The ``regions`` layer: ``REGION_COLUMNS`` of a regions frame, as multipolygons."""
    missing = [c for c in REGION_COLUMNS if c not in regions.columns]
    if missing:
        msg = f"regions frame lacks columns {missing}; it has {list(regions.columns)}"
        raise ValueError(msg)
    if regions.crs is not None and not regions.crs.equals("EPSG:4326"):
        regions = regions.to_crs(4326)
    records = regions[list(REGION_COLUMNS)].to_dict("records")
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


def _feature_collection(frame: gpd.GeoDataFrame, layer: str) -> dict:
    """An RFC 7946 feature collection of a layer frame; its ``json`` columns (JSON text in
    the frame and the GeoPackage) become JSON arrays and objects.

    Written here rather than by GDAL: GDAL's GeoJSON writer either leaves those columns
    strings in strings or (``AUTODETECT_JSON_STRINGS``) also turns any text value that
    parses as JSON, such as a page's site name ``{"a": 1}``, into an object.
    """
    fields = [c for c in frame.columns if c != "geometry"]
    structured = {f for f, kind in layer_columns(layer).items() if kind == "json"}

    def value(field: str, v: object) -> object:
        v = _json_value(v)
        return json.loads(v) if field in structured and isinstance(v, str) else v

    columns = [[value(f, v) for v in frame[f].tolist()] for f in fields]  # not row by row
    features = [
        {
            "type": "Feature",
            "properties": dict(zip(fields, values, strict=True)),
            "geometry": geojson_geometry(geometry),
        }
        for geometry, *values in zip(frame.geometry, *columns, strict=True)
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
