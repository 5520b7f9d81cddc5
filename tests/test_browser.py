"""The seed's map in a real browser (Debian's chromium, driven by Playwright).

Every request that is not for a file:// URL is aborted and recorded, so the page must work
with the network blocked. `make test` installs chromium; without it these tests are skipped.
"""

import json
import subprocess
import sys
from pathlib import Path

import pytest
from chromium import Page, needs_chromium
from conftest import ROOT, SEED, SEED_PUBLISHED

OVERLAYS = ["Regions by activity", "Stated areas", "Places", "Events"]
SCREENSHOT = ROOT / "maps" / "seed.png"
#: What a layer draws: vector paths in the overlay pane and icons in the marker pane.
DRAWN = ".leaflet-overlay-pane path, .leaflet-marker-pane .leaflet-marker-icon"

pytestmark = needs_chromium


@pytest.fixture(scope="module")
def seed_map(tmp_path_factory) -> tuple[Path, dict]:
    out = tmp_path_factory.mktemp("seed")
    geo = Path(sys.executable).with_name("geo")
    subprocess.run(
        [geo, "map", SEED, "--published", SEED_PUBLISHED, "--out", out],
        check=True,
        capture_output=True,
    )
    return out / "seed.html", json.loads((out / "seed.json").read_text())


@pytest.fixture(scope="module")
def page(browser, seed_map):
    page = Page(browser, seed_map[0])
    SCREENSHOT.parent.mkdir(exist_ok=True)
    page.page.screenshot(path=SCREENSHOT)
    yield page
    page.page.close()


def test_default_map_renders_offline(page, seed_map):
    events = seed_map[1]["events"]
    assert page.count(".leaflet-container") == 1
    assert page.count(".geo-event-icon") == len(events)
    assert page.count(".leaflet-overlay-pane path") > 0
    assert page.page.locator(".geo-title").inner_text().startswith("President Vladimir Putin")
    assert "Published 2025-05-21" in page.page.locator(".geo-title").inner_text()
    assert "Stated area" in page.page.locator(".geo-legend").inner_text()  # the seed's area
    assert SCREENSHOT.stat().st_size > 10_000
    assert page.off_network() == []


def test_layer_control_lists_every_layer(page):
    base = page.page.locator(".leaflet-control-layers-base label").all_inner_texts()
    overlays = page.page.locator(".leaflet-control-layers-overlays label").all_inner_texts()
    assert [t.strip() for t in base] == ["Countries (offline)"]
    assert [t.strip() for t in overlays] == OVERLAYS


@pytest.mark.parametrize("name", OVERLAYS)
def test_toggling_a_layer_hides_and_shows_it(page, name):
    shown = page.count(DRAWN)
    page.overlay(name).locator("input").uncheck()
    hidden = page.count(DRAWN)
    page.overlay(name).locator("input").check()
    assert hidden < shown
    assert page.count(DRAWN) == shown


def test_event_popup_cites_its_sentence(page, seed_map):
    sentences = {s for e in seed_map[1]["events"] for s in e["sources"]}
    # Icons of nearby events may overlap at this zoom: click the marker's own element.
    page.page.locator(".geo-event-icon").first.dispatch_event("click")
    popup = page.page.locator(".leaflet-popup-content")
    popup.wait_for()
    quotes = popup.locator("blockquote.geo-quote").all_inner_texts()
    assert quotes and set(quotes) <= sentences
    assert popup.locator("th", has_text="Date").count() == 1
    page.page.locator(".leaflet-popup-close-button").click()


def test_time_control_plays_events_in_order(page, seed_map):
    days = sorted({e["date"] for e in seed_map[1]["events"] if e["date"]})
    undated = sum(e["date"] is None for e in seed_map[1]["events"])
    label = page.page.locator(".geo-time-label")
    assert label.inner_text().startswith("All dates")
    page.page.locator(".geo-time-slider").fill("0")
    assert label.inner_text().startswith(f"Up to {days[0]}")
    first = sum(e["date"] == days[0] for e in seed_map[1]["events"])
    assert page.count(".geo-event-icon") == first + undated
    page.page.locator(".geo-time-play").click()  # steps to the next day, then plays on
    page.page.wait_for_function(
        f"!document.querySelector('.geo-time-label').textContent.startsWith('Up to {days[0]}')"
    )
    page.page.locator(".geo-time-play").click()  # pause
    assert page.count(".geo-event-icon") > first + undated
    page.page.locator(".geo-time-slider").fill(str(len(days)))
    assert page.count(".geo-event-icon") == len(seed_map[1]["events"])


def test_page_logs_no_javascript_error_and_asks_no_network(page):
    assert page.errors == []
    assert page.off_network() == []


def test_article_markup_does_not_run_in_the_page(browser, tmp_path):
    article = tmp_path / "hostile.txt"
    article.write_text(
        "Strike on Kursk <script>alert(1)</script>\n"
        "A missile strike in Sumy killed six soldiers <img src=x onerror=alert(2)> on Tuesday.\n"
        "Ukrainian forces held 1,400 square kilometres of Kursk <b onmouseover=alert(3)>x</b>.\n"
    )
    geo = Path(sys.executable).with_name("geo")
    subprocess.run(
        [geo, "map", article, "--published", SEED_PUBLISHED, "--out", tmp_path],
        check=True,
        capture_output=True,
    )
    page = Page(browser, tmp_path / "hostile.html")
    for i in range(page.count(".geo-event-icon")):
        page.page.locator(".geo-event-icon").nth(i).click()
        page.page.locator(".leaflet-popup-content").wait_for()
    page.page.locator(".leaflet-popup-close-button").click()
    assert page.count(".geo-event-icon") >= 1
    assert page.page.locator(".geo-title").inner_text().startswith("Strike on Kursk <script>")
    assert page.count("img[src=x], .leaflet-container script, b[onmouseover]") == 0
    assert page.dialogs == [] and page.errors == [] and page.off_network() == []
    page.page.close()


#: The page's Leaflet map object (folium declares it as a global named map_<id>).
MAP = "window[Object.keys(window).find(k => k.startsWith('map_'))]"
#: Bounding boxes of the visible elements a selector matches.
BOXES = """sel => Array.from(document.querySelectorAll(sel))
  .filter(e => getComputedStyle(e).visibility === 'visible' && e.getBoundingClientRect().width)
  .map(e => { const r = e.getBoundingClientRect();
              return {text: e.textContent, left: r.left, top: r.top, right: r.right,
                      bottom: r.bottom}; })"""


def boxes(page: Page, selector: str) -> list[dict]:
    return page.page.evaluate(BOXES, selector)


def first_view(page: Page) -> None:
    """Back to the view the page opens on (a popup opened by an earlier test pans the map)."""
    page.page.evaluate(f"{MAP}.closePopup(); {MAP}.geoFitContent()")


def settled(locator) -> dict:
    """The element's box once it stops moving (a popup pans the map into view)."""
    box, previous = locator.bounding_box(), None
    while box != previous:
        locator.page.wait_for_timeout(150)
        box, previous = locator.bounding_box(), box
    return box


def overlap(a: dict, b: dict) -> bool:
    return not (a["right"] <= b["left"] or a["left"] >= b["right"]
                or a["bottom"] <= b["top"] or a["top"] >= b["bottom"])


def test_places_and_countries_are_named_at_the_first_view(page, seed_map):
    first_view(page)
    places = {p["name"] for p in seed_map[1]["places"] if p["kind"] != "country"}
    shown = {b["text"] for b in boxes(page, ".geo-place-label")}
    assert len(shown) >= 4 and shown <= places
    countries = {b["text"] for b in boxes(page, ".geo-country-label")}
    assert {"Russia", "Ukraine", "Belarus"} <= countries, countries


def test_no_label_covers_an_event_symbol_or_another_label(page):
    first_view(page)
    labels = boxes(page, ".geo-label-text")
    symbols = boxes(page, ".leaflet-marker-pane .geo-event")
    assert labels and symbols
    for i, label in enumerate(labels):
        assert not any(overlap(label, s) for s in symbols), label["text"]
        assert not any(overlap(label, other) for other in labels[i + 1:]), label["text"]


def test_region_names_show_from_zoom_six(page):
    page.page.evaluate(f"void {MAP}.setZoom(5, {{animate: false}})")
    assert boxes(page, ".geo-base-region") == []
    page.page.evaluate(f"void {MAP}.setZoom(7, {{animate: false}})")
    assert len(boxes(page, ".geo-base-region")) >= 3
    page.page.evaluate(f"{MAP}.geoFitContent()")


def test_every_event_symbol_can_be_clicked(page, seed_map):
    """Events at one point are fanned out: the top element at each symbol's centre is it."""
    page.page.evaluate(f"void {MAP}.setZoom(6, {{animate: false}})")
    hits = page.page.evaluate("""() => Array.from(document.querySelectorAll(
        '.leaflet-marker-pane .geo-event')).map(e => { const r = e.getBoundingClientRect();
        return e.contains(document.elementFromPoint((r.left + r.right) / 2,
                                                    (r.top + r.bottom) / 2)); })""")
    page.page.evaluate(f"{MAP}.geoFitContent()")
    assert len(hits) == len(seed_map[1]["events"]) and all(hits)


def test_region_precision_events_are_drawn_as_their_region(page, seed_map):
    first_view(page)
    at_region = [e for e in seed_map[1]["events"] if e["location"]["geo_precision"] == 3]
    assert page.count("path.geo-event-region") == len(at_region) > 0


def test_events_panel_lists_events_by_date_and_opens_one_below_the_title(page, seed_map):
    first_view(page)
    items = page.page.locator(".geo-panel-item")
    assert items.count() == len(seed_map[1]["events"])
    dates = [d for d in page.page.locator(".geo-panel-date").all_inner_texts() if d != "undated"]
    assert dates == sorted(dates)
    title = page.page.locator(".geo-title").bounding_box()
    for i in range(items.count()):
        items.nth(i).click()
        popup = page.page.locator(".leaflet-popup")
        popup.wait_for()
        box = settled(popup)
        assert box["y"] >= title["y"] + title["height"], i  # the title never covers it
        heading = popup.locator(".geo-popup-heading").inner_text()
        assert heading.split(" / ")[1] in items.nth(i).inner_text()
        page.page.locator(".leaflet-popup-close-button").click()
        popup.wait_for(state="detached")  # a closed popup fades out first
    page.page.locator(".geo-panel-all").click()


def test_batch_map_opens_offline(browser, tmp_path):
    jsonl = tmp_path / "articles.jsonl"
    rows = [{"id": "a", "published": SEED_PUBLISHED, "text": SEED.read_text(encoding="utf-8")},
            {"id": "b", "published": SEED_PUBLISHED,
             "text": "Shelling in Sumy\nRussian forces shelled Sumy on Tuesday, killing 2."}]
    jsonl.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    geo = Path(sys.executable).with_name("geo")
    subprocess.run([geo, "batch", jsonl, "--out", tmp_path / "out", "--workers", "1"],
                   check=True, capture_output=True)
    html = (tmp_path / "out" / "batch.html").read_text(encoding="utf-8")
    assert "<script src=" not in html and "window.L=" in html  # Leaflet inlined
    page = Page(browser, tmp_path / "out" / "batch.html")
    assert page.count(".geo-event-icon") >= 6 and page.count(".geo-panel-item") >= 6
    assert page.errors == [] and page.off_network() == []
    page.page.close()


def test_doubt_is_drawn_hollow_and_explained(browser, outlines, tmp_path):
    from datetime import date

    from conftest import SUMY

    from geo.model import Event, Mention, Place, Reading
    from geo.output.map import render_map, save_map
    from geo.places.regions import regions_layer

    why = "two places of this name; the one nearest the article's others"
    sudzha = Place("Sudzha", "city", 51.1907, 35.2706, "RU", "RU-KRS", "Kursk Oblast",
                   confidence=0.3, reason=why)
    lyptsi = Place("Lyptsi", "city", 50.1953, 36.4236, "UA", "UA-63", "Kharkiv",
                   radius_km=12.0, confidence=0.9)
    text = "Fighting\nShelling hit Sudzha. Clashes near Lyptsi. A strike in Sumy."
    events = [
        Event("Battles", "Armed clash", sudzha, 1, date(2025, 5, 20), "day"),
        Event("Battles", "Armed clash", lyptsi, 2, date(2025, 5, 20), "day"),
        Event("Explosions/Remote violence", "Air/drone strike", SUMY, 3, None, None),
    ]
    mentions = [Mention(text.index(p.name), text.index(p.name) + len(p.name), p.name, p)
                for p in (sudzha, lyptsi)]
    reading = Reading("doubt", text, date(2025, 5, 21), mentions, events)
    fmap = render_map(reading, regions=regions_layer(reading, outlines.admin1),
                      countries=outlines.countries, world=outlines.world)
    page = Page(browser, save_map(fmap, tmp_path / "doubt.html"))
    assert page.count(".leaflet-marker-pane .geo-event-doubt") == 1
    assert page.count("path.geo-event-radius") == 1 and page.count("path.geo-event-region") == 1
    dashed = page.page.evaluate("""() => Array.from(document.querySelectorAll(
        'path.geo-place-dot')).filter(p => p.getAttribute('stroke-dasharray')).length""")
    assert dashed == 1  # Sudzha's dot, not Lyptsi's
    legend = page.page.locator(".geo-legend").inner_text()
    assert "place uncertain" in legend and "within the circle" in legend
    assert "outlined" in legend
    assert "Stated area" not in legend  # the legend keys only what the map draws
    page.page.locator(".leaflet-marker-pane .geo-event-doubt").dispatch_event("click")
    doubt = page.page.locator(".leaflet-popup .geo-doubt")
    doubt.wait_for()
    assert doubt.inner_text() == f"Uncertain place (confidence 0.30): {why}"
    assert page.errors == [] and page.off_network() == []
    page.page.close()


def _story_map(browser, tmp_path: Path, name: str, published: str) -> Page:
    """The page ``geo map`` draws for a story of tests/data/stories."""
    story = ROOT / "tests" / "data" / "stories" / f"{name}.txt"
    geo = Path(sys.executable).with_name("geo")
    subprocess.run([geo, "map", story, "--published", published, "--out", tmp_path],
                   check=True, capture_output=True)
    return Page(browser, tmp_path / f"{name}.html")


def test_a_new_story_maps_offline_with_its_area_and_labels(browser, tmp_path):
    page = _story_map(browser, tmp_path, "kharkiv_offensive", "2025-06-10")
    page.page.screenshot(path=ROOT / "maps" / "kharkiv_offensive.png")
    assert page.count("path.geo-area") == 1
    assert "Vovchansk" in {b["text"] for b in boxes(page, ".geo-place-label")}
    assert page.count(".geo-panel-item") == page.count(".geo-event-icon") > 0
    assert page.errors == [] and page.off_network() == []
    page.page.close()


def test_a_country_is_named_once_in_the_view(browser, tmp_path):
    # Sudan's neighbours reach into the detailed window around the story's places and are
    # labelled there too; where both of a country's labels are in view, one is shown
    page = _story_map(browser, tmp_path, "port_sudan_drones", "2026-05-07")
    names = [b["text"] for b in boxes(page, ".geo-country-label")]
    assert "Sudan" in names and len(names) == len(set(names)), names
    page.page.close()
