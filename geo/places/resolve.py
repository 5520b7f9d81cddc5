"""Resolution: choose, for each recognised name, the place the article means, and say how
sure that is.

A name's candidates are first narrowed by what the text says beside it
(``geo.places.qualifiers``): its kind ("the Kursk region"), its container ("Dobryanka,
Chernihiv": never a namesake outside Chernihiv), where it lies from another place
("Rivne, about 10 km south of Pokrovsk"). A country's name means the country, never a
village of that name; a bare name that is a region and its seat town means the town
unless the article cues the region. One sense per article: a name cued as a region
somewhere, and never as a town, is the region throughout. Towns and counties the story
names nest: "Walker County ... Huntsville" is Huntsville, Texas, in Walker County, Texas.

The remaining candidates are ranked (``geo.places.ranker``) by kind, size, the article's
focus (the countries its place names, demonyms and regions point to) and nearness to its
other places, against a "none of these" option. The winner's probability is the
mention's confidence; when "none of these" wins, the name is left unresolved, or placed
at the unit or place its qualifier names, with a low confidence and a radius.
"""

from __future__ import annotations

import difflib
import math
import re
from collections import Counter, defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache

from geo.model import KM_PER_DEGREE, LOW_CONFIDENCE, Mention, Place, Reading, km_between
from geo.places import LARGE_CITY
from geo.places.fronts import Front, front_named
from geo.places.qualifiers import (
    WATER_WORD,
    Qualifier,
    Relative,
    find_district,
    find_qualifier,
    find_relative,
    local_cue,
    names_quarter,
    share_in_lists,
)
from geo.places.ranker import (
    FEATURES,
    POINT_KINDS,
    Context,
    Points,
    Weights,
    explain,
    load_weights,
    rank,
)
from geo.places.recognise import THE_BEFORE, Match, find_demonyms, without_designator
from geo.sources.admin2 import core_name
from geo.sources.gazetteer import (
    ALTERNATE,
    COMMON_WORD,
    FUZZY,
    Candidate,
    Gazetteer,
    lookup_spelt_like,
)
from geo.sources.tables import cue_words
from geo.text.layout import article_layout
from geo.text.spelling import fold, skeleton

#: Before a demonym that places a town: "the", "the northern".
_THE_BEFORE_DEMONYM = re.compile(r"\b[Tt]he\s+(?:[a-z][\w-]*\s+){0,2}$")
#: Between a demonym and the town it places: "(the Lebanese) city of", "northern port city of".
_KIND_OF_AFTER = re.compile(r"\s+(?:[a-z][\w-]*\s+){0,3}?(?:city|town|village|port)\s+of\s+")
#: Below this population a town outside the story's countries is a suspect namesake.
MINOR_TOWN = 20_000
#: Confidence given to a place the text locates but the gazetteer lacks there.
PLACED_BY_TEXT = 0.4
#: Radius (km) of a place the text puts "near" another or in a part of it.
NEAR_RADIUS_KM = 10.0
#: Radius (km) of a district known only by its town of the same name.
DISTRICT_KM = 20.0
#: A town the gazetteer puts outside the region its qualifier names is in it when a town of
#: that region lies this near (km): a neighbour, or a border drawn otherwise.
BORDER_KM = 40.0
#: How alike (difflib's ratio) a name the gazetteer lacks in the region named with it must
#: be spelt to a town there to be that town, and the fewest letters it must have.
ALIKE_SPELLING, ALIKE_MIN_LETTERS = 0.8, 5
#: Confidence is multiplied by this for a town the qualifier puts in another region.
DISAGREEING = 0.5
#: How far (km) past a stated distance a namesake may lie and still be the place meant.
RELATIVE_SLACK_KM, NEAR_KM = 15.0, 40.0
#: Of a name's namesakes on a front, those this much farther (km) from the line than the
#: nearest are not meant.
FRONT_SLACK_KM = 5.0
#: A town this near (km) to the point of a second-level unit of its name is the unit's seat.
SEAT_KM = 1.0


@dataclass(frozen=True)
class Decision:
    """What a mention resolved to, how sure, and why."""

    place: Place | None
    confidence: float
    reason: str
    #: the place is the unit another name names, taken for want of one of its own
    borrowed: bool = False


def resolve_toponyms(
    text: str,
    matches: list[Match],
    gazetteer: Gazetteer,
    *,
    context_countries: list[str] = (),
    published: date | None = None,
    weights: Weights | None = None,
    trace: list | None = None,
) -> list[Mention]:
    """Resolve recognised names to places.

    Parameters
    ----------
    text
        The article text.
    matches
        Output of ``find_toponyms``; actor uses are left out of the result but count
        towards the article's country focus.
    gazetteer
        An open gazetteer index.
    context_countries
        Countries named by demonyms, as more context.
    published
        The article's date: a report of a war that names its front
        (``geo.places.fronts``) means the namesakes on that front, while it was one.
    weights
        The ranker's weights; the shipped ones by default.
    trace
        If given, one record per ranked mention is appended (its candidates' features),
        for fitting the weights (``benchmarks/fit_ranker.py``).

    Returns
    -------
    One ``Mention`` per place name, in text order, with its confidence and reason.
    """
    weights = weights or load_weights()
    places = [m for m in matches if not m.actor]
    qualifiers = share_in_lists(text, places,
                                [find_qualifier(text, places, k) for k in range(len(places))])
    relatives = [find_relative(text, places, k) for k in range(len(places))]
    districts = [find_district(text, places, k) if q is None else None
                 for k, q in enumerate(qualifiers)]
    # A country's name keeps its one sense ("central Mali" is the country), unless a region
    # has the same name and is cued ("the Georgia state line").
    cues = [None if _only_a_country(m) else local_cue(text, m) for m in places]
    cues = [None if cue != "region" and any(c.place.kind == "country" for c in m.candidates)
            else cue for m, cue in zip(places, cues, strict=True)]
    for k, q in enumerate(qualifiers):  # "Dobryanka, Chernihiv": Chernihiv the region
        if q is not None and not _only_a_country(places[q.index]) and not _holds_as_a_country(
                places[q.index], places[k]):  # "BAMAKO, Mali": the country
            cues[q.index] = cues[q.index] or "region"
    dateline = article_layout(text).dateline  # "YANGON, March 14 (Reuters) -": a town
    cues = [cue or ("city" if dateline is not None and m.start == dateline.start else None)
            for m, cue in zip(places, cues, strict=True)]
    # One sense per article: a name cued as a region somewhere, and never as a town.
    cued = {(m.text, cue) for m, cue in zip(places, cues, strict=True) if cue}
    regional = {name for name, cue in cued if cue == "region"} - {
        name for name, cue in cued if cue == "city"}
    wants = [cue or ("region" if m.text in regional else None)
             for m, cue in zip(places, cues, strict=True)]
    countries, named_regions, capitals = article_focus(matches, context_countries,
                                                       frozenset(regional))
    # the countries the article's place names (not only its demonyms) point to
    placed = frozenset(c for c in countries - Counter(context_countries) if c)
    # the lands its demonyms ("Somali forces", "a Syrian man") and armed groups name
    lands = frozenset(context_countries) | {country for *_, country in find_demonyms(text)}
    front = front_named(text, published)
    if front is not None and placed and front.country not in placed:
        front = None  # a story of another country that uses the same words ("NAF")
    resolver = _Resolver(text, places, wants, qualifiers, relatives, gazetteer, weights, placed,
                         lands, districts, front)

    # First pass: anchor the story on its unambiguous names, then resolve everything.
    first = Context(countries, named_regions)
    for m in places:
        if len(m.candidates) == 1 or (m.candidates and {c.place.kind for c in m.candidates}
                                      <= {"country"}):
            first.add(m.candidates[0].place)
    keys = [(m.text, wants[k], qualifiers[k], relatives[k], tuple(c.id for c in m.candidates))
            for k, m in enumerate(places)]
    once: dict[tuple, Decision] = {}  # the first pass weighs each name in one context
    for k, key in enumerate(keys):
        if key not in once or relatives[k] is not None:
            once[key] = resolver.decide(k, first, explained=False)
    resolver.first = [once[key] for key in keys]
    resolver.defined = _definitions(text, places, [d.place for d in resolver.first])
    # Second pass: each name again, in the light of all the others (spatial coherence).
    # The others are the same for every mention of a name, so each name is weighed once.
    contexts: dict[str, Context] = {}
    decided: dict[tuple, Decision] = {}
    final: list[Decision | None] = [None] * len(places)
    # Names placed from another ("10 km south of Pokrovsk") come last, from its final place.
    order = sorted(range(len(places)), key=lambda k: relatives[k] is not None)
    others = None
    for k in order:
        m = places[k]
        if relatives[k] is not None and final[relatives[k].index] is not None:
            resolver.first[relatives[k].index] = final[relatives[k].index]
        if m.text not in contexts:
            if others is None or relatives[k] is not None:
                others = _Others(places, resolver.first, countries, named_regions, capitals)
            contexts[m.text] = others.without(m.text)
        key = keys[k]
        if key not in decided or relatives[k] is not None:
            decided[key] = resolver.decide(k, contexts[m.text], trace=trace)
        final[k] = decided[key]
    # (a mention cued as a kind, "Wori district", may be another place than its bare name)
    final = _told_once(places, final, [(q is not None or r is not None) and w is None
                                       for q, r, w in zip(qualifiers, relatives, wants,
                                                          strict=True)],
                       [w is None for w in wants])
    mentions = []
    placed_as: dict[int, Place | None] = {}  # a name's mentions share one decision
    for m, d in zip(places, final, strict=True):
        if id(d) not in placed_as:
            placed_as[id(d)] = d.place.read_as(round(d.confidence, 3), d.reason) \
                if d.place is not None else None
        mentions.append(Mention(m.start, m.end, m.text, placed_as[id(d)], len(m.candidates),
                                round(d.confidence, 3), d.reason))
    return mentions


def _told_once(places: list[Match], final: list[Decision], told: list[bool],
               bare: list[bool]) -> list[Decision]:
    """One sense per article: a name the text places beside one of its mentions ("Vodyane,
    Donetsk", "X, 10 km south of Y") is that place at its bare mentions too, when every
    mention so placed agrees."""
    said: dict[str, set[Place | None]] = defaultdict(set)
    by_told: dict[str, Decision] = {}
    for m, d, t in zip(places, final, told, strict=True):
        if t:  # not the unit or the place it is placed at for want of a namesake there
            said[m.text].add(None if d.borrowed or d.place is None
                             or d.place.source == "approximate" else d.place)
            by_told[m.text] = d
    out, seen = [], set()
    for m, d, t, b in zip(places, final, told, bare, strict=True):
        if t:
            seen.add(m.text)
        elif b and m.text in seen and d.confidence < LOW_CONFIDENCE and len(
                said[m.text]) == 1 and None not in said[m.text]:
            d = by_told[m.text]
        out.append(d)
    return out


class _Others:
    """The first pass's places, counted once, from which each name's context is the
    article's focus and the places of the other names (their countries counting as much as
    the reading is sure of them). A name's context shares the counts and subtracts its own,
    so each costs time in its own places, not in all of the article's."""

    def __init__(self, places: list[Match], first: list[Decision], countries: Counter,
                 named_regions: frozenset[str], capitals: dict[str, Counter]) -> None:
        self.countries, self.named_regions, self.capitals = countries, named_regions, capitals
        self.found: Counter = Counter()
        self.regions: Counter = Counter()
        self.points: Counter = Counter()
        self.by_name: dict[str, list[Decision]] = {}
        for m, d in zip(places, first, strict=True):
            # a name placed at its qualifier's unit for want of its own restates that
            # unit's reading: it is no evidence for it ("Spur Tree, Manchester parish")
            if d.place is not None and not d.borrowed:
                self.by_name.setdefault(m.text, []).append(d)
                _count(d, self.found, self.regions, self.points)
        self.point_set = Points(self.points)

    def without(self, name: str) -> Context:
        found, regions, points = Counter(), Counter(), Counter()
        for d in self.by_name.get(name, []):
            _count(d, found, regions, points)
        # a capital's name does not vote for its own country ("Sucre" in a story of Colombia)
        countries = self.countries - self.capitals.get(name, Counter())
        for k, v in self.found.items():
            if v - found[k] > 1e-9:
                countries[k] += v - found[k]
        context = Context(countries, self.named_regions)
        context.regions = _Less(self.regions, regions)
        context.points = self.point_set.without(p for p, n in points.items()
                                                if self.points[p] - n <= 0)
        return context


def _count(d: Decision, found: Counter, regions: Counter, points: Counter) -> None:
    p = d.place
    if p.country:
        found[p.country] += d.confidence
    if p.kind != "country" and p.admin1_iso:
        regions[p.admin1_iso] += 1
    if p.kind in POINT_KINDS:
        points[(p.lat, p.lon)] += 1


class _Less(Mapping):
    """Counts less some of them, as a read-only mapping of the keys left above zero."""

    def __init__(self, counts: Counter, less: Counter) -> None:
        self._counts, self._less = counts, less

    def __getitem__(self, key):
        left = self._counts[key] - self._less[key]
        if left <= 0:
            raise KeyError(key)
        return left

    def get(self, key, default=None):
        left = self._counts[key] - self._less[key]
        return left if left > 0 else default

    def __iter__(self):
        return (k for k in self._counts if self._counts[k] - self._less[k] > 0)

    def __len__(self) -> int:
        return sum(1 for _ in self)


def article_focus(matches: list[Match], demonym_countries=(),
                  cued_regions: frozenset[str] = frozenset(),
                  ) -> tuple[Counter, frozenset[str], dict[str, Counter]]:
    """The countries an article is about (weighted evidence), the first-level regions it
    names, and by name the votes its capitals cast: demonyms count once, a country's name
    twice (actor uses too); a region named under its own name (that is no town's name too,
    or is cued as a region, and is not named by a compass point alone, as many countries'
    are: "Est") and a capital that is its name's largest place count once for their
    country."""
    countries = Counter(demonym_countries)
    regions = set()
    capitals: dict[str, Counter] = defaultdict(Counter)
    for m in matches:
        if _only_a_country(m):  # "Georgia" may be the state: it says nothing of the country
            # in the candidates' order, so that ties are broken the same in every run
            named = dict.fromkeys(c.place.country for c in m.candidates
                                  if c.place.kind == "country")
            for country in named:  # "Congo" names two countries: each gets half
                countries[country] += 2 / len(named)
            continue
        exact = [c for c in m.candidates if not c.flags & FUZZY]
        units = [c.place for c in exact if c.place.kind == "admin1"]
        if _compass_named(m.text):
            continue
        if len(units) == 1 and (m.text in cued_regions or all(
                c.place.kind in ("admin1", "admin2") or c.place.population < LARGE_CITY
                for c in exact)):
            if units[0].admin1_iso:
                regions.add(units[0].admin1_iso)
            countries[units[0].country] += 1
            continue
        largest = max(exact, key=lambda c: c.place.population, default=None)
        if largest is not None and largest.feature == "capital":
            countries[largest.place.country] += 1
            capitals[m.text][largest.place.country] += 1
    return countries, frozenset(regions), capitals


class _Resolver:
    """Decides each mention from its candidates, the text beside it and a context."""

    def __init__(self, text, places, wants, qualifiers, relatives, gazetteer, weights,
                 placed: frozenset[str] = frozenset(),
                 lands: frozenset[str] = frozenset(),
                 districts: list[str | None] | None = None,
                 front: Front | None = None) -> None:
        self.placed, self.lands = placed, lands
        #: the front the article names, whose namesakes it means
        self.front = front
        #: the district named after each mention that names no region or country with it
        self.districts = districts or [None] * len(places)
        self.text = text
        self.places = places
        self.wants = wants
        self.qualifiers: list[Qualifier | None] = qualifiers
        self.containers = {q.index for q in qualifiers if q is not None}
        #: the countries the article names, each with the names it is written with
        self.country_names: dict[str, set[str]] = defaultdict(set)
        for m in places:
            for c in m.candidates:
                if c.place.kind == "country":
                    self.country_names[c.place.country].add(fold(m.text))
        # (region, county) -> the names written as a county ("Walker County") that may be
        # that county, and the names that may be a town in it
        self.county_of: dict[tuple, set[str]] = defaultdict(set)
        self.town_in: dict[tuple, set[str]] = defaultdict(set)
        for m in places:
            for c in m.candidates:
                if c.place.kind == "admin2" and _designated(m.text):
                    self.county_of[_county(c.place.admin1_iso, c.place.name)].add(m.text)
                elif c.place.kind == "city" and c.admin2:
                    self.town_in[_county(c.place.admin1_iso, c.admin2)].add(m.text)
        self.relatives: list[Relative | None] = relatives
        #: the demonym before a mention that says which country it lies in ("the Lebanese
        #: city of X"), by where the name begins
        self.demonym_at = {kind.end(): (demonym, country)
                           for start, end, demonym, country in find_demonyms(text)
                           if _THE_BEFORE_DEMONYM.search(text, max(0, start - 40), start)
                           and (kind := _KIND_OF_AFTER.match(text, end))}
        self.gazetteer = gazetteer
        self.weights = weights
        self.first: list[Decision] = []
        self.defined: dict[str, _Definition] = {}

    def decide(self, k: int, context: Context, *, trace: list | None = None,
               explained: bool = True) -> Decision:
        m = self.places[k]
        cands = list(m.candidates)
        reasons = []
        # What the text says beside the name narrows its candidates.
        q = self.qualifiers[k]
        unit = self._unit(q)
        disagrees = False
        if unit:
            inside = self._inside_qualifier(cands, q, unit)
            if inside is None:  # written another way there? ("Dobryanka" for "Dobrianka")
                inside = self._inside_qualifier(
                    lookup_spelt_like(self.gazetteer, [m.text])[m.text], q, unit)
            others = [c.place for c in self.places[q.index].candidates
                      if c.place.kind in ("admin1", "country") and c.place not in unit]
            if inside is None and others:  # its other sense ("Vasylkiv, Kyiv": the oblast)
                inside = self._inside_qualifier(cands, q, others)
            if inside is None:  # the gazetteer puts the town a region away
                inside = self._beside_qualifier(cands, q, [*unit, *others], m.text)
                disagrees = inside is not None
            if inside is not None:
                cands, reasons = inside, [f"qualifier: {q.text}"]
                if disagrees:
                    reasons = [f"qualifier: {q.text}, though the gazetteer has it in "
                               f"{inside[0].place.admin1_name or inside[0].place.country}"]
            elif q.stated or not any(_notable(c) and not c.flags & FUZZY for c in cands):
                return self._placed_in_unit(m, q, unit)
            # else a known place with no namesake there, after a comma: "Los Angeles, San
            # Fernando" is a list, not a qualifier ("Palma district of Cabo Delgado" is none)
        demonym, country = self.demonym_at.get(m.start, (None, None)) if q is None else (None,
                                                                                      None)
        if country is not None and any(c.place.country == country for c in cands):
            cands = [c for c in cands if c.place.country == country]  # "the Lebanese city of"
            reasons = [f"said to be {demonym}"]
        if q is None and self.districts[k] is not None:  # "Lisove in the Pokrovsk district"
            inside = self._in_district(cands, self.districts[k])
            if inside:
                cands, reasons = inside, [f"in {self.districts[k]} district"]
        defined = self.defined.get(m.text)
        if defined is not None:
            inside = [c for c in cands if _inside(c.place, defined.container)]
            if not inside:
                return Decision(defined.approximate(m.text), PLACED_BY_TEXT,
                                f"defined in {defined.nearest.name}")
            cands, reasons = inside, [f"defined in {defined.container.name}"]
        rel = self.relatives[k]
        anchor = self._anchor(rel)
        if rel is not None and anchor is not None and self.wants[k] != "water":
            limit = (rel.km + RELATIVE_SLACK_KM) * 1.5 if rel.km is not None else NEAR_KM
            near = [c for c in cands if c.place.kind in ("city", "facility", "admin2")
                    and km_between(c.place.lat, c.place.lon, anchor.lat, anchor.lon) <= limit]
            if near:
                cands, reasons = near, [*reasons, rel.text]
            elif rel.km is not None or m.marked or not any(_notable(c) for c in cands):
                return _placed_from(m, rel, anchor)
            # else a known city far from it, only "near" it: "from Kyiv to Ivano-Frankivsk
            # near Vasylkiv" says where the train was, not the city
        if self.front is not None and self.wants[k] in (None, "city"):
            # "near Vodiane" in a report of the line of contact: the Vodiane on it
            # (also when every namesake is a town on it: the front tells its country)
            on_front = self._on_front(m, cands)
            if any(c.place.kind in POINT_KINDS for c in on_front) and (
                    on_front != cands or all(c.place.kind in POINT_KINDS
                                             and self.front.holds(c.place) for c in cands)):
                cands, reasons = on_front, [*reasons, f"on the {self.front.name}"]
        if not reasons and (m.compound_part and self.first
                            or context.points and names_quarter(self.text, m.start, m.end)
                            and not any(c.place.kind in ("admin1", "country") for c in cands)):
            # "the Americana neighbourhood in Mogadishu": a quarter of a town the article
            # names (a region is none: "a California park"); "Ceel-Gilow": a name the
            # gazetteer lacks, "Ceel" one of Eyl's others, weighed once the other names are
            # placed. Either is meant only near the article's other places.
            cands = [c for c in cands if context.points and context.points.nearest_km(
                c.place.lat, c.place.lon) <= NEAR_KM]
            if not cands:
                return Decision(None, 0.0, "part of a longer name, with no namesake near the"
                                           " article's places")
        if not reasons and context.countries:
            # A spelling variant or a codified village outside the article's countries is
            # too weak a match.
            cands = [c for c in cands if not _weak(c) or context.countries.get(c.place.country)]
        cands = self._holding(k, cands)
        if not reasons and self.wants[k] is None and self._country_opening(k, cands):
            cands = [c for c in cands if c.place.kind == "country"]
            reasons = ["a country's name opening a sentence"]
        if not reasons and self.wants[k] is None and _BORDER_WITH.search(
                self.text, max(0, m.start - 25), m.start) and any(
                c.place.kind == "country" for c in cands):
            cands = [c for c in cands if c.place.kind == "country"]
            reasons = ["a country's name after a border"]  # "the border with Mali"
        if not reasons:
            named = self._named_with_country(m.text, cands)
            if named:  # "Santiago" in a story of Cuba: Santiago de Cuba
                cands, reasons = named, ["named with a country the article names"]
        if not reasons:
            nested = self._nested(m.text, cands)
            if len(nested) < len(cands):
                cands, reasons = nested, ["nested with another name of the article"]
        # "the Kyiv region", "Vasylkiv, Kyiv": the oblast, not the city with a region's status
        designated = k in self.containers or bool(
            _DESIGNATED.match(self.text[m.end : m.end + 30]))
        cands = _by_cue(_seats_of_their_units(cands), self.wants[k], m, reasons,
                        self.gazetteer, context, designated=designated)
        if self.wants[k] is None and not WATER_WORD.search(m.text) and not (
                THE_BEFORE.search(self.text, max(0, m.start - 4), m.start)):
            # a river is "the Dnipro"; "in Dnipro" is the city
            cands = [c for c in cands if c.place.kind != "water"] or cands
        if not cands:
            return Decision(None, 0.0, _unknown(m))
        # a river the table holds at several towns is ranked as one, placed at its reach
        # nearest the article's places once chosen ("the Dnipro" in a story of Kherson)
        reaches: dict[str, list[Place]] = defaultdict(list)
        for c in cands:
            if c.place.kind == "water":
                reaches[c.place.name].append(c.place)
        cands = [c for c in cands if c.place.kind != "water"
                 or c.place is reaches[c.place.name][0]]
        ranked = rank(cands, m.text, context, self.weights, allow_none=not reasons)
        if trace is not None:
            trace.append({"start": m.start, "end": m.end, "text": m.text,
                          "candidates": [(c.place, row) for _, c, row in ranked.scored],
                          "none_allowed": not reasons})
        p, best, row = ranked.scored[0]
        if (ranked.none >= 0.5 or p < self.weights.threshold) and _suspect(
                row, best, self._placed(k), alone=len(cands) == 1,
                one_country=len({c.place.country for c in cands}) == 1):
            return Decision(None, 0.0, f"unsure: {best.place.label()} at {p:.2f}")
        if best.place.kind == "admin1" and (
                (_compass_named(m.text) and (placed := self._placed(k))
                 and best.place.country not in placed | self.lands)
                or (p < SURE_REGION and (told := self._told_by_others(k) or self.lands)
                    and best.place.country not in told)):
            # "the Est region" of a Burkina Faso story is not Cameroon's Est, nor "Nahri
            # Saraj" of a Helmand story North Macedonia's Saraj; with no place it is sure of,
            # the lands its demonyms and armed groups name tell ("Somali forces ... Bay");
            # a namesake of the name in those lands is meant ("near Nara" in a story of Mali:
            # the Malian town, not Japan's prefecture)
            lands = self._told_by_others(k) | self.lands
            home = next(((q, c) for q, c, _ in ranked.scored[1:]
                         if c.place.country in lands and c.place.kind in POINT_KINDS), None)
            if home is None:
                return Decision(None, 0.0, f"unsure: {best.place.label()} at {p:.2f}, a region"
                                           " outside the article's countries")
            reason = "; ".join([*reasons, "the namesake in the article's countries, not "
                                f"{best.place.label()}"]) if explained else ""
            return Decision(home[1].place, home[0] * DISAGREEING if disagrees else home[0],
                            reason)
        place = best.place
        if place.kind == "water" and context.points:
            place = min(reaches[place.name],
                        key=lambda w: context.points.nearest_km(w.lat, w.lon))
        if self.wants[k] == "district" and place.kind == "city":
            place = replace(place, name=f"{place.name} District", kind="admin2", population=0)
        reason = "; ".join([*reasons, explain(ranked, self.weights)]) if explained else ""
        return Decision(place, p * DISAGREEING if disagrees else p, reason)

    def _on_front(self, m: Match, cands: list[Candidate]) -> list[Candidate]:
        """The candidates on the article's front, and those that are no point (a region, a
        country); a name none of whose towns is there, nor a large one, may be written
        another way there ("Vodyane" for "Vodiane")."""
        on_front = [c for c in cands if c.place.kind not in POINT_KINDS
                    or self.front.holds(c.place)]
        if any(c.place.kind in POINT_KINDS for c in on_front) or any(
                _notable(c) and not c.flags & FUZZY for c in cands):
            return on_front
        spelt = [c for c in lookup_spelt_like(self.gazetteer, [m.text])[m.text]
                 if c.place.kind in POINT_KINDS and self.front.holds(c.place)]
        on_front = spelt + on_front if spelt else on_front
        near = [self.front.km_from_line(c.place) for c in on_front
                if c.place.kind in POINT_KINDS]
        if near:  # of several namesakes beside it, those nearest the line
            nearest = min(near) + FRONT_SLACK_KM
            on_front = [c for c in on_front if c.place.kind not in POINT_KINDS
                        or self.front.km_from_line(c.place) <= nearest]
        return on_front

    def _country_opening(self, k: int, cands: list[Candidate]) -> bool:
        """Is mention ``k`` a country's name opening a sentence ("In Niger, gunmen ..."),
        with none of the article's other towns in the country of its namesake region?"""
        m = self.places[k]
        if not (_OPENING_IN.search(self.text, max(0, m.start - 6), m.start)
                and self.text[m.end : m.end + 1] == ","
                and any(c.place.kind == "country" for c in cands)):
            return False
        regions = {c.place.country for c in cands if c.place.kind == "admin1"}
        towns = {d.place.country for n, d in enumerate(self.first)
                 if d.place is not None and d.place.kind != "country"
                 and self.places[n].text != m.text}
        return not regions & towns

    def _named_with_country(self, name: str, cands: list[Candidate]) -> list[Candidate]:
        """The towns whose full name is the name and the name of their country, when the
        article names that country: "Santiago" is Santiago de Cuba in a story of Cuba."""
        short = fold(name)
        return [c for c in cands if c.place.kind == "city" and any(
            _folded_town(c.place.name) in (f"{short} {country}", f"{short} de {country}",
                                           f"{short} del {country}",
                                           f"{short} of {country}")
            for country in self.country_names.get(c.place.country, ()))]

    def _placed(self, k: int) -> frozenset[str]:
        """The countries the article's place names point to, and those of the places the
        first pass is sure of (other names than mention ``k``'s)."""
        return self.placed | self._told_by_others(k)

    def _told_by_others(self, k: int) -> frozenset[str]:
        """The countries of the places the first pass is sure of, other names than mention
        ``k``'s (none before the first pass ends): a name's own region does not vouch for
        itself."""
        name = self.places[k].text
        return frozenset(d.place.country for n, d in enumerate(self.first)
                         if d.place is not None and d.place.country
                         and d.confidence >= LOW_CONFIDENCE and self.places[n].text != name)

    def _holding(self, k: int, cands: list[Candidate]) -> list[Candidate]:
        """A qualifier's regions and countries that hold a namesake of a name it qualifies
        ("El Alto, La Paz": Bolivia's La Paz, not El Salvador's); all of them when none does."""
        if k not in self.containers:
            return cands
        towns = [c.place for n, q in enumerate(self.qualifiers) if q is not None and q.index == k
                 for c in self.places[n].candidates if c.place.kind not in ("admin1", "country")]
        units = [c for c in cands if c.place.kind in ("admin1", "country")]
        held = [c for c in units if any(_inside(t, c.place) for t in towns)]
        return [c for c in cands if c not in units or c in held] if held else cands

    def _nested(self, name: str, cands: list[Candidate]) -> list[Candidate]:
        """The one namesake that lies in a county another name written as a county may be,
        or, for a name written as a county, the one that holds a town another name may be
        ("Huntsville ... Walker County": Huntsville, Texas, in Walker County, Texas); all of
        them when none or several are, or when the name may be a region or a country."""
        if any(c.place.kind in ("admin1", "country") for c in cands):
            return cands

        def other(names: set[str] | None) -> bool:
            return bool(names) and names != {name}

        nested = [c for c in cands if (
            c.place.kind == "city" and c.admin2
            and other(self.county_of.get(_county(c.place.admin1_iso, c.admin2))))
            or (c.place.kind == "admin2" and _designated(name)
                and other(self.town_in.get(_county(c.place.admin1_iso, c.place.name))))]
        return nested if len(nested) == 1 else cands

    def _unit(self, q: Qualifier | None) -> list[Place]:
        """The places the qualifier's unit may be: its resolution once known (a region or a
        country, else none), before that every region or country of its name."""
        if q is None:
            return []
        if self.first:
            d = self.first[q.index]
            return [d.place] if d.place is not None and d.place.kind in ("admin1", "country") \
                else []
        return [c.place for c in self.places[q.index].candidates
                if c.place.kind in ("admin1", "country")]

    def _inside_qualifier(self, cands: list[Candidate], q: Qualifier,
                          unit: list[Place]) -> list[Candidate] | None:
        """The candidates inside the qualifier's unit (and district, when one is named);
        None when the name has no candidate there."""
        regions = {_region(p) for p in unit if p.kind == "admin1"}
        countries = {p.country for p in unit if p.kind == "country"}
        inside = [c for c in cands if c.place.kind not in ("country", "admin1")
                  and (_regions_holding(c.place) & regions
                       or (c.place.country, c.admin1_alt) in regions
                       or c.place.country in countries)]
        if q.district and inside:
            inside = self._in_district(inside, q.district) or inside
        return inside or None

    def _in_district(self, cands: list[Candidate], district: str) -> list[Candidate]:
        """The candidates in the district the text names with them, known by its name as
        written or as the gazetteer names the units and towns that name may be
        ("Sievierodonetsk district": Siverskodonetskyi Raion, under which the codifier lists
        its villages)."""
        names = {district} | {c.place.name for m in self.places if m.text == district
                              for c in m.candidates if c.place.kind in ("admin2", "city")
                              and not c.flags & FUZZY}
        keys = {skeleton(core_name(n)) for n in names}
        return [c for c in cands if c.admin2 and any(_same_stem(skeleton(c.admin2), key)
                                                     for key in keys)]

    def _beside_qualifier(self, cands: list[Candidate], q: Qualifier,
                          units: list[Place], name: str) -> list[Candidate] | None:
        """The places of the name, in a qualifying region's country, that the gazetteer puts
        outside that region though the text puts them in it: those in the district named
        with it ("Tank (Tank, Punjab)": Tank lies in Khyber Pakhtunkhwa), all of them when the
        district bears the name itself (the town is its seat), else those within
        reach of the region's towns (a neighbour, or a border the gazetteer draws
        otherwise), else the country's only place of that name if it is a district or a
        town of some size (a village the gazetteer lacks may share a small one's name);
        None when there is none of these."""
        regions = [p for p in units if p.kind == "admin1"]
        towns = [c for c in cands if c.place.kind in ("city", "admin2") and not c.flags & FUZZY
                 and (c.place.admin1_iso or c.place.admin1_name)
                 and any(c.place.country == r.country for r in regions)]
        if not towns:
            return None
        if q.district:
            in_district = self._in_district(towns, q.district)
            if in_district:
                return in_district
            if skeleton(core_name(q.district)) == skeleton(core_name(name)):
                return towns  # "Dawanle town (Dawanle, Tigray)": the district's seat
        near = [c for c in towns if any(
            r.admin1_iso and r.country == c.place.country and _town_near(
                self.gazetteer.towns_in(r.admin1_iso), c.place, BORDER_KM) for r in regions)]
        if near:
            return near
        first = towns[0].place
        if any(c.place.population >= MINOR_TOWN or (
                c.place.kind == "admin2" and not c.flags & ALTERNATE) for c in towns) and all(
                km_between(first.lat, first.lon, c.place.lat, c.place.lon) <= DISTRICT_KM
                for c in towns):
            return towns
        return None

    def _placed_in_unit(self, m: Match, q: Qualifier, unit: list[Place]) -> Decision:
        """A name the gazetteer lacks inside its qualifier's unit: placed at the district
        named with it, else at the unit itself (its seat), with a low confidence."""
        country = next((p for p in unit if p.kind == "country"), None)
        # a country's name is the country, not a namesake region abroad ("X, Mali")
        region = next((p for p in unit if p.kind == "admin1"
                       and (country is None or p.country == country.country)), None)
        container = region or country
        if q.district and region is not None:
            # "X village (Cadale, Middle Shabelle)": the district, or its town of that name
            key = skeleton(core_name(q.district))
            found = [c for c in self.gazetteer.lookup_skeletons([key]).get(key, [])
                     if region.admin1_iso in (c.place.admin1_iso, c.admin1_alt)]
            district = sorted(found, key=lambda c: (c.place.kind != "admin2",
                                                    -c.place.population))
            if district and district[0].place.kind in ("admin2", "city"):
                d = district[0].place
                container = replace(d, kind="admin2", radius_km=d.radius_km or DISTRICT_KM)
        if region is not None and region.admin1_iso:
            alike = _spelt_alike(m.text, self.gazetteer.towns_in(region.admin1_iso))
            if alike is not None:
                return Decision(alike.place, PLACED_BY_TEXT, f"qualifier: {q.text}; spelt "
                                f"like {alike.place.name}, the only name there so close")
        reason = (f"not in the gazetteer; placed at {container.name}, named with it"
                  f" ({q.text.strip('() ')})")
        return Decision(container, PLACED_BY_TEXT / 2, reason, borrowed=True)

    def _anchor(self, rel: Relative | None) -> Place | None:
        if rel is None or not self.first:
            return None
        d = self.first[rel.index]
        if d.place is None or d.place.kind not in ("city", "facility", "admin2"):
            return None
        return d.place


def _town_near(towns: list[Candidate], place: Place, km: float) -> bool:
    """Does one of ``towns`` (not a district) lie within about ``km`` of the place, in a box
    of that half-width?"""
    dlat = km / KM_PER_DEGREE
    dlon = dlat / max(0.1, math.cos(math.radians(place.lat)))
    return any(c.place.kind == "city" and abs(c.place.lat - place.lat) <= dlat
               and abs(c.place.lon - place.lon) <= dlon for c in towns)


def _spelt_alike(name: str, towns: list[Candidate]) -> Candidate | None:
    """The one town (or the town and its district) whose name is spelt most like ``name``,
    if close enough that it is another transliteration ("Kafr el-Dawwar", "Kafr ad Dawwar"):
    letters alike in ALIKE_SPELLING of the name, its first letter the same and its length
    within a letter (a name a syllable longer or shorter is another town's)."""
    key = fold(name).replace(" ", "")
    if len(key) < ALIKE_MIN_LETTERS:
        return None
    scored = []
    for c in towns:
        other = _spelling(c.place.name)
        if other[:1] == key[:1] and abs(len(other) - len(key)) <= 1:
            ratio = difflib.SequenceMatcher(None, key, other).ratio()
            if ratio >= ALIKE_SPELLING:
                scored.append((ratio, c))
    if not scored:
        return None
    best = max(r for r, _c in scored)
    tied = [c for r, c in scored if r == best]
    first = tied[0].place
    if any(km_between(first.lat, first.lon, c.place.lat, c.place.lon) > DISTRICT_KM
           for c in tied):
        return None  # two places spelt alike: no telling which
    # the town rather than its district, which may be spelt closer
    return min((c for _r, c in scored
                if km_between(first.lat, first.lon, c.place.lat, c.place.lon) <= DISTRICT_KM),
               key=lambda c: c.place.kind != "city")


@lru_cache(maxsize=65_536)  # the gazetteer's town names, met again region by region
def _spelling(town: str) -> str:
    """A town's name as ``_spelt_alike`` compares it: its core, folded, without spaces."""
    return fold(core_name(town)).replace(" ", "")


@lru_cache(maxsize=65_536)  # the gazetteer's town names, met again mention by mention
def _folded_town(town: str) -> str:
    """A town's name folded (``fold``) for ``_Resolver._named_with_country``: once per name,
    not once per country the article names, in each of the two passes."""
    return fold(town)


@lru_cache(maxsize=4096)
def _county(region: str | None, name: str) -> tuple[str | None, str]:
    """A second-level unit's key: its region and its folded core name, "St." spelt out
    ("St. Francois County" and "Saint Francois" are one)."""
    return region, re.sub(r"^st ", "saint ", fold(core_name(name)))


def _names_designator(name: str) -> bool:
    """Does a region's name end with its designator ("Mykolaiv Oblast", "Oromia Region")?"""
    return without_designator(name) != name


def _designated(name: str) -> bool:
    """Is the name written with its unit's designator ("Walker County", "Kurram District")?"""
    return core_name(name) != name


def _same_stem(a: str, b: str) -> bool:
    short, long = sorted((a, b), key=len)
    return len(short) >= 4 and long.startswith(short[: max(4, len(short) - 2)])


_SUSPECT = [FEATURES.index(f) for f in ("fuzzy", "codifier")]
_OUT_OF_FOCUS = FEATURES.index("out_of_focus")
_ALTERNATE, _POP_ZERO = FEATURES.index("alternate"), FEATURES.index("pop_zero")
_OWN_NAME = FEATURES.index("own_name")


def _suspect(row: list[float], c: Candidate, placed: frozenset[str], *, alone: bool,
             one_country: bool) -> bool:
    """A candidate outside the countries the article's place names point to that only weak
    evidence supports: matched by spelling only, known only from a codifier, a nameless
    hamlet matched by an alternate name, or outside the story's countries: those its place
    names give, or, when only demonyms give them, a small place or an ordinary word ("Bar",
    "Rifle"). A demonym is weaker evidence than a place name ("Russian forces captured
    Avdiivka" is in Ukraine), and a name that only one country's places bear, as written,
    is no namesake of another's ("Russian vehicles moving towards Orikhiv"), even a codified
    village when the story names no country at all; nor is a large town that alone bears
    its name when the story names other countries.
    An unsure choice of a suspect place is left unresolved; an unsure choice inside the
    story is kept, with its low confidence."""
    if c.place.country in placed:
        return False
    sole = one_country and row[_OWN_NAME] and not c.flags & COMMON_WORD
    if sole and not placed and not row[_OUT_OF_FOCUS]:
        return False  # a story that points nowhere else: the one place written so
    if any(row[i] for i in _SUSPECT) or (row[_ALTERNATE] and row[_POP_ZERO]):
        return True
    if not row[_OUT_OF_FOCUS]:
        return False
    if placed:
        # a large town that alone bears the name is no namesake of a place the story's
        # countries lack ("Israel struck Khan Younis")
        return not (alone and c.place.population >= LARGE_CITY and not c.flags & COMMON_WORD)
    if sole:
        return False
    return c.place.population < MINOR_TOWN or bool(c.flags & COMMON_WORD)


#: Below this, a first-level region of a country the article points nowhere else to is
#: left unresolved.
SURE_REGION = 0.5


def _compass_named(name: str) -> bool:
    """Whether a name is a compass point alone, a region's word after it or not ("Est",
    "Western Region"): a first-level unit many countries have."""
    words = name.rsplit(" ", 1)
    if len(words) == 2 and words[1].lower() in cue_words("region_designator"):
        name = words[0]
    return name in cue_words("compass_region")


def _share(context: Context, c: Candidate) -> float:
    return context.countries.get(c.place.country, 0)


def _notable(c: Candidate) -> bool:
    """A place too large to be a namesake the text only qualifies: a region, a country,
    a town of 100,000 people."""
    return c.place.kind in ("admin1", "country") or c.place.population >= LARGE_CITY


def _weak(c: Candidate) -> bool:
    """A match by spelling only, or a village known only from a national codifier."""
    return bool(c.flags & FUZZY) or c.place.source == "katottg"


#: A border named by the country beyond it: "the border with", "borders with".
_BORDER_WITH = re.compile(r"\bborders?\s+with\s+$", re.IGNORECASE)
#: "In " opening a sentence or the text.
_OPENING_IN = re.compile(r"(?:^|[.!?]\s+|\n\s*)In\s+$")
_DESIGNATED = re.compile(r"^\s+(?:region|oblast|province|governorate|krai|kray)\b", re.I)


def _seats_of_their_units(cands: list[Candidate]) -> list[Candidate]:
    """Of a region's towns of one name, the seat of the second-level unit named after it, when
    one is ("El Salto, Jalisco" is the seat of El Salto municipality, not a village of the
    same name and size elsewhere in the state); towns of other regions, and towns of no
    known region, stay."""
    units: dict[str | None, list[Place]] = {}  # each region's second-level units
    for u in cands:
        if u.place.kind == "admin2":
            units.setdefault(u.place.admin1_iso, []).append(u.place)
    if not units:
        return list(cands)
    seats = {c.id for c in cands if c.place.kind == "city" and c.place.admin1_iso and any(
        km_between(u.lat, u.lon, c.place.lat, c.place.lon) <= SEAT_KM
        for u in units.get(c.place.admin1_iso, ()))}
    regions = {c.place.admin1_iso for c in cands if c.id in seats}
    return [c for c in cands if c.place.kind != "city" or c.id in seats
            or c.place.admin1_iso not in regions]


def _by_cue(cands: list[Candidate], want: str | None, m: Match, reasons: list[str],
            gazetteer: Gazetteer, context: Context, *, designated: bool = False
            ) -> list[Candidate]:
    """The candidates of the kind the text cues ("the Kursk region", "the city of X"); a
    country's name is the country; a region's seat town under the region's name is the
    town unless the region is cued; a region's own name is not that of a region with no
    code that also bears it ("New South Wales" is the state, not Lord Howe Island, which
    Natural Earth also calls so)."""
    if not cands:
        return cands
    own = {c.place.country for c in cands if c.place.kind == "admin1" and c.place.name == m.text}
    if own:
        cands = [c for c in cands if not (c.place.kind == "admin1" and c.flags & ALTERNATE
                                          and c.place.admin1_iso is None
                                          and c.place.country in own)]
    named = {c.place.country for c in cands if c.place.kind == "country" and not c.flags & FUZZY}
    if want is None and not reasons and named and not any(
            c.place.kind == "city" and c.place.country not in named
            and (c.place.admin1_iso in context.named_regions
                 or _among_the_articles_places(c.place, context))
            for c in cands):  # "Palestine" in a story of East Texas may be Palestine, Texas;
        # a town of the country itself ("Mozambique" in Nampula) does not outweigh it
        reasons.append("a country's name")
        countries = [c for c in cands if c.place.kind == "country"]
        # "Georgia" is the US state only where the story is about its country, not Georgia's
        states = [c for c in cands if c.place.kind == "admin1" and c.place.name == m.text
                  and _share(context, c) > max(_share(context, k) for k in countries)]
        return states or countries
    if want == "region":
        regions = [c for c in cands if c.place.kind == "admin1"]
        # "the Moscow region" is Moscow Oblast, not the city with a region's status
        units = [c for c in regions if c.place.name != m.text and m.text in c.place.name]
        if regions:
            reasons.append("named as a region")
            return units if designated and len(regions) > 1 and units else regions
        # a region named after a town is named as the town is written, or after its seat;
        # a village spelt alike names neither ("Al-Dhalea governorate" is no Hadramawt village),
        # nor does a village in a country the article is not about (a Bolivian "Chapare
        # region" is no Afghan village's province)
        alike = [c for c in cands if c.place.kind == "city" and c.feature not in (
            "seat", "capital") and (c.flags & FUZZY or (
                context.countries and not context.countries.get(c.place.country)))]
        towns = [c for c in cands if c.place.kind == "city" and c.place.admin1_iso
                 and c not in alike]
        found = {c.place.admin1_iso: gazetteer.region(c.place.admin1_iso) for c in towns}
        regions = [r for r in found.values() if r is not None]
        if regions:
            reasons.append("named as a region")
            return regions
        cands = [c for c in cands if c not in alike]
    if want == "district":
        districts = [c for c in cands if c.place.kind == "admin2"]
        towns = [c for c in cands if c.place.kind == "city"]
        if districts:
            reasons.append("named as a district")
            return districts
        if towns:  # a town a district is named after: the cue tells no namesake apart
            return towns
    if want == "city":
        towns = [c for c in cands if c.place.kind in ("city", "facility")]
        if towns:
            return towns
    if want == "water":
        water = [c for c in cands if c.place.kind == "water"]
        if water:
            reasons.append("named as water")
            return water
    if want is None:
        seats = {c.place.admin1_iso for c in cands if c.place.kind == "city"
                 and c.feature in ("seat", "capital") and c.place.name == m.text}
        # a name that is a region's other name ("Dnipro" for Dnipropetrovsk Oblast) and the
        # own name of its seat or a great city in it is the town ("Quebec", an other
        # spelling of both the province and the city, is neither's own name)
        seats |= {c.place.admin1_iso for c in cands if c.place.kind == "city" and (
            c.feature in ("seat", "capital") or c.place.population >= LARGE_CITY)
            and c.place.name == m.text and any(
                r.place.kind == "admin1" and r.flags & ALTERNATE
                and r.place.admin1_iso == c.place.admin1_iso for r in cands)}
        # a region whose own name carries its designator ("Mykolaiv Oblast", "Deir ez-Zor
        # Governorate") is not what the bare name says where its seat bears the name too
        # ("Mykolaiv", "Zaporozhye": the cities)
        seats |= {c.place.admin1_iso for c in cands if c.place.kind == "city"
                  and c.feature in ("seat", "capital") and any(
                      r.place.kind == "admin1" and r.place.admin1_iso == c.place.admin1_iso
                      and _names_designator(r.place.name) and not _names_designator(m.text)
                      for r in cands)}
        if any(c.place.kind == "admin1" and c.place.admin1_iso in seats for c in cands):
            reasons.append("the town that is its region's seat")
            return [c for c in cands if not (c.place.kind == "admin1"
                                             and c.place.admin1_iso in seats)]
    return cands


def _placed_from(m: Match, rel: Relative, anchor: Place) -> Decision:
    """A name the gazetteer lacks near the anchor: at the stated distance and direction
    from it (or at it, for "near"), with a radius for the uncertainty."""
    if rel.km is not None and rel.bearing is not None:
        lat, lon = _offset(anchor.lat, anchor.lon, rel.km, rel.bearing)
        radius = max(5.0, round(0.3 * rel.km, 1))
    else:
        lat, lon = anchor.lat, anchor.lon
        radius = max(10.0, round(rel.km, 1)) if rel.km is not None else NEAR_RADIUS_KM
    kind = "facility" if m.marked == "site" else "city"
    place = Place(name=m.text, kind=kind, lat=round(lat, 5), lon=round(lon, 5),
                  country=anchor.country, admin1_iso=anchor.admin1_iso,
                  admin1_name=anchor.admin1_name, source="approximate", radius_km=radius)
    return Decision(place, PLACED_BY_TEXT, f"placed by the text: {rel.text}")


def _offset(lat: float, lon: float, km: float, bearing: float) -> tuple[float, float]:
    """The point ``km`` from (lat, lon) toward ``bearing`` degrees (on a sphere)."""
    r = km / 6371.0
    b, p1, l1 = math.radians(bearing), math.radians(lat), math.radians(lon)
    p2 = math.asin(math.sin(p1) * math.cos(r) + math.cos(p1) * math.sin(r) * math.cos(b))
    l2 = l1 + math.atan2(math.sin(b) * math.sin(r) * math.cos(p1),
                         math.cos(r) - math.sin(p1) * math.sin(p2))
    return math.degrees(p2), math.degrees(l2)


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
    for k, m in enumerate(places):
        if m.text in defined or not _DEFINITION.match(text[m.end : m.end + 160]):
            continue
        sentence_end = text.find(".", m.end)
        sentence_end = len(text) if sentence_end < 0 else sentence_end
        county = None
        for n in range(k + 1, len(places)):
            if places[n].start > sentence_end:
                break
            p = chosen[n]
            if p is None or places[n].text == m.text:
                continue
            if p.kind == "admin2" and county is None:
                county = p
            if p.kind in ("admin1", "country"):
                local = county if county is not None and _inside(county, p) else None
                defined[m.text] = _Definition(p, local or p)
                break
    return defined


def _inside(place: Place | None, container: Place) -> bool:
    return place is not None and place.country == container.country and (
        container.kind == "country" or _region(container) in _regions_holding(place))


def _region(place: Place) -> tuple[str | None, str | None]:
    """A place's first-level region: its ISO 3166-2 code, else (for the regions ISO does
    not code, such as the West Bank) its name, within its country."""
    return place.country, place.admin1_iso or place.admin1_name


def _regions_holding(place: Place) -> set[tuple[str | None, str | None]]:
    """The regions (``_region``) a place lies in: its own, and the drawn unit it is named
    in where ISO codes only that unit's parts (Rafah, PS-RFH, is in the Gaza Strip)."""
    return {_region(place), (place.country, place.admin1_name)}


#: How near another place of the article a town named like a country must lie to be meant.
AMONG_KM = 50.0


def _among_the_articles_places(place: Place, context: Context) -> bool:
    """Does a town lie among the article's other places, two of them within ``AMONG_KM``
    ("Palestine" beside Elkhart and Grapeland, Texas)?"""
    return bool(context.points) and context.points.count_within(place.lat, place.lon,
                                                                AMONG_KM) >= 2


def _unknown(m: Match) -> str:
    if m.marked:
        return f"not in the gazetteer (marked as a place: {m.marked})"
    return "no candidate fits the text"


def _only_a_country(m: Match) -> bool:
    """A country's name that no first-level region bears as its own ("Ukraine", not
    "Georgia")."""
    return any(c.place.kind == "country" for c in m.candidates) and not any(
        c.place.kind == "admin1" and c.place.name == m.text for c in m.candidates)


def _holds_as_a_country(outer: Match, inner: Match) -> bool:
    """Whether a name that qualifies another is a country: one of the other's candidates
    lies in it ("Bamako, Mali"), or none lies in a region of its name ("a village the
    gazetteer lacks, Mali"; not "Macon, Georgia")."""
    countries = {c.place.country for c in outer.candidates if c.place.kind == "country"}
    if not countries:
        return False
    regions = {c.place.admin1_iso for c in outer.candidates
               if c.place.kind == "admin1" and c.place.admin1_iso}
    return any(c.place.country in countries for c in inner.candidates) or not any(
        c.place.admin1_iso in regions for c in inner.candidates)


def uncertain_event_places(reading: Reading,
                           below: float = LOW_CONFIDENCE) -> list[tuple[Place, int]]:
    """The places events depend on that the reading is unsure of (confidence below
    ``below``), each with how many events are placed there, in order of first event."""
    counts: dict[Place, int] = {}
    for e in reading.events:
        if e.location.confidence is not None and e.location.confidence < below:
            counts[e.location] = counts.get(e.location, 0) + 1
    return list(counts.items())


def rank_candidates(candidates: list[Candidate], name: str = "") -> list[tuple[float, Candidate]]:
    """Candidates of ``name`` with the probability they get from a text that says nothing
    else, best first."""
    if not candidates:
        return []
    context, weights = Context(Counter()), load_weights()
    # the resolver's rules first (a country's name is the country; a region's seat is the
    # town); the candidates they leave out follow, at probability 0
    kept = _by_cue(candidates, None, Match(0, len(name), name, candidates, 1), [], None, context)
    ranked = rank(kept, name, context, weights, allow_none=False).scored
    rest = [c for c in candidates if c not in kept]
    later = rank(rest, name, context, weights, allow_none=False).scored if rest else []
    return [(p, c) for p, c, _row in ranked] + [(0.0, c) for _p, c, _row in later]
