"""Batch mode: read many articles on all cores or a Dask cluster, then merge them into one map.

The input is a folder (every file in it, by name), a glob, or JSON Lines with one
``{"id", "text", "published", "url"?}`` object per line. ``process_article`` reads one
article; it is a top-level function, so a process pool or a Dask worker can run it, and
it opens the gazetteer and the outlines once per worker process (the gazetteer once per
thread where a Dask worker runs several). The parent writes each article's JSON view to
``articles/ID.json`` atomically as it arrives, so ``resume`` can skip it next time, and
collects failures for ``failures.jsonl``. The merged outputs are built from those views in
input order, so they are the same for any number of workers, engine or resumption.
"""

from __future__ import annotations

import calendar
import contextlib
import ctypes
import glob
import hashlib
import json
import logging
import multiprocessing
import os
import signal
import sys
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Literal

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.text import Text

from geo import settings
from geo.events.coding import outlet_of
from geo.events.merge import ArticleReading, merge_readings
from geo.model import Reading, json_document
from geo.output.files import safe_stem, write_acled_csv, write_outputs, write_text
from geo.sources.articles import MAX_BYTES, Article, ArticleError, decode, read_article

Engine = Literal["local", "dask"]
JSONL_SUFFIXES = (".jsonl", ".ndjson")
#: Our columns after ACLED's in the merged CSV, for reporting across articles.
CROSS_ARTICLE_COLUMNS = ("independent_sources", "count_reports")


class BatchError(Exception):
    """The batch cannot run: no such input, no articles in it, or no Dask scheduler."""


@dataclass(frozen=True)
class BatchItem:
    """One article of a batch: a file to read or a text given inline, with its metadata."""

    index: int
    id: str
    input: str  # where it came from: a path, or "FILE:LINE" of a JSON Lines file
    path: Path | None = None
    text: str | None = None
    published: date | None = None
    url: str | None = None
    fingerprint: str = ""  # changes when the input changes, so resume reads it again
    error: str | None = None  # a problem found while listing (bad line, duplicate id)


@dataclass
class BatchResult:
    """What a batch run read, skipped and failed on."""

    articles: list[ArticleReading] = field(default_factory=list)
    failures: list[dict] = field(default_factory=list)
    read: int = 0
    resumed: int = 0
    seconds: float = 0.0

    @property
    def rate(self) -> float:
        """Articles read per second (resumed ones not counted)."""
        return self.read / self.seconds if self.seconds else 0.0


# ----------------------------------------------------------------------------- inputs


def list_inputs(source: str | Path, *, published: date | None = None) -> list[BatchItem]:
    """The articles of a batch input, in a stable order.

    Parameters
    ----------
    source : str or Path
        A folder (its files, by name; hidden files skipped), a glob such as
        ``"news/*.txt"`` (matches by name), a ``.jsonl``/``.ndjson`` file, or one article.
    published : date, optional
        The publication date of articles that do not give one.

    Returns
    -------
    list of BatchItem
        Numbered in input order. Items that cannot be used (a malformed JSON line, a
        repeated id) carry an ``error`` and are reported as failures.
    """
    try:
        return _dedupe(_items(source, published))
    except OSError as e:  # an unreadable folder or JSON Lines file, a file gone meanwhile
        msg = f"{e.filename or source}: cannot read ({e.strerror})"
        raise BatchError(msg) from None


def _items(source: str | Path, published: date | None) -> list[BatchItem]:
    path = Path(source)
    if path.is_file() and path.suffix.lower() in JSONL_SUFFIXES:
        return _jsonl_items(path, published)
    if path.is_dir():
        files = sorted(p for p in path.iterdir() if p.is_file() and not p.name.startswith("."))
    elif path.is_file():
        files = [path]
    elif glob.has_magic(str(source)):
        files = sorted(p for p in map(Path, glob.glob(str(source), recursive=True)) if p.is_file())
    else:
        msg = f"{source}: no such folder, file or glob"
        raise BatchError(msg)
    if not files:
        msg = f"{source}: no article files found"
        raise BatchError(msg)
    items = []
    for i, f in enumerate(files):
        st = f.stat()
        mark = f"{st.st_size}:{st.st_mtime_ns}:{published}"
        items.append(BatchItem(i, f.stem, str(f), path=f, published=published, fingerprint=mark))
    return items


def _jsonl_items(path: Path, default: date | None) -> list[BatchItem]:
    items = []
    with path.open("rb") as f:
        for number, raw in enumerate(f, start=1):
            if raw.strip():
                items.append(_jsonl_item(raw, len(items), path, number, default))
    if not items:
        msg = f"{path}: no articles in this JSON Lines file"
        raise BatchError(msg)
    return items


def _jsonl_item(
    raw: bytes, index: int, path: Path, number: int, default: date | None
) -> BatchItem:
    """One JSON line as an item; a line that is not a usable article carries an error."""
    where = f"{path}:{number}"
    try:
        record = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as e:
        return BatchItem(index, f"line-{number}", where, error=f"not a JSON object ({e})")
    except RecursionError:
        return BatchItem(index, f"line-{number}", where, error="not a JSON object (nested "
                         "too deeply)")
    if not isinstance(record, dict) or not isinstance(record.get("id"), str | int):
        return BatchItem(index, f"line-{number}", where,
                         error='expected an object with an "id" (string or number) and a "text"')
    ident, text, url = str(record["id"]), record.get("text"), record.get("url")
    if not isinstance(text, str):
        return BatchItem(index, ident, where, error='no "text" string')
    try:
        published = _date(record.get("published")) or default
    except ValueError as e:
        return BatchItem(index, ident, where, error=str(e))
    url = url if isinstance(url, str) else None
    digest = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]
    return BatchItem(index, ident, where, text=text, published=published, url=url,
                     fingerprint=f"{digest}:{published}:{url}")


def _date(value: object) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, str):
        with contextlib.suppress(ValueError):
            return date.fromisoformat(value)
        with contextlib.suppress(ValueError):
            return datetime.fromisoformat(value.replace("Z", "+00:00")).date()
    msg = f'"published" {value!r} is not a date (YYYY-MM-DD)'
    raise ValueError(msg)


def _dedupe(items: list[BatchItem]) -> list[BatchItem]:
    """Items whose id (or its file name) repeats an earlier one's become failures."""
    seen: dict[str, str] = {}
    out = []
    for item in items:
        stem = safe_stem(item.id)
        if item.error is None and stem in seen:
            error = f"id {item.id!r} repeats that of {seen[stem]}; ids must be unique"
            item = BatchItem(item.index, item.id, item.input, error=error)
        elif item.error is None:
            seen[stem] = item.input
        out.append(item)
    return out


# ----------------------------------------------------------------------------- workers

_LOCK = threading.Lock()
_PROCESS: dict[str, object] = {}  # the outlines, once per process
_THREAD = threading.local()  # the gazetteer, once per thread (its look-up cache is not shared)


def _gazetteer():
    from geo.sources.gazetteer import Gazetteer

    if getattr(_THREAD, "gazetteer", None) is None:
        _THREAD.gazetteer = Gazetteer(settings.GAZETTEER_INDEX)
    return _THREAD.gazetteer


def _outlines():
    from geo.sources.outlines import Outlines

    with _LOCK:
        if "outlines" not in _PROCESS:
            _PROCESS["outlines"] = Outlines.load()
        return _PROCESS["outlines"]


def process_article(item: BatchItem) -> dict:
    """Read one article of a batch (runs in a worker).

    Parameters
    ----------
    item : BatchItem
        A file to read or an inline text.

    Returns
    -------
    dict
        The article's JSON view (``article_view``) or, when the article cannot be read,
        ``{"id", "input", "error"}``. Missing offline data raises instead: then no
        article can be read.
    """
    from geo.pipeline import read_article as read_text

    gazetteer, outlines = _gazetteer(), _outlines()
    try:
        article = _article_of(item)
        reading = read_text(article.text, published=article.published, name=item.id,
                            gazetteer=gazetteer, shapes=outlines, outlet=article.outlet)
    except ArticleError as e:
        return _failure(item, str(e))
    except Exception as e:  # one article's bug must not stop thousands of others
        return _failure(item, f"internal error: {type(e).__name__}: {e}")
    return article_view(reading, item)


def _article_of(item: BatchItem) -> Article:
    """The item's text, publication date (its own, else the page's) and publisher."""
    if item.path is not None:
        return read_article(item.path, published=item.published)
    data = item.text.encode("utf-8", "surrogatepass")
    if len(data) > MAX_BYTES:
        limit = MAX_BYTES // 2**20
        msg = f"{item.input}: the text is {len(data) / 1e6:.0f} MB, over the {limit} MB limit"
        raise ArticleError(msg)
    text = decode(data, source=item.input)
    if not text.strip():
        msg = f"{item.input}: the text is empty"
        raise ArticleError(msg)
    return Article(item.id, text, item.published, outlet_of(url=item.url))


def _failure(item: BatchItem, error: str) -> dict:
    return {"id": item.id, "input": item.input, "error": error}


def article_view(reading: Reading, item: BatchItem) -> dict:
    """The per-article JSON: ``Reading.to_dict()`` with the article's batch id, input, URL
    and fingerprint under ``batch`` (``Reading.from_dict`` turns it back into a reading)."""
    view = reading.to_dict()
    view["batch"] = {"id": item.id, "input": item.input, "url": item.url,
                     "fingerprint": item.fingerprint}
    return view


# ----------------------------------------------------------------------------- running


def run_batch(
    items: list[BatchItem],
    *,
    out_dir: Path,
    workers: int = 1,
    engine: Engine = "local",
    scheduler: str | None = None,
    resume: bool = False,
    progress: bool = False,
    run_id: str | None = None,
) -> BatchResult:
    """Read every article of a batch, writing ``out_dir/articles/ID.json`` for each.

    Parameters
    ----------
    items : list of BatchItem
        From ``list_inputs``.
    out_dir : Path
        The batch's output folder.
    workers : int
        Worker processes: for ``"local"``, 1 reads in this process; for ``"dask"``
        without a scheduler, the size of the local cluster.
    engine : {"local", "dask"}
        A process pool on this machine, or Dask distributed.
    scheduler : str, optional
        The address of a running Dask scheduler (``tcp://host:8786``); without it the
        Dask engine starts a ``LocalCluster`` on 127.0.0.1.
    resume : bool
        Skip articles whose JSON from an earlier run is there and matches the input.
    progress : bool
        Show a progress bar with articles/s on standard error.
    run_id : str, optional
        The run's id (``geo.output.sets``), the ``run_id`` of each article's JSON it writes.

    Returns
    -------
    BatchResult
        The articles read or resumed, in input order, and the failures.
    """
    folder = Path(out_dir) / "articles"
    folder.mkdir(parents=True, exist_ok=True)
    result = BatchResult()
    views: dict[int, dict] = {}
    failures: dict[int, dict] = {}
    todo = []
    for item in items:
        if item.error is not None:
            failures[item.index] = _failure(item, item.error)
        elif resume and (view := _done(item, folder)) is not None:
            views[item.index] = view
            result.resumed += 1
        else:
            todo.append(item)
    started = time.perf_counter()
    with _progress_bar(progress, len(todo)) as advance:
        for index, outcome in _outcomes(todo, engine, workers, scheduler):
            if "error" in outcome:
                failures[index] = outcome
            else:
                stamp = {"run_id": run_id} if run_id else {}
                write_text(folder / f"{safe_stem(outcome['batch']['id'])}.json",
                           json_document(stamp | outcome))
                views[index] = outcome
                result.read += 1
            advance()
    result.seconds = time.perf_counter() - started
    result.failures = [f for _, f in sorted(failures.items())]
    result.articles = [
        ArticleReading(v["batch"]["id"], Reading.from_dict(v), v["batch"]["url"])
        for _, v in sorted(views.items())
    ]
    return result


def _done(item: BatchItem, folder: Path) -> dict | None:
    path = folder / f"{safe_stem(item.id)}.json"
    try:
        view = json.loads(path.read_text(encoding="utf-8"))
        batch = view["batch"]
    except (OSError, ValueError, KeyError, TypeError):
        return None
    same = (batch.get("id"), batch.get("fingerprint")) == (item.id, item.fingerprint)
    return view if same else None


def _outcomes(
    todo: list[BatchItem], engine: Engine, workers: int, scheduler: str | None
) -> Iterator[tuple[int, dict]]:
    """(index, outcome) of each item, in the order they finish."""
    if not todo:
        return
    workers = min(workers, len(todo))  # no process without an article to read
    if engine == "dask":
        yield from _dask_outcomes(todo, workers, scheduler)
    elif workers <= 1 or len(todo) <= 1:
        for item in todo:
            yield item.index, process_article(item)
    else:
        context = multiprocessing.get_context("spawn")  # workers are our children: fresh, reaped
        pool = ProcessPoolExecutor(max_workers=workers, mp_context=context,
                                   initializer=die_with_parent, initargs=(os.getpid(),))
        try:
            futures = {pool.submit(process_article, item): item.index for item in todo}
            for future in as_completed(futures):
                yield futures[future], future.result()
        finally:  # on an error or Ctrl-C, drop the queued articles instead of reading them all
            pool.shutdown(cancel_futures=True)


def die_with_parent(parent: int) -> None:
    """Make this process (a worker) end when ``parent``, the process that started it, ends:
    killed (``kill -9``) or not, so no worker reads on with no one to take its results,
    holding the pool's semaphores.

    On Linux the kernel kills it (``prctl(PR_SET_PDEATHSIG, SIGKILL)``); elsewhere a thread
    checks for a new parent every second.

    Parameters
    ----------
    parent : int
        The pid of the process that started this one.
    """
    if sys.platform.startswith("linux"):
        ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    else:
        def watch() -> None:
            while os.getppid() == parent:
                time.sleep(1)
            os._exit(1)

        threading.Thread(target=watch, daemon=True).start()
    if os.getppid() != parent:  # the parent died before the signal was asked for
        os._exit(1)


_PR_SET_PDEATHSIG = 1  # from <linux/prctl.h>


def _dask_outcomes(
    todo: list[BatchItem], workers: int, scheduler: str | None
) -> Iterator[tuple[int, dict]]:
    from distributed import Client, LocalCluster
    from distributed import as_completed as dask_completed

    with contextlib.ExitStack() as stack:
        if scheduler is None:
            cluster = stack.enter_context(LocalCluster(
                n_workers=max(workers, 1), threads_per_worker=1, processes=True,
                host="127.0.0.1", dashboard_address=None, silence_logs=logging.ERROR,
            ))  # fmt: skip
            client = stack.enter_context(Client(cluster))
        else:
            try:
                client = stack.enter_context(Client(scheduler, timeout="20s"))
            except OSError as e:
                msg = f"cannot reach the Dask scheduler at {scheduler}: {e}"
                raise BatchError(msg) from None
        futures = client.map(process_article, todo, pure=False)
        index = {f.key: item.index for f, item in zip(futures, todo, strict=True)}
        for future in dask_completed(futures):
            outcome = future.result()
            future.release()
            yield index[future.key], outcome


class _RateColumn(ProgressColumn):
    def render(self, task) -> Text:
        speed = task.finished_speed or task.speed
        return Text(f"{speed:.1f} articles/s" if speed else "- articles/s", style="cyan")


@contextlib.contextmanager
def _progress_bar(show: bool, total: int) -> Iterator:
    if not show:
        yield lambda: None
        return
    bar = Progress(
        TextColumn("articles"), BarColumn(), MofNCompleteColumn(), _RateColumn(),
        TimeElapsedColumn(), TimeRemainingColumn(), console=Console(stderr=True),
    )  # fmt: skip
    with bar:
        task = bar.add_task("articles", total=total)
        yield lambda: bar.advance(task)


# ----------------------------------------------------------------------------- outputs


def write_batch(
    result: BatchResult, *, out_dir: Path, name: str = "batch", run_id: str | None = None
) -> tuple[Reading, dict[str, Path]]:
    """Merge the articles and write the map, layers, CSV, JSON and failures.

    Parameters
    ----------
    result : BatchResult
        From ``run_batch``.
    out_dir : Path
        The batch's output folder.
    name : str
        The base name of the merged files.
    run_id : str, optional
        The run's id, written into the files as ``geo.output.files.write_outputs`` does.

    Returns
    -------
    Reading
        The merged reading (``geo.events.merge.merge_readings``).
    dict of str to Path
        ``map`` (NAME.html), ``gpkg``, ``json``, ``csv`` (NAME.events.csv) and
        ``failures`` (failures.jsonl, empty when nothing failed), plus the GeoJSON layers.
    """
    from geo.output.basemap import base_countries, content_bounds
    from geo.output.map import render_map, save_map
    from geo.output.qgis import write_project
    from geo.places.regions import regions_layer

    out_dir = Path(out_dir)
    merged = merge_readings(result.articles, name=name)
    outlines = _outlines()
    regions = regions_layer(merged, outlines.admin1)
    base = base_countries(outlines.countries, outlines.world, content_bounds(merged, regions))
    written = write_outputs(merged, regions=regions, out_dir=out_dir, name=name, base=base,
                            run_id=run_id)
    paths = {"gpkg": written[0], "json": written[-1]}
    paths["qgis"] = write_project(out_dir / f"{name}.qgs", gpkg=written[0], reading=merged,
                                  regions=regions)
    paths |= {p.name.split(".")[-2]: p for p in written[1:-1]}
    paths["map"] = save_map(render_map(merged, regions=regions, countries=outlines.countries,
                                       world=outlines.world, admin1=outlines.admin1,
                                       run_id=run_id),
                            out_dir / f"{name}.html")
    # ACLED's timestamp, from the inputs (not the clock), so reruns give the same file.
    latest = max((a.reading.published for a in result.articles if a.reading.published),
                 default=None)
    stamp = calendar.timegm(latest.timetuple()) if latest else 0
    paths["csv"] = write_acled_csv(merged.events, out_dir / f"{name}.events.csv",
                                   extra=CROSS_ARTICLE_COLUMNS, timestamp=stamp)
    paths["failures"] = out_dir / "failures.jsonl"
    write_text(paths["failures"],
                "".join(json.dumps(f, ensure_ascii=False) + "\n" for f in result.failures))
    return merged, paths


def default_workers() -> int:
    """The cores this process may run on."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
