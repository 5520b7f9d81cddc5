"""The QGIS project (NAME.qgs) in real QGIS: Debian's python3-qgis, headless.

PyQGIS is built for the system Python, so each project is opened in a subprocess
(``tests/qgis_check.py`` under /usr/bin/python3, Qt's offscreen platform), which reports
what QGIS sees and renders the map to a PNG (saved as ``maps/NAME.qgis.png``). `make test`
installs python3-qgis; without it these tests are skipped. The XML checks at the end need
no QGIS.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from datetime import date, timedelta
from functools import cache
from pathlib import Path

import pytest
from conftest import ROOT, SEED, SEED_PUBLISHED

from geo.output.qgis import project_xml
from geo.output.styles import base_style, qgis_styles

SYSTEM_PYTHON = Path("/usr/bin/python3")
CHECK = Path(__file__).with_name("qgis_check.py")
STORY = ROOT / "tests" / "data" / "stories" / "kharkiv_offensive.txt"
STORY_PUBLISHED = "2025-06-10"
LAYERS = {"Events (ACLED type)": ("Point", "categorizedSymbol"),
          "Places": ("Point", "categorizedSymbol"),
          "Stated areas": ("MultiPolygon", "singleSymbol"),
          "Regions by activity": ("MultiPolygon", "graduatedSymbol"),
          "Countries (offline)": ("MultiPolygon", "singleSymbol")}


@cache
def has_pyqgis() -> bool:
    if not SYSTEM_PYTHON.exists():
        return False
    found = subprocess.run([SYSTEM_PYTHON, "-c", "import qgis.core"], capture_output=True,
                           check=False)
    return found.returncode == 0


needs_qgis = pytest.mark.skipif(
    not has_pyqgis(),
    reason="PyQGIS not found for /usr/bin/python3 (Debian package `python3-qgis`; "
    "`make test` installs it)",
)


def geo_map(article: Path, published: str, out: Path) -> Path:
    geo = Path(sys.executable).with_name("geo")
    subprocess.run([geo, "map", article, "--published", published, "--out", out],
                   check=True, capture_output=True)
    return out / f"{article.stem}.qgs"


def open_in_qgis(project: Path, png: Path) -> dict:
    env = os.environ | {"QT_QPA_PLATFORM": "offscreen", "XDG_RUNTIME_DIR": str(png.parent)}
    done = subprocess.run([SYSTEM_PYTHON, CHECK, project, png], capture_output=True,
                          text=True, env=env, timeout=120, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


@pytest.fixture(scope="module")
def seed_project(tmp_path_factory) -> tuple[Path, dict]:
    out = tmp_path_factory.mktemp("qgis")
    project = geo_map(SEED, SEED_PUBLISHED, out)
    png = out / "seed.qgis.png"
    seen = open_in_qgis(project, png)
    (ROOT / "maps").mkdir(exist_ok=True)
    shutil.copyfile(png, ROOT / "maps" / "seed.qgis.png")
    return project, seen


@needs_qgis
def test_project_opens_every_layer_styled(seed_project):
    project, seen = seed_project
    view = json.loads(project.with_suffix(".json").read_text())
    layers = seen["layers"]
    assert set(layers) == set(LAYERS)
    for name, (geometry, renderer) in LAYERS.items():
        assert layers[name]["valid"], name
        assert (layers[name]["geometry"], layers[name]["renderer"]) == (geometry, renderer)
        assert layers[name]["crs"] == "EPSG:4326"
    assert layers["Events (ACLED type)"]["features"] == len(view["events"])
    assert layers["Places"]["features"] == len(view["places"])
    assert layers["Stated areas"]["features"] == len(view["areas"])
    assert "Battles" in layers["Events (ACLED type)"]["categories"]
    assert seen["tree"] == [["Article", ["Events (ACLED type)", "Places", "Stated areas",
                                         "Regions by activity"]],
                            ["Base map", ["Countries (offline)"]]]
    assert seen["crs"] == "EPSG:3857" and seen["title"] == view["title"]


@needs_qgis
def test_places_regions_and_countries_are_labelled(seed_project):
    layers = seed_project[1]["layers"]
    for name in ("Places", "Regions by activity", "Countries (offline)"):
        assert (layers[name]["labels"], layers[name]["label_field"]) == (True, "name")


@needs_qgis
def test_date_is_a_date_field_and_the_temporal_controller_spans_the_events(seed_project):
    project, seen = seed_project
    events = seen["layers"]["Events (ACLED type)"]
    assert events["fields"]["date"] == "Date"
    assert events["temporal"] == {"active": True, "mode": 1, "start_field": "date"}
    days = sorted(e["date"] for e in json.loads(project.with_suffix(".json").read_text())
                  ["events"] if e["date"])
    last = (date.fromisoformat(days[-1]) + timedelta(days=1)).isoformat()
    assert seen["time_range"] == [days[0], last]


@needs_qgis
def test_project_renders_the_map(seed_project):
    render = seed_project[1]["render"]
    assert (render["width"], render["height"]) == (1200, 800)
    assert render["drawn"] > 0.5 and render["colours"] > 20
    assert (ROOT / "maps" / "seed.qgis.png").stat().st_size > 20_000


@needs_qgis
def test_project_and_geopackage_move_together(seed_project, tmp_path):
    project, _ = seed_project
    moved = tmp_path / "moved"
    moved.mkdir()
    for suffix in (".qgs", ".gpkg"):
        shutil.copyfile(project.with_suffix(suffix), moved / f"seed{suffix}")
    seen = open_in_qgis(moved / "seed.qgs", tmp_path / "moved.png")
    assert all(layer["valid"] for layer in seen["layers"].values())
    assert all(layer["source"].startswith(str(moved)) for layer in seen["layers"].values())


@needs_qgis
def test_a_new_story_opens_and_renders(tmp_path):
    project = geo_map(STORY, STORY_PUBLISHED, tmp_path)
    png = tmp_path / f"{STORY.stem}.qgis.png"
    seen = open_in_qgis(project, png)
    assert all(layer["valid"] for layer in seen["layers"].values())
    assert seen["layers"]["Stated areas"]["features"] == 1
    assert seen["render"]["drawn"] > 0.5
    shutil.copyfile(png, ROOT / "maps" / png.name)


@needs_qgis
def test_an_article_with_nothing_to_map_opens_empty_layers(tmp_path):
    article = tmp_path / "quiet.txt"
    article.write_text("Markets were calm\nNothing of note happened on Tuesday.\n")
    seen = open_in_qgis(geo_map(article, SEED_PUBLISHED, tmp_path), tmp_path / "quiet.png")
    layers = seen["layers"]
    for name, (geometry, _) in LAYERS.items():
        assert layers[name]["valid"] and layers[name]["geometry"] == geometry, name
    assert layers["Events (ACLED type)"]["features"] == 0
    assert layers["Events (ACLED type)"]["fields"]["date"] == "Date"
    assert seen["time_range"] is None


def _project(title: str) -> ET.Element:
    text = project_xml(source="./x.gpkg", title=title,
                       styles=[*qgis_styles([0, 3]), base_style()],
                       bounds=[[50.0, 30.0], [52.0, 36.0]],
                       dates=[date(2025, 5, 20), date(2025, 5, 21)])
    assert text.startswith("<!DOCTYPE qgis")
    return ET.fromstring(text.split("\n", 1)[1])


def test_project_xml_keeps_a_hostile_title_as_text():
    title = "</title><script>alert(1)</script> & \"q\" 'a' {{ 7*7 }} <!-- ]]>"
    root = _project(title)
    assert root.find("title").text == title and root.get("projectname") == title
    assert root.find(".//script") is None


def test_project_xml_replaces_characters_xml_cannot_hold():
    root = _project("a\x00b\x0bc\x1f\ufffe d\u2028e \U0001f600")
    assert root.find("title").text == "a\ufffdb\ufffdc\ufffd\ufffd d\u2028e \U0001f600"


def test_project_xml_layers_are_relative_and_temporal():
    root = _project("t")
    sources = [e.text for e in root.iter("datasource")]
    assert sources == [f"./x.gpkg|layername={n}"
                       for n in ("events", "places", "areas", "regions", "countries")]
    (temporal,) = [t for t in root.iter("temporal") if t.get("enabled") == "1"]
    assert (temporal.get("startField"), temporal.get("mode")) == ("date", "1")
    span = root.find("ProjectTimeSettings/TemporalRange")
    assert (span.find("start").text, span.find("end").text) == (
        "2025-05-20T00:00:00Z", "2025-05-22T00:00:00Z")



@needs_qgis
def test_a_hostile_headline_is_the_project_title_in_qgis(tmp_path):
    marker = tmp_path / "PWNED"
    headline = (f"Strike {{{{ 7*7 }}}} </title><script>alert(1)</script> & \"q\" <!-- "
                f"{{{{ cycler.__init__.__globals__.os.system('touch {marker}') }}}}")
    article = tmp_path / "hostile.txt"
    article.write_text(f"{headline}\nA missile strike in Sumy killed six soldiers on Monday.\n")
    seen = open_in_qgis(geo_map(article, SEED_PUBLISHED, tmp_path), tmp_path / "hostile.png")
    assert seen["title"] == headline
    assert all(layer["valid"] for layer in seen["layers"].values())
    assert not marker.exists()
