"""The typed model every stage reads and writes: places, mentions, events, areas.

Data flows one way: text -> ``Mention`` (with its resolved ``Place``) -> ``Event`` and
``Area`` -> ``Reading``. The JSON output, the GeoJSON/GeoPackage properties and the map
popups are all views of these objects (see ``Reading.to_dict``).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, fields
from datetime import date
from typing import Literal

from shapely.geometry.base import BaseGeometry

PlaceKind = Literal["city", "admin1", "admin2", "country", "facility", "water", "region_other"]
DatePrecision = Literal["day", "week", "month", "year"]

EVENT_TYPES = (
    "Battles",
    "Explosions/Remote violence",
    "Violence against civilians",
    "Protests",
    "Riots",
    "Strategic developments",
)


@dataclass(frozen=True)
class Place:
    """A resolved location: a gazetteer entry, a region, a country, a facility or water."""

    name: str
    kind: PlaceKind
    lat: float
    lon: float
    country: str | None = None  # ISO 3166-1 alpha-2
    admin1_iso: str | None = None  # ISO 3166-2 of the first-level region that is or holds it
    admin1_name: str | None = None
    population: int = 0
    geonameid: int | None = None
    source: str = "geonames"  # geonames | naturalearth | facilities | water | nominatim

    def label(self) -> str:
        """A human-readable name with its region and country, e.g. 'Sudzha, Kursk, RU'."""
        parts = [self.name]
        if self.admin1_name and self.admin1_name != self.name:
            parts.append(self.admin1_name)
        if self.country and self.kind != "country":
            parts.append(self.country)
        return ", ".join(parts)


@dataclass(frozen=True)
class Mention:
    """A place name found in the text, with character offsets and its resolution."""

    start: int
    end: int
    text: str
    place: Place | None = None
    candidates: int = 0  # how many gazetteer entries shared the name


@dataclass
class Event:
    """One real-world event, coded the ACLED way."""

    event_type: str
    sub_event_type: str
    location: Place
    geo_precision: int  # ACLED: 1 town/site, 2 near a town or district, 3 region only
    date: date | None = None
    date_precision: DatePrecision | None = None
    actor1: str | None = None
    actor2: str | None = None
    fatalities: int | None = None
    injured: int | None = None
    counts: dict[str, int] = field(default_factory=dict)  # e.g. {"drones": 159}
    sources: list[str] = field(default_factory=list)  # the sentences that report it
    spans: list[tuple[int, int]] = field(default_factory=list)  # their character offsets
    notes: str = ""
    # Across articles (geo.merge): the article each source sentence came from, how many
    # independent outlets report the event, and the figures they give when they differ.
    source_articles: list[str] = field(default_factory=list)
    independent_sources: int = 1
    count_reports: str = ""  # e.g. "6 killed (a), 7 killed (b)"


@dataclass
class Area:
    """An area with a size stated in the text, drawn as a polygon of that size."""

    stated_text: str  # "nearly 1,400 square kilometres"
    area_km2_stated: float
    area_km2_drawn: float
    region: Place  # the first-level region it lies in
    geometry: BaseGeometry  # WGS84 lon/lat
    method: str  # how the shape was drawn, e.g. "illustrative: ... against the UA border"
    shape_source: str = "illustrative"  # "illustrative" or the --area-file it came from
    actor: str | None = None
    anchor: Place | None = None  # a town named in the region that the shape was set at
    sources: list[str] = field(default_factory=list)
    spans: list[tuple[int, int]] = field(default_factory=list)


@dataclass
class Reading:
    """Everything read from one article."""

    name: str
    text: str
    published: date | None
    mentions: list[Mention] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    areas: list[Area] = field(default_factory=list)

    @property
    def title(self) -> str:
        """The article's first non-empty line."""
        return next((line.strip() for line in self.text.splitlines() if line.strip()), self.name)

    def places(self) -> list[Place]:
        """Distinct resolved places, in order of first mention."""
        seen: dict[Place, None] = {}
        for m in self.mentions:
            if m.place is not None:
                seen.setdefault(m.place, None)
        return list(seen)

    def to_dict(self) -> dict:
        """The JSON view (the contract in ``../shared/eval/README.md`` plus extras)."""
        views: dict[Place, dict] = {}  # one view per place, however often it is named
        for m in self.mentions:
            if m.place is not None and m.place not in views:
                views[m.place] = place_dict(m.place)
        return {
            "name": self.name,
            "title": self.title,
            "published": self.published.isoformat() if self.published else None,
            "mentions": [{"start": m.start, "end": m.end, "text": m.text,
                          "place": views.get(m.place)} for m in self.mentions],
            "places": [place_dict(p) for p in self.places()],
            "events": [event_dict(e) for e in self.events],
            "areas": [area_dict(a) for a in self.areas],
        }


def place_dict(place: Place | None) -> dict | None:
    """A place as plain JSON-ready values."""
    if place is None:
        return None
    d = {name: getattr(place, name) for name in _PLACE_FIELDS}  # asdict copies: slow
    d["lat"] = round(place.lat, 5)
    d["lon"] = round(place.lon, 5)
    return d


_PLACE_FIELDS = tuple(f.name for f in fields(Place))


def event_dict(e: Event) -> dict:
    """An event as plain JSON-ready values; ``location`` carries the geo-precision."""
    location = place_dict(e.location) | {"geo_precision": e.geo_precision}
    return {
        "event_type": e.event_type,
        "sub_event_type": e.sub_event_type,
        "date": e.date.isoformat() if e.date else None,
        "date_precision": e.date_precision,
        "location": location,
        "actor1": e.actor1,
        "actor2": e.actor2,
        "fatalities": e.fatalities,
        "injured": e.injured,
        "counts": dict(e.counts),
        "sources": list(e.sources),
        "spans": [list(s) for s in e.spans],
        "notes": e.notes,
        "source_articles": list(e.source_articles),
        "independent_sources": e.independent_sources,
        "count_reports": e.count_reports,
    }


def area_dict(a: Area) -> dict:
    """An area's attributes (the geometry goes to GeoJSON/GeoPackage, not here)."""
    return {
        "stated_text": a.stated_text,
        "area_km2_stated": a.area_km2_stated,
        "area_km2_drawn": round(a.area_km2_drawn, 1),
        "admin1_iso": a.region.admin1_iso,
        "country": a.region.country,
        "region": a.region.name,
        "actor": a.actor,
        "anchor": a.anchor.name if a.anchor else None,
        "shape_source": a.shape_source,
        "method": a.method,
        "sources": list(a.sources),
    }


def json_document(value: dict) -> str:
    """JSON text of an object: a line per key, and a line per item of a list under it.

    Each line is encoded by ``json``'s C encoder; indenting all of it would go through
    its Python one, which takes minutes for the 300,000 mentions of a 2 MB text.

    Parameters
    ----------
    value : dict
        JSON-ready.

    Returns
    -------
    str
    """
    lines = []
    for key, item in value.items():
        name = json.dumps(key, ensure_ascii=False)
        if isinstance(item, list) and item:
            items = ",\n  ".join(json.dumps(x, ensure_ascii=False) for x in item)
            lines.append(f" {name}: [\n  {items}\n ]")
        else:
            lines.append(f" {name}: {json.dumps(item, ensure_ascii=False)}")
    return "{\n" + ",\n".join(lines) + "\n}\n"
