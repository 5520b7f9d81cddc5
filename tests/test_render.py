import json
import re
import subprocess
import sys
from dataclasses import replace
from datetime import date

import pytest
from conftest import KURSK, SUMY

from geo.model import Area, Event, Mention, Place, Reading
from geo.output.map import (
    EVENT_STYLES,
    LEAFLET_CDN,
    OfflineAssetsError,
    json_for_html,
    map_data,
    render_map,
    save_map,
)
from geo.places.regions import regions_layer
from geo.sources.boundaries import load_admin1, load_countries

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
TEMPLATE = "{{ 7*7 }} {% for x in range(3) %}loop{% endfor %} {# note #} {{citation needed}}"
HOSTILE = (
    f"{SCRIPT} Kursk {TEMPLATE}\n"
    f"Ukrainian forces claimed 1,400 square kilometres {IMG} of Kursk.\n"
    f"A strike in Sumy `${{alert(2)}}` \\u003cb\\u003e {IMG} </script><!-- {TEMPLATE}."
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


def _page_data(page: str) -> dict:
    """The JSON document a page draws, parsed as the browser parses it."""
    (block,) = re.findall(r'<script type="application/json" id="geo-data-[^"]+">(.*?)</script>',
                          page, flags=re.S)
    return json.loads(block)


@pytest.fixture(scope="module")
def data(reading, regions, countries) -> dict:
    return map_data(reading, regions=regions, countries=countries)


def test_layers_are_toggleable(page):
    for name in ("Regions by activity", "Stated areas", "Places", "Events"):
        assert f'"{name}"' in page
    assert "L.control.layers" in page


def test_offline_page_has_no_tiles_and_a_cdn_page_offers_them(reading, regions, countries,
                                                              tmp_path):
    assert _page_data(page_of(reading, regions, countries, tmp_path))["tiles"] is None
    online = _page_data(page_of(reading, regions, countries, tmp_path, cdn=True))
    assert online["tiles"]["name"] == "OpenStreetMap tiles"


def page_of(reading, regions, countries, tmp_path, **options) -> str:
    fmap = render_map(reading, regions=regions, countries=countries, **options)
    return save_map(fmap, tmp_path / "page.html").read_text(encoding="utf-8")


def test_view_fits_the_content(data):
    (south, west), (north, east) = data["bounds"]
    assert 49 < south < 50.95 and 51.7 < north < 53  # Sumy and Kursk oblasts
    assert 32 < west < 34.8 and 36.2 < east < 40


def test_event_popup_shows_counts_actors_and_source(data):
    strike = next(e for e in data["events"] if "Shelling" in e["heading"])
    rows = dict(strike["rows"])
    assert (rows["Fatalities"], rows["Injured"], rows["Counts"]) == ("6", "10", "2 missiles")
    assert rows["Actor 1"] == "Military Forces of Russia"
    assert strike["sources"] == ["A missile strike in Sumy killed at least six servicemen "
                                 "and injured ten more."]
    assert rows["Date"] == "2025-05-20"


def test_area_popup_says_shape_is_illustrative_with_method(data, page, reading):
    (area,) = data["areas"]
    assert area["heading"] == "Size stated in the article, shape illustrative."
    assert dict(area["rows"])["Method"] == reading.areas[0].method
    assert "fill: url(#geo-hatch)" in page


def test_legend_lists_event_types_and_title_shows_date(data):
    assert [s["event_type"] for s in data["styles"]["events"]] == list(EVENT_STYLES)
    assert data["title"] == "Putin visits Kursk"
    assert data["subtitle"] == "Published 2025-05-21"


def test_attribution_names_geonames_and_natural_earth(data, page):
    assert [a["name"] for a in data["attribution"]] == ["GeoNames", "Natural Earth"]
    assert "attributionControl.addAttribution" in page


def test_country_points_are_not_drawn_as_places(data, reading):
    assert all(p["kind"] != "country" for p in data["places"])
    assert {p["name"] for p in data["places"]} == {"Kursk Oblast", "Sumy Oblast"}


def test_base_layer_names_the_countries(data):
    names = {label["name"] for label in data["base"]["labels"]}
    assert {"Russia", "Ukraine", "France"} <= names


def test_article_text_reaches_the_page_only_as_escaped_data(admin1, countries, kursk_area,
                                                            sumy_strike, tmp_path):
    hostile = _reading(HOSTILE, kursk_area(HOSTILE, admin1, countries), sumy_strike)
    fmap = render_map(hostile, regions=regions_layer(hostile, admin1), countries=countries)
    page = save_map(fmap, tmp_path / "hostile.html").read_text(encoding="utf-8")
    assert SCRIPT not in page and IMG not in page and "<!--" not in page
    assert "looplooploop" not in page  # the template's loop never ran
    drawn = _page_data(page)
    assert drawn["title"] == hostile.title  # literally, braces and markup included
    assert drawn["events"][0]["sources"] == [HOSTILE.splitlines()[-1]]
    assert TEMPLATE in drawn["title"] and "</script><!--" in drawn["events"][0]["sources"][0]


def test_json_for_html_cannot_close_its_element():
    text = json_for_html({"a": "</script><script>alert(1)</script><!-- & \u2028"})
    assert "<" not in text and ">" not in text and "&" not in text
    assert json.loads(text)["a"].startswith("</script>")


def test_html_stays_small(page):
    assert len(page.encode()) < 1_000_000


def test_save_map_leaves_no_temporary_files(reading, regions, countries, tmp_path):
    fmap = render_map(reading, regions=regions, countries=countries)
    save_map(fmap, tmp_path / "out" / "a.html")
    assert [p.name for p in (tmp_path / "out").iterdir()] == ["a.html"]


def test_empty_reading_renders_a_world_map(admin1, countries, tmp_path):
    empty = Reading("empty", "Nothing here.", None)
    drawn = _page_data(page_of(empty, regions_layer(empty, admin1), countries, tmp_path))
    assert drawn["subtitle"] == "Published date unknown"
    assert drawn["bounds"] is None and drawn["events"] == [] and drawn["base"]["world"]


def test_run_id_is_written_into_the_page(reading, regions, countries, tmp_path):
    page = page_of(reading, regions, countries, tmp_path, run_id='r1"><b>')
    assert '<meta name="geo-run-id" content="r1&quot;&gt;&lt;b&gt;">' in page


def test_extraction_modules_do_not_import_folium():
    code = ("import sys, geo.areas.stated, geo.output.files, geo.pipeline;"
            "print('folium' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_default_page_loads_nothing_from_outside(page):
    assert "<script src=" not in page and "<link " not in page
    assert "tile.openstreetmap.org" not in page
    assert "L.control.layers" in page and "window.L=" in page  # Leaflet itself, inlined
    assert "url(images/" not in page  # its CSS images as data: URIs


def test_cdn_page_loads_only_leaflet(reading, regions, countries, tmp_path):
    page = page_of(reading, regions, countries, tmp_path, cdn=True)
    assert re.findall(r'<script src="([^"]+)"', page) == [LEAFLET_CDN[0]]
    assert "window.L=" not in page


def test_missing_leaflet_is_reported(reading, regions, countries, tmp_path, monkeypatch):
    monkeypatch.setattr("geo.output.map.LEAFLET_DIR", tmp_path)
    with pytest.raises(OfflineAssetsError, match="libjs-leaflet"):
        render_map(reading, regions=regions, countries=countries)


def test_time_control_knows_each_event_date(data, reading):
    assert [e["day"] for e in data["events"]] == [e.date.isoformat() for e in reading.events]


def test_region_precision_event_is_drawn_as_its_region(data, regions):
    visit = next(e for e in data["events"] if e["heading"].startswith("Strategic"))
    assert data["regions"][visit["region"]]["name"] == regions["name"][visit["region"]]
    assert regions["admin1_iso"][visit["region"]] == "RU-KRS"
    assert "the text names no town" in dict(visit["rows"])["Where"]


def test_event_date_says_its_precision(reading, regions, countries):
    strike = replace(reading.events[0], date_precision="month")
    month = replace(reading, events=[strike])
    (event,) = map_data(month, regions=regions, countries=countries)["events"]
    assert dict(event["rows"])["Date"] == "2025-05-20 (to the month)"


def test_low_confidence_is_drawn_as_doubt_with_its_reason(reading, regions, countries):
    unsure = replace(SUMY, confidence=0.2, reason="two Sumys; the one near the others")
    strike = replace(reading.events[0], location=unsure)
    mention = Mention(0, 4, "Sumy", unsure)
    doubtful = replace(reading, events=[strike], mentions=[mention])
    drawn = map_data(doubtful, regions=regions, countries=countries)
    (event,), (place,) = drawn["events"], drawn["places"]
    why = "Uncertain place (confidence 0.20): two Sumys; the one near the others"
    assert event["doubt"] == place["doubt"] == why
    assert dict(place["rows"])["Confidence"] == "0.20 (two Sumys; the one near the others)"
    assert drawn["styles"]["shows"]["uncertain_event"] and data_is_json(drawn)


def data_is_json(data: dict) -> bool:
    return json.loads(json_for_html(data)) == json.loads(json.dumps(data))


def test_confident_places_are_not_doubted(data):
    assert all(p["doubt"] is None for p in data["places"])
    assert not data["styles"]["shows"]["uncertain_place"]


def test_regions_near_the_content_are_named_once(reading, regions, countries, admin1):
    drawn = map_data(reading, regions=regions, countries=countries, admin1=admin1)
    names = [r["name"] for r in drawn["base"]["region_labels"]]
    assert "Belgorod" in names and "Kharkiv" in names
    assert not set(names) & set(regions["name"])  # the regions layer names its own
    assert 50 < len(names) < 400


def test_a_country_is_also_named_near_the_content(data):
    russia = [c for c in data["base"]["labels"] if c["name"] == "Russia"]
    assert len(russia) == 2  # in Siberia, and near Kursk
    assert any(abs(c["lon"] - 36) < 11 for c in russia)


def test_view_fits_the_events_not_a_far_mention(reading, regions, countries):
    vienna = Place("Vienna", "city", 48.21, 16.37, "AT", "AT-9", "Vienna")
    far = replace(reading, mentions=[*reading.mentions, Mention(0, 6, "Vienna", vienna)])
    (south, west), _ = map_data(far, regions=regions, countries=countries)["bounds"]
    assert west > 30 and south > 49
