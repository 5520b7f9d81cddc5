"""Hostile payloads through every path text takes to the outputs: nothing runs, no file
appears, no dialog opens in a real browser, and the text is shown literally.

The payloads sit in an article's headline, event sentences and area sentence, in batch
ids and URLs, in the place names an online geocoder answers (a loopback stand-in for
Nominatim) and in the name of an ``--area-file``. Each Jinja payload would create a marker
file if the text were ever compiled as a template.
"""

from __future__ import annotations

import copy
import json
import os
import subprocess
import sys
from pathlib import Path

import geopandas as gpd
import pytest
from chromium import Page, needs_chromium
from nominatim_stub import ANSWERS, NominatimStub
from shapely.geometry import box

GEO = Path(sys.executable).with_name("geo")
PUBLISHED = "2025-05-21"


def quote_free(command: str) -> str:
    """A Jinja payload running ``command``, spelt with ``chr()`` so that HTML escaping of
    quotes cannot defuse it."""
    chars = " ~ ".join(f"g.__builtins__.chr({ord(c)})" for c in command)
    return f"{{% set g = cycler.__init__.__globals__ %}}{{{{ g.os.system({chars}) }}}}"


def payloads(marker: Path) -> list[str]:
    """Template, markup, script, style, JSON and Unicode payloads."""
    return [
        quote_free(f"touch {marker}"),
        f'{{{{ cycler.__init__.__globals__.os.system("touch {marker}") }}}}',
        f'{{% for x in [1] %}}{{{{ lipsum.__globals__["os"].popen("touch {marker}") }}}}'
        "{% endfor %}",
        "{{ 7*7 }} {{citation needed}} {# open comment {% raw %} }} {%",
        "<script>window.pwned=1;alert(1)</script>",
        "<img src=x onerror=alert(2)> <svg onload=alert(3)></svg>",
        '"}]}</script><script>alert(4)//',
        "</style><style>*{display:none}</style>",
        "${alert(5)} `+alert(6)+` \\u003cb\\u003e <!-- ]]> javascript:alert(7)",
        "\u202eevil\u202c zero\u200bwidth\u200d join \u2028line\u2029 end",
    ]


def hostile_article(marker: Path) -> str:
    p = payloads(marker)
    return (
        f"Strike near Robotyne {' '.join(p)}\n"
        f"A missile strike in Sumy killed six soldiers on Monday {p[0]} {p[3]} {p[5]}.\n"
        f"Russian forces shelled the village of Robotyne on Tuesday with missiles "
        f"{p[1]} {p[4]} {p[8]}.\n"
        f"Ukrainian forces held nearly 1,400 square kilometres of Kursk {p[2]} {p[6]} {p[7]}.\n"
    )


def geo(*args: object, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([str(GEO), *map(str, args)], capture_output=True, text=True,
                          timeout=300, check=False, env=env)


def shown(text: str) -> str:
    """Text as a browser lays it out: runs of white space (and line separators) as one."""
    return " ".join(text.split())


def assert_literal_page(page: Page, lines: list[str], marker: Path) -> None:
    """No dialog, no script error, nothing injected; the title and the popups show the
    article's own lines exactly."""
    assert page.dialogs == [] and page.errors == [] and page.off_network() == []
    assert page.page.evaluate("window.pwned === undefined")
    assert page.count("img[src=x], svg[onload], .leaflet-container script") == 0
    title = page.page.locator(".geo-title b").inner_text()
    assert shown(lines[0]).startswith(shown(title).removesuffix("…"))  # long titles are cut
    popups = " ".join(shown(t) for t in page.popup_texts())
    assert any(shown(line) in popups for line in lines[1:])
    assert not marker.exists()


@pytest.fixture
def marker(tmp_path) -> Path:
    return tmp_path / "PWNED"


@pytest.fixture(scope="module")
def robotyne() -> list[dict]:
    return json.loads((ANSWERS / "robotyne.json").read_text(encoding="utf-8"))


def test_geo_map_runs_nothing_and_writes_only_its_outputs(marker, tmp_path):
    article = tmp_path / "hostile.txt"
    article.write_text(hostile_article(marker), encoding="utf-8")
    result = geo("map", article, "--published", PUBLISHED, "--out", tmp_path / "out")
    assert result.returncode == 0, result.stderr
    assert not marker.exists()
    made = sorted(p.name for p in (tmp_path / "out").iterdir() if not p.name.startswith("."))
    assert all(name.startswith("hostile.") for name in made)
    reading = json.loads((tmp_path / "out" / "hostile.json").read_text(encoding="utf-8"))
    assert reading["title"] == article.read_text(encoding="utf-8").splitlines()[0].strip()


def test_geo_batch_runs_nothing_with_hostile_texts_ids_and_urls(marker, tmp_path):
    p = payloads(marker)
    rows = [{"id": f"a{i}{q}", "text": hostile_article(marker), "published": PUBLISHED,
             "url": f"https://example.org/{q}"} for i, q in enumerate(p[:3])]
    jsonl = tmp_path / "articles.jsonl"
    jsonl.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    result = geo("batch", jsonl, "--out", tmp_path / "out", "--workers", "1")
    assert result.returncode == 0, result.stderr
    assert not marker.exists()
    assert (tmp_path / "out" / "batch.html").exists()


def map_with_a_hostile_geocoder(name: str, marker: Path, tmp_path: Path,
                                robotyne: list[dict]) -> Path:
    """``geo map`` of the hostile article, with a loopback Nominatim that answers ``name``
    for Robotyne; the output folder."""
    hostile = copy.deepcopy(robotyne)
    hostile[0]["name"] = name
    hostile[0]["display_name"] = f"{name}, Ukraine"
    hostile[0]["address"]["village"] = name
    article = tmp_path / "online.txt"
    article.write_text(hostile_article(marker), encoding="utf-8")
    env = os.environ | {"GEO_CACHE_DIR": str(tmp_path / "cache"),
                        "GEO_USER_AGENT": "geo-tests/1 (t@example.org)"}
    with NominatimStub(answers={"robotyne": hostile}) as stub:
        result = geo("map", article, "--published", PUBLISHED, "--out", tmp_path / "out",
                     "--geocoder", "nominatim", "--nominatim-url", stub.url, env=env)
    assert result.returncode == 0, result.stderr
    return tmp_path / "out"


def test_geocoder_answers_are_data(marker, tmp_path, robotyne):
    name = f"Robotyne {payloads(marker)[0]} <img src=x onerror=alert(1)>"
    map_with_a_hostile_geocoder(name, marker, tmp_path, robotyne)
    assert not marker.exists()
    reading = json.loads((tmp_path / "out" / "online.json").read_text(encoding="utf-8"))
    assert name in {m["place"]["name"] for m in reading["mentions"] if m["place"]}


def test_area_file_name_is_data(marker, tmp_path):
    article = tmp_path / "area.txt"
    article.write_text(hostile_article(marker), encoding="utf-8")
    outline = tmp_path / "{{ 7*7 }}<b onclick=alert(1)>x{%.geojson"
    gpd.GeoDataFrame({"note": [payloads(marker)[0]]}, geometry=[box(34.5, 51.0, 35.0, 51.4)],
                     crs=4326).to_file(outline)
    result = geo("map", article, "--published", PUBLISHED, "--out", tmp_path / "out",
                 "--area-file", outline)
    assert result.returncode == 0, result.stderr
    assert not marker.exists()
    reading = json.loads((tmp_path / "out" / "area.json").read_text(encoding="utf-8"))
    assert reading["areas"][0]["shape_source"] == outline.name


@needs_chromium
def test_map_shows_payloads_literally_in_chromium(browser, marker, tmp_path):
    text = hostile_article(marker)
    article = tmp_path / "hostile.txt"
    article.write_text(text, encoding="utf-8")
    assert geo("map", article, "--published", PUBLISHED, "--out", tmp_path).returncode == 0
    page = Page(browser, tmp_path / "hostile.html")
    assert_literal_page(page, text.splitlines(), marker)
    page.page.close()


@needs_chromium
def test_batch_map_shows_payloads_literally_in_chromium(browser, marker, tmp_path):
    text = hostile_article(marker)
    jsonl = tmp_path / "articles.jsonl"
    jsonl.write_text(json.dumps({"id": payloads(marker)[2], "text": text,
                                 "published": PUBLISHED}) + "\n", encoding="utf-8")
    assert geo("batch", jsonl, "--out", tmp_path / "out", "--workers", "1").returncode == 0
    page = Page(browser, tmp_path / "out" / "batch.html")
    assert page.dialogs == [] and page.errors == [] and page.off_network() == []
    popups = " ".join(shown(t) for t in page.popup_texts())
    assert any(shown(line) in popups for line in text.splitlines()[1:])
    assert page.page.evaluate("window.pwned === undefined") and not marker.exists()
    page.page.close()


def labels_and_panel(page: Page) -> tuple[list[str], list[str]]:
    """The texts of every label (shown or not) and of every line of the events panel."""
    labels = page.page.locator(".geo-label-text").all_text_contents()
    return labels, page.page.locator(".geo-panel-text").all_text_contents()


@needs_chromium
def test_geocoder_names_show_literally_as_labels_and_in_the_events_panel(
        browser, marker, tmp_path, robotyne):
    name = f"Robotyne {payloads(marker)[0]} <img src=x onerror=alert(1)> {payloads(marker)[6]}"
    map_with_a_hostile_geocoder(name, marker, tmp_path, robotyne)
    page = Page(browser, tmp_path / "out" / "online.html")
    labels, panel = labels_and_panel(page)
    assert name in labels  # the place's label, as text
    assert any(name in line for line in panel)  # the event there, in the panel
    for i in range(page.count(".geo-panel-item")):
        page.page.locator(".geo-panel-item").nth(i).click()
        page.page.locator(".leaflet-popup-content").last.wait_for()
    assert page.dialogs == [] and page.errors == [] and page.off_network() == []
    assert page.count("img[src=x], svg[onload], .leaflet-container script") == 0
    assert page.page.evaluate("window.pwned === undefined") and not marker.exists()
    page.page.close()


@needs_chromium
def test_boundary_names_show_literally_as_region_labels(browser, marker, tmp_path, outlines):
    import pyogrio

    p = payloads(marker)
    hostile = {"RU-KRS": f"Kursk {p[0]}", "UA-59": f"Sumy {p[4]} {p[5]}",
               "RU-BEL": f"Belgorod {p[6]}", "RU-ORL": f"Oryol {p[3]} {p[9]}"}
    sample = outlines.admin1[outlines.admin1["admin1_iso"].isin(list(hostile))]
    frame = sample.assign(shapeName=sample["admin1_iso"].map(hostile),
                          shapeISO=sample["admin1_iso"],
                          shapeGroup=sample["country"].map({"UA": "UKR", "RU": "RUS"}))
    boundaries = tmp_path / "geoBoundaries-ADM1.geojson"
    pyogrio.write_dataframe(frame[["shapeName", "shapeISO", "shapeGroup", "geometry"]],
                            boundaries, driver="GeoJSON")
    article = tmp_path / "hostile.txt"
    article.write_text(hostile_article(marker), encoding="utf-8")
    result = geo("map", article, "--published", PUBLISHED, "--out", tmp_path / "out",
                 "--boundaries", boundaries)
    assert result.returncode == 0, result.stderr
    page = Page(browser, tmp_path / "out" / "hostile.html")
    labels, _ = labels_and_panel(page)
    assert set(hostile.values()) & set(labels)  # region names, as text
    assert page.dialogs == [] and page.errors == [] and page.off_network() == []
    assert page.count("img[src=x], svg[onload], .leaflet-container script") == 0
    assert page.page.evaluate("window.pwned === undefined") and not marker.exists()
    page.page.close()


def test_qgis_project_keeps_payloads_as_xml_text(marker, tmp_path):
    import xml.etree.ElementTree as ET

    rows = [{"id": payloads(marker)[2], "text": hostile_article(marker), "published": PUBLISHED}]
    jsonl = tmp_path / "articles.jsonl"
    jsonl.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    article = tmp_path / "hostile.txt"
    article.write_text(hostile_article(marker), encoding="utf-8")
    assert geo("map", article, "--published", PUBLISHED, "--out", tmp_path).returncode == 0
    assert geo("batch", jsonl, "--out", tmp_path / "batch", "--workers", "1").returncode == 0
    for project in (tmp_path / "hostile.qgs", tmp_path / "batch" / "batch.qgs"):
        body = project.read_text(encoding="utf-8").split("\n", 1)[1]
        root = ET.fromstring(body)  # well-formed XML
        assert [m.find("layername").text for m in root.iter("maplayer")] == [
            "Events (ACLED type)", "Places", "Stated areas", "Regions by activity",
            "Countries (offline)"]
        assert root.find(".//script") is None and root.find(".//img") is None
    project = (tmp_path / "hostile.qgs").read_text(encoding="utf-8")
    root = ET.fromstring(project.split("\n", 1)[1])
    headline = hostile_article(marker).splitlines()[0].strip()
    assert root.find("title").text == headline == root.get("projectname")
    assert not marker.exists()
