"""Front lines: where a war is fought, for choosing among a village's namesakes.

A report of a war that names its front (the line, the monitors who watch it, the armed
groups that hold one side) means, of a name's many namesakes, the one on that front:
"shelling near Vodiane" in a report of the Donbas line of contact is the Vodiane beside it,
not the larger one far from the fighting. The fronts, their dates, their cues and their
lines are data (``geo/data/fronts.csv`` and ``front_lines.csv``).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from datetime import date
from functools import cache

from shapely.geometry import LineString, Point

from geo.model import KM_PER_DEGREE, Place
from geo.sources.tables import read_table


@dataclass(frozen=True)
class Front:
    """A war's front line over a span of dates, and the words that name it."""

    name: str
    country: str
    since: date
    until: date | None
    band_km: float
    cues: re.Pattern
    line: tuple[tuple[float, float], ...]

    def holds(self, place: Place) -> bool:
        """Is the place in the front's country and within its band of the line?"""
        return place.country == self.country and self.km_from_line(place) <= self.band_km

    def km_from_line(self, place: Place) -> float:
        """Km from the place to the line."""
        return _km_to_line(place.lat, place.lon, self.line)

    def named_in(self, text: str, published: date) -> bool:
        """Does a text of that day name the front?"""
        return (self.since <= published and (self.until is None or published <= self.until)
                and self.cues.search(text) is not None)


def front_named(text: str, published: date | None) -> Front | None:
    """The front a text dated ``published`` names, if any (none without a date)."""
    if published is None:
        return None
    return next((f for f in fronts() if f.named_in(text, published)), None)


@cache
def fronts() -> tuple[Front, ...]:
    """The fronts of ``fronts.csv``, each with its line from ``front_lines.csv``."""
    points: dict[str, list[tuple[float, float]]] = {}
    for row in read_table("front_lines"):
        points.setdefault(row["front"], []).append((float(row["lat"]), float(row["lon"])))
    out = []
    for row in read_table("fronts"):
        words = sorted(row["cues"].split("|"), key=len, reverse=True)
        cues = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b")
        out.append(Front(row["front"], row["country"], date.fromisoformat(row["since"]),
                         date.fromisoformat(row["until"]) if row["until"] else None,
                         float(row["band_km"]), cues, tuple(points.get(row["front"], ()))))
    return tuple(out)


def _km_to_line(lat: float, lon: float, line: tuple[tuple[float, float], ...]) -> float:
    """Km from a point to the nearest segment of a line, on the local flat approximation
    around the point (close enough within a few hundred km)."""
    scale = math.cos(math.radians(lat)) * KM_PER_DEGREE
    xy = [((p_lon - lon) * scale, (p_lat - lat) * KM_PER_DEGREE) for p_lat, p_lon in line]
    shape = LineString(xy) if len(xy) > 1 else Point(xy[0])
    return shape.distance(Point(0.0, 0.0))
