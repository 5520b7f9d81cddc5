"""Batch mode: inputs, workers and Dask giving the same merged output, resume, failures."""

from __future__ import annotations

import csv
import json
import shutil
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pandas as pd
import pyogrio
import pytest
from conftest import DEV
from typer.testing import CliRunner

import geo.batch
from geo.batch import CROSS_ARTICLE_COLUMNS, list_inputs, merge_on_cluster, run_batch, write_batch
from geo.cli import EXIT_FAILED, app
from geo.events.merge import ArticleReading, merge_events, merge_places, reports_by_key
from geo.model import Reading
from geo.output.files import ACLED_COLUMNS

OUTPUTS = ["batch.jsonl", "batch.events.csv", "batch.events.geojson", "batch.places.geojson",
           "batch.regions.geojson", "batch.areas.geojson", "failures.jsonl"]


#: Four of the annotated articles in ../shared/eval/dev, the ones this batch is built from.
BATCH_ARTICLES = ("belgorod_kharkiv", "kursk_sudzha_pokrovsk", "lebanon_nabatieh_strike", "seed")


def _published(stem: str) -> str:
    return json.loads((DEV / f"{stem}.gold.json").read_text(encoding="utf-8"))["published"]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    """Eight articles as JSON Lines: the dev articles, a reprint, and the same reports a
    week later (other dates, so other events), plus one line that is not an article."""
    rows = []
    for path in (DEV / f"{name}.txt" for name in BATCH_ARTICLES):
        text, published = path.read_text(encoding="utf-8"), _published(path.stem)
        rows.append({"id": path.stem, "text": text, "published": published,
                     "url": f"https://outlet-{len(rows)}.example.org/{path.stem}"})
        later = date.fromisoformat(published) + timedelta(days=7)
        rows.append({"id": f"{path.stem}-week-later", "text": text,
                     "published": later.isoformat()})
    rows.insert(1, dict(rows[0], id="reprint", url="https://reprints.example.com/1"))
    lines = [json.dumps(r) for r in rows[:8]] + ['{"id": "no-text"}']
    path = tmp_path_factory.mktemp("corpus") / "articles.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _run(corpus: Path, out: Path, **options):
    result = run_batch(list_inputs(corpus), out_dir=out, **options)
    merged, paths = write_batch(result, out_dir=out)
    return result, merged, paths


@pytest.fixture(scope="module")
def one_worker(corpus, tmp_path_factory):
    out = tmp_path_factory.mktemp("one")
    return out, *_run(corpus, out, workers=1)


def _same_outputs(a: Path, b: Path) -> None:
    for name in OUTPUTS:
        assert (a / name).read_bytes() == (b / name).read_bytes(), name
    for layer in ("places", "regions", "events", "areas"):  # the GeoPackage holds timestamps
        pd.testing.assert_frame_equal(pyogrio.read_dataframe(a / "batch.gpkg", layer=layer),
                                      pyogrio.read_dataframe(b / "batch.gpkg", layer=layer))
    articles = sorted(p.name for p in (a / "articles").iterdir())
    assert articles == sorted(p.name for p in (b / "articles").iterdir())
    for name in articles:
        assert (a / "articles" / name).read_bytes() == (b / "articles" / name).read_bytes()


def test_jsonl_articles_are_read_with_their_published_dates(one_worker):
    out, result, _, _ = one_worker
    assert [a.id for a in result.articles][:3] == ["belgorod_kharkiv", "reprint",
                                                   "belgorod_kharkiv-week-later"]
    view = json.loads((out / "articles" / "belgorod_kharkiv-week-later.json").read_text())
    assert view["published"] == "2024-01-07"
    first, later = result.articles[0].reading, result.articles[2].reading
    assert [e.date + timedelta(days=7) for e in first.events] == [e.date for e in later.events]


def test_a_line_without_text_is_a_failure_and_the_rest_are_mapped(one_worker):
    out, result, _, paths = one_worker
    assert len(result.articles) == 8
    failures = [json.loads(line) for line in paths["failures"].read_text().splitlines()]
    assert [(f["id"], f["error"]) for f in failures] == [("no-text", 'no "text" string')]


def test_a_reprint_merges_but_is_not_an_independent_source(one_worker):
    _, _, merged, _ = one_worker
    first = [e for e in merged.events if "belgorod_kharkiv" in e.source_articles]
    assert first and all("reprint" in e.source_articles for e in first)
    assert all(e.independent_sources == 1 for e in first)


def test_every_reported_event_lands_in_one_merged_event(one_worker):
    _, result, merged, _ = one_worker
    reported = sum(len(a.reading.events) for a in result.articles)
    assert sum(len(set(e.source_articles)) for e in merged.events) == reported
    assert len(merged.events) < reported


def test_events_csv_has_acled_columns(one_worker):
    _, _, merged, paths = one_worker
    with paths["csv"].open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert list(rows[0]) == [*ACLED_COLUMNS, *CROSS_ARTICLE_COLUMNS]
    assert len(rows) == len(merged.events)
    kharkiv = next(r for r in rows if r["location"] == "Kharkiv")
    assert kharkiv["country"] == "Ukraine" and kharkiv["event_id_cnty"].startswith("UKR")
    assert kharkiv["disorder_type"] == "Political violence"
    assert kharkiv["source"] == "outlet-0.example.org; reprints.example.com"  # hosts, not ids


def test_map_and_layers_are_written(one_worker):
    out, _, merged, paths = one_worker
    page = paths["map"].read_text(encoding="utf-8")
    days = sorted(e.date for e in merged.events if e.date)
    assert "8 articles" in page
    assert f"Events dated {days[0]} to {days[-1]}" in page  # not the last article's day
    events = json.loads(paths["events"].read_text())["features"]
    assert len(events) == len(merged.events)
    assert {"independent_sources", "count_reports"} <= set(events[0]["properties"])


def test_two_workers_give_the_same_output_as_one(one_worker, corpus, tmp_path):
    _run(corpus, tmp_path, workers=2)
    _same_outputs(one_worker[0], tmp_path)


@pytest.fixture(scope="module")
def dask_cluster():
    from distributed import LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, host="127.0.0.1",
                                  processes=True, dashboard_address=None) as cluster:
        yield cluster


def test_dask_cluster_gives_the_same_output_as_local(one_worker, corpus, dask_cluster, tmp_path):
    _run(corpus, tmp_path, engine="dask", scheduler=dask_cluster.scheduler_address)
    _same_outputs(one_worker[0], tmp_path)


def test_the_cluster_merges_large_groups_as_this_process_does(one_worker, dask_cluster,
                                                              monkeypatch):
    """Thirty copies of the batch, three a day: each key's group holds many reports, a chain
    of near days, and spreads over many merge tasks."""
    from distributed import Client

    _, result, _, _ = one_worker
    articles = [
        replace(a, id=f"{a.id}-{n}", reading=replace(a.reading, events=[
            replace(e, date=e.date and e.date + timedelta(days=n // 3))
            for e in a.reading.events]))
        for n in range(30) for a in result.articles
    ]  # fmt: skip
    assert max(map(len, reports_by_key(articles).values())) >= 100
    monkeypatch.setattr(geo.batch, "MERGE_REPORTS", 50)
    tasks = []
    with Client(dask_cluster) as client:
        on_cluster = merge_on_cluster(articles, client, advance=tasks.append)
    assert len(tasks) > 5 and sum(tasks) == sum(len(a.reading.events) for a in articles)
    assert on_cluster == merge_events(articles)
    assert len(on_cluster) < sum(tasks)


def test_resume_skips_articles_already_done(one_worker, corpus, tmp_path):
    out = tmp_path / "out"
    shutil.copytree(one_worker[0], out)
    done = {p.name: p.stat().st_mtime_ns for p in (out / "articles").iterdir()}
    result, _, _ = _run(corpus, out, resume=True)
    assert (result.read, result.resumed) == (0, 8)
    assert {p.name: p.stat().st_mtime_ns for p in (out / "articles").iterdir()} == done
    _same_outputs(one_worker[0], out)


def test_resume_reads_an_article_again_when_its_text_changed(one_worker, corpus, tmp_path):
    out = tmp_path / "out"
    shutil.copytree(one_worker[0], out)
    lines = corpus.read_text(encoding="utf-8").splitlines()
    changed = json.loads(lines[0]) | {"text": json.loads(lines[0])["text"] + "\nUpdated."}
    edited = tmp_path / "edited.jsonl"
    edited.write_text("\n".join([json.dumps(changed), *lines[1:]]) + "\n", encoding="utf-8")
    result, _, _ = _run(edited, out, resume=True)
    assert (result.read, result.resumed) == (1, 7)


@pytest.fixture
def folder(tmp_path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    for path in sorted(DEV.glob("*.txt")):
        shutil.copy(path, folder / path.name)
    (folder / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    return folder


def test_a_binary_file_in_the_folder_lands_in_failures(folder, tmp_path):
    out = tmp_path / "out"
    result = CliRunner().invoke(app, ["batch", str(folder), "--out", str(out), "--workers", "1",
                                      "--published", "2024-10-16"])
    assert result.exit_code == EXIT_FAILED, result.output
    failures = [json.loads(line) for line in (out / "failures.jsonl").read_text().splitlines()]
    assert [f["id"] for f in failures] == ["photo"]
    assert "PNG image" in failures[0]["error"]
    assert sorted(p.stem for p in (out / "articles").iterdir()) == sorted(
        p.stem for p in DEV.glob("*.txt"))
    assert (out / "batch.html").exists()


def test_a_batch_without_failures_exits_zero(folder, tmp_path):
    (folder / "photo.png").unlink()
    result = CliRunner().invoke(app, ["batch", str(folder / "*.txt"), "--out",
                                      str(tmp_path / "out"), "--workers", "1"])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "out" / "failures.jsonl").read_text() == ""


def test_repeated_ids_are_failures(tmp_path):
    path = tmp_path / "twice.jsonl"
    path.write_text('{"id": "x", "text": "Kyiv"}\n{"id": "x", "text": "Lviv"}\n')
    items = list_inputs(path)
    assert items[0].error is None and "repeats" in items[1].error


def test_compact_readings_merge_as_the_full_readings_do(one_worker):
    out, result, merged, _ = one_worker
    full = []
    for article in result.articles:
        view = json.loads((out / "articles" / f"{article.id}.json").read_text(encoding="utf-8"))
        assert not article.reading.mentions and view["mentions"]  # the parent keeps none
        full.append(ArticleReading(article.id, Reading.from_dict(view), article.url))
    assert merge_events(full) == merged.events
    assert merge_places(full) == merge_places(result.articles)


def test_batch_jsonl_has_a_header_then_one_record_a_line(one_worker):
    _, result, merged, paths = one_worker
    lines = [json.loads(line) for line in paths["jsonl"].read_text(encoding="utf-8").splitlines()]
    header = lines[0]["batch"]
    assert (header["articles"], header["failed"]) == (8, 1)
    kinds = [next(iter(line)) for line in lines[1:]]
    assert kinds.count("event") == header["events"] == len(merged.events)
    assert kinds.count("place") == header["places"] > 0
    assert lines[1 + kinds.index("event")]["event"] == merged.events[0].to_dict()


def test_a_large_batch_page_summarises_its_events(one_worker, monkeypatch):
    import geo.output.map as page
    from geo.batch import _outlines
    from geo.places.regions import regions_layer

    _, _, merged, _ = one_worker
    outlines = _outlines()
    regions = regions_layer(merged, outlines.admin1)
    monkeypatch.setattr(page, "DETAIL_EVENTS", 3)
    data = page.map_data(merged, regions=regions, countries=outlines.countries,
                         world=outlines.world, detail_note="batch.gpkg")
    groups = {(e.location, e.event_type) for e in merged.events}
    assert len(data["events"]) == len(groups) < len(merged.events)
    assert all(m["sources"] == [] for m in data["events"])
    assert sum(int(m["heading"].split()[0]) for m in data["events"]) == len(merged.events)
    assert "summarised" in data["subtitle"]
