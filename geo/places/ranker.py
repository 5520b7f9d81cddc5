"""Scoring a name's candidate places, and how sure the choice is.

Each candidate is described by a few numbers (``FEATURES``): its kind and size, how it
was matched, how it sits with the article's countries, regions and other places. Its
score is a weighted sum of them; a "none of these" row competes with every name's
candidates (Mordecai 3's design), and the softmax over the row gives each candidate's
probability. The chosen candidate's probability is the mention's confidence; when "none
of these" wins, the name is left unresolved.

The weights are data (``ranker.json`` beside this module), fitted on the public
geoparsing corpora by ``benchmarks/fit_ranker.py`` (conditional logit, each corpus
weighing the same); the file records how and on what they were fitted.
"""

from __future__ import annotations

import json
import math
import operator
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

from geo.model import KM_PER_DEGREE, Place
from geo.places import LARGE_CITY
from geo.sources.gazetteer import ALTERNATE, FUZZY, Candidate
from geo.text.spelling import plain

FEATURES = (
    "logpop",  # log10(population + 10) of a town
    "pop_zero",  # a town of unknown population
    "kind_country", "kind_admin1", "kind_admin2", "kind_water", "kind_facility",
    "kind_region_other",
    "capital",  # a country's capital
    "seat",  # a first-level region's seat town
    "alternate",  # matched by an alternate name, not the place's own
    "fuzzy",  # matched by its spelling skeleton only
    "codifier",  # a settlement known from a national codifier, placed at its community
    "own_name",  # the place's own name is the mention, as written (a large city's, accents aside)
    "country_share",  # share of the article's country evidence that names its country
    "country_top",  # its country is the article's main country
    "out_of_focus",  # the article names countries, and not this one
    "region_named",  # the article names its first-level region
    "peer_regions",  # a first-level region, and the article names others of its country
    "same_region",  # another place of the article lies in its first-level region
    "near150", "near600",  # another place of the article within 150 / 600 km
    "logdist",  # log10(1 + km) to the nearest other place of the article
)
NULL_FEATURES = (
    "null_bias",
    "null_all_fuzzy",  # every candidate matched by spelling skeleton only
    "null_log_candidates",  # log10 of the number of candidates
)
_KINDS = ("country", "admin1", "admin2", "water", "facility", "region_other")
_HALF_EARTH_KM = 20_015.0
# Kinds that are points among the article's other places (a region's point is no town's
# neighbour).
POINT_KINDS = frozenset({"city", "admin2", "facility"})


class Points:
    """Distinct points (lat, lon), some of them possibly left out, and the nearest of them
    to a place. Past a few dozen points, a grid of one-degree cells finds it, so a text of
    thousands of place names costs time linear in them, not quadratic."""

    BRUTE = 64  # up to this many points, every one is measured
    _RINGS = 30  # past this many rings of cells (near the poles), every one is measured

    def __init__(self, points: Iterable[tuple[float, float]] = ()) -> None:
        self._all: set[tuple[float, float]] = set(points)
        self._left_out: frozenset[tuple[float, float]] = frozenset()
        self._grid: dict[tuple[int, int], list[tuple[float, float]]] | None = None
        self._live: list[tuple[float, float]] | None = None  # the points not left out

    def add(self, point: tuple[float, float]) -> None:
        self._all.add(point)
        self._grid = self._live = None

    def update(self, points: Iterable[tuple[float, float]]) -> None:
        self._all.update(points)
        self._grid = self._live = None

    def without(self, points: Iterable[tuple[float, float]]) -> Points:
        """The same points less these, sharing the index."""
        view = Points()
        view._all, view._left_out = self._all, frozenset(points) & self._all
        view._grid = self._index() if len(self._all) > self.BRUTE else None  # built once
        return view

    def __bool__(self) -> bool:
        return len(self._all) > len(self._left_out)

    def nearest_km(self, lat: float, lon: float) -> float:
        """Km to the nearest point, on the local flat (equirectangular) approximation:
        within 1 % up to 1,000 km, a coarser figure beyond."""
        scale = math.cos(math.radians(lat)) ** 2
        if len(self._all) <= self.BRUTE:  # d2 written out: this runs for every candidate
            if self._live is None:
                self._live = [q for q in self._all if q not in self._left_out]
            best = min([(a - lat) ** 2 + scale * ((b - lon + 180) % 360 - 180) ** 2
                        for a, b in self._live], default=math.inf)
            return min(KM_PER_DEGREE * math.sqrt(best), _HALF_EARTH_KM)

        def d2(q: tuple[float, float]) -> float:
            return (q[0] - lat) ** 2 + scale * ((q[1] - lon + 180) % 360 - 180) ** 2

        best = math.inf
        grid, i0, j0 = self._index(), math.floor(lat), math.floor(lon)
        for r in range(self._RINGS + 1):
            # a point in ring r or beyond is more than r - 1 degrees away in latitude or
            # longitude: at least scale * (r - 1) ** 2 on this metric
            if r and best <= scale * (r - 1) ** 2:
                break
            for cell in _ring(i0, j0, r):
                for q in grid.get(cell, ()):
                    if q not in self._left_out:
                        best = min(best, d2(q))
        else:  # near a pole the cells narrow: measure every point
            best = min((d2(q) for q in self._all if q not in self._left_out),
                       default=math.inf)
        return min(KM_PER_DEGREE * math.sqrt(best), _HALF_EARTH_KM)

    def count_within(self, lat: float, lon: float, km: float) -> int:
        """How many of the points lie within ``km`` (measured as ``nearest_km`` does);
        every point is measured, so it is meant for a few calls an article."""
        scale = math.cos(math.radians(lat)) ** 2
        limit = (km / KM_PER_DEGREE) ** 2
        return sum(1 for a, b in self._all if (a, b) not in self._left_out
                   and (a - lat) ** 2 + scale * ((b - lon + 180) % 360 - 180) ** 2 <= limit)

    def _index(self) -> dict[tuple[int, int], list[tuple[float, float]]]:
        if self._grid is None:
            self._grid = {}
            for q in self._all:
                self._grid.setdefault((math.floor(q[0]), math.floor(q[1]) % 360), []).append(q)
        return self._grid


def _ring(i0: int, j0: int, r: int) -> Iterator[tuple[int, int]]:
    """The one-degree cells r steps from (i0, j0), longitude wrapping round."""
    if r == 0:
        yield i0, j0 % 360
        return
    for di in range(-r, r + 1):
        steps = range(-r, r + 1) if abs(di) == r else (-r, r)
        for dj in steps:
            yield i0 + di, (j0 + dj) % 360


class Context:
    """What the article is about: its countries, named regions, and the points of its
    other places."""

    def __init__(self, countries: Counter, named_regions: frozenset[str] = frozenset()) -> None:
        self.countries = countries
        self.named_regions = named_regions
        self.regions: Counter | Mapping[str, float] = Counter()
        self.points = Points()  # distinct: a repeat adds no evidence
        self._top = max(countries, key=countries.__getitem__) if countries else None
        self._total = countries.total()

    def add(self, place: Place) -> None:
        if place.kind == "country":
            return
        if place.admin1_iso:
            self.regions[place.admin1_iso] += 1
        if place.kind in POINT_KINDS:
            self.points.add((place.lat, place.lon))

    def add_all(self, places: list[Place]) -> None:
        """``add`` each place (a repeated place adds its region once more, no point)."""
        self.regions.update(p.admin1_iso for p in places if p.kind != "country" and p.admin1_iso)
        self.points.update((p.lat, p.lon) for p in places if p.kind in POINT_KINDS)

    def features(self, c: Candidate, mention: str) -> list[float]:
        """The candidate's ``FEATURES``, in order."""
        p = c.place
        share = self.countries.get(p.country, 0) / self._total if self._total else 0.0
        # English writes a large city's name without its accents ("Kandahar" for Kandahār);
        # a small town's accented name is as often a surname ("Hospital ... de Lopez")
        own = p.name == mention or (p.population >= LARGE_CITY
                                    and not p.name.isascii() and plain(p.name) == plain(mention))
        f = [*_own_features(c, own), share,
             float(p.country is not None and p.country == self._top),
             float(self._total > 0 and share == 0.0),
             float(p.kind != "admin1" and p.admin1_iso in self.named_regions),
             float(p.kind == "admin1" and any(r != p.admin1_iso and r.startswith(f"{p.country}-")
                                              for r in self.named_regions)),
             float(bool(p.admin1_iso and self.regions.get(p.admin1_iso)))]
        if self.points and p.kind not in ("country", "water"):
            nearest = self.points.nearest_km(p.lat, p.lon)
            f += [float(nearest < 150), float(150 <= nearest < 600), math.log10(1 + nearest)]
        else:
            f += [0.0, 0.0, 0.0]
        return f


_OWN: dict[tuple, tuple[float, ...]] = {}


def _own_features(c: Candidate, own_name: bool) -> tuple[float, ...]:
    """The features that depend on the candidate alone (kind, size, how it matched), kept
    once per gazetteer entry."""
    key = (c.id, c.flags, own_name, c.place.name, c.place.kind)
    found = _OWN.get(key)
    if found is None:
        p = c.place
        town = p.kind == "city"
        found = (math.log10(p.population + 10) if town else 0.0, float(town and p.population == 0),
                 *(float(p.kind == k) for k in _KINDS), float(c.feature == "capital"),
                 float(c.feature == "seat"), float(bool(c.flags & ALTERNATE)),
                 float(bool(c.flags & FUZZY)), float(p.source in ("katottg", "approximate")),
                 float(own_name))
        if c.id > 0 and len(_OWN) < 200_000:  # gazetteer entries; online answers are not kept
            _OWN[key] = found
    return found


@dataclass(frozen=True)
class Weights:
    """Fitted weights of the ranker: one per feature, and the "none of these" row's."""

    features: dict[str, float]
    null: dict[str, float]
    about: dict = field(default_factory=dict)  # how, when and on what they were fitted
    threshold: float = 0.0  # below this probability a name is left unresolved
    vector: tuple[float, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "vector", tuple(self.features.get(n, 0.0) for n in FEATURES))

    def score(self, row: list[float]) -> float:
        return sum(map(operator.mul, self.vector, row))

    def null_score(self, candidates: list[Candidate]) -> float:
        n = len(candidates)
        all_fuzzy = bool(candidates) and all(c.flags & FUZZY for c in candidates)
        w = self.null
        return (w.get("null_bias", 0.0) + w.get("null_all_fuzzy", 0.0) * all_fuzzy
                + w.get("null_log_candidates", 0.0) * math.log10(max(n, 1)))


@cache
def load_weights(path: str | None = None) -> Weights:
    """The shipped weights (``geo/places/ranker.json``), or those in another file."""
    if path is None:
        raw = resources.files("geo.places").joinpath("ranker.json").read_text(encoding="utf-8")
    else:
        with open(path, encoding="utf-8") as f:
            raw = f.read()
    d = json.loads(raw)
    return Weights(features=dict(d["features"]), null=dict(d["null"]), about=d.get("about", {}),
                   threshold=float(d.get("threshold", 0.0)))


@dataclass(frozen=True)
class Ranked:
    """Candidates with their probabilities, best first, and the "none of these" share."""

    scored: list[tuple[float, Candidate, list[float]]]  # (probability, candidate, features)
    none: float  # probability of "none of these"


def rank(candidates: list[Candidate], mention: str, context: Context, weights: Weights, *,
         allow_none: bool = True) -> Ranked:
    """Softmax over the candidates' scores (and "none of these" unless ``allow_none`` is
    False, for a choice the text has already narrowed down)."""
    rows = [context.features(c, mention) for c in candidates]
    scores = [weights.score(r) for r in rows]
    null = weights.null_score(candidates) if allow_none else -math.inf
    top = max([*scores, null])
    exp = [math.exp(s - top) for s in scores]
    e_null = math.exp(null - top) if allow_none else 0.0
    total = sum(exp) + e_null
    scored = sorted(((e / total, c, r) for e, c, r in zip(exp, candidates, rows, strict=True)),
                    key=lambda t: -t[0])
    return Ranked(scored, e_null / total)


_REASONS = {
    "logpop": "the most populous", "kind_country": "a country's name",
    "kind_admin1": "a region's name", "kind_admin2": "a district's name",
    "kind_water": "a water body's name", "kind_facility": "a site's name",
    "kind_region_other": "an area's name", "capital": "a capital", "seat": "a region's seat",
    "own_name": "its own name", "country_share": "in the article's countries",
    "country_top": "in the article's main country", "region_named": "its region is named",
    "peer_regions": "other regions of its country are named",
    "same_region": "in the region of other places", "near150": "near the article's places",
    "near600": "not far from the article's places", "logdist": "near the article's places",
}


def explain(ranked: Ranked, weights: Weights) -> str:
    """The two features that most set the chosen candidate above the runner-up."""
    if not ranked.scored:
        return ""
    best = ranked.scored[0][2]
    other = ranked.scored[1][2] if len(ranked.scored) > 1 else [0.0] * len(best)
    gains = zip(map(operator.mul, weights.vector, map(operator.sub, best, other)), FEATURES,
                strict=True)
    # the top three gains, those of 0.05 or less left out first (they give no word)
    top = sorted((g for g in gains if g[0] > 0.05), reverse=True)[:3]
    words = [_REASONS[name] for _gain, name in top if name in _REASONS]
    if words:
        return "; ".join(dict.fromkeys(words))
    if len(ranked.scored) == 1:
        return "only candidate"
    return f"nothing tells {len(ranked.scored)} namesakes apart"
