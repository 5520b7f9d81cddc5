"""The offline base map's world layer: country outlines simplified for display.

Simplifying every country takes a few tenths of a second, so ``geo setup`` stores the
result with the boundaries (layer ``world``) and the map only reads it.
"""

from __future__ import annotations

import numpy as np
import shapely
from shapely.geometry.base import BaseGeometry

#: Simplification tolerance (degrees) of the coarse world layer, shared borders kept.
WORLD_TOLERANCE = 0.3
#: Islands smaller than this (square degrees) are left off the coarse world layer.
WORLD_MIN_PART = 0.05


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
