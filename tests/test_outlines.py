"""The extract path's outlines (read one at a time from the built GeoPackage) are the map's."""

from __future__ import annotations

import subprocess
import sys

import pytest
import shapely

from geo.sources.outlines import RegionOutlines


@pytest.fixture(scope="module")
def region_outlines():
    found = RegionOutlines.open()
    if found is None:
        pytest.fail("no built admin-1 file: run `geo setup`")
    return found


@pytest.mark.parametrize("iso", ["RU-KRS", "UA-63", "LB-NA", "US-NY", "GB-ENG"])
def test_region_is_the_same_shape_as_outlines(outlines, region_outlines, iso):
    expected = outlines.region(iso)
    got = region_outlines.region(iso)
    if expected is None:
        assert got is None
    else:
        assert shapely.to_wkb(got) == shapely.to_wkb(expected)


@pytest.mark.parametrize("code", ["RU", "UA", "LB", "US"])
def test_country_is_the_same_shape_as_outlines(outlines, region_outlines, code):
    assert shapely.to_wkb(region_outlines.country(code)) == shapely.to_wkb(outlines.country(code))


def test_unknown_codes_have_no_outline(region_outlines):
    assert region_outlines.region("XX-NOPE") is None
    assert region_outlines.country("QQ") is None


def test_reading_an_article_imports_no_map_stack(seed_text):
    code = (
        "import sys\n"
        "from geo import settings\n"
        "from geo.sources.gazetteer import Gazetteer\n"
        "from geo.sources.outlines import RegionOutlines\n"
        "from geo.pipeline import read_article\n"
        "reading = read_article(sys.stdin.read(), gazetteer=Gazetteer(settings.GAZETTEER_INDEX),\n"
        "                       shapes=RegionOutlines.open())\n"
        "assert reading.areas, 'the seed states an area'\n"
        "print(' '.join(m for m in ('geopandas', 'pandas', 'folium', 'pyogrio')\n"
        "               if m in sys.modules))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], input=seed_text, capture_output=True,
                          text=True, check=True)
    assert done.stdout.strip() == ""
