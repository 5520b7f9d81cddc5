"""Output sets: one run id in every file, renamed into place together, a lock per folder,
what interrupted runs leave finished or cleared by the next, kills at any moment."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT, SEED, SEED_PUBLISHED

from geo.output import sets as output_sets
from geo.output.sets import LOCK_NAME, file_sha256, output_set, run_id_of

GEO = Path(sys.executable).with_name("geo")
PUBLISHED = ["--published", SEED_PUBLISHED]
OTHER = "Strike on Sumy\n\nRussian drones struck Sumy on Tuesday, killing two people.\n"


def geo(*args: str | Path) -> subprocess.CompletedProcess:
    return subprocess.run([str(GEO), *map(str, args)], capture_output=True, text=True,
                          timeout=600, check=False)


def manifest(out: Path, name: str) -> dict:
    return json.loads((out / f"{name}.run.json").read_text(encoding="utf-8"))


def test_every_file_of_a_map_carries_the_run_id_of_its_manifest(tmp_path):
    out = tmp_path / "maps"
    assert geo("map", SEED, *PUBLISHED, "--out", out).returncode == 0
    record = manifest(out, "seed")
    listed = {entry["file"] for entry in record["files"]}
    assert listed == {"seed.gpkg", "seed.places.geojson", "seed.regions.geojson",
                      "seed.events.geojson", "seed.areas.geojson", "seed.json",
                      "seed.events.csv", "seed.html", "seed.qgs"}
    for entry in record["files"]:
        path = out / entry["file"]
        assert (path.stat().st_size, file_sha256(path)) == (entry["bytes"], entry["sha256"])
        assert run_id_of(path) in (None, record["run_id"])  # None: the CSV and the project
    for name in ("seed.gpkg", "seed.json", "seed.events.geojson", "seed.html"):
        assert run_id_of(out / name) == record["run_id"]
    assert sorted(p.name for p in out.iterdir()) == sorted([*listed, "seed.run.json"])


def test_each_run_has_a_new_run_id(tmp_path):
    out = tmp_path / "maps"
    ids = []
    for _ in range(2):
        assert geo("map", SEED, *PUBLISHED, "--out", out).returncode == 0
        ids.append(manifest(out, "seed")["run_id"])
    assert ids[0] != ids[1]


def test_a_run_into_a_folder_another_run_writes_is_exit_5_naming_it(tmp_path):
    out = tmp_path / "maps"
    with output_set(out) as outputs:
        result = geo("map", SEED, *PUBLISHED, "--out", out)
    assert result.returncode == 5
    assert f"pid {os.getpid()}, run {outputs.run_id}" in result.stderr
    assert not (out / LOCK_NAME).exists() and list(out.iterdir()) == []


def test_a_run_stopped_during_its_renames_is_finished_by_the_next(tmp_path, monkeypatch):
    out = tmp_path / "maps"
    assert geo("map", SEED, *PUBLISHED, "--out", out).returncode == 0
    old = manifest(out, "seed")

    def stop_after_one(staging: Path, record: Path) -> None:
        os.replace(staging / "seed.json", out / "seed.json")
        raise KeyboardInterrupt  # as if killed between two renames

    monkeypatch.setattr(output_sets, "_publish", stop_after_one)
    with pytest.raises(KeyboardInterrupt), output_set(out) as outputs:
        for name in ("seed.json", "seed.events.csv"):
            (outputs.staging / name).write_text(json.dumps({"run_id": outputs.run_id}))
        outputs.commit("seed", [outputs.staging / "seed.json",
                                outputs.staging / "seed.events.csv"])
    assert run_id_of(out / "seed.json") == outputs.run_id  # switched: new
    assert manifest(out, "seed") == old  # not yet switched
    monkeypatch.undo()
    other = tmp_path / "other.txt"
    other.write_text(OTHER)
    assert geo("map", other, *PUBLISHED, "--out", out).returncode == 0
    assert manifest(out, "seed")["run_id"] == outputs.run_id
    assert json.loads((out / "seed.events.csv").read_text()) == {"run_id": outputs.run_id}
    assert not [p for p in out.iterdir() if p.name.startswith(".")]


def test_the_next_run_removes_what_interrupted_writes_left(tmp_path):
    out = tmp_path / "maps"
    (out / "articles").mkdir(parents=True)
    (out / ".geo-staging-0123").mkdir()
    (out / ".geo-staging-0123" / "seed.html").write_text("half a map")
    (out / ".seed.html.k3j4h5_2.html").write_text("half a map")
    (out / "articles" / ".a.json.abcdefgh.json").write_text("{")
    (out / ".keep").write_text("the user's")
    assert geo("map", SEED, *PUBLISHED, "--out", out).returncode == 0
    hidden = sorted(str(p.relative_to(out)) for p in out.rglob(".*"))
    assert hidden == [".keep"]


def test_batch_files_carry_the_run_id_and_resumed_articles_keep_theirs(tmp_path):
    articles = tmp_path / "news.jsonl"
    rows = [{"id": "a", "text": SEED.read_text(encoding="utf-8")}, {"id": "b", "text": OTHER}]
    articles.write_text("".join(json.dumps(r) + "\n" for r in rows))
    out = tmp_path / "out"
    assert geo("batch", articles, *PUBLISHED, "--out", out, "--workers", "1").returncode == 0
    first = manifest(out, "batch")
    assert {e["file"] for e in first["files"]} >= {"batch.jsonl", "batch.html", "failures.jsonl"}
    assert run_id_of(out / "batch.jsonl") == first["run_id"]
    assert {run_id_of(p) for p in (out / "articles").iterdir()} == {first["run_id"]}
    assert geo("batch", articles, *PUBLISHED, "--out", out, "--resume").returncode == 0
    second = manifest(out, "batch")
    assert second["run_id"] != first["run_id"]
    assert run_id_of(out / "batch.jsonl") == second["run_id"]
    assert {run_id_of(p) for p in (out / "articles").iterdir()} == {first["run_id"]}


def test_kills_at_any_moment_leave_one_set_and_nothing_running(tmp_path):
    """benchmarks/kill_trials.py, a few trials: SIGKILL at random moments of the write
    window. The assertions are what must hold at any moment, so they hold for any draw."""
    result = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "kill_trials.py"), "--map-trials", "3",
         "--batch-trials", "1", "--dask-trials", "0", "--concurrent", "2", "--json"],
        capture_output=True, text=True, timeout=900, check=False, cwd=ROOT / "benchmarks")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    for run in ("geo map", "geo batch"):
        figures = report[run]
        assert figures["mixed"] == 0
        assert figures["single"] + figures["pending"] == figures["trials"]
        assert figures["single after next run"] == figures["trials"]
        assert figures["stray files after next run"] == 0
        assert figures["leaked processes"] == figures["leaked semaphores"] == 0
    assert report["geo batch"]["torn article files"] == 0
    together = report["concurrent geo map"]
    assert together["other outcomes"] == 0 and together["sets single"] == together["trials"]
