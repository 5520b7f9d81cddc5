"""Geospatial conflict mapper: read a news article, map its places, regions, events and areas.

>>> import geo
>>> reading = geo.read_file("seeds/seed.txt", published="2025-05-21")  # doctest: +SKIP
>>> geo.layers(reading)["events"]                                      # doctest: +SKIP

The functions (``read_text``, ``read_file``, ``layers``, ``folium_map``, ``write``,
``setup``) live in ``geo.api`` and are imported on first use, so that ``import geo`` and
the command line start fast.
"""

from __future__ import annotations

from importlib import import_module
from importlib.metadata import PackageNotFoundError, version
from typing import TYPE_CHECKING

try:
    __version__ = version("geo-conflict-mapper")
except PackageNotFoundError:  # a source checkout that was never installed
    __version__ = "0.0.0+unknown"

if TYPE_CHECKING:
    from geo.api import (
        DEFAULT_FORMATS,
        FORMATS,
        folium_map,
        layers,
        read_file,
        read_text,
        setup,
        write,
    )
    from geo.model import Reading

__all__ = ["DEFAULT_FORMATS", "FORMATS", "Reading", "folium_map", "layers", "read_file",
           "read_text", "settings", "setup", "write"]
_EXPORTS = {name: "geo.api" for name in __all__} | {"Reading": "geo.model",
                                                    "settings": "geo.settings"}


def __getattr__(name: str) -> object:
    if name not in _EXPORTS:
        msg = f"module 'geo' has no attribute {name!r}"
        raise AttributeError(msg)
    module = import_module(_EXPORTS[name])
    return module if name == "settings" else getattr(module, name)


def __dir__() -> list[str]:
    return sorted([*globals(), *__all__])
