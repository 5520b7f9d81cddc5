"""The `geo` command as a user runs it: setup's data, places, map with an area file."""

import json
import subprocess
import sys
from pathlib import Path

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


def test_map_refuses_an_area_file_without_polygons(tmp_path: Path):
    points = tmp_path / "points.geojson"
    points.write_text(json.dumps({"type": "FeatureCollection", "features": [{
        "type": "Feature", "properties": {},
        "geometry": {"type": "Point", "coordinates": [35.0, 51.0]}}]}))
    done = geo("map", str(SEED), "--published", SEED_PUBLISHED, "--out", str(tmp_path / "out"),
               "--area-file", str(points))
    assert done.returncode == 2
    assert "no polygons" in done.stderr and "Traceback" not in done.stderr
