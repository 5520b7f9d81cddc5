"""Global knobs: where the curated tables, the built data and the cache live.

Each path is worked out when it is read, not when ``geo`` is imported, so an environment
variable set later, or a value assigned here, takes effect on the next call::

    import geo
    geo.settings.HOME = "/data/geo"  # the gazetteer and boundaries are looked for there

``HOME`` is ``$GEO_HOME``, else the user's data folder (platformdirs: ``~/.local/share/
geo-conflict-mapper`` on Linux, ``~/Library/Application Support/...`` on macOS,
``%LOCALAPPDATA%\\...`` on Windows); ``CACHE_DIR`` is ``$GEO_CACHE_DIR``, else the user's
cache folder; ``DATA_DIR`` is ``$GEO_DATA_DIR``, else the tables shipped in the package.
``GAZETTEER_INDEX``, ``BOUNDARIES_FILE`` and ``ADMIN1_FILE`` lie in ``HOME``.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP_NAME = "geo-conflict-mapper"
PACKAGE_DIR = Path(__file__).resolve().parent
#: Where an installed QGIS keeps the same Natural Earth file.
QGIS_BOUNDARIES = Path("/usr/share/qgis/resources/data/world_map.gpkg")
#: Curated tables the built admin-1 file depends on: it is rebuilt when one is newer.
ADMIN1_TABLE_NAMES = ("admin1_iso_crosswalk", "admin1_names", "admin1_mergers")


def _setting(name: str) -> Path:
    """A setting's value: assigned on this module if it was, else its default now."""
    return Path(getattr(sys.modules[__name__], name))


def __getattr__(name: str) -> object:
    # Called only for names not assigned on the module: the defaults, computed per read.
    if name == "HOME":
        return Path(os.environ.get("GEO_HOME") or platformdirs.user_data_path(APP_NAME, False))
    if name == "CACHE_DIR":
        return Path(os.environ.get("GEO_CACHE_DIR")
                    or platformdirs.user_cache_path(APP_NAME, False))
    if name == "DATA_DIR":
        return Path(os.environ.get("GEO_DATA_DIR") or PACKAGE_DIR / "data")
    files = {"GAZETTEER_INDEX": "gazetteer.sqlite", "BOUNDARIES_FILE": "world_map.gpkg",
             "ADMIN1_FILE": "admin1.gpkg"}
    if name in files:
        return _setting("HOME") / files[name]
    if name == "ADMIN1_TABLES":
        return tuple(_setting("DATA_DIR") / f"{t}.csv" for t in ADMIN1_TABLE_NAMES)
    msg = f"module {__name__!r} has no attribute {name!r}"
    raise AttributeError(msg)


def admin1_file_is_current() -> bool:
    """Is the built admin-1 file there and newer than every table it was built from?"""
    admin1 = _setting("ADMIN1_FILE")
    if not admin1.exists():
        return False
    built = admin1.stat().st_mtime
    tables = sys.modules[__name__].ADMIN1_TABLES
    return not any(t.exists() and t.stat().st_mtime > built for t in tables)
