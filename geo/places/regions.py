"""Join places to first-level regions with a geopandas spatial join, and count per region.

Takes the normalised admin-1 frame from ``geo.sources.boundaries.load_admin1`` (no I/O here).
"""

from __future__ import annotations

from dataclasses import replace

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely
from pyproj import Geod

from geo.model import Place, Reading

#: Place kinds that are points inside a region (a region or country is not joined).
POINT_KINDS = frozenset({"city", "facility", "admin2"})
#: A point this close to a region's edge (coastal towns, generalised coastlines) joins it.
NEAREST_MAX_M = 5_000.0
#: A point inside another country's region this close to one of its own country takes that
#: one: generalised borders put border towns across them (El Paso in Chihuahua).
ACROSS_BORDER_MAX_M = 10_000.0
# Generous pre-filter in degrees for the edge search; the check in metres follows.
_NEAREST_MAX_DEG = 0.2
_GEOD = Geod(ellps="WGS84")
REGION_LAYER_COLUMNS = ["admin1_iso", "name", "country", "mentions", "events", "geometry"]


def join_regions(places: list[Place], admin1: gpd.GeoDataFrame) -> list[Place]:
    """Fill ``admin1_iso``, ``admin1_name`` and ``country`` of point places from the region
    that holds them.

    A point inside a polygon of its own country (or of any, if its country is unknown) takes
    that region. A point outside every polygon but within ``NEAREST_MAX_M`` of one, or inside
    another country's but within ``ACROSS_BORDER_MAX_M`` of one of its own, takes the nearest
    region of its own country; else a point inside another country's polygon takes that
    region (and its country: boundaries decide). Other places come back unchanged.

    Parameters
    ----------
    places : list of Place
        Resolved places; kinds in ``POINT_KINDS`` are joined.
    admin1 : geopandas.GeoDataFrame
        The normalised admin-1 frame.

    Returns
    -------
    list of Place
        The places in the same order, joined where a region was found.
    """
    todo = [i for i, p in enumerate(places) if p.kind in POINT_KINDS]
    if not todo:
        return list(places)
    hits = locate_regions(
        [places[i].lon for i in todo], [places[i].lat for i in todo],
        [places[i].country for i in todo], admin1, index=todo,
    )
    out = list(places)
    for i, row in admin1.loc[hits.to_numpy()].set_index(hits.index).iterrows():
        out[i] = replace(
            out[i], admin1_iso=row["admin1_iso"], admin1_name=row["name"], country=row["country"]
        )
    return out


def locate_regions(
    lons, lats, countries, admin1: gpd.GeoDataFrame, *, index=None
) -> pd.Series:
    """The admin-1 row (index label) that holds each point, by the rule of ``join_regions``.

    Parameters
    ----------
    lons, lats, countries : sequences
        The points and their countries (ISO alpha-2, or None when unknown).
    admin1 : geopandas.GeoDataFrame
        The normalised admin-1 frame.
    index : sequence, optional
        Labels for the points (their positions by default).

    Returns
    -------
    pandas.Series
        Admin-1 index labels by point label; points in no region are left out.
    """
    points = gpd.GeoDataFrame({"country": list(countries)}, crs=4326, index=index,
                              geometry=gpd.points_from_xy(lons, lats))
    return _locate(points, admin1)


def _locate(points: gpd.GeoDataFrame, admin1: gpd.GeoDataFrame) -> pd.Series:
    """Index label of the admin-1 row holding each point (points without one are left out)."""
    regions = admin1[["country", "geometry"]].rename(columns={"country": "region_country"})
    inside = gpd.sjoin(points, regions, predicate="within")
    inside = inside[~inside.index.duplicated()]
    own = (inside["country"].isna() | (inside["country"] == inside["region_country"])).to_numpy()
    found = inside.loc[own, "index_right"]
    # A point the generalised borders put in a neighbour (El Paso in Chihuahua, a Lebanese
    # village in Israel's north) takes its own country's nearest region, if one is close.
    across = inside.loc[~own, "index_right"]
    nearest = _nearest_own_region(points.drop(found.index), regions, admin1, across.index)
    across = across.drop(nearest.index.intersection(across.index))
    return pd.concat([found, nearest, across])


def _nearest_own_region(points: gpd.GeoDataFrame, regions: gpd.GeoDataFrame,
                        admin1: gpd.GeoDataFrame, across: pd.Index) -> pd.Series:
    """The nearest region of each point's own country (any, when its country is unknown):
    within ``NEAREST_MAX_M`` of a point outside every region, ``ACROSS_BORDER_MAX_M`` of one
    the borders put in another country."""
    if points.empty:
        return pd.Series([], dtype=admin1.index.dtype)
    near = gpd.sjoin(points, regions, predicate="dwithin", distance=_NEAREST_MAX_DEG)
    same_country = near["country"].isna() | (near["country"] == near["region_country"])
    near = near[same_country.to_numpy()]
    if near.empty:
        return pd.Series([], dtype=admin1.index.dtype)
    lines = shapely.shortest_line(
        near.geometry.to_numpy(), admin1.geometry.loc[near["index_right"]].to_numpy()
    )
    coords = shapely.get_coordinates(lines).reshape(-1, 4)
    _, _, metres = _GEOD.inv(coords[:, 0], coords[:, 1], coords[:, 2], coords[:, 3])
    reach = np.where(near.index.isin(across), ACROSS_BORDER_MAX_M, NEAREST_MAX_M)
    near = near.assign(metres=metres)[metres <= reach].sort_values("metres", kind="stable")
    return near.loc[~near.index.duplicated(), "index_right"]


def regions_layer(reading: Reading, admin1: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """One row per admin-1 region that holds a mentioned place or an event.

    A place or event location counts for the region its ``admin1_iso`` names; one
    without a code, or with the code of a unit the boundaries do not draw (Ituri, carved
    from the Orientale that Natural Earth still draws), is placed by a spatial join of its
    point. Countries, water bodies and other areas count for no region.

    Parameters
    ----------
    reading : Reading
        The article's mentions and events.
    admin1 : geopandas.GeoDataFrame
        The normalised admin-1 frame.

    Returns
    -------
    geopandas.GeoDataFrame
        Columns ``admin1_iso``, ``name``, ``country``, ``mentions`` and ``events`` (ints),
        ``geometry`` (EPSG:4326), most-mentioned first.
    """
    items = [("mentions", m.place, 1) for m in reading.mentions if m.place is not None]
    items += [("events", e.location, 1) for e in reading.events]
    return counted_regions_layer(items, admin1)


def counted_regions_layer(
    items: list[tuple[str, Place, int]], admin1: gpd.GeoDataFrame
) -> gpd.GeoDataFrame:
    """``regions_layer`` from counts: ``("mentions" or "events", place, how many)``.

    Parameters
    ----------
    items : list of (str, Place, int)
        What each place counts for and how many times (a place mentioned 12 times in a
        batch, an event's location once).
    admin1 : geopandas.GeoDataFrame
        The normalised admin-1 frame.

    Returns
    -------
    geopandas.GeoDataFrame
        As ``regions_layer``.
    """
    items = [(what, p, n) for what, p, n in items if p.kind in POINT_KINDS | {"admin1"}]
    if not items:
        return gpd.GeoDataFrame(
            {c: [] for c in REGION_LAYER_COLUMNS[:-1]}, geometry=[], crs=4326
        ).astype({"mentions": int, "events": int})
    places = [p for _, p, _ in items]
    points = gpd.GeoDataFrame(
        {
            "what": [what for what, _, _ in items],
            "n": [n for _, _, n in items],
            "admin1_iso": [p.admin1_iso for p in places],
            "country": [p.country for p in places],
        },
        geometry=gpd.points_from_xy([p.lon for p in places], [p.lat for p in places]),
        crs=4326,
    )
    # Several polygons may share a code (a region in parts); the largest stands for it.
    codes = admin1["admin1_iso"]
    size = pd.Series(shapely.area(admin1.geometry.to_numpy()), index=admin1.index)
    largest = size[codes.notna()].sort_values(ascending=False, kind="stable")
    by_code = pd.Series(largest.index, index=codes[largest.index]).groupby(level=0).first()
    region = points["admin1_iso"].map(by_code)
    uncoded = points[region.isna()]
    region.update(_locate(uncoded, admin1))
    points = points.assign(region=region).dropna(subset=["region"])
    counts = pd.crosstab(points["region"].astype(admin1.index.dtype), points["what"],
                         values=points["n"], aggfunc="sum").fillna(0)
    counts = counts.reindex(columns=["mentions", "events"], fill_value=0)
    layer = admin1.loc[counts.index, ["admin1_iso", "name", "country", "geometry"]]
    layer = layer.assign(
        mentions=counts["mentions"].to_numpy(np.int64), events=counts["events"].to_numpy(np.int64)
    )
    layer = layer.sort_values(["mentions", "events"], ascending=False, kind="stable")
    return layer[REGION_LAYER_COLUMNS].reset_index(drop=True)
