"""From text to a ``Reading``: recognise and resolve places, then extract events and areas.

Stages run in one direction and do no I/O; region and country outlines, needed only
to draw stated areas, come in through a ``Shapes`` object that the caller supplies.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterator
from datetime import date
from typing import TYPE_CHECKING, Protocol

import shapely
from shapely.geometry.base import BaseGeometry

from geo.areas.stated import AreaReports, build_area, find_stated_areas, measure_area_km2
from geo.events.actors import home_countries, named_actors
from geo.events.coding import outlet_of
from geo.events.extract import extract_events
from geo.model import Area, Mention, Place, Reading
from geo.places.facilities import find_facility_references
from geo.places.ranker import Weights
from geo.places.recognise import Match, find_demonyms, find_toponyms, home_demonym_countries
from geo.places.resolve import resolve_toponyms
from geo.sources.gazetteer import Gazetteer
from geo.text.layout import article_layout

if TYPE_CHECKING:
    from geo.sources.geocoders import OnlineGazetteer


class Shapes(Protocol):
    """Outlines of first-level regions and countries, WGS84."""

    def region(self, admin1_iso: str) -> BaseGeometry | None: ...

    def country(self, alpha2: str) -> BaseGeometry | None: ...

    def region_named(self, name: str, country: str | None) -> BaseGeometry | None: ...


def find_places(text: str, gazetteer: Gazetteer, *, published: date | None = None,
                weights: Weights | None = None,
                trace: list | None = None) -> tuple[list[Match], list[Mention]]:
    """The place names of ``text`` (actor uses among them, not its byline's) and the places
    they resolve to.
    The names of armed groups hold no place ("Haram" in "Boko Haram") but, as demonyms
    do, tell which countries the story is about; a demonym of armed forces does not.
    ``published``, ``weights`` and ``trace``: as ``resolve_toponyms`` takes them."""
    groups = named_actors(text)
    matches = find_toponyms(text, gazetteer, organisations=[(a.start, a.end) for a in groups])
    byline = article_layout(text).byline  # "By Irrawaddy staff": an outlet, not a region
    matches = [m for m in matches if byline is None or not byline[0] <= m.start < byline[1]]
    mentions = resolve_toponyms(
        text, matches, gazetteer, published=published, weights=weights, trace=trace,
        context_countries=home_demonym_countries(text) + home_countries(groups))
    return matches, mentions


def read_article(
    text: str,
    *,
    published: date | None = None,
    name: str = "article",
    gazetteer: Gazetteer,
    shapes: Shapes | None = None,
    geocoder: OnlineGazetteer | None = None,
    outlet: str | None = None,
    today: date | None = None,
) -> Reading:
    """Read one article.

    Parameters
    ----------
    text
        The article text (headline included).
    published
        Publication date; relative dates ("on Tuesday") resolve against it. Without it,
        the date of the story's dateline ("KYIV, Nov 12 (Reuters) -") is used, if any.
    name
        A short name for the article, used for output file names.
    gazetteer
        An open gazetteer index.
    shapes
        Region and country outlines; without them no stated area is drawn.
    geocoder
        ``gazetteer`` with an online service beside it (``geo.sources.geocoders``), used
        in its place; without it nothing is asked over the network.
    outlet
        Who published the article (a site name or web host); without it, the dateline's
        news agency, if any.
    today
        The day a dateline without a year is read against (the latest such day not after
        it); the clock's day by default.

    Returns
    -------
    The places, events and areas found in the text.
    """
    dateline = article_layout(text).dateline
    if published is None and dateline is not None:
        published = dateline.date(today=today or date.today())
    outlet = outlet or outlet_of(agency=dateline.agency if dateline else None)
    if geocoder is not None:
        gazetteer, shapes = geocoder.for_text(text, shapes)
    _, mentions = find_places(text, gazetteer, published=published)
    facilities = find_facility_references(text, mentions, gazetteer)
    mentions = [m for m in mentions  # "Zaporizhzhia" inside "Zaporizhzhia nuclear power plant"
                if not any(f.start <= m.start and m.end <= f.end for f in facilities)]
    mentions = sorted(mentions + facilities, key=lambda m: m.start)
    events, unplaced = extract_events(text, mentions, published=published, outlet=outlet)
    areas = draw_areas(text, mentions, gazetteer, shapes) if shapes is not None else []
    return Reading(name=name, text=text, published=published, mentions=mentions,
                   events=events, areas=areas, unplaced=unplaced)


def draw_areas(
    text: str, mentions: list[Mention], gazetteer: Gazetteer, shapes: Shapes
) -> list[Area]:
    """Stated areas, each drawn in the place the text gives it.

    That place is the one the figure describes ("the 365-square-kilometre strip", "the
    reservoir, which covered some 2,155 square kilometres": the Gaza Strip and the Kakhovka
    Reservoir named before), else the region named right after the figure ("1,400 square
    kilometres of Kursk", "3,000 square kilometres of territory in Rakhine state"), else the
    last one named before it in its sentence, else the first named after it there ("a strip
    of 40 square kilometres near Kfar Kila"), else the last one named before it in the story
    (not in its dateline). The shape is set against the border with the country of the actor
    named in the sentence ("Ukrainian forces") and at the region's town named in that
    sentence, else the one the article names most, if any. A place without an outline in
    the boundaries (a reservoir, a lake) gets a disk of the stated size at its point.
    """
    reports = AreaReports()
    index = _MentionIndex(mentions)
    anchors: dict[tuple, Place | None] = {}
    for stated in find_stated_areas(text):
        named = _place_of(text, stated, index, gazetteer)
        if named is None:
            continue
        found = _outline_of(named, gazetteer, shapes)
        if found is None:
            continue
        region, shape, note = found
        same = reports.same(region, stated.area_km2)
        if same is not None:  # a repeat of an area drawn already
            reports.fold(same, [stated.sentence], [(stated.start, stated.end)])
            continue
        actor_country = next((country for *_, country in find_demonyms(stated.sentence)
                              if country != region.country), None)
        toward = gazetteer.country(actor_country) if actor_country else None
        key = (region.admin1_iso, region.name, region.country)
        if key not in anchors:  # the region's town the article names most
            towns = Counter(m.place for m in mentions if _is_town_of(m, region))
            anchors[key] = towns.most_common(1)[0][0] if towns else None
        anchor = _town_in_sentence(text, stated, index, region) or anchors[key]
        within = None
        if note:  # no outline: a disk at the place's own point, inside its country
            anchor, toward, actor_country = region, None, None
            country = gazetteer.country(region.country)
            within = country.place.name if country else region.country
        area = build_area(
            stated, region=region, region_shape=shape,
            toward=shapes.country(actor_country) if actor_country else None,
            toward_name=toward.place.name if toward else None, anchor=anchor,
            actor=toward.place.name if toward else None, region_name=within,
        )
        if note:
            area.method = f"{note}: {area.method}"
        reports.add(area)
    return reports.kept


#: How far (degrees) around a place without an outline its disk may reach, within its country.
_NO_OUTLINE_REACH = 3.0


def _outline_of(place, gazetteer: Gazetteer, shapes: Shapes):
    """The region a stated area is drawn in: (its Place, its outline, a note when the outline
    is not the place's own), or None when no outline is known."""
    if place.kind == "water" or (place.kind == "region_other" and not place.admin1_iso
                                 and shapes.region_named(place.name, place.country) is None):
        if not place.country or (country := shapes.country(place.country)) is None:
            return None
        box = shapely.box(place.lon - _NO_OUTLINE_REACH, place.lat - _NO_OUTLINE_REACH,
                          place.lon + _NO_OUTLINE_REACH, place.lat + _NO_OUTLINE_REACH)
        within = country.intersection(box)
        if within.is_empty:
            return None
        return place, within, f"no outline of {place.name} in the offline boundaries"
    if place.admin1_iso:
        found, shape = gazetteer.region(place.admin1_iso), shapes.region(place.admin1_iso)
        if found is None or shape is None:
            return None
        return found.place, shape, ""
    # A first-level unit without an ISO code (the Gaza Strip), or a town in one.
    name = place.name if place.kind in ("admin1", "region_other") else place.admin1_name
    shape = shapes.region_named(name, place.country) if name else None
    if shape is None:
        return None
    if name == place.name:
        return place, shape, ""
    known = [c.place for c in gazetteer.lookup([name]).get(name, [])
             if c.place.kind in ("admin1", "region_other") and c.place.country == place.country]
    point = shape.point_on_surface()
    region = known[0] if known else Place(name, "region_other", point.y, point.x,
                                          place.country, None, name, source="naturalearth")
    return region, shape, ""


def _is_town_of(mention: Mention, region) -> bool:
    return bool(mention.place and mention.place.kind == "city"
                and _same_region(mention.place, region))


def _town_in_sentence(text: str, stated, index: _MentionIndex, region) -> Place | None:
    """The region's town named in the figure's own sentence, the one nearest the figure
    ("a strip of about 40 square kilometres along the border near Kfar Kila")."""
    span = _sentence_span(text, stated)
    if span is None:
        return None
    towns = [m for m in index.between(*span) if _is_town_of(m, region)]
    nearest = min(towns, key=lambda m: min(abs(m.start - stated.end), abs(stated.start - m.end)),
                  default=None)
    return nearest.place if nearest else None


def _sentence_span(text: str, stated) -> tuple[int, int] | None:
    """Where the figure's sentence lies in the text, or None when it is not found."""
    if not stated.sentence:
        return None
    start = text.rfind(stated.sentence, max(0, stated.start - len(stated.sentence)),
                       stated.start + len(stated.sentence))
    return (start, start + len(stated.sentence)) if start >= 0 else None


def _same_region(place, region) -> bool:
    if region.admin1_iso:
        return place.admin1_iso == region.admin1_iso
    return place.admin1_name == region.name and place.country == region.country


#: Between a figure and the region it lies in: "of", "(540 sq mi) of", ") of" (the figure
#: was in brackets), "of territory in", "in southern Syria's", "of Russia's".
_OF_REGION = re.compile(
    r"^\)?(?:\s*\([^)]*\))?\s+(?:of\s+(?:[a-z]+\s+){1,2}?(?:in|of|inside|within)|of|in|inside|"
    r"within)\s+(?:the\s+)?(?:(?:north|south|east|west|central|northern|southern|eastern|"
    r"western|north-?eastern|north-?western|south-?eastern|south-?western)\s+)?"
    r"(?:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?['’]s\s+)?$")
#: The noun a figure describes: "the 365-square-kilometre (141-square-mile) strip".
_NOUN_AFTER = re.compile(r"(?:\s*\([^)]*\))?\s+([a-z]+)\b")
#: The subject a figure is the size of: "The reservoir, which once covered some ...".
_NOUN_BEFORE = re.compile(r"\b[Tt]he\s+([a-z]+)\b(?=,?\s+(?:which|that)\b|\s+(?:covers|covered|"
                          r"spans|spanned|measures|measured|is|was|of)\b)")
_NOT_NOUNS = frozenset({"of", "in", "inside", "within", "and", "or", "the", "to", "from", "on",
                        "at", "by", "for", "with", "near", "around", "across", "was", "were"})
#: Place kinds a figure can describe as a whole: regions, water bodies, areas.
_AREA_KINDS = frozenset({"admin1", "admin2", "region_other", "water"})


class _MentionIndex:
    """The resolved mentions in text order, looked up by position and by last word, so each
    stated area costs time in its own neighbourhood, not in the whole text."""

    def __init__(self, mentions: list[Mention]) -> None:
        self.located = [m for m in mentions if m.place and (m.place.admin1_iso or
                                                             m.place.kind == "region_other")]
        self.starts = [m.start for m in self.located]
        self.by_word: dict[str, list[Mention]] = {}
        for m in mentions:
            if m.place and m.place.kind in _AREA_KINDS:
                self.by_word.setdefault(m.text.split()[-1].lower(), []).append(m)
        self.word_starts = {w: [m.start for m in ms] for w, ms in self.by_word.items()}

    def after(self, offset: int) -> Mention | None:
        """The first located mention starting at or after ``offset``."""
        k = bisect_left(self.starts, offset)
        return self.located[k] if k < len(self.located) else None

    def between(self, start: int, end: int) -> list[Mention]:
        """The located mentions lying within text[start:end]."""
        k = bisect_left(self.starts, start)
        return [m for m in self.located[k:bisect_left(self.starts, end)] if m.end <= end]

    def before(self, offset: int) -> Mention | None:
        """The last mention ending by ``offset`` that lies in a first-level region."""
        k = bisect_left(self.starts, offset)
        return next((m for m in _backwards(self.located, k)
                     if m.end <= offset and m.place.admin1_iso), None)

    def last_named(self, word: str, offset: int) -> Mention | None:
        """The last area-kind place ending by ``offset`` whose name ends in ``word``."""
        named = self.by_word.get(word, [])
        k = bisect_left(self.word_starts.get(word, []), offset)
        return next((m for m in _backwards(named, k) if m.end <= offset), None)


def _backwards(items: list, k: int) -> Iterator:
    """items[k - 1], items[k - 2], ..., items[0], without copying them."""
    return (items[i] for i in range(k - 1, -1, -1))


def _place_of(text: str, stated, index: _MentionIndex, gazetteer: Gazetteer):
    """The place a stated area lies in: the named place the figure describes ("the strip"
    after "the Gaza Strip"), else the mention right after it ("1,400 square kilometres of
    Kursk"), else the nearest before it that lies in a region, unless that one is in an
    earlier sentence and the figure's own sentence names one after it."""
    described = _described(text, stated, index, gazetteer)
    if described is not None:
        return described
    after = index.after(stated.end)
    if after is not None and _OF_REGION.match(text[stated.end : after.start]):
        return after.place
    before = index.before(stated.start)
    span = _sentence_span(text, stated)
    if (span is not None and after is not None and after.end <= span[1]
            and (before is None or before.start < span[0])):
        return after.place  # named later in its own sentence ("40 square km near Kfar Kila")
    dateline = article_layout(text).dateline
    if before is None or dateline is not None and before.start < dateline.end:
        return None  # where a story was filed is not where an area lies
    return before.place


#: How far back (characters) a lower-case head noun's capitalised name is looked for.
_NAMED_BEFORE_REACH = 5_000


def _described(text: str, stated, index: _MentionIndex, gazetteer: Gazetteer):
    """The place whose head noun the figure describes: the noun right after the figure, or
    the subject of its clause before it, matched to the last word of a place named earlier
    ("Gaza Strip", "Kakhovka reservoir")."""
    span = _sentence_span(text, stated)
    nouns = []
    after = _NOUN_AFTER.match(text, stated.end)
    if after:
        nouns.append(after.group(1))
    if span is not None:
        nouns += [m.group(1) for m in
                  _NOUN_BEFORE.finditer(text, span[0], stated.start)][-1:]
    for noun in (n for n in nouns if n not in _NOT_NOUNS):
        named = index.last_named(noun, stated.start)
        if named is not None:
            return named.place
        # A name the recognition left out, spelt with a lower-case head noun ("the former
        # Kakhovka reservoir"): the capitalised words before the noun, looked up.
        pattern = re.compile(rf"((?:[A-Z][\w'’-]*\s+){{1,3}})(?i:{noun})\b")
        reach = max(0, stated.start - _NAMED_BEFORE_REACH)
        for found in reversed(list(pattern.finditer(text, reach, stated.start))):
            words = found.group(1).split()
            for k in range(len(words)):
                name = " ".join(words[k:])
                for spelt in (f"{name} {noun}", f"{name} {noun.title()}"):
                    places = [c.place for c in gazetteer.lookup([spelt]).get(spelt, [])
                              if c.place.kind in _AREA_KINDS]
                    if places:
                        return places[0]
    return None


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
