"""Batch mode: read many articles on all cores or a Dask cluster, then merge them into one map.

The input is a folder (every file in it, by name), a glob, or JSON Lines with one
``{"id", "text", "published", "url"?}`` object per line (listed by offset: a text is read
from disk just before it is sent). ``process_chunk`` reads a chunk of articles; it is a
top-level function, so a process pool or a Dask worker can run it, and it opens the
gazetteer and the outlines once per worker process (the gazetteer once per thread where a
Dask worker runs several). Each article's JSON view goes to ``articles/ID.json``
atomically as soon as it is read (by the worker, or by the client for a remote Dask
cluster), so ``resume`` can skip it next time; what comes back is a compact reading
(events, areas, places with mention counts). The merged outputs are built from those in
input order, so they are the same for any number of workers, engine or resumption.
"""

from __future__ import annotations

import calendar
import contextlib
import ctypes
import glob
import hashlib
import importlib.util
import json
import logging
import multiprocessing
import os
import signal
import sys
import threading
import time
from collections import Counter
from collections.abc import Iterator
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from dataclasses import astuple, dataclass, field, fields, replace
from datetime import date, datetime
from functools import partial
from itertools import islice
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
from geo.errors import UsageError
from geo.events.coding import outlet_of
from geo.events.merge import (
    ArticleReading,
    Report,
    in_input_order,
    merge_areas,
    merge_events,
    merge_places,
    merge_reports,
    reports_by_key,
)
from geo.model import Area, Event, Place, Reading, json_document
from geo.output.files import safe_stem, write_acled_csv, write_batch_outputs, write_text
from geo.sources.articles import MAX_BYTES, Article, ArticleError, decode, read_article

Engine = Literal["local", "dask"]
JSONL_SUFFIXES = (".jsonl", ".ndjson")
#: Our columns after ACLED's in the merged CSV, for reporting across articles.
CROSS_ARTICLE_COLUMNS = ("independent_sources", "count_reports")


class BatchError(UsageError):
    """The batch cannot run: no such input, no articles in it, or no Dask scheduler."""


@dataclass(frozen=True)
class BatchItem:
    """One article of a batch: a file to read or a text given inline, with its metadata."""

    index: int
    id: str
    input: str  # where it came from: a path, or "FILE:LINE" of a JSON Lines file
    path: Path | None = None
    text: str | None = None  # loaded from ``line`` just before the article is sent to a worker
    line: tuple[str, int] | None = None  # (JSON Lines file, byte offset) of an inline text
    published: date | None = None
    url: str | None = None
    fingerprint: str = ""  # changes when the input changes, so resume reads it again
    error: str | None = None  # a problem found while listing (bad line, duplicate id)


@dataclass
class BatchResult:
    """What a batch run read, skipped and failed on, and the events merged from it.

    ``articles`` are compact readings (``compact_reading``): the events, areas and
    distinct places of each article, in input order; the full readings are on disk in
    ``articles/ID.json``. ``events`` are their events merged (``merge_events``).
    ``seconds`` is the time spent reading, ``merge_seconds`` merging.
    """

    articles: list[ArticleReading] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    failures: list[dict] = field(default_factory=list)
    read: int = 0
    resumed: int = 0
    seconds: float = 0.0
    merge_seconds: float = 0.0

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
    offset = 0
    with path.open("rb") as f:
        for number, raw in enumerate(f, start=1):
            if raw.strip():
                items.append(_jsonl_item(raw, len(items), path, number, default, offset))
            offset += len(raw)
    if not items:
        msg = f"{path}: no articles in this JSON Lines file"
        raise BatchError(msg)
    return items


def _jsonl_item(
    raw: bytes, index: int, path: Path, number: int, default: date | None, offset: int = 0
) -> BatchItem:
    """One JSON line as an item; a line that is not a usable article carries an error.
    The item keeps the line's offset, not its text, so a large input is not held in memory."""
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
    return BatchItem(index, ident, where, line=(str(path), offset), published=published,
                     url=url, fingerprint=f"{digest}:{published}:{url}")


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
        A file to read or an inline text (loaded, ``with_text``).

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


@dataclass(frozen=True)
class Outcome:
    """What a worker sends back for one article: its compact reading or its failure, and
    the JSON view's text when the worker could not write ``articles/ID.json`` itself."""

    index: int
    article: ArticleReading | None = None
    failure: dict | None = None
    view_text: str | None = None
    resumed: bool = False


def process_chunk(
    items: list[BatchItem], *, folder: str | None = None, resume: bool = False,
    run_id: str | None = None,
) -> list[Outcome]:
    """Read a chunk of articles (one task for a worker process or a Dask worker).

    Parameters
    ----------
    items : list of BatchItem
        Articles with their texts loaded (``with_text``).
    folder : str, optional
        The batch's ``articles`` folder when this worker can write to it (the same
        machine): each view is written there as it is read, and only the compact reading
        goes back. Without it the view's text goes back for the client to write.
    resume : bool
        Skip an article whose view in ``folder`` matches the input (``folder`` needed).
    run_id : str, optional
        The batch run's id (``geo.output.sets``), the ``run_id`` of each view.

    Returns
    -------
    list of Outcome
        One per item, in the chunk's order.
    """
    out = []
    for item in items:
        if resume and folder is not None and (view := _done(item, Path(folder))) is not None:
            out.append(Outcome(item.index, article=compact_reading(view), resumed=True))
            continue
        view = process_article(item)
        if "error" in view:
            out.append(Outcome(item.index, failure=view))
            continue
        text = json_document(({"run_id": run_id} if run_id else {}) | view)
        if folder is not None:
            write_text(Path(folder) / f"{safe_stem(item.id)}.json", text)
        out.append(Outcome(item.index, article=compact_reading(view),
                           view_text=None if folder is not None else text))
    return out


def compact_reading(view: dict) -> ArticleReading:
    """What merging needs of an article's JSON view: its events, areas and distinct places
    with how often each is mentioned; not its mentions, text or candidates.

    Built from the view (as written to ``articles/ID.json``), so a resumed article gives
    the same merged outputs as one read now.
    """
    counts: Counter[Place] = Counter(
        Place.from_dict(m["place"]) for m in view["mentions"] if m["place"] is not None
    )
    places = tuple((p, counts[p]) for p in map(Place.from_dict, view["places"]))
    reading = Reading(
        name=view["name"], text=view["title"], published=_date(view["published"]),
        events=[Event.from_dict(e) for e in view["events"]],
        areas=[Area.from_dict(a) for a in view["areas"]],
    )  # fmt: skip
    return ArticleReading(view["batch"]["id"], reading, view["batch"]["url"], places=places)


class _Shared:
    """One object for each value that many articles repeat (the same town, actor, event
    type), so the compact readings of a large batch do not each hold their own copy."""

    def __init__(self) -> None:
        self.places: dict[tuple, Place] = {}

    def place(self, place: Place | None) -> Place | None:
        if place is None:
            return None
        key = (*astuple(place), place.confidence, place.reason)
        if key not in self.places:
            text = {f.name: sys.intern(v) for f in fields(place)
                    if isinstance(v := getattr(place, f.name), str)}
            self.places[key] = replace(place, **text) if text else place
        return self.places[key]

    def __call__(self, article: ArticleReading) -> ArticleReading:
        for event in article.reading.events:
            event.location = self.place(event.location)
            for name in _SHARED_EVENT_FIELDS:
                if isinstance(value := getattr(event, name), str):
                    setattr(event, name, sys.intern(value))
            event.counts = {sys.intern(k): v for k, v in event.counts.items()}
        areas = [replace(a, region=self.place(a.region), anchor=self.place(a.anchor))
                 for a in article.reading.areas]
        places = tuple((self.place(p), n) for p, n in article.places)
        return replace(article, reading=replace(article.reading, areas=areas), places=places)


#: Event fields whose values repeat across a batch (not the sentences or the notes).
_SHARED_EVENT_FIELDS = (
    "event_type", "sub_event_type", "date_precision", "actor1", "actor2", "disorder_type",
    "assoc_actor_1", "assoc_actor_2", "civilian_targeting", "region", "source",
    "source_scale",
)


def with_text(item: BatchItem) -> BatchItem:
    """The item with its inline text loaded from its JSON Lines file (others as they are)."""
    if item.line is None or item.text is not None:
        return item
    path, offset = item.line
    with open(path, "rb") as f:
        f.seek(offset)
        record = json.loads(f.readline().decode("utf-8"))
    return replace(item, text=record["text"])


def _article_of(item: BatchItem) -> Article:
    """The item's text, publication date (its own, else the page's) and publisher."""
    if item.path is not None:
        return read_article(item.path, published=item.published)
    item = with_text(item)
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

#: Articles per task: enough to make a task's overhead small, few enough for a smooth
#: progress bar and an even spread over workers.
CHUNK_ARTICLES = 25
#: Tasks in flight per worker: the inputs of the others wait on disk, not in memory.
TASKS_PER_WORKER = 4
#: Reports per merge task on a Dask cluster (groups of one ``merge_key`` are not split).
MERGE_REPORTS = 2_000


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
    """Read every article of a batch, writing ``out_dir/articles/ID.json`` for each, and
    merge their events.

    Articles go to the workers in chunks (``CHUNK_ARTICLES``), a few chunks in flight per
    worker; each worker writes the views it reads when it shares this machine's disk,
    and sends back compact readings (``compact_reading``) only. The local engine merges
    in this process; the Dask engine merges on the cluster, each task merging whole
    groups of reports of one ``merge_key``, and the result is the same.

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
        Dask engine starts a ``LocalCluster`` on 127.0.0.1. Its workers send the views
        back to be written here.
    resume : bool
        Skip articles whose JSON from an earlier run is there and matches the input.
    progress : bool
        Show progress bars with articles/s and the time left on standard error.
    run_id : str, optional
        The run's id (``geo.output.sets``), the ``run_id`` of each article's JSON it writes.

    Returns
    -------
    BatchResult
        The articles read or resumed, in input order, their merged events and the failures.

    Raises
    ------
    BatchError
        When the Dask engine is asked for and ``dask[distributed]`` is not installed, or
        its scheduler cannot be reached.
    """
    if engine == "dask" and importlib.util.find_spec("distributed") is None:
        msg = ("--engine dask needs Dask distributed, which is not installed: "
               "pip install 'geo-conflict-mapper[dask]'")
        raise BatchError(msg)
    folder = Path(out_dir) / "articles"
    folder.mkdir(parents=True, exist_ok=True)
    result = BatchResult()
    articles: dict[int, ArticleReading] = {}
    failures: dict[int, dict] = {}
    shared = _Shared()
    remote = engine == "dask" and scheduler is not None
    todo = []
    for item in items:
        if item.error is not None:
            failures[item.index] = _failure(item, item.error)
        elif remote and resume and (view := _done(item, folder)) is not None:
            articles[item.index] = shared(compact_reading(view))
            result.resumed += 1
        else:
            todo.append(item)
    size = max(1, min(CHUNK_ARTICLES, len(todo) // (max(workers, 1) * TASKS_PER_WORKER) or 1))
    chunks = [todo[i:i + size] for i in range(0, len(todo), size)]
    task = partial(process_chunk, folder=None if remote else str(folder), resume=resume,
                   run_id=run_id)
    cluster = _dask_client(workers, scheduler) if engine == "dask" else contextlib.nullcontext()
    with cluster as client:
        started = time.perf_counter()
        with _progress_bar(progress, len(todo), "reading") as advance:
            for outcomes in _outcomes(chunks, task, client, workers):
                for outcome in outcomes:
                    if outcome.failure is not None:
                        failures[outcome.index] = outcome.failure
                        continue
                    if outcome.view_text is not None:
                        write_text(folder / f"{safe_stem(outcome.article.id)}.json",
                                   outcome.view_text)
                    articles[outcome.index] = shared(outcome.article)
                    result.resumed += outcome.resumed
                    result.read += not outcome.resumed
                advance(len(outcomes))
        result.seconds = time.perf_counter() - started
        result.failures = [f for _, f in sorted(failures.items())]
        result.articles = [a for _, a in sorted(articles.items())]
        started = time.perf_counter()
        reports = sum(len(a.reading.events) for a in result.articles)
        with _progress_bar(progress, reports, "merging", unit="reports") as advance:
            result.events = (merge_events(result.articles, advance=advance) if client is None
                             else merge_on_cluster(result.articles, client, advance=advance))
        result.merge_seconds = time.perf_counter() - started
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
    chunks: list[list[BatchItem]], task, client, workers: int
) -> Iterator[list[Outcome]]:
    """Each chunk's outcomes, in the order chunks finish; a chunk's texts are loaded just
    before it is sent, and only ``TASKS_PER_WORKER`` chunks per worker are in flight."""
    if client is not None:
        loaded = map(_loaded, chunks)
        yield from (outcomes for _, outcomes in _dask_map(client, task, loaded, scatter=False))
    elif workers <= 1 or len(chunks) <= 1:
        for chunk in chunks:
            yield task(chunk)
    else:
        context = multiprocessing.get_context("spawn")  # workers are our children: fresh, reaped
        pool = ProcessPoolExecutor(max_workers=workers, mp_context=context,
                                   initializer=die_with_parent, initargs=(os.getpid(),))
        try:
            pending = iter(chunks)
            slots = workers * TASKS_PER_WORKER
            running = {pool.submit(task, _loaded(c)) for c in islice(pending, slots)}
            while running:
                done, running = wait(running, return_when=FIRST_COMPLETED)
                running |= {pool.submit(task, _loaded(c)) for c in islice(pending, len(done))}
                for future in done:
                    yield future.result()
        finally:  # on an error or Ctrl-C, drop the queued articles instead of reading them all
            pool.shutdown(cancel_futures=True)


def _loaded(chunk: list[BatchItem]) -> list[BatchItem]:
    return [with_text(item) for item in chunk]
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


@contextlib.contextmanager
def _dask_client(workers: int, scheduler: str | None) -> Iterator:
    """A client of the Dask scheduler at ``scheduler``, else of a ``LocalCluster`` of
    ``workers`` single-threaded processes, open for reading and merging.

    The local cluster's workers do not sample their threads for the dashboard's profile
    (it has no dashboard): the sampling took 4 % of a reading worker's CPU (at load 7).
    """
    import dask
    from distributed import Client, LocalCluster

    with contextlib.ExitStack() as stack:
        if scheduler is None:
            with dask.config.set({"distributed.worker.profile.enabled": False}):
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
        yield client


def _dask_map(client, task, inputs: Iterator, *, scatter: bool) -> Iterator:
    """``task`` of each input on the cluster, (input, result) in the order tasks finish,
    with only ``TASKS_PER_WORKER`` tasks per worker thread in flight (the other inputs not
    made yet).

    A small input goes inside its task, which the scheduler gives to the first free
    worker. A large one is better ``scatter``-ed to a worker first, where its task then
    runs: inside the task it would travel through the scheduler, which unpickles and
    pickles it again (twice as slow for the 10 MB of reports of 4,000 articles).
    """
    from distributed import as_completed as dask_completed

    slots = max(sum(client.nthreads().values()), 1) * TASKS_PER_WORKER
    sent: dict[str, object] = {}  # each running task's input, by its key

    def submit(each):
        data = client.scatter([each], hash=False)[0] if scatter else each
        future = client.submit(task, data, pure=False)
        sent[future.key] = each
        return future

    running = dask_completed([submit(each) for each in islice(inputs, slots)])
    for future in running:
        result = future.result()
        each = sent.pop(future.key)
        future.release()
        for more in islice(inputs, 1):
            running.add(submit(more))  # not inside ``update``, which holds a lock the loop needs
        yield each, result


def merge_on_cluster(
    articles: list[ArticleReading], client, *, advance=None
) -> list[Event]:
    """``merge_events`` on a Dask cluster, with the same result.

    Parameters
    ----------
    articles : list of ArticleReading
        The articles in input order.
    client : distributed.Client
        A client of the cluster. Each task merges whole groups of one ``merge_key``
        (``merge_groups``), about ``MERGE_REPORTS`` reports a task.
    advance : callable, optional
        Called with the number of reports of each task merged (a progress bar's).

    Returns
    -------
    list of Event
        The merged events in order of their first reports, as ``merge_events`` gives them.
    """
    tasks: list[list[list[Report]]] = []
    size = MERGE_REPORTS
    for group in reports_by_key(articles).values():
        if size >= MERGE_REPORTS:
            tasks.append([])
            size = 0
        tasks[-1].append(group)
        size += len(group)
    merged = []
    for groups, done in _dask_map(client, merge_groups, iter(tasks), scatter=True):
        merged += done
        if advance is not None:
            advance(sum(map(len, groups)))
    return in_input_order(merged)


def merge_groups(groups: list[list[Report]]) -> list[tuple[tuple[int, int], Event]]:
    """``merge_reports`` of each group (one merge task on a Dask worker)."""
    return [merged for group in groups for merged in merge_reports(group)]


class _RateColumn(ProgressColumn):
    def render(self, task) -> Text:
        speed = task.finished_speed or task.speed
        unit = task.fields.get("unit", "articles")
        return Text(f"{speed:.1f} {unit}/s" if speed else f"- {unit}/s", style="cyan")


@contextlib.contextmanager
def _progress_bar(show: bool, total: int, what: str, unit: str = "articles") -> Iterator:
    """A function advancing a bar with the rate and the time left (nothing when not shown)."""
    if not show:
        yield lambda n=1: None
        return
    bar = Progress(
        TextColumn(what), BarColumn(), MofNCompleteColumn(), _RateColumn(),
        TimeElapsedColumn(), TimeRemainingColumn(), console=Console(stderr=True),
    )  # fmt: skip
    with bar:
        task = bar.add_task(what, total=total, unit=unit)
        yield lambda n=1: bar.advance(task, n)


# ----------------------------------------------------------------------------- outputs


def write_batch(
    result: BatchResult, *, out_dir: Path, name: str = "batch", progress: bool = False,
    run_id: str | None = None
) -> tuple[Reading, dict[str, Path]]:
    """Write a batch's merged events: the map, layers, CSV, JSON Lines and failures.

    Parameters
    ----------
    result : BatchResult
        From ``run_batch``.
    out_dir : Path
        The batch's output folder.
    name : str
        The base name of the merged files.
    progress : bool
        Show a progress bar for writing on standard error.
    run_id : str, optional
        The run's id, written into the files as ``geo.output.files.write_outputs`` does.

    Returns
    -------
    Reading
        The merged reading (its events and areas; the places are in ``NAME.gpkg``).
    dict of str to Path
        ``map`` (NAME.html), ``gpkg``, ``jsonl``, ``csv`` (NAME.events.csv) and
        ``failures`` (failures.jsonl, empty when nothing failed), plus the GeoJSON layers.
    """
    from geo.output.basemap import base_countries, content_bounds
    from geo.output.map import render_map, save_map
    from geo.output.qgis import write_project
    from geo.places.regions import counted_regions_layer

    out_dir = Path(out_dir)
    articles, events = result.articles, result.events
    places = merge_places(articles)
    dates = sorted(a.reading.published for a in articles if a.reading.published)
    span = f", published {dates[0]} to {dates[-1]}" if dates else ""
    merged = Reading(name=name, text=f"{len(articles)} articles{span}",
                     published=dates[-1] if dates else None, events=events,
                     areas=merge_areas(articles))
    outlines = _outlines()
    counted = [("mentions", p, n) for p, n in places] + [("events", e.location, 1) for e in events]
    regions = counted_regions_layer(counted, outlines.admin1)
    base = base_countries(outlines.countries, outlines.world, content_bounds(merged, regions))
    header = {"name": name, "title": merged.title,
              "published": merged.published.isoformat() if merged.published else None,
              "articles": len(articles), "failed": len(result.failures),
              "places": len(places), "events": len(events), "areas": len(merged.areas),
              "run_id": run_id}
    with _progress_bar(progress, len(events), "writing", unit="events") as advance:
        written = write_batch_outputs(merged, places=places, regions=regions, out_dir=out_dir,
                                      name=name, base=base, header=header, advance=advance,
                                      run_id=run_id)
    paths = {"gpkg": written[0], "jsonl": written[-1]}
    paths["qgis"] = write_project(out_dir / f"{name}.qgs", gpkg=written[0], reading=merged,
                                  regions=regions)
    paths |= {p.name.split(".")[-2]: p for p in written[1:-1]}
    paths["map"] = save_map(render_map(merged, regions=regions, countries=outlines.countries,
                                       world=outlines.world, admin1=outlines.admin1,
                                       places=[p for p, _ in places],
                                       detail_note=f"{name}.gpkg, {name}.events.csv",
                                       subtitle=_events_span(events), run_id=run_id),
                            out_dir / f"{name}.html")
    # ACLED's timestamp, from the inputs (not the clock), so reruns give the same file.
    stamp = calendar.timegm(dates[-1].timetuple()) if dates else 0
    paths["csv"] = write_acled_csv(events, out_dir / f"{name}.events.csv",
                                   extra=CROSS_ARTICLE_COLUMNS, timestamp=stamp)
    paths["failures"] = out_dir / "failures.jsonl"
    write_text(paths["failures"],
                "".join(json.dumps(f, ensure_ascii=False) + "\n" for f in result.failures))
    return merged, paths


def _events_span(events: list[Event]) -> str:
    """The days a batch's events span, for the map's subtitle: "Events dated 2025-02-19 to
    2025-07-11" (a batch's articles may be published on many days)."""
    days = sorted(e.date for e in events if e.date is not None)
    if not days:
        return "No dated events"
    return f"Events dated {days[0]}" if days[0] == days[-1] else (
        f"Events dated {days[0]} to {days[-1]}")


def default_workers() -> int:
    """The cores this process may run on."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
