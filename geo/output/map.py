"""The map: a layered Leaflet page (a ``folium.Map``) of what was read from an article.

Overlays, each toggled in the layer control: regions shaded by activity, stated areas
(hatched, since only their size comes from the article), places (labelled where labels do
not collide) and events (a symbol and colour per ACLED event type). A time control plays
the dated events in order; undated ones stay shown. The base layer is an offline country
map drawn from the boundaries, with country names, so the page needs no tile server.

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
from collections import defaultdict
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

from geo.model import Area, Event, Reading
from geo.output.basemap import coarse_world
from geo.output.files import atomic_path, geojson_geometry
from geo.output.styles import (
    ACTIVITY_COLOURS,
    AREA_COLOUR,
    AREA_DASH_PX,
    AREA_FILL_OPACITY,
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

GEO_PRECISION = {1: "town or site", 2: "near a town, or a district", 3: "region only"}
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
#: finer one within DETAIL_PAD degrees of the content, where the map opens.
WORLD_DECIMALS = 2
DETAIL_TOLERANCE, DETAIL_DECIMALS, DETAIL_PAD = 0.01, 3, 10.0
REGION_TOLERANCE, REGION_DECIMALS = 0.005, 4
#: Country names show from zoom 3 for countries of at least this many square degrees,
#: from zoom 5 for smaller ones; region names from zoom 6.
LARGE_COUNTRY_SQ_DEG = 20.0
#: The title box shows at most this many characters of the article's first line.
TITLE_CHARS = 240
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


class OfflineAssetsError(RuntimeError):
    """Leaflet is not installed where a self-contained map takes it from."""


def render_map(
    reading: Reading,
    *,
    regions: gpd.GeoDataFrame,
    countries: gpd.GeoDataFrame,
    world: list[BaseGeometry] | None = None,
    cdn: bool = False,
    run_id: str | None = None,
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
    cdn : bool
        Load Leaflet from a CDN and offer OpenStreetMap tiles, instead of inlining
        Leaflet from ``LEAFLET_DIR`` into a page that opens with no network.
    run_id : str, optional
        The id of the run writing this page, kept in a ``geo-run-id`` meta element.

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
    data = map_data(reading, regions=regions, countries=countries, world=world)
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
) -> dict:
    """The JSON document the page draws: every text, style and geometry it shows.

    Parameters
    ----------
    reading, regions, countries, world
        As for ``render_map``.

    Returns
    -------
    dict
        JSON-ready: ``title``, ``subtitle``, ``styles``, ``base`` (offline country map and
        its labels), ``regions``, ``areas``, ``places``, ``events``, ``bounds`` (south-west
        and north-east corners, or None), ``attribution``.
    """
    bounds = _content_bounds(reading, regions)
    if world is None:
        world = coarse_world(countries.geometry.values)
    top = _top_activity(regions)
    published = reading.published.isoformat() if reading.published else "date unknown"
    return {
        "title": _shortened(reading.title, TITLE_CHARS),
        "subtitle": f"Published {published}",
        "styles": _styles(top),
        "base": _offline_base(countries, world, bounds),
        "regions": _regions(regions, top),
        "areas": [_area(a) for a in reading.areas],
        "places": _places(reading),
        "events": _events(reading.events),
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


def _styles(top: int) -> dict:
    return {
        "events": [{"event_type": t, "symbol": s, "colour": c}
                   for t, (s, c) in EVENT_STYLES.items()],
        "event_px": EVENT_PX,
        "activity": ACTIVITY_COLOURS,
        "top_activity": top,
        "region_outline": REGION_OUTLINE,
        "region_opacity": REGION_OPACITY,
        "area_colour": AREA_COLOUR,
        "area_dash": " ".join(map(str, AREA_DASH_PX)),
        "hatch": {"px": HATCH_PX, "width": HATCH_WIDTH_PX, "opacity": HATCH_OPACITY,
                  "fill_opacity": AREA_FILL_OPACITY, "colour": AREA_COLOUR},
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
    if bounds is None:
        return base
    (south, west), (north, east) = bounds
    window = shapely.box(
        west - DETAIL_PAD, south - DETAIL_PAD, east + DETAIL_PAD, north + DETAIL_PAD
    )
    near = shapely.intersection(countries.geometry.values, window)
    near = shapely.coverage_simplify(near[~shapely.is_empty(near)], DETAIL_TOLERANCE)
    # Fill the window without outlines, then draw only the real borders, not its edges.
    borders = shapely.union_all(shapely.boundary(near)).difference(window.exterior.buffer(1e-6))
    base["detail"] = _collection(near, DETAIL_DECIMALS)
    base["borders"] = _collection([borders], DETAIL_DECIMALS)
    return base


def _country_labels(countries: gpd.GeoDataFrame) -> list[dict]:
    """A label per named country at a point inside it, larger countries first."""
    named = countries[countries["name"].notna() & ~countries.geometry.is_empty]
    if named.empty:
        return []
    parts = named.geometry.apply(_largest_part)
    sizes = shapely.area(parts.to_numpy())
    points = shapely.point_on_surface(parts.to_numpy())
    order = np.argsort(-sizes, kind="stable")
    return [
        {"name": str(named["name"].iloc[i]), "lat": round(points[i].y, 3),
         "lon": round(points[i].x, 3), "rank": rank,
         "min_zoom": 3 if sizes[i] >= LARGE_COUNTRY_SQ_DEG else 5}
        for rank, i in enumerate(order)
    ]


def _largest_part(geometry: BaseGeometry) -> BaseGeometry:
    parts = shapely.get_parts(geometry)
    return parts[np.argmax(shapely.area(parts))] if len(parts) else geometry


def _top_activity(regions: gpd.GeoDataFrame) -> int:
    activity = regions["events"] + regions["mentions"]
    return max(int(activity.max()) if len(activity) else 0, 1)


def _regions(regions: gpd.GeoDataFrame, top: int) -> list[dict]:
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
    "sources": "quotes", "spans": "not shown", "notes": "Notes",
    "source_articles": "Articles", "independent_sources": "Independent sources",
    "count_reports": "Figures reported",
}


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


def _confidence(place) -> str | None:
    """"0.62 (qualifier: Chernihiv)": how sure the reading is, and why."""
    if place.confidence is None:
        return None
    return f"{place.confidence:.2f}" + (f" ({place.reason})" if place.reason else "")


def _places(reading: Reading) -> list[dict]:
    """The article's places, countries left out: a country's centre is no place on a map."""
    at_events = {e.location for e in reading.events}
    places = [p for p in reading.places() if p.kind != "country"]
    order = sorted(range(len(places)), key=lambda i: (
        places[i] not in at_events, _LABEL_KIND_ORDER.get(places[i].kind, 9),
        -places[i].population, i))
    rank = {i: r for r, i in enumerate(order)}
    return [
        {"name": p.name, "kind": p.kind, "lat": p.lat, "lon": p.lon,
         "colour": PLACE_COLOURS.get(p.kind, OTHER_PLACE), "rank": rank[i],
         "heading": p.name,
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


def _events(events: list[Event]) -> list[dict]:
    """Each event with what its marker, tooltip and popup show."""
    at: dict[tuple[float, float], list[int]] = defaultdict(list)
    for i, event in enumerate(events):
        at[(round(event.location.lat, 4), round(event.location.lon, 4))].append(i)
    shift = {}
    for here in at.values():
        for k, i in enumerate(here):
            # Events at one point (a region's centre) sit side by side instead of stacking.
            shift[i] = round((k - (len(here) - 1) / 2) * (EVENT_PX + 4))
    return [_event(e, shift[i]) for i, e in enumerate(events)]


def _event(event: Event, shift: int) -> dict:
    day = event.date.isoformat() if event.date else None
    when = day or "undated"
    if event.date and event.date_precision and event.date_precision != "day":
        when += f" ({event.date_precision})"
    symbol, colour = EVENT_STYLES.get(event.event_type, OTHER_EVENT)
    precision = GEO_PRECISION.get(event.geo_precision, str(event.geo_precision))
    several = event.independent_sources > 1
    return {
        "event_type": event.event_type,
        "day": day,
        "lat": event.location.lat,
        "lon": event.location.lon,
        "heading": f"{event.event_type} / {event.sub_event_type}",
        "rows": _rows([
            ("Date", when),
            ("Where", f"{event.location.label()} ({precision})"),
            ("Actor 1", event.actor1),
            ("Actor 2", event.actor2),
            ("Fatalities", event.fatalities),
            ("Injured", event.injured),
            ("Counts", ", ".join(f"{n:,} {what}" for what, n in event.counts.items())),
            ("Notes", event.notes),
            ("Articles", ", ".join(dict.fromkeys(event.source_articles))),
            ("Independent sources", event.independent_sources if several else None),
            ("Figures reported", event.count_reports),
        ]),
        "sources": list(event.sources),
        "tooltip": f"{event.sub_event_type}: {event.location.name} ({day or 'undated'})",
        "symbol": symbol,
        "colour": colour,
        "shift": shift,
    }


def _content_bounds(reading: Reading, regions: gpd.GeoDataFrame) -> list[list[float]] | None:
    """South-west and north-east corners of the events, areas, active regions and
    places below country level; the countries' centres only when there is nothing else."""
    parts = [shapely.Point(p.lon, p.lat) for p in reading.places() if p.kind != "country"]
    parts += [shapely.Point(e.location.lon, e.location.lat) for e in reading.events]
    parts += [a.geometry for a in reading.areas]
    active = regions[(regions["events"] + regions["mentions"]) > 0]
    parts += list(active.geometry)
    if not parts:
        parts = [shapely.Point(p.lon, p.lat) for p in reading.places()]
    if not parts:
        return None
    minx, miny, maxx, maxy = shapely.GeometryCollection(parts).bounds
    return [[miny, minx], [maxy, maxx]]
