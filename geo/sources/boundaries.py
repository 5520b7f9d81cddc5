"""First-level administrative boundaries (Natural Earth admin-1 and friends) via GDAL/pyogrio.

The default source is Natural Earth's ``states_provinces`` layer as shipped in Debian's
``qgis-common`` package (``world_map.gpkg``). Other admin-1 files work through a
``ColumnMapping`` (Natural Earth 10m, geoBoundaries, GADM). Every source is normalised to
one frame: ``admin1_iso``, ``name``, ``country``, ``alt_names``, ``geometry`` (EPSG:4326).

``world_map.gpkg`` has no ISO 3166-2 column, so codes come from a crosswalk: each region is
matched to ``pycountry.subdivisions`` of its country by normalised names, and the cases that
automatic matching misses or gets wrong are listed in ``geo/data/admin1_iso_crosswalk.csv``.

Units since merged into another (Pakistan's tribal areas into Khyber Pakhtunkhwa, Norway's
2018-2020 counties; ``geo/data/admin1_mergers.csv``) are dissolved into their successor, so
that each code has one row: the 4,556 regions of ``world_map.gpkg`` become 4,547 rows, of
which 586 end without a code (numbers from pycountry 26.2): 151 lie in 40 territories that
ISO codes as countries with no subdivisions (Hong Kong, Aland, Kosovo, Puerto Rico, ...); 6
are nameless slivers; 7 are units ISO does not code or has split with no successor of the
same name (Gaza Strip, West Bank, UNDOF zone, four pre-2015 DR Congo provinces; listed in the
CSV); the rest are in countries whose Natural Earth units follow an older or different
division than ISO's current one, chiefly Latvia (80 of 119, 2021 reform), Philippines (41),
UK (29), Bosnia (17, ISO codes only its entities), Morocco (16), Madagascar (16, ISO keeps
the six old provinces) and Cote d'Ivoire (11). Russia, Ukraine, Belarus, Poland, Lebanon,
Israel, Pakistan, Sudan, Yemen, Georgia, Ethiopia, Iraq, Iran, Nigeria, Bangladesh, Haiti and
the Central African Republic are complete (Syria but for the UNDOF zone).
"""

from __future__ import annotations

import re
import shutil
import subprocess
import tempfile
import unicodedata
from dataclasses import dataclass, replace
from difflib import SequenceMatcher
from pathlib import Path

import geopandas as gpd
import pandas as pd
import pycountry
import pyogrio
import shapely

from geo import settings
from geo.errors import BoundariesError
from geo.output.basemap import coarse_world
from geo.output.files import atomic_path
from geo.sources.tables import read_table

ADMIN1_COLUMNS = ["admin1_iso", "name", "country", "alt_names", "geometry"]
COUNTRY_COLUMNS = ["country", "name", "geometry"]
_QGIS_MEMBER = "usr/share/qgis/resources/data/world_map.gpkg"
# geoBoundaries and GADM use these user-assigned alpha-3 codes for Kosovo.
_EXTRA_ALPHA3 = {"XKX": "XK", "XKO": "XK", "KOS": "XK"}
# How close (0..1 similarity of normalised names) a fuzzy name match must be.
_FUZZY_MIN = 0.84


@dataclass(frozen=True)
class ColumnMapping:
    """Which columns of an admin-1 file hold what.

    ``layer`` None means the file's first layer; ``country`` may hold alpha-2 or alpha-3
    codes; ``alt_names`` columns may hold several names joined by ``|``.
    """

    layer: str | None
    name: str
    country: str | None = None
    iso_3166_2: str | None = None
    alt_names: tuple[str, ...] = ()


WORLD_MAP = ColumnMapping(
    layer="states_provinces", name="name", country="iso_a2", alt_names=("gn_name", "woe_name")
)
NATURAL_EARTH_10M = ColumnMapping(
    layer="ne_10m_admin_1_states_provinces",
    name="name",
    country="iso_a2",
    iso_3166_2="iso_3166_2",
    alt_names=("name_alt", "gn_name", "woe_name"),
)
GEOBOUNDARIES = ColumnMapping(
    layer=None, name="shapeName", country="shapeGroup", iso_3166_2="shapeISO"
)
GADM = ColumnMapping(
    layer="ADM_ADM_1", name="NAME_1", country="GID_0", iso_3166_2="ISO_1", alt_names=("VARNAME_1",)
)
#: The normalised layer that ``build_admin1`` writes.
ADMIN1 = ColumnMapping(
    layer="admin1",
    name="name",
    country="country",
    iso_3166_2="admin1_iso",
    alt_names=("alt_names",),
)
PRESETS = (ADMIN1, NATURAL_EARTH_10M, GADM, GEOBOUNDARIES, WORLD_MAP)


def fetch_boundaries(dest: Path | None = None) -> Path:
    """Put Natural Earth's ``world_map.gpkg`` at ``dest`` if it is not there yet.

    Copies an installed QGIS's file, else downloads (without installing) Debian's
    ``qgis-common`` package with ``apt-get download`` and extracts the file from it.

    Parameters
    ----------
    dest : Path, optional
        Where the GeoPackage should end up; ``settings.BOUNDARIES_FILE`` by default.

    Returns
    -------
    Path
        ``dest``.
    """
    dest = Path(dest or settings.BOUNDARIES_FILE)
    if dest.exists():
        return dest
    if settings.QGIS_BOUNDARIES.exists():
        _copy_atomic(settings.QGIS_BOUNDARIES, dest)
        return dest
    apt_get, dpkg_deb = shutil.which("apt-get"), shutil.which("dpkg-deb")
    if apt_get is None or dpkg_deb is None:
        msg = (
            "cannot fetch boundaries: apt-get/dpkg-deb not found. Install QGIS, or copy "
            f"Natural Earth's world_map.gpkg to {dest}, or pass --boundaries FILE"
        )
        raise BoundariesError(msg)
    with tempfile.TemporaryDirectory() as tmp:
        # apt-get may warn that the download runs 'unsandboxed' as a normal user; harmless.
        got = subprocess.run(
            [apt_get, "download", "qgis-common"], cwd=tmp, capture_output=True, text=True
        )
        debs = sorted(Path(tmp).glob("qgis-common_*.deb"))
        if got.returncode != 0 or not debs:
            msg = (
                f"'apt-get download qgis-common' failed ({got.stderr.strip()[-300:]}). "
                "Run 'sudo apt-get update' and retry, or copy Natural Earth's world_map.gpkg "
                f"to {dest}, or pass --boundaries FILE"
            )
            raise BoundariesError(msg)
        subprocess.run([dpkg_deb, "-x", str(debs[0]), str(Path(tmp) / "x")], check=True)
        member = Path(tmp) / "x" / _QGIS_MEMBER
        if not member.exists():
            msg = f"{debs[0].name} has no {_QGIS_MEMBER}; pass --boundaries FILE instead"
            raise BoundariesError(msg)
        _copy_atomic(member, dest)
    return dest


def _copy_atomic(src: Path, dest: Path) -> None:
    try:
        dest.parent.mkdir(parents=True, exist_ok=True)
        with atomic_path(dest) as tmp:
            shutil.copyfile(src, tmp)
    except OSError as e:
        msg = (f"cannot write {dest} ({e.strerror}): make {dest.parent} writable, or set "
               "GEO_HOME to a writable folder")
        raise BoundariesError(msg) from None


def find_boundaries_file(path: Path | None = None) -> Path:
    """The admin-1 file to use: ``path``, else the fetched file, else QGIS's copy.

    Parameters
    ----------
    path : Path, optional
        An explicit file; it must exist.

    Returns
    -------
    Path
        An existing boundaries file.
    """
    if path is not None:
        path = Path(path)
        if not path.exists():
            msg = f"boundaries file {path} does not exist; check the --boundaries path"
            raise BoundariesError(msg)
        if not (path.is_file() or path.is_dir()):  # GDAL would wait on a pipe forever
            msg = f"boundaries file {path} is not a file; check the --boundaries path"
            raise BoundariesError(msg)
        return path
    for candidate in (settings.BOUNDARIES_FILE, settings.QGIS_BOUNDARIES):
        if candidate.exists():
            return candidate
    msg = (
        f"no boundaries file at {settings.BOUNDARIES_FILE}: run 'geo setup' to fetch "
        "Natural Earth admin-1, or pass --boundaries FILE"
    )
    raise BoundariesError(msg)


def detect_mapping(path: Path) -> ColumnMapping:
    """The preset whose columns a file has.

    Parameters
    ----------
    path : Path
        An admin-1 file GDAL can read.

    Returns
    -------
    ColumnMapping
        A preset, with ``layer`` set to the file's matching layer.
    """
    try:
        layers = [str(name) for name, _ in pyogrio.list_layers(path)]
    except Exception as exc:  # GDAL raises several types for unreadable files
        msg = f"cannot read boundaries file {path}: {exc}"
        raise BoundariesError(msg) from exc
    found: dict[str, list[str]] = {}
    for preset in PRESETS:
        for layer in [preset.layer] if preset.layer in layers else layers:
            if layer not in found:
                found[layer] = list(pyogrio.read_info(path, layer=layer)["fields"])
            if set(_required(preset)) <= set(found[layer]):
                alt = tuple(c for c in preset.alt_names if c in found[layer])
                return replace(preset, layer=layer, alt_names=alt)
    have = "; ".join(f"{layer}: {', '.join(cols)}" for layer, cols in found.items())
    need = " or ".join(f"({', '.join(_required(p))})" for p in PRESETS)
    msg = f"{path} has no known admin-1 columns. Found {have}. Need one of {need}"
    raise BoundariesError(msg)


def _required(mapping: ColumnMapping) -> list[str]:
    return [c for c in (mapping.name, mapping.country, mapping.iso_3166_2) if c]


def load_admin1(
    path: Path | None = None, *, mapping: ColumnMapping | None = None
) -> gpd.GeoDataFrame:
    """First-level regions as one normalised frame.

    Parameters
    ----------
    path : Path, optional
        An admin-1 file. Without it, the built ``settings.ADMIN1_FILE`` (built on first use
        from ``find_boundaries_file()``).
    mapping : ColumnMapping, optional
        Its columns; detected from the file when not given.

    Returns
    -------
    geopandas.GeoDataFrame
        Columns ``admin1_iso`` (ISO 3166-2 or None), ``name``, ``country`` (alpha-2),
        ``alt_names`` ('|'-joined), ``geometry`` (EPSG:4326, valid).
    """
    if path is None and mapping is None:
        return _read_layer(_built_admin1(), "admin1", ADMIN1_COLUMNS)
    path = find_boundaries_file(path)
    mapping = mapping or detect_mapping(path)
    if mapping.layer == ADMIN1.layer and mapping.name == ADMIN1.name:
        return _read_layer(path, "admin1", ADMIN1_COLUMNS)
    return normalise_admin1(_read_layer(path, mapping.layer, None), mapping)


def load_countries(path: Path | None = None) -> gpd.GeoDataFrame:
    """Countries with ISO alpha-2 codes.

    Parameters
    ----------
    path : Path, optional
        A file with a ``countries`` layer (``world_map.gpkg`` or a built admin-1 file).
        Without it, the built ``settings.ADMIN1_FILE``.

    Returns
    -------
    geopandas.GeoDataFrame
        Columns ``country`` (alpha-2), ``name``, ``geometry`` (EPSG:4326).
    """
    if path is None:
        return _read_layer(_built_admin1(), "countries", COUNTRY_COLUMNS)
    path = find_boundaries_file(path)
    raw = _read_layer(path, "countries", None)
    if list(raw.columns) == COUNTRY_COLUMNS:
        return raw
    admin1 = load_admin1(path)
    return _normalise_countries(raw, admin1)


def load_world() -> list | None:
    """The countries simplified for the offline base map, as ``geo setup`` stored them
    (None when the built file predates that layer: the map then simplifies them)."""
    built = _built_admin1()
    if "world" not in {str(name) for name, _ in pyogrio.list_layers(built)}:
        return None
    return list(_read_layer(built, "world", ["country", "geometry"]).geometry.values)


def build_admin1(source: Path, dest: Path) -> Path:
    """Write the normalised admin-1 frame and countries to a GeoPackage.

    Parameters
    ----------
    source : Path
        An admin-1 file; if it has a ``countries`` layer (``world_map.gpkg``), that is
        normalised too.
    dest : Path
        The GeoPackage to write, with layers ``admin1``, ``countries`` and ``world``
        (the countries simplified for the offline base map).

    Returns
    -------
    Path
        ``dest``.
    """
    admin1 = load_admin1(source)
    layers = [str(name) for name, _ in pyogrio.list_layers(source)]
    countries = None
    if "countries" in layers:
        countries = _normalise_countries(_read_layer(source, "countries", None), admin1)
    try:
        dest.parent.mkdir(parents=True, exist_ok=True)
        with atomic_path(dest) as tmp:
            pyogrio.write_dataframe(admin1, tmp, layer="admin1", driver="GPKG")
            if countries is not None:
                pyogrio.write_dataframe(countries, tmp, layer="countries", driver="GPKG")
                world = gpd.GeoDataFrame({"country": countries["country"]}, crs=4326,
                                         geometry=coarse_world(countries.geometry.values))
                pyogrio.write_dataframe(world, tmp, layer="world", driver="GPKG")
    except (OSError, pyogrio.errors.DataSourceError, pyogrio.errors.DataLayerError) as e:
        reason = e.strerror if isinstance(e, OSError) and e.strerror else e
        msg = (f"cannot write the regions file {dest} ({reason}): make {dest.parent} writable "
               "and run `geo setup`, or set GEO_HOME to a writable folder")
        raise BoundariesError(msg) from None
    return dest


def _built_admin1() -> Path:
    """``settings.ADMIN1_FILE``, (re)built if missing or older than the crosswalk."""
    if not settings.admin1_file_is_current():
        build_admin1(find_boundaries_file(), settings.ADMIN1_FILE)
    return settings.ADMIN1_FILE


def _read_layer(path: Path, layer: str | None, columns: list[str] | None) -> gpd.GeoDataFrame:
    try:
        frame = pyogrio.read_dataframe(path, layer=layer, use_arrow=_HAS_ARROW)
    except Exception as exc:  # GDAL raises several types for unreadable files
        msg = f"cannot read layer {layer!r} of {path}: {exc}"
        raise BoundariesError(msg) from exc
    if columns is not None:
        frame = _none_for_missing(frame[columns], [c for c in columns if c != "geometry"])
    return frame


def region_by_iso(admin1: gpd.GeoDataFrame, iso: str) -> pd.Series:
    """The admin-1 row with ISO 3166-2 code ``iso`` (the largest if several share it)."""
    rows = admin1[admin1["admin1_iso"] == iso]
    if rows.empty:
        msg = f"no admin-1 region with ISO 3166-2 code {iso!r}"
        raise BoundariesError(msg)
    return rows.iloc[int(shapely.area(rows.geometry.to_numpy()).argmax())]


def normalise_admin1(raw: gpd.GeoDataFrame, mapping: ColumnMapping) -> gpd.GeoDataFrame:
    """Turn a raw admin-1 layer into the normalised frame (see ``load_admin1``)."""
    raw = raw[raw.geometry.notna() & ~raw.geometry.is_empty]
    raw = raw.set_crs(4326) if raw.crs is None else raw.to_crs(4326)
    names = [_text(n) for n in raw[mapping.name]]
    alternatives = (
        zip(*(raw[c] for c in mapping.alt_names), strict=True)
        if mapping.alt_names
        else [()] * len(raw)
    )
    all_names = []
    for name, alts in zip(names, alternatives, strict=True):
        parts = [p.strip() for a in alts if _text(a) for p in a.split("|")]
        all_names.append(list(dict.fromkeys(p for p in [name, *parts] if p)))
    countries = [_alpha2(c) for c in raw[mapping.country]] if mapping.country else [None] * len(raw)
    codes = (
        [_valid_iso(c) for c in raw[mapping.iso_3166_2]]
        if mapping.iso_3166_2
        else [None] * len(raw)
    )
    merged = _merged_units(countries, names)
    missing = [i for i, code in enumerate(codes) if code is None and i not in merged]
    found = crosswalk([(countries[i], names[i], all_names[i]) for i in missing])
    for i, code in zip(missing, found, strict=True):
        codes[i] = code
    # A region Natural Earth misspells ("Moskovsskaya") is shown by its English name.
    display = {r["admin1_iso"]: r["name"] for r in read_table("admin1_names")}
    names = [display.get(code, n) for n, code in zip(names, codes, strict=True)]
    out = gpd.GeoDataFrame(
        {
            "admin1_iso": codes,
            "name": [n or (ns[0] if ns else None) for n, ns in zip(names, all_names, strict=True)],
            # Contested and re-coded units follow ISO: the code's prefix names the country.
            "country": [code[:2] if code else c for code, c in zip(codes, countries, strict=True)],
            "alt_names": [
                _alt_names(n, [n, *ns] if n else ns, code)
                for n, ns, code in zip(names, all_names, codes, strict=True)
            ],
        },
        geometry=raw.geometry.make_valid().to_numpy(),
        crs=4326,
    )
    out = _dissolve_merged(out, merged)
    return _none_for_missing(out, ADMIN1_COLUMNS[:-1])


def _merged_units(countries: list[str | None], names: list[str | None]) -> dict[int, str]:
    """Row -> successor's ISO 3166-2 code, for the rows of units since merged into another
    (``geo/data/admin1_mergers.csv``: Pakistan's former tribal areas are Khyber Pakhtunkhwa)."""
    successors = {(r["country"], r["ne_name"]): r["successor"]
                  for r in read_table("admin1_mergers")}
    return {i: successors[key] for i, key in enumerate(zip(countries, names, strict=True))
            if key in successors}


def _dissolve_merged(out: gpd.GeoDataFrame, merged: dict[int, str]) -> gpd.GeoDataFrame:
    """One row per successor of merged units: their outlines dissolved into it, their names
    its alternate names. Two rows under one code would leave a town of either in a region
    the code does not single out."""
    if not merged:
        return out
    geometry = list(out.geometry.to_numpy())
    dropped: set[int] = set()
    for code in dict.fromkeys(merged.values()):
        parts = [i for i, c in enumerate(out["admin1_iso"]) if c == code or merged.get(i) == code]
        own = [i for i in parts if i not in merged]  # the successor's own row, if drawn
        head = own[0] if own else parts[0]
        name = out.at[head, "name"] if own else _parts(
            pycountry.subdivisions.get(code=code).name)[0]
        names = [n for i in parts
                 for n in [out.at[i, "name"], *(out.at[i, "alt_names"] or "").split("|")] if n]
        out.loc[head, ["admin1_iso", "country", "name"]] = [code, code[:2], name]
        out.at[head, "alt_names"] = _alt_names(name, names, code)
        geometry[head] = shapely.union_all([geometry[i] for i in parts])
        dropped.update(i for i in parts if i != head)
    out = out.set_geometry(geometry, crs=4326)
    return out.drop(index=sorted(dropped)).reset_index(drop=True)


def _none_for_missing(frame: gpd.GeoDataFrame, columns: list[str]) -> gpd.GeoDataFrame:
    """Text columns as objects with None (not NaN) for missing values."""
    for c in columns:
        frame[c] = frame[c].astype(object).where(frame[c].notna(), None)
    return frame


def _text(value: object) -> str | None:
    return value.strip() if isinstance(value, str) and value.strip() else None


def _alpha2(code: object) -> str | None:
    if not isinstance(code, str) or len(code) not in (2, 3):
        return None
    code = code.upper()
    if code in _EXTRA_ALPHA3:
        return _EXTRA_ALPHA3[code]
    if len(code) == 2:
        return code if pycountry.countries.get(alpha_2=code) or code == "XK" else None
    country = pycountry.countries.get(alpha_3=code)
    return country.alpha_2 if country else None


def _valid_iso(code: object) -> str | None:
    if isinstance(code, str) and pycountry.subdivisions.get(code=code.strip().upper()):
        return code.strip().upper()
    return None


def _alt_names(name: str | None, names: list[str], iso: str | None) -> str:
    """Other names of a region, with designator-stripped variants, '|'-joined."""
    if iso:
        names = [*names, *_parts(pycountry.subdivisions.get(code=iso).name)]
    seen = {name.casefold()} if name else set()
    out = []
    for n in names:
        for variant in (n.strip(), _strip_designators(n)):
            if variant and variant.casefold() not in seen:
                seen.add(variant.casefold())
                out.append(variant)
    return "|".join(out)


# --- ISO 3166-2 crosswalk -------------------------------------------------------------

_DESIGNATORS = {
    "oblast", "oblasti", "kray", "krai", "respublika", "republic", "republika", "avtonomnyy",
    "avtonomnaya", "avtonomna", "okrug", "autonomous", "province", "provincia", "prefecture",
    "governorate", "mohafazat", "muhafazat", "muhafazah", "state", "region", "district",
    "city", "municipality", "misto", "territory", "department", "departement", "departamento",
    "estado", "mkhare", "county", "of", "the", "de", "du", "des", "la", "le", "del", "and",
    "novads", "novadas", "laen", "lan", "zupanija", "opstina", "obcina", "rayon", "rayonu",
    "marz", "viloyati", "dzongkhag", "wilaya", "wilayat", "ostan", "khett", "provinsi", "tinh",
    "mintaqat", "shabiyat", "gouvernorat", "provincie", "kanton", "canton", "voblasts",
    "voblast", "voblasc", "wojewodztwo", "raionul",
}  # fmt: skip
# Letters that Unicode does not decompose to ASCII.
_LETTERS = str.maketrans({"ð": "d", "đ": "d", "ı": "i", "ø": "o", "ł": "l", "ß": "ss", "æ": "ae"})
_DIRECTIONS = {"northern": "north", "southern": "south", "eastern": "east", "western": "west"}
# Words that tell neighbours apart; a fuzzy match must agree on them ('North X' != 'South X').
_DISTINGUISHING = {
    "north", "south", "east", "west", "central", "upper", "lower", "nord", "sud", "est",
    "ouest", "norte", "sur", "oeste", "haut", "bas", "inner", "outer", "new", "old",
}  # fmt: skip
_APOSTROPHES = re.compile(r"['`´‘’ʻʼ\"]")
#: A French article elided before a name's first vowel ("L'Artibonite" is ISO's "Artibonite").
_ELIDED_ARTICLE = re.compile(r"\b[ld]['’](?=[aeiouh])")
_SEPARATORS = re.compile(r"[^\w\s]+|_")
_DESIGNATOR_WORDS = re.compile(
    r"\b(?:oblast'?|kray|krai|respublika|mohafazat|muhafazat|governorate|province|misto)\b\s*",
    re.IGNORECASE,
)


def _strip_designators(name: str) -> str:
    """'Kurskaya Oblast'' -> 'Kurskaya' (keeps case and diacritics)."""
    stripped = _DESIGNATOR_WORDS.sub(" ", name)
    return re.sub(r"\s+", " ", stripped).strip(" ,-'")


def _normalise(name: str) -> str:
    """Casefolded, ASCII, without apostrophes, designators or punctuation."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()
    text = text.translate(_LETTERS)
    text = _SEPARATORS.sub(" ", _APOSTROPHES.sub("", _ELIDED_ARTICLE.sub("", text)))
    words = [_DIRECTIONS.get(w, w) for w in text.split() if w not in _DESIGNATORS]
    return " ".join(words)


def _parts(iso_name: str) -> list[str]:
    """'Adygeya, Respublika' -> ['Adygeya, Respublika', 'Adygeya']; bracketed notes dropped."""
    base = re.sub(r"\s*\[[^\]]*\]", "", iso_name).strip()
    pieces = [p.strip() for p in re.split(r"[;,]", base) if p.strip()]
    return list(dict.fromkeys([base, *pieces]))


def _subdivision_names(country: str) -> dict[str, tuple[list[str], bool]]:
    """ISO code -> (normalised names, is top-level) for one country."""
    out = {}
    try:
        subs = pycountry.subdivisions.get(country_code=country) or []
    except LookupError:  # a code pycountry does not know, e.g. XK
        return {}
    for sub in subs:
        names = {_normalise(p) for p in _parts(sub.name)} - {""}
        out[sub.code] = (sorted(names), sub.parent_code is None)
    return out


def crosswalk(regions: list[tuple[str | None, str | None, list[str]]]) -> list[str | None]:
    """ISO 3166-2 codes for regions given as (country alpha-2, name, all names).

    Curated rows of ``geo/data/admin1_iso_crosswalk.csv`` win; the rest are matched per
    country to ``pycountry.subdivisions`` by normalised names, exact before fuzzy,
    top-level before nested, one region per code.

    Parameters
    ----------
    regions : list of tuple
        ``(country, name, names)`` with ``names`` holding the name and its alternatives.

    Returns
    -------
    list of str or None
        One code (or None) per region, in order.
    """
    overrides = {
        (r["country"], r["ne_name"]): r["admin1_iso"] or None
        for r in read_table("admin1_iso_crosswalk")
    }
    codes: list[str | None] = [None] * len(regions)
    by_country: dict[str, list[int]] = {}
    taken: set[str] = set()
    for i, (country, name, _) in enumerate(regions):
        if (country, name) in overrides:
            codes[i] = overrides[(country, name)]
            taken.add(codes[i] or "")
        elif country:
            by_country.setdefault(country, []).append(i)
    for country, idx in by_country.items():
        subs = {k: v for k, v in _subdivision_names(country).items() if k not in taken}
        if not subs:
            continue
        wanted = {i: [_normalise(n) for n in regions[i][2]] for i in idx}
        for i, code in _assign(wanted, subs).items():
            codes[i] = code
    return codes


def _assign(
    wanted: dict[int, list[str]], subs: dict[str, tuple[list[str], bool]]
) -> dict[int, str]:
    """Greedy one-to-one matching of regions to subdivisions by best name score."""
    scored = []
    for i, names in wanted.items():
        for code, (sub_names, top) in subs.items():
            best = 0.0
            for rank, n in enumerate(names):
                if n:
                    weight = 1.0 - 0.01 * min(rank, 3)  # a region's own name counts most
                    best = max([best, *(_similarity(n, s) * weight for s in sub_names)])
            if best:
                scored.append((best + (0.005 if top else 0.0), i, code))
    scored.sort(key=lambda t: (-t[0], t[1], t[2]))
    out: dict[int, str] = {}
    used: set[str] = set()
    for _, i, code in scored:
        if i not in out and code not in used:
            out[i] = code
            used.add(code)
    return out


def _similarity(n: str, s: str) -> float:
    """1 for equal normalised names, 0.97 x their ratio for a close fuzzy match, else 0."""
    if n == s:
        return 1.0
    if n[0] != s[0] or _DISTINGUISHING.intersection(n.split()) != _DISTINGUISHING.intersection(
        s.split()
    ):
        return 0.0
    matcher = SequenceMatcher(None, n, s)
    if matcher.real_quick_ratio() < _FUZZY_MIN:
        return 0.0
    sim = matcher.ratio() * 0.97  # any exact match beats a fuzzy one
    return sim if sim >= _FUZZY_MIN * 0.97 else 0.0


# --- countries -------------------------------------------------------------------------


def _normalise_countries(raw: gpd.GeoDataFrame, admin1: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """Alpha-2 codes for Natural Earth countries, repairing -99/missing ones.

    Tries ``iso_a2``, then ``ISO_A3``/``WB_A2``/``WB_A3``, then the name; a country still
    without a code takes the code most of its admin-1 regions carry.
    """
    raw = raw[raw.geometry.notna()].to_crs(4326)
    cols = {c.casefold(): c for c in raw.columns}
    code = pd.Series(None, index=raw.index, dtype=object)
    for col in ("iso_a2", "iso_a3", "wb_a2", "wb_a3", "adm0_a3"):
        if col in cols:
            code = code.fillna(raw[cols[col]].map(_alpha2))
    name_col = cols.get("name") or cols.get("admin")
    names = raw[name_col] if name_col else pd.Series(None, index=raw.index)
    code = code.fillna(names.map(_alpha2_by_name))
    lost = code.isna()
    if lost.any():
        points = admin1.loc[admin1["country"].notna(), ["country", "geometry"]].copy()
        points["geometry"] = points.geometry.representative_point()
        hits = gpd.sjoin(points, raw.loc[lost, ["geometry"]], predicate="within")
        common = hits.groupby("index_right")["country"].agg(lambda s: s.value_counts().idxmax())
        code = code.fillna(common)
    out = gpd.GeoDataFrame(
        {"country": code.to_numpy(), "name": names.to_numpy()},
        geometry=raw.geometry.make_valid().to_numpy(),
        crs=4326,
    )
    out = out[out["country"].notna()].reset_index(drop=True)
    unnamed = out["name"].isna()
    out.loc[unnamed, "name"] = out.loc[unnamed, "country"].map(_country_name)
    return _none_for_missing(out, ["country", "name"])


def _alpha2_by_name(name: object) -> str | None:
    if not isinstance(name, str):
        return None
    try:
        return pycountry.countries.lookup(name).alpha_2
    except LookupError:
        return None


def _country_name(alpha2: str) -> str | None:
    country = pycountry.countries.get(alpha_2=alpha2)
    return getattr(country, "common_name", None) or (country.name if country else None)


def _has_arrow() -> bool:
    try:
        import pyarrow  # noqa: F401
    except ImportError:
        return False
    return True


_HAS_ARROW = _has_arrow()
