"""Shared, expensive fixtures: the real gazetteer index and boundaries, built by `geo setup`."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from geo import settings
from geo.model import Area, Event, Place

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "seed.txt"
SEED_PUBLISHED = "2025-05-21"
DEV = ROOT.parent / "shared" / "eval" / "dev"


#: Modules that take a minute or more, run first so that the parallel workers finish together.
SLOWEST_FIRST = ("test_wheel.py", "test_output_sets.py", "test_hostile_input.py", "test_fuzz.py")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    def rank(item: pytest.Item) -> int:
        name = item.path.name
        return SLOWEST_FIRST.index(name) if name in SLOWEST_FIRST else len(SLOWEST_FIRST)

    items.sort(key=rank)  # stable: the order within each module is kept


@pytest.fixture(scope="session")
def gazetteer():
    from geo.sources.gazetteer import Gazetteer

    if not settings.GAZETTEER_INDEX.exists():
        pytest.fail("no gazetteer index: run `make test` (it runs `geo setup` first)")
    return Gazetteer(settings.GAZETTEER_INDEX)


@pytest.fixture(scope="session")
def outlines():
    from geo.sources.outlines import Outlines

    return Outlines.load()


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


KURSK = Place("Kursk Oblast", "admin1", 51.72689, 36.18457, "RU", "RU-KRS", "Kursk Oblast")
SUMY = Place("Sumy Oblast", "admin1", 50.9216, 34.80029, "UA", "UA-59", "Sumy Oblast")


@pytest.fixture(scope="module")
def sumy_strike() -> Event:
    """A hand-built strike in Sumy Oblast on 2025-05-20: Russia on Ukraine, 6 killed, 10 hurt."""
    return Event(
        "Explosions/Remote violence",
        "Shelling/artillery/missile attack",
        SUMY,
        3,
        date(2025, 5, 20),
        "day",
        actor1="Military Forces of Russia",
        actor2="Military Forces of Ukraine",
        fatalities=6,
        injured=10,
    )


@pytest.fixture(scope="session")
def kursk_area():
    """Draw a text's first stated area in Kursk Oblast, toward Ukraine, held by Ukraine.

    Called as ``kursk_area(text, admin1, countries)`` with the real boundaries.
    """
    from geo.areas.stated import build_area, find_stated_areas
    from geo.sources.boundaries import region_by_iso

    def draw(text: str, admin1, countries) -> Area:
        return build_area(
            find_stated_areas(text)[0],
            region=KURSK,
            region_shape=region_by_iso(admin1, "RU-KRS").geometry,
            toward=countries.loc[countries["country"] == "UA", "geometry"].iloc[0],
            toward_name="Ukraine",
            actor="Military Forces of Ukraine",
        )

    return draw


@pytest.fixture(scope="session")
def browser():
    """Debian's chromium, headless (tests using it are marked ``chromium.needs_chromium``)."""
    from chromium import ARGS, CHROMIUM
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield browser
        browser.close()
