"""Online geocoding through geopy: Nominatim (or Photon) beside the offline gazetteer.

Opt-in and polite by construction: an identifying user agent is required, requests
go through geopy's ``RateLimiter`` at Nominatim's published limit of one per second
with timeouts and retries, and every answer is kept in a persistent SQLite cache in
the user's cache folder, so the same article read twice makes no request at all.
``OnlineGazetteer`` wraps the offline ``Gazetteer`` and answers the same calls, so
recognition and resolution run unchanged over both sources.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Literal
from urllib.parse import urlsplit

from shapely.geometry import shape
from shapely.geometry.base import BaseGeometry

from geo import settings
from geo.errors import UsageError
from geo.model import Place, PlaceKind
from geo.sources.gazetteer import Candidate, Gazetteer

Service = Literal["nominatim", "photon"]
Mode = Literal["fallback", "all"]

DEFAULT_URLS = {"nominatim": "https://nominatim.openstreetmap.org",
                "photon": "https://photon.komoot.io"}
#: Nominatim's usage policy: at most one request per second.
MIN_DELAY_SECONDS = 1.0
RESULTS_PER_NAME = 5

_CITY_TYPES = {"city", "town", "village", "hamlet", "isolated_dwelling"}
_ADMIN2_TYPES = {"county", "district", "municipality"}
_WATER_TYPES = {"water", "bay", "strait", "sea", "ocean", "river", "lake", "reservoir"}
_AREA_CATEGORIES = {"boundary", "place", "landuse", "natural"}
# Results that are never what a place name in the news means: a street named after it.
_SKIPPED_CATEGORIES = {"highway", "building", "shop", "office", "craft", "tourism"}
# Words around a name the offline gazetteer lacks that mark it as a place.
_PLACE_BEFORE = {"in", "near", "outside", "at"}
_PLACE_OF = {"village of", "town of"}
_PLACE_AFTER = {"region", "district", "village", "checkpoint"}


class GeocodingError(UsageError):
    """The online source cannot be used as configured (no user agent, a bad URL)."""


def cache_dir() -> Path:
    """The folder of the geocoding cache: ``settings.CACHE_DIR`` (``$GEO_CACHE_DIR``, else
    the user's cache folder)."""
    return settings.CACHE_DIR


class ResponseCache:
    """Answers of geocoding services, kept across runs in one SQLite file.

    Parameters
    ----------
    path
        The SQLite file; by default ``geocoder.sqlite`` in ``cache_dir()``.
    """

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or cache_dir() / "geocoder.sqlite"
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(self.path, check_same_thread=False)
        self._db.execute(
            "CREATE TABLE IF NOT EXISTS answer (service TEXT, endpoint TEXT, query TEXT,"
            " options TEXT, body TEXT, PRIMARY KEY (service, endpoint, query, options))"
        )

    def get(self, key: tuple[str, str, str, str]) -> list | None:
        """The stored answer for (service, endpoint, query, options), if any."""
        row = self._db.execute(
            "SELECT body FROM answer WHERE service=? AND endpoint=? AND query=? AND options=?",
            key,
        ).fetchone()
        return json.loads(row[0]) if row else None

    def put(self, key: tuple[str, str, str, str], answer: list) -> None:
        """Store an answer (a list of the service's raw records)."""
        with self._db:
            self._db.execute("INSERT OR REPLACE INTO answer VALUES (?,?,?,?,?)",
                             (*key, json.dumps(answer, ensure_ascii=False)))

    def info(self) -> tuple[int, int]:
        """Number of stored answers and the file's size in bytes."""
        (entries,) = self._db.execute("SELECT count(*) FROM answer").fetchone()
        return entries, self.path.stat().st_size

    def clear(self) -> int:
        """Delete every stored answer; returns how many there were."""
        entries, _ = self.info()
        with self._db:
            self._db.execute("DELETE FROM answer")
        self._db.execute("VACUUM")
        return entries


class OnlineSource:
    """One geocoding service through geopy, rate-limited, retried and cached.

    Parameters
    ----------
    service
        ``nominatim`` or ``photon``.
    user_agent
        An identifying user agent (application name and a contact); required.
    url
        The service's base URL, e.g. a self-hosted Nominatim (``http`` allowed).
    cache
        Where answers are kept; by default the user's cache folder.
    timeout
        Seconds to wait for one answer.
    min_delay_seconds, max_retries, error_wait_seconds
        Passed to geopy's ``RateLimiter``: the pause between requests, retries
        after a timeout or a server error, and the pause before each retry.
    """

    def __init__(
        self,
        service: Service = "nominatim",
        *,
        user_agent: str | None,
        url: str | None = None,
        cache: ResponseCache | None = None,
        timeout: float = 10.0,
        min_delay_seconds: float = MIN_DELAY_SECONDS,
        max_retries: int = 2,
        error_wait_seconds: float = 2.0,
    ) -> None:
        from geopy.adapters import URLLibAdapter
        from geopy.extra.rate_limiter import RateLimiter
        from geopy.geocoders import Nominatim, Photon

        if not (user_agent or "").strip():
            msg = (f"{service} needs an identifying user agent (Nominatim's usage policy "
                   "requires one): pass --user-agent 'my-app/1.0 (me@example.org)' or set "
                   "GEO_USER_AGENT")
            raise GeocodingError(msg)
        parts = urlsplit(url or DEFAULT_URLS[service])
        if parts.scheme not in ("http", "https") or not parts.netloc:
            msg = f"{url!r} is not a service URL; write it as https://host[:port][/path]"
            raise GeocodingError(msg)
        cls = Nominatim if service == "nominatim" else Photon
        # urllib keeps retries in one place (the RateLimiter), not also in the transport.
        self._geocoder = cls(user_agent=user_agent, domain=parts.netloc + parts.path.rstrip("/"),
                             scheme=parts.scheme, timeout=timeout, adapter_factory=URLLibAdapter)
        self._geocode = RateLimiter(
            self._geocoder.geocode, min_delay_seconds=min_delay_seconds, max_retries=max_retries,
            error_wait_seconds=max(error_wait_seconds, min_delay_seconds),
            swallow_exceptions=False,
        )
        self.service = service
        self.endpoint = self._geocoder.api
        self.cache = cache if cache is not None else ResponseCache()
        self.failure: str | None = None  # set by the first failed request; no more are made

    def search(self, query: str, **options) -> list[dict] | None:
        """The service's raw records for a free-text query, from the cache when there.

        Returns ``None`` once a request has failed (the failure is in ``failure``).
        """
        from geopy.exc import GeopyError

        if self.service == "nominatim":
            options = {"addressdetails": True, "extratags": True, **options}
        options = {"exactly_one": False, "limit": RESULTS_PER_NAME, "language": "en", **options}
        key = (self.service, self.endpoint, query, json.dumps(options, sort_keys=True))
        answer = self.cache.get(key)
        if answer is not None:
            return answer
        if self.failure is not None:
            return None
        try:
            found = self._geocode(query, **options)
        except GeopyError as e:
            reason = str(e) or type(e).__name__
            self.failure = (f"{self.service} at {self.endpoint} failed for {query!r} "
                            f"({type(e).__name__}: {reason}); kept the offline answers")
            return None
        answer = [loc.raw for loc in found or []]
        self.cache.put(key, answer)
        return answer

    def outline(self, query: str, *, country: str | None = None) -> BaseGeometry | None:
        """A region's polygon from Nominatim's ``geometry='geojson'`` answer, if any."""
        if self.service != "nominatim":
            return None
        options = {"geometry": "geojson", "featuretype": "state", "limit": 1}
        if country:
            options["country_codes"] = country.lower()
        found = self.search(query, **options) or []
        geojson = found[0].get("geojson") if found else None
        if not geojson or geojson.get("type") not in ("Polygon", "MultiPolygon"):
            return None
        return shape(geojson)

    def candidates(self, query: str) -> list[Candidate]:
        """The service's answers for a name as gazetteer candidates."""
        convert = place_from_nominatim if self.service == "nominatim" else place_from_photon
        found = []
        for k, raw in enumerate(self.search(query) or []):
            place = convert(raw)
            if place is not None:
                capital = (raw.get("extratags") or {}).get("capital") == "yes"
                found.append(Candidate(id=-(k + 1), place=place,
                                       feature="capital" if capital else ""))
        return found


def place_from_nominatim(raw: dict) -> Place | None:
    """A Nominatim ``/search`` record (format ``json`` or ``jsonv2``) as a ``Place``.

    The kind comes from the record's category (``class`` in format ``json``), type
    and address type; the region from ``address["ISO3166-2-lvl4"]``; the population
    from ``extratags``. Streets, buildings and shops give ``None``.
    """
    category = raw.get("category") or raw.get("class") or ""
    types = {raw.get("type") or "", raw.get("addresstype") or ""}
    if category in _SKIPPED_CATEGORIES:
        return None
    kind: PlaceKind
    if category == "place" and types & _CITY_TYPES or types & {"city", "town", "village"}:
        kind = "city"
    elif "country" in types:
        kind = "country"
    elif "state" in types:
        kind = "admin1"
    elif types & _ADMIN2_TYPES:
        kind = "admin2"
    elif category in ("waterway", "water") or types & _WATER_TYPES:
        kind = "water"
    elif category in _AREA_CATEGORIES:
        kind = "region_other"
    else:
        kind = "facility"
    address = raw.get("address") or {}
    name = raw.get("name") or raw.get("display_name", "").split(",")[0].strip()
    country = address.get("country_code")
    return Place(
        name=name, kind=kind, lat=float(raw["lat"]), lon=float(raw["lon"]),
        country=country.upper() if country else None,
        admin1_iso=address.get("ISO3166-2-lvl4"), admin1_name=address.get("state"),
        population=_population((raw.get("extratags") or {}).get("population")),
        source="nominatim",
    )


def place_from_photon(raw: dict) -> Place | None:
    """A Photon GeoJSON feature as a ``Place`` (Photon gives no ISO region codes)."""
    props = raw.get("properties") or {}
    key, value, kind_of = props.get("osm_key"), props.get("osm_value"), props.get("type")
    if key in _SKIPPED_CATEGORIES or kind_of in ("street", "house"):
        return None
    kind: PlaceKind
    if value in _CITY_TYPES or kind_of == "city":
        kind = "city"
    elif kind_of in ("country", "state"):
        kind = "country" if kind_of == "country" else "admin1"
    elif kind_of in ("county", "district"):
        kind = "admin2"
    elif key in ("waterway", "water") or value in _WATER_TYPES:
        kind = "water"
    else:
        kind = "region_other" if key in _AREA_CATEGORIES else "facility"
    lon, lat = raw["geometry"]["coordinates"][:2]
    country = props.get("countrycode")
    return Place(name=props.get("name") or "", kind=kind, lat=float(lat), lon=float(lon),
                 country=country.upper() if country else None, admin1_name=props.get("state"),
                 source="photon")


def _population(value: str | None) -> int:
    digits = "".join(ch for ch in value or "" if ch.isdigit())
    return int(digits) if digits else 0


class OnlineGazetteer:
    """The offline gazetteer with an online service's candidates beside its own.

    Answers the same calls as ``Gazetteer`` (``lookup``, ``candidates``, ``region``,
    ``country``, ``facilities_in``, ``well_known_names``), so recognition and resolution
    run unchanged.

    Parameters
    ----------
    offline
        The open offline gazetteer.
    source
        The online service.
    mode
        ``fallback``: ask the service only for names the offline gazetteer lacks;
        ``all``: add the service's candidates to every name asked about.
    names
        The names the service may be asked about (see ``for_text``); ``None`` for any.
    """

    def __init__(
        self,
        offline: Gazetteer,
        source: OnlineSource,
        *,
        mode: Mode = "fallback",
        names: Iterable[str] | None = None,
        shapes=None,
        _found: dict[str, list[Candidate]] | None = None,
    ) -> None:
        self.offline = offline
        self.source = source
        self.mode = mode
        self.names = frozenset(names) if names is not None else None
        self._shapes = shapes
        self._found: dict[str, list[Candidate]] = _found if _found is not None else {}

    def for_text(self, text: str, shapes=None) -> tuple[OnlineGazetteer, OnlineShapes | None]:
        """This gazetteer bound to one article, and outlines that fall back on Nominatim's.

        In ``fallback`` mode the service is asked about the capitalised names the
        offline gazetteer lacks that the words around them mark as places ("near
        Robotyne", "the village of Klishchiivka"); in ``all`` mode also about every
        place name recognised offline.
        """
        from geo.places.recognise import find_toponyms

        names = set(unknown_place_names(text, self.offline))
        if self.mode == "all":
            names |= {m.text for m in find_toponyms(text, self.offline) if not m.actor}
        bound = OnlineGazetteer(self.offline, self.source, mode=self.mode, names=names,
                                shapes=shapes, _found=self._found)
        return bound, OnlineShapes(shapes, bound) if shapes is not None else None

    def lookup(self, names: Iterable[str]) -> dict[str, list[Candidate]]:
        """Offline candidates for each name, with the service's where it was asked."""
        names = list(names)
        found = dict(self.offline.lookup(names))
        for name in names:
            if (self.names is not None and name not in self.names) or (
                    self.mode == "fallback" and not _only_rough(found.get(name, []))):
                continue
            offline = found.get(name, [])
            extra = [c for c in self._online(name) if not _duplicate(c, offline)]
            if offline:  # the offline flags (common word, given name) stay with the name
                flags = min(c.flags for c in offline)
                extra = [replace(c, flags=flags) for c in extra]
            if extra:
                # a name known offline only roughly takes the service's point instead
                found[name] = extra if offline and _only_rough(offline) else offline + extra
        return found

    def lookup_skeletons(self, keys: Iterable[str]) -> dict[str, list[Candidate]]:
        """Candidates by spelling skeleton (offline only)."""
        return self.offline.lookup_skeletons(keys)

    def well_known_names(self) -> frozenset[str]:
        """Names informal text writes in lower case (offline only)."""
        return self.offline.well_known_names()

    def region(self, admin1_iso: str) -> Candidate | None:
        """The admin-1 region with this ISO 3166-2 code, offline or from the service.

        Its source is ``nominatim`` when the boundaries lack the region and its
        outline comes from Nominatim.
        """
        found = self._region(admin1_iso)
        if (found is not None and self._shapes is not None
                and self._shapes.region(admin1_iso) is None
                and self.region_outline(admin1_iso) is not None):
            return replace(found, place=replace(found.place, source="nominatim"))
        return found

    def region_outline(self, admin1_iso: str) -> BaseGeometry | None:
        """Nominatim's polygon of a first-level region, by its ISO 3166-2 code."""
        found = self._region(admin1_iso)
        if found is None:
            return None
        return self.source.outline(found.place.name, country=found.place.country)

    def country(self, alpha2: str) -> Candidate | None:
        """The country with this ISO 3166-1 alpha-2 code (offline)."""
        return self.offline.country(alpha2)

    def facilities_in(self, admin1_iso: str, feature: str) -> list[Candidate]:
        """Curated facilities of a type inside a region (offline)."""
        return self.offline.facilities_in(admin1_iso, feature)

    def _online(self, name: str) -> list[Candidate]:
        if name not in self._found:
            found = self.source.candidates(name)
            if self.source.failure is not None and not found:
                return []  # not remembered: a later run may reach the service
            self._found[name] = found
        return self._found[name]

    def _region(self, admin1_iso: str) -> Candidate | None:
        found = self.offline.region(admin1_iso)
        if found is not None:
            return found
        return next((c for cands in self._found.values() for c in cands
                     if c.place.kind == "admin1" and c.place.admin1_iso == admin1_iso), None)


def unknown_place_names(text: str, gazetteer: Gazetteer) -> list[str]:
    """Capitalised names the gazetteer lacks (or knows only roughly, as a codified village
    at its community's centre) that the words around them mark as places.

    A name counts when it follows "in", "near", "outside", "at", "village of" or
    "town of", or comes before "region", "district", "village" or "checkpoint".
    Words that are never places (weekdays, titles, organisations, demonyms) are left out.

    Parameters
    ----------
    text
        The article text.
    gazetteer
        The offline gazetteer.

    Returns
    -------
    Distinct names in text order.
    """
    from geo.places.recognise import tokenize
    from geo.sources.tables import cue_words, demonyms

    never = (cue_words("sentence_word") | cue_words("title") | cue_words("org_noun")
             | set(demonyms()))
    tokens = tokenize(text)
    names = []
    i = 0
    while i < len(tokens):
        if not tokens[i].text[:1].isupper():
            i += 1
            continue
        j = i  # the capitalised run, joined by single spaces or hyphens
        while (j + 1 < len(tokens) and tokens[j + 1].text[:1].isupper()
               and text[tokens[j].end : tokens[j + 1].start] in (" ", "-")):
            j += 1
        before = [t.text.lower() for t in tokens[max(0, i - 2) : i]]
        after = tokens[j + 1].text.lower() if j + 1 < len(tokens) else ""
        cued = (bool(before) and before[-1] in _PLACE_BEFORE) or " ".join(before) in _PLACE_OF
        if (cued or after in _PLACE_AFTER) and tokens[i].text not in never:
            names.append(text[tokens[i].start : tokens[j].end])
        i = j + 1
    known = gazetteer.lookup(names)
    return list(dict.fromkeys(n for n in names if _only_rough(known.get(n, []))))


def _only_rough(candidates: list[Candidate]) -> bool:
    """No offline candidate, or only places known roughly (a village of a national
    codifier placed at its community's centre): worth asking a service for its point."""
    return all(c.place.radius_km for c in candidates)


def _duplicate(c: Candidate, offline: list[Candidate]) -> bool:
    """The service's candidate is a place the offline gazetteer already gives."""
    p = c.place
    for o in offline:
        q = o.place
        if q.kind != p.kind:
            continue
        if p.kind == "country" and q.country == p.country:
            return True
        if p.kind == "admin1" and p.admin1_iso and q.admin1_iso == p.admin1_iso:
            return True
        if abs(q.lat - p.lat) < 0.1 and abs(q.lon - p.lon) < 0.15:
            return True
    return False


@dataclass(frozen=True)
class OnlineShapes:
    """Outlines from the boundaries, with Nominatim's polygon for a region they lack."""

    shapes: object  # a pipeline.Shapes
    gazetteer: OnlineGazetteer

    def region(self, admin1_iso: str) -> BaseGeometry | None:
        """The boundaries' outline of a region, else Nominatim's."""
        found = self.shapes.region(admin1_iso)
        return found if found is not None else self.gazetteer.region_outline(admin1_iso)

    def country(self, alpha2: str) -> BaseGeometry | None:
        """The boundaries' outline of a country."""
        return self.shapes.country(alpha2)

    def region_named(self, name: str, country: str | None) -> BaseGeometry | None:
        """The boundaries' outline of a first-level unit without an ISO code."""
        return self.shapes.region_named(name, country)
