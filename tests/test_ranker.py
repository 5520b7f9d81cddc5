"""The ranker's context: the nearest other place, found through a grid past a few dozen
points, is the one measuring every point would find; the features it gives a candidate."""

import math
import random
from collections import Counter

import pytest

from geo.places.ranker import FEATURES, Context, Points


def _every_point_km(points, lat, lon):
    """The nearest point's distance measured against every point (the ranker's flat metric)."""
    scale = math.cos(math.radians(lat)) ** 2
    d2 = min((a - lat) ** 2 + scale * ((o - lon + 180) % 360 - 180) ** 2 for a, o in points)
    return min(111.19 * math.sqrt(d2), 20_015.0)  # km per degree, half the earth


@pytest.mark.parametrize("spread", ["world", "one region", "across the date line", "polar"])
def test_the_grid_finds_the_nearest_point_that_measuring_every_point_finds(spread):
    rng = random.Random(spread)
    lats, lons = {"world": ((-60, 70), (-180, 180)), "one region": ((47, 52), (30, 40)),
                  "across the date line": ((-20, 20), (170, 190)),
                  "polar": ((80, 89.9), (-180, 180))}[spread]
    points = [(rng.uniform(*lats), (rng.uniform(*lons) + 180) % 360 - 180) for _ in range(500)]
    index = Points(points)
    for lat, lon in [(rng.uniform(*lats), (rng.uniform(*lons) + 180) % 360 - 180)
                     for _ in range(200)]:
        assert index.nearest_km(lat, lon) == pytest.approx(_every_point_km(points, lat, lon),
                                                           rel=1e-6)


def test_points_left_out_are_not_nearest_and_an_empty_view_is_false():
    points = Points([(50.0 + i / 10, 30.0) for i in range(100)])
    assert points.nearest_km(50.0, 30.0) == 0.0
    without = points.without([(50.0, 30.0)])
    assert without.nearest_km(50.0, 30.0) == pytest.approx(11.1195, rel=1e-3)
    assert points.nearest_km(50.0, 30.0) == 0.0  # the view leaves the whole set as it was
    assert not Points([(1.0, 2.0)]).without([(1.0, 2.0)])


def test_a_region_has_peers_when_the_article_names_other_regions_of_its_country(gazetteer):
    california = gazetteer.region("US-CA")
    town = next(c for c in gazetteer.lookup(["California"])["California"]
                if c.place.kind == "city" and c.place.country == "US")
    peer = FEATURES.index("peer_regions")

    def peers(candidate, named):
        return Context(Counter({"US": 1}), frozenset(named)).features(candidate, "California")[peer]

    assert peers(california, {"US-CA", "US-NV"}) == 1.0
    assert peers(california, {"US-CA"}) == 0.0  # only itself
    assert peers(california, {"MX-BCN"}) == 0.0  # another country's
    assert peers(town, {"US-CA", "US-NV"}) == 0.0  # a town is no region
