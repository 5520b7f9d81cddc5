"""The offline gazetteer at run time: name look-ups in the index ``geo setup`` compiled.

The index (one SQLite file, built by ``geo.sources.gazetteer_build``) holds GeoNames
towns, Natural Earth regions and countries, second-level units, Ukraine's settlements
from its official codifier and the curated tables of ``geo/data/``. ``Gazetteer`` opens it
read-only in milliseconds and answers: the places a name may mean (exact spelling, or
by its transliteration skeleton), a region or country by its code, and the facilities of
a kind inside a region.
"""

from __future__ import annotations

import difflib
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

from geo import settings
from geo.errors import GazetteerError
from geo.model import Place
from geo.text.spelling import fold, skeleton, skeletons

#: Raised whenever what an index holds changes (20: a Ukrainian town is named by its
#: official spelling; 19: a long river has a row at each of several riverside towns; 18:
#: towns and facilities of the Gaza Strip and the West Bank carry their governorate's code;
#: 17: so are Somaliland's five regions, which Natural Earth draws as one unit of no country;
#: 16: DR Congo's 2015 provinces, which the boundaries lack, are regions, and their towns lie
#: in them; 15: spelling skeletons write "ə" as "a" and "ı" as "i"; 14: Ukraine's codified
#: villages that share a GeoNames town's name but lie in another hromada are villages of
#: their own), so that `geo setup` rebuilds an index built before.
SCHEMA_VERSION = 20

# Flags stored with each name, computed once at build time.
COMMON_WORD = 1  # an ordinary English word ("Most", "Bar", "Tyre"), or a town's name mostly
# meaning something else ("Obama", "Tornado": see gazetteer_build)
GIVEN_NAME = 2  # the name is a common first name ("Vladimir", "Alexander")
ALTERNATE = 4  # an alternate name of the place, not its own (less reliable in GeoNames)
# Set at look-up time.
FUZZY = 8  # matched by its spelling skeleton, not as written
#: The least population of a town whose name is well known (``Gazetteer.well_known_names``).
WELL_KNOWN_TOWN = 1_000_000


class PlaceRecord(NamedTuple):
    """One row of the index's ``place`` table, as the build writes it and look-ups read it."""

    id: int
    name: str
    kind: str
    lat: float
    lon: float
    country: str | None
    admin1_iso: str | None
    admin1_name: str | None
    admin2: str | None  # the second-level unit that holds it, by name, where known
    admin1_alt: str | None  # ISO 3166-2 of its first-level region by GeoNames, if it differs
    population: int
    geonameid: int | None
    source: str
    feature: str  # facility type, "capital" (of a country), "seat" (of its admin-1 region)
    radius_km: float | None  # how far the true place may lie from the point


SCHEMA = f"""
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE place (id INTEGER PRIMARY KEY, {", ".join(PlaceRecord._fields[1:])});
CREATE TABLE name (name TEXT, place_id INTEGER, flags INTEGER,
    PRIMARY KEY (name, place_id)) WITHOUT ROWID;
-- Spelling skeletons (geo.text.spelling.skeleton) of every name, for near-miss look-ups.
CREATE TABLE skeleton (key TEXT, place_id INTEGER, flags INTEGER,
    PRIMARY KEY (key, place_id)) WITHOUT ROWID;
-- Small partial indexes for the look-ups by code (region, country, facilities_in).
CREATE INDEX region_code ON place(admin1_iso) WHERE kind='admin1';
CREATE INDEX country_code ON place(country) WHERE kind='country';
CREATE INDEX facility_region ON place(admin1_iso, feature) WHERE kind='facility';
-- The towns of a region (towns_in), read where a qualifier and the gazetteer
-- disagree: without it each look-up scans every place.
CREATE INDEX town_region ON place(admin1_iso, kind);
"""
_COLUMNS = ", ".join(f"p.{f}" for f in PlaceRecord._fields)


@dataclass(frozen=True)
class Candidate:
    """One gazetteer entry that a name may refer to."""

    id: int
    place: Place
    flags: int = 0
    feature: str = ""  # facility type ("nuclear_power_plant"), "capital" or "seat"
    admin2: str | None = None  # the second-level unit holding it, where known
    admin1_alt: str | None = None  # its first-level region by GeoNames, where that differs


class Gazetteer:
    """Read-only name look-ups in the compiled index.

    Parameters
    ----------
    path
        The index written by ``geo.sources.gazetteer_build.build_index``; by default
        ``settings.GAZETTEER_INDEX``.
    """

    def __init__(self, path: Path | None = None) -> None:
        path = Path(path or settings.GAZETTEER_INDEX)
        if not path.exists():
            msg = f"gazetteer index not found at {path}; run `geo setup` to build it"
            raise GazetteerError(msg)
        self._path = path
        try:
            self._db = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
        except sqlite3.Error as e:  # a folder in its place, no permission to read it
            raise self._unreadable(e) from None
        version = self._query("SELECT value FROM meta WHERE key='schema'")
        if version != [(str(SCHEMA_VERSION),)]:
            msg = f"gazetteer index {path} is from an older version; run `geo setup --rebuild`"
            raise GazetteerError(msg)
        self._cache: dict[str, list[Candidate]] = {}
        self._skeletons: dict[str, list[Candidate]] = {}
        self._ones: dict[tuple[str, str], Candidate | None] = {}  # regions, countries, capitals
        self._facilities: dict[tuple[str, str], list[Candidate]] = {}
        self._towns_in: dict[str, list[Candidate]] = {}
        self._well_known: frozenset[str] | None = None

    def _query(self, sql: str, parameters: Iterable = ()) -> list[tuple]:
        """The rows of a query; a damaged index (truncated, overwritten) is a GazetteerError."""
        try:
            return self._db.execute(sql, tuple(parameters)).fetchall()
        except sqlite3.Error as e:
            raise self._unreadable(e) from None

    def _unreadable(self, error: sqlite3.Error) -> GazetteerError:
        msg = (f"gazetteer index {self._path} is unreadable ({error}); "
               "run `geo setup --rebuild`")
        return GazetteerError(msg)

    def lookup(self, names: Iterable[str]) -> dict[str, list[Candidate]]:
        """Candidates for each name that the gazetteer knows (exact, case-sensitive)."""
        names = list(names)
        self._fill(self._cache, "name", "name", names, 0)
        return {n: self._cache[n] for n in names if self._cache.get(n)}

    def lookup_skeletons(self, keys: Iterable[str]) -> dict[str, list[Candidate]]:
        """Candidates for each spelling skeleton (``geo.text.spelling.skeleton``), flagged
        ``FUZZY``: places whose name is written another way."""
        keys = list(keys)
        self._fill(self._skeletons, "skeleton", "key", keys, FUZZY)
        return {k: self._skeletons[k] for k in keys if self._skeletons.get(k)}

    def _fill(self, cache: dict, table: str, column: str, keys: list[str], extra: int) -> None:
        wanted = [k for k in set(keys) if k not in cache]
        for chunk_start in range(0, len(wanted), 500):
            chunk = wanted[chunk_start : chunk_start + 500]
            for k in chunk:
                cache[k] = []
            marks = ",".join("?" * len(chunk))
            query = (f"SELECT n.{column}, n.flags, {_COLUMNS} FROM {table} n "
                     f"JOIN place p ON p.id = n.place_id WHERE n.{column} IN ({marks})")
            for row in self._query(query, chunk):
                cache[row[0]].append(_candidate(row[1] | extra, PlaceRecord(*row[2:])))

    def same_spelling(self, name: str) -> list[str]:
        """The names the index holds that differ from ``name`` only in case, accents and
        signs (``fold``): "kyiv" -> ["Kyiv"]."""
        folded = fold(name)
        rows = self._query(
            "SELECT DISTINCT n.name FROM skeleton s JOIN name n ON n.place_id = s.place_id "
            "WHERE s.key = ?", (skeleton(name),))
        return sorted(n for (n,) in rows if fold(n) == folded)

    def similar_names(self, name: str, *, limit: int = 5) -> list[str]:
        """Up to ``limit`` names the index holds that are spelt most like ``name`` (difflib's
        ratio over folded names with the same first letter), for "did you mean"."""
        folded = fold(name)
        if not folded:
            return []
        first = folded[0]
        by_fold: dict[str, str] = {}
        for start in {first.upper(), first}:
            rows = self._query("SELECT DISTINCT name FROM name WHERE name >= ? AND name < ?",
                               (start, chr(ord(start) + 1)))
            for (n,) in rows:
                by_fold.setdefault(fold(n), n)
        close = difflib.get_close_matches(folded, list(by_fold), n=limit, cutoff=0.75)
        return [by_fold[f] for f in close]

    def well_known_names(self) -> frozenset[str]:
        """The names, in lower case, of the countries, continents, cities of a million or
        more people and states of the United States, under their own names and no ordinary
        word or first name: names informal text writes in lower case ("chicago", "los
        angeles", "tennessee"). Not other first-level regions, many of whose names are words
        too ("delta", "centre", "bury", "islands")."""
        if self._well_known is None:
            # a place's own name, looked up by the name table's key (a scan of that table,
            # which has no index by place, took a quarter of a second)
            rows = self._query(
                "SELECT DISTINCT p.name FROM place p CROSS JOIN name n "
                "ON n.name = p.name AND n.place_id = p.id "
                "WHERE n.flags = 0 AND (p.kind IN ('country', 'region_other') "
                f"OR p.population >= {WELL_KNOWN_TOWN} "
                "OR (p.kind = 'admin1' AND p.country = 'US'))")
            self._well_known = frozenset(n.lower() for (n,) in rows)
        return self._well_known

    def names_beginning(self, prefix: str) -> list[str]:
        """The names, longer than ``prefix`` and beginning with it (case-sensitive), of
        the countries, first-level regions, continents and cities of a million or more
        people, no ordinary word among them: what a name cut short may have been
        ("Ukrain" -> "Ukraine")."""
        rows = self._query(
            "SELECT DISTINCT n.name FROM name n JOIN place p ON p.id = n.place_id "
            f"WHERE n.name > ? AND n.name < ? AND n.flags IN (0, {ALTERNATE}) AND (p.kind IN "
            f"('country', 'admin1', 'region_other') OR p.population >= {WELL_KNOWN_TOWN})",
            (prefix, prefix + "\U0010ffff"))
        return sorted(name for (name,) in rows if name.startswith(prefix))

    def region(self, admin1_iso: str) -> Candidate | None:
        """The admin-1 region with this ISO 3166-2 code."""
        return self._one("p.kind='admin1' AND p.admin1_iso=?", admin1_iso)

    def country(self, alpha2: str) -> Candidate | None:
        """The country with this ISO 3166-1 alpha-2 code."""
        return self._one("p.kind='country' AND p.country=?", alpha2)

    def capital(self, alpha2: str) -> Candidate | None:
        """The capital city of the country with this ISO 3166-1 alpha-2 code."""
        return self._one("p.kind='city' AND p.feature='capital' AND p.country=?", alpha2)

    def facilities_in(self, admin1_iso: str, feature: str) -> list[Candidate]:
        """Curated facilities of a type (e.g. ``nuclear_power_plant``) inside a region."""
        key = (admin1_iso, feature)
        if key not in self._facilities:
            rows = self._query(
                f"SELECT {_COLUMNS} FROM place p "
                "WHERE p.kind='facility' AND p.admin1_iso=? AND p.feature=?", key)
            self._facilities[key] = [_candidate(0, PlaceRecord(*row)) for row in rows]
        return list(self._facilities[key])

    def towns_in(self, admin1_iso: str) -> list[Candidate]:
        """The towns and second-level units of a first-level region."""
        if admin1_iso not in self._towns_in:
            rows = self._query(f"SELECT {_COLUMNS} FROM place p WHERE p.admin1_iso=? "
                               "AND p.kind IN ('city', 'admin2')", (admin1_iso,))
            self._towns_in[admin1_iso] = [_candidate(FUZZY, PlaceRecord(*row)) for row in rows]
        return self._towns_in[admin1_iso]

    def _one(self, where: str, value: str) -> Candidate | None:
        key = (where, value)
        if key not in self._ones:
            rows = self._query(f"SELECT {_COLUMNS} FROM place p WHERE {where}", (value,))
            self._ones[key] = _candidate(0, PlaceRecord(*rows[0])) if rows else None
        return self._ones[key]


def _candidate(flags: int, r: PlaceRecord) -> Candidate:
    place = Place(name=r.name, kind=r.kind, lat=r.lat, lon=r.lon, country=r.country,
                  admin1_iso=r.admin1_iso, admin1_name=r.admin1_name,
                  population=r.population or 0, geonameid=r.geonameid, source=r.source,
                  radius_km=r.radius_km or 0.0)
    return Candidate(id=r.id, place=place, flags=flags, feature=r.feature or "",
                     admin2=r.admin2, admin1_alt=r.admin1_alt)


def lookup_spelt_like(gazetteer, names: Iterable[str]) -> dict[str, list[Candidate]]:
    """Candidates for each name written another way, from any gazetteer (offline or online):
    those of its spelling skeletons (``geo.text.spelling.skeletons``), flagged ``FUZZY``."""
    keys = {name: skeletons(name) for name in names}
    found = gazetteer.lookup_skeletons(k for ks in keys.values() for k in ks)
    return {name: [c for k in ks for c in found.get(k, [])] for name, ks in keys.items()}
