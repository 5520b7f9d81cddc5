"""The built wheel, installed outside the checkout: `geo setup` builds the data from what
the wheel ships, and `geo map` maps the seed.

Nothing is downloaded: the wheel is built with the project venv's setuptools
(``--no-build-isolation``) and installed ``--no-deps`` into a fresh venv whose only borrowed
packages are the project venv's (a ``.pth`` line adds its site-packages; that folder's own
``.pth`` files, among them the editable install's hook, are not run, so the checkout's
``geo`` is not importable there).
"""

import json
import os
import shutil
import site
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest
from conftest import ROOT, SEED, SEED_PUBLISHED

from geo import settings


def run(*args, **kwargs) -> subprocess.CompletedProcess:
    done = subprocess.run([str(a) for a in args], capture_output=True, text=True,
                          timeout=900, **kwargs)
    assert done.returncode == 0, f"{args}: {done.stderr[-3000:]}"
    return done


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    """The wheel, built from a copy of the package's sources (no build files in the checkout)."""
    src = tmp_path_factory.mktemp("src")
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, src / name)
    shutil.copytree(ROOT / "geo", src / "geo", ignore=shutil.ignore_patterns("__pycache__"))
    dist = tmp_path_factory.mktemp("dist")
    run(sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "--no-index",
        "-q", "-w", dist, src)
    (built,) = dist.glob("geo_conflict_mapper-*.whl")
    return built


@pytest.fixture(scope="module")
def venv(wheel, tmp_path_factory) -> Path:
    """A fresh venv with the wheel installed and the project venv's packages borrowed."""
    env = tmp_path_factory.mktemp("venv")
    run(sys.executable, "-m", "venv", "--without-pip", env)
    python = env / "bin" / "python"
    purelib = run(python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])")
    borrowed = {sysconfig.get_paths()["purelib"], *site.getsitepackages()}
    (Path(purelib.stdout.strip()) / "borrowed.pth").write_text("\n".join(sorted(borrowed)) + "\n")
    run(sys.executable, "-m", "pip", "--python", python, "install", "--no-deps", "--no-index",
        "--ignore-installed", "-q", wheel)
    return env


def test_the_wheel_ships_the_tables_schema_and_templates(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    tables = sorted(p.name for p in (ROOT / "geo" / "data").glob("*.csv"))
    assert tables and all(f"geo/data/{t}" in names for t in tables)
    assert {"geo/schema/reading.schema.json", "geo/places/ranker.json",
            "geo/output/templates/map/map.js"} <= names


def test_the_installed_package_is_the_wheels_not_the_checkouts(venv, tmp_path):
    done = run(venv / "bin" / "python", "-c", "import geo; print(geo.__file__)", cwd=tmp_path,
               env=_env())
    assert Path(done.stdout.strip()).is_relative_to(venv)


def test_setup_and_map_run_from_the_wheel(venv, tmp_path):
    """A real `geo setup` into an empty data folder, then the seed mapped from it; the
    reading equals what the checkout reads with the shared data."""
    home = tmp_path / "home"
    home.mkdir()
    if settings.BOUNDARIES_FILE.exists():  # saves fetching Debian's package when QGIS is absent
        shutil.copy(settings.BOUNDARIES_FILE, home / "world_map.gpkg")
    env = _env(GEO_HOME=str(home))
    geo = venv / "bin" / "geo"
    run(geo, "setup", cwd=tmp_path, env=env)
    assert (home / "gazetteer.sqlite").exists() and (home / "admin1.gpkg").exists()
    out = tmp_path / "maps"
    run(geo, "map", SEED, "--published", SEED_PUBLISHED, "--out", out, cwd=tmp_path, env=env)
    assert {p.name for p in out.iterdir()} >= {"seed.html", "seed.gpkg", "seed.qgs",
                                               "seed.json", "seed.events.csv"}
    ours = run(sys.executable, "-m", "geo", "extract", SEED, "--published", SEED_PUBLISHED,
               "--format", "json", cwd=ROOT)
    theirs = json.loads((out / "seed.json").read_text(encoding="utf-8"))
    mine = json.loads(ours.stdout)
    assert [e["event_type"] for e in theirs["events"]] == [e["event_type"] for e in mine["events"]]
    assert theirs["mentions"] == mine["mentions"]


def _env(**extra: str) -> dict[str, str]:
    """The environment without anything that would put the checkout on the path."""
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    return env | extra
