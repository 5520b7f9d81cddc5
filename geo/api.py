"""The Python API: read an article, get its layers as GeoDataFrames, its map, its files.

Every function here is also exported from ``geo``::

    import geo
    reading = geo.read_file("seeds/seed.txt", published="2025-05-21")
    frames = geo.layers(reading)          # places, regions, events, areas
    geo.folium_map(reading)               # displays inline in Jupyter
    geo.write(reading, "maps")            # the files `geo map` writes

The offline data must be built once (``geo setup``, or ``geo.setup()``). The gazetteer and
the boundaries are opened on first use and kept for the next calls; ``geo.settings`` says
where they are. Errors a user can cause are raised as ``geo.errors.GeoError`` subclasses,
each with the exit code ``geo.cli`` ends with.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from geo import settings
from geo.errors import UsageError
from geo.model import Reading

if TYPE_CHECKING:
    import folium
    import geopandas as gpd

    from geo.sources.gazetteer import Gazetteer
    from geo.sources.geocoders import OnlineSource
    from geo.sources.outlines import Outlines

#: What ``write`` can write: the Leaflet page, the GeoPackage and its QGIS project, one
#: GeoJSON file per layer, the JSON view of the reading, the events in ACLED's CSV, and one
#: FlatGeobuf and one GeoParquet file per layer (for large outputs; GeoParquet needs the
#: ``parquet`` extra, pyarrow).
FORMATS = ("html", "gpkg", "qgs", "geojson", "json", "csv", "fgb", "parquet")
#: What ``write`` and ``geo map`` write unless told: all but FlatGeobuf and GeoParquet.
DEFAULT_FORMATS = FORMATS[:-2]


def read_text(
    text: str,
    *,
    published: date | str | None = None,
    name: str = "article",
    outlet: str | None = None,
    boundaries: str | Path | None = None,
    geocoder: OnlineSource | None = None,
    geocoder_mode: Literal["fallback", "all"] = "fallback",
) -> Reading:
    """Read an article's text: its places, events and stated areas.

    Parameters
    ----------
    text : str
        The article, headline included.
    published : date or str, optional
        The publication date (a ``date`` or ``"YYYY-MM-DD"``); relative dates ("on
        Tuesday") resolve against it. Without it, the date of a wire dateline, if any.
    name : str
        A short name for the article, used for output file names.
    outlet : str, optional
        Who published it (a site name or web host).
    boundaries : str or Path, optional
        Another admin-1 file (Natural Earth, geoBoundaries, GADM) to draw stated areas in.
    geocoder : geo.sources.geocoders.OnlineSource, optional
        An online geocoder to ask beside the offline gazetteer; offline without it.
    geocoder_mode : {"fallback", "all"}
        Ask it only about names the gazetteer lacks, or about every name.

    Returns
    -------
    Reading
        The places, events and areas, with ``to_dict()`` for the JSON view.

    Raises
    ------
    ValueError
        When ``published`` is not a date.
    GazetteerError, BoundariesError, TableError
        When the offline data is missing or broken (``geo setup`` builds it).
    """
    from geo.pipeline import read_article

    gazetteer = _gazetteer()
    online = None
    if geocoder is not None:
        from geo.sources.geocoders import OnlineGazetteer

        online = OnlineGazetteer(gazetteer, geocoder, mode=geocoder_mode)
    return read_article(text, published=_date(published), name=name, gazetteer=gazetteer,
                        shapes=_shapes(boundaries), geocoder=online, outlet=outlet)


def read_file(
    path: str | Path,
    *,
    published: date | str | None = None,
    boundaries: str | Path | None = None,
    geocoder: OnlineSource | None = None,
    geocoder_mode: Literal["fallback", "all"] = "fallback",
) -> Reading:
    """Read an article file: text, HTML or Markdown, at most 2 MB; ``"-"`` is standard input.

    Parameters
    ----------
    path : str or Path
        The file. An HTML page's article text is taken out of its menus and footers, and
        its own publication date and site name are used when not given.
    published : date or str, optional
        The publication date; else the page's, else a wire dateline's.
    boundaries, geocoder, geocoder_mode
        As for ``read_text``.

    Returns
    -------
    Reading
        Named after the file.

    Raises
    ------
    ArticleError
        When the file is missing, a folder, too large, binary or empty.
    """
    from geo.sources.articles import read_article

    when = _date(published)
    source = read_article(Path(path), published=when)
    return read_text(source.text, published=when or source.published, name=source.name,
                     outlet=source.outlet, boundaries=boundaries, geocoder=geocoder,
                     geocoder_mode=geocoder_mode)


def layers(reading: Reading, *, boundaries: str | Path | None = None
           ) -> dict[str, gpd.GeoDataFrame]:
    """The reading as the layers of the GeoPackage ``write`` makes, EPSG:4326.

    Parameters
    ----------
    reading : Reading
        From ``read_text`` or ``read_file``.
    boundaries : str or Path, optional
        Another admin-1 file for the ``regions`` layer.

    Returns
    -------
    dict of str to geopandas.GeoDataFrame
        ``places``, ``regions``, ``events`` and ``areas``, with the GeoPackage's columns
        (``geo.output.files.layer_columns``): lists and objects as JSON text, dates as
        ISO text.
    """
    from geo.output.files import layer_frames

    return layer_frames(reading, regions=_regions(reading, boundaries))


def folium_map(reading: Reading, *, boundaries: str | Path | None = None, cdn: bool = False,
               run_id: str | None = None) -> folium.Map:
    """The reading's Leaflet map, as ``geo map`` writes it.

    Parameters
    ----------
    reading : Reading
        From ``read_text`` or ``read_file``.
    boundaries : str or Path, optional
        Another admin-1 file for the regions drawn.
    cdn : bool
        Load Leaflet from a CDN with OpenStreetMap tiles (needs a network), instead of
        inlining Debian's ``libjs-leaflet`` into a page that opens offline.
    run_id : str, optional
        The id of the output set the page belongs to (``write`` gives it), in a meta tag.

    Returns
    -------
    folium.Map
        Displays inline in Jupyter; ``.save(path)`` writes it.

    Raises
    ------
    OfflineAssetsError
        Not ``cdn`` and Leaflet is not installed.
    """
    from geo.output.map import render_map

    outlines = _outlines(boundaries)
    return render_map(reading, regions=_regions(reading, boundaries),
                      countries=outlines.countries, world=outlines.world,
                      admin1=outlines.admin1, cdn=cdn, run_id=run_id)


def write(
    reading: Reading,
    out_dir: str | Path,
    *,
    name: str | None = None,
    formats: Iterable[str] = DEFAULT_FORMATS,
    boundaries: str | Path | None = None,
    cdn: bool = False,
) -> list[Path]:
    """Write the reading's files into ``out_dir`` as one set (``geo.output.sets``): staged,
    then renamed into place with their manifest ``NAME.run.json`` last, under the folder's
    lock, so an interrupted write leaves the previous set whole.

    Parameters
    ----------
    reading : Reading
        From ``read_text`` or ``read_file``.
    out_dir : str or Path
        The folder; created if missing.
    name : str, optional
        The files' base name; the reading's name by default (made safe for a file name).
    formats : iterable of str
        Any of ``FORMATS``: ``html`` (NAME.html), ``gpkg`` (NAME.gpkg), ``qgs`` (its QGIS
        project NAME.qgs; needs ``gpkg``), ``geojson`` (NAME.<layer>.geojson), ``json``
        (NAME.json), ``csv`` (NAME.events.csv, ACLED's columns), ``fgb``
        (NAME.<layer>.fgb, features in the order of their spatial index) and ``parquet``
        (NAME.<layer>.parquet, GeoParquet; needs pyarrow, the ``parquet`` extra).
        ``DEFAULT_FORMATS`` (all but ``fgb`` and ``parquet``) by default.
    boundaries : str or Path, optional
        Another admin-1 file for the regions.
    cdn : bool
        As for ``folium_map``.

    Returns
    -------
    list of Path
        The files written.

    Raises
    ------
    ValueError
        For an unknown format, or ``qgs`` without ``gpkg``.
    UsageError
        ``parquet`` without pyarrow installed.
    OutputError
        When the folder cannot be written, or another run is writing it.
    """
    from geo.output.basemap import base_countries, content_bounds
    from geo.output.files import safe_stem, write_acled_csv, write_outputs
    from geo.output.map import save_map
    from geo.output.qgis import write_project
    from geo.output.sets import output_set

    formats = list(dict.fromkeys(formats))
    unknown = [f for f in formats if f not in FORMATS]
    if unknown:
        msg = f"unknown formats {unknown}; choose from {list(FORMATS)}"
        raise ValueError(msg)
    if "qgs" in formats and "gpkg" not in formats:
        msg = "the QGIS project (qgs) opens the GeoPackage: add 'gpkg' to formats"
        raise ValueError(msg)
    if "parquet" in formats and importlib.util.find_spec("pyarrow") is None:
        msg = ("GeoParquet needs pyarrow: pip install 'geo-conflict-mapper[parquet]', or "
               "leave out parquet")
        raise UsageError(msg)
    out_dir = Path(out_dir)
    stem = safe_stem(name if name is not None else reading.name)
    outlines = _outlines(boundaries)
    regions = _regions(reading, boundaries)
    base = None
    if "gpkg" in formats:
        base = base_countries(outlines.countries, outlines.world,
                              content_bounds(reading, regions))
    with output_set(out_dir) as outputs:
        staging, run_id = outputs.staging, outputs.run_id
        written = write_outputs(
            reading, regions=regions, out_dir=staging, name=stem, base=base, run_id=run_id,
            formats=[f for f in formats if f in ("gpkg", "geojson", "json", "fgb", "parquet")])
        if "qgs" in formats:
            written.append(write_project(staging / f"{stem}.qgs", gpkg=staging / f"{stem}.gpkg",
                                         reading=reading, regions=regions))
        if "csv" in formats:
            written.append(write_acled_csv(reading.events, staging / f"{stem}.events.csv"))
        if "html" in formats:
            fmap = folium_map(reading, boundaries=boundaries, cdn=cdn, run_id=run_id)
            written.append(save_map(fmap, staging / f"{stem}.html"))
        outputs.commit(stem, written)
    return [out_dir / p.name for p in written]  # in out_dir, named as the caller named it


def setup(*, rebuild: bool = False) -> dict[str, Path]:
    """Build the offline data in ``settings.HOME``: boundaries, regions, gazetteer index.

    Parameters
    ----------
    rebuild : bool
        Rebuild the regions and the index even when they are present and current.

    Returns
    -------
    dict of str to Path
        The ``boundaries``, ``regions`` and ``gazetteer`` files.

    Raises
    ------
    BoundariesError
        When no boundaries file can be had.
    GazetteerError
        When a package of the ``setup`` extra is missing
        (``pip install 'geo-conflict-mapper[setup]'``).
    """
    from geo.sources.boundaries import build_admin1, fetch_boundaries
    from geo.sources.gazetteer_build import build_index, require_setup_packages

    build = rebuild or _stale_index()
    if build:
        require_setup_packages()  # said before any slow step
    source = fetch_boundaries(settings.BOUNDARIES_FILE)
    if rebuild or not settings.ADMIN1_FILE.exists():
        build_admin1(source, settings.ADMIN1_FILE)
    if build:
        from geo.sources.boundaries import load_admin1, load_countries

        build_index(settings.GAZETTEER_INDEX, admin1=load_admin1(), countries=load_countries())
    _GAZETTEERS.clear()
    _OUTLINES.clear()
    return {"boundaries": source, "regions": settings.ADMIN1_FILE,
            "gazetteer": settings.GAZETTEER_INDEX}


def _stale_index() -> bool:
    """True when the index is missing, unreadable, or older than the curated tables."""
    from geo.sources.gazetteer import Gazetteer, GazetteerError

    try:
        Gazetteer(settings.GAZETTEER_INDEX)
    except GazetteerError:
        return True
    built = settings.GAZETTEER_INDEX.stat().st_mtime
    return any(p.stat().st_mtime > built for p in settings.DATA_DIR.glob("*.csv"))


def _date(value: date | str | None) -> date | None:
    if value is None or isinstance(value, date):
        return value
    try:
        return date.fromisoformat(value)
    except ValueError:
        msg = f"published={value!r} is not a date; write it as YYYY-MM-DD, e.g. 2025-05-21"
        raise ValueError(msg) from None


#: What is opened once and kept: the gazetteer by index file, the outlines by built file
#: and boundaries file (the settings may point elsewhere between calls).
_GAZETTEERS: dict[str, Gazetteer] = {}
_OUTLINES: dict[tuple[str, str | None], Outlines] = {}


def _gazetteer() -> Gazetteer:
    """The gazetteer of ``settings.GAZETTEER_INDEX``."""
    from geo.sources.gazetteer import Gazetteer

    path = settings.GAZETTEER_INDEX
    if str(path) not in _GAZETTEERS:
        _GAZETTEERS[str(path)] = Gazetteer(path)
    return _GAZETTEERS[str(path)]


def _outlines(boundaries: str | Path | None) -> Outlines:
    """Every region and country as frames."""
    from geo.sources.outlines import Outlines

    key = (str(settings.ADMIN1_FILE), str(boundaries) if boundaries else None)
    if key not in _OUTLINES:
        _OUTLINES[key] = Outlines.load(Path(boundaries) if boundaries else None)
    return _OUTLINES[key]


def _shapes(boundaries: str | Path | None):
    """Outlines to draw stated areas in: the frames when loaded already (or another file is
    asked for), else read one at a time from the built file, which opens faster."""
    from geo.sources.outlines import RegionOutlines

    if boundaries is None and (str(settings.ADMIN1_FILE), None) not in _OUTLINES:
        shapes = RegionOutlines.open()
        if shapes is not None:
            return shapes
    return _outlines(boundaries)


def _regions(reading: Reading, boundaries: str | Path | None) -> gpd.GeoDataFrame:
    from geo.places.regions import regions_layer

    return regions_layer(reading, _outlines(boundaries).admin1)
