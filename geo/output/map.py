"""The map: a layered Leaflet page (a ``folium.Map``) of what was read from an article.

Overlays, each toggled in the layer control: regions shaded by activity, stated areas
(hatched, since only their size comes from the article), places (labelled beside their dots
where the labels cover nothing) and events (a symbol and colour per ACLED event type,
fanned out where they would cover each other; an event placed only to its region drawn as
the region's outline; hollow where its place is uncertain, the popup saying why). An
events panel lists the events by date, and a time control plays them in order; undated
ones stay shown. The base layer is an offline country map drawn from the boundaries, with
country names and, from zoom 6, the names of the regions around the content, so the page
needs no tile server.

Text is data, never code. folium and branca compile their elements' output as Jinja
templates, so no text from outside (article, file names, geocoder answers, tables) is put
into a folium element. ``map_data`` gathers everything the page shows into one JSON
document; ``render_map`` embeds it verbatim in a ``<script type="application/json">`` block
(``<``, ``>`` and ``&`` escaped) beside the static script ``geo/output/templates/map/map.js``, which
draws the layers and sets every text with ``textContent``.

By default the page is self-contained: Leaflet (Debian's ``libjs-leaflet``) is inlined and
nothing is loaded from the network. ``cdn=True`` writes a smaller page that loads Leaflet
from a CDN and offers OpenStreetMap tiles as a second base layer.
"""

from __future__ import annotations

import base64
import html
import json
import re
from collections import Counter
from datetime import date
from importlib import resources
from pathlib import Path

import folium
import geopandas as gpd
import numpy as np
import shapely
from branca.element import Element, Figure
from jinja2 import Template
from shapely.geometry import mapping
from shapely.geometry.base import BaseGeometry

from geo.errors import DataError
from geo.model import LOW_CONFIDENCE, Area, Event, Place, Reading
from geo.output.basemap import coarse_world, content_bounds, detail_window, detailed
from geo.output.files import atomic_path, geojson_geometry
from geo.output.styles import (
    ACTIVITY_COLOURS,
    AREA_COLOUR,
    AREA_DASH_PX,
    AREA_FILL_OPACITY,
    AREA_UNDERLAY,
    EVENT_PX,
    EVENT_STYLES,
    HATCH_OPACITY,
    HATCH_PX,
    HATCH_WIDTH_PX,
    OTHER_EVENT,
    OTHER_PLACE,
    PLACE_COLOURS,
    REGION_OPACITY,
    REGION_OUTLINE,
    activity_colour,
)

ATTRIBUTION = [
    {"label": "Places", "name": "GeoNames", "url": "https://www.geonames.org/",
     "licence": "CC BY 4.0"},
    {"label": "Boundaries", "name": "Natural Earth", "url": "https://www.naturalearthdata.com/",
     "licence": None},
]
OSM_TILES = {
    "name": "OpenStreetMap tiles",
    "url": "https://tile.openstreetmap.org/{z}/{x}/{y}.png",
    "attribution": '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a>'
    " contributors",
}
#: Decimals kept in the offline base map: the coarse world layer (``geo.output.basemap``), and a
#: finer one (``geo.output.basemap.detailed``) around the content, where the map opens.
WORLD_DECIMALS = 2
DETAIL_DECIMALS = 3
REGION_TOLERANCE, REGION_DECIMALS = 0.005, 4
#: Country names show from zoom 3 for countries of at least this many square degrees,
#: from zoom 5 for smaller ones; region names from zoom REGION_LABEL_ZOOM, for the regions
#: within REGION_LABEL_PAD degrees of the content.
LARGE_COUNTRY_SQ_DEG = 20.0
REGION_LABEL_ZOOM, REGION_LABEL_PAD = 6, 6.0
#: The title box shows at most this many characters of the article's first line.
TITLE_CHARS = 240
#: Above this many events a page summarises (``map_data``); below, every event is drawn.
DETAIL_EVENTS = 2_000
#: Markers and places a summary page draws at most: a page of a few MB at any size.
SUMMARY_MARKERS = 3_000
SUMMARY_PLACES = 1_000
SUMMARY_REGIONS = 1_000
SUMMARY_AREAS = 200
#: A summary page draws the base map in detail only around content smaller than this
#: (square degrees); a batch spread over the world gets the coarse world map alone.
SUMMARY_DETAIL_SQ_DEG = 2_500
#: Where Debian's libjs-leaflet installs Leaflet, inlined in the default (offline) page.
LEAFLET_DIR = Path("/usr/share/javascript/leaflet")
#: Leaflet from a CDN, for ``cdn=True`` pages (the version folium itself loads).
LEAFLET_CDN = ("https://cdn.jsdelivr.net/npm/leaflet@1.9.3/dist/leaflet.js",
               "https://cdn.jsdelivr.net/npm/leaflet@1.9.3/dist/leaflet.css")
#: Order in which place labels claim room on the map: towns and sites before regions.
_LABEL_KIND_ORDER = {"facility": 0, "city": 1, "admin2": 2, "admin1": 3, "water": 4,
                     "region_other": 5}


def _shortened(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


class OfflineAssetsError(DataError):
    """Leaflet is not installed where a self-contained map takes it from."""


def render_map(
    reading: Reading,
    *,
    regions: gpd.GeoDataFrame,
    countries: gpd.GeoDataFrame,
    world: list[BaseGeometry] | None = None,
    admin1: gpd.GeoDataFrame | None = None,
    cdn: bool = False,
    run_id: str | None = None,
    places: list[Place] | None = None,
    detail_note: str | None = None,
    subtitle: str | None = None,
) -> folium.Map:
    """Draw a reading as a layered Leaflet map.

    Parameters
    ----------
    reading : Reading
        What was read from the article.
    regions : geopandas.GeoDataFrame
        First-level regions with ``admin1_iso``, ``name``, ``country``, ``mentions``,
        ``events`` and polygons, EPSG:4326.
    countries : geopandas.GeoDataFrame
        Country polygons (EPSG:4326) with ``name``, for the offline base layer.
    world : list of shapely geometries, optional
        Those polygons already simplified by ``geo.output.basemap.coarse_world`` (as ``geo
        setup`` stores them); simplified here when not given.
    admin1 : geopandas.GeoDataFrame, optional
        Every first-level region (``name``, ``admin1_iso``, polygons): the base layer names
        those near the content from zoom 6. Without it only the regions layer is named.
    cdn : bool
        Load Leaflet from a CDN and offer OpenStreetMap tiles, instead of inlining
        Leaflet from ``LEAFLET_DIR`` into a page that opens with no network.
    run_id : str, optional
        The id of the run writing this page, kept in a ``geo-run-id`` meta element.
    places : list of Place, optional
        The places to draw, by default ``reading.places()`` (a merged batch passes its
        own, having no mentions to take them from).
    detail_note : str, optional
        Where the full data are (e.g. "batch.gpkg"), said in the popups of a summary
        page (``summary_data``).
    subtitle : str, optional
        The line under the title, by default "Published DATE" (a merged batch says which
        days its events span).

    Returns
    -------
    folium.Map
        Save it with ``save_map``; in Jupyter it displays inline.

    Raises
    ------
    OfflineAssetsError
        Not ``cdn`` and Leaflet is not installed (Debian's ``libjs-leaflet``).
    """
    fmap = folium.Map(tiles=None, control_scale=True, zoom_start=2, location=(20, 0))
    data = map_data(reading, regions=regions, countries=countries, world=world, admin1=admin1,
                    places=places, detail_note=detail_note, subtitle=subtitle)
    if cdn:
        fmap.default_js = [("leaflet", LEAFLET_CDN[0])]
        fmap.default_css = [("leaflet_css", LEAFLET_CDN[1])]
        data["tiles"] = OSM_TILES
    else:
        fmap.default_js, fmap.default_css = [], []
        fmap.get_root().header.add_child(_Verbatim(_inline_leaflet()), name="leaflet")
    fmap.add_child(_MapPage(data, run_id=run_id), name="geo_page")
    return fmap


def save_map(fmap: folium.Map, path: Path) -> Path:
    """Write the map's HTML to ``path`` atomically.

    Parameters
    ----------
    fmap : folium.Map
    path : Path
        The HTML file; its folder is created if missing.

    Returns
    -------
    Path
        ``path``.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    with atomic_path(path) as tmp:
        fmap.save(str(tmp))
    return path


def map_data(
    reading: Reading,
    *,
    regions: gpd.GeoDataFrame,
    countries: gpd.GeoDataFrame,
    world: list[BaseGeometry] | None = None,
    admin1: gpd.GeoDataFrame | None = None,
    places: list[Place] | None = None,
    detail_note: str | None = None,
    subtitle: str | None = None,
) -> dict:
    """The JSON document the page draws: every text, style and geometry it shows.

    A reading with more than ``DETAIL_EVENTS`` events (a large batch) is summarised so
    that the page stays small at any size: one marker per place and event type (the
    ``SUMMARY_MARKERS`` busiest, with their counts, dates and figures, no quotes), the
    ``SUMMARY_PLACES`` places that matter most, the ``SUMMARY_REGIONS`` busiest regions
    shaded by their events, the first ``SUMMARY_AREAS`` stated areas, and the detailed
    base map only around content smaller than ``SUMMARY_DETAIL_SQ_DEG``.

    Parameters
    ----------
    reading, regions, countries, world, admin1, places, detail_note, subtitle
        As for ``render_map``.

    Returns
    -------
    dict
        JSON-ready: ``title``, ``subtitle``, ``styles``, ``base`` (offline country map and
        its labels, and the names of the regions near the content), ``regions``, ``areas``,
        ``places``, ``events`` (each with ``region``, the index in ``regions`` of the region
        an event at region precision is drawn as), ``bounds`` (south-west and north-east
        corners, or None), ``attribution``.
    """
    bounds = content_bounds(reading, regions)
    if world is None:
        world = coarse_world(countries.geometry.values)
    top = _top_activity(regions)
    published = reading.published.isoformat() if reading.published else "date unknown"
    places = reading.places() if places is None else places
    named = {p.admin1_iso for p in places if p.kind == "admin1" and p.admin1_iso}
    drawn_regions = _regions(regions, top, named=named)
    summary = len(reading.events) > DETAIL_EVENTS
    window = detail_window(bounds)
    wide = window is not None and window.area > SUMMARY_DETAIL_SQ_DEG
    base = _offline_base(countries, world, None if summary and wide else bounds)
    base["region_labels"] = _region_labels(admin1, regions, bounds)
    subtitle = subtitle or f"Published {published}"
    areas = reading.areas
    if summary:
        events, groups = _event_summary(reading.events, regions, detail_note)
        at_events = {e.location for e in reading.events}
        places = sorted(places, key=lambda p: p not in at_events)[:SUMMARY_PLACES]
        drawn_regions, areas = drawn_regions[:SUMMARY_REGIONS], areas[:SUMMARY_AREAS]
        subtitle += (f"; {len(reading.events):,} events, summarised: markers for the "
                     f"{len(events):,} busiest of {groups:,} places and event types, "
                     f"the {len(drawn_regions):,} busiest regions shaded by events")
    else:
        events = _events(reading.events, regions)
    places = _places(reading, places)
    return {
        "title": _shortened(reading.title, TITLE_CHARS),
        "subtitle": subtitle,
        "styles": _styles(top, places=places, events=events),
        "base": base,
        "regions": drawn_regions,
        "areas": [_area(a) for a in areas],
        "places": places,
        "events": events,
        "bounds": bounds,
        "attribution": ATTRIBUTION,
        "tiles": None,
    }


def json_for_html(value: object) -> str:
    """JSON that can sit inside an HTML ``<script>`` element: no ``<``, ``>`` or ``&``
    appears in it, so no text in it can close the element or open a comment."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


class _Verbatim(Element):
    """Markup emitted exactly as given, never compiled as a template."""

    _template = Template("{{ this.markup }}")

    def __init__(self, markup: str):
        super().__init__()
        self.markup = markup


class _MapPage(Element):
    """The page's data, styles and script, added to the figure as verbatim markup.

    branca's ``MacroElement`` compiles each rendered macro again as a template; this
    element adds finished markup instead, so nothing in the data is ever template source.
    """

    def __init__(self, data: dict, *, run_id: str | None):
        super().__init__()
        self._name = "GeoPage"
        self.data = data
        self.run_id = run_id

    def render(self, **kwargs) -> str:
        figure = self.get_root()
        if not isinstance(figure, Figure):
            msg = "the map page must be added to a folium.Map before it is rendered"
            raise TypeError(msg)
        map_name = self._parent.get_name()  # folium's own identifier, e.g. map_3f2a...
        data_id = f"geo-data-{map_name}"
        if self.run_id is not None:
            figure.header.add_child(_Verbatim(
                f'<meta name="geo-run-id" content="{html.escape(self.run_id, quote=True)}">'
            ), name="geo_run_id")
        figure.header.add_child(_Verbatim(f"<style>{_asset('map.css')}</style>"), name="geo_css")
        figure.html.add_child(_Verbatim(
            f'<script type="application/json" id="{data_id}">{json_for_html(self.data)}</script>'
        ), name="geo_data")
        figure.script.add_child(_Verbatim(_asset("map.js")), name="geo_js")
        figure.script.add_child(_Verbatim(
            f"geoConflictMap({map_name}, JSON.parse("
            f'document.getElementById("{data_id}").textContent));'
        ), name="geo_draw")
        return ""


def _asset(name: str) -> str:
    """A static file of the page (``geo/output/templates/map``)."""
    page = resources.files("geo.output").joinpath("templates", "map", name)
    return page.read_text(encoding="utf-8")


def _inline_leaflet() -> str:
    """Leaflet's JS and CSS as inline ``<style>`` and ``<script>``, images as data URIs."""
    js, css = LEAFLET_DIR / "leaflet.min.js", LEAFLET_DIR / "leaflet.css"
    if not (js.is_file() and css.is_file()):
        msg = (
            f"Leaflet not found in {LEAFLET_DIR}, which an offline map inlines: install "
            "Debian's libjs-leaflet (`apt-get install libjs-leaflet`, or `make setup`), "
            "or write a page that loads it from a CDN (--cdn)"
        )
        raise OfflineAssetsError(msg)

    def data_uri(match: re.Match) -> str:
        image = (LEAFLET_DIR / match.group(1)).read_bytes()
        return f"url(data:image/png;base64,{base64.b64encode(image).decode()})"

    style = re.sub(r"url\((images/[\w.-]+\.png)\)", data_uri, css.read_text(encoding="utf-8"))
    script = re.sub(r"//# sourceMappingURL=\S*", "", js.read_text(encoding="utf-8"))
    script = script.replace("</script", "<\\/script")
    return f"<style>{style}</style>\n<script>{script}</script>"


def _rounded(geometry: BaseGeometry, decimals: int) -> dict:
    return mapping(shapely.transform(geometry, lambda xy: np.round(xy, decimals)))


def _collection(geometries, decimals: int) -> dict:
    features = [
        {"type": "Feature", "properties": {}, "geometry": _rounded(g, decimals)}
        for g in geometries
        if not g.is_empty
    ]
    return {"type": "FeatureCollection", "features": features}


def _styles(top: int, *, places: list[dict], events: list[dict]) -> dict:
    """Colours, sizes and what the legend explains (the kinds of doubt this map shows)."""
    return {
        "events": [{"event_type": t, "symbol": s, "colour": c}
                   for t, (s, c) in EVENT_STYLES.items()],
        "shows": {
            "uncertain_place": any(p["doubt"] for p in places),
            "uncertain_event": any(e["doubt"] for e in events),
            "region_event": any(e["region"] is not None for e in events),
            "radius": any(e["radius_m"] for e in events) or any(p["radius_m"] for p in places),
        },
        "event_px": EVENT_PX,
        "region_zoom": REGION_LABEL_ZOOM,
        "activity": ACTIVITY_COLOURS,
        "top_activity": top,
        "region_outline": REGION_OUTLINE,
        "region_opacity": REGION_OPACITY,
        "area_colour": AREA_COLOUR,
        "area_dash": " ".join(map(str, AREA_DASH_PX)),
        "hatch": {"px": HATCH_PX, "width": HATCH_WIDTH_PX, "opacity": HATCH_OPACITY,
                  "fill_opacity": AREA_FILL_OPACITY, "colour": AREA_COLOUR,
                  "underlay": AREA_UNDERLAY},
    }


def _offline_base(
    countries: gpd.GeoDataFrame, world: list[BaseGeometry], bounds: list[list[float]] | None
) -> dict:
    """Country polygons, coarse for the world and finer within ``DETAIL_PAD`` of the
    content, their shared borders, and a label point per country."""
    land = {"color": "#8d8d8d", "weight": 0.8, "fillColor": "#f3efe6", "fillOpacity": 1}
    base = {"style": land, "world": _collection(world, WORLD_DECIMALS),
            "detail": _collection([], DETAIL_DECIMALS), "borders": _collection([], 0),
            "labels": _country_labels(countries)}
    window = detail_window(bounds)
    if window is None:
        return base
    near = detailed(countries.geometry.values, window)
    near = near[~shapely.is_empty(near)]
    # Fill the window without outlines, then draw only the real borders, not its edges.
    borders = shapely.union_all(shapely.boundary(near)).difference(window.exterior.buffer(1e-6))
    base["detail"] = _collection(near, DETAIL_DECIMALS)
    base["borders"] = _collection([borders], DETAIL_DECIMALS)
    base["labels"] = _country_labels(countries, window)
    return base


def _country_labels(countries: gpd.GeoDataFrame, window: BaseGeometry | None = None
                    ) -> list[dict]:
    """A label per named country at a point inside it, larger countries first; a country
    that reaches into ``window`` (around the content) but whose label point lies outside it
    is also named at a point of its part in the window (Russia near Kursk, not only in
    Siberia)."""
    named = countries[countries["name"].notna() & ~countries.geometry.is_empty]
    if named.empty:
        return []
    parts = named.geometry.apply(_largest_part)
    sizes = shapely.area(parts.to_numpy())
    points = shapely.point_on_surface(parts.to_numpy())
    order = np.argsort(-sizes, kind="stable")
    labels = [
        {"name": str(named["name"].iloc[i]), "lat": round(points[i].y, 3),
         "lon": round(points[i].x, 3), "rank": rank,
         "min_zoom": 3 if sizes[i] >= LARGE_COUNTRY_SQ_DEG else 5}
        for rank, i in enumerate(order)
    ]
    if window is None:
        return labels
    local = shapely.intersection(named.geometry.to_numpy(), window)
    for i in order:
        if local[i].is_empty or window.contains(points[i]):
            continue
        point = _largest_part(local[i]).point_on_surface()
        labels.append({"name": str(named["name"].iloc[i]), "lat": round(point.y, 3),
                       "lon": round(point.x, 3), "rank": len(labels), "min_zoom": 3})
    return labels


def _largest_part(geometry: BaseGeometry) -> BaseGeometry:
    parts = shapely.get_parts(geometry)
    return parts[np.argmax(shapely.area(parts))] if len(parts) else geometry


def _top_activity(regions: gpd.GeoDataFrame) -> int:
    activity = regions["events"] + regions["mentions"]
    return max(int(activity.max()) if len(activity) else 0, 1)


def _regions(regions: gpd.GeoDataFrame, top: int, *, named: set[str]) -> list[dict]:
    """Each region with its fill, outline and tooltip; ``named_as_place`` when the article's
    places already label it (a region named in the text)."""
    # Simplified as one coverage: neighbours keep one shared border, with no gaps.
    outlines = shapely.coverage_simplify(regions.geometry.values, REGION_TOLERANCE)
    out = []
    for rank, ((_, row), outline) in enumerate(zip(regions.iterrows(), outlines, strict=True)):
        activity = int(row["events"]) + int(row["mentions"])
        point = _largest_part(row.geometry).point_on_surface()
        out.append({
            "name": str(row["name"]),
            "label": f"{row['name']} ({row['admin1_iso'] or row['country']})",
            "events": int(row["events"]),
            "mentions": int(row["mentions"]),
            "fill": activity_colour(activity, top),
            "geometry": _rounded(outline, REGION_DECIMALS),
            "label_lat": round(point.y, 4),
            "label_lon": round(point.x, 4),
            "rank": rank,
            "named_as_place": row["admin1_iso"] in named,
        })
    return out


#: Where each key of a model type's dict (``to_dict``) shows in its popup: a row label, or
#: what else shows it. Every key is listed, so a new model field needs a decision here.
AREA_POPUP = {
    "stated_text": "Stated", "area_km2_stated": "Stated", "area_km2_drawn": "Drawn",
    "admin1_iso": "Region", "country": "Region", "region": "Region", "region_place": "Region",
    "actor": "Held by", "anchor": "Set at", "anchor_place": "Set at",
    "shape_source": "heading", "method": "Method", "sources": "quotes", "spans": "not shown",
    "geometry": "the shape",
}
PLACE_POPUP = {
    "name": "heading", "kind": "Kind", "lat": "the marker", "lon": "the marker",
    "country": "Country", "admin1_iso": "ISO 3166-2", "admin1_name": "Region",
    "population": "Population", "geonameid": "GeoNames id", "source": "Source",
    "radius_km": "Within", "confidence": "Confidence", "reason": "Confidence",
}
EVENT_POPUP = {
    "event_type": "heading", "sub_event_type": "heading", "location": "Where",
    "date": "Date", "date_precision": "Date", "actor1": "Actor 1", "actor2": "Actor 2",
    "fatalities": "Fatalities", "injured": "Injured", "counts": "Counts",
    "sources": "quotes", "spans": "not shown", "notes": "summary",
    "source_articles": "Source", "independent_sources": "Source",
    "count_reports": "Figures reported", "disorder_type": "Disorder type",
    "assoc_actor_1": "Actor 1", "assoc_actor_2": "Actor 2", "inter1": "Actor 1",
    "inter2": "Actor 2", "interaction": "Interaction", "civilian_targeting": "heading",
    "region": "Where", "source": "Source", "source_scale": "Source",
}
#: What each ACLED geo-precision says of an event's point.
GEO_PRECISION_NOTE = {
    1: "at this town or site",
    2: "near this place, or in its district",
    3: "somewhere in this region: the text names no town",
}
DATE_PRECISION_NOTE = {"week": "to the week", "month": "to the month", "year": "to the year"}


def _area(area: Area) -> dict:
    if area.shape_source == "illustrative":
        caveat = "Size stated in the article, shape illustrative."
    else:
        caveat = f"Size stated in the article, shape from {area.shape_source}."
    return {
        "geometry": geojson_geometry(area.geometry),
        "tooltip": f"{area.stated_text} ({area.region.name})",
        "heading": caveat,
        "rows": _rows([
            ("Stated", f"{area.stated_text} ({area.area_km2_stated:,.0f} km²)"),
            ("Drawn", f"{area.area_km2_drawn:,.1f} km² (equal-area)"),
            ("Region", area.region.label()),
            ("Held by", area.actor),
            ("Set at", area.anchor.label() if area.anchor else None),
            ("Method", area.method),
        ]),
        "sources": list(area.sources),
    }


def _rows(rows: list[tuple[str, object]]) -> list[list[str]]:
    """Popup rows as [label, text], rows without a value left out."""
    return [[label, str(value)] for label, value in rows if value not in (None, "")]


def _doubt(place: Place) -> str | None:
    """Why a place is drawn as uncertain, or None when the reading is sure enough of it."""
    if place.confidence is None or place.confidence >= LOW_CONFIDENCE:
        return None
    why = f": {place.reason}" if place.reason else ""
    return f"Uncertain place (confidence {place.confidence:.2f}){why}"


def _confidence(place: Place) -> str | None:
    """"0.62 (qualifier: Chernihiv)": how sure the reading is, and why."""
    if place.confidence is None:
        return None
    return f"{place.confidence:.2f}" + (f" ({place.reason})" if place.reason else "")


def _radius_m(place: Place) -> float | None:
    return round(place.radius_km * 1000) if place.radius_km else None


def _places(reading: Reading, places: list[Place]) -> list[dict]:
    """The article's places, countries left out: a country's centre is no place on a map."""
    at_events = {e.location for e in reading.events}
    places = [p for p in places if p.kind != "country"]
    order = sorted(range(len(places)), key=lambda i: (
        places[i] not in at_events, _LABEL_KIND_ORDER.get(places[i].kind, 9),
        -places[i].population, i))
    rank = {i: r for r, i in enumerate(order)}
    return [
        {"name": p.name, "kind": p.kind, "lat": p.lat, "lon": p.lon,
         "colour": PLACE_COLOURS.get(p.kind, OTHER_PLACE), "rank": rank[i],
         "heading": p.name, "doubt": _doubt(p), "radius_m": _radius_m(p),
         "at_event": p in at_events,
         "rows": _rows([
             ("Kind", p.kind),
             ("Region", p.admin1_name),
             ("ISO 3166-2", p.admin1_iso),
             ("Country", p.country),
             ("Population", f"{p.population:,}" if p.population else None),
             ("GeoNames id", p.geonameid),
             ("Source", p.source),
             ("Within", f"{p.radius_km:g} km" if p.radius_km else None),
             ("Confidence", _confidence(p)),
         ])}
        for i, p in enumerate(places)
    ]


def _events(events: list[Event], regions: gpd.GeoDataFrame) -> list[dict]:
    """Each event with what its marker, tooltip, popup and panel line show; an event at
    region precision carries the index of its region in the regions layer."""
    row_of = {code: i for i, code in enumerate(regions["admin1_iso"]) if isinstance(code, str)}
    return [_event(e, row_of) for e in events]


def _event_summary(
    events: list[Event], regions: gpd.GeoDataFrame, detail_note: str | None
) -> tuple[list[dict], int]:
    """One marker per place and event type, the ``SUMMARY_MARKERS`` with most events, and
    how many there are: its popup gives the count, the days, the figures and the sources;
    its day (for the time control) is the first event's."""
    row_of = {code: i for i, code in enumerate(regions["admin1_iso"]) if isinstance(code, str)}
    groups: dict[tuple, list[Event]] = {}
    for event in events:
        groups.setdefault((event.location, event.event_type), []).append(event)
    busiest = sorted(groups.values(), key=lambda g: -len(g))[:SUMMARY_MARKERS]
    out = []
    for group in busiest:
        first = min(group, key=lambda e: (e.date is None, e.date or date.min))
        marker = _event(first, row_of)
        days = sorted(e.date for e in group if e.date)
        when = f"{days[0]} to {days[-1]}" if days else "undated"
        kinds = Counter(e.sub_event_type for e in group).most_common(3)
        fatalities = sum(e.fatalities or 0 for e in group)
        articles = len({a for e in group for a in e.source_articles})
        place, n = first.location, len(group)
        marker |= {
            "heading": f"{n:,} {first.event_type} event{'s' * (n > 1)}",
            "summary": ", ".join(f"{k} ({c:,})" for k, c in kinds),
            "rows": _rows([
                ("Where", place.label()),
                ("Dates", when),
                ("Fatalities", f"{fatalities:,} (lowest reported figure of each event)"),
                ("Source", f"{articles:,} articles"),
                ("Details", detail_note),
            ]),
            "sources": [],
            "tooltip": f"{n:,} × {first.event_type}: {place.name}",
            "panel": f"{n:,} × {first.event_type}, {place.name}",
        }
        out.append(marker)
    return out, len(groups)


def _when(event: Event) -> str:
    """'2025-05-20', '2024-08-15 (to the month)', or 'undated'."""
    if event.date is None:
        return "undated"
    note = DATE_PRECISION_NOTE.get(event.date_precision or "day")
    return event.date.isoformat() + (f" ({note})" if note else "")


def _event(event: Event, row_of: dict[str, int]) -> dict:
    day = event.date.isoformat() if event.date else None
    symbol, colour = EVENT_STYLES.get(event.event_type, OTHER_EVENT)
    place = event.location
    precision = GEO_PRECISION_NOTE.get(event.geo_precision, f"precision {event.geo_precision}")
    region = row_of.get(place.admin1_iso) if event.geo_precision >= 3 else None
    outlets = "; ".join(filter(None, [_source(event.source, event.source_scale),
                                      ", ".join(dict.fromkeys(event.source_articles))]))
    if event.independent_sources > 1:
        outlets += f" ({event.independent_sources} independent sources)"
    return {
        "event_type": event.event_type,
        "day": day,
        "lat": place.lat,
        "lon": place.lon,
        "heading": f"{event.event_type} / {event.sub_event_type}"
                   + (f" ({event.civilian_targeting.lower()})" if event.civilian_targeting else ""),
        "summary": event.notes,
        "doubt": _doubt(place),
        "rows": _rows([
            ("Date", _when(event)),
            ("Where", f"{place.label()}: {precision}"
                      + (f" ({event.region})" if event.region else "")),
            ("Actor 1", _actor(event.actor1, event.assoc_actor_1, event.inter1) or "not stated"),
            ("Actor 2", _actor(event.actor2, event.assoc_actor_2, event.inter2)),
            ("Interaction", event.interaction),
            ("Disorder type", event.disorder_type),
            ("Fatalities", event.fatalities),
            ("Injured", event.injured),
            ("Counts", ", ".join(f"{n:,} {what}" for what, n in event.counts.items())),
            ("Figures reported", event.count_reports),
            ("Confidence", _confidence(place)),
            ("Source", outlets),
        ]),
        "sources": list(event.sources),
        "tooltip": f"{event.sub_event_type}: {place.name} ({day or 'undated'})",
        "panel": f"{event.sub_event_type}, {place.name}",
        "symbol": symbol,
        "colour": colour,
        "region": region,
        "radius_m": _radius_m(place) if event.geo_precision == 2 else None,
    }


def _region_labels(admin1: gpd.GeoDataFrame | None, regions: gpd.GeoDataFrame,
                   bounds: list[list[float]] | None) -> list[dict]:
    """A name for each first-level region near the content that the regions layer does not
    already name, shown from zoom ``REGION_LABEL_ZOOM``: larger regions first."""
    if admin1 is None or bounds is None:
        return []
    (south, west), (north, east) = bounds
    window = (west - REGION_LABEL_PAD, south - REGION_LABEL_PAD, east + REGION_LABEL_PAD,
              north + REGION_LABEL_PAD)
    near = admin1.iloc[admin1.sindex.query(shapely.box(*window), predicate="intersects")]
    near = near[near["name"].notna() & ~near["admin1_iso"].isin(set(regions["admin1_iso"]))]
    if near.empty:
        return []
    parts = near.geometry.apply(_largest_part).to_numpy()
    points = shapely.point_on_surface(parts)
    sizes = shapely.area(parts)
    labels, seen = [], set()
    for i in np.argsort(-sizes, kind="stable"):
        row = near.iloc[i]
        key = row["admin1_iso"] if isinstance(row["admin1_iso"], str) else (
            row["name"], row["country"])
        if key in seen:  # a region in parts is named once, at its largest part
            continue
        seen.add(key)
        labels.append({"name": str(row["name"]), "lat": round(points[i].y, 3),
                       "lon": round(points[i].x, 3), "rank": len(labels)})
    return labels


def _actor(name: str | None, assoc: str | None, inter: int | None) -> str | None:
    """'Protesters (Mali) with Students (Mali); type 6'."""
    if not name:
        return None
    text = f"{name} with {assoc}" if assoc else name
    return f"{text}; type {inter}" if inter is not None else text


def _source(source: str | None, scale: str | None) -> str | None:
    return f"{source} ({scale.lower()})" if source and scale else source
