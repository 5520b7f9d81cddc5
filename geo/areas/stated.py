"""Areas of stated size: find "1,400 square kilometres" in text and draw a polygon that big.

An article gives a size, not a boundary, so the drawn shape is illustrative: the part of a
disk that lies in the region, grown until it has the stated area on a Lambert azimuthal
equal-area projection centred on the region. The disk is set against the border the actor
crossed, reaching toward a town the article names there, and kept compact (an
isoperimetric quotient of at least ``MIN_COMPACTNESS``), so that it reads as an area held,
not a front line; ``measure_fit`` measures a drawing against those constraints.
``area_from_file`` reads a real outline instead, for ``--area-file``.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right, insort
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import shapely
from pyproj import CRS, Transformer
from shapely.geometry import MultiPolygon, Point, Polygon
from shapely.geometry.base import BaseGeometry

from geo.model import Area, Place
from geo.text.sentences import split_sentences

#: Square kilometres per unit, keyed by the regex group that matched the unit.
KM2_PER_UNIT = {"km2": 1.0, "mi2": 2.589988110336, "ha": 0.01, "dunam": 0.001,
                "acre": 0.004046856422}
_METRIC = ("km2", "ha", "dunam")
#: Repeated reports of one area: same region and sizes within this relative difference.
SAME_SIZE = 0.05
#: How often a shape is regrown when the final clip in lon/lat changed its size.
_CLIP_CORRECTIONS = 3
#: The drawn area stops growing once it is this close (relative) to the stated size.
_TOLERANCE = 0.002
#: A drawn size this close (relative) to the stated one is accepted; the pieces of a disk
#: in a region in parts are all taken when the one piece cannot come this close.
_ACCEPTED = 0.005
#: How far apart (metres) two boundaries may lie and still count as one shared border.
_BORDER_TOLERANCE_M = 1_000.0
#: A drawn shape at least this compact (isoperimetric quotient 4πA/P²) is plausible; a
#: thinner one would read as a front line or a corridor.
MIN_COMPACTNESS = 0.3
#: A disk set against a border reaches this many radii into the region from it.
_BORDER_REACH = 0.5
#: Points along a border tried when the first placement gives a sliver.
_BORDER_TRIES = 12

_QUALIFIERS = (
    "nearly", "almost", "about", "around", "some", "roughly", "approximately", "over", "under",
    "more than", "less than", "at least", "up to", "close to", "just over", "just under",
)  # fmt: skip
#: A figure and its unit. Its first digit comes first, with no word character, point or
#: comma before it: the engine skips to digits.
_FIGURE = r"""
    (?P<number>\d(?<![\w.,]\d)(?:\d{0,2}(?:[,\u00a0\u202f\u2009]\d{3})+(?:\.\d+)?|\d*(?:\.\d+)?))
    (?:\s+(?P<scale>thousand|million))?
    [\s-]*
    (?:
        (?P<km2>(?:square|sq\.?)[\s-]*(?:kilomet(?:re|er)s?|kms?)|km\s?(?:2|²)|km\^2
                |kilomet(?:re|er)s?[\s-]+squared|km[\s-]+sq\b\.?)
      | (?P<mi2>(?:square|sq\.?)[\s-]*(?:miles?|mi)|mi\s?(?:2|²))
      | (?P<ha>hectares?|ha)
      | (?P<dunam>dunams?|donums?|dunums?)
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
    and keeps the metric figure. Each report is returned; ``AreaReports`` folds
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
        if km2 <= 0:  # "0 square kilometres" states no area to draw
            continue
        areas.append(
            StatedArea(
                stated_text=chosen.group(0),
                area_km2=km2,
                start=chosen.start(),
                end=chosen.end(),
                sentence=_sentence(text, sentences, starts, chosen.start()),
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
    value = float(re.sub(r"[,\u00a0\u202f\u2009]", "", match.group("number")))
    if match.group("scale"):
        value *= _SCALE[match.group("scale").lower()]
    return value * KM2_PER_UNIT[_unit(match)]


def _sentence(text: str, sentences: list[tuple[int, int]], starts: list[int], offset: int) -> str:
    i = bisect_right(starts, offset) - 1
    return text[slice(*sentences[i])] if i >= 0 and offset < sentences[i][1] else ""


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


#: Transformers by the definition of their CRS (``CRS.srs``), at most 256 of them.
_TRANSFORMERS: dict[str, tuple[Transformer, Transformer]] = {}


def _transformers(crs: CRS) -> tuple[Transformer, Transformer]:
    """To and from lon/lat; cached, as building them takes longer than most projections (by
    the CRS's definition: a CRS's own hash writes out its WKT, which takes longer too)."""
    found = _TRANSFORMERS.get(crs.srs)
    if found is None:
        if len(_TRANSFORMERS) >= 256:
            _TRANSFORMERS.clear()
        found = _TRANSFORMERS[crs.srs] = _new_transformers(crs)
    return found


def _new_transformers(crs: CRS) -> tuple[Transformer, Transformer]:
    # A WGS84-based CRS's own lon/lat is EPSG:4326; naming it gives the same operation
    # without PROJ's search of its database for one (0.3 ms instead of 3.5 ms).
    geodetic = crs.geodetic_crs
    wgs84 = geodetic is not None and geodetic.datum.name.startswith("World Geodetic System 1984")
    lonlat = geodetic if wgs84 else "EPSG:4326"
    forward = Transformer.from_crs(lonlat, crs, always_xy=True)
    back = Transformer.from_crs(crs, lonlat, always_xy=True)
    return forward, back


def _projected(outline: BaseGeometry) -> tuple[BaseGeometry, BaseGeometry, Transformer,
                                                Transformer]:
    """A region's outline made valid, in lon/lat and in metres on its equal-area projection,
    and the transformers to and from that projection."""
    forward, back = _transformers(equal_area_crs(outline))
    region = shapely.make_valid(outline)
    return region, shapely.make_valid(_project(region, forward)), forward, back


#: What drawing derives from outlines alone (a region projected, its border with a
#: country), by the identity of those outlines: ``Outlines`` keeps one object for each, and
#: projecting a region and finding its border cost more than drawing a shape in it. Each
#: entry holds its outlines, so no other object takes their identity while it is kept.
_KEPT: dict[tuple[int, ...], tuple[tuple[BaseGeometry, ...], object]] = {}
_KEPT_MAX = 64


def _kept(outlines: tuple[BaseGeometry, ...], derive):
    """``derive()``, kept for ``outlines``."""
    key = tuple(map(id, outlines))
    found = _KEPT.get(key)
    if found is not None and all(a is b for a, b in zip(found[0], outlines, strict=True)):
        return found[1]
    value = derive()
    if len(_KEPT) >= _KEPT_MAX:
        _KEPT.clear()
    _KEPT[key] = (outlines, value)
    return value


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

    A stated size is drawn as the part of a disk that lies in the region, its radius solved
    for until the area measured on a Lambert azimuthal equal-area projection centred on the
    region is within 0.2 % of the stated size. Where the disk sits follows, in order of
    priority: (1) inside the region; (2) the stated size; (3) against the border the region
    shares with ``toward`` (the actor's country), at the point of that border nearest the
    ``anchor`` town, and reaching in toward the town; (4) compact: an isoperimetric
    quotient 4πA/P² of at least ``MIN_COMPACTNESS`` (other points of the border are tried
    when the first gives a sliver); (5) as near the anchor as the rest allows. Without a
    border the disk is centred on the anchor, and without either on the region's most
    interior point.

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
        The WGS84 shape and a sentence saying how it was drawn (and, when the anchor lies
        too far from the border for one compact shape to reach both, that the border was
        kept). When the stated size is at least the region's, the region itself, and the
        sentence says so.
    """
    if area_km2 <= 0:
        msg = f"stated area must be positive, got {area_km2!r}"
        raise ValueError(msg)
    outline = region
    region, region_m, forward, back = _kept((outline,), lambda: _projected(outline))
    region_km2 = region_m.area / 1e6
    if area_km2 >= region_km2:
        return region, (
            f"whole region: the stated {area_km2:,.0f} km² is at least the area of "
            f"{region_name} ({region_km2:,.0f} km²), so all of {region_name} is drawn"
        )
    anchor_m = Point(forward.transform(*anchor)) if anchor is not None else None
    border, shared = (None, False) if toward is None else _kept(
        (outline, toward), lambda: _border(region_m, _project(_near(toward, region), forward)))
    border_phrase = "" if border is None else (
        f"the border of {region_name} with {toward_name}" if shared
        else f"the point of {region_name} nearest {toward_name}")
    target_m2 = area_km2 * 1e6
    placement = _place_disk(region_m, border, anchor_m, target_m2)
    # Back in lon/lat, clip again: straight edges in one CRS bow slightly in the other, so
    # a shape against a long straight border (the 49th parallel) can lose a few per cent;
    # grow again to a target corrected by what the clip took away.
    shape_m = placement.shape
    for _ in range(_CLIP_CORRECTIONS):
        shape = _polygonal(shapely.make_valid(_project(shape_m, back)).intersection(region))
        drawn_m2 = _project(shape, forward).area
        if abs(drawn_m2 - target_m2) <= _TOLERANCE * target_m2 or drawn_m2 <= 0:
            break
        shape_m = placement.grow(placement.target * target_m2 / drawn_m2).shape
    method, note = _method(placement, border_phrase, anchor_m, region_name=region_name,
                           anchor_name=anchor_name)
    method = f"{method}, inside {region_name}, sized to the stated {area_km2:,.0f} km²"
    return shape, f"{method}; {note}" if note else method


@dataclass(frozen=True)
class AreaFit:
    """How a drawn area meets the constraints ``draw_stated_area`` draws it under."""

    drawn_km2: float
    size_error: float  # |drawn - stated| / stated
    compactness: float  # 4πA/P²
    outside_km2: float  # the part outside the region
    border_km: float | None  # how far it runs along the border with the actor's country
    anchor_km: float | None  # its distance from the anchor town (0 when it holds it)


def measure_fit(
    geometry: BaseGeometry,
    stated_km2: float,
    region: BaseGeometry,
    *,
    toward: BaseGeometry | None = None,
    anchor: tuple[float, float] | None = None,
) -> AreaFit:
    """Measure a drawn area against its constraints, on an equal-area projection of the region.

    Parameters
    ----------
    geometry : BaseGeometry
        The drawn shape, WGS84.
    stated_km2 : float
        The stated size.
    region : BaseGeometry
        The region it was drawn in.
    toward : BaseGeometry, optional
        The actor's country; ``border_km`` is None without it or when it does not border
        the region.
    anchor : (float, float), optional
        Lon, lat of the anchor town.

    Returns
    -------
    AreaFit
    """
    forward, _ = _transformers(equal_area_crs(region))
    shape_m, region_m = _project(geometry, forward), shapely.make_valid(_project(region, forward))
    drawn = shape_m.area / 1e6
    border_km = None
    if toward is not None:
        border, _ = _border(region_m, _project(_near(toward, region), forward))
        if border is not None and border.length:
            touched = border.intersection(shape_m.buffer(_BORDER_TOLERANCE_M))
            border_km = touched.length / 1000
    anchor_km = None
    if anchor is not None:
        anchor_km = shape_m.distance(Point(forward.transform(*anchor))) / 1000
    return AreaFit(
        drawn_km2=drawn,
        size_error=abs(drawn - stated_km2) / stated_km2,
        compactness=_quotient(shape_m),
        outside_km2=shape_m.difference(region_m).area / 1e6,
        border_km=border_km,
        anchor_km=anchor_km,
    )


def compactness(geometry: BaseGeometry, *, crs: CRS | None = None) -> float:
    """The isoperimetric quotient 4πA/P² of a WGS84 shape: 1 for a disk, about 0.75 for a
    half-disk, 0.1 for a strip 30 times longer than wide.

    Parameters
    ----------
    geometry : BaseGeometry
        Lon/lat polygon(s).
    crs : pyproj.CRS, optional
        The equal-area CRS to measure on; by default one centred on ``geometry``.

    Returns
    -------
    float
    """
    forward, _ = _transformers(crs or equal_area_crs(geometry))
    return _quotient(_project(geometry, forward))


def _quotient(shape_m: BaseGeometry) -> float:
    return 4 * math.pi * shape_m.area / shape_m.length**2 if shape_m.length else 0.0


@dataclass(frozen=True)
class _Disk:
    """A stated area drawn as the part of a disk in a region (projected metres): the disk's
    radius, where it was set, and how well it fits."""

    shape: BaseGeometry
    radius: float
    target: float  # the area (m²) it was grown to
    at: Point  # the border point it is set against, or its centre
    pull: Point | None  # the point its centre moves toward (the anchor)
    region: BaseGeometry
    on_border: bool

    @property
    def compact(self) -> float:
        return _quotient(self.shape)

    def grow(self, target: float) -> _Disk:
        """The same placement grown to another area."""
        return _solve(self.region, self.at, self.pull, target, on_border=self.on_border)


def _place_disk(region: BaseGeometry, border: BaseGeometry | None, anchor: Point | None,
                target: float) -> _Disk:
    """The disk of constraints (3)-(5) of ``draw_stated_area``."""
    if border is None:
        centre = anchor if anchor is not None else _interior_point(region)
        return _solve(region, centre, None, target, on_border=False)
    first = shapely.shortest_line(border, anchor).interpolate(0) if anchor is not None else (
        _middle(border))
    best = _solve(region, first, anchor, target, on_border=True)
    if best.compact >= MIN_COMPACTNESS:
        return best
    # A sliver (a narrow or ragged stretch of border): try other points along the border,
    # keeping the compact one nearest the anchor, else the most compact.
    tried = [best]
    for point in _along(border, _BORDER_TRIES):
        tried.append(_solve(region, point, anchor, target, on_border=True))
    compact = [d for d in tried if d.compact >= MIN_COMPACTNESS]
    if compact:
        if anchor is None:
            return max(compact, key=lambda d: d.compact)
        return min(compact, key=lambda d: d.shape.distance(anchor))
    return max(tried, key=lambda d: d.compact)


def _solve(region: BaseGeometry, at: Point, pull: Point | None, target: float, *,
           on_border: bool) -> _Disk:
    """Grow a disk at ``at`` until its piece in the region has ``target`` m²; when that piece
    cannot reach the size (an island, a region in parts), every part the disk covers."""
    disk = _Disk(Polygon(), 0.0, target, at, pull, region, on_border)
    for pieces in ("one", "all"):
        radius, shape = _radius_for(
            lambda r, pieces=pieces: _disk_piece(region, at, pull, r, on_border=on_border,
                                                 pieces=pieces),
            target, region, on_border=on_border)
        disk = _Disk(shape, radius, target, at, pull, region, on_border)
        if abs(shape.area - target) <= _ACCEPTED * target:
            break
    return disk


def _radius_for(piece_of, target: float, region: BaseGeometry, *,
                on_border: bool) -> tuple[float, BaseGeometry]:
    """The radius at which ``piece_of(radius)`` has ``target`` m², and that piece: area grows
    about as the radius squared, so each step scales the radius by the square root of the
    shortfall; a step out of the bracket bisects it."""
    minx, miny, maxx, maxy = region.bounds
    low, high = 0.0, 2 * math.hypot(maxx - minx, maxy - miny)
    radius = math.sqrt((2 if on_border else 1) * target / math.pi)
    best: tuple[float, float, BaseGeometry] | None = None
    for _ in range(60):
        shape = piece_of(radius)
        area = shape.area
        error = abs(area - target) / target
        if best is None or error < best[0]:
            best = (error, radius, shape)
        if error <= _TOLERANCE:
            break
        low, high = (radius, high) if area < target else (low, radius)
        step = radius * math.sqrt(target / area) if area > 0 else 2 * radius
        radius = step if low < step < high else (low + high) / 2
        if high - low < 1e-6 * high:
            break
    return best[1], best[2]


def _disk_piece(region: BaseGeometry, at: Point, pull: Point | None, radius: float, *,
                on_border: bool, pieces: str = "one") -> BaseGeometry:
    """The piece of the region that a disk of ``radius`` covers (``pieces="all"``: every
    part): set against the border at ``at``, its centre reaches ``_BORDER_REACH`` radii in
    (toward ``pull`` when given, else straight in), so the shape meets the border along a
    chord of 1.7 radii."""
    centre = _centre(region, at, pull, radius) if on_border else at
    covered = _polygonal_or_empty(centre.buffer(radius, quad_segs=16).intersection(region))
    parts = shapely.get_parts(covered)
    if pieces == "all" or len(parts) < 2:
        return covered
    near = shapely.distance(parts, centre if region.contains(centre) else at)
    touching = parts[near <= 1e-6 * radius + 1e-3]
    return shapely.union_all(touching) if len(touching) else parts[near.argmin()]


def _centre(region: BaseGeometry, at: Point, pull: Point | None, radius: float) -> Point:
    reach = _BORDER_REACH * radius
    if pull is not None:
        gap = at.distance(pull)
        if gap <= reach:
            return pull
        dx, dy = (pull.x - at.x) / gap, (pull.y - at.y) / gap
    else:
        dx, dy = _inward(region, at, radius)
    return Point(at.x + dx * reach, at.y + dy * reach)


def _inward(region: BaseGeometry, at: Point, radius: float) -> tuple[float, float]:
    """A unit vector from a point of the region's edge into the region: toward the centre of
    the region's part within a radius of it."""
    local = at.buffer(radius, quad_segs=8).intersection(region)
    inside = local.centroid if not local.is_empty else region.point_on_surface()
    dx, dy = inside.x - at.x, inside.y - at.y
    norm = math.hypot(dx, dy)
    return (dx / norm, dy / norm) if norm else (0.0, 0.0)


def _interior_point(region: BaseGeometry) -> Point:
    """The centre of the largest disk inside the region (its largest part)."""
    parts = shapely.get_parts(region)
    largest = parts[shapely.area(parts).argmax()] if len(parts) else region
    circle = shapely.maximum_inscribed_circle(largest, tolerance=largest.length / 2000)
    return shapely.get_point(circle, 0)


def _middle(border: BaseGeometry) -> Point:
    """The point halfway along the longest stretch of a border."""
    if border.geom_type == "Point":
        return border
    parts = shapely.get_parts(shapely.line_merge(border) if border.length else border)
    longest = parts[shapely.length(parts).argmax()]
    return longest.interpolate(0.5, normalized=True) if longest.length else longest.centroid


def _along(border: BaseGeometry, count: int) -> list[Point]:
    """``count`` points spread evenly along a border (every stretch, by length)."""
    if not border.length:
        return []
    parts = shapely.get_parts(shapely.line_merge(border))
    lengths = shapely.length(parts)
    total = lengths.sum()
    points = []
    for part, length in zip(parts, lengths, strict=True):
        n = max(1, round(count * length / total)) if length > total / (2 * count) else 0
        points += [part.interpolate((k + 0.5) / n, normalized=True) for k in range(n)]
    return points


def _border(region: BaseGeometry, toward: BaseGeometry) -> tuple[BaseGeometry | None, bool]:
    """The region's border with ``toward`` (projected metres), and True; the point of the
    region nearest ``toward`` when they do not meet, and False; None when ``toward`` holds
    the region (an actor at home)."""
    if toward.intersection(region).area >= 0.01 * region.area:
        return None, False
    # only the part of ``toward`` near the region can come within the tolerance of it
    close = _clip(toward, region.bounds, 2 * _BORDER_TOLERANCE_M)
    border = region.boundary.intersection(close.buffer(_BORDER_TOLERANCE_M))
    border = shapely.union_all([g for g in shapely.get_parts(border) if g.length > 0])
    if border.is_empty:
        # Not neighbours: the shape is set at the point of the region nearest them.
        return shapely.shortest_line(region.boundary, toward).interpolate(0), False
    return border, True


#: A town this close to a shape counts as reached: the note's distances are whole kilometres.
_REACHED_M = 500.0


def _method(placement: _Disk, border_phrase: str, anchor: Point | None, *, region_name: str,
            anchor_name: str) -> tuple[str, str]:
    """How a shape was placed, for its popup: a phrase, and a note when the border won over
    the anchor."""
    if not placement.on_border:
        where = f"around {anchor_name}" if anchor is not None else (
            f"around the most interior point of {region_name}")
        return f"illustrative shape: a disk {where}", ""
    if anchor is None:
        return f"illustrative shape: a compact shape against {border_phrase}", ""
    if placement.shape.distance(anchor) < _REACHED_M:
        return (f"illustrative shape: a compact shape around {anchor_name} reaching "
                f"{border_phrase}"), ""
    gap_km = placement.shape.distance(anchor) / 1000
    from_border_km = placement.at.distance(anchor) / 1000
    return (
        f"illustrative shape: a compact shape against {border_phrase} at the point nearest "
        f"{anchor_name}",
        f"{anchor_name} lies {from_border_km:,.0f} km from that border, too far for a compact "
        f"shape of this size to reach both: the border was kept, and the shape ends "
        f"{gap_km:,.0f} km short of {anchor_name}",
    )


def _polygonal_or_empty(geometry: BaseGeometry) -> BaseGeometry:
    return Polygon() if geometry.is_empty else _polygonal(geometry)


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
    region_name: str | None = None,
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
    region_name : str, optional
        What ``region_shape`` is called in the method, when it is not ``region``'s own
        outline (the country around a reservoir without one); ``region.name`` by default.

    Returns
    -------
    Area
    """
    geometry, method = draw_stated_area(
        stated.area_km2,
        region_shape,
        toward=toward,
        anchor=(anchor.lon, anchor.lat) if anchor else None,
        region_name=region_name or region.name,
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


class AreaReports:
    """The areas of a text in order of appearance, each found again by its region and size,
    so that a repeated report (same region, sizes within ``SAME_SIZE``) joins the first one
    in time that does not grow with the number of areas."""

    def __init__(self) -> None:
        self.kept: list[Area] = []
        self._sizes: dict[str, list[tuple[float, int]]] = {}  # region -> (size, order), sorted
        self._sources: list[set[str]] = []

    def same(self, region: Place, km2: float) -> int | None:
        """The place in ``kept`` of the first area in ``region`` whose stated size is within
        ``SAME_SIZE`` of ``km2``, if any."""
        sizes = self._sizes.get(_region_key(region), [])
        low = bisect_left(sizes, (km2 * (1 - SAME_SIZE), -1))
        high = bisect_right(sizes, (km2 / (1 - SAME_SIZE), len(self.kept)))
        orders = [k for size, k in sizes[low:high]
                  if abs(size - km2) <= SAME_SIZE * max(size, km2)]
        return min(orders) if orders else None

    def add(self, area: Area) -> None:
        insort(self._sizes.setdefault(_region_key(area.region), []),
               (area.area_km2_stated, len(self.kept)))
        self.kept.append(area)
        self._sources.append(set(area.sources))

    def fold(self, order: int, sources: list[str], spans: list[tuple[int, int]]) -> None:
        """Add a repeat's sentences (once each) and spans to the kept area at ``order``."""
        area, seen = self.kept[order], self._sources[order]
        area.sources.extend(s for s in dict.fromkeys(sources) if s not in seen)
        seen.update(sources)
        area.spans.extend(spans)


def _region_key(region: Place) -> str:
    return region.admin1_iso or region.name


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
