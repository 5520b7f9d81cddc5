"""Areas of stated size: find "1,400 square kilometres" in text and draw a polygon that big.

An article gives a size, not a boundary, so the drawn shape is illustrative: a buffer grown
from the border the actor crossed (or around a town named in the region) and clipped to the
region, until it has the stated area on a Lambert azimuthal equal-area projection centred on
the region. ``area_from_file`` reads a real outline instead, for ``--area-file``.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import shapely
from pyproj import CRS, Transformer
from shapely.geometry import MultiPolygon, Point, Polygon
from shapely.geometry.base import BaseGeometry

from geo.model import Area, Place
from geo.sentences import split_sentences

#: Square kilometres per unit, keyed by the regex group that matched the unit.
KM2_PER_UNIT = {"km2": 1.0, "mi2": 2.589988110336, "ha": 0.01, "acre": 0.004046856422}
_METRIC = ("km2", "ha")
#: Repeated reports of one area: same region and sizes within this relative difference.
SAME_SIZE = 0.05
#: How often a shape is regrown when the final clip in lon/lat changed its size.
_CLIP_CORRECTIONS = 3
#: The drawn area stops growing once it is this close (relative) to the stated size.
_TOLERANCE = 0.002
#: How far apart (metres) two boundaries may lie and still count as one shared border.
_BORDER_TOLERANCE_M = 1_000.0

_QUALIFIERS = (
    "nearly", "almost", "about", "around", "some", "roughly", "approximately", "over", "under",
    "more than", "less than", "at least", "up to", "close to", "just over", "just under",
)  # fmt: skip
#: A figure and its unit.
_FIGURE = r"""
    (?<![\w.,])
    (?P<number>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)
    (?:\s+(?P<scale>thousand|million))?
    [\s-]*
    (?:
        (?P<km2>(?:square|sq\.?)[\s-]*(?:kilomet(?:re|er)s?|kms?)|km\s?(?:2|²)|km\^2)
      | (?P<mi2>(?:square|sq\.?)[\s-]*(?:miles?|mi))
      | (?P<ha>hectares?|ha)
      | (?P<acre>acres?)
    )
    (?![A-Za-z0-9])
"""
_QUALIFIED = rf"(?:(?P<qualifier>{'|'.join(map(re.escape, _QUALIFIERS))})\s+)?"
_QUANTITY = re.compile(_QUALIFIED + _FIGURE, re.IGNORECASE | re.VERBOSE)
#: The figure alone is found ten times faster: ``_quantities`` looks for the qualifier after.
_BARE_QUANTITY = re.compile(_FIGURE, re.IGNORECASE | re.VERBOSE)
#: What may stand between two figures for one area: "1,400 km2 (540 sq mi)", "... or ...".
_SAME_AREA_GAP = re.compile(r"\s*(?:\(|,?\s*or\s+|/)\s*", re.IGNORECASE)
_SCALE = {"thousand": 1e3, "million": 1e6}


@dataclass(frozen=True)
class StatedArea:
    """A size stated in the text, in square kilometres, with where it was stated."""

    stated_text: str  # "nearly 1,400 square kilometres"
    area_km2: float
    start: int
    end: int
    sentence: str


@dataclass(frozen=True)
class ShapeFromFile:
    """An area outline read from a file, with its measured size."""

    geometry: BaseGeometry  # WGS84 lon/lat
    area_km2: float
    shape_source: str  # the file name
    method: str


def find_stated_areas(text: str) -> list[StatedArea]:
    """Find every stated area size in ``text``.

    A figure given in two units ("1,400 square kilometres (540 square miles)") is one area
    and keeps the metric figure. Each report is returned; ``merge_repeated_areas`` folds
    reports of the same area once their regions are known.

    Parameters
    ----------
    text : str
        The article text.

    Returns
    -------
    list of StatedArea
        In order of appearance, sizes converted to km².
    """
    found = _quantities(text)
    sentences = split_sentences(text) if found else []
    starts = [start for start, _ in sentences]
    quoted: dict[int, str] = {}  # each sentence's text, one string however many areas it states
    areas: list[StatedArea] = []
    i = 0
    while i < len(found):
        group = [found[i]]
        if i + 1 < len(found) and _SAME_AREA_GAP.fullmatch(
            text, found[i].end(), found[i + 1].start()
        ):
            group.append(found[i + 1])
        i += len(group)
        chosen = next((m for m in group if _unit(m) in _METRIC), group[0])
        km2 = _km2(chosen)
        if not 0 < km2 < math.inf:  # "0 square kilometres", or more digits than a float holds
            continue
        areas.append(
            StatedArea(
                stated_text=chosen.group(0),
                area_km2=km2,
                start=chosen.start(),
                end=chosen.end(),
                sentence=_sentence(text, sentences, starts, chosen.start(), quoted),
            )
        )
    return areas


def _quantities(text: str) -> list[re.Match]:
    """``_QUANTITY.finditer(text)``: each figure found bare, then matched with the qualifier
    that may end at the white space before it."""
    out: list[re.Match] = []
    end = 0
    for bare in _BARE_QUANTITY.finditer(text):
        space = bare.start()
        while space > end and text[space - 1].isspace():
            space -= 1
        found = None
        if space < bare.start():  # a qualifier may end where the white space begins
            first = max(end, space - max(map(len, _QUALIFIERS)))
            tries = (_QUANTITY.match(text, s) for s in range(first, space))
            found = next(filter(None, tries), None)
        out.append(found or _QUANTITY.match(text, bare.start()))
        end = out[-1].end()
    return out


def _unit(match: re.Match) -> str:
    return next(unit for unit in KM2_PER_UNIT if match.group(unit))


def _km2(match: re.Match) -> float:
    value = float(match.group("number").replace(",", ""))
    if match.group("scale"):
        value *= _SCALE[match.group("scale").lower()]
    return value * KM2_PER_UNIT[_unit(match)]


def _sentence(
    text: str, sentences: list[tuple[int, int]], starts: list[int], offset: int,
    quoted: dict[int, str],
) -> str:
    i = bisect_right(starts, offset) - 1
    if i < 0 or offset >= sentences[i][1]:
        return ""
    if i not in quoted:
        quoted[i] = text[slice(*sentences[i])]
    return quoted[i]


def equal_area_crs(geometry: BaseGeometry) -> CRS:
    """A Lambert azimuthal equal-area CRS centred on ``geometry`` (WGS84 lon/lat)."""
    centre = geometry.centroid
    return _laea(centre.y, centre.x)


@lru_cache(maxsize=256)
def _laea(lat: float, lon: float) -> CRS:
    """One CRS object per centre, so that its transformers are built once (see below)."""
    return CRS.from_dict(
        {"proj": "laea", "lat_0": lat, "lon_0": lon, "datum": "WGS84", "units": "m"}
    )


@lru_cache(maxsize=256)
def _transformers(crs: CRS) -> tuple[Transformer, Transformer]:
    """To and from lon/lat; cached, as building them takes longer than most projections."""
    # A WGS84-based CRS's own lon/lat is EPSG:4326; naming it gives the same operation
    # without PROJ's search of its database for one (0.3 ms instead of 3.5 ms).
    geodetic = crs.geodetic_crs
    wgs84 = geodetic is not None and geodetic.datum.name.startswith("World Geodetic System 1984")
    lonlat = geodetic if wgs84 else "EPSG:4326"
    forward = Transformer.from_crs(lonlat, crs, always_xy=True)
    back = Transformer.from_crs(crs, lonlat, always_xy=True)
    return forward, back


def _project(geometry: BaseGeometry, transformer: Transformer) -> BaseGeometry:
    return shapely.transform(geometry, transformer.transform, interleaved=False)


def measure_area_km2(geometry: BaseGeometry, *, crs: CRS | None = None) -> float:
    """The area of a WGS84 geometry in km², on an equal-area projection.

    Parameters
    ----------
    geometry : BaseGeometry
        Lon/lat geometry.
    crs : pyproj.CRS, optional
        The equal-area CRS to measure on; by default one centred on ``geometry``.

    Returns
    -------
    float
    """
    forward, _ = _transformers(crs or equal_area_crs(geometry))
    return _project(geometry, forward).area / 1e6


def draw_stated_area(
    area_km2: float,
    region: BaseGeometry,
    *,
    toward: BaseGeometry | None = None,
    anchor: tuple[float, float] | None = None,
    region_name: str = "the region",
    toward_name: str = "the neighbouring country",
    anchor_name: str = "the named town",
) -> tuple[Polygon | MultiPolygon, str]:
    """Draw an illustrative polygon of the stated size inside a region.

    The shape is a buffer grown from the border the region shares with ``toward`` (from
    the line joining ``anchor`` to that border when both are given, around ``anchor`` when
    only it is), clipped to the region, its distance solved for until the area measured on a
    Lambert azimuthal equal-area projection centred on the region is within 0.2 % of the
    stated size.

    Parameters
    ----------
    area_km2 : float
        The stated size.
    region : BaseGeometry
        The first-level region, WGS84 lon/lat.
    toward : BaseGeometry, optional
        Where the actor came from, e.g. Ukraine for Ukrainian forces in Kursk.
    anchor : (float, float), optional
        Lon, lat of a town named in the region.
    region_name, toward_name, anchor_name : str
        Names used in the method string.

    Returns
    -------
    (Polygon or MultiPolygon, str)
        The WGS84 shape and a sentence saying how it was drawn. When the stated size is at
        least the region's, the region itself, and the sentence says so.
    """
    if area_km2 <= 0:
        msg = f"stated area must be positive, got {area_km2!r}"
        raise ValueError(msg)
    crs = equal_area_crs(region)
    forward, back = _transformers(crs)
    region = shapely.make_valid(region)
    region_m = shapely.make_valid(_project(region, forward))
    region_km2 = region_m.area / 1e6
    if area_km2 >= region_km2:
        return region, (
            f"whole region: the stated {area_km2:,.0f} km² is at least the area of "
            f"{region_name} ({region_km2:,.0f} km²), so all of {region_name} is drawn"
        )
    toward_m = _project(_near(toward, region), forward) if toward is not None else None
    anchor_m = Point(forward.transform(*anchor)) if anchor is not None else None
    seed, how = _seed(
        region_m,
        toward_m,
        anchor_m,
        region_name=region_name,
        toward_name=toward_name,
        anchor_name=anchor_name,
    )
    # Back in lon/lat, clip again: straight edges in one CRS bow slightly in the other, so
    # a shape against a long straight border (the 49th parallel) can lose a few per cent;
    # grow again to a target corrected by what the clip took away.
    target_m2 = area_km2 * 1e6
    for _ in range(_CLIP_CORRECTIONS):
        shape_m = _grow(seed, region_m, target_m2)
        shape = _polygonal(shapely.make_valid(_project(shape_m, back)).intersection(region))
        drawn_m2 = _project(shape, forward).area
        if abs(drawn_m2 - area_km2 * 1e6) <= _TOLERANCE * area_km2 * 1e6 or drawn_m2 <= 0:
            break
        target_m2 *= area_km2 * 1e6 / drawn_m2
    return (
        shape,
        f"illustrative shape: {how} inside {region_name}, sized to the stated {area_km2:,.0f} km²",
    )


def _near(toward: BaseGeometry, region: BaseGeometry) -> BaseGeometry:
    """The part of ``toward`` within 10° of the region (its nearest point if none is).

    Keeps far-off parts of a large country away from the edge of the projection.
    """
    local = _clip(toward, region.bounds, 10)
    if local.is_empty:
        return shapely.shortest_line(region, toward).interpolate(1, normalized=True)
    return local


def _clip(
    geometry: BaseGeometry, bounds: tuple[float, float, float, float], margin: float
) -> BaseGeometry:
    """The part of ``geometry`` inside ``bounds`` widened by ``margin``: GEOS's rectangle clip
    (ten times faster than an intersection), or the intersection where the clip is invalid."""
    minx, miny, maxx, maxy = bounds
    box = (minx - margin, miny - margin, maxx + margin, maxy + margin)
    clipped = shapely.clip_by_rect(geometry, *box)
    return clipped if clipped.is_valid else geometry.intersection(shapely.box(*box))


def _seed(
    region: BaseGeometry,
    toward: BaseGeometry | None,
    anchor: Point | None,
    *,
    region_name: str,
    toward_name: str,
    anchor_name: str,
) -> tuple[BaseGeometry, str]:
    """What the buffer grows from (projected metres) and a phrase naming it."""
    border, name = None, ""
    if toward is not None and toward.intersection(region).area < 0.01 * region.area:
        # only the part of ``toward`` near the region can come within the tolerance of it
        close = _clip(toward, region.bounds, 2 * _BORDER_TOLERANCE_M)
        border = region.boundary.intersection(close.buffer(_BORDER_TOLERANCE_M))
        name = f"the {region_name}-{toward_name} border"
        if border.is_empty:
            # Not neighbours: start from the point of the region nearest to them.
            border = shapely.shortest_line(region.boundary, toward).interpolate(0)
            name = f"the point of {region_name} nearest {toward_name}"
    if border is not None and anchor is not None:
        line = shapely.shortest_line(anchor, border)
        return line, f"buffer from the line joining {anchor_name} to the nearest point of {name}"
    if border is not None:
        return border, f"buffer from {name}"
    if anchor is not None:
        return anchor, f"circle around {anchor_name}"
    return region.point_on_surface(), f"circle around an interior point of {region_name}"


def _grow(seed: BaseGeometry, region: BaseGeometry, target_m2: float) -> BaseGeometry:
    """Find the buffer distance at which ``seed.buffer(d) & region`` has ``target_m2``.

    The area grows like ``a*d + b*d**2`` (a buffered line or point), so each step solves
    that curve through the last two trials (the first: a buffer whose inside half has the
    target area); a step that leaves the bracket the trials have set bisects it instead.
    """
    minx, miny, maxx, maxy = shapely.union(region.envelope, seed.envelope).bounds
    low, high = 0.0, float(((maxx - minx) ** 2 + (maxy - miny) ** 2) ** 0.5)
    length = seed.length
    guess = (2 * target_m2) / (length + (length**2 + 2 * math.pi * target_m2) ** 0.5)
    trials: list[tuple[float, float]] = []
    shape = region
    for _ in range(80):
        d = _next_distance(trials, target_m2, guess)
        if not low < d < high:
            d = (low + high) / 2
        shape = seed.buffer(d, quad_segs=16).intersection(region)
        error = (shape.area - target_m2) / target_m2
        if abs(error) <= _TOLERANCE:
            break
        low, high = (d, high) if error < 0 else (low, d)
        trials.append((d, shape.area))
    return shape


def _next_distance(trials: list[tuple[float, float]], target: float, guess: float) -> float:
    """The distance at which ``a*d + b*d**2`` through the last two trials reaches ``target``."""
    if not trials:
        return guess
    d2, a2 = trials[-1]
    if len(trials) == 1:
        return d2 * (target / a2) ** 0.5 if a2 > 0 else 2 * d2
    d1, a1 = trials[-2]
    # a*d1 + b*d1**2 = a1, a*d2 + b*d2**2 = a2
    det = d1 * d2**2 - d2 * d1**2
    a = (a1 * d2**2 - a2 * d1**2) / det
    b = (d1 * a2 - d2 * a1) / det
    if abs(b) < 1e-12 * abs(a):
        return target / a if a > 0 else 2 * d2
    disc = a * a + 4 * b * target
    return (-a + disc**0.5) / (2 * b) if disc >= 0 else 2 * d2


def _polygonal(geometry: BaseGeometry) -> Polygon | MultiPolygon:
    """Drop the points and lines an intersection can leave beside its polygons."""
    if isinstance(geometry, Polygon | MultiPolygon):
        return geometry
    parts = [g for g in getattr(geometry, "geoms", []) if isinstance(g, Polygon | MultiPolygon)]
    merged = shapely.union_all(parts)
    if not isinstance(merged, Polygon | MultiPolygon):
        msg = f"expected a polygonal shape, got {geometry.geom_type}"
        raise ValueError(msg)
    return merged


def build_area(
    stated: StatedArea,
    *,
    region: Place,
    region_shape: BaseGeometry,
    toward: BaseGeometry | None = None,
    toward_name: str | None = None,
    anchor: Place | None = None,
    actor: str | None = None,
) -> Area:
    """Draw a stated area in its region and return it as an ``Area``.

    Parameters
    ----------
    stated : StatedArea
        The size found in the text.
    region : Place
        The first-level region it lies in.
    region_shape : BaseGeometry
        That region's polygon, WGS84.
    toward : BaseGeometry, optional
        The country the actor came from; ``toward_name`` names it.
    toward_name : str, optional
    anchor : Place, optional
        A town named in the region that the shape is set around.
    actor : str, optional
        Who holds the area.

    Returns
    -------
    Area
    """
    geometry, method = draw_stated_area(
        stated.area_km2,
        region_shape,
        toward=toward,
        anchor=(anchor.lon, anchor.lat) if anchor else None,
        region_name=region.name,
        toward_name=toward_name or "the neighbouring country",
        anchor_name=anchor.name if anchor else "the named town",
    )
    return Area(
        stated_text=stated.stated_text,
        area_km2_stated=stated.area_km2,
        area_km2_drawn=measure_area_km2(geometry, crs=equal_area_crs(region_shape)),
        region=region,
        geometry=geometry,
        method=method,
        actor=actor,
        anchor=anchor,
        sources=[stated.sentence],
        spans=[(stated.start, stated.end)],
    )


def merge_repeated_areas(areas: list[Area]) -> list[Area]:
    """Fold repeated reports of one area (``repeated_reports``) into the first.

    Parameters
    ----------
    areas : list of Area
        In order of appearance.

    Returns
    -------
    list of Area
        The first report of each area, carrying the sources and spans of its repeats.
    """
    kept = []
    reports = [(a.region.admin1_iso or a.region.name, a.area_km2_stated) for a in areas]
    for first, *repeats in ([areas[i] for i in group] for group in repeated_reports(reports)):
        first.sources = list(dict.fromkeys(first.sources + [s for r in repeats for s in r.sources]))
        first.spans += [span for r in repeats for span in r.spans]
        kept.append(first)
    return kept


def repeated_reports(reports: list[tuple[str, float]]) -> list[list[int]]:
    """Group the reports of one area: the same region, and sizes within ``SAME_SIZE`` (of the
    larger) of the group's first report.

    Parameters
    ----------
    reports : list of (str, float)
        Each report's region (its ISO code or name) and stated size in km² (positive), in
        order of appearance.

    Returns
    -------
    list of list of int
        Each group's reports by index, the groups in order of their first report.
    """
    groups: list[list[int]] = []
    # Groups by (region, size class) of their first report: a report's group is among
    # those of its class and the classes beside it, so each report costs the same.
    by_class: dict[tuple[str, int], list[int]] = {}
    for i, (region, km2) in enumerate(reports):
        size_class = _size_class(km2)
        near = [g for c in range(size_class - 2, size_class + 3)
                for g in by_class.get((region, c), ())]
        same = min((g for g in near if _same_size(reports[groups[g][0]][1], km2)), default=None)
        if same is None:
            by_class.setdefault((region, size_class), []).append(len(groups))
            groups.append([i])
        else:
            groups[same].append(i)
    return groups


def _size_class(km2: float) -> int:
    """Classes of sizes a ratio ``1 - SAME_SIZE`` wide: sizes within ``SAME_SIZE`` of each
    other are at most one class apart."""
    return math.floor(math.log(km2) / -math.log1p(-SAME_SIZE))


def _same_size(a: float, b: float) -> bool:
    return abs(a - b) <= SAME_SIZE * max(a, b)


def area_from_file(path: str | Path, *, layer: str | None = None) -> ShapeFromFile:
    """Read an area outline (GeoJSON, GeoPackage, ...) for ``--area-file``.

    All polygons in the layer are dissolved into one shape.

    Parameters
    ----------
    path : str or Path
        A vector file GDAL reads.
    layer : str, optional
        The layer to read; the first by default.

    Returns
    -------
    ShapeFromFile
        The WGS84 shape, its size on an equal-area projection and the file name.
    """
    import geopandas as gpd  # only here: reading an article needs no geopandas

    path = Path(path)
    if not path.is_file():  # a folder, a pipe (GDAL would wait on it forever), nothing
        msg = "not a file (a folder or a pipe)" if path.exists() else "no such file"
        raise ValueError(msg)
    frame = gpd.read_file(path, layer=layer, engine="pyogrio")
    polygons = frame[frame.geometry.geom_type.isin(["Polygon", "MultiPolygon"])]
    if polygons.empty:
        msg = f"{path} holds no polygons (geometry types: {sorted(set(frame.geom_type))})"
        raise ValueError(msg)
    if polygons.crs is not None and not polygons.crs.equals(CRS.from_epsg(4326)):
        polygons = polygons.to_crs(4326)
    geometry = _polygonal(shapely.make_valid(polygons.geometry.union_all()))
    return ShapeFromFile(
        geometry=geometry,
        area_km2=measure_area_km2(geometry),
        shape_source=path.name,
        method=f"shape read from {path.name} ({len(polygons)} polygon feature(s))",
    )
