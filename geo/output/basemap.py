"""The offline base map: country outlines simplified for display, and where maps open.

The world layer is every country simplified coarsely; simplifying them all takes a few
tenths of a second, so ``geo setup`` stores the result with the boundaries (layer
``world``) and the map only reads it. Around the content (``content_bounds``, the extent
the HTML page and the QGIS project open on) countries are drawn finer (``detailed``).
``base_countries`` joins both into the countries layer of the GeoPackage.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
import shapely
from shapely.geometry import Polygon
from shapely.geometry.base import BaseGeometry

from geo.model import Reading

if TYPE_CHECKING:
    import geopandas as gpd

#: Simplification tolerance (degrees) of the coarse world layer, shared borders kept.
WORLD_TOLERANCE = 0.3
#: Islands smaller than this (square degrees) are left off the coarse world layer.
WORLD_MIN_PART = 0.05
#: Countries are drawn finer (this tolerance, degrees) within DETAIL_PAD degrees of the
#: content, where a map opens.
DETAIL_TOLERANCE, DETAIL_PAD = 0.01, 10.0


def coarse_world(countries: np.ndarray) -> list[BaseGeometry]:
    """Country outlines simplified together (neighbours keep one border), islets dropped."""
    simplified = shapely.coverage_simplify(np.asarray(countries), WORLD_TOLERANCE)
    return [_without_islets(g) for g in simplified]


def _without_islets(geometry: BaseGeometry) -> BaseGeometry:
    """The geometry less parts under ``WORLD_MIN_PART``, keeping at least its largest."""
    parts = shapely.get_parts(geometry)
    if len(parts) < 2:
        return geometry
    areas = shapely.area(parts)
    keep = parts[areas >= WORLD_MIN_PART]
    return shapely.multipolygons(keep) if len(keep) else parts[np.argmax(areas)]


def detail_window(bounds: list[list[float]] | None) -> Polygon | None:
    """The box within ``DETAIL_PAD`` degrees of the content (``content_bounds``)."""
    if bounds is None:
        return None
    (south, west), (north, east) = bounds
    return shapely.box(west - DETAIL_PAD, south - DETAIL_PAD, east + DETAIL_PAD,
                       north + DETAIL_PAD)


def detailed(countries: np.ndarray, window: Polygon) -> np.ndarray:
    """The countries' parts in ``window``, simplified together (shared borders kept); an
    empty geometry for a country outside it."""
    near = shapely.intersection(np.asarray(countries), window)
    inside = ~shapely.is_empty(near)
    near[inside] = shapely.coverage_simplify(near[inside], DETAIL_TOLERANCE)
    return near


def base_countries(countries: gpd.GeoDataFrame, world: list[BaseGeometry] | None,
                   bounds: list[list[float]] | None) -> gpd.GeoDataFrame:
    """The countries as one layer: coarse (``world``) away from the content, finer within
    ``DETAIL_PAD`` of it, with ``name`` and ``country``.

    Parameters
    ----------
    countries : geopandas.GeoDataFrame
        Country polygons with ``name`` and ``country``, EPSG:4326.
    world : list of shapely geometries, optional
        The same countries simplified by ``coarse_world`` (simplified here when None).
    bounds : list, optional
        The content's south-west and north-east corners (``content_bounds``).

    Returns
    -------
    geopandas.GeoDataFrame
    """
    import geopandas as gpd

    coarse = np.asarray(world if world is not None else coarse_world(countries.geometry.values),
                        dtype=object)
    window = detail_window(bounds)
    if window is not None:
        fine = detailed(countries.geometry.values, window)
        outside = shapely.difference(coarse, window)
        coarse = shapely.make_valid(shapely.union(outside, fine))
    return gpd.GeoDataFrame({"name": countries["name"].to_numpy(),
                             "country": countries["country"].to_numpy()},
                            geometry=list(coarse), crs=4326)


def content_bounds(reading: Reading, regions: gpd.GeoDataFrame) -> list[list[float]] | None:
    """South-west and north-east corners of what the map is about: the events (an event
    at region precision by its region), the stated areas and the regions holding events;
    without events, the places below country level and the regions they lie in; the
    countries' centres only when there is nothing else."""
    points = [(e.location.lon, e.location.lat) for e in reading.events]
    shapes = [a.geometry for a in reading.areas] + list(regions[regions["events"] > 0].geometry)
    if not reading.events:
        points += [(p.lon, p.lat) for p in reading.places() if p.kind != "country"]
        shapes += list(regions[regions["mentions"] > 0].geometry)
    if not points and not shapes:
        points = [(p.lon, p.lat) for p in reading.places()]
    xy = np.asarray(points, dtype=float).reshape(-1, 2)
    boxes = shapely.bounds(np.asarray(shapes, dtype=object)).reshape(-1, 4)
    corners = np.vstack([xy, boxes[:, :2], boxes[:, 2:]])  # an empty shape's bounds are NaN
    corners = corners[~np.isnan(corners).any(axis=1)]
    if not len(corners):
        return None
    (minx, miny), (maxx, maxy) = corners.min(axis=0), corners.max(axis=0)
    return [[float(miny), float(minx)], [float(maxy), float(maxx)]]
