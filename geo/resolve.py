"""Resolution: choose, for each recognised name, the place the article means.

Each mention first gets a local cue from the words around it: a region ("the Kursk
region", "the border region of Sumy", "Kursk's governor", "regions including
Moscow"), a district ("the Glushkovo district") or a town ("the city of Nabatieh",
"central Kharkiv", "55 km northwest of Donetsk"). One sense per article: a bare
name takes the region sense when the article cues the region and never the town.
Candidates are then scored by kind, population, the countries the article is about
(place names and demonyms), regions it names, and distance to its other places.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass, field, replace

import numpy as np
import shapely

from geo.gazetteer import ALTERNATE, Candidate, Gazetteer
from geo.model import Mention, Place
from geo.tables import cue_words
from geo.toponyms import Match

EARTH_RADIUS_KM = 6371.0
_DISTANCE_OF = re.compile(
    r"\d[\d,.]*\s*(?:km|kilometres|kilometers|miles|mi)\b[^.;]{0,40}?\b"
    r"(?:of|from)\s+(?:the\s+)?(?:[\w-]+-held\s+)?$", re.IGNORECASE)
_REGION_OF = re.compile(
    r"\b(?:region|regions|oblast|province|governorate|state)\s+of\s+(?:the\s+)?$", re.IGNORECASE)
_REGIONS_LIST = re.compile(
    r"\b(?:regions|provinces|oblasts|governorates),?\s+(?:including|such as|like|notably|"
    r"especially)\s+(?:[A-Z][\w'’-]*(?:,\s*|\s+and\s+|\s+))*$")
_AREA_OF = re.compile(r"\bsquare\s+(?:kilometres|kilometers|miles)\b[^.]{0,25}\bof\s+$")
_TOWN_OF = re.compile(
    r"\b(?:city|town|village|settlement|port city|capital|outskirts|suburbs|centre|center)"
    r"\s+of\s+(?:the\s+)?$", re.IGNORECASE)
_WORD_AFTER = re.compile(r"^(?:['’]s)?\s+([\w-]+)(?:\s+([\w-]+))?")
_WORD_BEFORE = re.compile(r"([\w-]+)\s+$")


def _local_cue(text: str, m: Match) -> str | None:
    """'region', 'district' or 'city' from the words right around a mention."""
    before = text[max(0, m.start - 120) : m.start]
    after = text[m.end : m.end + 40]
    nxt = _WORD_AFTER.match(after)
    words = [w.lower() for w in (nxt.groups() if nxt else ()) if w]
    possessive = bool(re.match(r"['’]s\b", after))
    if words:
        two = " ".join(words[:2])
        if words[0] in cue_words("district_designator"):
            return "district"
        if words[0] in cue_words("region_designator") or two in cue_words("region_designator"):
            return "region"
        titles = cue_words("region_title")
        if possessive and (words[0] in titles or two in titles):
            return "region"
        if words[0] in cue_words("region_office"):
            return "region"
        if words[0] in ("city", "town") or (possessive and words[0] in cue_words("city_noun")):
            return "city"
    if _REGION_OF.search(before) or _REGIONS_LIST.search(before) or _AREA_OF.search(before):
        return "region"
    if _TOWN_OF.search(before) or _DISTANCE_OF.search(before):
        return "city"
    prev = _WORD_BEFORE.search(before)
    if prev and prev.group(1) in cue_words("city_modifier"):  # "central Kharkiv"
        return "city"
    return None


def resolve_toponyms(
    text: str,
    matches: list[Match],
    gazetteer: Gazetteer,
    *,
    context_countries: list[str] = (),
) -> list[Mention]:
    """Resolve recognised names to places.

    Parameters
    ----------
    text
        The article text.
    matches
        Output of ``find_toponyms``; actor uses are left out of the result but count
        towards the article's country context.
    gazetteer
        An open gazetteer index.
    context_countries
        Countries named by demonyms, as more context.

    Returns
    -------
    One ``Mention`` per place name, in text order.
    """
    places = [m for m in matches if not m.actor]
    # Countries keep their one sense ("Ukraine's border region of Sumy" cues Sumy, not
    # Ukraine), unless a region has the same name ("the Georgia state line").
    cues = [None if _only_a_country(m) else _local_cue(text, m) for m in places]
    for k in _container_positions(text, places):
        cues[k] = cues[k] or "region"
    # One sense per article: a name cued as a region somewhere, and never as a town.
    cued = {(m.text, cue) for m, cue in zip(places, cues, strict=True) if cue}
    regional = {name for name, cue in cued if cue == "region"} - {
        name for name, cue in cued if cue == "city"}
    countries = Counter(context_countries)
    for m in matches:
        if _only_a_country(m):  # "Georgia" may be the state: it says nothing of the country
            for c in m.candidates:
                if c.place.kind == "country":
                    countries[c.place.country] += 2
    # First pass: anchor the story on its unambiguous names, then resolve everything.
    first = _Context(countries)
    for m in places:
        if len(m.candidates) == 1 or {c.place.kind for c in m.candidates} <= {"country"}:
            first.add(m.candidates[0].place)
    wants = [cue or ("region" if m.text in regional else None)
             for m, cue in zip(places, cues, strict=True)]
    first_choices: dict[tuple, Place | None] = {}  # the same name, cue and candidates: once
    chosen = []
    for m, want in zip(places, wants, strict=True):
        key = (m.text, want, tuple(c.id for c in m.candidates))
        if key not in first_choices:
            first_choices[key] = _choose(m, want, gazetteer, first)
        chosen.append(first_choices[key])
    # Second pass: each name again, in the light of all the others (spatial coherence).
    # The others are the same for every mention of a name, so each name is weighed once,
    # against the whole article less the name's own places.
    everything = _Context(countries + Counter(p.country for p in chosen if p and p.country))
    own: dict[str, list[Place]] = {}
    for m, p in zip(places, chosen, strict=True):
        if p is not None:
            everything.add(p)
            own.setdefault(m.text, []).append(p)
    contexts: dict[str, _Context] = {}
    resolved: dict[tuple, Place | None] = {}
    defined = _definitions(text, places, chosen)
    mentions = []
    for k, (m, want) in enumerate(zip(places, wants, strict=True)):
        m = (_within(m, defined[m.text].container) if m.text in defined
             else _within_container(text, places, chosen, k))
        if m.text not in contexts:
            contexts[m.text] = everything.without(own.get(m.text, []))
        key = (m.text, want, tuple(c.id for c in m.candidates))
        if key not in resolved:
            resolved[key] = _choose(m, want, gazetteer, contexts[m.text])
            if m.text in defined and not _inside(resolved[key], defined[m.text].container):
                resolved[key] = defined[m.text].approximate(m.text)
        mentions.append(Mention(m.start, m.end, m.text, resolved[key], len(m.candidates)))
    return mentions


@dataclass(frozen=True)
class Weights:
    """How much each kind of evidence counts when choosing among a name's places.

    A town starts at log10(population); the other kinds at a fixed prior. Evidence
    from the article adds to that: the share of the article's country mentions that
    name the candidate's country, a region the article names, nearness to its other
    places. Chosen by hand, checked on the dev articles and the geoparsing corpora
    (benchmarks/geoparsing_report.py).
    """

    kind_prior: dict = field(default_factory=lambda: {
        "country": 8.0, "admin1": 5.5, "water": 6.0, "facility": 7.0, "region_other": 6.5,
        "admin2": 3.0})
    capital: float = 1.0
    alternate_name: float = 1.0
    country_share: float = 5.0
    same_region: float = 1.5
    near: float = 2.5  # another place of the article within 150 km
    nearish: float = 0.5  # within 600 km


WEIGHTS = Weights()


class _Context:
    """What the article is about so far: its countries, regions and points.

    ``without`` gives the same less some places, sharing the counts, so each name of a long
    article is weighed against all the others at the cost of its own places only.
    """

    def __init__(self, countries: Counter) -> None:
        self.countries = countries
        self.regions: Counter = Counter()
        # Distinct points count once (a repeat adds no evidence); the Counter keeps how
        # many places stand at each, for ``without``.
        self.points: Counter[tuple[float, float]] = Counter()
        self._out = _LeftOut(Counter(), Counter(), frozenset())
        self._nearby: _Nearby | None = None

    def add(self, place: Place) -> None:
        if place.kind == "country":
            return
        if place.admin1_iso:
            self.regions[place.admin1_iso] += 1
        if place.kind not in ("admin1", "region_other", "water"):
            self.points[(place.lat, place.lon)] += 1  # a region's centre is no town's neighbour
            self._nearby = None

    def without(self, places: list[Place]) -> _Context:
        """This context less some places added to it, and their countries."""
        own = _Context(Counter(p.country for p in places if p.country))
        for p in places:
            own.add(p)
        rest = _Context(self.countries)
        rest.regions, rest.points, rest._nearby = self.regions, self.points, self._index()
        gone = frozenset(pt for pt, n in own.points.items() if self.points[pt] <= n)
        rest._out = _LeftOut(own.countries, own.regions, gone)
        return rest

    def _index(self) -> _Nearby:
        if self._nearby is None:
            self._nearby = _Nearby(list(self.points))
        return self._nearby

    def score(self, c: Candidate) -> float:
        p = c.place
        w = WEIGHTS
        out = self._out
        base = w.kind_prior.get(p.kind)
        if base is None:  # a town: its size, a capital a little more
            base = math.log10(p.population + 10) + (w.capital if c.feature == "capital" else 0)
        if c.flags & ALTERNATE:
            base -= w.alternate_name
        if out.total is None:
            out.total = self.countries.total() - out.countries.total()
        share = self.countries.get(p.country, 0) - out.countries.get(p.country, 0)
        base += w.country_share * share / (out.total or 1)
        if p.admin1_iso and self.regions.get(p.admin1_iso, 0) > out.regions.get(p.admin1_iso, 0):
            base += w.same_region
        points = len(self.points) > len(out.points)
        if points and p.kind not in ("country", "admin1", "region_other", "water"):
            nearest = self._index().nearest_km(p.lat, p.lon, within=600, leaving_out=out.points)
            base += w.near if nearest < 150 else (w.nearish if nearest < 600 else 0.0)
        return base


@dataclass
class _LeftOut:
    """The places a context leaves out: their countries and regions, the points only they
    stand at, and (once known) the number of country mentions left."""

    countries: Counter
    regions: Counter
    points: frozenset[tuple[float, float]]
    total: int | None = None


class _Nearby:
    """Points (lat, lon) in an R-tree, for the nearest of them to a place.

    Parameters
    ----------
    points
        Distinct (lat, lon) pairs.
    """

    def __init__(self, points: list[tuple[float, float]]) -> None:
        self._points = points
        self._at = {pt: i for i, pt in enumerate(points)}
        coords = np.array(points, dtype=float).reshape(-1, 2)
        self._radians = np.radians(coords)
        self._tree = shapely.STRtree(shapely.points(coords[:, 1], coords[:, 0]))

    def nearest_km(
        self, lat: float, lon: float, *, within: float, leaving_out: frozenset = frozenset()
    ) -> float:
        """The distance to the nearest point, when one other than ``leaving_out`` lies
        within ``within`` km (a larger figure or infinity otherwise)."""
        hits = np.concatenate([self._tree.query(box) for box in _boxes_around(lat, lon, within)])
        if leaving_out:
            hits = hits[~np.isin(hits, [self._at[pt] for pt in leaving_out])]
        if not len(hits):
            return math.inf
        lats, lons = self._radians[hits, 0], self._radians[hits, 1]
        lat, lon = math.radians(lat), math.radians(lon)
        a = (np.sin((lats - lat) / 2) ** 2
             + math.cos(lat) * np.cos(lats) * np.sin((lons - lon) / 2) ** 2)
        return float(2 * EARTH_RADIUS_KM * np.arcsin(np.minimum(1.0, np.sqrt(a.min()))))


def _boxes_around(lat: float, lon: float, km: float) -> list[shapely.Geometry]:
    """Lon/lat boxes that hold every point within ``km`` of a place (split at ±180°)."""
    reach = km / EARTH_RADIUS_KM  # radians of arc
    margin = 1e-6
    south = max(-90.0, lat - math.degrees(reach) - margin)
    north = min(90.0, lat + math.degrees(reach) + margin)
    widest = max(abs(south), abs(north))  # where a circle of that reach is widest in longitude
    if widest >= 90 or math.sin(reach) >= math.cos(math.radians(widest)):
        return [shapely.box(-180, south, 180, north)]
    half = math.degrees(math.asin(math.sin(reach) / math.cos(math.radians(widest)))) + margin
    west, east = lon - half, lon + half
    boxes = [shapely.box(max(west, -180), south, min(east, 180), north)]
    if west < -180:
        boxes.append(shapely.box(west + 360, south, 180, north))
    if east > 180:
        boxes.append(shapely.box(-180, south, east - 360, north))
    return boxes


_DEFINITION = re.compile(
    r"^(?:\s*\([^)]{0,80}\))?,? (?:is|was) (?:a|an|the) [^.;]{0,80}?\b(?:in|of)\b")


@dataclass(frozen=True)
class _Definition:
    """Where a sentence like 'Kirkwood is a town in Broome County, New York' puts a name."""

    container: Place  # the region or country named
    nearest: Place  # the most local unit named (the county, else the container)

    def approximate(self, name: str) -> Place:
        """The name placed at the most local unit, for a place the gazetteer lacks there."""
        return replace(self.nearest, name=name, kind="city", population=0, geonameid=None,
                       source="approximate")


def _definitions(text: str, places: list[Match], chosen: list) -> dict[str, _Definition]:
    """'Troy is a city in Miami County, Ohio': the region or country each defined name
    lies in, for all its mentions (one sense per article)."""
    defined: dict[str, _Definition] = {}
    stops = [m.start() for m in re.finditer(r"\.", text)]
    # The places that may contain a defined name, by index.
    units = [n for n, p in enumerate(chosen) if p is not None and p.kind in _CONTAINERS]
    unfound: set[tuple[str, int]] = set()  # (name, sentence end) that names no container
    for k, m in enumerate(places):
        if m.text in defined or not _DEFINITION.match(text[m.end : m.end + 160]):
            continue
        i = bisect_left(stops, m.end)
        sentence_end = stops[i] if i < len(stops) else len(text)
        if (m.text, sentence_end) in unfound:
            continue  # a later definition in the sentence: fewer places after it
        county = None
        for n in units[bisect_right(units, k) :]:
            if places[n].start > sentence_end:
                break
            p = chosen[n]
            if places[n].text == m.text:
                continue
            if p.kind == "admin2" and county is None:
                county = p
            if p.kind in ("admin1", "country"):
                local = county if county is not None and _inside(county, p) else None
                defined[m.text] = _Definition(p, local or p)
                break
        if m.text not in defined:
            unfound.add((m.text, sentence_end))
    return defined


_CONTAINERS = ("admin2", "admin1", "country")


def _inside(place: Place | None, container: Place) -> bool:
    return place is not None and place.country == container.country and (
        container.kind == "country" or place.admin1_iso == container.admin1_iso)


def _within(m: Match, container: Place) -> Match:
    inside = [c for c in m.candidates if _inside(c.place, container)]
    return replace(m, candidates=inside) if inside else m


def _container_positions(text: str, places: list[Match]) -> list[int]:
    """Names that contain the name before them: 'Broome County, New York' (the state),
    not 'Kharkiv, Kyiv and Odesa' (a list): some sense of the first lies in the second."""
    found = []
    for k in range(1, len(places)):
        a, b = places[k - 1], places[k]
        if text[a.end : b.start] != ", " or _is_region(a):
            continue
        regions = {c.place.admin1_iso for c in b.candidates if c.place.kind == "admin1"}
        if any(c.place.admin1_iso in regions for c in a.candidates if c.place.kind != "admin1"):
            found.append(k)
    return found


def _within_container(text: str, places: list[Match], chosen: list, k: int) -> Match:
    """'Tripoli, Lebanon', 'Long Island, N.Y.': keep the candidates inside the container."""
    m = places[k]
    if k + 1 >= len(places) or text[m.end : places[k + 1].start] != ", ":
        return m
    container = chosen[k + 1]
    if container is None or container.kind not in ("admin1", "country") or _is_region(m):
        return m  # "Arkansas, California, Colorado" is a list of peers
    return _within(m, container)


def _only_a_country(m: Match) -> bool:
    """A country's name that no first-level region bears as its own ("Ukraine", not
    "Georgia")."""
    return any(c.place.kind == "country" for c in m.candidates) and not any(
        c.place.kind == "admin1" and c.place.name == m.text for c in m.candidates)


def _is_region(m: Match) -> bool:
    """Is the name itself a country's or a region's own name?"""
    return any(c.place.kind in ("admin1", "country") and c.place.name == m.text
               for c in m.candidates)


def rank_candidates(candidates: list[Candidate]) -> list[tuple[float, Candidate]]:
    """Candidates with the score they get from a text that says nothing else, best first."""
    context = _Context(Counter())
    return sorted(((context.score(c), c) for c in candidates), key=lambda sc: -sc[0])


def _choose(m: Match, want: str | None, gazetteer: Gazetteer, context: _Context) -> Place | None:
    cands = m.candidates
    if want == "region":
        regions = [c for c in cands if c.place.kind == "admin1"]
        if regions:
            return max(regions, key=context.score).place
        towns = [c for c in cands if c.place.kind == "city" and c.place.admin1_iso]
        if towns:
            best = max(towns, key=context.score).place
            region = gazetteer.region(best.admin1_iso)
            return region.place if region else best
    if want == "district":
        towns = [c for c in cands if c.place.kind == "city"]
        if towns:
            best = max(towns, key=context.score).place
            return replace(best, name=f"{best.name} District", kind="admin2", population=0)
    if want == "city":
        towns = [c for c in cands if c.place.kind == "city"]
        if towns:
            return max(towns, key=context.score).place
    return max(cands, key=context.score).place if cands else None
