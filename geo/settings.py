"""Global knobs: where data lives, where the built index and boundaries are kept."""

from __future__ import annotations

import os
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
#: Curated tables (facilities, actors, aliases, water bodies), each row with its source.
DATA_DIR = Path(os.environ.get("GEO_DATA_DIR", PACKAGE_DIR.parent / "data"))
#: Built artefacts: the compiled gazetteer index and the fetched boundaries file.
HOME = Path(os.environ.get("GEO_HOME", Path.home() / ".local" / "share" / "geo-conflict-mapper"))
GAZETTEER_INDEX = HOME / "gazetteer.sqlite"
BOUNDARIES_FILE = HOME / "world_map.gpkg"
#: Normalised admin-1 regions (with ISO 3166-2 codes) and countries, built from it.
ADMIN1_FILE = HOME / "admin1.gpkg"
#: Where an installed QGIS keeps the same Natural Earth file.
QGIS_BOUNDARIES = Path("/usr/share/qgis/resources/data/world_map.gpkg")
#: Curated tables the built admin-1 file depends on: it is rebuilt when one is newer.
ADMIN1_TABLES = (DATA_DIR / "admin1_iso_crosswalk.csv", DATA_DIR / "admin1_names.csv")


def admin1_file_is_current() -> bool:
    """Is the built admin-1 file there and newer than every table it was built from?"""
    if not ADMIN1_FILE.exists():
        return False
    built = ADMIN1_FILE.stat().st_mtime
    return not any(t.exists() and t.stat().st_mtime > built for t in ADMIN1_TABLES)
