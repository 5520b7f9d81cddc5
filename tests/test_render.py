import json
import re
import subprocess
import sys
from dataclasses import replace
from datetime import date

import folium
import pytest
from conftest import KURSK, SUMY

from geo.boundaries import load_admin1, load_countries
from geo.model import Area, Event, Mention, Reading
from geo.regions import regions_layer
from geo.render import EVENT_STYLES, OfflineAssetsError, render_map, save_map

SCRIPT = "<script>alert(1)</script>"
IMG = "<img src=x onerror=alert(1)>"


@pytest.fixture(scope="module")
def admin1():
    return load_admin1()


@pytest.fixture(scope="module")
def countries():
    return load_countries()


def _reading(text: str, area: Area, sumy_strike: Event) -> Reading:
    strike = replace(sumy_strike, counts={"missiles": 2}, sources=[text.splitlines()[-1]])
    visit = Event(
        "Strategic developments",
        "Other",
        KURSK,
        3,
        date(2025, 5, 20),
        "day",
        "Government of Russia",
    )
    mentions = [
        Mention(text.index(w), text.index(w) + len(w), w, p)
        for w, p in (("Kursk", KURSK), ("Sumy", SUMY))
    ]
    return Reading("test", text, date(2025, 5, 21), mentions, [strike, visit], [area])


ARTICLE = (
    "Putin visits Kursk\n"
    "Ukrainian forces claimed nearly 1,400 square kilometres (540 square miles) of Kursk.\n"
    "A missile strike in Sumy killed at least six servicemen and injured ten more."
)
HOSTILE = (
    f"{SCRIPT} Kursk\n"
    f"Ukrainian forces claimed 1,400 square kilometres {IMG} of Kursk.\n"
    f"A strike in Sumy `${{alert(2)}}` \\u003cb\\u003e {IMG}."
)


@pytest.fixture(scope="module")
def reading(admin1, countries, kursk_area, sumy_strike) -> Reading:
    return _reading(ARTICLE, kursk_area(ARTICLE, admin1, countries), sumy_strike)


@pytest.fixture(scope="module")
def regions(reading, admin1):
    return regions_layer(reading, admin1)


@pytest.fixture(scope="module")
def page(reading, regions, countries, tmp_path_factory) -> str:
    fmap = render_map(reading, regions=regions, countries=countries)
    path = save_map(fmap, tmp_path_factory.mktemp("map") / "test.html")
    return path.read_text(encoding="utf-8")


def _as_browser_sees(page: str) -> str:
    """The page with JSON/JS string escapes undone, as the strings are once parsed."""
    return re.sub(r"\\u([0-9a-fA-F]{4})", lambda m: chr(int(m.group(1), 16)), page)


def test_layers_are_toggleable(page):
    for name in ("Regions by activity", "Stated areas", "Places", "Events"):
        assert f'"{name}"' in page
    assert "L.control.layers" in page


def test_offline_base_layer_is_shown_and_tiles_are_optional(reading, regions, countries):
    fmap = render_map(reading, regions=regions, countries=countries)
    children = list(fmap._children.values())
    bases = [c for c in children if isinstance(c, folium.map.Layer) and not c.overlay]
    assert [(b.layer_name, b.show) for b in bases] == [
        ("Countries (offline)", True),
        ("OpenStreetMap tiles", False),
    ]


def test_view_fits_the_content(reading, regions, countries):
    fmap = render_map(reading, regions=regions, countries=countries)
    (fit,) = [c for c in fmap._children.values() if isinstance(c, folium.FitBounds)]
    (south, west), (north, east) = fit.bounds
    assert 49 < south < 50.95 and 51.7 < north < 53  # Sumy and Kursk oblasts
    assert 32 < west < 34.8 and 36.2 < east < 40


def test_event_popup_shows_counts_actors_and_source(page):
    assert "<th>Fatalities</th><td>6</td>" in page
    assert "<th>Injured</th><td>10</td>" in page
    assert "<td>2 missiles</td>" in page
    assert "<td>Military Forces of Russia</td>" in page
    assert "killed at least six servicemen and injured ten more." in page
    assert "<td>2025-05-20</td>" in page


def test_area_popup_says_shape_is_illustrative_with_method(page, reading):
    assert "Size stated in the article, shape illustrative." in page
    assert reading.areas[0].method in page
    assert "fill: url(#geo-hatch)" in page


def test_legend_lists_event_types_and_title_shows_date(page):
    for event_type in EVENT_STYLES:
        assert event_type in page
    assert '<div class="geo-title"><b>Putin visits Kursk</b>' in page
    assert "Published 2025-05-21" in page


def test_attribution_names_geonames_and_natural_earth(page):
    assert "GeoNames" in page and "Natural Earth" in page
    assert "attributionControl.addAttribution" in page


def test_article_markup_is_escaped_not_run(admin1, countries, kursk_area, sumy_strike, tmp_path):
    hostile = _reading(HOSTILE, kursk_area(HOSTILE, admin1, countries), sumy_strike)
    fmap = render_map(hostile, regions=regions_layer(hostile, admin1), countries=countries)
    seen = _as_browser_sees(save_map(fmap, tmp_path / "hostile.html").read_text())
    assert SCRIPT not in seen and IMG not in seen
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in seen
    assert "&lt;img src=x onerror=alert(1)&gt;" in seen
    assert "${alert(2)}" not in seen and "&#36;{alert(2)}" in seen
    assert "<b>" not in seen.split("A strike in Sumy", 1)[1].split("</blockquote>")[0]


def test_html_stays_small(page):
    assert len(page.encode()) < 1_500_000


def test_save_map_leaves_no_temporary_files(reading, regions, countries, tmp_path):
    fmap = render_map(reading, regions=regions, countries=countries)
    save_map(fmap, tmp_path / "out" / "a.html")
    assert [p.name for p in (tmp_path / "out").iterdir()] == ["a.html"]


def test_empty_reading_renders_a_world_map(admin1, countries):
    empty = Reading("empty", "Nothing here.", None)
    fmap = render_map(empty, regions=regions_layer(empty, admin1), countries=countries)
    html = fmap.get_root().render()
    assert "date unknown" in html
    assert not [c for c in fmap._children.values() if isinstance(c, folium.FitBounds)]


def test_extraction_modules_do_not_import_folium():
    code = "import sys, geo.areas, geo.export, geo.pipeline; print('folium' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_self_contained_page_loads_nothing_from_outside(reading, regions, countries, tmp_path):
    fmap = render_map(reading, regions=regions, countries=countries, self_contained=True)
    page = save_map(fmap, tmp_path / "offline.html").read_text(encoding="utf-8")
    assert "<script src=" not in page and "<link " not in page
    assert "tile.openstreetmap.org" not in page
    assert "L.control.layers" in page and "window.L=" in page  # Leaflet itself, inlined
    assert "url(images/" not in page  # its CSS images as data: URIs


def test_missing_leaflet_is_reported(reading, regions, countries, tmp_path, monkeypatch):
    monkeypatch.setattr("geo.render.LEAFLET_DIR", tmp_path)
    with pytest.raises(OfflineAssetsError, match="libjs-leaflet"):
        render_map(reading, regions=regions, countries=countries, self_contained=True)


def test_time_control_knows_each_event_date(page, reading):
    days = sorted({e.date.isoformat() for e in reading.events if e.date})
    assert f"var days = {json.dumps(days)};" in page
    assert page.count('"2025-05-20"],') == len(reading.events)
