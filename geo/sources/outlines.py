"""Region and country outlines for drawing areas and maps, loaded once per run.

``Outlines`` holds every region and country as GeoDataFrames, for the map and the
regions layer. ``RegionOutlines`` answers the same ``region``/``country`` calls from
the built GeoPackage (SQLite) one shape at a time, so reading an article needs neither
geopandas nor all 4,500 regions in memory.
"""

from __future__ import annotations

import sqlite3
import struct
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import shapely
from shapely.geometry.base import BaseGeometry

from geo import settings
from geo.errors import BoundariesError

if TYPE_CHECKING:
    import geopandas as gpd

#: Bytes of the envelope in a GeoPackage geometry header, by its envelope indicator.
_ENVELOPE_BYTES = {0: 0, 1: 32, 2: 48, 3: 48, 4: 64}


@dataclass
class Outlines:
    """Admin-1 regions and countries (EPSG:4326), looked up by ISO code."""

    admin1: gpd.GeoDataFrame
    countries: gpd.GeoDataFrame
    world: list[BaseGeometry] | None = None  # countries simplified for the base map
    _shapes: dict = field(default_factory=dict, repr=False)  # a union is costly: once each

    @classmethod
    def load(cls, boundaries: Path | None = None) -> Outlines:
        """The built default outlines, or the admin-1 regions of another file."""
        from geo.sources.boundaries import load_admin1, load_countries, load_world

        return cls(admin1=load_admin1(boundaries), countries=load_countries(),
                   world=load_world())

    def region(self, admin1_iso: str) -> BaseGeometry | None:
        """The outline of a first-level region (its parts united)."""
        return self._union(self.admin1, "admin1_iso", admin1_iso)

    def country(self, alpha2: str) -> BaseGeometry | None:
        """The outline of a country."""
        return self._union(self.countries, "country", alpha2)

    def region_named(self, name: str, country: str | None) -> BaseGeometry | None:
        """The outline of a first-level unit without an ISO code (the Gaza Strip), by name."""
        key = ("name", (name, country))
        if key not in self._shapes:
            rows = self.admin1[self.admin1["admin1_iso"].isna() & (self.admin1["name"] == name)
                               & (self.admin1["country"] == country)]
            self._shapes[key] = rows.geometry.union_all() if len(rows) else None
        return self._shapes[key]

    def _union(self, frame: gpd.GeoDataFrame, column: str, code: str) -> BaseGeometry | None:
        if (column, code) not in self._shapes:
            rows = frame[frame[column] == code]
            self._shapes[(column, code)] = rows.geometry.union_all() if len(rows) else None
        return self._shapes[(column, code)]


class RegionOutlines:
    """The outlines of ``Outlines``, read on demand from the built admin-1 GeoPackage.

    Parameters
    ----------
    path
        A GeoPackage written by ``geo.sources.boundaries.build_admin1`` (layers ``admin1`` and
        ``countries``, EPSG:4326).
    """

    def __init__(self, path: Path) -> None:
        self._path = path
        self._db = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
        self._shapes: dict[tuple, BaseGeometry | None] = {}  # a union is costly

    @classmethod
    def open(cls) -> RegionOutlines | None:
        """The built default file, or None when it is missing, older than its tables
        or unreadable (``Outlines.load`` then builds it or says what is wrong)."""
        if not settings.admin1_file_is_current():
            return None
        try:
            outlines = cls(settings.ADMIN1_FILE)
            outlines._db.execute("SELECT geom, admin1_iso FROM admin1 LIMIT 0")
            outlines._db.execute("SELECT geom, country FROM countries LIMIT 0")
        except sqlite3.DatabaseError:
            return None
        return outlines

    def region(self, admin1_iso: str) -> BaseGeometry | None:
        """The outline of a first-level region (its parts united)."""
        return self._union("SELECT geom FROM admin1 WHERE admin1_iso = ? ORDER BY fid",
                           admin1_iso)

    def country(self, alpha2: str) -> BaseGeometry | None:
        """The outline of a country."""
        return self._union("SELECT geom FROM countries WHERE country = ? ORDER BY fid", alpha2)

    def region_named(self, name: str, country: str | None) -> BaseGeometry | None:
        """The outline of a first-level unit without an ISO code (the Gaza Strip), by name."""
        return self._union("SELECT geom FROM admin1 WHERE admin1_iso IS NULL AND name = ?"
                           " AND country IS ? ORDER BY fid", name, country)

    def _union(self, query: str, *values: str | None) -> BaseGeometry | None:
        if (query, values) not in self._shapes:
            try:
                parts = [_from_gpkg(blob) for (blob,) in self._db.execute(query, values)]
            except (sqlite3.Error, ValueError, struct.error, shapely.errors.ShapelyError) as e:
                msg = (f"the built boundaries {self._path} are damaged ({e}); "
                       "run `geo setup --rebuild`")
                raise BoundariesError(msg) from None
            self._shapes[(query, values)] = shapely.union_all(parts) if parts else None
        return self._shapes[(query, values)]


def _from_gpkg(blob: bytes) -> BaseGeometry | None:
    """A shape from a GeoPackage geometry blob: a small header, then standard WKB."""
    if blob is None:
        return None
    magic, _version, flags = struct.unpack_from("<2sBB", blob)
    if magic != b"GP":
        msg = f"not a GeoPackage geometry (starts with {blob[:2]!r})"
        raise ValueError(msg)
    return shapely.from_wkb(blob[8 + _ENVELOPE_BYTES[(flags >> 1) & 0b111] :])
