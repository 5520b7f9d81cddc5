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
