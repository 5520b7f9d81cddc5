"""From text to a ``Reading``: recognise and resolve places, then extract events and areas.

Stages run in one direction and do no I/O; region and country outlines, needed only
to draw stated areas, come in through a ``Shapes`` object that the caller supplies.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from datetime import date
from typing import TYPE_CHECKING, Protocol

from shapely.geometry.base import BaseGeometry

from geo.areas import (
    StatedArea,
    build_area,
    find_stated_areas,
    measure_area_km2,
    repeated_reports,
)
from geo.events import extract_events
from geo.facilities import find_facility_references
from geo.gazetteer import Gazetteer
from geo.model import Area, Mention, Place, Reading
from geo.resolve import resolve_toponyms
from geo.toponyms import demonym_countries, find_toponyms

if TYPE_CHECKING:
    from geo.geocoders import OnlineGazetteer


class Shapes(Protocol):
    """Outlines of first-level regions and countries, WGS84."""

    def region(self, admin1_iso: str) -> BaseGeometry | None: ...

    def country(self, alpha2: str) -> BaseGeometry | None: ...


def read_article(
    text: str,
    *,
    published: date | None = None,
    name: str = "article",
    gazetteer: Gazetteer,
    shapes: Shapes | None = None,
    geocoder: OnlineGazetteer | None = None,
) -> Reading:
    """Read one article.

    Parameters
    ----------
    text
        The article text (headline included).
    published
        Publication date; relative dates ("on Tuesday") resolve against it.
    name
        A short name for the article, used for output file names.
    gazetteer
        An open gazetteer index.
    shapes
        Region and country outlines; without them no stated area is drawn.
    geocoder
        ``gazetteer`` with an online service beside it (``geo.geocoders``), used
        in its place; without it nothing is asked over the network.

    Returns
    -------
    The places, events and areas found in the text.
    """
    if geocoder is not None:
        gazetteer, shapes = geocoder.for_text(text, shapes)
    matches = find_toponyms(text, gazetteer)
    mentions = resolve_toponyms(
        text, matches, gazetteer, context_countries=demonym_countries(text)
    )
    facilities = find_facility_references(text, mentions, gazetteer)
    mentions = sorted(mentions + facilities, key=lambda m: m.start)
    events = extract_events(text, mentions, published=published)
    areas = draw_areas(text, mentions, gazetteer, shapes) if shapes is not None else []
    return Reading(name=name, text=text, published=published, mentions=mentions,
                   events=events, areas=areas)


def draw_areas(
    text: str, mentions: list[Mention], gazetteer: Gazetteer, shapes: Shapes
) -> list[Area]:
    """Stated areas, each drawn in the region the text places it in.

    The region is the one named right after the figure ("1,400 square kilometres of
    Kursk"), else the last one named before it; the shape is set against the border
    with the country of the actor named in the sentence ("Ukrainian forces") and at the
    town of that region the article names most, if any. Repeated reports of one area
    (``geo.areas.repeated_reports``) are drawn once, as their first report.
    """
    located = [m for m in mentions if m.place and m.place.admin1_iso]
    towns: dict[str, Counter[Place]] = {}  # each region's towns, in the order first named
    for m in located:
        if m.place.kind == "city":
            towns.setdefault(m.place.admin1_iso, Counter())[m.place] += 1
    regions: dict[str, tuple[Place, BaseGeometry] | None] = {}
    reports: list[tuple[StatedArea, Place, BaseGeometry]] = []
    for stated in find_stated_areas(text):
        named = _region_of(text, stated, located)
        if named is None:
            continue
        iso = named.place.admin1_iso
        if iso not in regions:
            found, shape = gazetteer.region(iso), shapes.region(iso)
            regions[iso] = (found.place, shape) if found and shape else None
        if regions[iso] is not None:
            reports.append((stated, *regions[iso]))
    areas = []
    demonyms: dict[str, list[str]] = {}
    for group in repeated_reports([(r.admin1_iso or r.name, s.area_km2) for s, r, _ in reports]):
        stated, region, shape = reports[group[0]]
        if stated.sentence not in demonyms:  # one sentence may state many areas
            demonyms[stated.sentence] = demonym_countries(stated.sentence)
        actor_country = next((c for c in demonyms[stated.sentence] if c != region.country), None)
        toward = gazetteer.country(actor_country) if actor_country else None
        area = build_area(
            stated, region=region, region_shape=shape,
            toward=shapes.country(actor_country) if actor_country else None,
            toward_name=toward.place.name if toward else None,
            anchor=towns[region.admin1_iso].most_common(1)[0][0]
            if region.admin1_iso in towns else None,
            actor=toward.place.name if toward else None,
        )
        repeats = [reports[i][0] for i in group[1:]]
        area.sources = list(dict.fromkeys([stated.sentence, *(r.sentence for r in repeats)]))
        area.spans += [(r.start, r.end) for r in repeats]
        areas.append(area)
    return areas


_OF_REGION = re.compile(r"(?:\s*\([^)]*\))?\s+(?:of|in|inside|within)\s+(?:the\s+)?$")


def _region_of(text: str, stated: StatedArea, located: list[Mention]) -> Mention | None:
    """The mention that places a stated area: the one right after it ("1,400 square
    kilometres of Kursk"), else the nearest before it in the text."""
    k = bisect_left(located, stated.end, key=lambda m: m.start)
    if k < len(located) and _OF_REGION.match(text, stated.end, located[k].start):
        return located[k]
    k = bisect_right(located, stated.start, key=lambda m: m.end)  # mentions do not overlap
    return located[k - 1] if k else None


#: How far (degrees) an outline may lie from a drawn area and still be its real extent.
OUTLINE_REACH_DEGREES = 1.0


def use_area_outline(reading: Reading, outline: BaseGeometry, *, source: str) -> Reading:
    """Give the stated area that an outline covers that outline instead of its drawing.

    Parameters
    ----------
    reading
        What was read; its areas are drawn illustrative shapes.
    outline
        A real extent (WGS84), e.g. from ``--area-file``.
    source
        Where the outline came from (a file name), recorded as the area's shape source.

    Returns
    -------
    The reading, with the stated area the outline overlaps (or lies nearest) given that
    outline; unchanged when no drawn area lies within ``OUTLINE_REACH_DEGREES``.
    """
    near = [a for a in reading.areas if a.geometry.distance(outline) < OUTLINE_REACH_DEGREES]
    if not near:
        return reading
    # The drawing the outline overlaps most, else the one it lies closest to.
    area = max(near, key=lambda a: (a.geometry.intersection(outline).area,
                                    -a.geometry.distance(outline)))
    area.geometry = outline
    area.area_km2_drawn = measure_area_km2(outline)
    area.shape_source = source
    area.method = (f"outline read from {source}; the article states "
                   f"{area.area_km2_stated:,.0f} km², the outline measures "
                   f"{area.area_km2_drawn:,.0f} km²")
    return reading
