"""The `geo` command as a user runs it: setup's data, places, map with an area file."""

import json
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import SEED, SEED_PUBLISHED

GEO = [sys.executable, "-c", "from geo.cli import main; main()"]


def geo(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([*GEO, *args], capture_output=True, text=True, timeout=120)


def test_places_lists_moscow_russia_first():
    done = geo("places", "Moscow")
    assert done.returncode == 0
    first = done.stdout.splitlines()[0]
    assert first.startswith("*") and " RU " in first


def test_places_says_when_a_name_is_unknown():
    done = geo("places", "Xqzzyville")
    assert done.returncode == 1 and "not in the gazetteer" in done.stderr


def test_extract_prints_each_event_with_its_actors_and_toll():
    done = geo("extract", str(SEED), "--published", SEED_PUBLISHED)
    assert done.returncode == 0, done.stderr
    events = [line for line in done.stdout.splitlines() if line.startswith("event ")]
    assert any("  | Military Forces of Russia vs Military Forces of Ukraine  | " in line
               and line.endswith(" killed, 10 injured") for line in events)


def test_map_uses_an_area_file_for_the_stated_area(tmp_path: Path):
    outline = tmp_path / "held.geojson"
    outline.write_text(json.dumps({"type": "FeatureCollection", "features": [{
        "type": "Feature", "properties": {},
        "geometry": {"type": "Polygon", "coordinates": [[[35.0, 51.0], [35.6, 51.0],
                                                          [35.6, 51.4], [35.0, 51.4],
                                                          [35.0, 51.0]]]}}]}))
    done = geo("map", str(SEED), "--published", SEED_PUBLISHED, "--out", str(tmp_path / "out"),
               "--area-file", str(outline))
    assert done.returncode == 0, done.stderr
    (area,) = json.loads((tmp_path / "out" / "seed.json").read_text())["areas"]
    assert area["shape_source"] == "held.geojson"
    assert " 1 area -> " in done.stdout  # one area, not "1 areas"


def test_map_refuses_an_area_file_without_polygons(tmp_path: Path):
    points = tmp_path / "points.geojson"
    points.write_text(json.dumps({"type": "FeatureCollection", "features": [{
        "type": "Feature", "properties": {},
        "geometry": {"type": "Point", "coordinates": [35.0, 51.0]}}]}))
    done = geo("map", str(SEED), "--published", SEED_PUBLISHED, "--out", str(tmp_path / "out"),
               "--area-file", str(points))
    assert done.returncode == 2
    assert "no polygons" in done.stderr and "Traceback" not in done.stderr


def test_places_is_case_insensitive():
    done = geo("places", "moscow")
    assert done.returncode == 0, done.stderr
    assert " RU " in done.stdout.splitlines()[0]


def test_places_suggests_names_spelt_alike():
    done = geo("places", "Mosscow")
    assert done.returncode == 1
    assert "did you mean" in done.stderr and "Moscow" in done.stderr


def test_extract_reads_standard_input():
    done = subprocess.run([*GEO, "extract", "-", "--published", SEED_PUBLISHED],
                          input=SEED.read_text(encoding="utf-8"), capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "Kursk" in done.stdout and "event " in done.stdout


def test_version_is_the_installed_one():
    from importlib.metadata import version

    done = geo("--version")
    assert done.returncode == 0 and done.stdout.strip() == f"geo {version('geo-conflict-mapper')}"


@pytest.mark.parametrize("command", [[], ["setup"], ["extract"], ["map"], ["places"], ["batch"]])
def test_help_fits_80_columns_and_lists_every_exit_code(command):
    import os

    done = subprocess.run([*GEO, *command, "--help"], capture_output=True, text=True,
                          timeout=60, env=os.environ | {"COLUMNS": "80"})
    assert done.returncode == 0
    assert max(len(line) for line in done.stdout.splitlines()) <= 80
    codes = [line.split()[0] for line in done.stdout.splitlines()
             if line.startswith("    ") and line.split()[0].isdigit()]
    assert codes == [*map(str, range(7)), "130", "141"]
    if command:
        assert "Example" in done.stdout


def _without(module: str, *args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    """Run `geo` as if ``module`` were not installed (None in sys.modules blocks its import)."""
    import os

    code = f"import sys; sys.modules[{module!r}] = None; from geo.cli import main; main()"
    return subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True,
                          timeout=120, env=os.environ | (env or {}))


def test_setup_without_the_setup_extra_says_what_to_install(tmp_path: Path):
    done = _without("wordfreq", "setup", env={"GEO_HOME": str(tmp_path)})
    assert done.returncode == 4
    assert "wordfreq" in done.stderr and "geo-conflict-mapper[setup]" in done.stderr
    assert "Traceback" not in done.stderr and not list(tmp_path.iterdir())


def test_dask_engine_without_dask_says_what_to_install(tmp_path: Path):
    done = _without("distributed", "batch", str(SEED), "--out", str(tmp_path / "out"),
                    "--engine", "dask")
    assert done.returncode == 2
    assert "geo-conflict-mapper[dask]" in done.stderr and "Traceback" not in done.stderr


def test_a_missing_table_is_an_error_not_an_empty_table(tmp_path: Path):
    import os

    done = subprocess.run([*GEO, "extract", str(SEED), "--published", SEED_PUBLISHED],
                          capture_output=True, text=True, timeout=120,
                          env=os.environ | {"GEO_DATA_DIR": str(tmp_path)})
    assert done.returncode == 4
    assert "cannot read the table" in done.stderr and "Traceback" not in done.stderr


def test_extract_warns_of_a_report_it_places_in_a_country_only(tmp_path: Path):
    article = tmp_path / "mali.txt"
    article.write_text("Attack in Mali\n\nJihadist fighters attacked an army base in central"
                       " Mali on Tuesday, killing 12 soldiers.\n", encoding="utf-8")
    done = geo("extract", str(article), "--published", "2025-11-19", "--format", "json")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["events"] == []
    (line,) = [x for x in done.stderr.splitlines() if "country only" in x]
    assert line.startswith("geo: warning: not mapped") and '"Jihadist fighters attacked' in line
