"""Region and country outlines for drawing areas and maps, loaded once per run."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import geopandas as gpd
from shapely.geometry.base import BaseGeometry

from geo.boundaries import load_admin1, load_countries


@dataclass(frozen=True)
class Outlines:
    """Admin-1 regions and countries (EPSG:4326), looked up by ISO code."""

    admin1: gpd.GeoDataFrame
    countries: gpd.GeoDataFrame

    @classmethod
    def load(cls, boundaries: Path | None = None) -> Outlines:
        """The built default outlines, or the admin-1 regions of another file."""
        return cls(admin1=load_admin1(boundaries), countries=load_countries())

    def region(self, admin1_iso: str) -> BaseGeometry | None:
        """The outline of a first-level region (its parts united)."""
        rows = self.admin1[self.admin1["admin1_iso"] == admin1_iso]
        return rows.geometry.union_all() if len(rows) else None

    def country(self, alpha2: str) -> BaseGeometry | None:
        """The outline of a country."""
        rows = self.countries[self.countries["country"] == alpha2]
        return rows.geometry.union_all() if len(rows) else None
